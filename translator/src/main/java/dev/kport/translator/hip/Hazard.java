package dev.kport.translator.hip;

/**
 * One portability hazard check. {@link HazardScan} walks the tokens once, in order, and hands each
 * directive, number and identifier to every check; a check keeps what it learns (a mask macro, a
 * variable holding a ballot) for the tokens after it, as C's declare-before-use allows.
 */
interface Hazard {

  default void directive(int i) {}

  default void number(int i) {}

  /** False when {@link #number} does nothing: the walk hands numbers only to the checks that want them. */
  default boolean wantsNumbers() {
    return false;
  }

  default void identifier(int i) {}

  /**
   * False when {@link #identifier} does nothing for any name spelt {@code name}: the walk asks once
   * per distinct name, and then hands this check only the names it wants.
   */
  default boolean wantsName(String name) {
    return true;
  }

  /** After the walk: checks that need the whole file (an array's declaration and all its uses). */
  default void finish() {}
}
