// The work-item's index within its work-group, counted as CUDA counts threads of a block
static uint kport_linear_id(void)
{
    return get_local_id(0) + get_local_size(0) * (get_local_id(1) + get_local_size(1) * get_local_id(2));
}
