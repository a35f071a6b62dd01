// A ballot stored in 32 bits loses the upper half of a 64-wide wavefront.
__global__ void k(const int *in, unsigned *out) {
  bool p = in[threadIdx.x] > 0;
  const unsigned int b = __ballot_sync(0xffffffff, p); // DIAG: KP3010 KP3023
  int c = __ballot(p); // DIAG: KP3023
  out[0] = b + c;
}
