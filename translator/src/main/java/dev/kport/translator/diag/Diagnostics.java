package dev.kport.translator.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects diagnostics in the order they are found; one per place and code, however often it is reached. */
public final class Diagnostics {

  private final List<Diagnostic> found = new ArrayList<>();

  public void report(Code code, String file, int line, int column, String message) {
    Diagnostic d = code.at(file, line, column, message);
    boolean seen = found.stream().anyMatch(o -> o.file().equals(file) && o.line() == line && o.column() == column
        && o.code().equals(d.code()));
    if (!seen) {
      found.add(d);
    }
  }

  /** In file order as a reader meets them: by file, then line, then column. */
  public List<Diagnostic> all() {
    return found.stream().sorted(Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line)
        .thenComparingInt(Diagnostic::column)).toList();
  }
}
