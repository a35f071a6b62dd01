package dev.kport.harness.run;

import dev.kport.harness.backend.BackendProbe;
import dev.kport.harness.backend.BandwidthCache;
import dev.kport.harness.backend.DeviceInfo;
import dev.kport.harness.backend.cuda.CudaBackend;
import dev.kport.harness.backend.module.ModuleBandwidth;
import dev.kport.harness.backend.module.ModuleDriver;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The cuda column's measured bandwidth, for its "% of peak": {@link ModuleBandwidth}'s triad,
 * built with nvcc and run on the first CUDA device once per device and driver, then cached. NaN
 * (no share shown) when it cannot be measured: no nvcc, or a build or run that fails.
 */
final class ModuleBandwidthProbe {

  private ModuleBandwidthProbe() {}

  static double cuda() {
    BackendProbe probe = CudaBackend.probe();
    if (!probe.canRun()) {
      return Double.NaN;
    }
    DeviceInfo d = probe.devices().get(0);
    String key = "cuda | " + d.name() + " | " + d.detail() + " | driver " + CudaBackend.driverVersion();
    return BandwidthCache.peakGBs(key, ModuleBandwidthProbe::measureCuda);
  }

  private static double measureCuda() {
    Optional<Path> nvcc = CudaBackend.nvcc();
    if (nvcc.isEmpty()) {
      return Double.NaN;
    }
    try {
      ModuleBuild.Outcome built = ModuleBuild.cudaSource(nvcc.get(), "kport_triad", ModuleBandwidth.SOURCE,
          CudaBackend.buildArch());
      if (!(built instanceof ModuleBuild.Outcome.Built module)) {
        return Double.NaN;
      }
      try (ModuleDriver driver = CudaBackend.driver()) {
        return ModuleBandwidth.measure(driver, module.module().bytes());
      }
    } catch (IOException | DeviceException e) {
      return Double.NaN;
    }
  }
}
