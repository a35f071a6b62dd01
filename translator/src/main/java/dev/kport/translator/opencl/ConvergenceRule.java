package dev.kport.translator.opencl;

import dev.kport.translator.diag.Code;
import dev.kport.translator.emit.SourceText;
import dev.kport.translator.lex.Token;
import dev.kport.translator.outline.Declaration;
import dev.kport.translator.outline.Tokens;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Warp emulation puts barriers in every warp primitive, and every work-item of the group must
 * reach a barrier; CUDA code often calls warp primitives under a branch one warp takes
 * ({@code if (warp == 0) sum = warp_reduce(sum);}) or after a warp skips ahead
 * ({@code if (ballot == 0) continue;}). This rule makes such code convergent by predication:
 * the condition is kept in a flag, every work-item runs the warp calls, and only the work-items
 * the branch selects run the other statements or keep the calls' results. Declarations run for
 * all (their names stay in scope). What cannot be predicated is reported.
 */
final class ConvergenceRule {

  private final SourceText text;
  private final List<Token> tokens;
  private final Predicate<Integer> warpCallAt;
  private final Set<String> typeNames;
  private int flags;

  private ConvergenceRule(SourceText text, Predicate<Integer> warpCallAt, Set<String> typeNames) {
    this.text = text;
    this.tokens = text.tokens();
    this.warpCallAt = warpCallAt;
    this.typeNames = typeNames;
  }

  /** @param warpCallAt whether the token at an index names a call that must be reached by every work-item */
  static void apply(SourceText text, Declaration.Function f, Predicate<Integer> warpCallAt, Set<String> typeNames) {
    try {
      new ConvergenceRule(text, warpCallAt, typeNames).block(f.bodyOpen() + 1, f.bodyClose(), false);
    } catch (RuntimeException damaged) { // brackets that do not pair up: no statements to predicate
      text.report(Code.WARP_CALL_DIVERGENT, f.nameIndex(), "cannot read the statements of '" + f.name()
          + "' to check that every work-item reaches its warp primitives");
    }
  }

  /** Statements in {@code [from, to)}, run by every work-item; {@code loop}: they are a loop's body. */
  private void block(int from, int to, boolean loop) {
    List<int[]> statements = Statements.split(tokens, from, to);
    for (int i = 0; i < statements.size(); i++) {
      int[] s = statements.get(i);
      if (!hasWarpCall(s[0], s[1])) {
        if (loop && isSkip(s) && laterWarpCall(statements, i)) {
          String flag = newFlag();
          int close = condition(s[0])[1];
          text.edits().replace(s[0], "const int " + flag + " = !");
          text.edits().replace(close + 1, s[1] + 1, ";");
          text.report(Code.WARP_CALL_PREDICATED, s[0], "warp primitives below run for every work-item; the "
              + "statements they guard run only where this condition is false");
          predicate(statements.subList(i + 1, statements.size()), flag);
          return;
        }
        continue;
      }
      statement(s, loop);
    }
  }

  /** A statement with a warp call, run by every work-item. */
  private void statement(int[] s, boolean loop) {
    Token t = tokens.get(s[0]);
    if (t.is("{")) {
      block(s[0] + 1, s[1], loop);
    } else if (t.is("for") || t.is("while")) {
      int[] head = condition(s[0]);
      body(head[1] + 1, s[1], true);
    } else if (t.is("if") && !hasElse(s)) {
      int[] head = condition(s[0]);
      String flag = newFlag();
      text.edits().replace(s[0], "{ const int " + flag + " =");
      text.edits().insertBefore(head[1] + 1, ";");
      text.edits().insertBefore(s[1] + 1, " }");
      text.report(Code.WARP_CALL_PREDICATED, s[0], "warp primitives in this branch run for every work-item; the "
          + "statements around them only where the condition holds");
      predicateBody(head[1] + 1, s[1], flag);
    } else if (t.is("if") || t.is("do") || t.is("switch")) {
      text.report(Code.WARP_CALL_DIVERGENT, s[0], "a warp primitive under this branch may not be reached by "
          + "every work-item, which its emulation needs");
    }
  }

  private void body(int from, int last, boolean loop) {
    int first = Tokens.nextSignificant(tokens, from, last + 1);
    if (Tokens.is(tokens, first, "{")) {
      block(first + 1, last, loop);
    } else if (first >= 0) {
      statement(new int[] {first, last}, loop);
    }
  }

  private void predicateBody(int from, int last, String flag) {
    int first = Tokens.nextSignificant(tokens, from, last + 1);
    if (Tokens.is(tokens, first, "{")) {
      predicate(Statements.split(tokens, first + 1, last), flag);
    } else if (first >= 0) {
      predicate(List.of(new int[] {first, last}), flag);
    }
  }

