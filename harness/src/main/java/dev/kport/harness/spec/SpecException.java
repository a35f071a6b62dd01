package dev.kport.harness.spec;

import java.nio.file.Path;

/**
 * A spec the harness cannot use: one line naming the file, the line, the key and what was expected.
 * A user error, never printed with a stack trace.
 */
public final class SpecException extends Exception {

  private final Path file;
  private final int line;
  private final String key;
  private final String detail;

  public SpecException(Path file, int line, String key, String message) {
    super(file + (line > 0 ? ":" + line : "") + ": " + (key.isEmpty() ? "" : key + ": ") + message);
    this.file = file;
    this.line = line;
    this.key = key;
    this.detail = message;
  }

  /** What was wrong, without the file, line and key. */
  public String detail() {
    return detail;
  }

  public Path file() {
    return file;
  }

  public int line() {
    return line;
  }

  /** The dotted path of the offending key, e.g. {@code steps[0].args[2]}. */
  public String key() {
    return key;
  }
}
