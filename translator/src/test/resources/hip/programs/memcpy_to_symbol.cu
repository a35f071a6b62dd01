// Constant and device symbols filled and read back through the runtime's symbol calls, as the
// CUDA samples do for filter taps and counters.
#include <cuda_runtime.h>
#include <cstdio>

#define TAPS 9
#define CHECK(call) do { cudaError_t e_ = (call); if (e_ != cudaSuccess) { \
    fprintf(stderr, "line %d: %s\n", __LINE__, cudaGetErrorString(e_)); return 1; } } while (0)

__constant__ float taps[TAPS];
__device__ unsigned int clipped;

namespace filters {
__constant__ float gain;
}

__global__ void convolve(const float *in, float *out, int n) {
  int i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i >= n) return;
  float acc = 0.0f;
  for (int t = 0; t < TAPS; t++) {
    int j = min(max(i + t - TAPS / 2, 0), n - 1);
    acc += taps[t] * in[j];
  }
  acc *= filters::gain;
  if (acc > 1.0f) {
    atomicAdd(&clipped, 1u);
    acc = 1.0f;
  }
  out[i] = acc;
}

int main() {
  const int n = 4096;
  float h_taps[TAPS];
  for (int t = 0; t < TAPS; t++) h_taps[t] = 1.0f / TAPS;
  const float gain = 1.5f;
  const unsigned int zero = 0;
  CHECK(cudaMemcpyToSymbol(taps, h_taps, sizeof h_taps));
  CHECK(cudaMemcpyToSymbol(filters::gain, &gain, sizeof gain, 0, cudaMemcpyHostToDevice));
  CHECK(cudaMemcpyToSymbolAsync(clipped, &zero, sizeof zero, 0, cudaMemcpyHostToDevice, 0));

  size_t taps_bytes = 0;
  CHECK(cudaGetSymbolSize(&taps_bytes, taps));
  void *clipped_address = nullptr;
  CHECK(cudaGetSymbolAddress(&clipped_address, clipped));

  float *in = nullptr, *out = nullptr;
  CHECK(cudaMalloc(&in, n * sizeof(float)));
  CHECK(cudaMalloc(&out, n * sizeof(float)));
  CHECK(cudaMemset(in, 0, n * sizeof(float)));
  convolve<<<(n + 127) / 128, 128>>>(in, out, n);
  CHECK(cudaDeviceSynchronize());

  unsigned int h_clipped = 0;
  CHECK(cudaMemcpyFromSymbol(&h_clipped, clipped, sizeof h_clipped));
  unsigned int via_address = 0;
  CHECK(cudaMemcpy(&via_address, clipped_address, sizeof via_address, cudaMemcpyDeviceToHost));
  float first_tap = 0.0f;
  CHECK(cudaMemcpyFromSymbolAsync(&first_tap, taps, sizeof first_tap, 0, cudaMemcpyDeviceToHost, 0));
  CHECK(cudaStreamSynchronize(0));
  printf("%zu bytes of taps, first %f, %u clipped (%u via address)\n", taps_bytes, first_tap, h_clipped, via_address);
  CHECK(cudaFree(in));
  CHECK(cudaFree(out));
  return h_clipped == via_address ? 0 : 1;
}
