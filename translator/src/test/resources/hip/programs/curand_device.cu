// The cuRAND device API in the style of the CUDA samples: one generator state per thread, set up
// by one kernel and used by another to estimate pi by sampling the unit square.
#include <cuda_runtime.h>
#include <curand_kernel.h>
#include <cstdio>

#define CHECK(call) do { cudaError_t e_ = (call); if (e_ != cudaSuccess) { \
    fprintf(stderr, "line %d: %s\n", __LINE__, cudaGetErrorString(e_)); return 1; } } while (0)

__global__ void setup(curandState *states, unsigned long long seed) {
  int id = blockIdx.x * blockDim.x + threadIdx.x;
  curand_init(seed, id, 0, &states[id]);
}

__global__ void sample(curandState *states, unsigned int *inside, int per_thread) {
  int id = blockIdx.x * blockDim.x + threadIdx.x;
  curandState local = states[id];
  unsigned int hits = 0;
  for (int k = 0; k < per_thread; k++) {
    float x = curand_uniform(&local);
    float y = curand_uniform(&local);
    hits += x * x + y * y <= 1.0f;
  }
  float noise = curand_normal(&local);
  states[id] = local;
  atomicAdd(inside, hits + (noise > 100.0f));
}

__global__ void philox(curandStatePhilox4_32_10_t *states, float4 *out) {
  int id = blockIdx.x * blockDim.x + threadIdx.x;
  curand_init(7ULL, id, 0, &states[id]);
  out[id] = curand_uniform4(&states[id]);
}

int main() {
  const int blocks = 64, threads = 128, per_thread = 1000;
  curandState *states = nullptr;
  unsigned int *inside = nullptr;
  CHECK(cudaMalloc(&states, blocks * threads * sizeof(curandState)));
  CHECK(cudaMalloc(&inside, sizeof(unsigned int)));
  CHECK(cudaMemset(inside, 0, sizeof(unsigned int)));
  setup<<<blocks, threads>>>(states, 42ULL);
  sample<<<blocks, threads>>>(states, inside, per_thread);
  curandStatePhilox4_32_10_t *philox_states = nullptr;
  float4 *quads = nullptr;
  CHECK(cudaMalloc(&philox_states, threads * sizeof(curandStatePhilox4_32_10_t)));
  CHECK(cudaMalloc(&quads, threads * sizeof(float4)));
  philox<<<1, threads>>>(philox_states, quads);
  CHECK(cudaGetLastError());
  unsigned int h_inside = 0;
  CHECK(cudaMemcpy(&h_inside, inside, sizeof h_inside, cudaMemcpyDeviceToHost));
  double pi = 4.0 * h_inside / ((double)blocks * threads * per_thread);
  printf("pi ~ %f\n", pi);
  CHECK(cudaFree(quads));
  CHECK(cudaFree(philox_states));
  CHECK(cudaFree(inside));
  CHECK(cudaFree(states));
  return pi > 3.1 && pi < 3.2 ? 0 : 1;
}
