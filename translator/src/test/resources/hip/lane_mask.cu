// A 32-bit mask passed to a *_sync call that keeps its mask.
#define ALL 0xffffffffu
__device__ int vote(int v) {
  return __match_any_sync(0xffffffff, v) + __reduce_add_sync(ALL, v); // DIAG: KP3001 KP3022 KP3001 KP3022
}
