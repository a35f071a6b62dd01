// A sparse matrix-vector product with cuSPARSE's generic API, in the style of the CUDA library
// samples: a CSR matrix and dense vectors described, a work buffer sized, y = alpha*A*x + beta*y.
#include <cuda_runtime.h>
#include <cusparse.h>
#include <cstdio>

#define CUDA_CHECK(call) do { cudaError_t e_ = (call); if (e_ != cudaSuccess) { \
    fprintf(stderr, "line %d: %s\n", __LINE__, cudaGetErrorString(e_)); return 1; } } while (0)
#define SPARSE_CHECK(call) do { cusparseStatus_t s_ = (call); if (s_ != CUSPARSE_STATUS_SUCCESS) { \
    fprintf(stderr, "line %d: cusparse status %d\n", __LINE__, (int)s_); return 1; } } while (0)

int main() {
  // 4x4: [1 0 2 0; 0 3 0 0; 4 0 5 6; 0 0 0 7]
  const int rows = 4, cols = 4, nnz = 7;
  const int h_offsets[] = {0, 2, 3, 6, 7};
  const int h_columns[] = {0, 2, 1, 0, 2, 3, 3};
  const float h_values[] = {1, 2, 3, 4, 5, 6, 7};
  const float h_x[] = {1, 1, 1, 1};
  float h_y[] = {0, 0, 0, 0};
  int *offsets, *columns;
  float *values, *x, *y;
  CUDA_CHECK(cudaMalloc(&offsets, sizeof h_offsets));
  CUDA_CHECK(cudaMalloc(&columns, sizeof h_columns));
  CUDA_CHECK(cudaMalloc(&values, sizeof h_values));
  CUDA_CHECK(cudaMalloc(&x, sizeof h_x));
  CUDA_CHECK(cudaMalloc(&y, sizeof h_y));
  CUDA_CHECK(cudaMemcpy(offsets, h_offsets, sizeof h_offsets, cudaMemcpyHostToDevice));
  CUDA_CHECK(cudaMemcpy(columns, h_columns, sizeof h_columns, cudaMemcpyHostToDevice));
  CUDA_CHECK(cudaMemcpy(values, h_values, sizeof h_values, cudaMemcpyHostToDevice));
  CUDA_CHECK(cudaMemcpy(x, h_x, sizeof h_x, cudaMemcpyHostToDevice));
  CUDA_CHECK(cudaMemcpy(y, h_y, sizeof h_y, cudaMemcpyHostToDevice));

  cusparseHandle_t handle;
  SPARSE_CHECK(cusparseCreate(&handle));
  cudaStream_t stream;
  CUDA_CHECK(cudaStreamCreate(&stream));
  SPARSE_CHECK(cusparseSetStream(handle, stream));
  cusparseSpMatDescr_t A;
  cusparseDnVecDescr_t vx, vy;
  SPARSE_CHECK(cusparseCreateCsr(&A, rows, cols, nnz, offsets, columns, values, CUSPARSE_INDEX_32I,
                                 CUSPARSE_INDEX_32I, CUSPARSE_INDEX_BASE_ZERO, CUDA_R_32F));
  SPARSE_CHECK(cusparseCreateDnVec(&vx, cols, x, CUDA_R_32F));
  SPARSE_CHECK(cusparseCreateDnVec(&vy, rows, y, CUDA_R_32F));
  const float alpha = 1.0f, beta = 0.0f;
  size_t bytes = 0;
  SPARSE_CHECK(cusparseSpMV_bufferSize(handle, CUSPARSE_OPERATION_NON_TRANSPOSE, &alpha, A, vx, &beta, vy,
                                       CUDA_R_32F, CUSPARSE_SPMV_ALG_DEFAULT, &bytes));
  void *work = nullptr;
  CUDA_CHECK(cudaMalloc(&work, bytes > 0 ? bytes : 1));
  SPARSE_CHECK(cusparseSpMV(handle, CUSPARSE_OPERATION_NON_TRANSPOSE, &alpha, A, vx, &beta, vy, CUDA_R_32F,
                            CUSPARSE_SPMV_ALG_DEFAULT, work));

  // the legacy matrix descriptor, still in both libraries
  cusparseMatDescr_t descr;
  SPARSE_CHECK(cusparseCreateMatDescr(&descr));
  SPARSE_CHECK(cusparseSetMatType(descr, CUSPARSE_MATRIX_TYPE_GENERAL));
  SPARSE_CHECK(cusparseSetMatIndexBase(descr, CUSPARSE_INDEX_BASE_ZERO));
  SPARSE_CHECK(cusparseDestroyMatDescr(descr));

  CUDA_CHECK(cudaMemcpyAsync(h_y, y, sizeof h_y, cudaMemcpyDeviceToHost, stream));
  CUDA_CHECK(cudaStreamSynchronize(stream));
  printf("y = %g %g %g %g\n", h_y[0], h_y[1], h_y[2], h_y[3]);
  SPARSE_CHECK(cusparseDestroySpMat(A));
  SPARSE_CHECK(cusparseDestroyDnVec(vx));
  SPARSE_CHECK(cusparseDestroyDnVec(vy));
  SPARSE_CHECK(cusparseDestroy(handle));
  CUDA_CHECK(cudaStreamDestroy(stream));
  CUDA_CHECK(cudaFree(work));
  CUDA_CHECK(cudaFree(y));
  CUDA_CHECK(cudaFree(x));
  CUDA_CHECK(cudaFree(values));
  CUDA_CHECK(cudaFree(columns));
  CUDA_CHECK(cudaFree(offsets));
  return h_y[2] == 15.0f ? 0 : 1;
}
