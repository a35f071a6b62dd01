package dev.kport.translator.outline;

import dev.kport.translator.lex.Token;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Tells what a {@link Item.Kind#DECLARATION} item declares. */
public final class Declarations {

  private static final Set<String> TAGS = Set.of("struct", "class", "union", "enum");
  private static final Set<String> ATTRIBUTE_WORDS =
      Set.of("alignas", "__align__", "__attribute__", "__declspec", "__launch_bounds__", "decltype");
  private static final Set<String> NON_NAMES = Set.of("const", "volatile", "static", "extern", "struct", "class",
      "union", "enum", "typedef", "__align__", "alignas");

  private Declarations() {}

  public static Declaration classify(List<Token> tokens, Item item) {
    int first = item.first();
    int last = item.last();
    boolean template = tokens.get(first).is("template");
    int start = template ? afterTemplateHeader(tokens, first, last) : first;
    Set<String> words = new LinkedHashSet<>();
    for (int j = start; j <= last; j++) {
      Token t = tokens.get(j);
      if (t.isIdentifier()) {
        words.add(t.text());
      } else if (t.is("(")) {
        int previous = Tokens.previousSignificant(tokens, j - 1, start);
        boolean attribute = previous < 0 || ATTRIBUTE_WORDS.contains(tokens.get(previous).text());
        if (!attribute && tokens.get(previous).isIdentifier() && !words.contains("typedef")) {
          return function(tokens, item, words, template, previous, j);
        }
        j = Tokens.matching(tokens, j, last + 1);
      } else if (t.is("{") || t.is("=") || t.is(";") || t.is("[")) {
        break;
      }
    }
    int alias = aliasName(tokens, start, last);
    if (alias >= 0) {
      return new Declaration.Type(item, words, template, Set.of(tokens.get(alias).text()));
    }
    if (words.contains("namespace") || words.contains("using") || words.contains("static_assert")) {
      return new Declaration.Other(item, words, template, String.join(" ", words));
    }
    boolean tagged = words.stream().anyMatch(TAGS::contains);
    if (words.contains("typedef") || tagged) {
      return new Declaration.Type(item, words, template, typeNames(tokens, start, last));
    }
    return new Declaration.Variable(item, words, template, declaratorNames(tokens, start, last));
  }

  private static Declaration.Function function(List<Token> tokens, Item item, Set<String> words, boolean template,
      int nameIndex, int paramsOpen) {
    int last = item.last();
    int paramsClose = Tokens.matching(tokens, paramsOpen, last + 1);
    int bodyOpen = -1;
    int bodyClose = -1;
    for (int k = paramsClose + 1; k <= last; k++) {
      Token t = tokens.get(k);
      if (t.is("{")) {
        bodyOpen = k;
        bodyClose = Math.min(Tokens.matching(tokens, k, last + 1), last);
        break;
      }
      if (t.is(";") || t.is("=")) {
        break;
      }
      if (t.is("(")) {
        k = Tokens.matching(tokens, k, last + 1);
      }
    }
    List<Parameter> params = Parameters.parse(tokens, paramsOpen, Math.min(paramsClose, last));
    return new Declaration.Function(item, words, template, tokens.get(nameIndex).text(), nameIndex, paramsOpen,
        paramsClose, bodyOpen, bodyClose, params);
  }

  /** The name token of {@code using Name = type;}, or -1 when the declaration is not a type alias. */
  public static int aliasName(List<Token> tokens, int start, int last) {
    int name = Tokens.nextSignificant(tokens, start + 1, last + 1);
    int equals = name < 0 ? -1 : Tokens.nextSignificant(tokens, name + 1, last + 1);
    boolean alias = tokens.get(start).is("using") && name >= 0 && tokens.get(name).isIdentifier()
        && Tokens.is(tokens, equals, "=");
    return alias ? name : -1;
  }

  /** Past {@code template <...>}: angle brackets counted, {@code >>} closing two. */
  static int afterTemplateHeader(List<Token> tokens, int first, int last) {
    int depth = 0;
    for (int j = first + 1; j <= last; j++) {
      Token t = tokens.get(j);
      if (t.is("<")) {
        depth++;
      } else if (t.is(">") || t.is(">>")) {
        depth -= t.text().length();
        if (depth <= 0) {
          return Math.min(j + 1, last);
        }
      }
    }
    return last;
  }

  /** Tag names, enum constants, typedef names and declarators (also {@code (*name)} function pointers). */
  private static Set<String> typeNames(List<Token> tokens, int start, int last) {
    Set<String> names = new LinkedHashSet<>(declaratorNames(tokens, start, last));
    for (int j = start; j <= last; j++) {
      Token t = tokens.get(j);
      if (TAGS.contains(t.text()) && t.isIdentifier()) {
        int n = Tokens.nextSignificant(tokens, j + 1, last + 1);
        if (n >= 0 && tokens.get(n).isIdentifier() && !NON_NAMES.contains(tokens.get(n).text())) {
          names.add(tokens.get(n).text());
        }
      } else if (t.is("{")) {
        int close = Tokens.matching(tokens, j, last + 1);
        if (isEnumBody(tokens, start, j)) {
          names.addAll(enumConstants(tokens, j, close));
        }
        j = close;
      } else if (t.is("(") && Tokens.is(tokens, Tokens.nextSignificant(tokens, j + 1), "*")) {
        int n = Tokens.nextSignificant(tokens, Tokens.nextSignificant(tokens, j + 1) + 1);
        if (n >= 0 && tokens.get(n).isIdentifier()) {
          names.add(tokens.get(n).text());
        }
      }
    }
    return names;
  }

  private static boolean isEnumBody(List<Token> tokens, int start, int brace) {
    for (int j = start; j < brace; j++) {
      if (tokens.get(j).is("enum")) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> enumConstants(List<Token> tokens, int open, int close) {
    Set<String> names = new LinkedHashSet<>();
    boolean expectName = true;
    for (int j = open + 1; j < close; j++) {
      Token t = tokens.get(j);
      if (t.isTrivia()) {
        continue;
      }
      if (expectName && t.isIdentifier()) {
        names.add(t.text());
        expectName = false;
      } else if (t.is(",")) {
        expectName = true;
      } else if (Tokens.isOpener(t)) {
        j = Tokens.matching(tokens, j, close);
      }
    }
    return names;
  }

  /** Identifiers at bracket depth 0 directly followed by {@code ; , = [ (}. */
  private static Set<String> declaratorNames(List<Token> tokens, int start, int last) {
    Set<String> names = new LinkedHashSet<>();
    for (int j = start; j <= last; j++) {
      Token t = tokens.get(j);
      if (t.isIdentifier() && !NON_NAMES.contains(t.text())) {
        int n = Tokens.nextSignificant(tokens, j + 1, last + 1);
        if (n >= 0 && (tokens.get(n).is(";") || tokens.get(n).is(",") || tokens.get(n).is("=")
            || tokens.get(n).is("[") || tokens.get(n).is("("))) {
          names.add(t.text());
        }
      } else if (t.is("{") || (t.is("(") && !Tokens.is(tokens, Tokens.nextSignificant(tokens, j + 1), "*"))
          || t.is("[")) {
        j = Tokens.matching(tokens, j, last + 1);
      } else if (t.is("=")) {
        j = initializerEnd(tokens, j, last); // names in an initializer are uses, not declarations
      }
    }
    return names;
  }

  /** The {@code ,} or {@code ;} ending the initializer that starts after {@code equals}, less one. */
  private static int initializerEnd(List<Token> tokens, int equals, int last) {
    for (int j = equals + 1; j <= last; j++) {
      Token t = tokens.get(j);
      if (Tokens.isOpener(t)) {
        j = Tokens.matching(tokens, j, last + 1);
      } else if (t.is(",") || t.is(";")) {
        return j - 1;
      }
    }
    return last;
  }
}
