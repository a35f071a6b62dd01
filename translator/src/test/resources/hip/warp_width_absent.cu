// 32 that is not about threads: sizes, bit fields, warpSize itself.
__global__ void k(int *out, int n, unsigned flags) {
  int blocks = n / 32;
  int low = flags & 31;
  int rem = n % 32;
  int lane = threadIdx.x % warpSize;
  __shared__ float tile[32][33];
  tile[lane][0] = 0;
  out[0] = blocks + low + rem + lane + (int) tile[0][32];
}
