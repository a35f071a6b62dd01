#pragma once
// element type and index arithmetic the kernels and the host share
#define ELEM float
#define IDX(row, col, width) ((row) * (width) + (col))
#define FOR_EACH_TILE(k, n) for (int k = 0; k < (n); k += TILE)

inline int host_tiles(int n) { return (n + TILE - 1) / TILE; }
