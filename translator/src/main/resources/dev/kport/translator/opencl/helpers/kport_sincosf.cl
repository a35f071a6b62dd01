// CUDA's sincosf(x, &s, &c): two results through pointers into private memory
static void kport_sincosf(float x, float *s, float *c)
{
    *s = sin(x);
    *c = cos(x);
}
