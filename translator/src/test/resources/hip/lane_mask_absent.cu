// Other masks and other functions: no lane-mask warning.
__device__ unsigned keep(unsigned v, unsigned m) {
  unsigned low = v & 0xffffffff;
  return low + my_sync(m, v);
}
