#!/usr/bin/env bash
# Runs kport where an NVIDIA GPU is: the originals built with nvcc and run through the CUDA driver
# (cuda column), and the OpenCL translations on the GPU when its driver offers OpenCL (opencl
# column), every kernel of the corpus at every size, checked against the Java references, then
# timed. Made for a machine with no Java and no network: it uses .device/ from ci/device-pack.sh
# (a Java runtime, the CLI, the OpenCL ICD loader) and needs only the driver and nvcc there.
# Results and the whole log go to $OUT if set, else target/device-check:
#   log.txt            everything printed, with the machine's GPU, driver and tool versions
#   check/             `kport run --size all`: results.json, junit.xml, summary.md
#   bench/             `kport bench` at the default sizes: the same three files
# Usage: ci/device-check.sh [extra options for kport bench, e.g. --time-budget 1000]
# KPORT_KERNELS (default kernels/) names other kernel folders or specs; KPORT_STEPS (default
# "check bench") which of the two steps to run.
set -uo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
out="${OUT:-$root/target/device-check}"
mkdir -p "$out"
exec > >(tee "$out/log.txt") 2>&1
step() { echo; echo "== $* ($(date +%T))"; }

step machine
nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm --format=csv 2>&1 || echo "no nvidia-smi"
export PATH="$PATH:/usr/local/cuda/bin"
nvcc --version 2>&1 | tail -2 || echo "no nvcc: the cuda column cannot build"
ldconfig -p 2>/dev/null | grep -E "libcuda\.so|libOpenCL|libnvidia-opencl" || true
ls /usr/local/nvidia/lib64 2>/dev/null | grep -E "^libcuda\.so|opencl" || true

java=java
if ! command -v java >/dev/null || ! java -version 2>&1 | grep -qE 'version "(1[7-9]|[2-9][0-9])'; then
  [ -f .device/jdk.tar.xz ] || { echo "no Java 17+ here and no .device/jdk.tar.xz: run ci/device-pack.sh first"; exit 2; }
  mkdir -p /tmp/kport-jdk && tar -C /tmp/kport-jdk -xJf .device/jdk.tar.xz
  java=/tmp/kport-jdk/jdk/bin/java
fi
jar=.device/kport.jar
[ -f "$jar" ] || jar=harness/target/kport.jar
"$java" -version 2>&1 | head -1

# the driver's libraries (libcuda, libnvidia-opencl) may sit outside the loader's path
for d in /usr/local/nvidia/lib64 /usr/local/nvidia/lib /usr/lib/x86_64-linux-gnu /usr/lib64; do
  [ -d "$d" ] && export LD_LIBRARY_PATH="${LD_LIBRARY_PATH:+$LD_LIBRARY_PATH:}$d"
done
[ -d .device/lib ] && export LD_LIBRARY_PATH="$root/.device/lib:$LD_LIBRARY_PATH"
# OpenCL: register the NVIDIA ICD when the driver ships it and no vendor file names it
if ! grep -qs nvidia /etc/OpenCL/vendors/*.icd; then
  for d in ${LD_LIBRARY_PATH//:/ }; do
    if [ -e "$d/libnvidia-opencl.so.1" ]; then
      mkdir -p /tmp/kport-icd && echo "$d/libnvidia-opencl.so.1" > /tmp/kport-icd/nvidia.icd
      export OCL_ICD_VENDORS=/tmp/kport-icd
      echo "OpenCL: using $d/libnvidia-opencl.so.1"
      break
    fi
  done
fi

kport() { "$java" -jar "$jar" "$@"; }

step "kport devices"
kport devices

steps="${KPORT_STEPS:-check bench}"
if [[ " $steps " == *" check "* ]]; then
step "kport run: every kernel, every size, checked"
kport run ${KPORT_KERNELS:-kernels/} --backends cuda,opencl --size all --time-budget 0 --timeout 120 --report "$out/check"
echo "exit $?"
fi

if [[ " $steps " == *" bench "* ]]; then
step "kport bench: default sizes, timed"
kport bench ${KPORT_KERNELS:-kernels/} --backends cuda,opencl --timeout 120 --report "$out/bench" "$@"
echo "exit $?"
fi
step done
