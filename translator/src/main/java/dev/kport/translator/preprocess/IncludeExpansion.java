package dev.kport.translator.preprocess;

import dev.kport.translator.diag.Code;
import dev.kport.translator.diag.Diagnostics;
import dev.kport.translator.emit.SourceText;
import dev.kport.translator.lex.Lexer;
import dev.kport.translator.outline.Item;
import dev.kport.translator.outline.Outline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Splices local {@code #include "x.h"} files into the part list, found beside the including file
 * first and then in the {@code -I} folders, as compilers search quoted includes. System includes
 * stay as directive parts; the target decides what to do with them.
 */
public final class IncludeExpansion {

  private final List<Path> includeDirs;
  private final Diagnostics diagnostics;
  private final List<Part> parts = new ArrayList<>();
  private final Deque<Path> open = new ArrayDeque<>();
  private final Set<Path> onceOnly = new HashSet<>();

  private IncludeExpansion(List<Path> includeDirs, Diagnostics diagnostics) {
    this.includeDirs = includeDirs;
    this.diagnostics = diagnostics;
  }

  /** The parts of {@code file} (already read as {@code source}) with its local includes spliced in. */
  public static List<Part> expand(Path file, String source, List<Path> includeDirs, Diagnostics diagnostics) {
    IncludeExpansion expansion = new IncludeExpansion(includeDirs, diagnostics);
    expansion.walk(unit(file, source, diagnostics));
    return List.copyOf(expansion.parts);
  }

  private static Unit unit(Path path, String source, Diagnostics diagnostics) {
    SourceText text = new SourceText(path.toString(), Lexer.lex(source), diagnostics);
    return new Unit(path, text, Outline.split(text.tokens()));
  }

  private void walk(Unit unit) {
    Path key = unit.path().toAbsolutePath().normalize();
    open.push(key);
    for (Item item : unit.items()) {
      Directive d = item.kind() == Item.Kind.DIRECTIVE
          ? Directive.of(unit.text().token(item.first()).text()) : null;
      if (d != null && d.kind() == Directive.Kind.INCLUDE_LOCAL) {
        include(unit, item, d.name());
      } else {
        if (d != null && d.kind() == Directive.Kind.PRAGMA_ONCE) {
          onceOnly.add(key);
        }
        parts.add(new Part.Code(unit, item));
      }
    }
    open.pop();
  }

  private void include(Unit from, Item directive, String header) {
    Optional<Path> found = resolve(from.path(), header);
    if (found.isEmpty()) {
      from.text().report(Code.INCLUDE_NOT_FOUND, directive.first(), "cannot find '" + header + "' next to "
          + from.file() + " or in the -I folders " + includeDirs);
      parts.add(new Part.Code(from, directive));
      return;
    }
    Path key = found.get().toAbsolutePath().normalize();
    if (open.contains(key)) {
      from.text().report(Code.INCLUDE_CYCLE, directive.first(), "'" + header + "' includes itself");
      return;
    }
    if (onceOnly.contains(key)) {
      return;
    }
    String source;
    try {
      source = Files.readString(found.get(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      from.text().report(Code.UNREADABLE_SOURCE, directive.first(), "cannot read '" + found.get() + "': " + e.getMessage());
      parts.add(new Part.Code(from, directive));
      return;
    }
    parts.add(new Part.EnterInclude(from, directive, header));
    walk(unit(found.get(), source, diagnostics));
    parts.add(new Part.LeaveInclude(header));
  }

  private Optional<Path> resolve(Path including, String header) {
    List<Path> candidates = new ArrayList<>();
    Path folder = including.getParent();
    candidates.add(folder == null ? Path.of(header) : folder.resolve(header));
    for (Path dir : includeDirs) {
      candidates.add(dir.resolve(header));
    }
    return candidates.stream().filter(Files::isRegularFile).findFirst();
  }
}
