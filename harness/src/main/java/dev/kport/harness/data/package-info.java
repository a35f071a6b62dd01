/**
 * Buffers on the host: their bytes ({@link dev.kport.harness.data.HostBuffer}), how a spec's
 * {@code init} fills them ({@link dev.kport.harness.data.BufferFactory}), and NumPy's {@code .npy}
 * files ({@link dev.kport.harness.data.Npy}) for inputs and golden outputs.
 *
 * <p>Depends on the spec records and on expressions; knows nothing of backends or comparison.
 */
package dev.kport.harness.data;
