package dev.kport.translator.opencl;

import dev.kport.translator.emit.SourceText;
import dev.kport.translator.iface.KernelArg.Space;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.outline.Declaration;
import dev.kport.translator.outline.Parameter;
import dev.kport.translator.outline.Parameters;
import dev.kport.translator.outline.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Walks one function body in order and tracks which memory each name points into: pointer
 * parameters (as far as known), {@code __shared__} variables, private arrays and scalars, and
 * local pointers from their initializer or first assignment. Records what each call to a device
 * function passes for its pointer parameters. Scopes are not modelled: a name means its latest
 * declaration, which is right for the code kernels are made of.
 */
final class BodyScan {

  /**
   * What a name denotes: the memory it lives in or points to (scalars count only when their
   * address is taken), and its element type.
   */
  private record Binding(Space space, boolean pointerValued, String type) {}

  /** A {@code __constant__}/{@code __device__} variable: its memory, whether an array, its element type. */
  record Global(Space space, boolean array, String type) {}

  /** A call to a CUDA atomic: the memory and element type its first argument points to, where known. */
  record AtomicCall(int nameIndex, Optional<Space> space, Optional<String> type) {}

  /**
   * A device-function call's argument for a pointer or reference parameter: tokens
   * {@code [argFirst, argEnd)}; {@code nameIndex} is the callee's name token, one per call.
   */
  record Call(String callee, int nameIndex, int position, Optional<Space> space, int argFirst, int argEnd,
      boolean reference) {}

  /** A pointer declared in the body; {@code space} is empty when it could not be told. */
  record LocalPointer(int declarationFirst, int nameIndex, String name, Optional<Space> space) {}

  /** A cast to a pointer type, {@code (float4 *)in}; the keyword goes before {@code typeFirst}. */
  record PointerCast(int typeFirst, Optional<Space> space) {}

  private final FunctionSite site;
  private final Function<String, Optional<Declaration.Function>> lookup;
  private final Function<String, Optional<Space>> returnSpace;
  private final Set<String> typeNames;
  private final Map<String, Binding> env = new HashMap<>();
  private final Map<String, LocalPointer> pointers = new HashMap<>();
  private final List<LocalPointer> locals = new ArrayList<>();
  private final List<Call> calls = new ArrayList<>();
  private final List<PointerCast> casts = new ArrayList<>();
  private final List<AtomicCall> atomics = new ArrayList<>();
  private final List<Space> returns = new ArrayList<>();

  /**
   * @param deviceFunctions the device function called by a name, if any
   * @param returnSpace the memory a device function's returned pointer points into, if known
   */
  BodyScan(FunctionSite site, Map<Integer, Space> paramSpaces, Set<String> typeNames, Map<String, Global> globals,
      Function<String, Optional<Declaration.Function>> deviceFunctions, Function<String, Optional<Space>> returnSpace) {
    this.site = site;
    this.typeNames = typeNames;
    this.lookup = deviceFunctions;
    this.returnSpace = returnSpace;
    globals.forEach((name, g) -> env.put(name, new Binding(g.space(), g.array(), g.type())));
    for (Parameter p : site.decl().params()) {
      if (!p.name().isEmpty()) {
        Space space = p.isPointer() || p.reference() ? paramSpaces.getOrDefault(p.position(), Space.GLOBAL)
            : Space.PRIVATE; // a reference lives where its referent does: &ref tells that memory
        env.put(p.name(), new Binding(space, p.isPointer(), p.elementType()));
      }
    }
  }

  BodyScan run() {
    SourceText text = site.text();
    List<Token> tokens = text.tokens();
    int close = site.decl().bodyClose();
    boolean atStatementStart = true;
    for (int j = site.decl().bodyOpen() + 1; j < close; j++) {
      TokenKind kind = LexedTokens.kind(tokens, j);
      if (kind.isTrivia() || kind == TokenKind.DIRECTIVE) {
        continue;
      }
      boolean identifier = kind == TokenKind.IDENTIFIER;
      if (atStatementStart && identifier) {
        LocalDeclaration d = LocalDeclaration.read(text, j, close, typeNames);
        if (d != null) {
          declare(d);
        }
      }
      boolean open = !identifier && Tokens.is(tokens, j, "(");
      if (identifier && (Tokens.is(tokens, j, "static_cast") || Tokens.is(tokens, j, "reinterpret_cast")
          || Tokens.is(tokens, j, "const_cast"))) {
        cppCast(j, close);
      } else if (identifier) {
        identifier(j, close);
      } else if (open) {
        cast(j, close);
      }
      atStatementStart = identifier ? Tokens.is(tokens, j, "else") || Tokens.is(tokens, j, "do")
          : Tokens.is(tokens, j, "{") || Tokens.is(tokens, j, "}") || Tokens.is(tokens, j, ";")
              || (open && Tokens.is(tokens, Tokens.previousSignificant(tokens, j - 1), "for"));
    }
    return this;
  }

