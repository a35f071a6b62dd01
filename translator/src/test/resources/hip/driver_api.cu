// Driver API module loading becomes HIP's module API.
#include <cuda.h>

int run(const void *image) {
  CUdevice dev;
  CUcontext ctx;
  CUmodule mod;
  CUfunction fn;
  CUdeviceptr buf;
  if (cuInit(0) != CUDA_SUCCESS) return 1;
  cuDeviceGet(&dev, 0);
  cuCtxCreate(&ctx, 0, dev); // DIAG: KP3002
  cuModuleLoadData(&mod, image);
  cuModuleGetFunction(&fn, mod, "scale");
  cuMemAlloc(&buf, 4096);
  void *args[] = {&buf};
  CUresult r = cuLaunchKernel(fn, 4, 1, 1, 256, 1, 1, 0, 0, args, 0);
  return r == CUDA_SUCCESS ? 0 : 1;
}
// CHECK: hipDevice_t dev;
// CHECK: hipCtx_t ctx;
// CHECK: hipModule_t mod;
// CHECK: hipFunction_t fn;
// CHECK: hipDeviceptr_t buf;
// CHECK: if (hipInit(0) != hipSuccess) return 1;
// CHECK: hipDeviceGet(&dev, 0);
// CHECK: hipCtxCreate(&ctx, 0, dev);
// CHECK: hipModuleLoadData(&mod, image);
// CHECK: hipModuleGetFunction(&fn, mod, "scale");
// CHECK: hipMalloc(&buf, 4096);
// CHECK: hipError_t r = hipModuleLaunchKernel(fn, 4, 1, 1, 256, 1, 1, 0, 0, args, 0);
