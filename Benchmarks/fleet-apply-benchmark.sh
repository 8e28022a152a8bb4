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

if [ -n "${GROUNDWORK_BINARY:-}" ]; then
  groundwork="$GROUNDWORK_BINARY"
else
  traits=(--traits BenchmarkLicense)
  (cd "$root" && swift build -c release --product groundwork "${traits[@]}" >/dev/null)
  (cd "$root" && swift build -c release --product groundwork-license-issuer "${traits[@]}" >/dev/null)
  groundwork="$(cd "$root" && swift build -c release "${traits[@]}" --show-bin-path)/groundwork"
fi

export GROUNDWORK_CACHE_DIR="$work/apply-cache"
export GROUNDWORK_CONFIG_DIR="$work/apply-config"
GROUNDWORK_NOW="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
export GROUNDWORK_NOW
if [ "$size" -gt 5 ]; then
  key="$work/benchmark-license-key.pem"
  python3 - "$key" <<'EOF'
import base64, hashlib, sys
seed = hashlib.sha256(b"groundwork benchmark license key: public on purpose").digest()
der = bytes.fromhex("302e020100300506032b657004220420") + seed   # PKCS#8 Ed25519 (RFC 8410)
open(sys.argv[1], "w").write("-----BEGIN PRIVATE KEY-----\n" + base64.b64encode(der).decode() + "\n-----END PRIVATE KEY-----\n")
EOF
  export GROUNDWORK_LICENSE_FILE="$work/benchmark.license"
  "$(dirname "$groundwork")/groundwork-license-issuer" --private-key "$key" --key-id gw-benchmark --licensee "fleet apply benchmark" \
    --plan benchmark --expires 2099-12-31 --output "$GROUNDWORK_LICENSE_FILE" 2>/dev/null
  if ! "$groundwork" license verify >/dev/null 2>&1; then
    echo "fleet-apply-benchmark: $groundwork does not accept the benchmark licence; build it with" >&2
    echo "  swift build -c release --product groundwork --traits BenchmarkLicense" >&2
    exit 1
  fi
fi

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
