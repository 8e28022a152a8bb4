#!/usr/bin/env bash
# Starts (or stops) a throwaway PostgreSQL for the fleet store tests: a cluster in a scratch directory,
# listening only on 127.0.0.1 at a free port, trust authentication, one database.
#
#   eval "$(scripts/postgres-for-tests.sh start)"   # exports GROUNDWORK_TEST_POSTGRES_URL
#   scripts/postgres-for-tests.sh stop              # stops the server and removes the directory
#
# Installs Debian's `postgresql` package when no server binaries are found (needs root and apt).
# Never use this cluster for anything but tests: anyone on the machine may connect without a password.
set -euo pipefail

state_dir="${GROUNDWORK_TEST_POSTGRES_DIR:-${TMPDIR:-/tmp}/groundwork-postgres-tests}"
database="groundwork_test"

log() { echo "postgres-for-tests: $*" >&2; }

find_bin_dir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -n "$dir" && -x "$dir/initdb" ]]; then echo "$dir"; fi
}

ensure_installed() {
    if [[ -n "$(find_bin_dir)" ]]; then return; fi
    if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
        log "no PostgreSQL server found and cannot install it (needs root and apt-get); install 'postgresql'"
        exit 1
    fi
    log "installing postgresql with apt-get"
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql >&2 \
        || { apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql >&2; }
    # The package starts a system cluster on 5432; these tests use their own, so leave that one alone.
}

# Runs a command as the cluster's owner: `postgres` when we are root (initdb refuses root), else ourselves.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null && return
    local port
    for port in $(seq 55432 55532); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
    done
    log "no free port found"
    exit 1
}

url_for() { echo "postgres://postgres@127.0.0.1:$1/$database?sslmode=disable"; }

start() {
    ensure_installed
    local bin port
    bin=$(find_bin_dir)
    if [[ -f "$state_dir/port" ]] && as_owner "$bin/pg_ctl" -D "$state_dir/data" status >/dev/null 2>&1; then
        port=$(cat "$state_dir/port")
        log "already running on 127.0.0.1:$port"
        echo "export GROUNDWORK_TEST_POSTGRES_URL='$(url_for "$port")'"
        return
    fi
    rm -rf "$state_dir"
    mkdir -p "$state_dir"
    if [[ $(id -u) -eq 0 ]]; then chown postgres: "$state_dir"; fi
    chmod 700 "$state_dir"
    port=$(free_port)
    as_owner "$bin/initdb" -D "$state_dir/data" -A trust -U postgres -E UTF8 --no-sync >"$state_dir/initdb.log" 2>&1 \
        || { cat "$state_dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$state_dir/data" -l "$state_dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $state_dir -c fsync=off -c synchronous_commit=off -c max_connections=200" \
        start >&2 || { cat "$state_dir/server.log" >&2; exit 1; }
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$database"
    echo "$port" | as_owner tee "$state_dir/port" >/dev/null
    log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $state_dir)"
    echo "export GROUNDWORK_TEST_POSTGRES_URL='$(url_for "$port")'"
}

stop() {
    local bin
    bin=$(find_bin_dir)
    if [[ -d "$state_dir/data" && -n "$bin" ]]; then
        as_owner "$bin/pg_ctl" -D "$state_dir/data" -m fast -w stop >&2 || true
    fi
    rm -rf "$state_dir"
    log "stopped"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: $0 start|stop" >&2; exit 64 ;;
esac
