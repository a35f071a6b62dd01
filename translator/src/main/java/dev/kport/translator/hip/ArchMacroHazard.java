package dev.kport.translator.hip;

import dev.kport.translator.diag.Code;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code __CUDA_ARCH__}, which hipcc does not define when it compiles for an AMD GPU: an
 * {@code #ifdef __CUDA_ARCH__} device branch silently drops out and the host branch is compiled
 * for the device instead. A condition that also tests {@code __HIP_DEVICE_COMPILE__} has been
 * ported already and is not reported; nor is the name in a comment or a string.
 */
final class ArchMacroHazard {

  private static final Pattern ARCH = Pattern.compile("\\b__CUDA_ARCH__\\b");
  private static final Pattern KEYWORD = Pattern.compile("^\\s*#\\s*(\\w+)");
  private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

  private ArchMacroHazard() {}

  static Hazard in(HazardContext c) {
    return new Hazard() {
      @Override
      public void directive(int i) {
        if (c.text(i).contains("__CUDA_ARCH__")) {
          ArchMacroHazard.directive(c, i);
        }
      }

      @Override
      public boolean wantsName(String s) {
        return s.equals("__CUDA_ARCH__");
      }

      @Override
      public void identifier(int i) {
        if (c.at(i, "__CUDA_ARCH__")) {
          c.report(Code.HIP_CUDA_ARCH, i, "__CUDA_ARCH__ is not defined by hipcc for AMD GPUs");
        }
      }
    };
  }

  private static void directive(HazardContext c, int i) {
    String text = blankComments(c.text(i));
    Matcher keyword = KEYWORD.matcher(text);
    Matcher arch = ARCH.matcher(text);
    if (!keyword.find() || keyword.group(1).equals("include") || !arch.find()
        || text.contains("__HIP_DEVICE_COMPILE__")) {
      return;
    }
    String what = switch (keyword.group(1)) {
      case "ifdef" -> "this device-only branch is never compiled, and its #else is compiled for the device";
      case "ifndef" -> "this host-only branch is compiled for the device too";
      case "if", "elif" -> text.contains("defined") ? "the device code this condition selects is never compiled"
          : "a test of __CUDA_ARCH__'s value is false on every AMD GPU";
      default -> "the macro is empty under hipcc for AMD GPUs";
    };
    c.reportInDirective(Code.HIP_CUDA_ARCH, i, arch.start(),
        "#" + keyword.group(1) + " on __CUDA_ARCH__, which hipcc does not define for AMD GPUs: " + what);
  }

  /** The directive with its comments replaced by blanks of the same length, so offsets still hold. */
  private static String blankComments(String text) {
    StringBuilder out = new StringBuilder(text);
    Matcher m = COMMENT.matcher(text);
    while (m.find()) {
      for (int k = m.start(); k < m.end(); k++) {
        if (out.charAt(k) != '\n') {
          out.setCharAt(k, ' ');
        }
      }
    }
    return out.toString();
  }
}
