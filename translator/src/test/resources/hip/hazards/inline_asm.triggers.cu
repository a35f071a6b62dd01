// Inline PTX does not assemble for AMD GPUs.
__device__ unsigned lane_id() {
  unsigned id;
  asm volatile("mov.u32 %0, %%laneid;" : "=r"(id)); // DIAG: KP3020
  return id;
}
__device__ int add(int a, int b) { int r; __asm__("add.s32 %0, %1, %2;" : "=r"(r) : "r"(a), "r"(b)); return r; } // DIAG: KP3020
__device__ void fence() { __asm__ __volatile__("membar.gl;" ::: "memory"); } // DIAG: KP3020
