#!/usr/bin/env bash
# Tier 3 of the stateless-sessions recipe (docs/recipes.md, "Verification"): two processes of one
# application on loopback share one Debian redis-server, and a session is the same through either.
#
#   scripts/recipes/sessions-across-processes.sh [--expect-unshared] DIR
#
# DIR holds a small application with the routes POST /login (creates a session for "alice"), GET /whoami
# (200 with the user, 401 without a session) and POST /logout (ends the session), of one stack:
#   python-django (manage.py: `manage.py runserver --noreload`), python-flask (app.py: `flask --app app run`)
#   — both in a virtual environment per stack under ~/.cache/groundwork (GROUNDWORK_SESSIONS_VENV), kept
#   between runs, given DIR/requirements.txt from PyPI —
#   go (go.mod: built with Debian's Go sources in /usr/share/gocode, GOPATH mode, nothing downloaded;
#   gorilla/sessions and boj/redistore installed when missing), swift-hummingbird (Package.swift: built in the
#   generated swift-hummingbird services' shared build folder, GROUNDWORK_SWIFT_SCRATCH, so only the
#   application itself compiles after the first run), or node-express (package.json: `node src/index.js`, Debian's node packages on NODE_PATH, plus
#   GROUNDWORK_EXPRESS_SESSION, a folder holding express-session, which neither Debian nor a reachable
#   registry has).
# Debian's redis-server (installed when missing) is started on a free loopback port (no persistence) and both processes get
# REDIS_URL=redis://127.0.0.1:PORT/0. Passing means: a login through A sets a cookie; with it, B answers
# /whoami 200 "alice"; a key is in Redis; a logout through B; A then answers the old cookie 401.
# --expect-unshared (the application as written, before the recipe): passing means B answers A's cookie 401.
# Prints one line `stack=S shared=ok logout=ok` (or `stack=S shared=no`).
set -euo pipefail

