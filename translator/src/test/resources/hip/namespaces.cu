// CUB's namespace becomes hipCUB's where it names the namespace; a user's variable named cub stays.
#include <cub/cub.cuh>
#include <cub/block/block_reduce.cuh>
#include <cooperative_groups.h>
// CHECK: #include <hipcub/hipcub.hpp>
// CHECK: #include <hipcub/block/block_reduce.hpp>
// CHECK: #include <hip/hip_cooperative_groups.h>
namespace cg = cooperative_groups;
// CHECK: namespace cg = cooperative_groups;
__global__ void sum(const float *in, float *out) {
  typedef cub::BlockReduce<float, 256> Reduce;
  // CHECK: typedef hipcub::BlockReduce<float, 256> Reduce;
  __shared__ typename Reduce::TempStorage tmp;
  cg::thread_block block = cg::this_thread_block();
  float v = Reduce(tmp).Sum(in[block.thread_rank()]);
  if (block.thread_rank() == 0) *out = v;
}
void run(float *d_in, float *d_out, int n, void *tmp, size_t bytes) {
  using namespace cub;
  // CHECK: using namespace hipcub;
  ::cub::DeviceReduce::Sum(tmp, bytes, d_in, d_out, n);
  // CHECK: ::hipcub::DeviceReduce::Sum(tmp, bytes, d_in, d_out, n);
  int cub = 3;
  // CHECK: int cub = 3;
}
// a class of the user's that has the name of a CUB class hipCUB lacks is not reported; CUB's is
struct DeviceCopy { static void Batched() {} };
void copy() {
  DeviceCopy::Batched();
  cub::DeviceCopy::Batched(); // DIAG: KP3001
  // CHECK: hipcub::DeviceCopy::Batched();
}
