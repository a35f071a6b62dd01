package dev.kport.translator.opencl;

import dev.kport.translator.emit.SourceText;
import dev.kport.translator.lex.Token;
import dev.kport.translator.outline.Declaration;
import dev.kport.translator.outline.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One instantiation of a kernel template, {@code reduce<float, 256>}: OpenCL C has no templates,
 * so each instantiation asked for becomes a kernel of its own ({@code reduce_float_256}) with
 * the template's parameters replaced by the arguments.
 *
 * @param entry as the user wrote it, which the kernel interface repeats
 */
record TemplateInstance(String entry, String template, List<String> args) {

  /** One template parameter; {@code type} for {@code typename}/{@code class} ones. */
  record Parameter(String name, boolean type) {}

  /** Reads {@code name<arg, ...>}; empty when the text is not that shape. */
  static Optional<TemplateInstance> parse(String entry) {
    int lt = entry.indexOf('<');
    if (lt <= 0 || !entry.strip().endsWith(">")) {
      return Optional.empty();
    }
    String inner = entry.substring(lt + 1, entry.lastIndexOf('>'));
    List<String> args = new ArrayList<>();
    int depth = 0;
    StringBuilder arg = new StringBuilder();
    for (char c : inner.toCharArray()) {
      depth += c == '<' || c == '(' ? 1 : c == '>' || c == ')' ? -1 : 0;
      if (c == ',' && depth == 0) {
        args.add(arg.toString().strip());
        arg.setLength(0);
      } else {
        arg.append(c);
      }
    }
    args.add(arg.toString().strip());
    return Optional.of(new TemplateInstance(entry, entry.substring(0, lt).strip(), args));
  }

  /** The OpenCL kernel name: template and arguments joined by underscores. */
  String kernelName() {
    StringBuilder sb = new StringBuilder(template);
    for (String a : args) {
      sb.append('_').append(a.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", ""));
    }
    return sb.toString();
  }

  /** The parameters of the {@code template <...>} head that starts at {@code first}, and the index of its {@code >}. */
  static List<Parameter> parameters(List<Token> tokens, int first, int[] close) {
    List<Parameter> params = new ArrayList<>();
    int open = Tokens.nextSignificant(tokens, first + 1);
    if (!Tokens.is(tokens, open, "<")) {
      close[0] = -1;
      return params;
    }
    int depth = 0;
    String lastWord = null;
    boolean type = false;
    boolean inDefault = false;
    for (int j = open; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      if (t.is("<") || t.is("(")) {
        depth++;
      } else if ((t.is(">") || t.is(")")) && --depth == 0 || (t.is(",") && depth == 1)) {
        if (lastWord != null) {
          params.add(new Parameter(lastWord, type));
        }
        lastWord = null;
        type = false;
        inDefault = false;
        if (t.is(">")) {
          close[0] = j;
          return params;
        }
      } else if (t.isIdentifier() && depth == 1 && !inDefault) {
        type |= t.is("typename") || t.is("class");
        lastWord = t.text();
      } else if (t.is("=") && depth == 1) {
        inDefault = true; // a default value: the name came before it
      }
    }
    close[0] = -1;
    return params;
  }

  /**
   * Edits a copy of the template's text into this instance: the head goes, parameters become
   * arguments ({@code T(0)} becomes {@code (float)(0)}, as C has no functional casts), and the
   * kernel takes its own name. Made before any other rule, so these edits win where they meet.
   */
  void substitute(SourceText text, Declaration.Function f, List<Parameter> params, int headClose) {
    int end = headClose + 1;
    while (end < text.tokens().size() && text.token(end).isTrivia()) {
      end++;
    }
    text.edits().delete(f.item().first(), end);
    for (int j = end; j <= f.item().last(); j++) {
      Token t = text.token(j);
      if (j == f.nameIndex()) {
        text.edits().replace(j, kernelName());
        continue;
      }
      for (int p = 0; p < params.size() && p < args.size(); p++) {
        if (t.isIdentifier() && t.text().equals(params.get(p).name())) {
          boolean call = Tokens.is(text.tokens(), Tokens.nextSignificant(text.tokens(), j + 1), "(");
          String arg = args.get(p);
          text.edits().replace(j, params.get(p).type() && call ? "(" + arg + ")" : arg);
        }
      }
    }
  }

  /** {@code type} with the template parameters replaced, for the kernel interface. */
  String substituteType(String type, List<Parameter> params) {
    String out = type;
    for (int p = 0; p < params.size() && p < args.size(); p++) {
      out = out.replaceAll("\\b" + java.util.regex.Pattern.quote(params.get(p).name()) + "\\b",
          java.util.regex.Matcher.quoteReplacement(args.get(p)));
    }
    return out;
  }
}
