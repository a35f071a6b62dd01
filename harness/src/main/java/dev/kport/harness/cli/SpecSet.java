package dev.kport.harness.cli;

import dev.kport.harness.spec.CheckSpec;
import dev.kport.harness.spec.KernelSpec;
import dev.kport.harness.spec.SpecException;
import dev.kport.harness.spec.SpecLoader;
import dev.kport.kernels.ReferenceModels;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads every spec a command names, reporting all spec errors at once (one line each) before
 * anything runs, as a compiler reports every error of a file.
 */
final class SpecSet {

  private SpecSet() {}

  /**
   * @return the loaded specs; throws after printing every error when any spec is bad
   */
  static List<KernelSpec> load(List<Path> paths, List<String> sizes, PrintWriter err) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new UsageException(p + ": no such file or directory");
      }
      try {
        List<Path> found = SpecLoader.findSpecs(p);
        if (found.isEmpty()) {
          throw new UsageException(p + ": no kernel.yaml below this folder");
        }
        files.addAll(found);
      } catch (IOException e) {
        throw new UsageException(p + ": cannot read: " + e.getMessage());
      }
    }
    List<KernelSpec> specs = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Path f : files) {
      try {
        KernelSpec spec = SpecLoader.load(f);
        check(spec, sizes);
        specs.add(spec);
      } catch (SpecException e) {
        errors.add(e.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      for (int i = 0; i < errors.size() - 1; i++) {
        err.println("kport: " + errors.get(i));
      }
      throw new UsageException(errors.get(errors.size() - 1)
          + (errors.size() > 1 ? " (" + errors.size() + " spec errors)" : ""));
    }
    return specs;
  }

  /** What the loader cannot know: the reference registry and the sizes asked on the command line. */
  private static void check(KernelSpec spec, List<String> sizes) throws SpecException {
    CheckSpec.Reference ref = spec.check().reference();
    if (ref instanceof CheckSpec.Reference.Model m && ReferenceModels.byName(m.name()).isEmpty()) {
      throw new SpecException(spec.file(), lineOf(spec.file(), "reference"), "check.reference",
          "no reference model named '" + m.name() + "' (registered: "
              + String.join(", ", ReferenceModels.all().keySet()) + ")");
    }
    for (String size : sizes) {
      if (!size.equals("all") && !spec.sizes().containsKey(size)) {
        throw new SpecException(spec.file(), lineOf(spec.file(), "sizes"), "sizes",
            "no size '" + size + "' (this spec has: " + String.join(", ", spec.sizes().keySet()) + ")");
      }
    }
  }

  /** The line where {@code key:} first appears in a spec, for errors found after loading; 0 if absent. */
  static int lineOf(Path spec, String key) {
    try {
      List<String> lines = Files.readAllLines(spec);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).matches("\\s*" + key + "\\s*:.*")) {
          return i + 1;
        }
      }
    } catch (IOException e) {
      // the spec was readable a moment ago; without its text the error still names file and key
    }
    return 0;
  }
}
