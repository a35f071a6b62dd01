package dev.kport.harness.cli;

/** The user asked for something that cannot be done as asked: one line, exit code 2, no stack trace. */
public final class UsageException extends RuntimeException {

  public UsageException(String message) {
    super(message);
  }
}
