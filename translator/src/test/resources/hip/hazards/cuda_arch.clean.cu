// A ported condition, and __CUDA_ARCH__ only in comments, strings and longer names.
__device__ __host__ int where() {
#if defined(__CUDA_ARCH__) || defined(__HIP_DEVICE_COMPILE__)
  return 1;
#else
  return 0;
#endif
}
// __CUDA_ARCH__ in a comment
const char *note = "built without __CUDA_ARCH__";
#ifdef __HIP_DEVICE_COMPILE__
#endif
#define MY_CUDA_ARCH_LEVEL 700
#if MY_CUDA_ARCH_LEVEL >= 700 /* __CUDA_ARCH__ in a directive's comment */
#endif
