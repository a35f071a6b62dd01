#!/usr/bin/env bash
# kport on a Slurm cluster: one array task per shard of the suite, each on one GPU node, then a
# dependent job merges their results. Submit with:   sbatch ci/examples/slurm-array.sh
#SBATCH --job-name=kport-check
#SBATCH --array=1-8
#SBATCH --gres=gpu:1
#SBATCH --time=00:30:00
#SBATCH --output=kport-%A_%a.log
set -euo pipefail

shards=${SLURM_ARRAY_TASK_COUNT:-8}
out="kport-results/${SLURM_ARRAY_JOB_ID}"
mkdir -p "$out"

# each task checks its part; a wrong result makes the task fail, but its results are kept
./kport check kernels/ --backends cuda,hip,opencl --shard "${SLURM_ARRAY_TASK_ID}/${shards}" \
  --report "$out/shard-${SLURM_ARRAY_TASK_ID}" || status=$?

# the last task to start queues the merge after the whole array
if [ "${SLURM_ARRAY_TASK_ID}" = "${SLURM_ARRAY_TASK_MAX:-$shards}" ]; then
  sbatch --dependency="afterany:${SLURM_ARRAY_JOB_ID}" --job-name=kport-merge --wrap \
    "./kport report merge $out/shard-*/results.json -o $out/results.json && ./kport report html $out/results.json -o $out/report.html"
fi
exit "${status:-0}"
