package dev.kport.translator.diag;

import dev.kport.translator.diag.Diagnostic.Severity;

/**
 * Every diagnostic the translator can give, with its stable {@code KPnnnn} identifier. Numbers are
 * never reused: 0xxx general, 1xxx preprocessing, 2xxx OpenCL translation, 3xxx HIP translation.
 * (KP0001, "HIP not available", is retired.)
 */
public enum Code {
  UNREADABLE_SOURCE("KP0002", Severity.ERROR, "check the path and that the file is UTF-8 text"),
  INTERNAL_ERROR("KP0003", Severity.ERROR, "this is a kport bug: please report it with the source that caused it"),
  INCLUDE_NOT_FOUND("KP1001", Severity.ERROR, "add the folder that holds it with -I"),
  INCLUDE_CYCLE("KP1002", Severity.ERROR, "guard the header with #pragma once or #ifndef"),
  KERNEL_PARAM_TYPE("KP2001", Severity.ERROR,
      "OpenCL kernels cannot take this type; use a fixed-width type (int, uint, long, ulong) instead"),
  KERNEL_PARAM_POINTER_TO_POINTER("KP2002", Severity.ERROR,
      "OpenCL kernels cannot take pointers to pointers; pass one flat buffer and offsets"),
  REFERENCE_PARAMETER("KP2003", Severity.ERROR,
      "OpenCL C has no references and they are not rewritten yet; pass a pointer or the value"),
  BUILTIN_WITHOUT_COMPONENT("KP2010", Severity.ERROR, "use the .x, .y and .z components one at a time"),
  SHARED_HOISTED("KP2020", Severity.NOTE,
      "OpenCL allows __local variables only at kernel scope; the declaration was moved there unchanged"),
  SHARED_NOT_HOISTABLE("KP2021", Severity.ERROR,
      "give each __shared__ variable of the kernel its own name so it can move to kernel scope"),
  DYNAMIC_SHARED("KP2022", Severity.ERROR,
      "extern __shared__ is lowered only as one unsized array declared in a kernel; declare it there and pass a pointer"),
  SHARED_IN_DEVICE_FUNCTION("KP2023", Severity.ERROR,
      "declare the __shared__ array in the kernel and pass it to the function as a pointer"),
  ADDRESS_SPACE_CONFLICT("KP2030", Severity.ERROR,
      "call sites pass pointers to different memories; split the function into one per memory"),
  FUNCTION_CLONED("KP2033", Severity.NOTE,
      "OpenCL pointers carry their memory in the type, so the function is emitted once per memory it is called with"),
  ADDRESS_SPACE_DEFAULTED("KP2031", Severity.NOTE,
      "no kernel calls this function with this pointer, so it was taken to point to __global memory"),
  LOCAL_POINTER_SPACE_UNKNOWN("KP2032", Severity.WARNING,
      "initialise the pointer where it is declared so its memory can be told"),
  UNSUPPORTED_API("KP2040", Severity.ERROR, "not translated yet; rewrite it with OpenCL-compatible code"),
  WEAKER_FENCE("KP2041", Severity.WARNING,
      "OpenCL 1.2 fences order one work-item's accesses only; device-wide visibility is not guaranteed"),
  THREE_COMPONENT_VECTOR("KP2042", Severity.WARNING,
      "OpenCL pads 3-component vectors to 4: a buffer of them has another layout than in CUDA; use 4 components"),
  THREE_COMPONENT_POINTER("KP2047", Severity.ERROR,
      "index the buffer (p[i], p[i].x) instead of moving or passing the pointer, so its 12-byte layout is kept"),
  BUILTIN_NAME_RENAMED("KP2043", Severity.NOTE,
      "OpenCL has a built-in function of this name, so the function (and every call) got a trailing underscore"),
  WARP_CALL_PREDICATED("KP2044", Severity.NOTE,
      "warp emulation needs every work-item at each warp primitive, so the branch was turned into a flag"),
  WARP_CALL_DIVERGENT("KP2045", Severity.ERROR,
      "call the warp primitive where every thread of the block reaches it, and select its result with a condition"),
  WARP_CALL_UNGUARDED("KP2048", Severity.WARNING,
      "make the function's writes depend on a flag it is passed, or return its result and assign it under the branch"),
  WARP_LOCKSTEP("KP2046", Severity.WARNING,
      "order the steps with __syncwarp() (CUDA 9 requires it too), or exchange values with __shfl_down_sync"),
  UNKNOWN_ENTRY("KP2050", Severity.ERROR, "name one of the kernels the file defines"),
  TEMPLATE_NOT_SUPPORTED("KP2060", Severity.ERROR, "templates are not translated yet; write the instantiation out"),
  DEVICE_GLOBAL_NOT_SUPPORTED("KP2061", Severity.ERROR,
      "__managed__ variables are not translated; pass the data as a kernel argument"),
  DEVICE_GLOBAL_SIZE_UNKNOWN("KP2063", Severity.ERROR,
      "write the extent as an integer expression of macros, and the element type as a built-in type"),
  UNTRANSLATED_DECLARATION("KP2062", Severity.ERROR,
      "move the device code out of the namespace or class, or write it as plain C functions"),
  HIP_UNSUPPORTED_API("KP3001", Severity.WARNING, "HIP has no counterpart; rewrite this code by hand"),
  HIP_DEPRECATED_API("KP3002", Severity.NOTE, "HIP deprecates this call; it still compiles, but plan to replace it"),
  HIP_UNSUPPORTED_HEADER("KP3003", Severity.WARNING, "HIP has no counterpart to this header; remove the include"),
  HIP_LANE_MASK_DROPPED("KP3010", Severity.WARNING,
      "HIP 5.2 has no *_sync warp functions: the call acts on the whole wavefront (64 lanes on CDNA)"),
  HIP_INLINE_ASM("KP3020", Severity.WARNING, "inline PTX does not assemble for AMD GPUs; write it in C++ or use a HIP intrinsic"),
  HIP_WARP_WIDTH_LITERAL("KP3021", Severity.WARNING,
      "AMD wavefronts are 64 wide on CDNA (32 or 64 on RDNA): compute with warpSize instead of 32, "
          + "and size per-lane arrays for 64 lanes"),
  HIP_LANE_MASK_32_BIT("KP3022", Severity.WARNING,
      "a 32-bit lane mask covers half of a 64-wide wavefront; use a 64-bit mask (unsigned long long, ~0ull, 1ull << lane)"),
  HIP_INACTIVE_BRANCH_KEPT("KP3090", Severity.NOTE,
      "this branch is inactive under the given -D values and was left as written; translate without "
          + "--active-branches-only to port it too"),
  HIP_BALLOT_IN_32_BITS("KP3023", Severity.WARNING,
      "a ballot has one bit per lane, 64 on CDNA: store it in an unsigned long long (and use __popcll, __ffsll)"),
  HIP_WARP_SIZE_CONSTANT("KP3024", Severity.WARNING,
      "CUDA's warpSize is not a compile-time constant, and hipcc's differs by target (64 on gfx90a, 32 on gfx1100): "
          + "size per-lane storage for 64 lanes and read warpSize at run time"),
  HIP_TEXTURE_REFERENCE("KP3025", Severity.WARNING,
      "HIP deprecates texture references: create a texture object (cudaCreateTextureObject, hipCreateTextureObject) "
          + "and read it with tex1Dfetch<T>(obj, i)"),
  HIP_SURFACE_REFERENCE("KP3026", Severity.WARNING,
      "HIP has no surface references: create a surface object (hipCreateSurfaceObject) and pass it to surf2Dwrite"),
  HIP_CUDA_ARCH("KP3027", Severity.WARNING,
      "test __HIP_DEVICE_COMPILE__ as well (#if defined(__CUDA_ARCH__) || defined(__HIP_DEVICE_COMPILE__)); "
          + "replace a __CUDA_ARCH__ version test by a test of the feature it stands for"),
  HIP_WARP_LOCKSTEP("KP3028", Severity.WARNING,
      "put __syncwarp() between the steps (HIP 5.2 lacks it: use __syncthreads() where the whole block reaches it), "
          + "or pass the values with __shfl_down");

  private final String id;
  private final Severity severity;
  private final String hint;

  Code(String id, Severity severity, String hint) {
    this.id = id;
    this.severity = severity;
    this.hint = hint;
  }

  public String id() {
    return id;
  }

  public Severity severity() {
    return severity;
  }

  public String hint() {
    return hint;
  }

  /** A diagnostic with this code's severity and hint. */
  public Diagnostic at(String file, int line, int column, String message) {
    return new Diagnostic(file, line, column, severity, id, message, hint);
  }
}
