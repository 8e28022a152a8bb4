#!/usr/bin/env bash
# The whole proof of a generated node-express service on this machine:
#
#   scripts/stacks/node-express.sh DIR        (DATABASE_URL must name a PostgreSQL database)
#
#  1. makes the dependencies reachable without the npm registry: Debian's node-express, node-jose,
#     node-ajv, node-supertest, node-cors and eslint (apt, only when missing), and node-pg, which apt
#     cannot install here (it depends on nodejs:any), fetched with `apt-get download` and unpacked into
#     a cache folder; NODE_PATH points at both. `make install` (npm install) is replaced by a check
#     that every dependency of package.json resolves through NODE_PATH;
#  2. `make lint test` with DATABASE_URL (the tests create and drop their own schemas);
#  3. `make run` on a free port with a development JWT_SECRET, waits for /health, runs
#     scripts/service-check.sh (openapi-spec-validator + schemathesis), stops the service.
# With GROUNDWORK_PROOF_STEPS=tests it stops after step 2 (scripts/connectors/node-express.sh: the
# connectors are proven by the tests; the contract check of step 3 proves the API and takes minutes).
# Exits 0 only when every step passed; prints the step that failed.
set -euo pipefail

# --serve: only make the dependencies reachable, then run the service in the foreground (PORT,
# DATABASE_URL, JWT_SECRET from the environment): for tests that start services and call them.
serve=""
if [[ "${1:-}" == "--serve" ]]; then serve=1; shift; fi
if [[ $# -ne 1 ]]; then
    echo "usage: $0 [--serve] DIR" >&2
    exit 64
fi
dir=$(cd "$1" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
[[ -n "${DATABASE_URL:-}" ]] || { echo "node-express: DATABASE_URL is not set" >&2; exit 64; }

step() { echo "node-express: $*" >&2; }
fail() { echo "node-express: FAILED: $*" >&2; exit 1; }

# 1. Dependencies.
debian_packages=(nodejs node-express node-jose node-ajv node-supertest node-cors eslint node-text-table)
"$root/scripts/install-dependencies.sh" "${debian_packages[@]}" >/dev/null 2>&1 \
    || "$root/scripts/install-dependencies.sh" "${debian_packages[@]}" \
    || fail "installing ${debian_packages[*]}"

command -v npm >/dev/null || "$root/scripts/install-dependencies.sh" npm || fail "installing npm"

cache="${GROUNDWORK_NODE_CACHE:-$HOME/.cache/groundwork/node-debian}"
if [[ ! -f "$cache/.complete" ]]; then
    step "unpacking node-pg from Debian into $cache"
    download=$(mktemp -d)
    (cd "$download" && apt-get download node-pg node-split2 node-xtend >/dev/null 2>&1) \
        || { apt-get update -qq >/dev/null && (cd "$download" && apt-get download node-pg node-split2 node-xtend >/dev/null); } \
        || fail "apt-get download node-pg node-split2 node-xtend"
    mkdir -p "$cache"
    for deb in "$download"/*.deb; do dpkg -x "$deb" "$cache"; done
    rm -rf "$download"
    touch "$cache/.complete"
fi
export NODE_PATH="$cache/usr/share/nodejs:/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"

cd "$dir"
step "dependencies of package.json resolve through NODE_PATH"
node -e '
  const pkg = require("./package.json")
  const missing = Object.keys(pkg.dependencies || {}).concat(Object.keys(pkg.devDependencies || {}))
    .filter((name) => name !== "eslint")
    .filter((name) => { try { require.resolve(name); return false } catch { return true } })
  if (missing.length) { console.error("missing: " + missing.join(", ")); process.exit(1) }
' || fail "dependencies not reachable"

if [[ -n "$serve" ]]; then
    step "make run (serving on ${PORT:-8080})"
    exec make --no-print-directory run
fi

# 2. Lint and tests.
step "make lint"
make --no-print-directory lint || fail "make lint"
step "make test"
make --no-print-directory test || fail "make test"
if [[ "${GROUNDWORK_PROOF_STEPS:-}" == tests ]]; then
    step "passed (lint and tests)"
    exit 0
fi

# 3. The running service against its contract.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
export JWT_SECRET="${JWT_SECRET:-development-secret-at-least-32-bytes!}"
log="$(mktemp)"
step "make run on port $port (log: $log)"
PORT="$port" RATE_LIMIT_PER_MINUTE=100000 RATE_LIMIT_BURST=10000 LOG_LEVEL="${LOG_LEVEL:-warn}" \
    setsid make --no-print-directory run >"$log" 2>&1 &
service_pid=$!
scratch=""
# The log is shown on failure; it goes with the service either way.
stop() {
    kill -TERM -- "-$service_pid" 2>/dev/null || true
    wait "$service_pid" 2>/dev/null || true
    rm -rf "$log" ${scratch:+"$scratch"}
}
trap stop EXIT

for _ in $(seq 1 100); do
    if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then break; fi
    kill -0 "$service_pid" 2>/dev/null || { cat "$log" >&2; fail "the service exited before answering /health"; }
    sleep 0.2
done
curl -fsS "http://127.0.0.1:$port/health" >/dev/null || { cat "$log" >&2; fail "/health did not answer"; }

step "service-check"
# From a scratch folder: schemathesis leaves a .schemathesis/ folder where it runs.
scratch=$(mktemp -d)
(cd "$scratch" && "$root/scripts/service-check.sh" "http://127.0.0.1:$port" "$dir") || { tail -n 50 "$log" >&2; fail "service-check"; }
step "passed"
