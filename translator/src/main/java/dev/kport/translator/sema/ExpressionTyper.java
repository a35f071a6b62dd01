package dev.kport.translator.sema;

import dev.kport.translator.parse.tree.Decl;
import dev.kport.translator.parse.tree.Expr;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/** Types of expressions, computed on first request and remembered. */
final class ExpressionTyper {

  private static final Type BOOL = Type.scalar("bool");
  private static final Type INT = Type.scalar("int");
  private static final Type UINT = Type.scalar("unsigned int");
  private static final Type FLOAT = Type.scalar("float");
  private static final Type DOUBLE = Type.scalar("double");
  private static final Type SIZE = Type.scalar("size_t");
  private static final Type VOID = Type.scalar("void");
  private static final Type DIM3 = Type.scalar("dim3");
  private static final Type UINT3 = Type.scalar("uint3");
  private static final String[] RANKS = {"bool", "char", "signed char", "unsigned char", "short", "unsigned short",
      "int", "unsigned int", "long", "unsigned long", "long long", "unsigned long long", "float", "double"};
  /** Device functions whose result has the type of their first argument's pointee. */
  private static final Set<String> ATOMICS = Set.of("atomicAdd", "atomicSub", "atomicExch", "atomicMin",
      "atomicMax", "atomicInc", "atomicDec", "atomicCAS", "atomicAnd", "atomicOr", "atomicXor",
      "atomicAdd_system", "atomicAdd_block");
  /** Device functions whose result has the type of their second argument (the shuffles). */
  private static final Set<String> SHUFFLES = Set.of("__shfl_sync", "__shfl_up_sync", "__shfl_down_sync",
      "__shfl_xor_sync", "__shfl", "__shfl_up", "__shfl_down", "__shfl_xor");

  private final SemanticModel model;
  private final Sema sema;
  private final Map<Expr, Type> memo = new IdentityHashMap<>();

  ExpressionTyper(SemanticModel model, Sema sema) {
    this.model = model;
    this.sema = sema;
  }

  Type type(Expr e) {
    Type t = memo.get(e);
    if (t == null) {
      t = compute(e);
      memo.put(e, t);
    }
    return t;
  }

  private Type compute(Expr e) {
    if (e instanceof Expr.Literal l) {
      return literal(l);
    }
    if (e instanceof Expr.Name n) {
      return name(n);
    }
    if (e instanceof Expr.Paren p) {
      return type(p.inner());
    }
    if (e instanceof Expr.Unary u) {
      return unary(u);
    }
    if (e instanceof Expr.Binary b) {
      return binary(b);
    }
    if (e instanceof Expr.Assign a) {
      return type(a.target());
    }
    if (e instanceof Expr.Conditional c) {
      Type t = type(c.then());
      return t.isUnknown() ? type(c.otherwise()) : t;
    }
    if (e instanceof Expr.Index i) {
      Type base = type(i.base()).withoutReference();
      return base.isPointerLike() ? base.element() : Type.UNKNOWN;
    }
    if (e instanceof Expr.Member m) {
      return member(m);
    }
    if (e instanceof Expr.Call c) {
      return call(c);
    }
    if (e instanceof Expr.Cast c) {
      return sema.typeOf(c.type(), type(c.operand()).space());
    }
    if (e instanceof Expr.Construct c) {
      return c.type() == null ? Type.UNKNOWN : sema.typeOf(c.type(), AddressSpace.LOCAL);
    }
    if (e instanceof Expr.Builtin b) {
      return b.op().startsWith("sizeof") || b.op().startsWith("alignof") || b.op().startsWith("__alignof")
          ? SIZE : Type.UNKNOWN;
    }
    if (e instanceof Expr.New n) {
      return sema.typeOf(n.type(), AddressSpace.GENERIC).addressOf();
    }
    if (e instanceof Expr.Launch || e instanceof Expr.Delete || e instanceof Expr.Throw) {
      return VOID;
    }
    return Type.UNKNOWN;
  }

