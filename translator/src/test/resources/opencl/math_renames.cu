// Math functions and intrinsics take their OpenCL names, in calls only.
struct Funcs { float expf; };

__device__ float my_expf(float v) { return v; }

__global__ void maths(float *out, const float *in, double *d, Funcs f)
{
    float x = in[0];
    out[0] = expf(x) + logf(x) + sqrtf(x) + rsqrtf(x) + fabsf(x);
    // CHECK: out[0] = exp(x) + log(x) + sqrt(x) + rsqrt(x) + fabs(x);
    out[1] = fminf(x, 1.0f) + fmaxf(x, 2.0f) + powf(x, 2.0f) + fmaf(x, x, x);
    // CHECK: out[1] = fmin(x, 1.0f) + fmax(x, 2.0f) + pow(x, 2.0f) + fma(x, x, x);
    out[2] = __expf(x) + __logf(x) + __sinf(x) + __cosf(x) + __fdividef(x, 3.0f);
    // CHECK: out[2] = native_exp(x) + native_log(x) + native_sin(x) + native_cos(x) + native_divide(x, 3.0f);
    out[3] = floorf(x) + ceilf(x) + roundf(x) + truncf(x) + erff(x) + tanhf (x);
    // CHECK: out[3] = floor(x) + ceil(x) + round(x) + trunc(x) + erf(x) + tanh (x);
    d[0] = exp(d[1]) + sqrt(d[2]);
    // CHECK: d[0] = exp(d[1]) + sqrt(d[2]);
    out[4] = my_expf(x) + f.expf;
    // CHECK: out[4] = my_expf(x) + f.expf;
    const char *label = "expf(x) stays in strings"; /* and expf(x) in comments */
    // CHECK: __constant const char *label = "expf(x) stays in strings"; /* and expf(x) in comments */
    clock(); // DIAG: KP2040
    // CHECK: clock();
}
