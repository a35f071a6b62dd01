package dev.kport.harness.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command: subcommands only. */
@Command(
    name = "kport",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = 
        "Ports CUDA kernels to OpenCL (and, later, HIP), then runs the original and the ports on every "
        + "backend it finds, checks their outputs against a reference and times them.",
    subcommands = {
        TranslateCommand.class, ParseCommand.class, RunCommand.class, CheckCommand.class, BenchCommand.class,
        RecordCommand.class, ReportCommand.class, DevicesCommand.class, DemoCommand.class, WorkerCommand.class,
        AutoComplete.GenerateCompletion.class},
    footer = {
        "",
        "Exit codes: 0 success; 1 a wrong result, a failed build or translation errors;",
        "            2 a usage or spec error; 3 a bug in kport (add --verbose and report it).",
        "Every command takes --help. --verbose (anywhere) prints stack traces of internal errors."})
public final class KportCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @picocli.CommandLine.Option(names = "--verbose", scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "Print stack traces of internal errors.")
  boolean verbose;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is needed: translate, parse, run, check, bench, record, report, devices or demo");
  }
}
