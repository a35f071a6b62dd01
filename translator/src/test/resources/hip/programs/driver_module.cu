// Driver API module loading in the style of the CUDA samples. Translated, it must compile with hipcc.
#include <cuda.h>
#include <cstdio>

int main(int argc, char **argv) {
  CUdevice dev;
  CUcontext ctx;
  CUmodule mod;
  CUfunction fn;
  CUdeviceptr buf;
  if (cuInit(0) != CUDA_SUCCESS) return 1;
  cuDeviceGet(&dev, 0);
  cuCtxCreate(&ctx, 0, dev);
  if (cuModuleLoad(&mod, argc > 1 ? argv[1] : "scale.co") != CUDA_SUCCESS) return 1;
  cuModuleGetFunction(&fn, mod, "scale");
  cuMemAlloc(&buf, 1024 * sizeof(float));
  float host[1024] = {0};
  cuMemcpyHtoD(buf, host, sizeof host);
  int n = 1024;
  void *args[] = {&buf, &n};
  CUresult r = cuLaunchKernel(fn, 4, 1, 1, 256, 1, 1, 0, 0, args, 0);
  cuMemcpyDtoH(host, buf, sizeof host);
  cuMemFree(buf);
  cuModuleUnload(mod);
  printf("%f\n", host[0]);
  return r == CUDA_SUCCESS ? 0 : 1;
}
