// The few HIP runtime functions kport calls, opened with dlopen at run time: building kport needs
// neither the HIP headers nor libamdhip64, and a machine without ROCm gets the loader's own
// message instead of a failed link. Prototypes follow hip_runtime_api.h (HIP 5.x and 6.x); every
// handle (module, function, device pointer, event) crosses to Java as a 64-bit integer.
#ifndef KPORT_HIP_H
#define KPORT_HIP_H

#include <dlfcn.h>
#include <stdint.h>
#include <stddef.h>
#include <string.h>
#include <stdio.h>

typedef int kp_err;
typedef struct kp_hip_api {
  kp_err (*init)(unsigned int);
  kp_err (*getDeviceCount)(int*);
  const char* (*getErrorName)(kp_err);
  const char* (*getErrorString)(kp_err);
  kp_err (*runtimeGetVersion)(int*);
  kp_err (*deviceGetName)(char*, int, int);
  kp_err (*setDevice)(int);
  kp_err (*moduleLoadData)(void**, const void*);
  kp_err (*moduleUnload)(void*);
  kp_err (*moduleGetFunction)(void**, void*, const char*);
  kp_err (*moduleGetGlobal)(void**, size_t*, void*, const char*);
  kp_err (*malloc)(void**, size_t);
  kp_err (*free)(void*);
  kp_err (*memcpyHtoD)(void*, void*, size_t);
  kp_err (*memcpyDtoH)(void*, void*, size_t);
  kp_err (*memcpyDtoD)(void*, void*, size_t);
  kp_err (*moduleLaunchKernel)(void*, unsigned int, unsigned int, unsigned int, unsigned int, unsigned int,
      unsigned int, unsigned int, void*, void**, void**);
  kp_err (*deviceSynchronize)(void);
  kp_err (*eventCreate)(void**);
  kp_err (*eventRecord)(void*, void*);
  kp_err (*eventSynchronize)(void*);
  kp_err (*eventElapsedTime)(float*, void*, void*);
  kp_err (*eventDestroy)(void*);
} kp_hip_api;

static kp_hip_api kp_hip;
static int kp_hip_state = 0; /* 0 not tried, 1 loaded, -1 failed */
static char kp_hip_error[1024];

#define KP_SYM(field, name) \
  if ((*(void**)(&kp_hip.field) = dlsym(lib, name)) == NULL) { \
    snprintf(kp_hip_error, sizeof kp_hip_error, "%s has no symbol %s", path, name); return -1; }

static int kp_hip_open_path(const char* path) {
  void* lib = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (lib == NULL) {
    const char* e = dlerror();
    snprintf(kp_hip_error, sizeof kp_hip_error, "%s", e != NULL ? e : path);
    return -1;
  }
  KP_SYM(init, "hipInit") KP_SYM(getDeviceCount, "hipGetDeviceCount")
  KP_SYM(getErrorName, "hipGetErrorName") KP_SYM(getErrorString, "hipGetErrorString")
  KP_SYM(runtimeGetVersion, "hipRuntimeGetVersion") KP_SYM(deviceGetName, "hipDeviceGetName")
  KP_SYM(setDevice, "hipSetDevice") KP_SYM(moduleLoadData, "hipModuleLoadData")
  KP_SYM(moduleUnload, "hipModuleUnload") KP_SYM(moduleGetFunction, "hipModuleGetFunction")
  KP_SYM(moduleGetGlobal, "hipModuleGetGlobal") KP_SYM(malloc, "hipMalloc") KP_SYM(free, "hipFree")
  KP_SYM(memcpyHtoD, "hipMemcpyHtoD") KP_SYM(memcpyDtoH, "hipMemcpyDtoH") KP_SYM(memcpyDtoD, "hipMemcpyDtoD")
  KP_SYM(moduleLaunchKernel, "hipModuleLaunchKernel") KP_SYM(deviceSynchronize, "hipDeviceSynchronize")
  KP_SYM(eventCreate, "hipEventCreate") KP_SYM(eventRecord, "hipEventRecord")
  KP_SYM(eventSynchronize, "hipEventSynchronize") KP_SYM(eventElapsedTime, "hipEventElapsedTime")
  KP_SYM(eventDestroy, "hipEventDestroy")
  return 0;
}

/* Opens libamdhip64 once: 0 when loaded, else -1 with the loader's message in kp_hip_error. */
static int kp_hip_open(void) {
  if (kp_hip_state == 0) {
    const char* paths[] = {"libamdhip64.so", "libamdhip64.so.6", "libamdhip64.so.5", "/opt/rocm/lib/libamdhip64.so"};
    char first[1024] = "";
    kp_hip_state = -1;
    for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++) {
      if (kp_hip_open_path(paths[i]) == 0) { kp_hip_state = 1; break; }
      if (i == 0) snprintf(first, sizeof first, "%s", kp_hip_error);
    }
    if (kp_hip_state != 1) snprintf(kp_hip_error, sizeof kp_hip_error, "%s", first);
  }
  return kp_hip_state == 1 ? 0 : -1;
}

