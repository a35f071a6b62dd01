// y = A x for a sparse A in CSR form (row_ptr, col_idx, vals), one thread per row: the "scalar"
// CSR kernel. x is gathered through the read-only data cache (__ldg), as its reads are scattered.
#include <cuda_runtime.h>

__global__ void spmv_csr(int rows, const int *__restrict__ row_ptr, const int *__restrict__ col_idx,
                         const float *__restrict__ vals, const float *__restrict__ x,
                         float *__restrict__ y)
{
    int row = blockIdx.x * blockDim.x + threadIdx.x;
    if (row < rows) {
        float sum = 0.0f;
        int end = row_ptr[row + 1];
        for (int k = row_ptr[row]; k < end; k++) {
            sum += vals[k] * __ldg(&x[col_idx[k]]);
        }
        y[row] = sum;
    }
}
