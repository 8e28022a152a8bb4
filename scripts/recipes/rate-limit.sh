#!/usr/bin/env bash
# Tier 3 of the rate-limit recipe (docs/recipes.md, "Verification"): two processes of a generated service
# with the recipe applied share one client's token bucket in one redis-server.
#
#   scripts/recipes/rate-limit.sh [--tls] [--own-tests | --expect-separate] DIR
#                       (DATABASE_URL names a PostgreSQL server; a scratch database is created on it and
#                        dropped afterwards)
#
# The stack is read from DIR and the service's own process is made runnable as scripts/recipes/service-process.sh
# does. Debian's redis-server is started on a free loopback port (installed when missing, as node-redis is for
# node-express). Two processes of the service are started on two free ports with REDIS_URL naming it,
# RATE_LIMIT_PER_MINUTE=1 (no token comes back during the test) and RATE_LIMIT_BURST=5; the second starts once
# the first answers /health, so the migrations do not run twice at once.
# One client (an admin token of subject rate-limit-check, HS256 with the development JWT_SECRET) calls
# GET /products five times, alternating between the processes: each must answer 200. The sixth call, on
# either process, must answer 429 with a Retry-After of whole seconds between 1 and 60; so must a call on the
# other process. The bucket must be the hash ratelimit:sub:rate-limit-check in Redis. Then Redis is stopped:
# the next call must answer 200 within 2 s (fail open). --own-tests then runs the service's own lint and tests
# (scripts/stacks/<stack>.sh with GROUNDWORK_PROOF_STEPS=tests; `make lint test` for python-fastapi).
# --tls: the services reach Redis over TLS (rediss://, a throwaway certificate for 127.0.0.1 trusted through
# SSL_CERT_FILE and NODE_EXTRA_CA_CERTS).
# --expect-separate is the contrast, for a service without the recipe: each process counts on its own, so
# passing means the sixth call (on the process that served two of the five) answers 200.
# Prints one line `stack=S allowed=5 limited=429 retry-after=N key=ratelimit:sub:rate-limit-check fail-open=200 redis=rediss`.
set -euo pipefail

own_tests=""
separate=""
tls=""
while [[ "${1:-}" == --* ]]; do
    case "$1" in
        --own-tests) own_tests=1 ;;
        --expect-separate) separate=1 ;;
        --tls) tls=1 ;;
        *) echo "usage: $0 [--tls] [--own-tests | --expect-separate] DIR" >&2; exit 64 ;;
    esac
    shift
