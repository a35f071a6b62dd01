// The number of work-items in the work-group (CUDA: threads in the block)
static uint kport_block_threads(void)
{
    return get_local_size(0) * get_local_size(1) * get_local_size(2);
}
