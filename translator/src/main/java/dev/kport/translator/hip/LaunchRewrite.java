package dev.kport.translator.hip;

import dev.kport.translator.emit.TokenEdits;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code k<<<g, b, shm, s>>>(args)} becomes {@code hipLaunchKernelGGL(k, dim3(g), dim3(b), shm, s, args)};
 * a template kernel's name is wrapped in {@code HIP_KERNEL_NAME(...)} because the macro would split
 * it at the commas of its template arguments. A launch this does not understand stays as written
 * (hipcc accepts it). Runs after the renames: the parts are rendered with their edits applied.
 */
final class LaunchRewrite {

  private final List<Token> tokens;
  private final TokenEdits edits;

  LaunchRewrite(List<Token> tokens, TokenEdits edits) {
    this.tokens = tokens;
    this.edits = edits;
  }

  void run() {
    dev.kport.translator.lex.TokenList kinds = tokens instanceof dev.kport.translator.lex.TokenList l ? l : null;
    for (int i = 0; i < tokens.size(); i++) {
      if ((kinds != null ? kinds.kind(i) : tokens.get(i).kind()) == TokenKind.LAUNCH_OPEN) {
        rewrite(i);
      }
    }
  }

  private void rewrite(int open) {
    int nameStart = kernelNameStart(open);
    int close = matching(open, TokenKind.LAUNCH_CLOSE);
    int argsOpen = close < 0 ? -1 : Tokens.nextSignificant(tokens, close + 1);
    if (nameStart < 0 || argsOpen < 0 || !Tokens.is(tokens, argsOpen, "(")) {
      return;
    }
    int argsClose = closingParen(argsOpen);
    List<String> config = split(open + 1, close);
    if (argsClose < 0 || config.size() < 2 || config.size() > 4) {
      return;
    }
    String name = edits.render(nameStart, Tokens.previousSignificant(tokens, open - 1) + 1).strip();
    StringBuilder sb = new StringBuilder("hipLaunchKernelGGL(");
    sb.append(name.endsWith(">") ? "HIP_KERNEL_NAME(" + name + ")" : name);
    sb.append(", dim3(").append(config.get(0)).append("), dim3(").append(config.get(1)).append("), ");
    sb.append(config.size() > 2 ? config.get(2) : "0").append(", ").append(config.size() > 3 ? config.get(3) : "0");
    String args = edits.render(argsOpen + 1, argsClose);
    if (!args.isBlank()) {
      sb.append(", ").append(args);
    }
    sb.append(')');
    edits.replace(nameStart, argsClose + 1, sb.toString());
  }

  /** Start of {@code ns::k<T, 4>} before {@code <<<}, or -1. */
  private int kernelNameStart(int open) {
    int k = Tokens.previousSignificant(tokens, open - 1);
    if (k >= 0 && (Tokens.is(tokens, k, ">") || Tokens.is(tokens, k, ">>"))) {
      int depth = 0;
      for (; k >= 0; k--) {
        Token t = tokens.get(k);
        depth += t.is(">") ? 1 : t.is(">>") ? 2 : t.is("<") ? -1 : 0;
        if (depth == 0) {
          break;
        }
      }
      k = Tokens.previousSignificant(tokens, k - 1);
    }
    if (k < 0 || !tokens.get(k).isIdentifier()) {
      return -1;
    }
    int start = k;
    int sep = Tokens.previousSignificant(tokens, start - 1);
    while (sep >= 0 && Tokens.is(tokens, sep, "::")) {
      int before = Tokens.previousSignificant(tokens, sep - 1);
      start = before >= 0 && tokens.get(before).isIdentifier() ? before : sep;
      if (start == sep) {
        break;
      }
      sep = Tokens.previousSignificant(tokens, start - 1);
    }
    return start;
  }

  private int matching(int from, TokenKind kind) {
    for (int k = from + 1; k < tokens.size(); k++) {
      if (tokens.get(k).kind() == kind) {
        return k;
      }
    }
    return -1;
  }

  private int closingParen(int open) {
    int end = Tokens.firstArgumentEnd(tokens, open);
    while (end >= 0 && Tokens.is(tokens, end, ",")) {
      end = Tokens.firstArgumentEnd(tokens, end);
    }
    return end;
  }

  /** The launch configuration's parts, split at top-level commas, each rendered and trimmed. */
  private List<String> split(int from, int to) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = from;
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (t.is("(") || t.is("[") || t.is("{")) {
        depth++;
      } else if (t.is(")") || t.is("]") || t.is("}")) {
        depth--;
      } else if (t.is(",") && depth == 0) {
        parts.add(edits.render(start, k).strip());
        start = k + 1;
      }
    }
    parts.add(edits.render(start, to).strip());
    return parts;
  }
}
