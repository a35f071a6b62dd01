package dev.kport.translator.hip;

import dev.kport.translator.emit.TokenEdits;
import dev.kport.translator.lex.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A call whose HIP counterpart takes the same values in another order, or fewer of them, or whose
 * CUDA versions differ in arity: rows of kind {@code args:ALT/ALT...}, each ALT
 * {@code ARITY[>HIP_NAME]:LIST[|N=VALUE]}. The alternative whose ARITY is the call's is taken:
 * LIST names the CUDA arguments (1-based) in the order the HIP call takes them, one left out is
 * dropped; HIP_NAME, when given, replaces the row's HIP name; {@code N=VALUE} asks argument N to be
 * VALUE ({@code null} meaning NULL, nullptr or 0), as a dropped argument must say nothing HIP could
 * not. The separators between arguments (line breaks, comments) keep their places; the arguments
 * move between them.
 */
final class ArgumentOrderRewrite {

  private static final Set<String> NULLS = Set.of("NULL", "nullptr", "0");

  /** One arity's rewrite. */
  record Alternative(int arity, Optional<String> hipName, int[] order, int conditionArgument, String conditionValue) {

    boolean keepsOrder() {
      if (order.length != arity) {
        return false;
      }
      for (int k = 0; k < order.length; k++) {
        if (order[k] != k + 1) {
          return false;
        }
      }
      return true;
    }
  }

  private final List<Alternative> alternatives;

  private ArgumentOrderRewrite(List<Alternative> alternatives) {
    this.alternatives = alternatives;
  }

  /** Reads a row's kind, e.g. {@code args:9:1,8,2,3,4,5,6,7} or {@code args:5:1,2,3,4,5/3>hipX:1,2,3}. */
  static ArgumentOrderRewrite parse(String kind) {
    List<Alternative> alternatives = new ArrayList<>();
    for (String alternative : kind.substring("args:".length()).split("/")) {
      alternatives.add(alternative(kind, alternative));
    }
    return new ArgumentOrderRewrite(alternatives);
  }

  private static Alternative alternative(String kind, String text) {
    String[] parts = text.split("\\|", 2);
    String[] head = parts[0].split(":", 2);
    String[] arityAndName = head[0].split(">", 2);
    int arity = Integer.parseInt(arityAndName[0]);
    Optional<String> hipName = arityAndName.length == 2 ? Optional.of(arityAndName[1]) : Optional.empty();
    String[] positions = head[1].split(",");
    int[] order = new int[positions.length];
    for (int k = 0; k < positions.length; k++) {
      order[k] = Integer.parseInt(positions[k]);
      if (order[k] < 1 || order[k] > arity) {
        throw new IllegalArgumentException(kind + ": argument " + order[k] + " is not among 1.." + arity);
      }
    }
    if (parts.length == 1) {
      return new Alternative(arity, hipName, order, 0, "");
    }
    String[] condition = parts[1].split("=", 2);
    int argument = Integer.parseInt(condition[0]);
    if (argument < 1 || argument > arity) {
      throw new IllegalArgumentException(kind + ": condition on argument " + argument + " of " + arity);
    }
    return new Alternative(arity, hipName, order, argument, condition[1]);
  }

  List<Alternative> alternatives() {
    return alternatives;
  }

  /** The alternative for the call at {@code open}, or why none fits (as the right half of a sentence). */
  Choice choose(List<Token> tokens, int open) {
    List<Tokens.Argument> args = Tokens.arguments(tokens, open);
    List<Integer> arities = new ArrayList<>();
    for (Alternative a : alternatives) {
      arities.add(a.arity());
      if (a.arity() != args.size()) {
        continue;
      }
      if (a.conditionArgument() > 0 && !holds(tokens, args.get(a.conditionArgument() - 1), a.conditionValue())) {
        return new Choice(Optional.empty(), "its HIP counterpart needs argument " + a.conditionArgument() + " to be "
            + a.conditionValue());
      }
      return new Choice(Optional.of(a), "");
    }
    return new Choice(Optional.empty(), "it is called with " + args.size() + " arguments; HIP's counterpart"
        + " is written for " + arities.stream().map(String::valueOf).reduce((x, y) -> x + " or " + y).orElse("")
        + " of this call's");
  }

  /** The alternative taken, or the reason none was. */
  record Choice(Optional<Alternative> alternative, String obstacle) {}

  private static boolean holds(List<Token> tokens, Tokens.Argument a, String value) {
    if (a.first() != a.last()) {
      return false;
    }
    String text = tokens.get(a.first()).text();
    return value.equals("null") ? NULLS.contains(text) : text.equals(value);
  }

  /**
   * Replaces the argument list of the call at {@code open} with the HIP order. Run after every
   * rename, so that each moved argument carries the renames made inside it.
   */
  static void apply(Alternative alternative, List<Token> tokens, TokenEdits edits, int open) {
    int[] order = alternative.order();
    List<Tokens.Argument> args = Tokens.arguments(tokens, open);
    int close = Tokens.closing(tokens, open);
    List<String> separators = new ArrayList<>();
    for (int k = 0; k + 1 < args.size(); k++) {
      separators.add(edits.render(args.get(k).last() + 1, args.get(k + 1).first()));
    }
    StringBuilder out = new StringBuilder("(").append(edits.render(open + 1, args.get(0).first()));
    for (int k = 0; k < order.length; k++) {
      Tokens.Argument a = args.get(order[k] - 1);
      out.append(edits.render(a.first(), a.last() + 1));
      out.append(k + 1 < order.length ? separators.get(k) : edits.render(args.get(args.size() - 1).last() + 1, close));
    }
    edits.replace(open, close + 1, out.append(')').toString());
  }
}
