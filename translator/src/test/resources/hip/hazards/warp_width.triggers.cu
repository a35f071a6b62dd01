// Literal 32 (or 31, or a shift by 5) used as the warp width with a thread index, lane or warp.
#define WARP_SIZE 32 // DIAG: KP3021
#define LANE_ID (threadIdx.x & 31) // DIAG: KP3021
__global__ void k(int *out) {
  int lane = threadIdx.x % 32; // DIAG: KP3021
  int warp = threadIdx.x / 32; // DIAG: KP3021
  int tid = threadIdx.x;
  int l2 = tid & 31; // DIAG: KP3021
  int w2 = tid >> 5; // DIAG: KP3021
  int first = warp * 32; // DIAG: KP3021
  int first2 = 32 * warp; // DIAG: KP3021
  int nwarps = blockDim.x / 32; // DIAG: KP3021
  int t = threadIdx.x + 1;
  int l3 = t % 32; // DIAG: KP3021
  constexpr int kWarpSize = 32; // DIAG: KP3021
  __shared__ int per_lane[4][32]; // DIAG: KP3021
  per_lane[warp % 4][lane] = l2 + l3;
  out[first + first2 + lane] = per_lane[warp % 4][w2 % WARP_SIZE] + nwarps + kWarpSize + LANE_ID;
}
