package dev.kport.harness.run;

import dev.kport.harness.expr.Expressions;
import dev.kport.harness.spec.ElementType;
import dev.kport.harness.spec.KernelSpec;
import dev.kport.harness.spec.SpecException;
import dev.kport.harness.spec.Step;
import dev.kport.translator.iface.KernelArg;
import dev.kport.translator.iface.KernelInterface;
import dev.kport.translator.iface.StructLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks a spec's steps in order, evaluating grids, blocks and arguments, and hands each one to an
 * {@link Executor}. The kernel interface alone decides argument order, types and local-memory
 * arguments: nothing about a kernel's signature is guessed here.
 */
public final class StepInterpreter {

  private final KernelSpec spec;
  private final KernelInterface iface;
  private final Map<Step.Launch, KernelInterface.Kernel> kernels = new IdentityHashMap<>();

  public StepInterpreter(KernelSpec spec, KernelInterface iface) throws SpecException {
    this.spec = spec;
    this.iface = iface;
    for (Step.Launch l : Step.launches(spec.steps()).toList()) {
      kernels.put(l, kernelFor(l));
    }
  }

  /** Runs every step once with these variables (the size's variables and the defines). */
  public void run(Map<String, Double> variables, Executor executor) throws SpecException, DeviceException {
    run(spec.steps(), new HashMap<>(variables), executor);
  }

  private void run(List<Step> steps, Map<String, Double> vars, Executor ex) throws SpecException, DeviceException {
    for (Step step : steps) {
      if (step instanceof Step.Launch l) {
        launch(l, vars, ex);
      } else if (step instanceof Step.Repeat r) {
        long from = evalLong(r.from(), vars, r.line(), "repeat.from");
        long to = evalLong(r.to(), vars, r.line(), "repeat.to");
        Double outer = vars.get(r.var());
        for (long k = from; k <= to; k++) {
          vars.put(r.var(), (double) k);
          run(r.steps(), vars, ex);
        }
        restore(vars, r.var(), outer);
      } else if (step instanceof Step.Fill f) {
        ex.fill(f.buffer(), f.value());
      } else if (step instanceof Step.Write w) {
        ex.write(w.buffer(), evalLong(w.index(), vars, w.line(), "write.index"), w.value());
      } else if (step instanceof Step.Copy c) {
        ex.copy(c.from(), c.to());
      } else if (step instanceof Step.Swap s) {
        ex.swap(s.a(), s.b());
      }
    }
  }

  private static void restore(Map<String, Double> vars, String name, Double outer) {
    if (outer == null) {
      vars.remove(name);
    } else {
      vars.put(name, outer);
    }
  }

  private void launch(Step.Launch l, Map<String, Double> vars, Executor ex) throws SpecException, DeviceException {
    long[] grid = dims(l.grid(), vars, l.line(), "grid");
    long[] block = dims(l.block(), vars, l.line(), "block");
    for (long g : grid) {
      if (g == 0) {
        return; // a zero grid skips the launch, as CUDA code guards empty work
      }
    }
    if (grid.length != block.length) {
      throw error(l.line(), "grid", "has " + grid.length + " dimensions but block has " + block.length);
    }
    KernelInterface.Kernel k = kernels.get(l);
    List<LaunchArg> args = new ArrayList<>(k.args().size());
    for (KernelArg a : k.args()) {
      args.add(resolve(l, a, vars));
    }
    ex.launch(k.name(), grid, block, args);
  }

  private LaunchArg resolve(Step.Launch l, KernelArg a, Map<String, Double> vars)
      throws SpecException, DeviceException {
    if (a instanceof KernelArg.Param p) {
      Step.Arg given = l.args().get(p.index());
      String key = "args[" + p.index() + "]";
      if (p.pointer()) {
        if (given instanceof Step.Arg.Buffer b) {
          return new LaunchArg.Buffer(b.name());
        }
        throw error(l.line(), key, "parameter '" + p.name() + "' is a pointer (" + p.type()
            + ") and needs a buffer name, got " + describe(given));
      }
      if (given instanceof Step.Arg.Buffer b) {
        throw error(l.line(), key, "parameter '" + p.name() + "' is a " + p.type() + " scalar, but '"
            + b.name() + "' is a buffer");
      }
      if (given instanceof Step.Arg.Struct st) {
        // the field layout comes from the translator's kernel interface, never from a guess here
        StructLayout layout = p.layout().orElseThrow(() -> error(l.line(), key, "parameter '" + p.name() + "' ("
            + p.type() + ") is no struct whose layout kport knows, so it cannot take {struct: [...]}"));
        return new LaunchArg.Struct(pack(layout, st, vars, l.line(), key, p));
      }
      if (p.layout().isPresent()) {
        throw error(l.line(), key, "parameter '" + p.name() + "' is a struct (" + p.type()
            + "): give its fields as {struct: [...]}");
      }
      ElementType t = scalarType(p).orElseThrow(() -> error(l.line(), key, "parameter '" + p.name()
          + "' has type " + p.type() + ", which kport cannot pass yet (expected a scalar: "
          + ElementType.spellings() + ")"));
      return new LaunchArg.Scalar(t, eval(((Step.Arg.Value) given).expression(), vars, l.line(), key));
    }
    if (a instanceof KernelArg.DynamicShared) {
      return new LaunchArg.LocalBytes(evalLong(l.shared(), vars, l.line(), "shared"));
    }
    KernelArg.Symbol s = (KernelArg.Symbol) a;
    if (!spec.buffers().containsKey(s.name())) {
      throw error(l.line(), "kernel", "kernel '" + l.kernel() + "' reads the global '" + s.name()
          + "': declare a buffer named '" + s.name() + "' to fill it");
    }
    return new LaunchArg.Symbol(s.name(), s.bytes());
  }

