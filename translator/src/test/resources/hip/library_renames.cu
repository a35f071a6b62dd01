// Library calls, types and enumerators take their HIP library's names; what the library lacks is
// kept and reported.
#include <curand.h>
#include <cusparse.h>
#include <cufft.h>
#include <cublas_v2.h>
#include <cudnn.h>
// CHECK: #include <hiprand/hiprand.h>
// CHECK: #include <hipsparse/hipsparse.h>
// CHECK: #include <hipfft/hipfft.h>
// CHECK: #include <hipblas/hipblas.h>
// CHECK: #include <miopen/miopen.h>
int run(float *d, size_t n, cufftComplex *z, cudaStream_t s) {
  curandGenerator_t gen;
  curandStatus_t st = curandCreateGenerator(&gen, CURAND_RNG_PSEUDO_XORWOW);
  // CHECK: hiprandGenerator_t gen;
  // CHECK: hiprandStatus_t st = hiprandCreateGenerator(&gen, HIPRAND_RNG_PSEUDO_XORWOW);
  curandGenerateLongLong(gen, (unsigned long long *)d, n); // DIAG: KP3001
  // CHECK: curandGenerateLongLong(gen,
  cusparseHandle_t sp;
  cusparseCreate(&sp);
  cusparseSetPointerMode(sp, CUSPARSE_POINTER_MODE_HOST);
  // CHECK: hipsparseHandle_t sp;
  // CHECK: hipsparseCreate(&sp);
  // CHECK: hipsparseSetPointerMode(sp, HIPSPARSE_POINTER_MODE_HOST);
  cufftHandle plan;
  cufftPlan1d(&plan, 256, CUFFT_C2C, 1);
  cufftSetStream(plan, s);
  cufftExecC2C(plan, z, z, CUFFT_INVERSE);
  // CHECK: hipfftHandle plan;
  // CHECK: hipfftPlan1d(&plan, 256, HIPFFT_C2C, 1);
  // CHECK: hipfftExecC2C(plan, z, z, HIPFFT_BACKWARD);
  cublasHandle_t bl;
  cublasCreate(&bl);
  cublasSetMathMode(bl, CUBLAS_TENSOR_OP_MATH); // DIAG: KP3001 KP3001
  float r = 0;
  cublasSdot(bl, (int)n, d, 1, d, 1, &r);
  // CHECK: hipblasHandle_t bl;
  // CHECK: hipblasCreate(&bl);
  // CHECK: cublasSetMathMode(bl, CUBLAS_TENSOR_OP_MATH);
  // CHECK: hipblasSdot(bl, (int)n, d, 1, d, 1, &r);
  cudnnHandle_t dnn;
  cudnnCreate(&dnn);
  cudnnConvolutionForward(dnn, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0); // DIAG: KP3001
  // CHECK: miopenHandle_t dnn;
  // CHECK: miopenCreate(&dnn);
  // CHECK: cudnnConvolutionForward(dnn,
  return st == CURAND_STATUS_SUCCESS ? 0 : 1;
  // CHECK: return st == HIPRAND_STATUS_SUCCESS ? 0 : 1;
}