  /** Statements that only the work-items where {@code flag} holds may run for effect. */
  private void predicate(List<int[]> statements, String flag) {
    for (int[] s : statements) {
      boolean declaration = LocalDeclaration.read(text, s[0], s[1] + 1, typeNames) != null;
      if (declaration || (!hasWarpCall(s[0], s[1]) && tokens.get(s[0]).kind() == dev.kport.translator.lex.TokenKind.DIRECTIVE)) {
        continue; // declarations stay visible to what follows; their initializers run everywhere
      }
      if (!hasWarpCall(s[0], s[1])) {
        text.edits().insertBefore(s[0], "if (" + flag + ") { ");
        text.edits().insertBefore(s[1] + 1, " }");
        continue;
      }
      Token t = tokens.get(s[0]);
      if (t.is("{")) {
        predicate(Statements.split(tokens, s[0] + 1, s[1]), flag);
      } else if (t.is("for") || t.is("while")) {
        predicateBody(condition(s[0])[1] + 1, s[1], flag);
      } else if (t.is("if") && !hasElse(s)) {
        int[] head = condition(s[0]);
        String inner = newFlag();
        text.edits().replace(s[0], "{ const int " + inner + " = " + flag + " &&");
        text.edits().insertBefore(head[1] + 1, ";");
        text.edits().insertBefore(s[1] + 1, " }");
        predicateBody(head[1] + 1, s[1], inner);
      } else if (!assignment(s, flag)) {
        text.report(Code.WARP_CALL_DIVERGENT, s[0], "cannot make this statement run for every work-item while "
            + "keeping its effect to the work-items the branch selects");
      }
    }
  }

  /** {@code lhs op= call(...);}: the call runs everywhere, the assignment where {@code flag} holds. */
  private boolean assignment(int[] s, String flag) {
    for (int k = s[0]; k < s[1]; k++) {
      Token t = tokens.get(k);
      if (Tokens.isOpener(t)) {
        k = Tokens.matching(tokens, k, s[1]);
      } else if (t.text().endsWith("=") && !Set.of("==", "!=", "<=", ">=").contains(t.text())) {
        if (hasWarpCall(s[0], k)) {
          return false;
        }
        String lhs = text.edits().render(s[0], Tokens.previousSignificant(tokens, k - 1) + 1).strip();
        String value = "kport_v" + (++flags);
        text.edits().replace(s[0], k + 1, "{ __typeof__(" + lhs + ") " + value + " =");
        text.edits().insertBefore(s[1] + 1, " if (" + flag + ") " + lhs + " " + t.text() + " " + value + "; }");
        return true;
      }
    }
    if (s[1] > s[0] && !WarpCallRule.row(tokens.get(s[0]).text()).isPresent()) {
      text.report(Code.WARP_CALL_UNGUARDED, s[0], "this call runs for every work-item, also those the branch "
          + "leaves out, so that each reaches the warp primitives inside");
    }
    return s[1] > s[0]; // a bare call: it runs everywhere, as the emulation needs
  }

  private boolean isSkip(int[] s) {
    if (!tokens.get(s[0]).is("if") || hasElse(s)) {
      return false;
    }
    int body = Tokens.nextSignificant(tokens, condition(s[0])[1] + 1, s[1] + 1);
    int word = Tokens.is(tokens, body, "{") ? Tokens.nextSignificant(tokens, body + 1, s[1] + 1) : body;
    return Tokens.is(tokens, word, "continue");
  }

  private boolean laterWarpCall(List<int[]> statements, int i) {
    return statements.subList(i + 1, statements.size()).stream().anyMatch(s -> hasWarpCall(s[0], s[1]));
  }

  /** The parentheses after {@code if}/{@code for}/{@code while} at {@code keyword}. */
  private int[] condition(int keyword) {
    int open = Tokens.nextSignificant(tokens, keyword + 1, tokens.size());
    return new int[] {open, Tokens.matching(tokens, open, tokens.size())};
  }

  private boolean hasElse(int[] s) {
    int[] head = condition(s[0]);
    int bodyFirst = Tokens.nextSignificant(tokens, head[1] + 1, s[1] + 1);
    int bodyLast = Statements.end(tokens, bodyFirst, s[1] + 1);
    return bodyLast < s[1];
  }

  private boolean hasWarpCall(int first, int last) {
    for (int k = first; k <= last; k++) {
      if (tokens.get(k).isIdentifier() && warpCallAt.test(k)) {
        return true;
      }
    }
    return false;
  }

  private String newFlag() {
    return "kport_on" + (++flags);
  }
}