  /** The fields' values at their offsets, each converted to its field's type, in the device's byte order. */
  private byte[] pack(StructLayout layout, Step.Arg.Struct st, Map<String, Double> vars, int line, String key,
      KernelArg.Param p) throws SpecException {
    if (st.fields().size() != layout.fields().size()) {
      throw error(line, key, "struct parameter '" + p.name() + "' has " + layout.fields().size() + " fields ("
          + String.join(", ", layout.fields().stream().map(StructLayout.Field::name).toList()) + "), the step gives "
          + st.fields().size());
    }
    ByteBuffer out = ByteBuffer.allocate((int) layout.bytes()).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < st.fields().size(); i++) {
      StructLayout.Field f = layout.fields().get(i);
      ElementType t = ElementType.parse(f.type()).orElseThrow(() -> error(line, key, "field '" + f.name()
          + "' has type " + f.type() + ", which kport cannot pack"));
      double value = eval(st.fields().get(i), vars, line, key + ".struct[" + i + "]");
      int at = (int) f.offset();
      for (int c = 0; c < t.width; c++, at += t.scalar.bytes) {
        switch (t.scalar) {
          case F32 -> out.putFloat(at, (float) value);
          case F64 -> out.putDouble(at, value);
          case I8, U8 -> out.put(at, (byte) (long) value);
          case I16, U16 -> out.putShort(at, (short) (long) value);
          case I32, U32 -> out.putInt(at, (int) (long) value);
          default -> out.putLong(at, (long) value);
        }
      }
    }
    return out.array();
  }

  private static String describe(Step.Arg given) {
    return given instanceof Step.Arg.Value v ? "'" + v.expression() + "'" : "a struct";
  }

  private final Map<KernelArg.Param, Optional<ElementType>> scalarTypes = new IdentityHashMap<>();

  /** The parameter's scalar type, worked out once: launches in long loops ask on every launch. */
  private Optional<ElementType> scalarType(KernelArg.Param p) {
    return scalarTypes.computeIfAbsent(p, q -> {
      String t = q.type().replace("const", "").replace("volatile", "").trim().replaceAll("\\s+", " ");
      return ElementType.parse(t).filter(e -> e.width == 1);
    });
  }

  private KernelInterface.Kernel kernelFor(Step.Launch l) throws SpecException {
    KernelInterface.Kernel k = iface.forEntry(l.kernel()).orElseThrow(() -> error(l.line(), "kernel",
        "no kernel '" + l.kernel() + "' in " + spec.source().getFileName() + " (it has: "
            + String.join(", ", iface.kernels().stream().map(KernelInterface.Kernel::entry).toList()) + ")"));
    long params = k.args().stream().filter(a -> a instanceof KernelArg.Param).count();
    if (params != l.args().size()) {
      List<String> names = k.args().stream().filter(a -> a instanceof KernelArg.Param)
          .map(a -> ((KernelArg.Param) a).name()).toList();
      throw error(l.line(), "args", "kernel '" + l.kernel() + "' takes " + params + " arguments ("
          + String.join(", ", names) + "), the step gives " + l.args().size());
    }
    return k;
  }

  private long[] dims(List<String> exprs, Map<String, Double> vars, int line, String key) throws SpecException {
    long[] d = new long[exprs.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = evalLong(exprs.get(i), vars, line, key + "[" + i + "]");
      if (d[i] < 0) {
        throw error(line, key + "[" + i + "]", "'" + exprs.get(i) + "' is " + d[i] + ", expected >= 0");
      }
    }
    return d;
  }

  private double eval(String expr, Map<String, Double> vars, int line, String key) throws SpecException {
    try {
      return Expressions.eval(expr, vars);
    } catch (IllegalArgumentException e) {
      throw error(line, key, e.getMessage());
    }
  }

  private long evalLong(String expr, Map<String, Double> vars, int line, String key) throws SpecException {
    try {
      return Expressions.evalLong(expr, vars);
    } catch (IllegalArgumentException e) {
      throw error(line, key, e.getMessage());
    }
  }

  private SpecException error(int line, String key, String message) {
    return new SpecException(spec.file(), line, "steps: " + key, message);
  }
}
