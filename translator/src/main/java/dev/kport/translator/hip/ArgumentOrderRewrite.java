package dev.kport.translator.hip;

import dev.kport.translator.emit.TokenEdits;
import dev.kport.translator.lex.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A call whose HIP counterpart takes the same values in another order, or fewer of them: rows of
 * kind {@code args:ARITY:LIST} or {@code args:ARITY:LIST|N=NAME}. LIST names the CUDA arguments
 * (1-based) in the order the HIP call takes them; one left out is dropped. With {@code N=NAME} the
 * call is rewritten only when its Nth argument is NAME (cuDNN's tensor format, which MIOpen's 4-d
 * descriptors fix to NCHW). The separators between arguments (line breaks, comments) keep their
 * places; the arguments move between them.
 */
final class ArgumentOrderRewrite {

  private final int arity;
  private final int[] order;
  private final int conditionArgument;
  private final String conditionName;

  private ArgumentOrderRewrite(int arity, int[] order, int conditionArgument, String conditionName) {
    this.arity = arity;
    this.order = order;
    this.conditionArgument = conditionArgument;
    this.conditionName = conditionName;
  }

  /** Reads a row's kind, {@code args:9:1,8,2,3,4,5,6,7} or {@code args:7:1,3,4,5,6,7|2=CUDNN_TENSOR_NCHW}. */
  static ArgumentOrderRewrite parse(String kind) {
    String[] parts = kind.substring("args:".length()).split("\\|", 2);
    String[] arityAndList = parts[0].split(":", 2);
    int arity = Integer.parseInt(arityAndList[0]);
    String[] positions = arityAndList[1].split(",");
    int[] order = new int[positions.length];
    for (int k = 0; k < positions.length; k++) {
      order[k] = Integer.parseInt(positions[k]);
      if (order[k] < 1 || order[k] > arity) {
        throw new IllegalArgumentException(kind + ": argument " + order[k] + " is not among 1.." + arity);
      }
    }
    if (parts.length == 1) {
      return new ArgumentOrderRewrite(arity, order, 0, "");
    }
    String[] condition = parts[1].split("=", 2);
    return new ArgumentOrderRewrite(arity, order, Integer.parseInt(condition[0]), condition[1]);
  }

  /** Why the call at {@code open} cannot be rewritten, or empty when it can. */
  Optional<String> obstacle(List<Token> tokens, int open) {
    List<Tokens.Argument> args = Tokens.arguments(tokens, open);
    if (args.size() != arity) {
      return Optional.of("it is called with " + args.size() + " arguments, not " + arity);
    }
    if (conditionArgument > 0) {
      Tokens.Argument a = args.get(conditionArgument - 1);
      if (a.first() != a.last() || !tokens.get(a.first()).is(conditionName)) {
        return Optional.of("its HIP counterpart needs argument " + conditionArgument + " to be " + conditionName);
      }
    }
    return Optional.empty();
  }

  /**
   * Replaces the argument list of the call at {@code open} with the HIP order. Run after every
   * rename, so that each moved argument carries the renames made inside it.
   */
  void apply(List<Token> tokens, TokenEdits edits, int open) {
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
