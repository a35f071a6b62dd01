// HIP asks for a device symbol passed to its symbol calls to be wrapped in HIP_SYMBOL().
#include <cuda_runtime.h>
__constant__ float coeffs[16];
__device__ int counter;
namespace tables { __constant__ int lut[4]; }
void load(const float *h, int *out, void **where, size_t *bytes, cudaStream_t s) {
  cudaMemcpyToSymbol(coeffs, h, sizeof(float) * 16);
  // CHECK: hipMemcpyToSymbol(HIP_SYMBOL(coeffs), h, sizeof(float) * 16);
  cudaMemcpyToSymbolAsync(tables::lut, h, 16, 0, cudaMemcpyHostToDevice, s);
  // CHECK: hipMemcpyToSymbolAsync(HIP_SYMBOL(tables::lut), h, 16, 0, hipMemcpyHostToDevice, s);
  cudaMemcpyFromSymbol(out, counter, sizeof(int));
  // CHECK: hipMemcpyFromSymbol(out, HIP_SYMBOL(counter), sizeof(int));
  cudaMemcpyFromSymbolAsync(out, counter, sizeof(int), 0, cudaMemcpyDeviceToHost, s);
  // CHECK: hipMemcpyFromSymbolAsync(out, HIP_SYMBOL(counter), sizeof(int), 0, hipMemcpyDeviceToHost, s);
  cudaGetSymbolAddress(where, coeffs);
  // CHECK: hipGetSymbolAddress(where, HIP_SYMBOL(coeffs));
  cudaGetSymbolSize(bytes, counter);
  // CHECK: hipGetSymbolSize(bytes, HIP_SYMBOL(counter));
  // an address or a cast is the user's own spelling and is left alone
  cudaMemcpyToSymbol(
      coeffs,   // the table
      h, 64);
  // CHECK: HIP_SYMBOL(coeffs), // the table
  cudaGetSymbolAddress(where, (const void *)&counter);
  // CHECK: hipGetSymbolAddress(where, (const void *)&counter);
}
