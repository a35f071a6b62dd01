package dev.kport.translator.sema;

/** One spelling per builtin type, so {@code unsigned}, {@code unsigned int} and {@code int unsigned} compare equal. */
final class BuiltinTypes {
  private BuiltinTypes() {}

  static String canonical(String base) {
    if (base.isEmpty() || base.indexOf(' ') < 0 && !base.equals("unsigned") && !base.equals("signed")) {
      return base;
    }
    int longs = 0;
    boolean unsigned = false;
    boolean signed = false;
    String core = null;
    for (String w : base.split(" ")) {
      switch (w) {
        case "long": longs++; break;
        case "unsigned": unsigned = true; break;
        case "signed": signed = true; break;
        case "int": break;
        case "char": case "short": case "double": case "float": case "bool": case "void": case "__int128":
          core = w;
          break;
        default:
          return base; // not only builtin words: keep as written
      }
    }
    String name;
    if (core == null) {
      name = longs == 2 ? "long long" : longs == 1 ? "long" : "int";
    } else if (core.equals("double") && longs > 0) {
      name = "long double";
    } else {
      name = core;
    }
    if (unsigned) {
      return "unsigned " + name;
    }
    return signed && core != null && core.equals("char") ? "signed char" : name;
  }
}
