// Strings, comments, longer identifiers and members named like CUDA APIs are the user's.
#include <cuda_runtime.h>
#include <cstdio>

struct Counters { int cudaMalloc; };

/* cudaMalloc in a block comment stays */
int main() {
  int cudaMalloc_count = 0;
  Counters c{0};
  c.cudaMalloc = 1;
  printf("cudaMalloc failed: %d\n", cudaMalloc_count + c.cudaMalloc); // cudaFree here too
  return 0;
}
// CHECK: struct Counters { int cudaMalloc; };
// CHECK: /* cudaMalloc in a block comment stays */
// CHECK: int cudaMalloc_count = 0;
// CHECK: c.cudaMalloc = 1;
// CHECK: printf("cudaMalloc failed: %d\n", cudaMalloc_count + c.cudaMalloc); // cudaFree here too
