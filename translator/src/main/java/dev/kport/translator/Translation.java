package dev.kport.translator;

import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.iface.KernelInterface;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of translating one source: the text (always produced, even when some constructs
 * could not be translated), the diagnostics, for OpenCL the kernel interface, and for HIP what
 * was converted per API family.
 */
public record Translation(String output, List<Diagnostic> diagnostics, Optional<KernelInterface> kernelInterface,
    TranslationStats stats) {

  public Translation {
    diagnostics = List.copyOf(diagnostics);
  }

  /** A translation that counts nothing (OpenCL, or a file that could not be read). */
  public Translation(String output, List<Diagnostic> diagnostics, Optional<KernelInterface> kernelInterface) {
    this(output, diagnostics, kernelInterface, TranslationStats.EMPTY);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
  }
}
