package dev.kport.translator.hip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.translator.Target;
import dev.kport.translator.TranslateOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Kernel launches: kept as written by default, or as {@code hipLaunchKernelGGL} on request. */
class HipLaunchSyntaxTest {

  /** Translated as a header, so that no include is added to the snippets (a .cu file would get hip_runtime.h). */
  private static String hip(String source, LaunchSyntax launches) {
    return HipTranslator.translate(Path.of("t.cuh"), source, TranslateOptions.of(Target.HIP), launches).output();
  }

  @Test
  void launchesAreKeptByDefault() {
    String src = "void f(float *p, cudaStream_t s) { k<<<4, 256, 0, s>>>(p); }\n";
    assertThat(hip(src, LaunchSyntax.CUDA)).isEqualTo("void f(float *p, hipStream_t s) { k<<<4, 256, 0, s>>>(p); }\n");
  }

  @Test
  void aFullLaunchBecomesTheMacroWithItsArgumentsRenamed() {
    String src = "k<<<grid, block, bytes, s>>>(p, cudaMemcpyHostToDevice);";
    assertThat(hip(src, LaunchSyntax.HIP))
        .isEqualTo("hipLaunchKernelGGL(k, dim3(grid), dim3(block), bytes, s, p, hipMemcpyHostToDevice);");
  }

  @Test
  void missingSharedMemoryAndStreamBecomeZeroAndNoArgumentsLeaveNoComma() {
    assertThat(hip("ping<<<1, 1>>>();", LaunchSyntax.HIP)).isEqualTo("hipLaunchKernelGGL(ping, dim3(1), dim3(1), 0, 0);");
  }

  @Test
  void templateKernelsAreWrappedSoTheMacroDoesNotSplitTheirArguments() {
    assertThat(hip("fill<float, 256><<<g, b>>>(p, 1.0f, n);", LaunchSyntax.HIP))
        .isEqualTo("hipLaunchKernelGGL(HIP_KERNEL_NAME(fill<float, 256>), dim3(g), dim3(b), 0, 0, p, 1.0f, n);");
  }

  @Test
  void qualifiedNamesAndLaunchesOverLinesKeepTheirParts() {
    assertThat(hip("::ns::k<<<(n + 255) / 256,\n    256>>>(m,\n n);", LaunchSyntax.HIP))
        .isEqualTo("hipLaunchKernelGGL(::ns::k, dim3((n + 255) / 256), dim3(256), 0, 0, m,\n n);");
  }
}
