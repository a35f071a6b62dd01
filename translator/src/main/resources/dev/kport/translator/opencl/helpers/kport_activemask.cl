// CUDA's __activemask where every thread reaches the call: the lanes of the caller's warp that exist
static uint kport_activemask(void)
{
    uint t = kport_linear_id();
    uint left = kport_block_threads() - (t - t % 32);
    return left >= 32 ? 0xffffffffu : (1u << left) - 1u;
}
