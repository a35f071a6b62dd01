// CUDA's __brevll: the bits of a 64-bit x in reverse order
static ulong kport_brevll(ulong x)
{
    return ((ulong)kport_brev((uint)x) << 32) | (ulong)kport_brev((uint)(x >> 32));
}
