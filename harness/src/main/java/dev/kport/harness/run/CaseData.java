package dev.kport.harness.run;

import dev.kport.harness.data.BufferFactory;
import dev.kport.harness.data.HostBuffer;
import dev.kport.harness.expr.Expressions;
import dev.kport.harness.spec.BufferSpec;
import dev.kport.harness.spec.CheckSpec;
import dev.kport.harness.spec.KernelSpec;
import dev.kport.harness.spec.SpecException;
import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;
import dev.kport.kernels.ReferenceModels;
import dev.kport.harness.data.Npy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The inputs of one spec at one size, and what a correct kernel outputs for them: made once,
 * shared by every backend, never modified (each run uploads copies).
 *
 * @param variables the size's variables and the evaluated defines
 * @param defines the defines as every compiler's -D takes them
 * @param referenceError why the reference could not be computed, empty when it was
 */
record CaseData(Map<String, Double> variables, Map<String, String> defines, Map<String, HostBuffer> inputs, Map<String, HostBuffer> expected,
    Optional<String> referenceError) {

  static CaseData prepare(KernelSpec spec, String size) throws SpecException {
    return prepare(spec, size, Optional.empty());
  }

  /**
   * @param golden a folder made by {@code kport record}: its outputs are the expected ones, in
   *     place of the spec's own reference
   */
  static CaseData prepare(KernelSpec spec, String size, Optional<Path> golden) throws SpecException {
    Map<String, Double> vars = Expressions.variables(spec, size);
    Map<String, HostBuffer> inputs = new LinkedHashMap<>();
    for (BufferSpec b : spec.buffers().values()) {
      inputs.put(b.name(), BufferFactory.create(spec, b.name(), size));
    }
    Map<String, HostBuffer> expected = new LinkedHashMap<>();
    Optional<String> error = golden.isPresent() ? recorded(golden.get(), spec, size, inputs, expected)
        : reference(spec, size, vars, inputs, expected);
    return new CaseData(vars, Expressions.compilerDefines(spec, size), inputs, expected, error);
  }

  private static Optional<String> recorded(Path root, KernelSpec spec, String size, Map<String, HostBuffer> inputs,
      Map<String, HostBuffer> expected) {
    try {
      expected.putAll(GoldenFiles.expected(root, spec, size, inputs));
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.of(e.getMessage());
    }
  }

  private static Optional<String> reference(KernelSpec spec, String size, Map<String, Double> vars,
      Map<String, HostBuffer> inputs, Map<String, HostBuffer> expected) {
    if (spec.check().reference() instanceof CheckSpec.Reference.Golden g) {
      return goldenFiles(g, spec, size, inputs, expected);
    }
    if (spec.check().reference() instanceof CheckSpec.Reference.Backend b) {
      return Optional.of("the reference backend " + b.name() + " recorded no outputs for this case "
          + "(kport run and kport check run it first)");
    }
    CheckSpec.Reference.Model m = (CheckSpec.Reference.Model) spec.check().reference();
    Optional<ReferenceModel> model = ReferenceModels.byName(m.name());
    if (model.isEmpty()) {
      return Optional.of("no reference model named '" + m.name() + "'");
    }
    ReferenceData data = new ReferenceData();
    vars.forEach(data::var);
    inputs.forEach((name, buf) -> data.put(name, buf.toArray()));
    try {
      model.get().compute(data);
    } catch (RuntimeException e) {
      return Optional.of("reference model '" + m.name() + "' failed: " + e);
    }
    for (String out : spec.check().outputs()) {
      expected.put(out, HostBuffer.fromArray(inputs.get(out).type(), data.array(out)));
    }
    return Optional.empty();
  }

  private static Optional<String> goldenFiles(CheckSpec.Reference.Golden g, KernelSpec spec, String size,
      Map<String, HostBuffer> inputs, Map<String, HostBuffer> expected) {
    for (String out : spec.check().outputs()) {
      Path f = g.file(size, out);
      try {
        expected.put(out, Npy.read(f, inputs.get(out).type()));
      } catch (IOException | RuntimeException e) {
        return Optional.of("golden file " + f + ": " + e.getMessage());
      }
    }
    return Optional.empty();
  }

  /** Fresh copies of the inputs, for one upload. */
  Map<String, HostBuffer> inputCopies() {
    Map<String, HostBuffer> copies = new LinkedHashMap<>();
    inputs.forEach((k, v) -> copies.put(k, v.copy()));
    return copies;
  }

  /** The -D options of a build, each " -DNAME=VALUE". */
  String defineOptions() {
    StringBuilder sb = new StringBuilder();
    defines.forEach((name, value) -> sb.append(" -D").append(name).append('=').append(value));
    return sb.toString();
  }
}
