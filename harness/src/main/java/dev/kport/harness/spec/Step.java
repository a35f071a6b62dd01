package dev.kport.harness.spec;

import java.util.List;
import java.util.stream.Stream;

/** One step of a spec, run in order as a CUDA host program would. Expressions are strings. */
public sealed interface Step {

  /** Where the step was written (line in the spec), for messages. */
  int line();

  /**
   * A kernel launch.
   *
   * @param kernel the CUDA entry: a name or an instantiation such as {@code reduce<float, 256>}
   * @param grid blocks per grid, 1 to 3 expressions; a 0 skips the launch
   * @param block threads per block, 1 to 3 expressions
   * @param shared dynamic shared memory bytes, an expression
   */
  record Launch(String kernel, List<String> grid, List<String> block, String shared, List<Arg> args, int line)
      implements Step {
    public Launch {
      grid = List.copyOf(grid);
      block = List.copyOf(block);
      args = List.copyOf(args);
    }
  }

  /** Runs {@code steps} for var = from .. to (both inclusive). */
  record Repeat(String var, String from, String to, List<Step> steps, int line) implements Step {
    public Repeat {
      steps = List.copyOf(steps);
    }
  }

  /** Sets every element of a buffer to one value. */
  record Fill(String buffer, double value, int line) implements Step {}

  /** Sets one element. */
  record Write(String buffer, String index, double value, int line) implements Step {}

  /** Copies a buffer into another of the same type and count. */
  record Copy(String from, String to, int line) implements Step {}

  /** Swaps two buffers' names, as a host program swaps two device pointers. */
  record Swap(String a, String b, int line) implements Step {}

  /** Every launch in these steps, repeats included, in order of appearance. */
  static Stream<Launch> launches(List<Step> steps) {
    return steps.stream().flatMap(s -> {
      if (s instanceof Launch l) {
        return Stream.of(l);
      }
      return s instanceof Repeat r ? launches(r.steps()) : Stream.empty();
    });
  }

  /** An argument of a launch. */
  sealed interface Arg {
    /** The name of a buffer. */
    record Buffer(String name) implements Arg {}

    /** A number, or an expression of size variables and defines; typed by the kernel parameter. */
    record Value(String expression) implements Arg {}

    /** A struct passed by value: one expression per field, in declaration order. */
    record Struct(List<String> fields) implements Arg {
      public Struct {
        fields = List.copyOf(fields);
      }
    }
  }

}
