__global__ void k(int n, float *x, float *y) {}
