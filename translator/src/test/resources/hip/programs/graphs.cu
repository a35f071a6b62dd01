// CUDA graphs in the style of the CUDA samples: work captured from a stream, a graph built by
// hand with a kernel node and its dependencies, both instantiated and launched. Written against
// CUDA 12's calls (cudaGraphInstantiate with flags, dependencies with edge data), which HIP 5.2
// spells the CUDA 11 way.
#include <cuda_runtime.h>
#include <cstdio>

#define CHECK(call) do { cudaError_t e_ = (call); if (e_ != cudaSuccess) { \
    fprintf(stderr, "line %d: %s\n", __LINE__, cudaGetErrorString(e_)); return 1; } } while (0)

__global__ void add(float *v, float by, int n) {
  int i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i < n) v[i] += by;
}

int main() {
  const int n = 1 << 16;
  float *v = nullptr;
  CHECK(cudaMalloc(&v, n * sizeof(float)));
  CHECK(cudaMemset(v, 0, n * sizeof(float)));
  cudaStream_t s;
  CHECK(cudaStreamCreateWithFlags(&s, cudaStreamNonBlocking));

  // captured: three launches become one graph
  cudaGraph_t captured;
  CHECK(cudaStreamBeginCapture(s, cudaStreamCaptureModeGlobal));
  for (int k = 0; k < 3; k++) add<<<(n + 255) / 256, 256, 0, s>>>(v, 1.0f, n);
  CHECK(cudaStreamEndCapture(s, &captured));
  size_t nodes = 0;
  CHECK(cudaGraphGetNodes(captured, nullptr, &nodes));
  cudaGraphExec_t exec;
  CHECK(cudaGraphInstantiate(&exec, captured, 0));
  CHECK(cudaGraphLaunch(exec, s));

  // built by hand: an empty root, then a kernel node that depends on it
  cudaGraph_t built;
  CHECK(cudaGraphCreate(&built, 0));
  cudaGraphNode_t root, kernel;
  CHECK(cudaGraphAddEmptyNode(&root, built, nullptr, 0));
  float by = 10.0f;
  int count = n;
  void *args[] = {&v, &by, &count};
  cudaKernelNodeParams params = {};
  params.func = (void *)add;
  params.gridDim = dim3((n + 255) / 256);
  params.blockDim = dim3(256);
  params.sharedMemBytes = 0;
  params.kernelParams = args;
  CHECK(cudaGraphAddKernelNode(&kernel, built, nullptr, 0, &params));
  CHECK(cudaGraphAddDependencies(built, &root, &kernel, nullptr, 1));
  cudaGraphExec_t built_exec;
  CHECK(cudaGraphInstantiate(&built_exec, built, 0));
  CHECK(cudaGraphLaunch(built_exec, s));
  CHECK(cudaStreamSynchronize(s));

  float first = 0.0f;
  CHECK(cudaMemcpy(&first, v, sizeof first, cudaMemcpyDeviceToHost));
  printf("%zu captured nodes; v[0] = %f\n", nodes, first);
  CHECK(cudaGraphExecDestroy(built_exec));
  CHECK(cudaGraphDestroy(built));
  CHECK(cudaGraphExecDestroy(exec));
  CHECK(cudaGraphDestroy(captured));
  CHECK(cudaStreamDestroy(s));
  CHECK(cudaFree(v));
  return first == 13.0f ? 0 : 1;
}
