package dev.kport.kernels.stream_compact;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/**
 * What the order-independent outputs of stream_compact hold: {@code count} = how many
 * in[i] > THRESHOLD, {@code dense[i]} = in[i] where kept, else its initial 0.
 */
public final class StreamCompactModel implements ReferenceModel {

  @Override
  public String name() {
    return "stream_compact";
  }

  @Override
  public void compute(ReferenceData data) {
    float[] in = data.floats("in");
    float[] dense = data.floats("dense");
    int n = data.size("n");
    float threshold = (float) data.value("THRESHOLD");   // compared as the kernel's float
    int kept = 0;
    for (int i = 0; i < n; i++) {
      if (in[i] > threshold) {
        dense[i] = in[i];
        kept++;
      } else {
        dense[i] = 0f;
      }
    }
    data.ints("count")[0] = kept;
  }
}
