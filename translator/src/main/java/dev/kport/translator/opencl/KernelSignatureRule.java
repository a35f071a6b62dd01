package dev.kport.translator.opencl;

import dev.kport.translator.diag.Code;
import dev.kport.translator.emit.SourceText;
import dev.kport.translator.iface.KernelArg;
import dev.kport.translator.iface.KernelInterface;
import dev.kport.translator.outline.Declaration;
import dev.kport.translator.outline.Parameter;
import dev.kport.translator.outline.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import dev.kport.translator.iface.StructLayout;

/**
 * {@code __global__ void k(...)} to {@code __kernel void k(...)}: pointer parameters point to
 * {@code __global} memory, linkage and launch bounds go, and parameter types OpenCL forbids in a
 * kernel signature are reported. Returns the kernel's interface for the harness.
 */
final class KernelSignatureRule {

  /** Types whose size differs between host and device, which OpenCL therefore bans from kernel arguments. */
  private static final Set<String> FORBIDDEN = Set.of("size_t", "ptrdiff_t", "intptr_t", "uintptr_t", "bool", "half");


  private KernelSignatureRule() {}

  /**
   * Rewrites the signature and describes the arguments; {@code resolve} sees through type aliases
   * so the interface and the checks see the built-in type ({@code real_t} may be {@code float});
   * a kernel named like an OpenCL built-in ({@code clashes}) is renamed, and its interface says so.
   */
  static KernelInterface.Kernel apply(FunctionSite kernel, UnaryOperator<String> resolve, Set<String> clashes,
      Function<String, Optional<StructLayout>> layouts) {
    SourceText text = kernel.text();
    Declaration.Function decl = kernel.decl();
    for (int j = decl.item().first(); j < decl.nameIndex(); j++) {
      if (text.token(j).is("__global__")) {
        text.edits().replace(j, "__kernel");
      } else if (text.token(j).is("static") || text.token(j).is("inline")) {
        Signatures.deleteWord(text, j); // OpenCL kernels have external linkage only
      } else if (text.token(j).is("extern")) {
        int linkage = Tokens.nextSignificant(text.tokens(), j + 1, decl.nameIndex());
        Signatures.deleteWord(text, j);
        if (linkage >= 0 && text.token(linkage).kind() == dev.kport.translator.lex.TokenKind.STRING) {
          Signatures.deleteWord(text, linkage);
        }
      } else if (text.token(j).is("__launch_bounds__")) {
        j = Signatures.deleteWordWithArguments(text, j, decl.nameIndex());
      }
    }
    List<KernelArg> args = new ArrayList<>();
    for (Parameter p : decl.params()) {
      String element = resolve.apply(p.elementType());
      check(text, decl, p, element);
      if (p.isPointer()) {
        text.edits().insertBefore(p.first(), "__global ");
      }
      KernelArg.Space space = p.isPointer() ? KernelArg.Space.GLOBAL : KernelArg.Space.PRIVATE;
      Optional<StructLayout> layout = p.isPointer() ? Optional.empty() : layouts.apply(p.elementType());
      args.add(new KernelArg.Param(p.position(), p.name(), p.type(), element, p.isPointer(), space, layout));
    }
    String name = clashes.contains(decl.name()) ? ReservedNameRule.renamed(decl.name()) : decl.name();
    return new KernelInterface.Kernel(name, decl.name(), args);
  }

  private static void check(SourceText text, Declaration.Function decl, Parameter p, String element) {
    String where = "parameter '" + p.name() + "' of kernel '" + decl.name() + "'";
    if (p.reference()) {
      text.report(Code.REFERENCE_PARAMETER, p.first(), where + " is a reference (" + p.type() + ")");
    } else if (p.pointerDepth() > 1) {
      text.report(Code.KERNEL_PARAM_POINTER_TO_POINTER, p.first(), where + " is a pointer to a pointer (" + p.type()
          + ")");
    } else if (p.pointerDepth() == 0 && FORBIDDEN.contains(element)) {
      String seen = element.equals(p.elementType()) ? "" : " (" + element + ")";
      text.report(Code.KERNEL_PARAM_TYPE, p.first(), where + " has type " + p.type() + seen
          + ", which OpenCL kernels cannot take");
    }
  }
}
