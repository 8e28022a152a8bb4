#!/usr/bin/env bash
# Proves a generated python-fastapi service on this machine, end to end:
#
#   scripts/stacks/python-fastapi.sh DIR
#
#  1. `make install` (a virtual environment in DIR/.venv from PyPI; pip's cache is shared between runs
#     in $GROUNDWORK_PIP_CACHE, default ~/.cache/groundwork/pip);
#  2. `make lint` (Ruff: lint and format check) and `make test` (pytest against DATABASE_URL: the tests
#     create and drop their own schema);
#  3. `make run` on a free port with a development JWT_SECRET, waits for /health, runs
#     scripts/service-check.sh (openapi-spec-validator, schemathesis) against it, stops it.
#
# DATABASE_URL comes from the environment (a database this run may use); without it, a throwaway
# PostgreSQL is started with scripts/postgres-for-tests.sh and stopped at the end.
# Exits 0 only when every step passed; otherwise names the step that failed. Missing system packages
# (make, python3-venv) are installed the way scripts/install-dependencies.sh does.
set -euo pipefail

# --serve: only make the dependencies reachable, then run the service in the foreground (PORT,
# DATABASE_URL, JWT_SECRET from the environment): for tests that start services and call them.
serve=""
if [[ "${1:-}" == "--serve" ]]; then serve=1; shift; fi
if [[ $# -ne 1 || ! -d "$1" ]]; then
    echo "usage: $0 [--serve] DIR   (a service generated with --stack python-fastapi)" >&2
    exit 64
fi
dir=$(cd "$1" && pwd)
scripts=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

step() { echo "python-fastapi: $*" >&2; }
fail() { echo "python-fastapi: FAILED: $*" >&2; exit 1; }

# System prerequisites: make, and a Python 3.11+ that can create virtual environments.
needed=()
command -v make >/dev/null || needed+=(make)
python3 -c 'import ensurepip, venv' 2>/dev/null || needed+=(python3-venv)
if [[ ${#needed[@]} -gt 0 ]]; then
    "$scripts/install-dependencies.sh" "${needed[@]}" || fail "cannot install ${needed[*]}"
fi
python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' || fail "Python 3.11 or newer is needed (found $(python3 --version))"

cleanup=()
on_exit() {
    local action
    for action in "${cleanup[@]}"; do eval "$action" || true; done
}
trap on_exit EXIT

if [[ -z "${DATABASE_URL:-}" ]]; then
    export GROUNDWORK_TEST_POSTGRES_DIR="${TMPDIR:-/tmp}/groundwork-python-fastapi-pg-$$"
    eval "$("$scripts/postgres-for-tests.sh" start)"
    cleanup+=("GROUNDWORK_TEST_POSTGRES_DIR='$GROUNDWORK_TEST_POSTGRES_DIR' '$scripts/postgres-for-tests.sh' stop >/dev/null 2>&1")
    export DATABASE_URL="$GROUNDWORK_TEST_POSTGRES_URL"
fi

export PIP_CACHE_DIR="${GROUNDWORK_PIP_CACHE:-$HOME/.cache/groundwork/pip}"
export PIP_DISABLE_PIP_VERSION_CHECK=1
cd "$dir"

step "make install"
make install >&2 || fail "make install"
if [[ -n "$serve" ]]; then
    step "make run (serving on ${PORT:-8000})"
    # A child, not exec: this shell stays to stop the throwaway PostgreSQL when the service stops (a signal to the
    # process group stops both, and the shell then runs its exit trap).
    make run
    exit
fi
step "make lint"
make lint >&2 || fail "make lint (ruff check, ruff format --check)"
step "make test"
make test >&2 || fail "make test"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
export JWT_SECRET="${JWT_SECRET:-development-secret-at-least-32-bytes!}"
log=$(mktemp "${TMPDIR:-/tmp}/python-fastapi-service.XXXXXX.log")
step "make run on port $port (log: $log)"
# Its own session, so that stopping it stops make and uvicorn together.
PORT=$port RATE_LIMIT_PER_MINUTE=100000 RATE_LIMIT_BURST=10000 setsid make run >"$log" 2>&1 &
service=$!
# The log is shown on failure; it goes with the service either way.
cleanup+=("kill -- -$service 2>/dev/null; wait $service 2>/dev/null; rm -f '$log'")

for _ in $(seq 1 120); do
    if python3 -c "import urllib.request, sys; urllib.request.urlopen('http://127.0.0.1:$port/health', timeout=1)" 2>/dev/null; then
        break
    fi
    kill -0 "$service" 2>/dev/null || { cat "$log" >&2; fail "the service stopped before answering /health"; }
    sleep 0.5
done
python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/health', timeout=1)" 2>/dev/null \
    || { tail -n 50 "$log" >&2; fail "the service did not answer /health within 60 s"; }

step "scripts/service-check.sh"
# From a scratch folder: the fuzzer's working files stay out of the service's repository.
scratch=$(mktemp -d)
cleanup+=("rm -rf '$scratch'")
(cd "$scratch" && "$scripts/service-check.sh" "http://127.0.0.1:$port" "$dir") || { tail -n 50 "$log" >&2; fail "service-check"; }
step "passed"