  private static Type literal(Expr.Literal l) {
    String t = l.text().toLowerCase(java.util.Locale.ROOT);
    switch (l.kind()) {
      case INT: {
        boolean unsigned = t.indexOf('u') >= 0 && !t.startsWith("0x") || t.startsWith("0x") && t.endsWith("u");
        int longs = t.endsWith("ll") || t.endsWith("llu") || t.endsWith("ull") ? 2
            : t.endsWith("l") || t.endsWith("lu") || t.endsWith("ul") ? 1 : 0;
        String base = longs == 2 ? "long long" : longs == 1 ? "long" : "int";
        return Type.scalar(unsigned ? "unsigned " + base : base);
      }
      case FLOAT:
        return t.endsWith("f") && !t.startsWith("0x") || t.startsWith("0x") && t.endsWith("f") ? FLOAT : DOUBLE;
      case CHAR:
        return Type.scalar("char");
      case STRING:
        return new Type("char", 1, true, false, 0, false, AddressSpace.GENERIC, false);
      case BOOL:
        return BOOL;
      case NULLPTR:
        return Type.scalar("std::nullptr_t");
      default:
        return Type.UNKNOWN;
    }
  }

  private Type name(Expr.Name n) {
    Symbol s = model.symbol(n);
    if (s != null) {
      // a function or type name has no value type of its own; calls and constructions ask the symbol
      return s.kind() == SymbolKind.FUNCTION || s.kind() == SymbolKind.KERNEL || s.kind() == SymbolKind.TYPE
          ? Type.UNKNOWN : s.type();
    }
    switch (n.name()) {
      case "threadIdx": case "blockIdx": return UINT3;
      case "blockDim": case "gridDim": return DIM3;
      case "warpSize": return INT;
      default: return Type.UNKNOWN;
    }
  }

  private Type unary(Expr.Unary u) {
    Type t = type(u.operand()).withoutReference();
    switch (u.op()) {
      case "*": return t.decayed().pointers() > 0 ? t.decayed().element() : Type.UNKNOWN;
      case "&": return t.isUnknown() ? Type.UNKNOWN : t.addressOf();
      case "!": case "not": return BOOL;
      default: return t.isPointerLike() ? t.decayed() : promoted(t);
    }
  }

  private Type binary(Expr.Binary b) {
    String op = b.op();
    switch (op) {
      case "==": case "!=": case "<": case ">": case "<=": case ">=": case "&&": case "||": case "and": case "or":
        return BOOL;
      case ",":
        return type(b.right());
      case "<<": case ">>":
        return promoted(type(b.left()));
      default:
        break;
    }
    Type l = type(b.left()).withoutReference();
    Type r = type(b.right()).withoutReference();
    if (l.isPointerLike() && r.isPointerLike() && op.equals("-")) {
      return Type.scalar("ptrdiff_t");
    }
    if (l.isPointerLike()) {
      return l.decayed();
    }
    if (r.isPointerLike()) {
      return r.decayed();
    }
    return arithmetic(l, r);
  }

  /** The usual arithmetic conversions, over the builtin types by rank; other types win as written. */
  private static Type arithmetic(Type l, Type r) {
    if (l.isUnknown()) {
      return r.isUnknown() ? Type.UNKNOWN : promoted(r);
    }
    if (r.isUnknown()) {
      return promoted(l);
    }
    int rl = rank(l.base());
    int rr = rank(r.base());
    if (rl < 0) { // a class type with operators, e.g. float4 * float: the operand's type, as a value
      return promoted(l);
    }
    if (rr < 0) {
      return promoted(r);
    }
    return promoted(rl >= rr ? l : r);
  }

  private static Type promoted(Type t) {
    int r = rank(t.base());
    if (r >= 0 && r < rank("int")) {
      return INT;
    }
    return t.isUnknown() ? t : new Type(t.base(), t.pointers(), false, false, t.arrayDims(), false,
        AddressSpace.LOCAL, t.dependent());
  }

  private static int rank(String base) {
    String b = base.equals("unsigned") ? "unsigned int" : base.equals("long int") ? "long" : base;
    for (int i = 0; i < RANKS.length; i++) {
      if (RANKS[i].equals(b)) {
        return i;
      }
    }
    return -1;
  }

  private Type member(Expr.Member m) {
    Type base = type(m.base()).withoutReference();
    if (m.arrow()) {
      base = base.decayed().pointers() > 0 ? base.decayed().element() : Type.UNKNOWN;
    }
    if (base.isUnknown() || base.pointers() > 0) {
      return Type.UNKNOWN;
    }
    Map<String, Symbol> f = sema.fields.get(base.base());
    if (f != null && f.containsKey(m.member())) {
      return f.get(m.member()).type();
    }
    return vectorComponent(base.base(), m.member());
  }

