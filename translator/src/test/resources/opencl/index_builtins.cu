// Thread-index built-ins become work-item functions, cast to keep CUDA's 32-bit unsigned maths.
struct Pos { int threadIdx; };

__global__ void where(int *out, Pos p)
{
    out[0] = threadIdx.x + threadIdx.y + threadIdx.z;
    // CHECK: out[0] = ((uint)get_local_id(0)) + ((uint)get_local_id(1)) + ((uint)get_local_id(2));
    out[1] = blockIdx.x * blockDim.y + gridDim.z;
    // CHECK: out[1] = ((uint)get_group_id(0)) * ((uint)get_local_size(1)) + ((uint)get_num_groups(2));
    out[2] = threadIdx . x;
    // CHECK: out[2] = ((uint)get_local_id(0));
    out[3] = p.threadIdx;
    // a member that happens to share the name is the user's
    // CHECK: out[3] = p.threadIdx;
    dim3 all = threadIdx; // DIAG: KP2040 KP2010
    // CHECK-NOT: threadIdx.x
}
