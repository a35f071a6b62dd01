package dev.kport.harness.backend.cuda;

import dev.kport.harness.backend.BackendProbe;
import dev.kport.harness.backend.DeviceInfo;
import dev.kport.harness.tool.ExternalTool;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jcuda.CudaException;
import dev.kport.harness.backend.module.ModuleDriver;
import dev.kport.harness.run.DeviceException;
import jcuda.driver.CUdevice;
import jcuda.driver.CUdevice_attribute;
import jcuda.driver.JCudaDriver;

/**
 * The CUDA backend: the original source, built with nvcc, run through the driver API (JCuda).
 * Without an NVIDIA driver it can still build.
 */
public final class CudaBackend {

  public static final String ID = "cuda";
  /** Built for where no device says otherwise: an architecture every CUDA 12 and 13 nvcc accepts. */
  public static final String DEFAULT_ARCH = "sm_80";
  private static final String[] CUDA_DIRS = {"/usr/local/cuda/bin"};

  private CudaBackend() {}

  public static Optional<Path> nvcc() {
    return ExternalTool.find("nvcc", CUDA_DIRS);
  }

  /**
   * Probed once per process: a JVM loads JCuda's native library once, and a second try after a
   * failed load reports only "could not initialize class", losing the loader's own message.
   */
  public static BackendProbe probe() {
    return Probed.RESULT;
  }

  private static final class Probed {
    static final BackendProbe RESULT = probeNow();
  }

  private static BackendProbe probeNow() {
    List<String> notes = new ArrayList<>();
    nvcc().ifPresentOrElse(
        p -> notes.add("nvcc: " + p + " (" + ExternalTool.version(p, "release") + "): originals are built"),
        () -> notes.add("nvcc not found: originals are not built (install the CUDA toolkit)"));
    try {
      JCudaDriver.setExceptionsEnabled(true);
      JCudaDriver.cuInit(0);
      int[] count = new int[1];
      JCudaDriver.cuDeviceGetCount(count);
      if (count[0] == 0) {
        return BackendProbe.unavailable(ID, "the NVIDIA driver reports no CUDA device", notes);
      }
      List<DeviceInfo> devices = new ArrayList<>();
      for (int i = 0; i < count[0]; i++) {
        CUdevice d = new CUdevice();
        JCudaDriver.cuDeviceGet(d, i);
        byte[] name = new byte[256];
        JCudaDriver.cuDeviceGetName(name, name.length, d);
        String n = new String(name).trim().replace("\0", "");
        devices.add(new DeviceInfo(ID, ID + ":" + i, n, "CUDA device " + i + ", " + arch(d)));
      }
      return BackendProbe.available(ID, devices, notes);
    } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
      return BackendProbe.unavailable(ID, "no NVIDIA driver: " + loaderMessage(e), notes);
    } catch (CudaException e) {
      return BackendProbe.unavailable(ID, "the NVIDIA driver failed to start: " + e.getMessage(), notes);
    }
  }

  private static String arch(CUdevice d) {
    int[] major = new int[1];
    int[] minor = new int[1];
    JCudaDriver.cuDeviceGetAttribute(major, CUdevice_attribute.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, d);
    JCudaDriver.cuDeviceGetAttribute(minor, CUdevice_attribute.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR, d);
    return "sm_" + major[0] + minor[0];
  }

  /**
   * The architecture nvcc builds for: the first device's, so its cubin loads there (a cubin runs
   * only on its own major version), else {@link #DEFAULT_ARCH}.
   */
  public static String buildArch() {
    BackendProbe p = probe();
    if (p.canRun()) {
      String detail = p.devices().get(0).detail();
      return detail.substring(detail.lastIndexOf(' ') + 1);
    }
    return DEFAULT_ARCH;
  }

  /** The driver API on the first device, for a module to be loaded into. */
  public static ModuleDriver driver() throws DeviceException {
    BackendProbe p = probe();
    if (!p.canRun()) {
      throw new DeviceException(p.unavailable().orElse("no CUDA device"));
    }
    return new CudaDriver(0);
  }

  /** The driver's CUDA version, e.g. "13.0"; "unknown" where the driver does not say. */
  public static String driverVersion() {
    try {
      int[] v = new int[1];
      JCudaDriver.cuDriverGetVersion(v);
      return v[0] / 1000 + "." + v[0] % 1000 / 10;
    } catch (UnsatisfiedLinkError | NoClassDefFoundError | CudaException e) {
      return "unknown";
    }
  }

  /** The part of JCuda's long loader report that names what is missing. */
  static String loaderMessage(Throwable e) {
    String m = String.valueOf(e.getMessage());
    for (String line : m.split("\n")) {
      if (line.contains("libcuda")) {
        return line.replaceAll("^.*?(libcuda)", "$1").trim();
      }
    }
    return m.lines().findFirst().orElse(m).trim();
  }
}
