// warpSize taken as a compile-time constant: an array extent, a constexpr.
__global__ void k(float *out) {
  __shared__ float per_lane[warpSize]; // DIAG: KP3024
  constexpr int width = warpSize; // DIAG: KP3024
  per_lane[threadIdx.x % warpSize] = 1.0f;
  out[threadIdx.x] = per_lane[0] + width;
}
