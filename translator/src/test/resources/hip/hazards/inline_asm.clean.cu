// Names and text that only look like asm are not inline assembly.
__device__ int asm_count;
__device__ int f(int asmx) {
  const char *s = "asm(\"nop\")"; // asm("nop") in a comment
  return asmx + asm_count + (s != 0);
}
