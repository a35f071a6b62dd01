// The cuRAND host API in the style of the CUDA samples: a generator on a stream filling device
// buffers with uniform and normal numbers, then a mean checked on the host.
#include <cuda_runtime.h>
#include <curand.h>
#include <cstdio>
#include <vector>

#define CUDA_CHECK(call) do { cudaError_t e_ = (call); if (e_ != cudaSuccess) { \
    fprintf(stderr, "line %d: %s\n", __LINE__, cudaGetErrorString(e_)); return 1; } } while (0)
#define CURAND_CHECK(call) do { curandStatus_t s_ = (call); if (s_ != CURAND_STATUS_SUCCESS) { \
    fprintf(stderr, "line %d: curand status %d\n", __LINE__, (int)s_); return 1; } } while (0)

int main() {
  const size_t n = 1 << 20;
  float *uniform = nullptr, *normal = nullptr;
  CUDA_CHECK(cudaMalloc(&uniform, n * sizeof(float)));
  CUDA_CHECK(cudaMalloc(&normal, n * sizeof(float)));
  cudaStream_t stream;
  CUDA_CHECK(cudaStreamCreate(&stream));

  curandGenerator_t gen;
  CURAND_CHECK(curandCreateGenerator(&gen, CURAND_RNG_PSEUDO_PHILOX4_32_10));
  CURAND_CHECK(curandSetStream(gen, stream));
  CURAND_CHECK(curandSetPseudoRandomGeneratorSeed(gen, 1234ULL));
  CURAND_CHECK(curandSetGeneratorOffset(gen, 0ULL));
  CURAND_CHECK(curandGenerateUniform(gen, uniform, n));
  CURAND_CHECK(curandGenerateNormal(gen, normal, n, 0.0f, 1.0f));

  unsigned int *bits = nullptr;
  CUDA_CHECK(cudaMalloc(&bits, 256 * sizeof(unsigned int)));
  CURAND_CHECK(curandGenerate(gen, bits, 256));

  std::vector<float> host(n);
  CUDA_CHECK(cudaMemcpyAsync(host.data(), uniform, n * sizeof(float), cudaMemcpyDeviceToHost, stream));
  CUDA_CHECK(cudaStreamSynchronize(stream));
  double sum = 0.0;
  for (float v : host) sum += v;
  int version = 0;
  CURAND_CHECK(curandGetVersion(&version));
  printf("library %d: mean of %zu uniforms = %f\n", version, n, sum / n);

  CURAND_CHECK(curandDestroyGenerator(gen));
  CUDA_CHECK(cudaStreamDestroy(stream));
  CUDA_CHECK(cudaFree(bits));
  CUDA_CHECK(cudaFree(normal));
  CUDA_CHECK(cudaFree(uniform));
  return sum / n > 0.49 && sum / n < 0.51 ? 0 : 1;
}
