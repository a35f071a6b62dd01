package dev.kport.translator.parse;

import dev.kport.translator.lex.Token;
import dev.kport.translator.parse.tree.Decl;
import dev.kport.translator.parse.tree.Node;
import dev.kport.translator.parse.tree.NodeList;
import dev.kport.translator.parse.tree.Specifiers;
import dev.kport.translator.parse.tree.TypeName;
import dev.kport.translator.preprocess.PreprocessorView;
import java.util.ArrayList;
import java.util.List;

/** Declaration specifiers (CUDA, storage, cv, the type itself) and type-ids. */
abstract class TypeParser extends PrimaryParser {

  TypeParser(String file, List<Token> tokens, PreprocessorView view) {
    super(file, tokens, view);
  }

  /** Members of a class body, between the braces; supplied by the declaration grammar. */
  abstract List<Decl> memberSpecification(String className);

  /** An enum body, supplied by the declaration grammar. */
  abstract Decl.Enum enumSpecifier(int start);

  @Override
  final TypeName typeId() {
    DeclSpec ds = declSpecifiers(false);
    try {
      if (!ds.hasType) {
        throw error("expected a type");
      }
      Declarator d = declarator(true, false);
      TypeName type = ds.type(d);
      release(d);
      return type;
    } finally {
      release(ds); // also when a speculative read fails here, as most casts tried are not
    }
  }

  @Override
  final TypeName conversionTypeId() {
    DeclSpec ds = declSpecifiers(false);
    if (!ds.hasType) {
      throw error("expected a conversion type");
    }
    Declarator d = obtainDeclarator();
    pointerOperators(d);
    d.last = lastIdx();
    TypeName type = ds.type(d);
    release(d);
    release(ds);
    return type;
  }

  @Override
  final boolean startsTypeId() {
    return Tok.startsTypeId(c());
  }

  @Override
  final boolean definitelyType() {
    int k = c();
    if (k != Tok.IDENT && k != Tok.SCOPE) {
      return startsTypeId();
    }
    if (k == Tok.IDENT && c(1) != Tok.SCOPE) { // a plain name: answered by its spelling number
      String name = nameAt(p);
      int id = id(p);
      return names.isType(name, id) || (names.isTemplate(name, id) && c(1) == Tok.LT);
    }
    String name = lookaheadName();
    return names.isType(name) || (names.isTemplate(name) && c(nameLength()) == Tok.LT);
  }

  /** The qualified name at the cursor without template arguments, e.g. {@code std::size_t}. */
  private String lookaheadName() {
    if (c() == Tok.IDENT && c(1) != Tok.SCOPE) {
      return text();
    }
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (true) {
      if (c(i) == Tok.SCOPE) {
        sb.append("::");
        i++;
      }
      if (c(i) != Tok.IDENT) {
        break;
      }
      sb.append(text(i));
      i++;
      if (c(i) != Tok.SCOPE || c(i + 1) != Tok.IDENT) {
        break;
      }
    }
    return sb.toString();
  }

  private int nameLength() {
    int i = c() == Tok.SCOPE ? 1 : 0;
    while (c(i) == Tok.IDENT && c(i + 1) == Tok.SCOPE && c(i + 2) == Tok.IDENT) {
      i += 2;
    }
    return i + 1;
  }

  /**
   * Reads specifiers and the type until the declarator starts. With {@code inClass}, a name
   * followed by {@code (} may be a constructor, which the caller sorts out.
   */
  final DeclSpec declSpecifiers(boolean inClass) {
    DeclSpec ds = obtainDeclSpec();
    ds.first = idx();
    while (true) {
      int k = c();
      if (k == Tok.IDENT) { // the commonest: none of the keyword tests below apply to a name
        if (ds.hasType) {
          return ds;
        }
        if (!specifierMacro(ds)) {
          namedType(ds);
        }
      } else if (Tok.isCudaSpecifier(k)) {
        cudaSpecifier(ds, k);
      } else if (k >= Tok.K_TYPEDEF && k <= Tok.K_THREAD_LOCAL && k != Tok.K_CONST && k != Tok.K_VOLATILE) {
        ds.flags |= storageFlag(k);
        advance();
      } else if (k == Tok.K_CONSTEVAL || k == Tok.K_CONSTINIT) {
        ds.flags |= Specifiers.CONSTEXPR;
        advance();
      } else if (k == Tok.K_CONST) {
        ds.isConst = true;
        advance();
      } else if (k == Tok.K_VOLATILE) {
        ds.isVolatile = true;
        advance();
      } else if (k == Tok.K_RESTRICT) {
        advance();
      } else if (k == Tok.K_ATTRIBUTE || k == Tok.K_DECLSPEC || k == Tok.K_ALIGNAS) {
        attribute(ds);
      } else if (k == Tok.LBRACKET && c(1) == Tok.LBRACKET) {
        int from = idx();
        skipBalanced();
        ds.addExtra(spell(from, lastIdx()));
      } else if (Tok.isBuiltinTypeWord(k)) {
        if (ds.hasType && !ds.builtinWords) {
          return ds;
        }
        builtinWord(ds);
      } else if (ds.hasType) {
        return ds;
      } else if (k == Tok.K_AUTO) {
        setType(ds, "auto", idx());
        advance();
      } else if (k == Tok.K_STRUCT || k == Tok.K_CLASS || k == Tok.K_UNION) {
        recordSpecifier(ds);
      } else if (k == Tok.K_ENUM) {
        enumSpec(ds);
      } else if (k == Tok.K_TYPENAME) {
        advance();
        namedType(ds);
      } else if (k == Tok.K_DECLTYPE) {
        int from = idx();
        advance();
        skipBalanced();
        setType(ds, spell(from, lastIdx()), from);
      } else if (k == Tok.SCOPE) {
        namedType(ds);
      } else {
        return ds;
      }
    }
  }

