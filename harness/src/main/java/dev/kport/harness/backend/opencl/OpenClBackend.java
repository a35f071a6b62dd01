package dev.kport.harness.backend.opencl;

import static org.jocl.CL.*;

import dev.kport.harness.backend.BackendProbe;
import dev.kport.harness.backend.DeviceInfo;
import java.util.ArrayList;
import java.util.List;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_device_id;
import org.jocl.cl_platform_id;

/** The OpenCL backend through JOCL: every device of every platform is a device of its own. */
public final class OpenClBackend {

  public static final String ID = "opencl";

  /** A device with the JOCL handles needed to open it. */
  public record Device(DeviceInfo info, cl_platform_id platform, cl_device_id device) {}

  private OpenClBackend() {}

  /** Every OpenCL device on this machine, or why there is none. */
  public static BackendProbe probe() {
    try {
      List<Device> devices = devices();
      if (devices.isEmpty()) {
        return BackendProbe.unavailable(ID, "OpenCL platforms found, but no devices on them", List.of());
      }
      return BackendProbe.available(ID, devices.stream().map(Device::info).toList(), List.of());
    } catch (OpenClUnavailable e) {
      return BackendProbe.unavailable(ID, e.getMessage(), List.of());
    }
  }

  /** Why OpenCL cannot be used here, in words a user can act on. */
  public static final class OpenClUnavailable extends Exception {
    OpenClUnavailable(String message) {
      super(message);
    }
  }

  public static List<Device> devices() throws OpenClUnavailable {
    cl_platform_id[] platforms = platforms();
    List<Device> out = new ArrayList<>();
    for (int p = 0; p < platforms.length; p++) {
      int[] n = new int[1];
      try {
        clGetDeviceIDs(platforms[p], CL_DEVICE_TYPE_ALL, 0, null, n);
      } catch (CLException e) {
        continue; // CL_DEVICE_NOT_FOUND: a platform with nothing on it
      }
      if (n[0] == 0) {
        continue;
      }
      cl_device_id[] ids = new cl_device_id[n[0]];
      clGetDeviceIDs(platforms[p], CL_DEVICE_TYPE_ALL, n[0], ids, null);
      String platformName = platformString(platforms[p], CL_PLATFORM_NAME);
      for (int d = 0; d < ids.length; d++) {
        String name = deviceString(ids[d], CL_DEVICE_NAME).trim();
        String detail = platformName + ", " + deviceString(ids[d], CL_DEVICE_VERSION).trim() + ", "
            + deviceInt(ids[d], CL_DEVICE_MAX_COMPUTE_UNITS) + " compute units, "
            + (deviceLong(ids[d], CL_DEVICE_GLOBAL_MEM_SIZE) >> 20) + " MiB, fp64 "
            + (deviceString(ids[d], CL_DEVICE_EXTENSIONS).contains("cl_khr_fp64") ? "yes" : "no");
        DeviceInfo info = new DeviceInfo(ID, ID + ":" + p + ":" + d, name, detail);
        out.add(new Device(info, platforms[p], ids[d]));
      }
    }
    return out;
  }

  private static cl_platform_id[] platforms() throws OpenClUnavailable {
    int[] n = new int[1];
    int rc;
    try {
      CL.setExceptionsEnabled(true);
      rc = clGetPlatformIDs(0, null, n);
    } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
      throw new OpenClUnavailable("the OpenCL loader could not be loaded (" + e.getMessage()
          + "); install it: apt-get install ocl-icd-libopencl1 pocl-opencl-icd");
    } catch (CLException e) {
      rc = e.getStatus();
    }
    if (rc == -1001 || (rc == CL_SUCCESS && n[0] == 0)) {
      throw new OpenClUnavailable("no OpenCL platform installed (no ICD in /etc/OpenCL/vendors); for the CPU: "
          + "apt-get install pocl-opencl-icd");
    }
    if (rc != CL_SUCCESS) {
      throw new OpenClUnavailable("clGetPlatformIDs failed: " + CL.stringFor_errorCode(rc));
    }
    cl_platform_id[] platforms = new cl_platform_id[n[0]];
    clGetPlatformIDs(n[0], platforms, null);
    return platforms;
  }

  static String platformString(cl_platform_id p, int param) {
    long[] size = new long[1];
    clGetPlatformInfo(p, param, 0, null, size);
    byte[] buf = new byte[(int) size[0]];
    clGetPlatformInfo(p, param, buf.length, Pointer.to(buf), null);
    return cString(buf);
  }

  static String deviceString(cl_device_id d, int param) {
    long[] size = new long[1];
    clGetDeviceInfo(d, param, 0, null, size);
    byte[] buf = new byte[(int) size[0]];
    clGetDeviceInfo(d, param, buf.length, Pointer.to(buf), null);
    return cString(buf);
  }

  static int deviceInt(cl_device_id d, int param) {
    int[] v = new int[1];
    clGetDeviceInfo(d, param, Sizeof.cl_uint, Pointer.to(v), null);
    return v[0];
  }

  static long deviceLong(cl_device_id d, int param) {
    long[] v = new long[1];
    clGetDeviceInfo(d, param, Sizeof.cl_ulong, Pointer.to(v), null);
    return v[0];
  }

  private static String cString(byte[] buf) {
    int len = 0;
    while (len < buf.length && buf[len] != 0) {
      len++;
    }
    return new String(buf, 0, len, java.nio.charset.StandardCharsets.UTF_8);
  }
}
