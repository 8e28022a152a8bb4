#!/usr/bin/env bash
# The local servers the connectors' integration tests talk to, for every stack. Source it, then call
#
#   start_connector_servers WORKDIR
#
# which starts, on free loopback ports and with their state under WORKDIR:
#   - redis-server (Debian's), also on a TLS port              → TEST_REDIS_URL, TEST_REDISS_URL (the certificate
#                                                              below; the Swift connectors' rediss:// test)
#   - aiosmtpd (PyPI): STARTTLS and implicit-TLS SMTP        → TEST_SMTP_HOST, TEST_SMTP_PORT, TEST_SMTPS_PORT,
#     with a throwaway certificate and AUTH                    TEST_SMTP_MAILDIR; the certificate is trusted through
#                                                              SSL_CERT_FILE (Python, Go) and NODE_EXTRA_CA_CERTS (Node)
#   - moto's server mode (PyPI: moto[server]) for S3         → TEST_S3_ENDPOINT_URL
#   - stripe_server.py, shaped like Stripe's API             → TEST_STRIPE_API_BASE
# and registers `finish_connectors` to run on exit: it stops them and removes WORKDIR when the run passed (a failed
# run keeps it, for its logs, and says where); `start_connector_environment WORKDIR` does the same and
# also starts a throwaway PostgreSQL (scripts/postgres-for-tests.sh) unless DATABASE_URL is set. aiosmtpd and moto live in a virtual environment shared
# between runs ($GROUNDWORK_CONNECTOR_TOOLS, default ~/.cache/groundwork/connector-tools; pip's cache is
# $GROUNDWORK_PIP_CACHE as for the stacks). A server that does not answer within 30 s fails the run, naming it.

connector_scripts=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
connector_pids=()
# The system's interpreter: a version manager's shim on PATH (pyenv) can block on its own locks while other
# jobs install packages; the servers and helpers need nothing but the standard library.
connector_python=$(command -v /usr/bin/python3 || command -v python3)