  private void cudaSpecifier(DeclSpec ds, int k) {
    switch (k) {
      case Tok.C_GLOBAL: ds.flags |= Specifiers.GLOBAL; break;
      case Tok.C_DEVICE: ds.flags |= Specifiers.DEVICE; break;
      case Tok.C_HOST: ds.flags |= Specifiers.HOST; break;
      case Tok.C_SHARED: ds.flags |= Specifiers.SHARED; break;
      case Tok.C_CONSTANT: ds.flags |= Specifiers.CONSTANT; break;
      case Tok.C_MANAGED: ds.flags |= Specifiers.MANAGED; break;
      case Tok.C_FORCEINLINE: ds.flags |= Specifiers.FORCEINLINE; break;
      case Tok.C_NOINLINE: ds.flags |= Specifiers.NOINLINE; break;
      case Tok.C_INLINE: ds.flags |= Specifiers.INLINE; break;
      case Tok.C_GRID_CONSTANT: ds.flags |= Specifiers.GRID_CONSTANT; break;
      case Tok.C_LAUNCH_BOUNDS:
        advance();
        ds.launchBounds = callArguments();
        return;
      case Tok.C_ALIGN: {
        int from = idx();
        advance();
        skipBalanced();
        ds.addExtra(spell(from, lastIdx()));
        return;
      }
      default:
        break;
    }
    advance();
  }

  private static int storageFlag(int k) {
    switch (k) {
      case Tok.K_TYPEDEF: return Specifiers.TYPEDEF;
      case Tok.K_EXTERN: return Specifiers.EXTERN;
      case Tok.K_STATIC: return Specifiers.STATIC;
      case Tok.K_INLINE: return Specifiers.INLINE;
      case Tok.K_CONSTEXPR: return Specifiers.CONSTEXPR;
      case Tok.K_VIRTUAL: return Specifiers.VIRTUAL;
      case Tok.K_EXPLICIT: return Specifiers.EXPLICIT;
      case Tok.K_FRIEND: return Specifiers.FRIEND;
      case Tok.K_MUTABLE: return Specifiers.MUTABLE;
      case Tok.K_REGISTER: return Specifiers.REGISTER;
      case Tok.K_THREAD_LOCAL: return Specifiers.THREAD_LOCAL;
      default: return 0;
    }
  }

  private void attribute(DeclSpec ds) {
    int from = idx();
    advance();
    if (c() == Tok.LPAREN) {
      skipBalanced();
    }
    ds.addExtra(spell(from, lastIdx()));
  }

  /** {@code unsigned long long int}: builtin words combine into one base spelled with single spaces. */
  private void builtinWord(DeclSpec ds) {
    String w = nameAt(p); // a keyword, read by the lexer as a name
    if (!ds.hasType) {
      setType(ds, w, idx());
      ds.builtinWords = true;
    } else {
      ds.base = joined(ds.base, w);
      ds.typeLast = idx();
    }
    advance();
  }

  /**
   * The last few spellings of builtin words joined by {@link #builtinWord}, by the identity of the
   * two texts joined: a file writes the same {@code unsigned int} over and over, and each name's
   * text is one shared string, so most joins are found here instead of being built again.
   */
  private final String[] joinedBases = new String[4];
  private final String[] joinedWords = new String[4];
  private final String[] joinedTexts = new String[4];
  private int nextJoined;

  /** {@code base + " " + word}, the same text as a fresh join, shared where this file made it before. */
  private String joined(String base, String word) {
    for (int i = 0; i < joinedTexts.length; i++) {
      if (joinedBases[i] == base && joinedWords[i] == word) {
        return joinedTexts[i];
      }
    }
    String text = base + " " + word;
    int slot = nextJoined++ & (joinedTexts.length - 1);
    joinedBases[slot] = base;
    joinedWords[slot] = word;
    joinedTexts[slot] = text;
    return text;
  }

