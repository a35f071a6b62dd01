#!/usr/bin/env bash
# The whole test suite, as CI runs it: install what tests need, then mvn verify.
# Tests whose backend or tool is missing are skipped, each with its reason printed.
set -euo pipefail

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$here"

if ! ci/install-deps.sh; then
  echo "test: some dependencies could not be installed; tests that need them will be skipped"
fi

mvn -B -ntp verify "$@"
