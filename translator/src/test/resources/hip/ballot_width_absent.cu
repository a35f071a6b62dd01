// Ballots kept in 64 bits, or used directly, are fine.
__global__ void k(const int *in, unsigned long long *out) {
  bool p = in[threadIdx.x] > 0;
  unsigned long long b = __ballot(p);
  auto c = __ballot(p);
  out[0] = b + c + __popcll(__ballot(p));
}
