#!/usr/bin/env bash
# Tier 3 of the db-connection-budget recipe (docs/recipes.md, "Verification"): N processes of a generated
# service (node-express, python-fastapi, go-chi or swift-hummingbird), each with a pool of DB_POOL_SIZE
# connections, stay within the database budget through Debian's PgBouncer 1.18 in transaction mode, under
# wrk load, with no failed request.
#
#   scripts/recipes/connection-budget.sh [--expect-failures] DIR
#       (DATABASE_URL names a PostgreSQL server on 127.0.0.1; a scratch database is created on it and
#        dropped afterwards)
#
# The service is started as scripts/recipes/service-process.sh says (its own process), once directly
# against the scratch database to apply its migrations, then 3 times through PgBouncer with
# DB_POOL_SIZE=5 (15 connections wanted; PgBouncer may hold 6, max_db_connections), AUTO_MIGRATE=false and
# DB_PREPARED_STATEMENTS=false, as the recipe's manifest edit sets it with pgbouncer=true: psycopg then
# prepares nothing (prepare_threshold=None) and lib/pq sends Parse/Bind/Execute before one Sync
# (binary_parameters=yes); node-pg and PostgresNIO need nothing (the unnamed statement, one Sync). node-pg's
# `options=-c TimeZone=UTC` startup parameter is ignored by PgBouncer (ignore_startup_parameters), which
# sets the time zone per server connection instead (connect_query). wrk loads every process for 5 s with a
# manager token (HS256, the development secret), every other request POST /products (a transaction that
# commits), the others GET /products (a query with parameters outside a transaction) — the same statements
# many times per connection, what prepared statements are made of — while pg_stat_activity is sampled
# every 50 ms. Passing: no non-2xx response, no socket error, never more than 6 client backends.
# With --expect-failures (the contrast) DB_PREPARED_STATEMENTS is not set, and passing means that some
# requests failed: go-chi's lib/pq loses its unnamed statement between Parse and Bind. (python-fastapi
# does not fail that way here: its requests end with a ROLLBACK, on which psycopg forgets what it
# prepared, so the contrast shows nothing for it; node-pg and PostgresNIO never need the setting.)
# Prints `stack=S requests=N failed=F max_connections=M budget=6`.
set -euo pipefail

