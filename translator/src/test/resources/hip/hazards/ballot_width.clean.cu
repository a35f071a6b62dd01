// Ballots kept in 64 bits and read with the 64-bit bit functions; 32-bit bit functions on other values.
__global__ void k(const int *in, unsigned long long *out, unsigned *bits) {
  bool p = in[threadIdx.x] > 0;
  unsigned long long b = __ballot(p);
  auto c = __ballot(p);
  unsigned long long d = __ballot_sync(0xffffffffffffffffull, p); // DIAG: KP3010
  out[0] = b + c + d + __popcll(__ballot(p)) + __ffsll(b);
  unsigned x = bits[threadIdx.x];
  bits[threadIdx.x] = __popc(x) + __ffs(x) + __clz(x);
}
