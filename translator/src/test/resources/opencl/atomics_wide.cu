// 64-bit atomics use the cl_khr_int64 extensions; atomicInc/atomicDec wrap at their bound
// through compare-and-swap loops; atomicExch on float is OpenCL's atomic_xchg.
// CHECK: #pragma OPENCL EXTENSION cl_khr_int64_base_atomics : enable
// CHECK: #pragma OPENCL EXTENSION cl_khr_int64_extended_atomics : enable
// CHECK: static uint kport_atomic_dec_local(volatile __local uint *p, uint bound)
// CHECK: next = old == 0u || old > bound ? bound : old - 1u;
// CHECK: static uint kport_atomic_inc_global(volatile __global uint *p, uint bound)
// CHECK: next = old >= bound ? 0u : old + 1u;
__global__ void counters(unsigned long long *total, long long *peak, unsigned int *ring, float *last)
{
    __shared__ unsigned int slots;
    slots = 8;
    __syncthreads();
    atomicAdd(total, 1ull);
    // CHECK: atom_add(total, 1ull);
    atomicMax(peak, (long long)threadIdx.x);
    // CHECK: atom_max(peak, (long)((uint)get_local_id(0)));
    unsigned long long seen = atomicCAS(total, 0ull, 1ull);
    // CHECK: atom_cmpxchg(total, 0ull, 1ull);
    unsigned int at = atomicInc(ring, 15u) + atomicDec(&slots, 8u);
    // CHECK: unsigned int at = kport_atomic_inc_global(ring, 15u) + kport_atomic_dec_local(&slots, 8u);
    float was = atomicExch(last, 1.0f);
    // CHECK: float was = atomic_xchg(last, 1.0f);
    ring[at % 16] = (unsigned int)seen + (unsigned int)was;
}
