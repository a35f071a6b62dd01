#!/usr/bin/env bash
# The harness's cost per OpenCL launch beside the same launches written in C: prints both and
# the ratio. Needs PoCL (ci/install-deps.sh) and the OpenCL headers: apt-get install
# ocl-icd-opencl-dev opencl-c-headers.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
[ -f /usr/include/CL/cl.h ] || { echo "launch-overhead: needs the OpenCL headers: apt-get install ocl-icd-opencl-dev opencl-c-headers"; exit 2; }
mvn -q -B -ntp package -DskipTests -pl bench -am
gcc -O2 -o bench/target/launch_overhead bench/src/main/c/launch_overhead.c -lOpenCL
c_ns=$(bench/target/launch_overhead)
java -jar bench/target/benchmarks.jar LaunchOverhead -rf json -rff bench/target/launch-overhead.json "$@" >&2
kport_ns=$(python3 -c "import json; print(round(json.load(open('bench/target/launch-overhead.json'))[0]['primaryMetric']['score']))")
echo "C host:  ${c_ns} ns per launch"
echo "kport:   ${kport_ns} ns per launch"
python3 -c "print('ratio:   %.2f' % (${kport_ns} / ${c_ns}))"
