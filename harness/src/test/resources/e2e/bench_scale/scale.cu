// y = a * x, with REPEAT extra rounds of work when the build defines it: the same kernel made
// deliberately slower, for the regression check.
#ifndef REPEAT
#define REPEAT 0
#endif

__global__ void scale(const float *x, float *y, float a, int n)
{
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) {
        float v = x[i];
        float acc = 0.0f;
        for (int r = 0; r < REPEAT; r++) {
            acc = fmaf(acc, 0.5f, v);
        }
        y[i] = a * v + acc * 0.0f;
    }
}