done
if [[ $# -ne 1 || ! -d "$1" ]]; then echo "usage: $0 [--tls] [--own-tests | --expect-separate] DIR" >&2; exit 64; fi
dir=$(cd "$1" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
[[ -n "${DATABASE_URL:-}" ]] || { echo "rate-limit: DATABASE_URL is not set" >&2; exit 64; }
fail() { echo "rate-limit: FAILED: $*" >&2; exit 1; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
burst=5

command -v redis-server >/dev/null || "$root/scripts/install-dependencies.sh" redis-server >/dev/null || fail "installing redis-server"
if [[ -f "$dir/package.json" ]]; then
    "$root/scripts/install-dependencies.sh" node-redis >/dev/null || fail "installing node-redis"
fi

ports=("$(free_port)" "$(free_port)")
# shellcheck source=scripts/recipes/service-process.sh
source "$here/service-process.sh"
service_process "$dir" "${ports[0]}"
first=("${command[@]}")
# The same command on the second port (uvicorn names its port; the others read PORT).
second=()
for word in "${command[@]}"; do [[ "$word" == "${ports[0]}" ]] && second+=("${ports[1]}") || second+=("$word"); done

scratch_database "recipes_rate_limit_$$"
work=$(mktemp -d)
pids=()
redis_pid=""
cleanup() {
    local pid
    for pid in "${pids[@]}" $redis_pid; do { kill -KILL "$pid" && wait "$pid"; } 2>/dev/null || true; done
    psql "$DATABASE_URL" -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

redis_port=$(free_port)
# shellcheck source=scripts/recipes/loopback-redis.sh
source "$here/loopback-redis.sh"
if [[ -n "$tls" ]]; then redis_endpoint --tls; else redis_endpoint; fi
# The plain port stays open for redis-cli's look at the bucket.
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --dir "$work" "${tls_options[@]}" >"$work/redis.log" 2>&1 &
redis_pid=$!
disown "$redis_pid" # the check kills it (fail open): no job notice
for _ in $(seq 1 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
redis-cli -p "$redis_port" ping >/dev/null 2>&1 || { cat "$work/redis.log" >&2; fail "redis-server did not answer"; }

secret="development-secret-at-least-32-bytes!"
start() {
    local index=$1; shift
    (cd "$dir" && exec env PORT="${ports[$index]}" DATABASE_URL="$service_url" JWT_SECRET="$secret" LOG_LEVEL=warn \
        REDIS_URL="$redis_url" "${trust[@]}" RATE_LIMIT_PER_MINUTE=1 RATE_LIMIT_BURST="$burst" \
        "$here/with-default-signals" "$@") >"$work/service-$index.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 1 300); do
        curl -fsS "http://127.0.0.1:${ports[$index]}/health" >/dev/null 2>&1 && return 0
        kill -0 "${pids[$index]}" 2>/dev/null || { cat "$work/service-$index.log" >&2; fail "process $index exited before answering /health"; }
        sleep 0.2
    done
    cat "$work/service-$index.log" >&2
    fail "process $index did not answer /health"
}
start 0 "${first[@]}"
start 1 "${second[@]}"

python3 - "${ports[@]}" "$secret" "$stack" "$burst" "$redis_port" "$redis_pid" "$separate" "${redis_url%%:*}" <<'PY' || { tail -n 20 "$work"/service-*.log >&2; exit 1; }
import base64, hashlib, hmac, json, os, signal, subprocess, sys, time, urllib.error, urllib.request

first, second, secret, stack, burst, redis_port, redis_pid, separate, redis_scheme = sys.argv[1:10]
burst = int(burst)

def fail(message):
    sys.exit(f"rate-limit: FAILED: {message}")

def encode(part):
    return base64.urlsafe_b64encode(json.dumps(part, separators=(",", ":")).encode()).rstrip(b"=").decode()

subject = "rate-limit-check"
claims = {"sub": subject, "roles": ["admin"], "tenant": "acme", "exp": int(time.time()) + 600}
unsigned = encode({"alg": "HS256", "typ": "JWT"}) + "." + encode(claims)
signature = base64.urlsafe_b64encode(hmac.new(secret.encode(), unsigned.encode(), hashlib.sha256).digest()).rstrip(b"=").decode()
token = unsigned + "." + signature

def get(port):
    request = urllib.request.Request(f"http://127.0.0.1:{port}/products", headers={"Authorization": "Bearer " + token})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()

ports = [first, second]
for n in range(burst):
    status, _, body = get(ports[n % 2])
    if status != 200:
        fail(f"call {n + 1} of {burst} (process {n % 2}) answered {status}, expected 200: {body[:300]}")
if separate:
    status, _, body = get(ports[burst % 2])
    if status != 200:
        fail(f"call {burst + 1} answered {status}, expected 200 from a process that counts on its own: {body[:300]}")
    print(f"stack={stack} allowed={burst + 1} separate=yes")
    sys.exit(0)
retry_after = None
for n, port in enumerate([ports[burst % 2], ports[(burst + 1) % 2]]):
    status, headers, body = get(port)
    if status != 429:
        fail(f"call {burst + 1 + n} (port {port}) answered {status}, expected 429: the bucket is not shared: {body[:300]}")
    value = headers.get("Retry-After", "")
    if not value.isdigit() or not 1 <= int(value) <= 60:
        fail(f"429 with Retry-After {value!r}, expected whole seconds between 1 and 60")
    retry_after = int(value)

key = f"ratelimit:sub:{subject}"
kind = subprocess.run(["redis-cli", "-p", redis_port, "type", key], capture_output=True, text=True).stdout.strip()
if kind != "hash":
    keys = subprocess.run(["redis-cli", "-p", redis_port, "--scan"], capture_output=True, text=True).stdout.split()
    fail(f"{key} is a {kind!r} in Redis, expected the bucket's hash; keys: {keys}")

# Fail open: with Redis gone the request goes through (the limit is not enforced meanwhile).
os.kill(int(redis_pid), signal.SIGKILL)
time.sleep(0.3)
started = time.monotonic()
status, _, body = get(ports[0])
elapsed = time.monotonic() - started
if status != 200 or elapsed > 2:
    fail(f"with Redis stopped the call answered {status} after {elapsed:.2f} s, expected 200 within 2 s (fail open): {body[:300]}")
print(f"stack={stack} allowed={burst} limited=429 retry-after={retry_after} key={key} fail-open={status} redis={redis_scheme}")
PY

if [[ -n "$own_tests" ]]; then
    if [[ "$stack" == python-fastapi ]]; then
        # scripts/stacks/python-fastapi.sh has no tests-only mode; service_process made the virtual environment.
        (cd "$dir" && DATABASE_URL="$service_url" make --no-print-directory lint test) >&2 || fail "the service's own lint and tests (make lint test)"
    else
        GROUNDWORK_PROOF_STEPS=tests DATABASE_URL="$service_url" "$root/scripts/stacks/$stack.sh" "$dir" >&2 || fail "the service's own lint and tests (scripts/stacks/$stack.sh)"
    fi
    echo "stack=$stack own-tests=ok"
fi