  /** {@code float4.x} is a float, {@code dim3.y} an unsigned int. */
  private static Type vectorComponent(String base, String member) {
    if (!(member.equals("x") || member.equals("y") || member.equals("z") || member.equals("w"))) {
      return Type.UNKNOWN;
    }
    if (base.equals("dim3") || base.equals("uint3")) {
      return UINT;
    }
    int digit = base.length() - 1;
    if (digit < 1 || base.charAt(digit) < '1' || base.charAt(digit) > '4') {
      return Type.UNKNOWN;
    }
    String scalar = base.substring(0, digit);
    switch (scalar) {
      case "float": return FLOAT;
      case "double": return DOUBLE;
      case "int": return INT;
      case "uint": return UINT;
      case "char": return Type.scalar("signed char");
      case "uchar": return Type.scalar("unsigned char");
      case "short": return Type.scalar("short");
      case "ushort": return Type.scalar("unsigned short");
      case "long": return Type.scalar("long");
      case "ulong": return Type.scalar("unsigned long");
      case "longlong": return Type.scalar("long long");
      case "ulonglong": return Type.scalar("unsigned long long");
      default: return Type.UNKNOWN;
    }
  }

  private Type call(Expr.Call c) {
    if (!(c.callee() instanceof Expr.Name n)) {
      if (c.callee() instanceof Expr.Member) {
        return Type.UNKNOWN;
      }
      return Type.UNKNOWN;
    }
    Symbol s = model.symbol(n);
    if (s != null) {
      if (s.kind() == SymbolKind.TYPE) {
        return s.type();
      }
      if (s.declaration() instanceof Decl.Function) {
        return s.type();
      }
    }
    String name = n.name();
    if (ATOMICS.contains(name)) {
      return model.pointeeOfFirstArgument(c).orElse(Type.UNKNOWN);
    }
    if (SHUFFLES.contains(name) && c.args().size() >= 2) {
      return type(c.args().get(1));
    }
    return builtinFunction(name, c);
  }

  private Type builtinFunction(String name, Expr.Call c) {
    if (name.startsWith("make_")) {
      return Type.scalar(name.substring(5));
    }
    if (name.startsWith("__float2int") || name.startsWith("__double2int") || name.equals("__popc")
        || name.equals("__clz") || name.equals("__ffs") || name.equals("abs")) {
      return INT;
    }
    if (name.startsWith("__float2uint") || name.startsWith("__ballot") || name.equals("__activemask")
        || name.equals("__lanemask_lt")) {
      return UINT;
    }
    if (name.startsWith("__int2float") || name.startsWith("__uint2float") || name.startsWith("__f")
        && name.endsWith("_rn") || name.equals("__expf") || name.equals("__logf") || name.equals("__sinf")
        || name.equals("__cosf") || name.equals("__powf") || name.equals("__saturatef")) {
      return FLOAT;
    }
    if (name.endsWith("f") && name.length() > 2 && Character.isLowerCase(name.charAt(0))
        && (name.startsWith("sqrt") || name.startsWith("exp") || name.startsWith("log") || name.startsWith("sin")
        || name.startsWith("cos") || name.startsWith("tan") || name.startsWith("pow") || name.startsWith("fabs")
        || name.startsWith("fmin") || name.startsWith("fmax") || name.startsWith("floor") || name.startsWith("ceil")
        || name.startsWith("rsqrt") || name.startsWith("fma") || name.startsWith("erf") || name.startsWith("round")
        || name.startsWith("atan") || name.startsWith("tanh") || name.startsWith("cbrt") || name.startsWith("hypot")
        || name.startsWith("trunc") || name.startsWith("fmod") || name.startsWith("copysign"))) {
      return FLOAT;
    }
    switch (name) {
      case "sqrt": case "exp": case "log": case "sin": case "cos": case "tan": case "pow": case "fabs":
      case "floor": case "ceil": case "fma": case "fmin": case "fmax": case "min": case "max": case "rsqrt":
      case "tanh": case "erf": case "round":
        return c.args().isEmpty() ? Type.UNKNOWN : promoted(type(c.args().get(0)).withoutReference());
      case "__syncthreads": case "__syncwarp": case "__threadfence": case "printf":
        return name.equals("printf") ? INT : VOID;
      case "__syncthreads_count": case "__any_sync": case "__all_sync":
        return INT;
      default:
        return Type.UNKNOWN;
    }
  }
}
