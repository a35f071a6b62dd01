package dev.kport.translator.opencl;

import dev.kport.translator.lex.Lexer;
import dev.kport.translator.lex.Token;
import dev.kport.translator.outline.Declarations;
import dev.kport.translator.outline.Item;
import dev.kport.translator.outline.Tokens;
import dev.kport.translator.preprocess.Directive;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sees through type names to the built-in type they stand for, for analysis only (the output
 * keeps the names): simple typedefs, {@code using} aliases and object-like macros whose body is
 * type words ({@code #define DATA_TYPE float}). A {@code -D} given for the translation wins over
 * the file's own {@code #define}, as it would for the compiler.
 */
final class TypeAliases {

  private static final int MAX_DEPTH = 16;
  private static final Set<String> QUALIFIERS = Set.of("const", "volatile");

  private final Map<String, String> aliases = new HashMap<>();
  private final Map<String, String> defines;

  TypeAliases(Map<String, String> defines) {
    this.defines = defines;
  }

  /** Records {@code typedef unsigned int idx_t;} or {@code using idx_t = unsigned int;} (no pointers, arrays, bodies). */
  void typedef(List<Token> tokens, Item item) {
    int first = item.first();
    int last = item.last();
    int alias = Declarations.aliasName(tokens, first, last);
    List<String> words = new ArrayList<>();
    int from = alias >= 0 ? Tokens.nextSignificant(tokens, alias + 1) + 1 : first + 1; // past '=' or 'typedef'
    for (int j = from; j < last; j++) {
      if (!tokens.get(j).isTrivia()) {
        words.add(tokens.get(j).text());
      }
    }
    if (!tokens.get(last).is(";") || (alias < 0 && !tokens.get(first).is("typedef")) || words.size() < (alias < 0 ? 2 : 1)) {
      return;
    }
    String name = alias >= 0 ? tokens.get(alias).text() : words.remove(words.size() - 1);
    if (words.stream().allMatch(TypeAliases::isWord)) {
      aliases.put(name, String.join(" ", words));
    }
  }

  /** Records an object-like macro whose body is nothing but words, e.g. {@code #define real double}. */
  void define(Directive d, String text) {
    if (d.bodyOffset() < 0 || text.startsWith("(", text.indexOf(d.name()) + d.name().length())) {
      return;
    }
    List<String> words = new ArrayList<>();
    for (Token t : Lexer.lex(text.substring(d.bodyOffset()))) {
      if (t.isIdentifier()) {
        words.add(t.text());
      } else if (!t.isTrivia()) {
        return;
      }
    }
    if (!words.isEmpty()) {
      aliases.put(d.name(), String.join(" ", words));
    }
  }

  /** {@code type} with every alias replaced by what it stands for, qualifiers dropped. */
  String resolve(String type) {
    String current = type;
    for (int depth = 0; depth < MAX_DEPTH; depth++) {
      StringBuilder next = new StringBuilder();
      for (String word : current.split(" ")) {
        String value = defines.containsKey(word) ? defines.get(word) : aliases.get(word);
        String replaced = value == null ? word : value;
        if (!QUALIFIERS.contains(replaced) && !replaced.isEmpty()) {
          next.append(next.length() == 0 ? "" : " ").append(replaced);
        }
      }
      if (next.toString().equals(current)) {
        return current;
      }
      current = next.toString();
    }
    return current;
  }

  private static boolean isWord(String s) {
    return !s.isEmpty() && (Character.isLetter(s.charAt(0)) || s.charAt(0) == '_');
  }
}
