// CUDA's __saturatef: x clamped to [0, 1], NaN to 0 (OpenCL's clamp leaves NaN undefined)
static float kport_saturate(float x)
{
    return x >= 1.0f ? 1.0f : (x > 0.0f ? x : 0.0f);
}
