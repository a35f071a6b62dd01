package dev.kport.translator;

import java.util.Locale;

/** What a CUDA source is translated into. */
public enum Target {
  /** Whole-file HIP C++: host and device code. */
  HIP("hip"),
  /** OpenCL C 1.2 device code only, with a kernel interface beside it. */
  OPENCL("cl");

  private final String extension;

  Target(String extension) {
    this.extension = extension;
  }

  /** File extension of the translated output, without the dot. */
  public String extension() {
    return extension;
  }

  public static Target parse(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "hip" -> HIP;
      case "opencl", "cl" -> OPENCL;
      default -> throw new IllegalArgumentException("unknown target '" + s + "' (expected hip or opencl)");
    };
  }
}