  FunctionSite site() {
    return site;
  }

  List<Call> calls() {
    return calls;
  }

  List<LocalPointer> locals() {
    return locals;
  }

  List<PointerCast> casts() {
    return casts;
  }

  List<AtomicCall> atomics() {
    return atomics;
  }

  /** The memories of the pointers the body returns, one per {@code return} that tells. */
  List<Space> returns() {
    return returns;
  }

  /** {@code (type *) operand}: the cast keeps the operand's memory, which OpenCL wants spelled out. */
  private void cast(int open, int close) {
    List<Token> tokens = site.text().tokens();
    int typeFirst = Tokens.nextSignificant(tokens, open + 1, close);
    int end = pointerTypeEnd(typeFirst, close);
    if (end < 0 || !Tokens.is(tokens, end, ")")) {
      return;
    }
    int operand = Tokens.nextSignificant(tokens, end + 1, close);
    if (operand < 0) {
      return;
    }
    int operandEnd = Tokens.isOpener(tokens.get(operand)) ? Tokens.matching(tokens, operand, close) + 1 : operand + 1;
    int name = Tokens.nextSignificant(tokens, operand + 1, close);
    if (Tokens.is(tokens, operand, "&") && name >= 0) {
      operandEnd = name + 1; // &name: the name tells the memory
    }
    casts.add(new PointerCast(typeFirst, spaceOf(operand, operandEnd)));
  }

  /** {@code reinterpret_cast<type *>(operand)}, which {@link CppCastRule} turns into a C cast. */
  private void cppCast(int keyword, int close) {
    List<Token> tokens = site.text().tokens();
    int lt = Tokens.nextSignificant(tokens, keyword + 1, close);
    int typeFirst = Tokens.is(tokens, lt, "<") ? Tokens.nextSignificant(tokens, lt + 1, close) : -1;
    int end = pointerTypeEnd(typeFirst, close);
    int open = end < 0 || !Tokens.is(tokens, end, ">") ? -1 : Tokens.nextSignificant(tokens, end + 1, close);
    if (Tokens.is(tokens, open, "(")) {
      casts.add(new PointerCast(typeFirst, spaceOf(open, Tokens.matching(tokens, open, close) + 1)));
    }
  }

  /** Past {@code const float4 *} from {@code typeFirst}: the token after the stars, or -1 when not a pointer type. */
  private int pointerTypeEnd(int typeFirst, int close) {
    List<Token> tokens = site.text().tokens();
    int k = typeFirst;
    boolean sawType = false;
    while (k >= 0 && tokens.get(k).isIdentifier() && (LocalDeclaration.isType(tokens.get(k).text(), typeNames)
        || tokens.get(k).is("const") || tokens.get(k).is("volatile") || tokens.get(k).is("struct"))) {
      sawType |= LocalDeclaration.isType(tokens.get(k).text(), typeNames);
      k = Tokens.nextSignificant(tokens, k + 1, close);
    }
    int stars = 0;
    while (k >= 0 && (tokens.get(k).is("*") || tokens.get(k).is("const") || tokens.get(k).is("__restrict__"))) {
      stars += tokens.get(k).is("*") ? 1 : 0;
      k = Tokens.nextSignificant(tokens, k + 1, close);
    }
    return sawType && stars > 0 ? k : -1;
  }

  private void declare(LocalDeclaration d) {
    for (LocalDeclaration.Declarator v : d.declarators()) {
      if (d.shared()) {
        env.put(v.name(), new Binding(Space.LOCAL, v.array(), d.baseType()));
      } else if (v.stars() > 0) {
        Optional<Space> space = v.initFrom() < 0 ? Optional.empty() : spaceOf(v.initFrom(), v.initTo());
        LocalPointer p = new LocalPointer(d.first(), v.nameIndex(), v.name(), space);
        locals.add(p);
        pointers.put(v.name(), p);
        env.put(v.name(), new Binding(space.orElse(Space.PRIVATE), true, d.baseType()));
      } else {
        env.put(v.name(), new Binding(Space.PRIVATE, v.array(), d.baseType()));
      }
    }
  }

