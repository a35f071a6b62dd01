// __shared__ forms not translated yet stay as written, each with an error.
__device__ float helper(float v)
{
    extern __shared__ float scratch[], more[]; // DIAG: KP2022
    // CHECK: extern __shared__ float scratch[], more[];
    scratch[0] = v;
    return scratch[0];
}

__global__ void dynamic(float *out)
{
    if (out[0] > 0) {
        __shared__ float twice[4]; // DIAG: KP2021
        twice[0] = 1;
    } else {
        __shared__ float twice[4]; // DIAG: KP2021
        twice[1] = 2;
    }
    out[0] = helper(out[1]);
}
