// nvcc includes cuda_runtime.h into every .cu file, hipcc 5.2 nothing: a .cu file that uses CUDA
// and includes no runtime header gets hip/hip_runtime.h; complex types bring hip/hip_complex.h.
#include <cstdio>
// CHECK: #include <cstdio>
// CHECK: #include <hip/hip_runtime.h>
// CHECK: #include <hip/hip_complex.h>
// CHECK: __global__ void scale(hipFloatComplex *z, float s)
__global__ void scale(cuFloatComplex *z, float s) {
  z[threadIdx.x] = make_cuFloatComplex(s * cuCrealf(z[threadIdx.x]), s * cuCimagf(z[threadIdx.x]));
  // CHECK: make_hipFloatComplex(s * hipCrealf(z[threadIdx.x]), s * hipCimagf(z[threadIdx.x]));
}
