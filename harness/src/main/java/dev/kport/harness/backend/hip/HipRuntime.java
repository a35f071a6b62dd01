package dev.kport.harness.backend.hip;

import java.nio.ByteBuffer;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.annotation.Cast;
import org.bytedeco.javacpp.annotation.Name;
import org.bytedeco.javacpp.annotation.Platform;

/**
 * The HIP runtime's module API, bound with JavaCPP. The native side ({@code kport_hip.h}) opens
 * libamdhip64 with dlopen when first asked, so this class loads on any machine and a missing ROCm
 * is reported by {@link #open} with the loader's message. Every function returns a hipError_t
 * (0 is hipSuccess); handles and device addresses are 64-bit integers.
 */
@Platform(include = "kport_hip.h", link = "dl")
final class HipRuntime {

  static {
    Loader.load();
  }

  private HipRuntime() {}

  /** 0 when libamdhip64 is loaded; else -1 and {@link #loadError} says why. */
  @Name("kp_hip_open")
  static native int open();

  @Name("kp_hip_load_error")
  static native @Cast("const char*") BytePointer loadError();

  @Name("kp_hip_init")
  static native int init(@Cast("unsigned int") int flags);

  @Name("kp_hip_device_count")
  static native int deviceCount(int[] count);

  @Name("kp_hip_error_name")
  static native @Cast("const char*") BytePointer errorName(int error);

  @Name("kp_hip_error_string")
  static native @Cast("const char*") BytePointer errorString(int error);

  @Name("kp_hip_runtime_version")
  static native int runtimeVersion(int[] version);

  @Name("kp_hip_device_name")
  static native int deviceName(@Cast("char*") byte[] name, int length, int device);

  @Name("kp_hip_set_device")
  static native int setDevice(int device);

  @Name("kp_hip_module_load")
  static native int moduleLoad(@Cast("int64_t*") long[] module, @Cast("const void*") byte[] image);

  @Name("kp_hip_module_unload")
  static native int moduleUnload(@Cast("int64_t") long module);

  @Name("kp_hip_module_function")
  static native int moduleFunction(@Cast("int64_t*") long[] function, @Cast("int64_t") long module, String name);

  /** out[0] the global's device address, out[1] its bytes. */
  @Name("kp_hip_module_global")
  static native int moduleGlobal(@Cast("int64_t*") long[] out, @Cast("int64_t") long module, String name);

  @Name("kp_hip_malloc")
  static native int malloc(@Cast("int64_t*") long[] pointer, @Cast("int64_t") long bytes);

  @Name("kp_hip_free")
  static native int free(@Cast("int64_t") long pointer);

  @Name("kp_hip_htod")
  static native int copyHtoD(@Cast("int64_t") long dst, @Cast("const void*") ByteBuffer src,
      @Cast("int64_t") long offset, @Cast("int64_t") long bytes);

  @Name("kp_hip_dtoh")
  static native int copyDtoH(@Cast("void*") ByteBuffer dst, @Cast("int64_t") long offset, @Cast("int64_t") long src,
      @Cast("int64_t") long bytes);

  @Name("kp_hip_dtod")
  static native int copyDtoD(@Cast("int64_t") long dst, @Cast("int64_t") long src, @Cast("int64_t") long bytes);

  /**
   * @param dims grid x, y, z then block x, y, z
   * @param packed every argument's bytes, argument i at offsets[i]
   */
  @Name("kp_hip_launch")
  static native int launch(@Cast("int64_t") long function, @Cast("const int64_t*") long[] dims,
      @Cast("unsigned int") int sharedBytes, @Cast("const void*") byte[] packed, @Cast("const int*") int[] offsets,
      int count);

  @Name("kp_hip_synchronize")
  static native int synchronize();

  @Name("kp_hip_event_create")
  static native int eventCreate(@Cast("int64_t*") long[] event);

  @Name("kp_hip_event_record")
  static native int eventRecord(@Cast("int64_t") long event);

  @Name("kp_hip_event_synchronize")
  static native int eventSynchronize(@Cast("int64_t") long event);

  @Name("kp_hip_event_elapsed")
  static native int eventElapsed(float[] ms, @Cast("int64_t") long start, @Cast("int64_t") long stop);

  @Name("kp_hip_event_destroy")
  static native int eventDestroy(@Cast("int64_t") long event);
}
