// warpSize read at run time: loop bounds, divisions, a subscript; storage sized for 64 lanes.
__global__ void k(float *out, int n) {
  __shared__ float per_lane[64];
  const int lane = threadIdx.x % warpSize;
  per_lane[lane] = 1.0f;
  for (int offset = warpSize / 2; offset > 0; offset /= 2) {
    out[offset] = per_lane[lane];
  }
  out[threadIdx.x] = per_lane[warpSize - 1] + n / warpSize;
}
