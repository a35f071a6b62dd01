package dev.kport.translator.hip;

import dev.kport.translator.Target;
import dev.kport.translator.TranslateOptions;
import dev.kport.translator.Translation;
import dev.kport.translator.Translator;
import dev.kport.translator.testing.CheckFile;
import dev.kport.translator.testing.CheckRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * CHECK files for the HIP translation's modes: {@code hip/launch/*.cu} and the launch program under
 * {@code hip/programs} with {@code --launch-syntax hip}, {@code hip/branches/*.cu} with
 * {@code --active-branches-only}.
 */
class HipModeCheckTest {

  private static final Path HIP = Path.of("src", "test", "resources", "hip");

  @TestFactory
  Stream<DynamicTest> launchesAsHipLaunchKernelGgl() throws IOException {
    return checks(List.of(HIP.resolve("programs/launch_forms.cu")), o -> o.withLaunchSyntax(LaunchSyntax.HIP));
  }

  @TestFactory
  Stream<DynamicTest> activeBranchesOnly() throws IOException {
    return checks(list(HIP.resolve("branches")), o -> o.withActiveBranchesOnly(true));
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".cu")).sorted().toList();
    }
  }

  private static Stream<DynamicTest> checks(List<Path> files, UnaryOperator<TranslateOptions> mode) {
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), f.toUri(), () -> {
      CheckFile expectations = CheckFile.read(f, Files.readString(f));
      TranslateOptions options = mode.apply(new TranslateOptions(Target.HIP, expectations.includeDirs(),
          expectations.defines(), expectations.entries()));
      Translation t = Translator.translate(f, options);
      CheckRunner.verify(expectations, f, t.output(), t.diagnostics());
    }));
  }
}
