#!/usr/bin/env bash
# Tier 3 of the cache recipe (docs/recipes.md, "cache"): two processes of a generated service with the recipe
# applied, one PostgreSQL database and one redis-server on loopback, prove that the cache serves what the
# database would answer this caller, and that a write through one process is seen at once through the other.
#
#   scripts/recipes/read-cache.sh [--tls] [--own-tests] DIR
#                       (DATABASE_URL names a PostgreSQL server; a scratch database is created on it and dropped
#                        afterwards; redis-server must be installed)
#
# --tls: the services reach Redis over TLS (rediss://, a throwaway certificate for 127.0.0.1 trusted through
# SSL_CERT_FILE and NODE_EXTRA_CA_CERTS); the script itself still looks at Redis on its plain port.
# --own-tests: the service's own lint and tests instead (scripts/stacks/<stack>.sh up to its tests; `make lint test`
# for python-fastapi), with REDIS_URL naming the script's redis-server, so they run with the cache on. Prints
# `stack=S own-tests=ok cached-keys=N`.
#
# The stack is read from DIR as scripts/recipes/sigterm-under-load.sh reads it, and the service's own process is
# started twice (A, then B once A has migrated the database) with REDIS_URL naming a redis-server of this script's
# own and CACHE_TTL_SECONDS=60. Callers are HS256 tokens signed with the development JWT_SECRET. In order:
#  1. a product of tenant acme, read through A by a manager of acme: a miss, and an entry cache:products:<id>:… in
#     Redis; its title is then changed in PostgreSQL behind the service's back, and the read through B answers the
#     old title (B reads A's entry), also for another manager of acme (the product's rule depends on the tenant only);
#  2. a manager of globex reads the same id through B and gets 404 (another tenant, after acme's read was cached);
#  3. a PATCH through B, then a read through A answers the new title (the write's INCR reached A's key);
#  4. an order of customer c1 (owner rule) with a tag: read through A by c1; customer c2 of the same tenant gets 404
#     through B; an admin deletes the tag through B, and c1's next read through A lists no tag (the tags
#     table's generation is part of the order's key);
#  5. c1's customer row read by an admin through A shows `balance`; c1 reading it through B does not (field
#     visibility per role: roles are part of the key);
#  6. redis-server is stopped: reads through A still answer 200 from the database (fail open), and A's log says
#     so exactly once however many requests follow.
# Prints `stack=S cache=ok keys=N`, then `redis=rediss` (or `redis`): how the services reached Redis.
set -euo pipefail

own_tests=""
tls=""
while [[ "${1:-}" == --* ]]; do
    case "$1" in
        --own-tests) own_tests=1 ;;
        --tls) tls=1 ;;
        *) echo "usage: $0 [--tls] [--own-tests] DIR" >&2; exit 64 ;;
    esac
    shift
