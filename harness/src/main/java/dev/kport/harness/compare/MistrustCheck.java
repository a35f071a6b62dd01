package dev.kport.harness.compare;

import dev.kport.harness.data.HostBuffer;
import java.util.Map;
import java.util.Optional;

/**
 * Flags expected outputs that cannot tell a right kernel from a wrong one: empty, all zero, one
 * value everywhere, or the same bytes as a buffer before the kernel ran (a kernel that writes
 * nothing would pass). What to do with a flag is the caller's choice.
 */
public final class MistrustCheck {

  private MistrustCheck() {}

  /**
   * Why {@code expected} proves little, or empty when it looks informative.
   *
   * @param initial buffers as initialised before the steps ran (inputs, and the output's own
   *     initial contents), by name
   */
  public static Optional<String> reason(HostBuffer expected, Map<String, HostBuffer> initial) {
    if (expected.scalars() == 0) {
      return Optional.of("the expected output is empty");
    }
    for (Map.Entry<String, HostBuffer> in : initial.entrySet()) {
      if (expected.sameContents(in.getValue())) {
        return Optional.of("the expected output is identical to '" + in.getKey()
            + "' as initialised: a kernel that does nothing would pass");
      }
    }
    double first = expected.getDouble(0);
    boolean constant = true;
    for (long i = 1; i < expected.scalars() && constant; i++) {
      double v = expected.getDouble(i);
      // +0 and -0 are the same value here, and NaN the same as NaN
      constant = v == first || (Double.isNaN(v) && Double.isNaN(first));
    }
    if (constant && first == 0) {
      return Optional.of("the expected output is all zero: a kernel that writes zeros or nothing would pass");
    }
    // a single value (a full reduction) is constant by nature; only a longer output says something
    if (constant && expected.scalars() > 1) {
      return Optional.of("the expected output is " + first + " everywhere: a kernel that writes one value would pass");
    }
    return Optional.empty();
  }
}
