#!/usr/bin/env bash
# Tier 3 of the graceful-shutdown recipe (docs/recipes.md, "Verification"): a generated service under wrk
# load receives SIGTERM and loses no request.
#
#   scripts/recipes/sigterm-under-load.sh [--expect-loss] DIR
#                       (DATABASE_URL names a PostgreSQL server; a scratch database is created on it and
#                        dropped afterwards)
#
# The stack is read from DIR: node-express (package.json), python-fastapi (app/main.py), go-chi (go.mod),
# swift-hummingbird (Package.swift). The service's own process is started on a free loopback port — `node
# src/index.js`, `.venv/bin/uvicorn app.main:app` as `make run` does (after `make install`), bin/server
# (scripts/stacks/go-chi.sh --build), .build/App (scripts/stacks/swift-hummingbird.sh --build) — so that
# SIGTERM reaches it and its exit status is its own. wrk keeps 16 keep-alive connections busy on /health
# for 4 s and the service gets SIGTERM after 1 s, as a pod does while the load balancer still sends to it
# (the endpoints update a moment after the pod starts terminating). Load stops before the service's
# SHUTDOWN_DELAY_SECONDS (4) are over, as it does in a cluster where the pod has left the endpoints by then;
# wrk cannot tell a refused connection from a lost request, so none is provoked.
# Passing means: every request was answered 2xx (no connect, read, write or timeout error, no non-2xx
# response), and the service exited 0 within its delay + drain time + 5 s.
# --expect-loss is the contrast, for a service without the recipe: passing means requests were lost.
# Prints one line `stack=S requests=N connect=0 read=0 write=0 timeout=0 non2xx=0 exit=0 seconds=S lost=0`.
set -euo pipefail

expect_loss=""
if [[ "${1:-}" == "--expect-loss" ]]; then expect_loss=1; shift; fi
if [[ $# -ne 1 || ! -d "$1" ]]; then echo "usage: $0 [--expect-loss] DIR" >&2; exit 64; fi
dir=$(cd "$1" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
[[ -n "${DATABASE_URL:-}" ]] || { echo "sigterm-under-load: DATABASE_URL is not set" >&2; exit 64; }
fail() { echo "sigterm-under-load: FAILED: $*" >&2; exit 1; }
command -v wrk >/dev/null || "$root/scripts/install-dependencies.sh" wrk >/dev/null || fail "installing wrk"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
# shellcheck source=scripts/recipes/service-process.sh
source "$here/service-process.sh"
service_process "$dir" "$port"

scratch_database "recipes_sigterm_$$"
log=$(mktemp)
report=$(mktemp)
service_pid=""
cleanup() {
    [[ -n "$service_pid" ]] && kill -KILL "$service_pid" 2>/dev/null || true
    psql "$DATABASE_URL" -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
    rm -f "$log" "$report"
}
trap cleanup EXIT

(cd "$dir" && PORT="$port" DATABASE_URL="$service_url" JWT_SECRET="development-secret-at-least-32-bytes!" \
    LOG_LEVEL=warn RATE_LIMIT_PER_MINUTE=10000000 RATE_LIMIT_BURST=1000000 SHUTDOWN_DELAY_SECONDS=4 SHUTDOWN_DRAIN_SECONDS=10 \
    exec "$here/with-default-signals" "${command[@]}") >"$log" 2>&1 &
service_pid=$!
for _ in $(seq 1 300); do
    curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    kill -0 "$service_pid" 2>/dev/null || { cat "$log" >&2; fail "the service exited before answering /health"; }
    sleep 0.2
done
curl -fsS "http://127.0.0.1:$port/health" >/dev/null || { cat "$log" >&2; fail "/health did not answer"; }

wrk -t 2 -c 16 -d 4s "http://127.0.0.1:$port/health" >"$report" 2>&1 &
wrk_pid=$!
sleep 1
started=$(date +%s.%N)
kill -TERM "$service_pid"
# A service still running after delay + drain + 10 s is killed (and exits 137). Polled, not a background
# watchdog: an orphaned process would outlive this script under a test runner that reaps its children.
for _ in $(seq 1 $(((4 + 10 + 10) * 10))); do
    state=$(ps -o stat= -p "$service_pid" 2>/dev/null || true)
    [[ -z "$state" || "$state" == Z* ]] && break
    sleep 0.1
done
kill -KILL "$service_pid" 2>/dev/null || true
set +e
wait "$service_pid"; status=$?
set -e
stopped=$(date +%s.%N)
service_pid=""
wait "$wrk_pid" || fail "wrk failed: $(cat "$report")"

requests=$(awk '/requests in/ { print $1 }' "$report")
errors=$(grep -o 'Socket errors: .*' "$report" || echo "Socket errors: connect 0, read 0, write 0, timeout 0")
number() { grep -o "$1 [0-9]*" <<<"$errors" | awk '{ print $2 }'; }
non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$report")
lost=$(( $(number connect) + $(number read) + $(number write) + $(number timeout) + ${non2xx:-0} ))
seconds=$(python3 -c "print(round($stopped - $started, 2))")
line="stack=$stack requests=${requests:-0} connect=$(number connect) read=$(number read) write=$(number write) timeout=$(number timeout) non2xx=${non2xx:-0} exit=$status seconds=$seconds lost=$lost"
echo "$line"
[[ "${requests:-0}" -gt 100 ]] || fail "too little load to show anything ($line)"
if [[ -n "$expect_loss" ]]; then
    [[ "$lost" -gt 0 ]] || fail "no request was lost: does this service already shut down gracefully? ($line)"
    exit 0
fi
[[ "$status" -eq 0 ]] || { cat "$log" >&2; fail "the service exited $status ($line)"; }
[[ "$lost" -eq 0 ]] || { cat "$report" >&2; fail "requests were lost ($line)"; }
python3 -c "import sys; sys.exit(0 if $seconds < 4 + 10 + 5 else 1)" || fail "the shutdown took $seconds s, more than delay + drain + 5 s"
