#!/usr/bin/env bash
# Times `groundwork fleet apply editorconfig gitignore` across generated plain git remotes (bare repositories
# served by file://): cold (empty mirror cache and store: clone, audit, plan, commit, verify, push each one)
# and re-run (every branch already holds the change: fetch, plan, nothing to push).
# Not a test: run it by hand on a quiet machine.
#
#   Benchmarks/fleet-apply-benchmark.sh                 200 repositories, --jobs 2
#   FLEET_SIZE=50 FLEET_JOBS=4 Benchmarks/fleet-apply-benchmark.sh
#   GROUNDWORK_BINARY=path/to/groundwork Benchmarks/fleet-apply-benchmark.sh   (skip the release build)
#
# Beyond 5 repositories the binary needs a licence: as Benchmarks/fleet-benchmark.sh, the script builds the
# BenchmarkLicense trait and signs a benchmark licence (see that script for why the key is public).
# Repositories are made with the git CLI (the benchmark's fixture, not the product) under Benchmarks/work/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
work="$here/work"
size="${FLEET_SIZE:-200}"
jobs="${FLEET_JOBS:-2}"
mkdir -p "$work"
[ -x /usr/bin/time ] || apt-get install -y -qq time >/dev/null

# shellcheck source=benchmark-license.sh
. "$here/benchmark-license.sh"
benchmark_binary "$root"

export GROUNDWORK_CACHE_DIR="$work/apply-cache"
export GROUNDWORK_CONFIG_DIR="$work/apply-config"
GROUNDWORK_NOW="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
export GROUNDWORK_NOW
[ "$size" -le 5 ] || benchmark_license "$groundwork" "$work" "fleet apply benchmark"

# The remotes: $size bare repositories, each one commit of a small Python or Node service (fresh every run,
# so that the cold run pushes to remotes without a campaign branch).
fleet="$work/apply-fleet-$size"
rm -rf "$fleet"
mkdir -p "$fleet/remotes"
seed="$work/apply-seed"
for index in $(seq -w 1 "$size"); do
  name="service-$index"
  rm -rf "$seed" && mkdir -p "$seed"
  printf '# %s\n\nThe %s service of client %d: takes orders and hands them to the warehouse every night.\n' "$name" "$name" $((10#$index % 14)) >"$seed/README.md"
  if [ $((10#$index % 2)) -eq 0 ]; then
    printf 'def main():\n    print("hello from %s")\n\n\nif __name__ == "__main__":\n    main()\n' "$name" >"$seed/main.py"
    printf 'fastapi==0.115.0\n' >"$seed/requirements.txt"
  else
    printf '{"name": "%s", "version": "1.0.0", "scripts": {"start": "node index.js"}}\n' "$name" >"$seed/package.json"
    printf 'console.log("hello from %s");\n' "$name" >"$seed/index.js"
  fi
  git -C "$seed" init -q -b main
  git -C "$seed" -c user.name=Bench -c user.email=bench@example.com add -A
  git -C "$seed" -c user.name=Bench -c user.email=bench@example.com commit -q -m "initial"
  git clone -q --bare "$seed" "$fleet/remotes/$name.git"
done
{
  echo "version: 1"
  echo "name: apply-benchmark"
  echo "sources:"
  for remote in "$fleet"/remotes/*.git; do
    echo "  - git: file://$remote"
    echo "    client: client-$(( $(basename "$remote" .git | tr -dc 0-9 | sed 's/^0*//') % 14 ))"
  done
} >"$fleet/fleet.yaml"

store="$work/apply-store.db"
apply=("$groundwork" fleet apply editorconfig gitignore --fleet "$fleet/fleet.yaml" --campaign bench --jobs "$jobs" --store "sqlite:$store" --format json)

measure() {
  local output="$1" stats="$work/time.out"
  shift
  /usr/bin/time -o "$stats" -f "%e %M" "$@" >"$output" 2>"$output.err" || true
  tail -1 "$stats" | awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }'
}
states() {
  python3 -c 'import json, sys, collections
records = json.load(open(sys.argv[1]))["repositories"]
print(", ".join("%s %d" % kv for kv in sorted(collections.Counter(r["state"] for r in records).items())))' "$1"
}

echo "== fleet apply editorconfig gitignore: $size plain git remotes, --jobs $jobs, $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$GROUNDWORK_CACHE_DIR" "$store" "$store-wal" "$store-shm"
read -r cold cold_mb < <(measure "$work/apply-cold.json" "${apply[@]}")
read -r rerun rerun_mb < <(measure "$work/apply-rerun.json" "${apply[@]}")
per() { awk -v s="$1" -v n="$size" 'BEGIN { printf "%.3f", s / n }'; }
printf "%-58s %8s %10s %8s\n" "command" "seconds" "per repo" "peak MB"
printf "%-58s %8s %10s %8s   %s\n" "fleet apply, cold (clone, audit, commit, verify, push)" "$cold" "$(per "$cold")" "$cold_mb" "$(states "$work/apply-cold.json")"
printf "%-58s %8s %10s %8s   %s\n" "fleet apply, re-run (every branch holds the change)" "$rerun" "$(per "$rerun")" "$rerun_mb" "$(states "$work/apply-rerun.json")"
