#!/usr/bin/env bash
# `groundwork new --model` with a 20-entity model for each stack: generation time (median of RUNS runs),
# files and lines generated, hours saved, and with FULL=1 the time from `new` to the first green run of
# the service's own proof (scripts/stacks/<stack>.sh: install, lint, tests against PostgreSQL, start,
# schemathesis). Not a test: run it by hand on a quiet machine.
#
#   Benchmarks/application-benchmark.sh                       generation only (seconds)
#   FULL=1 DATABASE_URL=postgres://… Benchmarks/application-benchmark.sh   also time to first green (minutes)
#   ENTITIES=40 RUNS=9 GROUNDWORK_BINARY=path/to/groundwork Benchmarks/application-benchmark.sh
#
# Hours saved, the method: lines a person would have written, at 50 tested lines an hour (generous to the
# person: Capers Jones and Steve McConnell put delivered code at 10–50 lines a day for whole projects),
# counting every generated line but the contract (openapi.json) and the migration, which a person would
# not write by hand line for line either; the bricks' own `effort_hours` are printed beside it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
work="$here/work/application"
runs="${RUNS:-5}"
entities="${ENTITIES:-20}"
stacks=(python-fastapi node-express go-chi swift-hummingbird)
rm -rf "$work" && mkdir -p "$work"

if [ -n "${GROUNDWORK_BINARY:-}" ]; then
  groundwork="$GROUNDWORK_BINARY"
else
  (cd "$root" && swift build -c release --product groundwork >/dev/null)
  groundwork="$(cd "$root" && swift build -c release --show-bin-path)/groundwork"
fi
model="$work/bench.model.yaml"
python3 "$here/generate-model.py" "$entities" > "$model"
"$groundwork" model check "$model" >&2

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

printf '%-18s %10s %7s %8s %12s %12s %s\n' stack "new (s)" files lines "hours (50/h)" "effort_hours" "first green"
for stack in "${stacks[@]}"; do
  times=()
  for run in $(seq "$runs"); do
    target="$work/$stack-$run"
    start=$(date +%s.%N)
    GROUNDWORK_NOW=2026-12-01T00:00:00Z "$groundwork" new "$target" --stack "$stack" --model "$model" >/dev/null
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  seconds=$(printf '%s\n' "${times[@]}" | median)
  service="$work/$stack-1"
  files=$(git -C "$service" ls-files | wc -l)
  lines=$(git -C "$service" ls-files -z | (cd "$service" && xargs -0 cat) | wc -l)
  written=$(git -C "$service" ls-files -z -- . ':!openapi.json' ':!migrations' ':!.groundwork' | (cd "$service" && xargs -0 cat) | wc -l)
  hours=$(echo "scale=0; $written / 50" | bc)
  api="$root/Plugins/api-${stack#*-}"     # python-fastapi → api-fastapi, go-chi → api-chi …
  effort=$(grep -E '^effort_hours:' "$api/brick.yaml" 2>/dev/null | awk '{print $2}')
  green="-"
  if [ "${FULL:-}" = "1" ]; then
    start=$(date +%s)
    if "$root/scripts/stacks/$stack.sh" "$service" >"$work/$stack.proof.log" 2>&1; then
      green="$(( ($(date +%s) - start) / 60 )) min"
    else
      green="FAILED (see $work/$stack.proof.log)"
    fi
  fi
  printf '%-18s %10.3f %7d %8d %12d %12s %s\n' "$stack" "$seconds" "$files" "$lines" "$hours" "${effort:-?}" "$green"
done
