// Atomics take the OpenCL built-in for their pointee type; float addition becomes a CAS loop.
#define BUMP(p) atomicAdd(p, 1) // DIAG: KP2040

__global__ void histogram(const float *in, unsigned int *bins, float *total, int *flags,
                          unsigned long long *wide, int n)
{
    __shared__ unsigned int local_bins[16];
    __shared__ float local_sum;
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= n) return;
    atomicAdd(&local_bins[i % 16], 1u);
    // CHECK: atomic_add(&local_bins[i % 16], 1u);
    atomicAdd(&local_sum, in[i]);
    // CHECK: kport_atomic_add_float_local(&local_sum, in[i]);
    __syncthreads();
    atomicAdd(bins + threadIdx.x % 16, local_bins[threadIdx.x % 16]);
    // CHECK: atomic_add(bins + ((uint)get_local_id(0)) % 16, local_bins[((uint)get_local_id(0)) % 16]);
    atomicAdd(total, local_sum);
    // CHECK: kport_atomic_add_float_global(total, local_sum);
    int old = atomicCAS(&flags[0], 0, 1) + atomicMax(&flags[1], i) + atomicExch(&flags[2], 3);
    // CHECK: int old = atomic_cmpxchg(&flags[0], 0, 1) + atomic_max(&flags[1], i) + atomic_xchg(&flags[2], 3);
    float prev = atomicExch(&total[1], 0.0f);
    // CHECK: float prev = atomic_xchg(&total[1], 0.0f);
    atomicAdd(wide, 1ull);
    // CHECK: atom_add(wide, 1ull);
    atomicInc(bins, 4u);
    // CHECK: kport_atomic_inc_global(bins, 4u);
    atomicMax(total, 1.0f); // DIAG: KP2040
    flags[3] = old + (int)prev;
}
// CHECK-ABSENT: atomicAdd(&
