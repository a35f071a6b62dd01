package dev.kport.testing;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints every skipped test with its reason on the console, where Maven's summary shows only a
 * count: a test that needs a missing backend or tool must say so where people look.
 * Registered for every module's test run through META-INF/services.
 */
public final class SkipReasonPrinter implements TestExecutionListener {

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    print(test, reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      print(test, result.getThrowable().map(Throwable::getMessage).orElse("no reason given"));
    }
  }

  private static void print(TestIdentifier test, String reason) {
    String why = reason.replaceFirst("^Assumption failed: ", "");
    System.out.println("SKIPPED " + test.getDisplayName() + ": " + why);
  }
}
