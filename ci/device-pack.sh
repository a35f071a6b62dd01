#!/usr/bin/env bash
# Packs what a GPU machine with no Java and no network needs to run kport into .device/ (ignored
# by git), for ci/device-check.sh to use there:
#   jdk.tar.xz      a jlink runtime of the modules kport.jar uses (xz: a third of its size)
#   kport.jar       the CLI without the natives of other platforms and of JCuda parts kport does
#                   not load (NVRTC, the PTX compiler), so it travels small
#   lib/            the OpenCL ICD loader (libOpenCL.so.1), so JOCL can reach the GPU driver's
#                   OpenCL where one is installed without a loader
# Run here, on x86-64 Linux, after the build: ci/device-pack.sh
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
say() { echo "device-pack: $*" >&2; }

[ "$(uname -m)" = x86_64 ] || { say "the GPU machines are x86-64; pack on an x86-64 machine"; exit 2; }
if [ ! -f harness/target/kport.jar ]; then
  say "building the CLI..."
  mvn -q -B -ntp package -DskipTests -pl harness -am
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rm -rf .device
mkdir -p .device/lib

modules="$(jdeps --print-module-deps --ignore-missing-deps harness/target/kport.jar),jdk.management"
say "jlink runtime with $modules"
jlink --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=2 \
  --output "$work/jdk"
strip --strip-unneeded "$work/jdk/lib/server/libjvm.so" 2>/dev/null || true
tar -C "$work" -cJf .device/jdk.tar.xz jdk

cp harness/target/kport.jar .device/kport.jar
zip -q -d .device/kport.jar 'lib/*windows*' 'lib/*apple*' 'lib/*arm64*' 'lib/libJNvPTXCompiler*' \
  'lib/libJNvrtc*' >/dev/null

loader="$(ldconfig -p | awk '/libOpenCL\.so\.1 .*x86-64/ {print $NF; exit}')"
if [ -n "$loader" ]; then
  cp -L "$loader" .device/lib/libOpenCL.so.1
else
  say "no OpenCL ICD loader here (ci/install-deps.sh installs one): the GPU machine's OpenCL is not reached"
fi
du -sh .device/* >&2
say "done: carry .device (and nothing else is needed) to the GPU machine, then run ci/device-check.sh there"
