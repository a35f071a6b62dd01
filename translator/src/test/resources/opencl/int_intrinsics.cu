// Integer intrinsics OpenCL lacks call small kport_ helpers, written once at the top of the output.
// CHECK: static uint kport_brev(uint x)
// CHECK: static int kport_ffs(int x)
// CHECK: static ulong kport_brevll(ulong x)
__global__ void bits(const unsigned int *a, unsigned int *r, int *f, unsigned long long *w, float *s)
{
    int i = threadIdx.x;
    r[i] = __brev(a[i]) + __umulhi(a[i], 3u) + __popc(a[i]);
    // CHECK: r[i] = kport_brev(a[i]) + mul_hi(a[i], 3u) + popcount(a[i]);
    f[i] = __ffs((int)a[i]) + __clz((int)a[i]) + __mul24(i, i);
    // CHECK: f[i] = kport_ffs((int)a[i]) + clz((int)a[i]) + mul24(i, i);
    w[i] = __brevll(w[i]);
    // CHECK: w[i] = kport_brevll(w[i]);
    s[i] = __saturatef(s[i]);
    // CHECK: s[i] = kport_saturate(s[i]);
}
