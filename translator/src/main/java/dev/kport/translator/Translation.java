package dev.kport.translator;

import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.iface.KernelInterface;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of translating one source: the text (always produced, even when some constructs
 * could not be translated), the diagnostics, and for OpenCL the kernel interface.
 */
public record Translation(String output, List<Diagnostic> diagnostics, Optional<KernelInterface> kernelInterface) {

  public Translation {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
  }
}
