// CUDA's __all_sync: whether every lane of the caller's warp passes a true predicate
static inline __attribute__((always_inline)) int kport_all(int predicate, __local int *scratch)
{
    return kport_ballot(predicate, scratch) == kport_activemask();
}
