#!/usr/bin/env bash
# The test command: install the system libraries if missing, build (debug), run every test
# (unit, real repositories, local HTTP server, end-to-end through the built binary), then build the
# community edition and check that no Enterprise code or string is in it.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-dependencies.sh binutils
swift build --build-tests
swift test --skip-build --parallel --num-workers 2
./scripts/check-community-build.sh