expect_failures=""
if [[ "${1:-}" == "--expect-failures" ]]; then expect_failures=1; shift; fi
if [[ $# -ne 1 ]]; then echo "usage: $0 [--expect-failures] DIR" >&2; exit 64; fi
dir=$(cd "$1" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
[[ -n "${DATABASE_URL:-}" ]] || { echo "connection-budget: DATABASE_URL is not set" >&2; exit 64; }
fail() { echo "connection-budget: FAILED: $*" >&2; exit 1; }
"$root/scripts/install-dependencies.sh" pgbouncer wrk >/dev/null || fail "installing pgbouncer and wrk"

processes=3 pool=5 budget=6
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
url_part() { python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print({"host": p.hostname, "port": p.port or 5432, "user": p.username or "postgres"}[sys.argv[2]])' "$DATABASE_URL" "$1"; }
with_database() { python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(netloc=sys.argv[3] or p.netloc, path="/" + sys.argv[2])))' "$DATABASE_URL" "$@"; }

ports=()
for _ in $(seq 1 "$processes"); do ports+=("$(free_port)"); done
migrate_port=$(free_port)
# shellcheck source=scripts/recipes/service-process.sh
source "$here/service-process.sh"
service_process "$dir" "$migrate_port"
# The command on another port (python-fastapi's names its port; the others read PORT).
command_on() { local part; for part in "${command[@]}"; do [[ "$part" == "$migrate_port" ]] && echo "$1" || echo "$part"; done; }

work=$(mktemp -d)
chmod 755 "$work"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    [[ -f "$work/pgbouncer.pid" ]] && kill -TERM "$(cat "$work/pgbouncer.pid")" 2>/dev/null || true
    sleep 0.5
    for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    psql "$DATABASE_URL" -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
scratch_database "recipes_budget_$$"
secret="development-secret-at-least-32-bytes!"
settings=(JWT_SECRET="$secret" LOG_LEVEL=warn RATE_LIMIT_PER_MINUTE=10000000 RATE_LIMIT_BURST=1000000)

# wait_ready PORT PID LOG: /ready answers (the service reached its database), or the script fails.
wait_ready() {
    for _ in $(seq 1 300); do
        curl -fsS "http://127.0.0.1:$1/ready" >/dev/null 2>&1 && return 0
        kill -0 "$2" 2>/dev/null || break
        sleep 0.2
    done
    cat "$3" >&2
    fail "the service on $1 is not ready"
}

# The migrations, applied directly (not through PgBouncer: a migration lock is session state).
mapfile -t migrating < <(command_on "$migrate_port")
(cd "$dir" && exec env PORT="$migrate_port" DATABASE_URL="$service_url" AUTO_MIGRATE=true "${settings[@]}" \
    "$here/with-default-signals" "${migrating[@]}") >"$work/migrate.log" 2>&1 &
pids+=($!)
wait_ready "$migrate_port" "${pids[0]}" "$work/migrate.log"
kill -TERM "${pids[0]}" 2>/dev/null || true
wait "${pids[0]}" 2>/dev/null || true
pids=()

bouncer_port=$(free_port)
user=$(url_part user)
cat >"$work/pgbouncer.ini" <<INI
[databases]
$database = host=$(url_part host) port=$(url_part port) dbname=$database connect_query='SET TimeZone = ''UTC'''
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $bouncer_port
unix_socket_dir =
auth_type = trust
auth_file = $work/userlist.txt
pool_mode = transaction
max_client_conn = 200
default_pool_size = $budget
max_db_connections = $budget
ignore_startup_parameters = extra_float_digits,options
logfile = $work/pgbouncer.log
pidfile = $work/pgbouncer.pid
INI
echo "\"$user\" \"\"" >"$work/userlist.txt"
# PgBouncer refuses to run as root: drop to the postgres user when run as root.
if [[ "$(id -u)" -eq 0 ]]; then chown -R postgres "$work"; bouncer_user=(-u postgres); else bouncer_user=(); fi
# With SIGTERM unblocked (scripts/recipes/with-default-signals), so that the cleanup stops it.
"$here/with-default-signals" pgbouncer -d "${bouncer_user[@]}" "$work/pgbouncer.ini" || fail "pgbouncer did not start"
through_bouncer=$(with_database "$database" "$user@127.0.0.1:$bouncer_port")

prepared=(DB_PREPARED_STATEMENTS=false)
[[ -n "$expect_failures" ]] && prepared=()
for port in "${ports[@]}"; do
    mapfile -t serving < <(command_on "$port")
    (cd "$dir" && exec env PORT="$port" DATABASE_URL="$through_bouncer" DB_POOL_SIZE="$pool" AUTO_MIGRATE=false "${settings[@]}" \
        "${prepared[@]}" "$here/with-default-signals" "${serving[@]}") >"$work/service-$port.log" 2>&1 &
    pids+=($!)
done
for index in "${!ports[@]}"; do wait_ready "${ports[$index]}" "${pids[$index]}" "$work/service-${ports[$index]}.log"; done

token=$(python3 - "$secret" <<'PY'
import base64, hashlib, hmac, json, sys, time
def encode(part):
    return base64.urlsafe_b64encode(json.dumps(part, separators=(",", ":")).encode()).rstrip(b"=").decode()
claims = {"sub": "budget-check", "roles": ["manager"], "tenant": "acme", "exp": int(time.time()) + 600}
unsigned = encode({"alg": "HS256", "typ": "JWT"}) + "." + encode(claims)
signature = hmac.new(sys.argv[1].encode(), unsigned.encode(), hashlib.sha256).digest()
print(unsigned + "." + base64.urlsafe_b64encode(signature).rstrip(b"=").decode())
PY
)
curl -fsS -H "Authorization: Bearer $token" "http://127.0.0.1:${ports[0]}/products" >/dev/null || fail "GET /products with the manager token failed before the load"
curl -fsS -H "Authorization: Bearer $token" -H "Content-Type: application/json" -d '{"sku": "BUDGET-0", "title": "budget", "price": "1.00"}' \
    "http://127.0.0.1:${ports[0]}/products" >/dev/null || fail "POST /products with the manager token failed before the load"

# Every other request creates a product (a transaction that commits), the others list them (a query with
# parameters outside a transaction): each runs the same statements many times on each connection.
cat >"$work/load.lua" <<'LUA'
local headers = {["Authorization"] = "Bearer " .. os.getenv("TOKEN"), ["Content-Type"] = "application/json"}
local prefix = os.getenv("SKU_PREFIX")
local count = 0
request = function()
    count = count + 1
    if count % 2 == 1 then return wrk.format("GET", "/products", headers) end
    local body = string.format('{"sku": "B%s-%d", "title": "budget", "price": "1.00"}', prefix, count)
    return wrk.format("POST", "/products", headers, body)
end
LUA
loads=()
for port in "${ports[@]}"; do
    TOKEN="$token" SKU_PREFIX="$port" wrk -t 1 -c 20 -d 5s -s "$work/load.lua" "http://127.0.0.1:$port" >"$work/wrk-$port.txt" 2>&1 &
    loads+=($!)
done
peak=0
end=$((SECONDS + 5))
while [[ $SECONDS -lt $end ]]; do
    count=$(psql "$DATABASE_URL" -Atqc "SELECT count(*) FROM pg_stat_activity WHERE datname = '$database' AND backend_type = 'client backend'")
    [[ "$count" -gt "$peak" ]] && peak=$count
    sleep 0.05
done
for load in "${loads[@]}"; do wait "$load" || true; done

requests=0 failed=0
for port in "${ports[@]}"; do
    report="$work/wrk-$port.txt"
    grep -q "requests in" "$report" || fail "wrk on $port: $(cat "$report")"
    requests=$((requests + $(awk '/requests in/ { print $1 }' "$report")))
    # `Socket errors: connect 0, read 0, write 0, timeout 0` and `Non-2xx or 3xx responses: N`.
    errors=$(awk -F'[ ,]+' '/Socket errors/ { print $4 + $6 + $8 + $10 } /Non-2xx/ { print $NF }' "$report" | awk '{ s += $1 } END { print s + 0 }')
    failed=$((failed + errors))
    if [[ "$errors" -gt 0 && -z "$expect_failures" ]]; then
        tail -5 "$work/service-$port.log" >&2
        cat "$report" >&2
    fi
done
echo "stack=$stack requests=$requests failed=$failed max_connections=$peak budget=$budget"
[[ "$peak" -le "$budget" ]] || fail "$peak connections exceeded the budget of $budget"
[[ "$peak" -gt 0 && "$requests" -gt 100 ]] || fail "too little load to show anything"
if [[ -n "$expect_failures" ]]; then
    [[ "$failed" -gt 0 ]] || fail "no request failed without DB_PREPARED_STATEMENTS=false (the contrast shows nothing)"
else
    [[ "$failed" -eq 0 ]] || fail "$failed request(s) failed through PgBouncer"
fi
