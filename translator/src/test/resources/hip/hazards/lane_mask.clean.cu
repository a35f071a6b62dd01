// 64-bit masks, masks the renaming drops, a user's own *_sync function, and other 32-bit values.
#define FULL 0xffffffffffffffffull
__device__ int my_sync(unsigned m, unsigned v) { return (int) (m & v); }
__device__ unsigned keep(unsigned v, unsigned long long m, int lane) {
  unsigned low = v & 0xffffffff;
  unsigned long long mine = 1ull << lane;
  unsigned bit = 1u << (v & 7);
  int a = __match_any_sync(FULL, v); // DIAG: KP3001
  int b = __match_any_sync(m, v); // DIAG: KP3001
  int c = __match_any_sync(~0ull, v); // DIAG: KP3001
  float s = __shfl_sync(0xffffffff, 1.0f, 0); // DIAG: KP3010
  return low + (unsigned) mine + bit + a + b + c + my_sync(0xffffffff, v) + (unsigned) s;
}
