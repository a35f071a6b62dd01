package dev.kport.harness.expr;

/**
 * An expression that cannot be evaluated: bad syntax, an unknown name, a value that is not what
 * the caller needs. The message is one line a user can act on, without the expression's context
 * (file, key), which the caller adds.
 */
public final class ExpressionException extends IllegalArgumentException {

  public ExpressionException(String message) {
    super(message);
  }
}
