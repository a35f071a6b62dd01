// 32 that is not about threads: sizes, bit fields, warpSize itself.
__global__ void k(int *out, int n, unsigned flags) {
  int blocks = n / 32;
  int low = flags & 31;
  int rem = n % 32;
  int lane = threadIdx.x % warpSize;
  out[0] = blocks + low + rem + lane;
}
