// CUDA 12 and 13 changed calls that HIP 5.2 still takes the CUDA 11 way: the HIP call is chosen by
// the call's arity, and an argument HIP lacks is dropped only when it says nothing (null).
#include <cuda_runtime.h>
#include <cuda.h>
void graphs(cudaGraph_t g, cudaGraphExec_t *exec, cudaGraphNode_t *from, cudaGraphNode_t *to, cudaStream_t s,
            cudaGraphEdgeData *edges, size_t n) { // DIAG: KP3001
  cudaGraphInstantiate(exec, g, 0);
  // CHECK: hipGraphInstantiateWithFlags(exec, g, 0);
  cudaGraphInstantiate(exec, g, NULL, NULL, 0);
  // CHECK: hipGraphInstantiate(exec, g, NULL, NULL, 0);
  cudaGraphAddDependencies(g, from, to, nullptr, n);
  // CHECK: hipGraphAddDependencies(g, from, to, n);
  cudaGraphAddDependencies(g, from, to, n);
  // CHECK: hipGraphAddDependencies(g, from, to, n);
  cudaGraphAddDependencies(g, from, to, edges, n); // DIAG: KP3001
  // CHECK: cudaGraphAddDependencies(g, from, to, edges, n);
  cudaStreamCaptureStatus status;
  unsigned long long id;
  const cudaGraphNode_t *deps;
  size_t count;
  cudaStreamGetCaptureInfo(s, &status, &id, &g, &deps, NULL, &count);
  // CHECK: hipStreamGetCaptureInfo_v2(s, &status, &id, &g, &deps, &count);
  cudaStreamGetCaptureInfo(s, &status, &id);
  // CHECK: hipStreamGetCaptureInfo(s, &status, &id);
  cudaMemPrefetchAsync(from, n, 0, s);
  // CHECK: hipMemPrefetchAsync(from, n, 0, s);
}
void occupancy(CUfunction f, int *grid, int *block) {
  cuOccupancyMaxPotentialBlockSize(grid, block, f, 0, 0, 1024);
  // CHECK: hipModuleOccupancyMaxPotentialBlockSize(grid, block, f, 0, 1024);
}
