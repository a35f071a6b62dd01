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
    Map<String, Double> vars = Expressions.variables(spec, size);
    Map<String, HostBuffer> inputs = new LinkedHashMap<>();
    for (BufferSpec b : spec.buffers().values()) {
      inputs.put(b.name(), BufferFactory.create(spec, b.name(), size));
    }
    Map<String, HostBuffer> expected = new LinkedHashMap<>();
    Optional<String> error = reference(spec, vars, inputs, expected);
    return new CaseData(vars, Expressions.compilerDefines(spec, size), inputs, expected, error);
  }

  private static Optional<String> reference(KernelSpec spec, Map<String, Double> vars, Map<String, HostBuffer> inputs,
      Map<String, HostBuffer> expected) {
    if (!(spec.check().reference() instanceof CheckSpec.Reference.Model m)) {
      return Optional.of("only Java reference models are supported so far");
    }
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
