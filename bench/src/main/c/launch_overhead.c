/*
 * The floor for launch overhead: the same OpenCL launches the harness makes (a one-line kernel on
 * 256 elements, LAUNCHES enqueues then one clFinish), written directly against the C API.
 * Prints nanoseconds per launch, the median of ROUNDS rounds. Build: gcc -O2 -o launch_overhead
 * launch_overhead.c -lOpenCL (packages ocl-icd-opencl-dev opencl-c-headers).
 */
#define CL_TARGET_OPENCL_VERSION 120
#include <CL/cl.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define LAUNCHES 100
#define ROUNDS 200
#define N 256

static const char *SOURCE =
    "__kernel void touch(__global float *y, const int n) {\n"
    "  int i = get_global_id(0);\n"
    "  if (i < n) y[i] += 1.0f;\n"
    "}\n";

static void check(cl_int err, const char *what) {
  if (err != CL_SUCCESS) {
    fprintf(stderr, "launch_overhead: %s failed: %d\n", what, err);
    exit(1);
  }
}

static int by_value(const void *a, const void *b) {
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static double now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e9 + t.tv_nsec;
}

int main(void) {
  cl_int err;
  cl_platform_id platform;
  cl_device_id device;
  check(clGetPlatformIDs(1, &platform, NULL), "clGetPlatformIDs");
  check(clGetDeviceIDs(platform, CL_DEVICE_TYPE_ALL, 1, &device, NULL), "clGetDeviceIDs");
  cl_context ctx = clCreateContext(NULL, 1, &device, NULL, NULL, &err);
  check(err, "clCreateContext");
  /* profiling on, as the harness runs its queues */
  cl_command_queue q = clCreateCommandQueue(ctx, device, CL_QUEUE_PROFILING_ENABLE, &err);
  check(err, "clCreateCommandQueue");
  cl_program p = clCreateProgramWithSource(ctx, 1, &SOURCE, NULL, &err);
  check(err, "clCreateProgramWithSource");
  check(clBuildProgram(p, 1, &device, "-cl-std=CL1.2", NULL, NULL), "clBuildProgram");
  cl_kernel k = clCreateKernel(p, "touch", &err);
  check(err, "clCreateKernel");
  cl_mem y = clCreateBuffer(ctx, CL_MEM_READ_WRITE, N * sizeof(float), NULL, &err);
  check(err, "clCreateBuffer");
  float zero = 0;
  check(clEnqueueFillBuffer(q, y, &zero, sizeof zero, 0, N * sizeof(float), 0, NULL, NULL), "fill");
  int n = N;
  size_t global = N, local = 64;
  static double per_round[ROUNDS];
  for (int r = 0; r < ROUNDS; r++) {
    double t0 = now_ns();
    for (int l = 0; l < LAUNCHES; l++) {
      /* arguments set per launch, as a host program stepping through launches does */
      check(clSetKernelArg(k, 0, sizeof y, &y), "clSetKernelArg");
      check(clSetKernelArg(k, 1, sizeof n, &n), "clSetKernelArg");
      cl_event e;
      check(clEnqueueNDRangeKernel(q, k, 1, NULL, &global, &local, 0, NULL, &e), "enqueue");
      clReleaseEvent(e);
    }
    check(clFinish(q), "clFinish");
    per_round[r] = (now_ns() - t0) / LAUNCHES;
  }
  qsort(per_round, ROUNDS, sizeof per_round[0], by_value);
  printf("%.0f\n", per_round[ROUNDS / 2]);
  clReleaseMemObject(y);
  clReleaseKernel(k);
  clReleaseProgram(p);
  clReleaseCommandQueue(q);
  clReleaseContext(ctx);
  return 0;
}
