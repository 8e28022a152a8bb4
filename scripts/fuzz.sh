#!/usr/bin/env bash
# Fuzzing: builds the libFuzzer targets (Package.swift declares them only when GROUNDWORK_FUZZ=1) with
# `--sanitize=fuzzer` in their own scratch folder, then runs each for a set time on its seed corpus.
#
#   scripts/fuzz.sh [TARGET|all] [SECONDS]      default: every target, 600 seconds each
#   scripts/fuzz.sh --list                      the targets
#
# New inputs libFuzzer finds go to .build/fuzz/corpus/TARGET (the committed seeds under Fuzz/Corpus stay
# small); a crash, a hang (over 10 s for one input) or an input needing over 2 GB is written to
# .build/fuzz/artifacts/TARGET/ and makes the script exit 1 after the remaining targets ran. Reproduce one
# with `.build/fuzz/debug/fuzz-TARGET ARTIFACT`, then turn it into a test in the normal suite.
# Fuzzing is not part of the test command (scripts/test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(yaml json model-yaml dbml ddl secrets groundwork-config brick-manifest lock fleet policy license)
if [ "${1:-}" = "--list" ]; then printf '%s\n' "${targets[@]}"; exit 0; fi
selected="${1:-all}"
seconds="${2:-600}"
if [ "$selected" = "all" ]; then
  run=("${targets[@]}")
elif printf '%s\n' "${targets[@]}" | grep -qx -- "$selected"; then
  run=("$selected")
else
  echo "error: unknown fuzz target '$selected'; expected one of: ${targets[*]} (or all)" >&2
  exit 64
fi
case "$seconds" in ''|*[!0-9]*) echo "error: SECONDS must be a whole number, got '$seconds'" >&2; exit 64 ;; esac

export GROUNDWORK_FUZZ=1
# libFuzzer reports a crash and saves its input only if the Swift runtime's backtracer leaves the signal alone.
export SWIFT_BACKTRACE=enable=no
scratch=.build/fuzz
failed=()
for target in "${run[@]}"; do
  swift build --scratch-path "$scratch" --sanitize=fuzzer --product "fuzz-$target"
  work="$scratch/corpus/$target"
  artifacts="$scratch/artifacts/$target/"
  mkdir -p "$work" "$artifacts" "Fuzz/Corpus/$target"
  echo "== fuzz-$target for ${seconds}s (seeds: Fuzz/Corpus/$target)"
  # The model readers also start from the test fixtures (real pg_dump output, a real DBML diagram).
  seeds=("Fuzz/Corpus/$target")
  case "$target" in dbml|ddl) seeds+=(Tests/GroundworkModelTests/Fixtures) ;; esac
  if ! "$scratch/debug/fuzz-$target" "$work" "${seeds[@]}" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
      -artifact_prefix="$artifacts" -print_final_stats=1; then
    failed+=("$target")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "error: fuzzing found a problem in: ${failed[*]} (inputs under $scratch/artifacts/)" >&2
  exit 1
fi
echo "fuzzing: no crash, hang or memory blow-up in ${run[*]} (${seconds}s each)"
