#!/usr/bin/env bash
# Tier 3 of the db-connection-budget recipe (docs/recipes.md, "Verification"): N processes of a generated
# node-express service, each with a pool of DB_POOL_SIZE connections, stay within the database budget
# through Debian's PgBouncer 1.18 in transaction mode, under wrk load.
#
#   scripts/recipes/connection-budget.sh DIR   (DATABASE_URL names a PostgreSQL server on 127.0.0.1; a
#                                               scratch database is created on it and dropped afterwards)
#
# 3 processes × DB_POOL_SIZE 5 = 15 connections wanted; PgBouncer may hold 6 (max_db_connections). The
# processes connect to PgBouncer with the generated service's own settings: node-pg's unnamed prepared
# statements (the no-prepared-statements path PgBouncer 1.18 needs) and its `options=-c TimeZone=UTC`
# startup parameter, which PgBouncer does not forward (ignore_startup_parameters) and sets per server
# connection instead (connect_query). wrk loads /ready (a query per request) on every process for 5 s
# while pg_stat_activity is sampled every 50 ms. Passing: no non-2xx response, no socket error, and never
# more than 6 client backends on the database. Prints `requests=N max_connections=M budget=6`.
set -euo pipefail

if [[ $# -ne 1 ]]; then echo "usage: $0 DIR" >&2; exit 64; fi
dir=$(cd "$1" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
[[ -n "${DATABASE_URL:-}" ]] || { echo "connection-budget: DATABASE_URL is not set" >&2; exit 64; }
fail() { echo "connection-budget: FAILED: $*" >&2; exit 1; }
"$root/scripts/install-dependencies.sh" pgbouncer wrk >/dev/null || fail "installing pgbouncer and wrk"
cache="${GROUNDWORK_NODE_CACHE:-$HOME/.cache/groundwork/node-debian}"
[[ -f "$cache/.complete" ]] || fail "$cache is not ready: run scripts/stacks/node-express.sh once first"
export NODE_PATH="$cache/usr/share/nodejs:/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"

processes=3 pool=5 budget=6
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
url_part() { python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print({"host": p.hostname, "port": p.port or 5432, "user": p.username or "postgres"}[sys.argv[2]])' "$DATABASE_URL" "$1"; }
with_database() { python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(netloc=sys.argv[3] or p.netloc, path="/" + sys.argv[2])))' "$DATABASE_URL" "$@"; }

database="recipes_budget_$$"
work=$(mktemp -d)
chmod 755 "$work"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    [[ -f "$work/pgbouncer.pid" ]] && kill -TERM "$(cat "$work/pgbouncer.pid")" 2>/dev/null || true
    sleep 0.5
    psql "$DATABASE_URL" -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
psql "$DATABASE_URL" -qc "CREATE DATABASE $database" >/dev/null || fail "CREATE DATABASE $database"
direct=$(with_database "$database" "")
(cd "$dir" && DATABASE_URL="$direct" node src/api/migrate.js >/dev/null) || fail "migrations"

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

ports=()
for _ in $(seq 1 "$processes"); do
    port=$(free_port)
    (cd "$dir" && PORT="$port" DATABASE_URL="$through_bouncer" DB_POOL_SIZE="$pool" AUTO_MIGRATE=false LOG_LEVEL=warn \
        JWT_SECRET="development-secret-at-least-32-bytes!" exec "$here/with-default-signals" node src/index.js) >"$work/service-$port.log" 2>&1 &
    pids+=($!)
    ports+=("$port")
done
for port in "${ports[@]}"; do
    for _ in $(seq 1 150); do curl -fsS "http://127.0.0.1:$port/ready" >/dev/null 2>&1 && break; sleep 0.2; done
    curl -fsS "http://127.0.0.1:$port/ready" >/dev/null || { cat "$work"/service-*.log >&2; fail "the service on $port is not ready"; }
done

loads=()
for port in "${ports[@]}"; do
    wrk -t 1 -c 20 -d 5s "http://127.0.0.1:$port/ready" >"$work/wrk-$port.txt" 2>&1 &
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

requests=0
for port in "${ports[@]}"; do
    report="$work/wrk-$port.txt"
    grep -q "requests in" "$report" || fail "wrk on $port: $(cat "$report")"
    requests=$((requests + $(awk '/requests in/ { print $1 }' "$report")))
    ! grep -q "Socket errors" "$report" || fail "socket errors on $port: $(cat "$report")"
    ! grep -q "Non-2xx" "$report" || { tail -5 "$work/service-$port.log" >&2; fail "failed responses on $port: $(cat "$report")"; }
done
echo "requests=$requests max_connections=$peak budget=$budget"
[[ "$peak" -le "$budget" ]] || fail "$peak connections exceeded the budget of $budget"
[[ "$peak" -gt 0 && "$requests" -gt 100 ]] || fail "too little load to show anything"
