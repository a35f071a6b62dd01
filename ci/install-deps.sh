#!/usr/bin/env bash
# Installs, with apt, what kport's runs and tests need and the machine lacks:
#   PoCL (OpenCL on the CPU, the backend that always runs): pocl-opencl-icd ocl-icd-libopencl1 clinfo
#   HIP compile tools (build for AMD targets without a GPU): hipcc libamdhip64-dev rocm-device-libs
#   hipRAND and hipSPARSE headers (the HIP target's library programs compile against them; hipRAND's
#   AMD back end includes rocRAND's headers): libhiprand-dev librocrand-dev libhipsparse-dev
#   Chromium (the HTML report's test opens it headless): chromium
#   g++ (the build compiles the JNI glue of the HIP runtime binding; its binutils' c++filt reads
#   kernel names out of built modules): g++
# Idempotent: installs nothing when everything is there. Without root it prints the command instead.
set -euo pipefail

packages=(pocl-opencl-icd ocl-icd-libopencl1 clinfo hipcc libamdhip64-dev rocm-device-libs
  libhiprand-dev librocrand-dev libhipsparse-dev chromium g++)

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
  echo "install-deps: this is not a Debian-like system; install the equivalents of: ${packages[*]}"
  exit 1
fi

missing=()
for p in "${packages[@]}"; do
  installed "$p" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: everything is installed (${packages[*]})"
  exit 0
fi

command_line="apt-get update && apt-get install -y ${missing[*]}"
if [ "$(id -u)" != 0 ]; then
  echo "install-deps: missing: ${missing[*]}"
  echo "install-deps: run as root: sudo sh -c '$command_line'"
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
echo "install-deps: installed ${missing[*]}"
