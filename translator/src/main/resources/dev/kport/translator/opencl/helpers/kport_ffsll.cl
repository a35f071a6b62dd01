// CUDA's __ffsll: as __ffs, for 64 bits
static int kport_ffsll(long x)
{
    return x == 0 ? 0 : 64 - (int)clz(x & -x);
}
