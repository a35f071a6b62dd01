// Barriers and fences become their OpenCL counterparts.
__global__ void sync(float *data)
{
    data[0] = 1.0f;
    __syncthreads();
    // CHECK: barrier(CLK_LOCAL_MEM_FENCE | CLK_GLOBAL_MEM_FENCE);
    __threadfence_block();
    // CHECK: mem_fence(CLK_LOCAL_MEM_FENCE | CLK_GLOBAL_MEM_FENCE);
    __threadfence(); // DIAG: KP2041
    // CHECK: mem_fence(CLK_LOCAL_MEM_FENCE | CLK_GLOBAL_MEM_FENCE);
    __threadfence_system(); // DIAG: KP2041
    // CHECK-ABSENT: __threadfence
    // CHECK-ABSENT: __syncthreads
}
