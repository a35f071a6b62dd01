// atomicAdd on double becomes a compare-and-swap loop on the 64 bits, with the extensions it needs.
// CHECK: #pragma OPENCL EXTENSION cl_khr_fp64 : enable
// CHECK: #pragma OPENCL EXTENSION cl_khr_int64_base_atomics : enable
// CHECK: static double kport_atomic_add_double_global(volatile __global double *p, double v)
// CHECK: atom_cmpxchg((volatile __global ulong *)p, old.u, next.u)
__global__ void dot_product(const double *x, double *result, int n)
{
    __shared__ double partial;
    if (threadIdx.x == 0) partial = 0.0;
    __syncthreads();
    atomicAdd(&partial, x[threadIdx.x]);
    // CHECK: kport_atomic_add_double_local(&partial, x[
    __syncthreads();
    if (threadIdx.x == 0) atomicAdd(result, partial);
    // CHECK: kport_atomic_add_double_global(result, partial);
}
