package dev.kport.translator.opencl;

import dev.kport.translator.emit.SourceText;
import dev.kport.translator.outline.Declaration;
import dev.kport.translator.outline.Parameter;
import dev.kport.translator.outline.Tokens;
import java.util.HashSet;
import java.util.Set;

/**
 * C++ references, which OpenCL C lacks, become pointers: a device function's {@code float &lo}
 * parameter is {@code float *lo} (its memory set by {@link DeviceFunctionRule}), each use of
 * {@code lo} in the body is {@code (*lo)}, and each call passes {@code &(arg)}. The callee then
 * reads and writes the caller's object, as the reference did.
 */
final class ReferenceRule {

  private ReferenceRule() {}

  /** Rewrites the signature and body of {@code f}, whose reference parameters become pointers. */
  static void applyToFunction(SourceText text, Declaration.Function f) {
    Set<String> names = new HashSet<>();
    for (Parameter p : f.params()) {
      if (!p.reference()) {
        continue;
      }
      names.add(p.name());
      for (int j = p.first(); j <= p.last(); j++) {
        if (text.token(j).is("&")) {
          text.edits().replace(j, "*");
        }
      }
    }
    if (names.isEmpty() || !f.hasBody()) {
      return;
    }
    for (int j = f.bodyOpen() + 1; j < f.bodyClose(); j++) {
      int previous = Tokens.previousSignificant(text.tokens(), j - 1);
      boolean member = Tokens.is(text.tokens(), previous, ".") || Tokens.is(text.tokens(), previous, "->");
      if (text.token(j).isIdentifier() && names.contains(text.token(j).text()) && !member) {
        text.edits().replace(j, "(*" + text.token(j).text() + ")");
      }
    }
  }

  /** Passes the address of each argument given for a reference parameter. */
  static void applyToCalls(SourceText text, BodyScan body) {
    for (BodyScan.Call call : body.calls()) {
      if (call.reference()) {
        text.edits().insertBefore(call.argFirst(), "&(");
        text.edits().insertBefore(call.argEnd(), ")");
      }
    }
  }
}
