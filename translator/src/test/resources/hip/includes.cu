// Each CUDA include is replaced where it stands, never duplicated (a second include of the same HIP
// header becomes a comment that shows the original); others stay.
#include <cuda.h>
#include <cuda_runtime.h>   // the runtime
#include "cuComplex.h"
#include <curand.h>
#include <cstdio>
#include <texture_fetch_functions.h> // DIAG: KP3003
#ifdef USE_FP16
#include <cuda_fp16.h>
#include <cuda_runtime.h>
#endif
// CHECK: #include <hip/hip_runtime.h>
// CHECK-NOT: hip/hip_runtime.h
// CHECK: // #include <cuda_runtime.h> // the runtime (its HIP header is already included above)
// CHECK-NOT: hip/hip_runtime.h
// CHECK: #include <hip/hip_complex.h>
// CHECK: #include <hiprand/hiprand.h>
// CHECK: #include <cstdio>
// CHECK: #include <texture_fetch_functions.h>
// CHECK: #ifdef USE_FP16
// CHECK: #include <hip/hip_fp16.h>
// CHECK: #include <hip/hip_runtime.h>
// CHECK-ABSENT: <cuda.h>