expect_unshared=""
if [[ "${1:-}" == "--expect-unshared" ]]; then expect_unshared=1; shift; fi
if [[ $# -ne 1 || ! -d "$1" ]]; then echo "usage: $0 [--expect-unshared] DIR" >&2; exit 64; fi
dir=$(cd "$1" && pwd)
fail() { echo "sessions-across-processes: FAILED: $*" >&2; exit 1; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
command -v redis-server >/dev/null || "$root/scripts/install-dependencies.sh" redis-server >&2 || fail "installing redis-server"

python_environment() {
    export PIP_CACHE_DIR="${GROUNDWORK_PIP_CACHE:-$HOME/.cache/groundwork/pip}" PIP_DISABLE_PIP_VERSION_CHECK=1
    venv="${GROUNDWORK_SESSIONS_VENV:-$HOME/.cache/groundwork/sessions-$stack}"
    [[ -x "$venv/bin/python" ]] || python3 -m venv "$venv" || fail "python3 -m venv $venv"
    "$venv/bin/pip" install --quiet -r "$dir/requirements.txt" >&2 || fail "pip install -r requirements.txt"
}

if [[ -f "$dir/manage.py" ]]; then
    stack=python-django
    python_environment
    start() { exec "$venv/bin/python" manage.py runserver "127.0.0.1:$1" --noreload; }
elif [[ -f "$dir/app.py" ]]; then
    stack=python-flask
    python_environment
    start() { exec "$venv/bin/python" -m flask --app app run --host 127.0.0.1 --port "$1"; }
elif [[ -f "$dir/go.mod" ]]; then
    stack=go
    "$root/scripts/install-dependencies.sh" golang-go golang-github-gorilla-sessions-dev golang-github-boj-redistore-dev >&2 ||
        fail "installing Debian's Go packages"
    mkdir -p "$HOME/.cache/groundwork/sessions-go"
    binary="$HOME/.cache/groundwork/sessions-go/web-$$"
    (cd "$dir" && GO111MODULE=off GOPATH=/usr/share/gocode GOCACHE="$HOME/.cache/groundwork/sessions-go/cache" go build -o "$binary" .) >&2 ||
        fail "go build"
    start() { PORT=$1 exec "$binary"; }
elif [[ -f "$dir/Package.swift" ]]; then
    stack=swift-hummingbird
    # The shared SwiftPM build folder of the generated swift-hummingbird services: Hummingbird and SwiftNIO are
    # compiled once per machine (runs on the same folder wait for each other). The executable is copied out at
    # once: the next package built there replaces it.
    scratch="${GROUNDWORK_SWIFT_SCRATCH:-$HOME/.cache/groundwork/swift-hummingbird-build}"
    mkdir -p "$scratch" "$HOME/.cache/groundwork/sessions-swift"
    binary="$HOME/.cache/groundwork/sessions-swift/App-$$"
    (cd "$dir" && swift build --scratch-path "$scratch" --product App && cp "$scratch/debug/App" "$binary") >&2 ||
        fail "swift build"
    start() { PORT=$1 exec "$binary"; }
elif [[ -f "$dir/package.json" ]]; then
    stack=node-express
    [[ -n "${GROUNDWORK_EXPRESS_SESSION:-}" && -d "$GROUNDWORK_EXPRESS_SESSION/express-session" ]] ||
        fail "GROUNDWORK_EXPRESS_SESSION does not name a folder holding express-session"
    export NODE_PATH="$GROUNDWORK_EXPRESS_SESSION:/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
    start() { PORT=$1 exec node src/index.js; }
else
    fail "$dir holds no application this script knows (manage.py, app.py, go.mod, Package.swift, package.json)"
fi

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do { kill -KILL "$pid" && wait "$pid"; } 2>/dev/null || true; done
    rm -rf "$work"
    if [[ -n "${binary:-}" ]]; then rm -f "$binary"; fi
}
trap cleanup EXIT

redis_port=$(free_port)
redis-server --bind 127.0.0.1 --port "$redis_port" --save "" --appendonly no --daemonize no >"$work/redis.log" 2>&1 &
pids+=($!)
export REDIS_URL="redis://127.0.0.1:$redis_port/0"
for _ in $(seq 100); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
redis-cli -p "$redis_port" ping >/dev/null 2>&1 || fail "redis-server did not start: $(tail -5 "$work/redis.log")"

port_a=$(free_port)
port_b=$(free_port)
for name in a b; do
    port_var="port_$name"
    (cd "$dir" && start "${!port_var}") >"$work/$name.log" 2>&1 &
    pids+=($!)
done

status() { curl -s -o "$work/body" -w '%{http_code}' --max-time 5 "$@" || echo 000; }
for port in "$port_a" "$port_b"; do
    for _ in $(seq 300); do [[ "$(status "http://127.0.0.1:$port/whoami")" == 401 ]] && break; sleep 0.1; done
    [[ "$(status "http://127.0.0.1:$port/whoami")" == 401 ]] || fail "the process on $port does not answer /whoami 401: $(tail -20 "$work"/*.log)"
done

[[ "$(status -c "$work/jar" -X POST "http://127.0.0.1:$port_a/login")" == 200 ]] || fail "login through A: $(cat "$work/body")"
grep -q . "$work/jar" || fail "login through A set no cookie"
cp "$work/jar" "$work/jar-before-logout"
through_b=$(status -b "$work/jar" "http://127.0.0.1:$port_b/whoami")
if [[ -n "$expect_unshared" ]]; then
    [[ "$through_b" == 401 ]] || fail "without the recipe, B answered A's session $through_b (expected 401)"
    echo "stack=$stack shared=no"
    exit 0
fi
[[ "$through_b" == 200 ]] && grep -q alice "$work/body" || fail "B does not know the session created through A: $through_b $(cat "$work/body")"
keys=$(redis-cli -p "$redis_port" dbsize)
[[ "$keys" -ge 1 ]] || fail "no key in Redis after the login"
[[ "$(status -b "$work/jar" -c "$work/jar" -X POST "http://127.0.0.1:$port_b/logout")" == 200 ]] || fail "logout through B: $(cat "$work/body")"
through_a=$(status -b "$work/jar-before-logout" "http://127.0.0.1:$port_a/whoami")
[[ "$through_a" == 401 ]] || fail "after a logout through B, A still accepts the old cookie: $through_a $(cat "$work/body")"
echo "stack=$stack shared=ok logout=ok redis_keys_after_login=$keys"
