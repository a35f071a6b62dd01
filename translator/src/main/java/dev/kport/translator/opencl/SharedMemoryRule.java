package dev.kport.translator.opencl;

import dev.kport.translator.diag.Code;
import dev.kport.translator.emit.SourceText;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.outline.Declaration;
import dev.kport.translator.outline.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code __shared__} variables of a kernel become {@code __local}. OpenCL allows them only at
 * kernel function scope, so one declared in a nested block moves to the top of the kernel body;
 * that is safe because CUDA gives such a variable one allocation per block anyway. Runs after
 * every other rule so the moved text carries their edits.
 */
final class SharedMemoryRule {

  /** One {@code __shared__} declaration statement: tokens {@code [start, end]}, its brace depth and names. */
  private record Shared(int keyword, int start, int end, int depth, List<String> names) {}

  private SharedMemoryRule() {}

  static void apply(SourceText text, Declaration.Function f, Set<String> typeNames, DeviceSharedHoisting hoisting) {
    List<Shared> found = find(text, f, typeNames);
    if (!f.isKernel()) {
      for (Shared s : found) {
        if (hoisting.moves(f, s.start())) {
          continue;
        }
        text.report(Code.SHARED_IN_DEVICE_FUNCTION, s.keyword(), "__shared__ " + String.join(", ", s.names())
            + " in device function '" + f.name() + "' kept as written");
      }
      return;
    }
    Map<String, Integer> counts = new HashMap<>();
    found.forEach(s -> s.names().forEach(n -> counts.merge(n, 1, Integer::sum)));
    List<String> hoisted = new ArrayList<>();
    for (Shared s : found) {
      boolean unique = s.names().stream().allMatch(n -> counts.get(n) == 1);
      if (s.depth() == 0 || !unique) {
        text.edits().replace(s.keyword(), "__local");
        if (!unique && s.depth() > 0) {
          text.report(Code.SHARED_NOT_HOISTABLE, s.keyword(), "__shared__ " + String.join(", ", s.names())
              + " is declared more than once in kernel '" + f.name() + "', so it cannot move to kernel scope");
        }
        continue;
      }
      hoisted.add(text.edits().render(s.start(), s.keyword()) + "__local"
          + text.edits().render(s.keyword() + 1, s.end() + 1));
      deleteLine(text, s.start(), s.end());
      text.report(Code.SHARED_HOISTED, s.keyword(), "__shared__ " + String.join(", ", s.names())
          + " moved to the top of kernel '" + f.name() + "'");
    }
    if (!hoisted.isEmpty()) {
      String indent = indentAfter(text, f.bodyOpen());
      StringBuilder block = new StringBuilder();
      hoisted.forEach(h -> block.append('\n').append(indent).append(h));
      text.edits().insertBefore(f.bodyOpen() + 1, block.toString());
    }
  }

  private static List<Shared> find(SourceText text, Declaration.Function f, Set<String> typeNames) {
    List<Shared> found = new ArrayList<>();
    int depth = 0;
    for (int j = f.bodyOpen() + 1; j < f.bodyClose(); j++) {
      List<Token> tokens = text.tokens();
      if (Tokens.is(tokens, j, "{")) {
        depth++;
      } else if (Tokens.is(tokens, j, "}")) {
        depth--;
      } else if (Tokens.is(tokens, j, "__shared__")) {
        int previous = Tokens.previousSignificant(text.tokens(), j - 1);
        if (Tokens.is(text.tokens(), previous, "extern")) {
          if (!DynamicSharedRule.isLowered(text, previous, j, f, typeNames)) {
            text.report(Code.DYNAMIC_SHARED, j, "extern __shared__ array kept as written");
          }
          continue;
        }
        int start = statementStart(text, j);
        LocalDeclaration d = LocalDeclaration.read(text, start, f.bodyClose(), typeNames);
        int end = statementEnd(text, j, f.bodyClose());
        List<String> names = d == null ? List.of("?")
            : d.declarators().stream().map(LocalDeclaration.Declarator::name).toList();
        found.add(new Shared(j, start, end, depth, names));
        j = end;
      }
    }
    return found;
  }

  private static int statementStart(SourceText text, int j) {
    int k = j;
    while (true) {
      int previous = Tokens.previousSignificant(text.tokens(), k - 1);
      Token p = previous < 0 ? null : text.token(previous);
      if (p == null || p.is(";") || p.is("{") || p.is("}") || p.kind() == TokenKind.DIRECTIVE) {
        return k;
      }
      k = previous;
    }
  }

  private static int statementEnd(SourceText text, int j, int limit) {
    for (int k = j; k < limit; k++) {
      if (Tokens.isOpener(text.token(k))) {
        k = Tokens.matching(text.tokens(), k, limit);
      } else if (text.token(k).is(";")) {
        return k;
      }
    }
    return limit - 1;
  }

  /** Deletes the statement, and its line too when nothing else is on it. */
  private static void deleteLine(SourceText text, int start, int end) {
    List<Token> tokens = text.tokens();
    int from = start;
    int to = end + 1;
    boolean blankBefore = from > 0 && tokens.get(from - 1).kind() == TokenKind.WHITESPACE
        && from > 1 && tokens.get(from - 2).kind() == TokenKind.NEWLINE;
    boolean newlineAfter = to < tokens.size() && tokens.get(to).kind() == TokenKind.NEWLINE;
    if (blankBefore && newlineAfter) {
      from--;
      to++;
    }
    text.edits().delete(from, to);
  }

  private static String indentAfter(SourceText text, int open) {
    List<Token> tokens = text.tokens();
    int k = open + 1;
    while (k < tokens.size() && tokens.get(k).isTrivia()) {
      if (tokens.get(k).kind() == TokenKind.WHITESPACE && k > 0 && tokens.get(k - 1).kind() == TokenKind.NEWLINE) {
        return tokens.get(k).text();
      }
      k++;
    }
    return "    ";
  }
}
