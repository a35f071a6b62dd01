package dev.kport.translator.preprocess;

import dev.kport.translator.lex.Lexer;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.lex.TokenList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands macros in a short token list: {@code #if} conditions and the answers to "what does
 * DATA_TYPE mean". Follows the standard closely enough for those uses (arguments expanded before
 * substitution, a macro not re-expanded inside itself, {@code #} and {@code ##}); it is never used
 * to rewrite source.
 */
final class MacroExpander {

  private static final int MAX_DEPTH = 64;

  private final Map<String, Macro> macros;
  /**
   * Lexed bodies by macro; a redefinition is a new Macro, so it is lexed afresh. Small at first:
   * every file makes an expander, and most ask it about a handful of macros or none.
   */
  private final Map<Macro, List<Token>> bodies = new IdentityHashMap<>(4);

  MacroExpander(Map<String, Macro> macros) {
    this.macros = macros;
  }

  /** The significant tokens of {@code text}: no whitespace, newlines or comments. */
  static List<Token> significant(String text) {
    TokenList all = Lexer.lexList(text);
    List<Token> out = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      if (!all.kind(i).isTrivia()) { // blanks and comments are never made into tokens
        out.add(all.make(i)); // the list itself is dropped: keeping its tokens would only cost
      }
    }
    return out;
  }

  List<Token> expand(List<Token> in) {
    return expand(in, new HashSet<>(), 0);
  }

  private List<Token> body(Macro m) {
    return bodies.computeIfAbsent(m, k -> significant(k.body()));
  }

  private List<Token> expand(List<Token> in, Set<String> hidden, int depth) {
    List<Token> out = new ArrayList<>(in.size());
    int i = 0;
    while (i < in.size()) {
      Token t = in.get(i);
      Macro m = t.kind() == TokenKind.IDENTIFIER ? macros.get(t.text()) : null;
      if (m == null || hidden.contains(m.name()) || depth >= MAX_DEPTH) {
        out.add(t);
        i++;
        continue;
      }
      if (!m.functionLike()) {
        hidden.add(m.name());
        out.addAll(expand(body(m), hidden, depth + 1));
        hidden.remove(m.name());
        i++;
        continue;
      }
      if (i + 1 >= in.size() || !in.get(i + 1).is("(")) {
        out.add(t); // a function-like macro name without arguments is just a name
        i++;
        continue;
      }
      List<List<Token>> args = new ArrayList<>();
      int end = collectArguments(in, i + 1, args);
      List<Token> substituted = substitute(m, args, hidden, depth);
      hidden.add(m.name());
      out.addAll(expand(substituted, hidden, depth + 1));
      hidden.remove(m.name());
      i = end;
    }
    return out;
  }

  /** Splits {@code ( a, (b, c), d )} at top-level commas; returns the index after {@code )}. */
  private static int collectArguments(List<Token> in, int open, List<List<Token>> args) {
    int nest = 0;
    List<Token> current = new ArrayList<>();
    int i = open;
    for (; i < in.size(); i++) {
      Token t = in.get(i);
      if (t.is("(")) {
        if (nest++ == 0) {
          continue;
        }
      } else if (t.is(")")) {
        if (--nest == 0) {
          args.add(current);
          return i + 1;
        }
      } else if (t.is(",") && nest == 1) {
        args.add(current);
        current = new ArrayList<>();
        continue;
      }
      current.add(t);
    }
    args.add(current);
    return i;
  }

  private List<Token> substitute(Macro m, List<List<Token>> args, Set<String> hidden, int depth) {
    List<Token> body = body(m);
    List<Token> out = new ArrayList<>(body.size() + 8);
    for (int i = 0; i < body.size(); i++) {
      Token t = body.get(i);
      if (t.is("#") && i + 1 < body.size()) {
        List<Token> arg = argument(m, args, body.get(i + 1).text());
        if (arg != null) {
          out.add(new Token(TokenKind.STRING, "\"" + join(arg).replace("\\", "\\\\").replace("\"", "\\\"") + "\"",
              0, 1, 1));
          i++;
          continue;
        }
      }
      if (t.is("##") && !out.isEmpty() && i + 1 < body.size()) {
        Token left = out.remove(out.size() - 1);
        Token next = body.get(++i);
        List<Token> arg = argument(m, args, next.text());
        String right = arg != null ? join(arg) : next.text();
        out.addAll(significant(left.text() + right));
        continue;
      }
      List<Token> arg = t.kind() == TokenKind.IDENTIFIER ? argument(m, args, t.text()) : null;
      if (arg != null) {
        boolean pasted = i + 1 < body.size() && body.get(i + 1).is("##");
        out.addAll(pasted ? arg : expand(arg, hidden, depth + 1));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  private static List<Token> argument(Macro m, List<List<Token>> args, String name) {
    if (name.equals("__VA_ARGS__") && m.variadic()) {
      int from = m.params().size();
      List<Token> rest = new ArrayList<>();
      for (int a = from; a < args.size(); a++) {
        if (a > from) {
          rest.add(new Token(TokenKind.PUNCTUATOR, ",", 0, 1, 1));
        }
        rest.addAll(args.get(a));
      }
      return rest;
    }
    int idx = m.params().indexOf(name);
    if (idx < 0) {
      return null;
    }
    return idx < args.size() ? args.get(idx) : List.of();
  }

  static String join(List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    Token prev = null;
    for (Token t : tokens) {
      if (prev != null && isWordish(prev) && isWordish(t)) {
        sb.append(' ');
      }
      sb.append(t.text());
      prev = t;
    }
    return sb.toString();
  }

  private static boolean isWordish(Token t) {
    TokenKind k = t.kind();
    return k == TokenKind.IDENTIFIER || k == TokenKind.NUMBER || k == TokenKind.STRING || k == TokenKind.CHAR;
  }
}