free_port() {
    "$connector_python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

wait_for_port() {
    local name=$1 port=$2 pid=$3 log=$4
    for _ in $(seq 1 60); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            cat "$log" >&2
            echo "connectors: $name stopped before listening" >&2
            return 1
        fi
        sleep 0.5
    done
    cat "$log" >&2
    echo "connectors: $name did not listen on $port within 30 s" >&2
    return 1
}

# SIGTERM, up to 5 s, then SIGKILL: a server that ignores SIGTERM (the SMTP server's event loop may) must not
# keep the run waiting forever after its tests passed.
stop_connector_servers() {
    local pid
    for pid in "${connector_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for _ in $(seq 1 50); do
        local alive=0
        for pid in "${connector_pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
        [[ $alive == 0 ]] && break
        sleep 0.1
    done
    for pid in "${connector_pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    for pid in "${connector_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    connector_pids=()
}

# The exit trap: stops the servers and the throwaway PostgreSQL (when one was started), then removes the work
# folder if the run passed; a failed run keeps it and names it.
finish_connectors() {
    local status=$?
    stop_connector_servers
    if [[ -n "${connector_postgres:-}" ]]; then
        GROUNDWORK_TEST_POSTGRES_DIR=$connector_postgres "$connector_scripts/../postgres-for-tests.sh" stop >/dev/null 2>&1 || true
    fi
    if [[ -n "${connector_work:-}" ]]; then
        if [[ $status == 0 ]]; then rm -rf "$connector_work"; else echo "connectors: logs kept in $connector_work" >&2; fi
    fi
}

start_connector_servers() {
    local work=$1 tools port pid
    mkdir -p "$work"
    connector_work=$work
    command -v redis-server >/dev/null || "$connector_scripts/../install-dependencies.sh" redis-server
    command -v openssl >/dev/null || "$connector_scripts/../install-dependencies.sh" openssl

    tools="${GROUNDWORK_CONNECTOR_TOOLS:-$HOME/.cache/groundwork/connector-tools}"
    mkdir -p "$(dirname "$tools")"
    # Under a lock: two stacks proven at once (ConnectorTests) must not build the environment together.
    (
        flock 9
        if [[ ! -x "$tools/bin/moto_server" || ! -x "$tools/bin/python" ]] || ! "$tools/bin/python" -c 'import aiosmtpd' 2>/dev/null; then
            echo "connectors: installing aiosmtpd and moto[server] into $tools" >&2
            "$connector_python" -m venv "$tools" >&2
            PIP_CACHE_DIR="${GROUNDWORK_PIP_CACHE:-$HOME/.cache/groundwork/pip}" PIP_DISABLE_PIP_VERSION_CHECK=1 \
                "$tools/bin/pip" install --quiet "aiosmtpd==1.4.6" "moto[server]==5.2.6" >&2
        fi
    ) 9>"$tools.lock" || return 1

    openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 \
        -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
        -keyout "$work/smtp-key.pem" -out "$work/smtp-cert.pem" 2>/dev/null
    trap finish_connectors EXIT

    port=$(free_port)
    local tls_port
    tls_port=$(free_port)
    redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no --dir "$work" \
        --tls-port "$tls_port" --tls-cert-file "$work/smtp-cert.pem" --tls-key-file "$work/smtp-key.pem" \
        --tls-auth-clients no >"$work/redis.log" 2>&1 &
    pid=$!; connector_pids+=("$pid")
    wait_for_port redis "$port" "$pid" "$work/redis.log" || return 1
    export TEST_REDIS_URL="redis://127.0.0.1:$port/0" TEST_REDISS_URL="rediss://127.0.0.1:$tls_port/0"

    local smtp_port smtps_port
    smtp_port=$(free_port); smtps_port=$(free_port)
    "$tools/bin/python" -W ignore "$connector_scripts/smtp_server.py" --cert "$work/smtp-cert.pem" --key "$work/smtp-key.pem" \
        --maildir "$work/mail" --starttls-port "$smtp_port" --tls-port "$smtps_port" >"$work/smtp.log" 2>&1 &
    pid=$!; connector_pids+=("$pid")
    wait_for_port smtp "$smtps_port" "$pid" "$work/smtp.log" || return 1
    export TEST_SMTP_HOST=127.0.0.1 TEST_SMTP_PORT="$smtp_port" TEST_SMTPS_PORT="$smtps_port" TEST_SMTP_MAILDIR="$work/mail"
    # The throwaway certificate is the only one these test processes trust.
    export SSL_CERT_FILE="$work/smtp-cert.pem" NODE_EXTRA_CA_CERTS="$work/smtp-cert.pem"

    port=$(free_port)
    "$tools/bin/moto_server" -H 127.0.0.1 -p "$port" >"$work/moto.log" 2>&1 &
    pid=$!; connector_pids+=("$pid")
    wait_for_port moto "$port" "$pid" "$work/moto.log" || return 1
    export TEST_S3_ENDPOINT_URL="http://127.0.0.1:$port"

    port=$(free_port)
    "$connector_python" "$connector_scripts/stripe_server.py" "$port" >"$work/stripe.log" 2>&1 &
    pid=$!; connector_pids+=("$pid")
    wait_for_port stripe "$port" "$pid" "$work/stripe.log" || return 1
    export TEST_STRIPE_API_BASE="http://127.0.0.1:$port"
    echo "connectors: redis, smtp, s3 (moto) and stripe-shaped servers are up (logs in $work)" >&2
}

# start_connector_servers, then, unless DATABASE_URL is set, a throwaway PostgreSQL exported as DATABASE_URL and
# stopped on exit with the servers.
start_connector_environment() {
    local work=$1
    start_connector_servers "$work" || return 1
    if [[ -z "${DATABASE_URL:-}" ]]; then
        # Outside $work: the cluster runs as the postgres user, who cannot enter a private mktemp folder.
        export GROUNDWORK_TEST_POSTGRES_DIR="${TMPDIR:-/tmp}/groundwork-connectors-pg-$$"
        connector_postgres=$GROUNDWORK_TEST_POSTGRES_DIR
        eval "$("$connector_scripts/../postgres-for-tests.sh" start)" || return 1
        export DATABASE_URL="$GROUNDWORK_TEST_POSTGRES_URL"
    fi
}
