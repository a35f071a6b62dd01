package dev.kport.translator.opencl;

import dev.kport.translator.emit.SourceText;
import dev.kport.translator.lex.Token;
import dev.kport.translator.outline.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A declaration statement inside a function body, read from its first token: the specifiers
 * and type, then each declarator's stars, name, array brackets and initializer.
 *
 * @param first the declaration's first token, where an address-space keyword would go
 * @param shared whether it is {@code __shared__}
 * @param baseType the type words without qualifiers, e.g. {@code unsigned int}
 */
record LocalDeclaration(int first, boolean shared, String baseType, List<Declarator> declarators) {

  /**
   * @param nameIndex the name's token
   * @param initFrom first token of the initializer, or -1
   * @param initTo one past its last token
   */
  record Declarator(String name, int nameIndex, int stars, boolean array, int initFrom, int initTo) {

    boolean pointerValued() {
      return stars > 0 || array;
    }
  }

  private static final Set<String> SPECIFIERS = Set.of("const", "volatile", "static", "register", "__restrict__",
      "__restrict", "restrict", "__shared__", "extern", "unsigned", "signed", "auto", "__local", "__private");
  private static final Set<String> TYPE_WORDS = Set.of("void", "char", "short", "int", "long", "float", "double",
      "bool", "size_t", "ptrdiff_t", "half", "uchar", "ushort", "uint", "ulong", "unsigned", "signed", "auto",
      "int8_t", "uint8_t", "int16_t", "uint16_t", "int32_t", "uint32_t", "int64_t", "uint64_t");
  private static final Pattern VECTOR = Pattern.compile("u?(char|short|int|long)[2348]|u?(char|short|int|long)16"
      + "|(float|double|half)(2|3|4|8|16)");
  private static final Set<String> TAGS = Set.of("struct", "union", "enum");

  /** The declaration starting at token {@code first}, or null when the statement there is not one. */
  static LocalDeclaration read(SourceText text, int first, int limit, Set<String> typeNames) {
    List<Token> tokens = text.tokens();
    int k = first;
    boolean sawType = false;
    boolean shared = false;
    List<String> typeWords = new ArrayList<>();
    while (k >= 0 && k < limit && tokens.get(k).isIdentifier()) {
      String w = tokens.get(k).text();
      if (TAGS.contains(w)) {
        k = Tokens.nextSignificant(tokens, k + 1, limit); // the tag name is the type
        sawType = k >= 0 && tokens.get(k).isIdentifier();
        typeWords.add(sawType ? tokens.get(k).text() : w);
      } else if (isType(w, typeNames)) {
        sawType = true;
        typeWords.add(w);
      } else if (!SPECIFIERS.contains(w)) {
        break;
      }
      shared |= w.equals("__shared__");
      k = k < 0 ? -1 : Tokens.nextSignificant(tokens, k + 1, limit);
    }
    if (!sawType || k < 0) {
      return null;
    }
    List<Declarator> declarators = new ArrayList<>();
    while (true) {
      Declarator d = declarator(tokens, k, limit);
      if (d == null) {
        return declarators.isEmpty() ? null : new LocalDeclaration(first, shared, String.join(" ", typeWords),
            declarators);
      }
      declarators.add(d);
      int after = d.initFrom >= 0 ? d.initTo : Tokens.nextSignificant(tokens, d.nameIndex + 1, limit);
      after = skipArrays(tokens, after, limit);
      if (!Tokens.is(tokens, after, ",")) {
        return new LocalDeclaration(first, shared, String.join(" ", typeWords), declarators);
      }
      k = Tokens.nextSignificant(tokens, after + 1, limit);
    }
  }

  static boolean isType(String word, Set<String> typeNames) {
    return TYPE_WORDS.contains(word) || typeNames.contains(word) || isVectorType(word);
  }

  /** Every vector type name ends in 2, 3, 4, 8 or 16: checking that first spares most words the regex. */
  private static boolean isVectorType(String word) {
    char last = word.isEmpty() ? ' ' : word.charAt(word.length() - 1);
    boolean vectorWidth = last == '2' || last == '3' || last == '4' || last == '6' || last == '8';
    return vectorWidth && VECTOR.matcher(word).matches();
  }

  private static Declarator declarator(List<Token> tokens, int k, int limit) {
    int stars = 0;
    while (k >= 0 && (tokens.get(k).is("*") || SPECIFIERS.contains(tokens.get(k).text()))) {
      stars += tokens.get(k).is("*") ? 1 : 0;
      k = Tokens.nextSignificant(tokens, k + 1, limit);
    }
    if (k < 0 || !tokens.get(k).isIdentifier()) {
      return null;
    }
    int next = Tokens.nextSignificant(tokens, k + 1, limit);
    int afterArrays = skipArrays(tokens, next, limit);
    boolean array = afterArrays != next;
    if (Tokens.is(tokens, afterArrays, "=")) {
      int from = afterArrays + 1;
      return new Declarator(tokens.get(k).text(), k, stars, array, from, initializerEnd(tokens, from, limit));
    }
    boolean ends = Tokens.is(tokens, afterArrays, ";") || Tokens.is(tokens, afterArrays, ",")
        || Tokens.is(tokens, afterArrays, ":") || Tokens.is(tokens, afterArrays, ")");
    return ends ? new Declarator(tokens.get(k).text(), k, stars, array, -1, -1) : null;
  }

  private static int skipArrays(List<Token> tokens, int k, int limit) {
    while (Tokens.is(tokens, k, "[")) {
      k = Tokens.nextSignificant(tokens, Tokens.matching(tokens, k, limit) + 1, limit);
    }
    return k;
  }

  /** The {@code ,} or {@code ;} (at bracket depth 0) ending an initializer starting at {@code from}. */
  static int initializerEnd(List<Token> tokens, int from, int limit) {
    for (int j = from; j < limit; j++) {
      Token t = tokens.get(j);
      if (Tokens.isOpener(t)) {
        j = Tokens.matching(tokens, j, limit);
      } else if (t.is(",") || t.is(";") || Tokens.isCloser(t)) {
        return j;
      }
    }
    return limit;
  }
}
