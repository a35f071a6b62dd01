#ifndef FROM_DIR_H
#define FROM_DIR_H
typedef float real;
#endif
