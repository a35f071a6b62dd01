// Unified memory in the style of the CUDA samples: one managed allocation that host and device
// both touch, attached to a stream, with the device's managed-memory support queried first.
#include <cuda_runtime.h>
#include <cstdio>

#define CHECK(call)                                                                    \
  do {                                                                                 \
    cudaError_t err = (call);                                                          \
    if (err != cudaSuccess) {                                                          \
      fprintf(stderr, "%s:%d: %s (%s)\n", __FILE__, __LINE__, cudaGetErrorString(err), \
              cudaGetErrorName(err));                                                  \
      return 1;                                                                        \
    }                                                                                  \
  } while (0)

__managed__ int steps_done;

__global__ void increment(int *data, int n, int by) {
  for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += gridDim.x * blockDim.x) {
    data[i] += by;
  }
  if (blockIdx.x == 0 && threadIdx.x == 0) atomicAdd(&steps_done, 1);
}

int main() {
  int managed = 0, concurrent = 0;
  CHECK(cudaDeviceGetAttribute(&managed, cudaDevAttrManagedMemory, 0));
  CHECK(cudaDeviceGetAttribute(&concurrent, cudaDevAttrConcurrentManagedAccess, 0));
  if (!managed) {
    printf("device 0 has no managed memory; skipping\n");
    return 0;
  }
  const int n = 1 << 20;
  int *data = nullptr;
  CHECK(cudaMallocManaged(&data, n * sizeof(int), cudaMemAttachGlobal));
  for (int i = 0; i < n; i++) data[i] = i;

  cudaStream_t stream;
  CHECK(cudaStreamCreateWithFlags(&stream, cudaStreamNonBlocking));
  CHECK(cudaStreamAttachMemAsync(stream, data, 0, cudaMemAttachSingle));
  increment<<<64, 256, 0, stream>>>(data, n, 3);
  CHECK(cudaGetLastError());
  CHECK(cudaStreamSynchronize(stream));

  long long wrong = 0;
  for (int i = 0; i < n; i++) wrong += data[i] != i + 3;
  printf("%lld wrong of %d after %d launch(es); concurrent access: %d\n", wrong, n, steps_done, concurrent);
  CHECK(cudaStreamDestroy(stream));
  CHECK(cudaFree(data));
  return wrong == 0 ? 0 : 1;
}
