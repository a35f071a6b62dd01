// Steps ordered by barriers, two arrays each stepped once, a serial loop of one thread, shuffles.
#define BLOCK 256
__global__ void reduce(const float *in, float *out) {
  __shared__ float tile[BLOCK];
  __shared__ float other[BLOCK];
  const int tid = threadIdx.x;
  tile[tid] = in[blockIdx.x * BLOCK + tid];
  other[tid] = tile[tid];
  __syncthreads();
  for (int stride = BLOCK / 2; stride > 0; stride >>= 1) {
    if (tid < stride) {
      tile[tid] += tile[tid + stride];
      other[tid] += other[tid + stride];
    }
    __syncthreads();
  }
  if (tid == 0) {
    for (int i = 1; i < BLOCK; i++) {
      tile[i] += tile[i - 1];
    }
    out[blockIdx.x] = tile[BLOCK - 1] + other[0];
  }
}
__device__ void warp_reduce_synced(volatile float *s, int tid) {
  s[tid] += s[tid + 32];
  __syncwarp(); // DIAG: KP3001
  s[tid] += s[tid + 16];
  __syncwarp(); // DIAG: KP3001
  s[tid] += s[tid + 8];
}
__device__ float shuffled(float v) {
  for (int offset = warpSize / 2; offset > 0; offset /= 2) {
    v += __shfl_down(v, offset);
  }
  return v;
}
