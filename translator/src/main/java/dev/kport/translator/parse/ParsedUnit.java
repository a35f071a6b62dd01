package dev.kport.translator.parse;

import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.lex.Token;
import dev.kport.translator.parse.tree.Decl;
import dev.kport.translator.parse.tree.Expr;
import dev.kport.translator.parse.tree.Node;
import dev.kport.translator.parse.tree.TranslationUnit;
import dev.kport.translator.preprocess.PreprocessorView;
import dev.kport.translator.sema.SemanticModel;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * One file through the front end: its lossless tokens, the preprocessor view, the tree, the
 * semantic model, and every diagnostic (preprocessor and parser) in source order of discovery.
 */
public record ParsedUnit(Path file, String source, List<Token> tokens, PreprocessorView preprocessor,
    TranslationUnit tree, SemanticModel model, List<Diagnostic> diagnostics) {

  public ParsedUnit {
    diagnostics = List.copyOf(diagnostics);
  }

  /** Visits every node, parents before children, in source order. */
  public void walk(Consumer<Node> visitor) {
    walk(tree, visitor);
  }

  public static void walk(Node root, Consumer<Node> visitor) {
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Node n = stack.pop();
      visitor.accept(n);
      List<Node> kids = n.children();
      for (int i = kids.size() - 1; i >= 0; i--) {
        stack.push(kids.get(i));
      }
    }
  }

  /** Function declarations and definitions, kernels included, at any depth (namespaces, classes, templates). */
  public List<Decl.Function> functions() {
    List<Decl.Function> out = new ArrayList<>();
    walk(n -> {
      if (n instanceof Decl.Function f) {
        out.add(f);
      }
    });
    return out;
  }

  public List<Decl.Function> kernels() {
    List<Decl.Function> out = new ArrayList<>();
    for (Decl.Function f : functions()) {
      if (f.isKernel()) {
        out.add(f);
      }
    }
    return out;
  }

  public List<Expr.Launch> launches() {
    List<Expr.Launch> out = new ArrayList<>();
    walk(n -> {
      if (n instanceof Expr.Launch l) {
        out.add(l);
      }
    });
    return out;
  }

  /** Every construct the parser kept as tokens because it could not read it. */
  public List<Node> opaqueNodes() {
    List<Node> out = new ArrayList<>();
    walk(n -> {
      if (n instanceof Decl.Opaque || n instanceof dev.kport.translator.parse.tree.Stmt.Opaque
          || n instanceof Expr.Opaque) {
        out.add(n);
      }
    });
    return out;
  }

  /** The token at a full-list index, for positions; the first token when out of range. */
  public Token token(int index) {
    if (tokens.isEmpty()) {
      return new Token(dev.kport.translator.lex.TokenKind.WHITESPACE, "", 0, 1, 1);
    }
    return tokens.get(Math.max(0, Math.min(index, tokens.size() - 1)));
  }

  /** The source text a node spans, byte for byte. */
  public String text(Node n) {
    if (tokens.isEmpty() || n.last() < n.first()) {
      return "";
    }
    return source.substring(token(n.first()).offset(), token(n.last()).end());
  }
}
