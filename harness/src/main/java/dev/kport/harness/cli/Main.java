package dev.kport.harness.cli;

import dev.kport.harness.spec.SpecException;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * The {@code kport} command line. Exit codes: 0 all good; 1 a wrong result, a failed build or
 * translation errors; 2 a usage or spec error; 3 a bug in kport itself.
 */
public final class Main {

  public static final int EXIT_OK = 0;
  public static final int EXIT_FAILED = 1;
  public static final int EXIT_USAGE = 2;
  public static final int EXIT_BUG = 3;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs one command line with these streams, returning its exit code (tests call this). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    boolean verbose = Arrays.asList(args).contains("--verbose");
    CommandLine cl = commandLine();
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof SpecException || e instanceof UsageException) {
        commandLine.getErr().println("kport: " + e.getMessage());
        return EXIT_USAGE;
      }
      commandLine.getErr().println("kport: internal error: " + e
          + (verbose ? "" : " (run again with --verbose for the stack trace, and report it)"));
      if (verbose) {
        e.printStackTrace(commandLine.getErr());
      }
      return EXIT_BUG;
    });
    return cl.execute(args);
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new KportCommand());
    cl.setExitCodeExceptionMapper(e -> EXIT_USAGE);
    return cl;
  }
}
