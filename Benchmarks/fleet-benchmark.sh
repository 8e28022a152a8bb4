#!/usr/bin/env bash
# Times `groundwork fleet audit` on a generated fleet of 200 repositories: cold (empty cache and store),
# warm (nothing changed), after a few repositories changed, and `fleet report --format html`.
# Not a test: run it by hand on a quiet machine.
#
#   Benchmarks/fleet-benchmark.sh                 200 repositories, --jobs 2
#   FLEET_SIZE=50 FLEET_JOBS=4 Benchmarks/fleet-benchmark.sh
#   GROUNDWORK_BINARY=path/to/groundwork Benchmarks/fleet-benchmark.sh   (skip the release build)
#
# A fleet of 200 is beyond evaluation mode (5 repositories), and no release trusts a key whose private half
# is public, so the binary must be built with the BenchmarkLicense trait (what this script does without
# GROUNDWORK_BINARY): `swift build -c release --product groundwork --traits BenchmarkLicense`.
# The script derives the benchmark key, signs a licence with it (groundwork-license-issuer, next to the
# binary) and checks that the binary accepts it.
#
# The fleet (Benchmarks/generate-fleet.py), the cache, the store and the report go to Benchmarks/work/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
work="$here/work"
size="${FLEET_SIZE:-200}"
jobs="${FLEET_JOBS:-2}"
target=0.06
mkdir -p "$work"

[ -x /usr/bin/time ] || apt-get install -y -qq time >/dev/null

# shellcheck source=benchmark-license.sh
. "$here/benchmark-license.sh"
benchmark_binary "$root"

fleet="$work/fleet-$size"
[ -f "$fleet/fleet.yaml" ] || python3 "$here/generate-fleet.py" "$fleet" "$size"

export GROUNDWORK_CACHE_DIR="$work/fleet-cache"
export GROUNDWORK_CONFIG_DIR="$work/fleet-config"
# One moment for every run, so that the warm run sees exactly what the cold one saw.
GROUNDWORK_NOW="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
export GROUNDWORK_NOW
benchmark_license "$groundwork" "$work" "fleet benchmark"

store="$work/fleet-store.db"
audit=("$groundwork" fleet audit --fleet "$fleet/fleet.yaml" --policy "$fleet/policy.yaml" --jobs "$jobs" --store "sqlite:$store" --format json)

# seconds and peak resident memory (MB) of a command whose standard output goes to $1
measure() {
  local output="$1" stats="$work/time.out"
  shift
  /usr/bin/time -o "$stats" -f "%e %M" "$@" >"$output" 2>"$output.err" || true
  tail -1 "$stats" | awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }'
}

# "audited (reused)/failed/skipped" counts of a fleet audit's JSON
summary() {
  python3 -c 'import json, sys, collections
runs = json.load(open(sys.argv[1]))["repositories"]
counts = collections.Counter(r["status"] for r in runs)
reused = sum(1 for r in runs if r.get("reused"))
print("%d audited (%d reused), %d failed, %d skipped" % (counts["audited"], reused, counts["failed"], counts["skipped"]))' "$1"
}

commits=$(for repo in "$fleet"/repos/*/* "$fleet"/remotes/*/*; do git --git-dir "$(git -C "$repo" rev-parse --absolute-git-dir)" rev-list --all --count; done | awk '{ s += $1 } END { print s }')
echo "== $size repositories ($commits commits), --jobs $jobs, $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"

rm -rf "$GROUNDWORK_CACHE_DIR" "$store" "$store-wal" "$store-shm"
read -r cold cold_mb < <(measure "$work/cold.json" "${audit[@]}")
cold_summary=$(summary "$work/cold.json")
# The warm run is the target's figure: three of them, the median counts.
warm_runs=()
for attempt in 1 2 3; do
  read -r seconds warm_mb < <(measure "$work/warm.json" "${audit[@]}")
  warm_runs+=("$seconds")
done
warm=$(printf "%s\n" "${warm_runs[@]}" | sort -n | sed -n 2p)
warm_summary="$(summary "$work/warm.json"); runs ${warm_runs[*]} s"
# The next day no stored report may be reused (ages are measured from the run), but the history cache is warm.
next_day="$(date -u -d "$GROUNDWORK_NOW + 1 day" +%Y-%m-%dT%H:%M:%SZ)"
read -r next next_mb < <(measure "$work/next-day.json" env GROUNDWORK_NOW="$next_day" "${audit[@]}")

# One new commit in ten repositories (one of them a git: source), then a run that must re-audit exactly those.
changed=0
for repo in $(ls -d "$fleet"/repos/*/* | awk 'NR % 20 == 3' | head -9) $(ls -d "$fleet"/remotes/*/* | head -1); do
  git_dir="$(git -C "$repo" rev-parse --absolute-git-dir)"
  commit=$(git --git-dir "$git_dir" -c user.name=Bench -c user.email=bench@example.com commit-tree "HEAD^{tree}" -p HEAD -m "benchmark change")
  git --git-dir "$git_dir" update-ref HEAD "$commit"
  changed=$((changed + 1))
done
read -r reaudit reaudit_mb < <(measure "$work/changed.json" "${audit[@]}")
read -r report report_mb < <(measure "$work/report.out" "$groundwork" fleet report --store "sqlite:$store" --format html --output "$work/fleet-report.html")

per() { awk -v s="$1" -v n="$size" 'BEGIN { printf "%.3f", s / n }'; }
printf "%-52s %8s %10s %8s\n" "command" "seconds" "per repo" "peak MB"
printf "%-52s %8s %10s %8s   %s\n" "fleet audit, cold (empty cache and store)" "$cold" "$(per "$cold")" "$cold_mb" "$cold_summary"
printf "%-52s %8s %10s %8s   %s\n" "fleet audit, warm (nothing changed; median of 3)" "$warm" "$(per "$warm")" "$warm_mb" "$warm_summary"
printf "%-52s %8s %10s %8s   %s\n" "fleet audit, next day (history cache warm, no reuse)" "$next" "$(per "$next")" "$next_mb" "$(summary "$work/next-day.json")"
printf "%-52s %8s %10s %8s   %s\n" "fleet audit after $changed repositories changed" "$reaudit" "$(per "$reaudit")" "$reaudit_mb" "$(summary "$work/changed.json")"
printf "%-52s %8s %10s %8s   %s\n" "fleet report --format html" "$report" "$(per "$report")" "$report_mb" "$(du -h "$work/fleet-report.html" | cut -f1)"
awk -v s="$warm" -v n="$size" -v t="$target" 'BEGIN { v = s / n; printf "target: warm < %.2f s per repository: %s (%.3f s)\n", t, (v < t ? "met" : "NOT met"), v }'
echo "report: $work/fleet-report.html"
