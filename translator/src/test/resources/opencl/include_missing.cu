// A local header that cannot be found stays as written, with an error.
#include "no_such_header.h" // DIAG: KP1001
// CHECK: #include "no_such_header.h"

__global__ void k(float *p) { p[0] = 1.0f; }
