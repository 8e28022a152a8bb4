# Sourced by the recipe scripts that start a redis-server of their own on loopback (rate-limit.sh,
# read-cache.sh): how the services under test reach it.
#
#   redis_endpoint [--tls]
#
# Sets redis_url (redis://127.0.0.1:$redis_port/0; with --tls, rediss:// on a free TLS port, with a throwaway
# certificate for 127.0.0.1 made in $work), tls_options (redis-server's flags for that port; the plain port
# stays open for the script's own redis-cli) and trust (the environment that makes Python, Go, Swift and Node
# trust the certificate: SSL_CERT_FILE, NODE_EXTRA_CA_CERTS). Needs work, redis_port, root, free_port and fail.

redis_endpoint() {
    tls_options=()
    redis_url="redis://127.0.0.1:$redis_port/0"
    trust=()
    [[ "${1:-}" == --tls ]] || return 0
    command -v openssl >/dev/null || "$root/scripts/install-dependencies.sh" openssl >/dev/null || fail "installing openssl"
    openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
        -keyout "$work/redis-key.pem" -out "$work/redis-cert.pem" 2>/dev/null || fail "making a certificate"
    local tls_port
    tls_port=$(free_port)
    tls_options=(--tls-port "$tls_port" --tls-cert-file "$work/redis-cert.pem" --tls-key-file "$work/redis-key.pem" --tls-auth-clients no)
    redis_url="rediss://127.0.0.1:$tls_port/0"
    trust=(SSL_CERT_FILE="$work/redis-cert.pem" NODE_EXTRA_CA_CERTS="$work/redis-cert.pem")
}
