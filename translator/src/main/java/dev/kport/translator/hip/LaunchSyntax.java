package dev.kport.translator.hip;

/** How kernel launches come out: as written ({@code k<<<g, b>>>(...)}, which hipcc accepts) or as HIP's macro. */
public enum LaunchSyntax {
  /** Keep {@code <<<>>>}. */
  CUDA,
  /** {@code hipLaunchKernelGGL(k, dim3(g), dim3(b), shmem, stream, args...)}. */
  HIP
}
