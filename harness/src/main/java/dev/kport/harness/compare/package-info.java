/**
 * Compares an output with its expected values under a spec's tolerance, and flags expected
 * outputs too plain to prove anything. Depends on the data and spec records only.
 *
 * <p>An element passes when {@code |a - e| <= abs + rel * |e|}, or when {@code a} is within
 * {@code ulp} representable values of {@code e} (floating types; +0 and -0 are 0 apart); NaN
 * matches only NaN; an infinity matches only the same infinity. Integer types compare exactly
 * unless abs or rel allow a difference; ulp does not apply to them.
 */
package dev.kport.harness.compare;
