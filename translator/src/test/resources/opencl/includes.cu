// Local headers are inlined (and translated); system headers are left to the host side.
#include <cuda_runtime.h>
#include <stdio.h>
#include "include/helpers.h"
#include "include/helpers.h"
// INCLUDE-DIR: include/more
#include "from_dir.h"
// CHECK-ABSENT: #include <
// CHECK-ABSENT: cuda_runtime
// CHECK: // begin #include "include/helpers.h"
// CHECK: // begin #include "inner.h"
// CHECK: #define INNER_SCALE 2.0f
// CHECK: // end #include "inner.h"
// CHECK: static inline float clamp01(float v)
// CHECK: fmin(fmax(v, 0.0f), 1.0f)
// CHECK: // end #include "include/helpers.h"
// CHECK-NOT: clamp01(float v)
// CHECK: // begin #include "from_dir.h"
// CHECK: typedef float real;

__global__ void scale(real *data)
{
    // CHECK: __kernel void scale(__global real *data)
    data[0] = clamp01(data[0]) * INNER_SCALE;
}
