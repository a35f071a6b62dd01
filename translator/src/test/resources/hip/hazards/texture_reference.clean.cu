// Texture objects, which HIP supports, and names that only look like texture references.
#include <cuda_runtime.h>
__global__ void copy(cudaTextureObject_t tex, float *out, int n) {
  int i = blockIdx.x * blockDim.x + threadIdx.x;
  float texture = 0.0f;
  if (i < n) {
    out[i] = tex1Dfetch<float>(tex, i) + texture;
  }
}
float clamp_surface(float surface, float texture) {
  return surface < 1.0f && texture > 0.0f ? surface : 1.0f;
}
