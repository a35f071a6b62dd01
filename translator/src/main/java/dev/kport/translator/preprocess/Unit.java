package dev.kport.translator.preprocess;

import dev.kport.translator.emit.SourceText;
import dev.kport.translator.outline.Item;
import java.nio.file.Path;
import java.util.List;

/**
 * One file of a translation: the main source or an inlined header, with its outline and its
 * edit list.
 *
 * @param path where it was read from
 * @param text its tokens under edit; {@code text.file()} is the name diagnostics use
 */
public record Unit(Path path, SourceText text, List<Item> items) {

  public Unit {
    items = List.copyOf(items);
  }

  public String file() {
    return text.file();
  }
}
