package dev.kport.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code --help} on every command works and describes every option and parameter. */
class HelpTest {

  @TestFactory
  List<DynamicTest> everyCommandDescribesEveryOption() {
    List<DynamicTest> tests = new ArrayList<>();
    collect(Main.commandLine(), tests);
    return tests;
  }

  private static void collect(CommandLine cl, List<DynamicTest> tests) {
    String name = cl.getCommandSpec().qualifiedName();
    tests.add(DynamicTest.dynamicTest(name, () -> {
      for (OptionSpec o : cl.getCommandSpec().options()) {
        assertThat(String.join(" ", o.description())).as(name + " " + o.longestName()).isNotBlank();
      }
      for (PositionalParamSpec p : cl.getCommandSpec().positionalParameters()) {
        assertThat(String.join(" ", p.description())).as(name + " " + p.paramLabel()).isNotBlank();
      }
      List<String> args = new ArrayList<>(List.of(name.split(" ")).subList(1, name.split(" ").length));
      args.add("--help");
      Cli r = Cli.run(args.toArray(String[]::new));
      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).contains("Usage: " + name);
    }));
    cl.getSubcommands().values().forEach(sub -> collect(sub, tests));
  }
}
