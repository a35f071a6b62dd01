package dev.kport.translator.preprocess;

import dev.kport.translator.outline.Item;

/** One step of the source as the compiler would read it, local includes spliced in. */
public sealed interface Part {

  /** A top-level item of a file. */
  record Code(Unit unit, Item item) implements Part {}

  /** The contents of {@code header} follow, in place of the {@code directive} item of {@code from}. */
  record EnterInclude(Unit from, Item directive, String header) implements Part {}

  /** The header's contents are over. */
  record LeaveInclude(String header) implements Part {}
}
