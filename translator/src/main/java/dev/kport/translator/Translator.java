package dev.kport.translator;

import dev.kport.translator.diag.Code;
import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.hip.HipTranslator;
import dev.kport.translator.opencl.OpenClTranslator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Translates one CUDA source. Never throws on bad input: what cannot be read or translated comes
 * back as diagnostics, and the output is always produced.
 */
public final class Translator {

  private Translator() {}

  /** Reads {@code file} as UTF-8 and translates it; local includes are resolved from its folder. */
  public static Translation translate(Path file, TranslateOptions options) {
    String source;
    try {
      source = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      Diagnostic d = Code.UNREADABLE_SOURCE.at(file.toString(), 1, 1, "cannot read the source: " + e.getMessage());
      return new Translation("", List.of(d), Optional.empty());
    }
    return translate(file, source, options);
  }

  /**
   * Translates {@code source}, the text of {@code file} ({@code file} names it in diagnostics and
   * anchors its {@code #include "..."} lookups; it need not exist when there are none).
   */
  public static Translation translate(Path file, String source, TranslateOptions options) {
    if (options.target() == Target.HIP) {
      return translateToHip(file, source, options);
    }
    try {
      return OpenClTranslator.translate(file, source, options);
    } catch (RuntimeException e) {
      // our bug, not the user's: one diagnostic for this file, and the other files still translate
      Diagnostic d = Code.INTERNAL_ERROR.at(file.toString(), 1, 1, "the OpenCL translator failed: " + e);
      return new Translation(source, List.of(d), Optional.empty());
    }
  }

  private static Translation translateToHip(Path file, String source, TranslateOptions options) {
    try {
      return HipTranslator.translate(file, source, options);
    } catch (RuntimeException e) {
      // our bug, not the user's: one diagnostic for this file, and the other files still translate
      Diagnostic d = Code.INTERNAL_ERROR.at(file.toString(), 1, 1, "the HIP translator failed: " + e);
      return new Translation(source, List.of(d), Optional.empty());
    }
  }
}
