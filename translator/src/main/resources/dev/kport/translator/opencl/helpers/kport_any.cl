// CUDA's __any_sync: whether any lane of the caller's warp passes a true predicate
static inline __attribute__((always_inline)) int kport_any(int predicate, __local int *scratch)
{
    return kport_ballot(predicate, scratch) != 0;
}
