// Asking for a kernel the file does not define is an error naming the ones it does.
// ENTRY: nope
// DIAG: KP2050
__global__ void only(float *p) { p[0] = 0; }
// CHECK-ABSENT: only
