// cuSOLVER borrows cuBLAS's enums, and cuBLAS's Ex calls take CUDA data types: inside those calls
// they take the HIP library's own names; elsewhere their family's.
#include <cublas_v2.h>
#include <cusolverDn.h>
// CHECK: #include <hipblas/hipblas.h>
// CHECK: #include <hipsolver/hipsolver.h>
void solve(cublasHandle_t b, cusolverDnHandle_t s, int n, float *A, float *w, int lw, int *info) {
  cusolverDnSpotrf(s, CUBLAS_FILL_MODE_LOWER, n, A, n, w, lw, info);
  // CHECK: hipsolverDnSpotrf(s, HIPSOLVER_FILL_MODE_LOWER, n, A, n, w, lw, info);
  cublasSsyrk(b, CUBLAS_FILL_MODE_LOWER, CUBLAS_OP_N, n, n, w, A, n, w, A, n);
  // CHECK: hipblasSsyrk(b, HIPBLAS_FILL_MODE_LOWER, HIPBLAS_OP_N, n, n, w, A, n, w, A, n);
  cublasGemmEx(b, CUBLAS_OP_N, CUBLAS_OP_T, n, n, n, w, A, CUDA_R_32F, n, A, CUDA_R_32F, n, w, A, CUDA_R_32F, n,
               CUBLAS_COMPUTE_32F, CUBLAS_GEMM_DEFAULT);
  // CHECK: hipblasGemmEx(b, HIPBLAS_OP_N, HIPBLAS_OP_T, n, n, n, w, A, HIPBLAS_R_32F, n, A, HIPBLAS_R_32F, n, w, A, HIPBLAS_R_32F, n,
  // CHECK: HIPBLAS_R_32F, HIPBLAS_GEMM_DEFAULT);
  cudaDataType t = CUDA_R_32F;
  // CHECK: hipDataType t = HIP_R_32F;
}
