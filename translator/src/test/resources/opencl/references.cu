// C++ reference parameters become pointers: uses dereference them, calls pass addresses.
__device__ void compare_exchange(float &lo, float &hi) // DIAG: KP2033 KP2033
{
    if (lo > hi) {
        float t = lo;
        lo = hi;
        hi = t;
    }
}
// CHECK: void compare_exchange_local_local(__local float *lo, __local float *hi)
// CHECK: if ((*lo) > (*hi)) {
// CHECK: (*lo) = (*hi);
// CHECK: void compare_exchange_global_global(__global float *lo, __global float *hi)

__device__ void bump(int &counter)
{
    counter += 1;
}
// CHECK: void bump(int *counter)
// CHECK: (*counter) += 1;

__global__ void sort_pairs(float *keys, int *counts)
{
    __shared__ float tile[64];
    int i = threadIdx.x;
    int c = 0;
    tile[i] = keys[i];
    compare_exchange(tile[2 * i], tile[2 * i + 1]);
    // CHECK: compare_exchange_local_local(&(tile[2 * i]), &(tile[2 * i + 1]));
    compare_exchange(keys[i], keys[i + 1]);
    // CHECK: compare_exchange_global_global(&(keys[i]), &(keys[i + 1]));
    bump(c);
    // CHECK: bump(&(c));
    counts[i] = c;
}
