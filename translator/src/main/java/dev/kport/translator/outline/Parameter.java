package dev.kport.translator.outline;

/**
 * One function parameter.
 *
 * @param position 0-based position in the parameter list
 * @param first its first token
 * @param last its last token (inclusive)
 * @param nameIndex the token of its name, or -1 when unnamed
 * @param type the type as written, tokens joined by single spaces, without {@code __restrict__} and
 *     with array brackets written as {@code *}, e.g. {@code const float *}
 * @param elementType the type without pointers, references and qualifiers, e.g. {@code float}
 * @param pointerDepth how many {@code *} (and {@code []}) the type has
 * @param reference whether it is a C++ reference
 */
public record Parameter(int position, int first, int last, int nameIndex, String name, String type,
    String elementType, int pointerDepth, boolean reference) {

  public boolean isPointer() {
    return pointerDepth > 0;
  }
}
