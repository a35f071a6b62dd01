package dev.kport.harness.run;

import dev.kport.harness.spec.KernelSpec;
import dev.kport.translator.MathPrecision;
import dev.kport.translator.Target;
import dev.kport.translator.TranslateOptions;
import dev.kport.translator.Translation;
import dev.kport.translator.Translator;
import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.lex.Lexer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A spec's source translated to OpenCL once, shared by every size and device.
 *
 * @param error why translation failed, empty when it worked
 */
record TranslatedKernel(Optional<Translation> translation, Optional<String> error, DerivedTolerance defaultTolerance) {

  static TranslatedKernel translate(KernelSpec spec) {
    // -D values are not baked into the .cl: each build passes them, as a CUDA build would
    TranslateOptions opts = new TranslateOptions(Target.OPENCL, spec.includes(), Map.of(), spec.entries());
    Translation t = Translator.translate(shortest(spec.source()), opts);
    DerivedTolerance tolerance = derivedTolerance(spec);
    if (t.hasErrors() || t.kernelInterface().isEmpty()) {
      String errors = t.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR)
          .map(Diagnostic::format).collect(Collectors.joining("\n"));
      return new TranslatedKernel(Optional.of(t), Optional.of(errors.isEmpty() ? "no kernel interface" : errors),
          tolerance);
    }
    return new TranslatedKernel(Optional.of(t), Optional.empty(), tolerance);
  }

  /** From the original source: the math it calls and whether it divides. */
  private static DerivedTolerance derivedTolerance(KernelSpec spec) {
    String source;
    try {
      source = Files.readString(spec.source());
    } catch (IOException e) {
      return DerivedTolerance.forOpenCl(Map.of(), false); // translation reports the unreadable file
    }
    boolean divides = Lexer.lex(source).stream().anyMatch(tok -> tok.text().equals("/") || tok.text().equals("/="));
    return DerivedTolerance.forOpenCl(MathPrecision.calledIn(source), divides);
  }

  /** The source as the user would name it: relative to the working directory when below it. */
  private static Path shortest(Path source) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = source.toAbsolutePath().normalize();
    return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
  }

  boolean ok() {
    return error.isEmpty();
  }

  /** The translate stage's outcome as a cell reports it. */
  StageResult stage() {
    if (!ok()) {
      return new StageResult.Failed(error.get());
    }
    long warnings = translation.get().diagnostics().stream()
        .filter(d -> d.severity() == Diagnostic.Severity.WARNING).count();
    int kernels = translation.get().kernelInterface().get().kernels().size();
    return new StageResult.Ok(kernels + " kernel" + (kernels == 1 ? "" : "s") + ", " + warnings + " warning"
        + (warnings == 1 ? "" : "s"));
  }
}
