// 32 that is not the warp width: sizes, tiles, bit fields, a bitmap indexed globally, per-warp
// slots sized BLOCK / 32 (enough for any wavefront width), and warpSize itself.
#define TILE 32
#define BLOCK 256
#define BITS_PER_WORD 32
#define WORD_OF(i) ((i) / 32)
__global__ void k(int *out, const unsigned *bits, int n, unsigned flags) {
  int blocks = n / 32;
  int low = flags & 31;
  int rem = n % 32;
  int shift = n >> 5;
  int lane = threadIdx.x % warpSize;
  int warp = threadIdx.x / warpSize;
  int gid = blockIdx.x * blockDim.x + threadIdx.x;
  unsigned word = bits[gid / 32] >> (gid % 32) | bits[WORD_OF(n)] >> (n % BITS_PER_WORD);
  __shared__ float tile[TILE][TILE + 1];
  __shared__ float warp_sums[BLOCK / 32];
  __shared__ float row[32];
  tile[threadIdx.y][threadIdx.x] = 0;
  row[threadIdx.x % TILE] = 0;
  if (lane == 0) {
    warp_sums[warp] = 1.0f;
  }
  out[gid] = blocks + low + rem + shift + (int) word + (int) tile[0][32] + (int) row[0] + (int) warp_sums[0];
}
