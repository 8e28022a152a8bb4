#!/usr/bin/env bash
# The README's capacity sheet: a node-express service generated from docs/examples/shop.model.yaml, 500
# products seeded for one tenant, then `groundwork scale report` on its list route (20 items a page,
# sorted by price) as a tenant's manager, against a throwaway PostgreSQL. Not a test: the numbers depend
# on the machine and on what else runs on it.
#
#   Benchmarks/capacity-sheet.sh [OUT.md]          (GROUNDWORK_BINARY=path/to/groundwork to skip the build)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
work="$here/work/capacity"
output="${1:-$work/capacity.md}"
rm -rf "$work" && mkdir -p "$work"
if [ -n "${GROUNDWORK_BINARY:-}" ]; then
  groundwork="$GROUNDWORK_BINARY"
else
  (cd "$root" && swift build --product groundwork >/dev/null)
  groundwork="$(cd "$root" && swift build --show-bin-path)/groundwork"
fi

export GROUNDWORK_TEST_POSTGRES_DIR="$work/pg"
eval "$("$root/scripts/postgres-for-tests.sh" start)"
trap '"$root/scripts/postgres-for-tests.sh" stop >/dev/null 2>&1 || true' EXIT
database="$GROUNDWORK_TEST_POSTGRES_URL"
(cd "$work" && "$groundwork" new shop --stack node-express --model "$root/docs/examples/shop.model.yaml" >/dev/null)
export JWT_SECRET=capacity-sheet-development-secret-0123456789
token=$("$groundwork" token --role manager --tenant acme --ttl 7200)
port=18431
serve="PORT=$port DATABASE_URL='$database' RATE_LIMIT_PER_MINUTE=100000000 RATE_LIMIT_BURST=10000000 LOG_LEVEL=warn $root/scripts/stacks/node-express.sh --serve $work/shop"

# Seed: start once (the migrations apply), create 500 products of tenant acme through the API, stop.
sh -c "$serve" >"$work/seed.log" 2>&1 &
server=$!
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
for i in $(seq 1 500); do
  curl -sf -o /dev/null -X POST "http://127.0.0.1:$port/products" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"sku\":\"SKU-$i\",\"title\":\"Product $i\",\"price\":\"$((i % 90 + 10)).50\",\"stock\":$i}"
done
pkill -P "$server" 2>/dev/null || true
kill "$server" 2>/dev/null || true
pkill -f "node src/index.js" 2>/dev/null || true
sleep 2

"$groundwork" scale report --start "$serve" \
  --url "http://127.0.0.1:$port/products?limit=20&sort=-price" --header "Authorization: Bearer $token" \
  --database-url "$database" --p95-target 50ms --peak-rps 3000 --format markdown --output "$output"
echo "wrote $output"
