/**
 * The spec ({@code kernel.yaml}) as validated records, and its loader.
 *
 * <p>{@link dev.kport.harness.spec.SpecLoader} reads YAML with line numbers kept and reports
 * every problem as one line, {@code FILE:LINE: KEY.PATH: what was expected}. It checks keys,
 * types, files, buffer names and every expression against the names in scope, and evaluates
 * the defines and buffer counts for every size, so a bad count fails at load rather than on a
 * device. It does not check that a reference model is registered or that a kernel exists in
 * the source: the harness and translator know those.
 *
 * <p>Depends on {@code expr} (to check expressions) and on {@code data.Npy} (to check an .npy's
 * header at load); the records themselves depend on nothing. Knows nothing of backends or of
 * the translator.
 *
 * <h2>Buffer init, for the README</h2>
 *
 * <pre>{@code
 * # init: how a buffer starts (default {constant: 0}). Values fill the flat scalars in order
 * # (a float4 buffer of count n has 4n scalars). Random kinds need a seed; the same spec and
 * # seed give the same bytes on every machine (SplitMix64, as java.util.SplittableRandom).
 * init: {constant: 1.5}
 * init: {sequence: [0, 0.5]}              # scalar i = start + i * step
 * init: {uniform: [-1, 1], seed: 1}       # lo <= v < hi
 * init: {normal: [0, 1], seed: 2}         # mean, standard deviation
 * init: {integers: [0, 255], seed: 3}     # lo <= v <= hi; must fit the buffer's type
 * init: {npy: data/x.npy}                 # relative to the spec; dtype must match the type
 *                                         #  (<f4 for float, |u1 for uchar, ...) and the element
 *                                         #  count the buffer's count for every size; any shape
 *                                         #  is read flat in C order; "data/x_{size}.npy" gives
 *                                         #  each size its own file
 *
 * # specials: mixed into any kind above, after it ran
 * init: {uniform: [-1, 1], seed: 1,
 *        specials: {rate: 0.01, seed: 9, values: [nan, inf, -inf, denormal, -denormal, zero, -zero]}}
 * #   rate   fraction of scalars replaced, 0 to 1; exactly round(rate * scalars) are, picked
 * #          uniformly by selection sampling with the specials' own seed
 * #   values each replaced scalar takes one of these at random; default: nan, inf, -inf,
 * #          denormal, zero, -zero. denormal is half the smallest normal of the buffer's type.
 * #          YAML's .nan, .inf and -.inf are accepted. Integer buffers take only zero.
 * }</pre>
 */
package dev.kport.harness.spec;
