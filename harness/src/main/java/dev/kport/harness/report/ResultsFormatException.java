package dev.kport.harness.report;

/**
 * A results file that is not one kport can read: not JSON, written by a newer kport, or not of
 * the schema. The message is one line for the user, naming the file and what is wrong.
 */
public final class ResultsFormatException extends Exception {

  public ResultsFormatException(String message) {
    super(message);
  }
}
