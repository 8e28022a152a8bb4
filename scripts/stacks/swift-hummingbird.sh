#!/usr/bin/env bash
# The whole proof of a generated swift-hummingbird service on this machine:
#
#   scripts/stacks/swift-hummingbird.sh DIR        (DATABASE_URL must name a PostgreSQL database)
#
#  1. the dependencies come from the local Swift packages (git reads github.com from /opt/swift-packages);
#     every run shares one SwiftPM build folder ($GROUNDWORK_SWIFT_SCRATCH, default
#     ~/.cache/groundwork/swift-hummingbird-build), so Hummingbird, PostgresNIO and jwt-kit are compiled
#     once per machine, not once per generated service (runs on the same folder wait for each other);
#  2. `make install lint test` with DATABASE_URL (the tests migrate schemas of their own);
#  3. `make run` on a free port with a development JWT_SECRET, waits for /health, runs
#     scripts/service-check.sh (openapi-spec-validator + schemathesis), stops the service.
# Exits 0 only when every step passed; prints the step that failed. With GROUNDWORK_PROOF_STEPS=tests it stops
# after step 2 (scripts/connectors/swift-hummingbird.sh: the connectors' tests need the local servers, not a
# running service).
set -euo pipefail

# --serve: only make the dependencies reachable, then run the service in the foreground (PORT,
# DATABASE_URL, JWT_SECRET from the environment): for tests that start services and call them.
# --build: only `make install`, then copy the executable to DIR/.build/App (ignored by git): for tests
# that start the process themselves and signal it (scripts/recipes/sigterm-under-load.sh).
serve=""
build=""
if [[ "${1:-}" == "--serve" ]]; then serve=1; shift; fi
if [[ "${1:-}" == "--build" ]]; then build=1; shift; fi
if [[ $# -ne 1 ]]; then
    echo "usage: $0 [--serve | --build] DIR" >&2
    exit 64
fi
dir=$(cd "$1" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
[[ -n "${DATABASE_URL:-}" ]] || { echo "swift-hummingbird: DATABASE_URL is not set" >&2; exit 64; }

step() { echo "swift-hummingbird: $*" >&2; }
fail() { echo "swift-hummingbird: FAILED: $*" >&2; exit 1; }

# 1. Toolchain and the shared build folder.
command -v swift >/dev/null || fail "swift is not on PATH"
swift format --version >/dev/null 2>&1 || fail "swift format (part of the toolchain) is missing"
command -v curl >/dev/null || "$root/scripts/install-dependencies.sh" curl || fail "installing curl"
scratch="${GROUNDWORK_SWIFT_SCRATCH:-$HOME/.cache/groundwork/swift-hummingbird-build}"
mkdir -p "$scratch"
export SWIFT_BUILD_FLAGS="--scratch-path $scratch"

cd "$dir"
# 2. Build, lint, tests.
step "make install (build folder $scratch)"
make --no-print-directory install SWIFT_BUILD_FLAGS="$SWIFT_BUILD_FLAGS" || fail "make install"
if [[ -n "$serve" ]]; then
    step "make run (serving on ${PORT:-8080})"
    exec make --no-print-directory run SWIFT_BUILD_FLAGS="$SWIFT_BUILD_FLAGS"
fi
if [[ -n "$build" ]]; then
    # A copy: the next service built in the shared folder replaces its App.
    mkdir -p .build && cp "$scratch/debug/App" .build/App || fail "copying $scratch/debug/App to $dir/.build/App"
    step "built $dir/.build/App"
    exit 0
fi
step "make lint"
make --no-print-directory lint || fail "make lint"
step "make test"
make --no-print-directory test SWIFT_BUILD_FLAGS="$SWIFT_BUILD_FLAGS" || fail "make test"
if [[ "${GROUNDWORK_PROOF_STEPS:-}" == tests ]]; then
    step "passed (up to the tests)"
    exit 0
fi

# 3. The running service against its contract.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
export JWT_SECRET="${JWT_SECRET:-development-secret-at-least-32-bytes!}"
log="$(mktemp)"
step "make run on port $port (log: $log)"
PORT="$port" RATE_LIMIT_PER_MINUTE=100000 RATE_LIMIT_BURST=10000 LOG_LEVEL="${LOG_LEVEL:-warning}" \
    setsid make --no-print-directory run SWIFT_BUILD_FLAGS="$SWIFT_BUILD_FLAGS" >"$log" 2>&1 &
service_pid=$!
# The log is shown on failure; it goes with the service either way.
stop() { kill -TERM -- "-$service_pid" 2>/dev/null || true; wait "$service_pid" 2>/dev/null || true; rm -f "$log"; }
trap stop EXIT

for _ in $(seq 1 300); do
    if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then break; fi
    kill -0 "$service_pid" 2>/dev/null || { cat "$log" >&2; fail "the service exited before answering /health"; }
    sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 || { cat "$log" >&2; fail "no answer on /health"; }

step "service-check"
"$root/scripts/service-check.sh" "http://127.0.0.1:$port" "$dir" || { tail -n 50 "$log" >&2; fail "service-check"; }
step "passed"
