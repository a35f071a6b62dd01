// Literal 32 used as the warp width where the expression is about threads or lanes.
__global__ void k(int *out) {
  int lane = threadIdx.x % 32; // DIAG: KP3021
  int warp = threadIdx.x / 32; // DIAG: KP3021
  int tid = threadIdx.x;
  int l2 = tid & 31; // DIAG: KP3021
  __shared__ int per_warp[32]; // DIAG: KP3021
  per_warp[lane] = l2;
  out[warp * 32 + lane] = per_warp[warp];
}
