// 32-bit lane masks where a 64-wide wavefront needs 64 bits.
#define ALL 0xffffffffu
#define ALL_BITS (~0u)
#define LANE_BIT(lane) (1u << (lane)) // DIAG: KP3022
__device__ int vote(int v, unsigned mask) {
  int a = __match_any_sync(0xffffffff, v); // DIAG: KP3001 KP3022
  int b = __reduce_add_sync(ALL, v); // DIAG: KP3001 KP3022
  int c = __match_any_sync(0xFFFFFFFFu, v); // DIAG: KP3001 KP3022
  int d = __match_any_sync(~0u, v); // DIAG: KP3001 KP3022
  int e = __match_any_sync(mask, v); // DIAG: KP3001 KP3022
  int f = __reduce_add_sync(ALL_BITS, v); // DIAG: KP3001 KP3022
  return a + b + c + d + e + f;
}
__device__ unsigned lanes_below(int lane) {
  return (1u << lane) - 1u + LANE_BIT(lane); // DIAG: KP3022
}
