package dev.kport.translator.iface;

import java.util.List;
import java.util.Optional;

/**
 * What the harness needs to launch translated OpenCL kernels: for each emitted kernel its
 * OpenCL name, the CUDA entry it came from and its arguments in order. Written as JSON beside
 * each {@code .cl} (see {@link KernelInterfaceJson}).
 */
public record KernelInterface(String source, List<Kernel> kernels) {

  public KernelInterface {
    kernels = List.copyOf(kernels);
  }

  /** The kernel emitted for a CUDA entry ({@code saxpy}, {@code reduce<float, 256>}). */
  public Optional<Kernel> forEntry(String entry) {
    String wanted = entry.replace(" ", "");
    return kernels.stream().filter(k -> k.entry().replace(" ", "").equals(wanted)).findFirst();
  }

  /**
   * @param name the OpenCL kernel name
   * @param entry the CUDA entry it came from
   */
  public record Kernel(String name, String entry, List<KernelArg> args) {
    public Kernel {
      args = List.copyOf(args);
    }
  }
}