static const char* kp_hip_load_error(void) { return kp_hip_error; }

/* Every call below assumes kp_hip_open() returned 0. */
static kp_err kp_hip_init(unsigned int flags) { return kp_hip.init(flags); }
static kp_err kp_hip_device_count(int* count) { return kp_hip.getDeviceCount(count); }
static const char* kp_hip_error_name(kp_err e) { return kp_hip.getErrorName(e); }
static const char* kp_hip_error_string(kp_err e) { return kp_hip.getErrorString(e); }
static kp_err kp_hip_runtime_version(int* v) { return kp_hip.runtimeGetVersion(v); }
static kp_err kp_hip_device_name(char* name, int len, int device) { return kp_hip.deviceGetName(name, len, device); }
static kp_err kp_hip_set_device(int device) { return kp_hip.setDevice(device); }

static kp_err kp_hip_module_load(int64_t* module, const void* image) {
  void* m = NULL; kp_err e = kp_hip.moduleLoadData(&m, image); *module = (int64_t) (intptr_t) m; return e;
}
static kp_err kp_hip_module_unload(int64_t module) { return kp_hip.moduleUnload((void*) (intptr_t) module); }
static kp_err kp_hip_module_function(int64_t* function, int64_t module, const char* name) {
  void* f = NULL; kp_err e = kp_hip.moduleGetFunction(&f, (void*) (intptr_t) module, name);
  *function = (int64_t) (intptr_t) f; return e;
}
/* out[0] the global's device address, out[1] its size in bytes */
static kp_err kp_hip_module_global(int64_t* out, int64_t module, const char* name) {
  void* p = NULL; size_t bytes = 0;
  kp_err e = kp_hip.moduleGetGlobal(&p, &bytes, (void*) (intptr_t) module, name);
  out[0] = (int64_t) (intptr_t) p; out[1] = (int64_t) bytes; return e;
}
static kp_err kp_hip_malloc(int64_t* ptr, int64_t bytes) {
  void* p = NULL; kp_err e = kp_hip.malloc(&p, (size_t) bytes); *ptr = (int64_t) (intptr_t) p; return e;
}
static kp_err kp_hip_free(int64_t ptr) { return kp_hip.free((void*) (intptr_t) ptr); }
static kp_err kp_hip_htod(int64_t dst, const void* src, int64_t offset, int64_t bytes) {
  return kp_hip.memcpyHtoD((void*) (intptr_t) dst, (char*) src + offset, (size_t) bytes);
}
static kp_err kp_hip_dtoh(void* dst, int64_t offset, int64_t src, int64_t bytes) {
  return kp_hip.memcpyDtoH((char*) dst + offset, (void*) (intptr_t) src, (size_t) bytes);
}
static kp_err kp_hip_dtod(int64_t dst, int64_t src, int64_t bytes) {
  return kp_hip.memcpyDtoD((void*) (intptr_t) dst, (void*) (intptr_t) src, (size_t) bytes);
}

/*
 * Launches on the null stream. The arguments come packed in one block, argument i starting at
 * offsets[i]: kernelParams gets a pointer to each, as hipModuleLaunchKernel expects.
 */
static kp_err kp_hip_launch(int64_t function, const int64_t* dims, unsigned int shared, const void* packed,
    const int* offsets, int count) {
  void* params[256];
  if (count > 256) return 1; /* hipErrorInvalidValue */
  for (int i = 0; i < count; i++) params[i] = (char*) packed + offsets[i];
  return kp_hip.moduleLaunchKernel((void*) (intptr_t) function, (unsigned int) dims[0], (unsigned int) dims[1],
      (unsigned int) dims[2], (unsigned int) dims[3], (unsigned int) dims[4], (unsigned int) dims[5], shared, NULL,
      params, NULL);
}
static kp_err kp_hip_synchronize(void) { return kp_hip.deviceSynchronize(); }
static kp_err kp_hip_event_create(int64_t* event) {
  void* ev = NULL; kp_err e = kp_hip.eventCreate(&ev); *event = (int64_t) (intptr_t) ev; return e;
}
static kp_err kp_hip_event_record(int64_t event) { return kp_hip.eventRecord((void*) (intptr_t) event, NULL); }
static kp_err kp_hip_event_synchronize(int64_t event) { return kp_hip.eventSynchronize((void*) (intptr_t) event); }
static kp_err kp_hip_event_elapsed(float* ms, int64_t start, int64_t stop) {
  return kp_hip.eventElapsedTime(ms, (void*) (intptr_t) start, (void*) (intptr_t) stop);
}
static kp_err kp_hip_event_destroy(int64_t event) { return kp_hip.eventDestroy((void*) (intptr_t) event); }

#endif
