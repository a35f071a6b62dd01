package dev.kport.translator.opencl;

import dev.kport.translator.emit.SourceText;
import dev.kport.translator.outline.Declaration;
import dev.kport.translator.preprocess.Unit;

/** A function together with the file whose tokens it indexes. */
record FunctionSite(Unit unit, Declaration.Function decl) {

  SourceText text() {
    return unit.text();
  }

  String name() {
    return decl.name();
  }
}