  private void identifier(int j, int close) {
    List<Token> tokens = site.text().tokens();
    String name = tokens.get(j).text();
    int next = Tokens.nextSignificant(tokens, j + 1, close);
    if (ThreadIndexRule.isMember(site.text(), j, site.decl().bodyOpen())) {
      return;
    }
    if (name.equals("return")) {
      spaceOf(j + 1, LocalDeclaration.initializerEnd(tokens, j + 1, close)).ifPresent(returns::add);
    } else if (Tokens.is(tokens, next, "(") && lookup.apply(name).isPresent()) {
      call(name, j, next, close);
    } else if (Tokens.is(tokens, next, "(") && AtomicRule.handles(name)) {
      List<int[]> args = Parameters.splitAtCommas(tokens, next + 1, Tokens.matching(tokens, next, close));
      List<Binding> target = args.isEmpty() ? List.of() : pointees(args.get(0)[0], args.get(0)[1] + 1);
      atomics.add(new AtomicCall(j, single(target.stream().map(Binding::space).toList()),
          single(target.stream().map(Binding::type).toList())));
    } else if (Tokens.is(tokens, next, "=") && pointers.containsKey(name)
        && pointers.get(name).space().isEmpty()) {
      LocalPointer p = pointers.get(name);
      Optional<Space> space = spaceOf(next + 1, LocalDeclaration.initializerEnd(tokens, next + 1, close));
      if (space.isPresent()) { // declared without a value: its first assignment tells the memory
        LocalPointer assigned = new LocalPointer(p.declarationFirst(), p.nameIndex(), name, space);
        locals.set(locals.indexOf(p), assigned);
        pointers.put(name, assigned);
        env.put(name, new Binding(space.get(), true, env.get(name).type()));
      }
    }
  }

  private void call(String callee, int nameIndex, int open, int close) {
    List<Token> tokens = site.text().tokens();
    int end = Tokens.matching(tokens, open, close);
    List<int[]> args = Parameters.splitAtCommas(tokens, open + 1, end);
    Declaration.Function f = lookup.apply(callee).orElseThrow();
    for (Parameter p : f.params()) {
      if ((p.isPointer() || p.reference()) && p.position() < args.size()) {
        int[] arg = args.get(p.position());
        Optional<Space> space = p.reference() ? lvalueSpace(arg[0], arg[1] + 1) : spaceOf(arg[0], arg[1] + 1);
        calls.add(new Call(callee, nameIndex, p.position(), space, arg[0], arg[1] + 1, p.reference()));
      }
    }
  }

  /** The memory an lvalue lives in: {@code tile[i]} where {@code tile} points, a plain local in private memory. */
  private Optional<Space> lvalueSpace(int from, int to) {
    Optional<Space> pointed = spaceOf(from, to);
    if (pointed.isPresent()) {
      return pointed;
    }
    List<Token> tokens = site.text().tokens();
    int first = Tokens.nextSignificant(tokens, from, to);
    Binding b = first >= 0 && tokens.get(first).isIdentifier() ? env.get(tokens.get(first).text()) : null;
    return b == null ? Optional.empty() : Optional.of(b.space());
  }

  /** The one memory the pointers in {@code [from, to)} point into, or empty when none or several. */
  Optional<Space> spaceOf(int from, int to) {
    List<Token> tokens = site.text().tokens();
    List<Space> spaces = new ArrayList<>();
    for (int j = from; j < to; j++) {
      if (tokens.get(j).kind() == TokenKind.STRING) {
        spaces.add(Space.CONSTANT); // OpenCL keeps string literals in __constant memory
      }
    }
    pointees(from, to).forEach(b -> spaces.add(b.space()));
    return single(spaces);
  }

  /**
   * What the pointers in {@code [from, to)} point into: names that are pointers or arrays, and
   * scalars whose address is taken. Subscripts and call arguments are values, so skipped.
   */
  private List<Binding> pointees(int from, int to) {
    List<Token> tokens = site.text().tokens();
    List<Binding> found = new ArrayList<>();
    for (int j = from; j < to; j++) {
      Token t = tokens.get(j);
      int previous = Tokens.previousSignificant(tokens, j - 1, from);
      if (t.is("[") || (t.is("(") && previous >= 0 && tokens.get(previous).isIdentifier())) {
        j = Tokens.matching(tokens, j, to);
        continue;
      }
      boolean call = Tokens.is(tokens, Tokens.nextSignificant(tokens, j + 1, to), "(");
      if (call && t.isIdentifier()) {
        returnSpace.apply(t.text()).ifPresent(space -> found.add(new Binding(space, true, "")));
        continue;
      }
      Binding b = t.isIdentifier() ? env.get(t.text()) : null;
      if (b == null || ThreadIndexRule.isMember(site.text(), j, from)) {
        continue;
      }
      if (b.pointerValued() || Tokens.is(tokens, previous, "&")) {
        found.add(b);
      }
    }
    return found;
  }

  /** The value when all agree, else empty. */
  private static <T> Optional<T> single(List<T> values) {
    return values.stream().distinct().count() == 1 ? Optional.of(values.get(0)) : Optional.empty();
  }
}
