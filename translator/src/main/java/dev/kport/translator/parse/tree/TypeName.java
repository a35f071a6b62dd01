package dev.kport.translator.parse.tree;

import java.util.List;

/**
 * A type as written at one declaration: the base name (builtin words joined by one space, or a
 * qualified name with its template arguments spelled), cv-qualifiers, pointer levels, reference
 * and array bounds.
 *
 * @param base e.g. {@code unsigned int}, {@code float}, {@code thrust::device_vector<float>}
 * @param templateArgs arguments of the base name's last template-id (types or expressions)
 * @param pointers number of {@code *}
 * @param pointerConst bit i set when pointer level i (0 = outermost written first) is const
 * @param ref 0 none, 1 {@code &}, 2 {@code &&}
 * @param arrayDims bounds of {@code [..]} suffixes; an empty bound {@code []} is a
 *     {@link Expr.Literal} of kind {@code EMPTY}
 * @param function true for function pointers/references ({@code void (*f)(int)})
 * @param restrict a pointer level carries {@code __restrict__}
 */
public record TypeName(String base, boolean isConst, boolean isVolatile, List<Node> templateArgs,
    int pointers, int pointerConst, int ref, List<Expr> arrayDims, boolean function, boolean restrict,
    int first, int last) implements Node {

  public TypeName {
    templateArgs = Lists.frozen(templateArgs);
    arrayDims = Lists.frozen(arrayDims);
  }

  @Override
  public List<Node> children() {
    return Node.of(templateArgs, arrayDims);
  }

  /** The type in C++ spelling, e.g. {@code const float *}. */
  public String spelled() {
    StringBuilder sb = new StringBuilder();
    if (isConst) {
      sb.append("const ");
    }
    if (isVolatile) {
      sb.append("volatile ");
    }
    sb.append(base);
    if (pointers > 0 || ref > 0 || function) {
      sb.append(' ');
    }
    if (function) {
      sb.append("(");
    }
    for (int i = 0; i < pointers; i++) {
      sb.append('*');
      if ((pointerConst & (1 << i)) != 0) {
        sb.append("const ");
      }
    }
    if (ref == 1) {
      sb.append('&');
    } else if (ref == 2) {
      sb.append("&&");
    }
    if (function) {
      sb.append(")(...)");
    }
    for (Expr dim : arrayDims) { // simple bounds are shown, computed ones elided
      sb.append('[');
      if (dim instanceof Expr.Literal l) {
        sb.append(l.text());
      } else if (dim instanceof Expr.Name n) {
        sb.append(n.name());
      }
      sb.append(']');
    }
    return sb.toString();
  }

  public TypeName withArrayDims(List<Expr> dims, int newLast) {
    return new TypeName(base, isConst, isVolatile, templateArgs, pointers, pointerConst, ref, dims, function,
        restrict, first, newLast);
  }
}
