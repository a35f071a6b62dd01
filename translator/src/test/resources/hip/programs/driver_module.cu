// Driver API module loading in the style of the CUDA samples: the primary context, a module
// loaded from a file, a kernel looked up by name and launched with its arguments as an array.
#include <cuda.h>
#include <cstdio>

#define CHECK(call) do { CUresult r_ = (call); if (r_ != CUDA_SUCCESS) { \
    fprintf(stderr, "line %d: driver error %d\n", __LINE__, (int)r_); return 1; } } while (0)

int main(int argc, char **argv) {
  CUdevice dev;
  CUcontext ctx;
  CUmodule mod;
  CUfunction fn;
  CUdeviceptr buf;
  CHECK(cuInit(0));
  int count = 0;
  CHECK(cuDeviceGetCount(&count));
  if (count == 0) return 0;
  CHECK(cuDeviceGet(&dev, 0));
  char name[128];
  CHECK(cuDeviceGetName(name, sizeof name, dev));
  int sms = 0;
  CHECK(cuDeviceGetAttribute(&sms, CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT, dev));
  CHECK(cuDevicePrimaryCtxRetain(&ctx, dev));
  CHECK(cuCtxSetCurrent(ctx));
  CHECK(cuModuleLoad(&mod, argc > 1 ? argv[1] : "scale.co"));
  CHECK(cuModuleGetFunction(&fn, mod, "scale"));
  const int n = 1024;
  CHECK(cuMemAlloc(&buf, n * sizeof(float)));
  float host[n];
  for (int i = 0; i < n; i++) host[i] = (float)i;
  CHECK(cuMemcpyHtoD(buf, host, sizeof host));
  int count_arg = n;
  void *args[] = {&buf, &count_arg};
  CHECK(cuLaunchKernel(fn, (n + 255) / 256, 1, 1, 256, 1, 1, 0, 0, args, 0));
  CHECK(cuCtxSynchronize());
  CHECK(cuMemcpyDtoH(host, buf, sizeof host));
  CHECK(cuMemFree(buf));
  CHECK(cuModuleUnload(mod));
  CHECK(cuDevicePrimaryCtxRelease(dev));
  printf("%s (%d SMs): host[1] = %f\n", name, sms, host[1]);
  return 0;
}
