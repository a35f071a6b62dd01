package dev.kport.translator.iface;

/** One argument of an emitted OpenCL kernel, in the order the kernel takes them. */
public sealed interface KernelArg {

  /** Where a pointer argument points; {@code PRIVATE} for scalars and structs by value. */
  enum Space { GLOBAL, CONSTANT, LOCAL, PRIVATE }

  /**
   * The CUDA kernel's parameter {@code index}.
   *
   * @param type the CUDA parameter type as written, e.g. {@code const float *}, {@code int}
   * @param elementType the pointee for pointers ({@code float}), else the type itself
   * @param pointer whether the parameter is a pointer
   * @param layout for a struct passed by value, its fields and size
   */
  record Param(int index, String name, String type, String elementType, boolean pointer, Space space,
      java.util.Optional<StructLayout> layout) implements KernelArg {

    /** A parameter that is no struct passed by value. */
    public Param(int index, String name, String type, String elementType, boolean pointer, Space space) {
      this(index, name, type, elementType, pointer, space, java.util.Optional.empty());
    }
  }

  /** The {@code extern __shared__} array, sized from the launch's dynamic shared bytes. */
  record DynamicShared() implements KernelArg {}

  /** A {@code __constant__} or {@code __device__} global the harness fills as cudaMemcpyToSymbol would. */
  record Symbol(String name, long bytes, Space space) implements KernelArg {}
}
