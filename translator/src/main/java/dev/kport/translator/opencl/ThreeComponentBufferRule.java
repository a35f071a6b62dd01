package dev.kport.translator.opencl;

import dev.kport.translator.diag.Code;
import dev.kport.translator.emit.SourceText;
import dev.kport.translator.lex.Token;
import dev.kport.translator.outline.Declaration;
import dev.kport.translator.outline.Parameter;
import dev.kport.translator.outline.Tokens;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kernel's {@code float3 *p} buffer keeps CUDA's 12-byte elements: OpenCL pads {@code float3}
 * to 16 bytes, so the parameter becomes {@code float *p} and elements are read with
 * {@code vload3(i, p)} and written with {@code vstore3(v, i, p)}; {@code p[i].y} is the scalar
 * {@code p[3 * (i) + 1]}. Other uses of {@code p} (pointer arithmetic, passing it on) are reported.
 */
final class ThreeComponentBufferRule {

  private static final Pattern THREE = Pattern.compile("(u?(?:char|short|int|long)|float|double)3");
  private static final Set<String> COMPONENTS = Set.of("x", "y", "z");
  private static final Set<String> COMPOUND = Set.of("+=", "-=", "*=", "/=");

  private ThreeComponentBufferRule() {}

  /** Whether kernel parameter {@code p} is such a buffer (element type seen through aliases). */
  static boolean applies(Parameter p, UnaryOperator<String> resolve) {
    return p.pointerDepth() == 1 && THREE.matcher(resolve.apply(p.elementType())).matches();
  }

  /** Rewrites the signature and every use in the body of kernel {@code f}. */
  static void apply(SourceText text, Declaration.Function f, UnaryOperator<String> resolve) {
    for (Parameter p : f.params()) {
      if (!applies(p, resolve)) {
        continue;
      }
      Matcher m = THREE.matcher(resolve.apply(p.elementType()));
      m.matches();
      for (int j = p.first(); j <= p.last(); j++) {
        if (text.token(j).is(p.elementType())) {
          text.edits().replace(j, m.group(1));
        }
      }
      uses(text, f, p.name());
    }
  }

  private static void uses(SourceText text, Declaration.Function f, String name) {
    List<Token> tokens = text.tokens();
    for (int j = f.bodyOpen() + 1; j < f.bodyClose(); j++) {
      int previous = Tokens.previousSignificant(tokens, j - 1);
      boolean member = Tokens.is(tokens, previous, ".") || Tokens.is(tokens, previous, "->");
      if (!tokens.get(j).is(name) || member) {
        continue;
      }
      int open = Tokens.nextSignificant(tokens, j + 1, f.bodyClose());
      if (!Tokens.is(tokens, open, "[")) {
        text.report(Code.THREE_COMPONENT_POINTER, j, "'" + name + "' keeps CUDA's 12-byte elements, so only "
            + name + "[i] accesses are lowered");
        continue;
      }
      int close = Tokens.matching(tokens, open, f.bodyClose());
      String index = text.edits().render(open + 1, close).strip();
      int after = Tokens.nextSignificant(tokens, close + 1, f.bodyClose());
      int component = Tokens.nextSignificant(tokens, after + 1, f.bodyClose());
      if (Tokens.is(tokens, after, ".") && component >= 0 && COMPONENTS.contains(tokens.get(component).text())) {
        int c = "xyz".indexOf(tokens.get(component).text());
        text.edits().replace(j, component + 1, name + "[3 * (" + index + ") + " + c + "]");
      } else if (after >= 0 && (tokens.get(after).is("=") || COMPOUND.contains(tokens.get(after).text()))) {
        int end = LocalDeclaration.initializerEnd(tokens, after + 1, f.bodyClose());
        String op = tokens.get(after).text();
        String head = op.equals("=") ? "vstore3(" : "vstore3(vload3(" + index + ", " + name + ") "
            + op.charAt(0) + " (";
        int value = Tokens.nextSignificant(tokens, after + 1, end);
        text.edits().replace(j, value < 0 ? after + 1 : value, head);
        text.edits().insertBefore(end, (op.equals("=") ? "" : ")") + ", " + index + ", " + name + ")");
      } else {
        text.edits().replace(j, close + 1, "vload3(" + index + ", " + name + ")");
      }
      j = close;
    }
  }
}
