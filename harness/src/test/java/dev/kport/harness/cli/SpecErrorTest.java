package dev.kport.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bad spec gets one line naming the file, the line, the key and what was expected; exit 2; no stack trace. */
class SpecErrorTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "missing_key    | kernel.yaml:1: | source   | missing",
      "wrong_type     | kernel.yaml:11: | block   | got a map",
      "unknown_buffer | kernel.yaml:12: | args[3] | 'z'"})
  void badSpecIsOneLineWithFileLineAndKey(String dir, String fileAndLine, String key, String expected) {
    Cli r = Cli.run("run", "src/test/resources/e2e/" + dir, "--backends", "opencl");
    assertThat(r.exitCode()).isEqualTo(Main.EXIT_USAGE);
    String err = r.err().strip();
    assertThat(err.lines()).hasSize(1);
    assertThat(err).contains(dir + "/" + fileAndLine).contains(key).contains(expected);
    assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }
}
