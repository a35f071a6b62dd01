// CUDA's __ffs: 1 + the position of the least significant set bit, 0 when x is 0
static int kport_ffs(int x)
{
    return x == 0 ? 0 : 32 - (int)clz(x & -x);
}
