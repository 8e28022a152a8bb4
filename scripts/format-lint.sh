#!/usr/bin/env bash
# Checks the Swift sources against the house formatting (.swift-format) with the toolchain's swift-format:
#
#   scripts/format-lint.sh          lint --strict: every finding is an error (exit 1)
#   scripts/format-lint.sh --fix    reformat in place first (whitespace and layout only), then lint
#
# A --fix belongs in a commit of its own that changes nothing but formatting.
set -euo pipefail
cd "$(dirname "$0")/.."

paths=(Sources Enterprise Tests Fuzz/Sources)
if [ "${1:-}" = "--fix" ]; then
  swift format format --recursive --parallel --in-place "${paths[@]}"
elif [ $# -gt 0 ]; then
  echo "usage: scripts/format-lint.sh [--fix]" >&2
  exit 64
fi
swift format lint --strict --recursive --parallel "${paths[@]}"