done
if [[ $# -ne 1 || ! -d "$1" ]]; then echo "usage: $0 [--tls] [--own-tests] DIR" >&2; exit 64; fi
dir=$(cd "$1" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
[[ -n "${DATABASE_URL:-}" ]] || { echo "read-cache: DATABASE_URL is not set" >&2; exit 64; }
command -v redis-server >/dev/null || "$root/scripts/install-dependencies.sh" redis-server >/dev/null 2>&1 || { echo "read-cache: redis-server is not installed" >&2; exit 1; }
fail() { echo "read-cache: FAILED: $*" >&2; exit 1; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

if [[ -f "$dir/package.json" ]]; then
    # node-redis, as the queue connector uses it (Debian's package: the npm registry is not reachable here).
    [[ -d /usr/share/nodejs/redis ]] || "$root/scripts/install-dependencies.sh" node-redis >/dev/null 2>&1 || fail "installing node-redis"
fi
port_a=$(free_port)
port_b=$(free_port)
redis_port=$(free_port)
# shellcheck source=scripts/recipes/service-process.sh
source "$here/service-process.sh"
service_process "$dir" "$port_a"
command_a=("${command[@]}")
service_process "$dir" "$port_b"
command_b=("${command[@]}")

scratch_database "recipes_cache_$$"
work=$(mktemp -d)
pids=()
redis_pid=""
cleanup() {
    for pid in "${pids[@]}" "$redis_pid"; do
        if [[ -n "$pid" ]]; then { kill -KILL "$pid" && wait "$pid"; } 2>/dev/null || true; fi
    done
    psql "$DATABASE_URL" -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=scripts/recipes/loopback-redis.sh
source "$here/loopback-redis.sh"
if [[ -n "$tls" ]]; then redis_endpoint --tls; else redis_endpoint; fi
# The plain port stays open for the script's own look at the keys.
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --dir "$work" "${tls_options[@]}" >"$work/redis.log" 2>&1 &
redis_pid=$!
for _ in $(seq 1 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
redis-cli -p "$redis_port" ping >/dev/null || fail "redis-server did not start"

if [[ -n "$own_tests" ]]; then
    export DATABASE_URL="$service_url" REDIS_URL="$redis_url"
    if [[ -n "$tls" ]]; then export "${trust[@]}"; fi
    if [[ "$stack" == python-fastapi ]]; then
        # scripts/stacks/python-fastapi.sh has no tests-only mode; service_process ran `make install` already.
        (cd "$dir" && make --no-print-directory lint test) || fail "the service's own lint and tests with the cache on (make lint test)"
    else
        GROUNDWORK_PROOF_STEPS=tests "$root/scripts/stacks/$stack.sh" "$dir" \
            || fail "the service's own lint and tests with the cache on (scripts/stacks/$stack.sh)"
    fi
    echo "stack=$stack own-tests=ok cached-keys=$(redis-cli -p "$redis_port" --scan --pattern 'cache:*' | wc -l) redis=${redis_url%%:*}"
    exit 0
fi

secret="development-secret-at-least-32-bytes!"
start() { # NAME PORT COMMAND…
    local name=$1 port=$2
    shift 2
    (cd "$dir" && exec env PORT="$port" DATABASE_URL="$service_url" JWT_SECRET="$secret" LOG_LEVEL=info \
        REDIS_URL="$redis_url" "${trust[@]}" CACHE_TTL_SECONDS=60 RATE_LIMIT_PER_MINUTE=100000 RATE_LIMIT_BURST=10000 \
        "$@") >"$work/$name.log" 2>&1 &
    pids+=($!)
    local pid=$!
    for _ in $(seq 1 300); do
        curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && return 0
        kill -0 "$pid" 2>/dev/null || { cat "$work/$name.log" >&2; fail "process $name exited before answering /health"; }
        sleep 0.2
    done
    cat "$work/$name.log" >&2
    fail "process $name did not answer /health"
}
start a "$port_a" "${command_a[@]}"
start b "$port_b" "${command_b[@]}"

python3 - "$port_a" "$port_b" "$secret" "$service_url" "$redis_port" "$stack" "$work" "$redis_pid" <<'PY' || { tail -n 20 "$work/a.log" "$work/b.log" >&2; exit 1; }
import base64, hashlib, hmac, json, os, signal, subprocess, sys, time, urllib.error, urllib.request, uuid

port_a, port_b, secret, database, redis_port, stack, work, redis_pid = sys.argv[1:9]
A, B = f"http://127.0.0.1:{port_a}", f"http://127.0.0.1:{port_b}"

def fail(message):
    sys.exit(f"read-cache: FAILED: {message}")

def encode(part):
    return base64.urlsafe_b64encode(json.dumps(part, separators=(",", ":")).encode()).rstrip(b"=").decode()

def token(sub, roles, tenant):
    claims = {"sub": sub, "roles": roles, "tenant": tenant, "exp": int(time.time()) + 600}
    unsigned = encode({"alg": "HS256", "typ": "JWT"}) + "." + encode(claims)
    signature = base64.urlsafe_b64encode(hmac.new(secret.encode(), unsigned.encode(), hashlib.sha256).digest()).rstrip(b"=").decode()
    return unsigned + "." + signature

admin = token("admin-1", ["admin"], "acme")
manager = token("manager-1", ["manager"], "acme")
other_manager = token("manager-2", ["manager"], "acme")
globex = token("manager-9", ["manager"], "globex")
c1 = token("customer-1", ["customer"], "acme")
c2 = token("customer-2", ["customer"], "acme")

def call(base, method, path, caller, body=None):
    data = None if body is None else json.dumps(body).encode()
    headers = {"Authorization": "Bearer " + caller}
    if data is not None:
        headers["Content-Type"] = "application/json"
    request = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            text = response.read().decode()
            return response.status, json.loads(text) if text else None
    except urllib.error.HTTPError as error:
        text = error.read().decode()
        return error.code, text

def expect(status, wanted, what, body):
    if status != wanted:
        fail(f"{what}: answered {status}, expected {wanted}: {str(body)[:300]}")

def psql(sql):
    subprocess.run(["psql", database, "-qtAc", sql], check=True, stdout=subprocess.DEVNULL)

def redis(*args):
    return subprocess.run(["redis-cli", "-p", redis_port, *args], check=True, capture_output=True, text=True).stdout.split()

# 1. A miss through A stores an entry; B then serves it although the row changed behind the service's back.
status, product = call(A, "POST", "/products", manager, {"sku": "CACHE-1", "title": "first title", "price": "9.50"})
expect(status, 201, "POST /products", product)
pid = product["id"]
status, body = call(A, "GET", f"/products/{pid}", manager)
expect(status, 200, "GET through A", body)
entries = [key for key in redis("--scan", "--pattern", f"cache:products:{pid}:*") if not key.endswith(":version")]
if len(entries) != 1:
    fail(f"after the read through A, Redis holds {entries} for the product, expected one entry cache:products:{pid}:…")
psql(f"UPDATE products SET title = 'changed behind the service' WHERE id = '{pid}'")
for caller, who in [(manager, "the same manager"), (other_manager, "another manager of acme")]:
    status, body = call(B, "GET", f"/products/{pid}", caller)
    expect(status, 200, "GET through B", body)
    if body["title"] != "first title":
        fail(f"B answered {body['title']!r} to {who}: it did not read the entry A stored")

# 2. Another tenant reading the cached id gets 404.
status, body = call(B, "GET", f"/products/{pid}", globex)
expect(status, 404, "GET of acme's product by a manager of globex, after acme's read was cached", body)

# 3. A write through B is seen through A at once.
status, body = call(B, "PATCH", f"/products/{pid}", manager, {"title": "second title"})
expect(status, 200, "PATCH through B", body)
status, body = call(A, "GET", f"/products/{pid}", manager)
expect(status, 200, "GET through A after the write through B", body)
if body["title"] != "second title":
    fail(f"A answered {body['title']!r} after B wrote 'second title': the write did not invalidate A's entry")

# 4. Owner rule, and a many-to-many list whose target row is deleted.
customer_id = str(uuid.uuid4())
psql(f"INSERT INTO customers (id, email, name, owner, tenant) VALUES ('{customer_id}', 'c1@example.com', 'C One', 'customer-1', 'acme')")
status, tag = call(A, "POST", "/tags", manager, {"label": "fragile"})
expect(status, 201, "POST /tags", tag)
status, order = call(A, "POST", "/orders", c1, {"customer_id": customer_id, "tags": [tag["id"]]})
expect(status, 201, "POST /orders by customer-1", order)
oid = order["id"]
status, body = call(A, "GET", f"/orders/{oid}", c1)
expect(status, 200, "GET of customer-1's order by customer-1", body)
if body["tags"] != [tag["id"]]:
    fail(f"the order lists tags {body['tags']}, expected [{tag['id']}]")
status, body = call(B, "GET", f"/orders/{oid}", c2)
expect(status, 404, "GET of customer-1's order by customer-2 of the same tenant, after customer-1's read was cached", body)
status, body = call(B, "DELETE", f"/tags/{tag['id']}", admin)
expect(status, 204, "DELETE /tags through B", body)
status, body = call(A, "GET", f"/orders/{oid}", c1)
expect(status, 200, "GET of the order through A after its tag was deleted through B", body)
if body["tags"] != []:
    fail(f"the order still lists {body['tags']} after its tag was deleted: the tags' generation did not reach its key")

# 5. Field visibility per role: the balance an admin's read cached is not served to the customer.
status, body = call(A, "GET", f"/customers/{customer_id}", admin)
expect(status, 200, "GET of the customer by an admin", body)
if "balance" not in body:
    fail(f"an admin does not see balance: {body}")
status, body = call(B, "GET", f"/customers/{customer_id}", c1)
expect(status, 200, "GET of the customer by customer-1 (its owner)", body)
if "balance" in body:
    fail(f"customer-1 was served the balance only admins and managers may read: {body}")
keys = len(redis("--scan", "--pattern", "cache:*"))

# 6. Redis stops: reads go to the database, and the log says so once.
os.kill(int(redis_pid), signal.SIGTERM)
time.sleep(0.5)
psql(f"UPDATE products SET title = 'read from the database' WHERE id = '{pid}'")
for _ in range(5):
    status, body = call(A, "GET", f"/products/{pid}", manager)
    expect(status, 200, "GET through A with Redis stopped", body)
if body["title"] != "read from the database":
    fail(f"with Redis stopped, A answered {body['title']!r}, not the database's value")
time.sleep(1)
with open(os.path.join(work, "a.log")) as log:
    lines = [line for line in log if "unreachable" in line.lower()]
if len(lines) != 1:
    fail(f"A logged {len(lines)} lines about Redis being unreachable, expected exactly one: {lines[:3]}")
print(f"stack={stack} cache=ok keys={keys}")
PY
echo "redis=${redis_url%%:*}"
