package dev.kport.translator.hip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.translator.Target;
import dev.kport.translator.TranslateOptions;
import dev.kport.translator.Translation;
import dev.kport.translator.Translator;
import dev.kport.translator.diag.Code;
import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.testing.CheckFile;
import dev.kport.translator.testing.CheckRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every portability hazard as a pair under {@code hip/hazards/}: {@code NAME.triggers.cu} must give
 * each hazard its {@code // DIAG:} lines name, on that line and nothing else; {@code NAME.clean.cu},
 * near-miss code, must give no hazard at all (other diagnostics, such as an unsupported API, are
 * still held to its DIAG lines).
 */
class HipHazardTest {

  static final Path HAZARDS = HipCheckTest.INPUTS.resolve("hazards");

  /** The codes of the hazards, as opposed to unsupported or renamed APIs. */
  static final Set<String> HAZARD_CODES = EnumSet.of(Code.HIP_INLINE_ASM, Code.HIP_WARP_WIDTH_LITERAL,
      Code.HIP_LANE_MASK_32_BIT, Code.HIP_BALLOT_IN_32_BITS, Code.HIP_WARP_SIZE_CONSTANT, Code.HIP_TEXTURE_REFERENCE,
      Code.HIP_SURFACE_REFERENCE, Code.HIP_CUDA_ARCH, Code.HIP_WARP_LOCKSTEP).stream().map(Code::id)
      .collect(Collectors.toSet());

  static Stream<String> hazards() throws IOException {
    try (Stream<Path> list = Files.list(HAZARDS)) {
      List<String> names = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cu"))
          .map(n -> n.replaceAll("\\.(triggers|clean)\\.cu$", "")).distinct().sorted().toList();
      assertThat(names).as("hazard pairs under " + HAZARDS.toAbsolutePath()).isNotEmpty();
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}.triggers.cu")
  @MethodSource("hazards")
  void triggeringFileGivesEachExpectedHazardOnItsLine(String name) throws IOException {
    Path file = HAZARDS.resolve(name + ".triggers.cu");
    assertThat(file).as("the input that triggers " + name).exists();
    CheckFile expectations = CheckFile.read(file, Files.readString(file));
    List<CheckFile.ExpectedDiagnostic> hazards = expectations.diagnostics().stream()
        .filter(d -> HAZARD_CODES.contains(d.code())).toList();
    assertThat(hazards).as(file + " expects some hazard").isNotEmpty();
    assertThat(hazards).as(file + ": every expected hazard names its line").allMatch(d -> d.line() > 0);
    Translation t = translate(file, expectations);
    CheckRunner.verify(expectations, file, t.output(), t.diagnostics());
  }

  @ParameterizedTest(name = "{0}.clean.cu")
  @MethodSource("hazards")
  void nearMissFileGivesNoHazard(String name) throws IOException {
    Path file = HAZARDS.resolve(name + ".clean.cu");
    assertThat(file).as("the near-miss input for " + name).exists();
    CheckFile expectations = CheckFile.read(file, Files.readString(file));
    assertThat(expectations.diagnostics()).as(file + " may expect no hazard")
        .noneMatch(d -> HAZARD_CODES.contains(d.code()));
    Translation t = translate(file, expectations);
    List<String> given = t.diagnostics().stream().filter(d -> HAZARD_CODES.contains(d.code()))
        .map(Diagnostic::format).toList();
    assertThat(given).as("hazards reported for near-miss code in " + file).isEmpty();
    CheckRunner.verify(expectations, file, t.output(), t.diagnostics());
  }

  private static Translation translate(Path file, CheckFile expectations) {
    TranslateOptions options = new TranslateOptions(Target.HIP, expectations.includeDirs(), expectations.defines(),
        expectations.entries());
    return Translator.translate(file, options);
  }
}
