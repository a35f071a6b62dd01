// One explicit Euler step for particles under gravity that bounce off a floor. The particles are
// an array of structs in global memory; the step's parameters arrive as one struct passed by value.
// Every field is a float, so the array is n * 4 floats back to back.
#include <cuda_runtime.h>

struct Particle {
    float x, y;
    float vx, vy;
};

struct StepParams {
    float dt;
    float gravity;
    float damping;   // fraction of speed kept at a bounce
    float floor_y;
};

__global__ void integrate_particles(Particle *particles, StepParams params, int n)
{
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= n) {
        return;
    }
    Particle p = particles[i];
    p.vy -= params.gravity * params.dt;
    p.x += p.vx * params.dt;
    p.y += p.vy * params.dt;
    if (p.y < params.floor_y) {
        // reflect the overshoot about the floor and reverse, damped
        p.y = params.floor_y + (params.floor_y - p.y) * params.damping;
        p.vy = -p.vy * params.damping;
    }
    particles[i] = p;
}
