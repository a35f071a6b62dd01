// A ballot kept in 32 bits loses the upper half of a 64-wide wavefront.
#include <stdint.h>
__global__ void k(const int *in, unsigned *out) {
  bool p = in[threadIdx.x] > 0;
  const unsigned int b = __ballot_sync(0xffffffff, p); // DIAG: KP3010 KP3023
  int c = __ballot(p); // DIAG: KP3023
  uint32_t d;
  d = __ballot(p); // DIAG: KP3023
  unsigned long long e = (unsigned) __ballot(p); // DIAG: KP3023
  unsigned long long wide = __ballot(p);
  out[0] = __popc(wide); // DIAG: KP3023
  out[1] = __ffs(__ballot(p)); // DIAG: KP3023
  unsigned m = __activemask(); // DIAG: KP3001 KP3023
  out[2] = b + c + d + (unsigned) e + m;
}
