// Included by declarations.cu: macros the analysis must see through.
#pragma once
#ifndef DATA_TYPE
#define DATA_TYPE double
#endif
#define BLOCK 256