  private void setType(DeclSpec ds, String base, int from) {
    ds.base = base;
    ds.hasType = true;
    ds.typeFirst = from;
    ds.typeLast = lastIdx() >= from ? lastIdx() : from;
  }

  /**
   * An identifier before the type that is not a type: an object-like macro expanding to
   * specifiers ({@code #define HD __host__ __device__}), or an unknown macro directly followed by
   * a declaration keyword.
   */
  private boolean specifierMacro(DeclSpec ds) {
    String name = nameAt(p); // at a name
    int id = id(p);
    int flags = names.specifierFlags(name, id);
    if (flags >= 0) {
      ds.flags |= flags;
      ds.addExtra(name);
      advance();
      return true;
    }
    int next = c(1);
    if (!names.isType(name, id) && next != Tok.K_CONST && next != Tok.K_VOLATILE
        && (Tok.isCudaSpecifier(next) || Tok.isBuiltinTypeWord(next)
        || (next >= Tok.K_TYPEDEF && next <= Tok.K_THREAD_LOCAL) || next == Tok.K_STRUCT
        || next == Tok.K_TEMPLATE || next == Tok.K_AUTO)) {
      ds.addExtra(name);
      advance();
      if (c() == Tok.LPAREN) {
        skipBalanced();
      }
      return true;
    }
    return false;
  }

  /** A (qualified, templated) type name: {@code thrust::device_vector<float>}, {@code T::value_type}. */
  private void namedType(DeclSpec ds) {
    int from = idx();
    int fromPos = p;
    if (accept(Tok.SCOPE)) {
      // global qualifier
    }
    List<Node> args = NodeList.of();
    while (true) {
      accept(Tok.K_TEMPLATE);
      identifier("a type name");
      args = NodeList.of();
      if (c() == Tok.LT) {
        args = templateArguments();
      }
      if (c() == Tok.SCOPE && (c(1) == Tok.IDENT || c(1) == Tok.K_TEMPLATE)) {
        advance();
        continue;
      }
      break;
    }
    // one word, the usual case: its text without going back to the token list
    setType(ds, p == fromPos + 1 && gtSplit == 0 ? nameAt(fromPos) : spell(from, lastIdx()), from);
    ds.templateArgs = args;
  }

  private void recordSpecifier(DeclSpec ds) {
    int start = idx();
    String tag = text();
    advance();
    skipAttributes();
    String name = "";
    if (c() == Tok.IDENT || c() == Tok.SCOPE) {
      int from = idx();
      DeclSpec tmp = obtainDeclSpec();
      namedType(tmp);
      release(tmp);
      name = spell(from, lastIdx());
      names.declareType(name);
    }
    skipAttributes();
    accept(Tok.K_FINAL);
    List<TypeName> bases = new ArrayList<>();
    if (c() == Tok.COLON) {
      advance();
      do {
        while (c() == Tok.K_PUBLIC || c() == Tok.K_PRIVATE || c() == Tok.K_PROTECTED || c() == Tok.K_VIRTUAL) {
          advance();
        }
        bases.add(typeId());
        accept(Tok.ELLIPSIS);
      } while (accept(Tok.COMMA));
    }
    String spelledName = name.isEmpty() ? "(anonymous " + tag + ")" : name;
    if (c() == Tok.LBRACE) {
      advance();
      List<Decl> members = memberSpecification(name);
      expect(Tok.RBRACE, "'}'");
      ds.definition = new Decl.Record(tag, name, bases, members, true, start, lastIdx());
    } else if (name.isEmpty()) {
      throw error("expected a " + tag + " name or body");
    } else {
      ds.definition = new Decl.Record(tag, name, bases, NodeList.of(), false, start, lastIdx());
    }
    setType(ds, spelledName, start);
  }

  private void enumSpec(DeclSpec ds) {
    int start = idx();
    Decl.Enum e = enumSpecifier(start);
    ds.definition = e;
    setType(ds, e.name().isEmpty() ? "(anonymous enum)" : e.name(), start);
  }

  final void skipAttributes() {
    while (c() == Tok.K_ATTRIBUTE || c() == Tok.K_DECLSPEC || c() == Tok.K_ALIGNAS || c() == Tok.C_ALIGN
        || (c() == Tok.LBRACKET && c(1) == Tok.LBRACKET)) {
      if (c() != Tok.LBRACKET) {
        advance();
      }
      if (c() == Tok.LPAREN || c() == Tok.LBRACKET) {
        skipBalanced();
      }
    }
  }

  /** A declarator; the declarator grammar supplies it. */
  abstract Declarator declarator(boolean abstractOk, boolean blockScope);

  /** {@code * const}, {@code &}, {@code &&} before a declarator name. */
  abstract void pointerOperators(Declarator d);
}
