// Texture references (deprecated in HIP) and surface references (absent from HIP).
#include <cuda_runtime.h>
texture<float, 1, cudaReadModeElementType> tex_in; // DIAG: KP3025
surface<void, 2> surf_out; // DIAG: KP3026
__global__ void copy(float *out, int n) {
  int i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i < n) {
    float v = tex1Dfetch(tex_in, i); // DIAG: KP3025
    surf2Dwrite(v, surf_out, i * 4, 0); // DIAG: KP3026
    out[i] = v;
  }
}
void bind(const float *d, size_t bytes) {
  cudaBindTexture(0, tex_in, d, bytes); // DIAG: KP3025 KP3002
  cudaUnbindTexture(tex_in); // DIAG: KP3025 KP3002
}
