// printf is OpenCL 1.2's own; sincosf writes through private pointers; min/max keep their
// overloads; fences and __syncwarp become OpenCL fences and barriers.
__global__ void report(const float *in, float *out, int *lo, unsigned *hi, int n)
{
    int i = threadIdx.x;
    float s, c;
    sincosf(in[i], &s, &c);
    // CHECK: kport_sincosf(in[i], &s, &c);
    lo[i] = min(i, n) + max(i, 0);
    // CHECK: lo[i] = min(i, n) + max(i, 0);
    hi[i] = umax(hi[i], 3u);
    // CHECK: hi[i] = max(hi[i], 3u);
    out[i] = fminf(s, c) + __saturatef(s);
    // CHECK: out[i] = fmin(s, c) + kport_saturate(s);
    __threadfence(); // DIAG: KP2041
    // CHECK: mem_fence(CLK_LOCAL_MEM_FENCE | CLK_GLOBAL_MEM_FENCE);
    if (i == 0) printf("n = %d, first = %f\n", n, out[0]);
    // CHECK: if (i == 0) printf("n = %d, first = %f\n", n, out[0]);
}
