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
 * @param variant the hand-written file used instead of the translation's text, if any
 */
record TranslatedKernel(Optional<Translation> translation, Optional<String> error, DerivedTolerance defaultTolerance,
    Optional<Path> variant) {

  TranslatedKernel(Optional<Translation> translation, Optional<String> error, DerivedTolerance defaultTolerance) {
    this(translation, error, defaultTolerance, Optional.empty());
  }

  /** The backend column of cells running this: {@code opencl}, or {@code opencl:NAME} for variants/NAME.cl. */
  String backendLabel(String backend) {
    return variant.map(v -> {
      String name = v.getFileName().toString();
      return backend + ":" + name.substring(0, name.lastIndexOf('.'));
    }).orElse(backend);
  }

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

  /**
   * A hand-written OpenCL version of the spec's kernels, launched through the translation's kernel
   * interface: it must define each kernel the translation does, with the same arguments in order.
   */
  static TranslatedKernel variant(KernelSpec spec, Path file) {
    TranslatedKernel translated = translate(spec);
    if (!translated.ok()) {
      return new TranslatedKernel(translated.translation(), Optional.of("the translation, whose kernel interface "
          + file.getFileName() + " is launched with, failed: " + translated.error().get()),
          translated.defaultTolerance(), Optional.of(file));
    }
    String source;
    try {
      source = Files.readString(file);
    } catch (IOException e) {
      return new TranslatedKernel(Optional.empty(), Optional.of(file + ": cannot read: " + e.getMessage()),
          translated.defaultTolerance(), Optional.of(file));
    }
    Translation t = translated.translation().get();
    for (var k : t.kernelInterface().get().kernels()) {
      if (!java.util.regex.Pattern.compile("\\b(__)?kernel\\s+void\\s+" + java.util.regex.Pattern.quote(k.entry())
          + "\\s*\\(").matcher(source).find()) {
        return new TranslatedKernel(Optional.empty(), Optional.of(shortest(file) + ": expected a kernel '" + k.entry()
            + "' (the variant is launched like the translation, whose kernels are: "
            + t.kernelInterface().get().kernels().stream().map(x -> x.entry()).collect(Collectors.joining(", "))
            + ")"), translated.defaultTolerance(), Optional.of(file));
      }
    }
    Translation hand = new Translation(source, java.util.List.of(), t.kernelInterface());
    return new TranslatedKernel(Optional.of(hand), Optional.empty(), translated.defaultTolerance(),
        Optional.of(shortest(file)));
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
    if (variant.isPresent()) {
      return new StageResult.Ok("hand-written " + variant.get() + ", launched through the translation's interface");
    }
    long warnings = translation.get().diagnostics().stream()
        .filter(d -> d.severity() == Diagnostic.Severity.WARNING).count();
    int kernels = translation.get().kernelInterface().get().kernels().size();
    return new StageResult.Ok(kernels + " kernel" + (kernels == 1 ? "" : "s") + ", " + warnings + " warning"
        + (warnings == 1 ? "" : "s"));
  }
}
