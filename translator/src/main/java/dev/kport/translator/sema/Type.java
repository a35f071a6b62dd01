package dev.kport.translator.sema;

/**
 * A type as far as the rules need it.
 *
 * @param base the base type spelled as written after macro-free normalisation ({@code float},
 *     {@code unsigned int}, {@code Vec<T>}); {@code ?} when unknown
 * @param pointers pointer depth
 * @param arrayDims number of array bounds (an array indexes like a pointer)
 * @param reference declared as {@code T &} or {@code T &&}
 * @param space see {@link AddressSpace}
 * @param dependent the type names a template parameter, so its meaning depends on the instantiation
 */
public record Type(String base, int pointers, boolean isConst, boolean isVolatile, int arrayDims, boolean reference,
    AddressSpace space, boolean dependent) {

  public static final Type UNKNOWN = new Type("?", 0, false, false, 0, false, AddressSpace.GENERIC, false);

  public static Type scalar(String base) {
    return new Type(base, 0, false, false, 0, false, AddressSpace.LOCAL, false);
  }

  public boolean isUnknown() {
    return base.equals("?");
  }

  /** A pointer or an array: something that can be indexed. */
  public boolean isPointerLike() {
    return pointers > 0 || arrayDims > 0;
  }

  /** The element reached by {@code *e} or {@code e[i]}; arrays lose a bound before pointers a level. */
  public Type element() {
    if (arrayDims > 0) {
      return new Type(base, pointers, isConst, isVolatile, arrayDims - 1, false, space, dependent);
    }
    if (pointers > 0) {
      return new Type(base, pointers - 1, pointers == 1 && isConst, isVolatile, 0, false,
          pointers == 1 ? space : space, dependent);
    }
    return UNKNOWN;
  }

  /** The type of {@code &e}: one more pointer level, pointing to where e lives. */
  public Type addressOf() {
    return new Type(base, pointers + 1, isConst, isVolatile, arrayDims, false, space, dependent);
  }

  /** The type an array decays to, keeping its address space. */
  public Type decayed() {
    if (arrayDims == 0) {
      return this;
    }
    return new Type(base, pointers + arrayDims, isConst, isVolatile, 0, false, space, dependent);
  }

  public Type withSpace(AddressSpace s) {
    return new Type(base, pointers, isConst, isVolatile, arrayDims, reference, s, dependent);
  }

  public Type withoutReference() {
    return reference ? new Type(base, pointers, isConst, isVolatile, arrayDims, false, space, dependent) : this;
  }

  /** C++ spelling, e.g. {@code const float *} or {@code float [2]}. */
  public String spelled() {
    StringBuilder sb = new StringBuilder();
    if (isConst) {
      sb.append("const ");
    }
    if (isVolatile) {
      sb.append("volatile ");
    }
    sb.append(base);
    if (pointers > 0) {
      sb.append(' ');
      sb.append("*".repeat(pointers));
    }
    if (reference) {
      sb.append(" &");
    }
    for (int i = 0; i < arrayDims; i++) {
      sb.append("[]");
    }
    return sb.toString();
  }
}
