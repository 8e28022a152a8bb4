#!/usr/bin/env bash
# Tier 3 of the red-metrics recipe (docs/recipes.md, "Verification"): a generated service with the recipe
# applied is started, called on a few routes, and its /metrics is scraped and parsed.
#
#   scripts/recipes/red-metrics.sh [--expect-traces] DIR
#                       (DATABASE_URL names a PostgreSQL server; a scratch database is created on it and
#                        dropped afterwards)
#
# The stack is read from DIR as scripts/recipes/sigterm-under-load.sh reads it, and the service's own
# process is started the same way, on a free loopback port. It is called with an admin token (HS256,
# signed with the development JWT_SECRET): GET /health twice, GET /products, GET /products/{id} with two
# random ids (404 each), GET on a path no route has (404), and GET /metrics once before the final scrape.
# The scrape must answer in the Prometheus text format 0.0.4, and its counts must have grown since a scrape
# taken before the calls (readiness polls are counted too) by exactly:
#   http_requests_total{method="GET",route="/health",status="200"} 2, {…"/products"…"200"} 1,
#   {…"/products/{id}"…"404"} 2, {…"unmatched"…"404"} 1, http_request_duration_seconds_count for
#   /products/{id} 2 (its +Inf bucket too), no series for /metrics, and no label holding a raw id or path.
# --expect-traces: an OTLP/HTTP sink on loopback is the service's OTEL_EXPORTER_OTLP_ENDPOINT, and a span
# of the service (OTEL_SERVICE_NAME) named by the route template must reach it within 15 s. Exports in the
# OTLP JSON encoding (go-chi's) are also read field by field: the resource's service.name, hex trace and span
# ids, decimal-string times, a server span `GET /products/{id}`, no span of /health, /ready or /metrics.
# Prints one line `stack=S metrics=ok series=N traces=ok|not-checked`.
set -euo pipefail

expect_traces=""
if [[ "${1:-}" == "--expect-traces" ]]; then expect_traces=1; shift; fi
if [[ $# -ne 1 || ! -d "$1" ]]; then echo "usage: $0 [--expect-traces] DIR" >&2; exit 64; fi
dir=$(cd "$1" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
[[ -n "${DATABASE_URL:-}" ]] || { echo "red-metrics: DATABASE_URL is not set" >&2; exit 64; }
fail() { echo "red-metrics: FAILED: $*" >&2; exit 1; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

port=$(free_port)
# shellcheck source=scripts/recipes/service-process.sh
source "$here/service-process.sh"
service_process "$dir" "$port"

scratch_database "recipes_metrics_$$"
work=$(mktemp -d)
service_pid=""
sink_pid=""
cleanup() {
    if [[ -n "$service_pid" ]]; then { kill -KILL "$service_pid" && wait "$service_pid"; } 2>/dev/null || true; fi
    if [[ -n "$sink_pid" ]]; then { kill -KILL "$sink_pid" && wait "$sink_pid"; } 2>/dev/null || true; fi
    psql "$DATABASE_URL" -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

tracing=()
if [[ -n "$expect_traces" ]]; then
    # An OTLP/HTTP sink: every POST is kept in $work/spans as a line `<path> <content type> <length>` and its
    # body (protobuf, whose strings are plain bytes, or the OTLP JSON encoding).
    sink_port=$(free_port)
    python3 - "$sink_port" "$work/spans" <<'PY' &
import http.server, sys
class Sink(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("content-length", 0)))
        with open(sys.argv[2], "ab") as spans:
            spans.write(f"{self.path} {self.headers.get('content-type', '')} {len(body)}\n".encode() + body + b"\n")
        self.send_response(200)
        self.send_header("content-type", "application/x-protobuf")
        self.send_header("content-length", "0")
        self.end_headers()
    def log_message(self, *args):
        pass
http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Sink).serve_forever()
PY
    sink_pid=$!
    tracing=(OTEL_SERVICE_NAME=orders-red-metrics OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:$sink_port" OTEL_BSP_SCHEDULE_DELAY=200)
fi

secret="development-secret-at-least-32-bytes!"
(cd "$dir" && exec env PORT="$port" DATABASE_URL="$service_url" JWT_SECRET="$secret" LOG_LEVEL=warn \
    RATE_LIMIT_PER_MINUTE=100000 RATE_LIMIT_BURST=10000 "${tracing[@]}" "${command[@]}") >"$work/service.log" 2>&1 &
service_pid=$!
for _ in $(seq 1 300); do
    curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    kill -0 "$service_pid" 2>/dev/null || { cat "$work/service.log" >&2; fail "the service exited before answering /health"; }
    sleep 0.2
done
curl -fsS "http://127.0.0.1:$port/health" >/dev/null || { cat "$work/service.log" >&2; fail "/health did not answer"; }

python3 - "http://127.0.0.1:$port" "$secret" "$stack" "$work/spans" "$expect_traces" <<'PY' || { tail -n 30 "$work/service.log" >&2; exit 1; }
import base64, hashlib, hmac, json, re, sys, time, urllib.error, urllib.request, uuid

base, secret, stack, spans, expect_traces = sys.argv[1:6]

def fail(message):
    sys.exit(f"red-metrics: FAILED: {message}")

def encode(part):
    return base64.urlsafe_b64encode(json.dumps(part, separators=(",", ":")).encode()).rstrip(b"=").decode()

claims = {"sub": "metrics-check", "roles": ["admin"], "tenant": "acme", "exp": int(time.time()) + 600}
unsigned = encode({"alg": "HS256", "typ": "JWT"}) + "." + encode(claims)
signature = base64.urlsafe_b64encode(hmac.new(secret.encode(), unsigned.encode(), hashlib.sha256).digest()).rstrip(b"=").decode()
token = unsigned + "." + signature

def get(path, authorised=False):
    request = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + token} if authorised else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers.get("content-type", ""), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("content-type", ""), error.read().decode()

def scrape():
    status, content_type, text = get("/metrics")
    if status != 200:
        fail(f"GET /metrics answered {status}")
    if not content_type.startswith("text/plain") or "version=0.0.4" not in content_type:
        fail(f"/metrics content type is {content_type!r}, expected text/plain; version=0.0.4")
    return text

ids = [str(uuid.uuid4()), str(uuid.uuid4())]
missing = "/no-such-route-" + uuid.uuid4().hex[:8]
expected_status = {"/health": 200, "/products": 200, "/products/" + ids[0]: 404, "/products/" + ids[1]: 404, missing: 404}
before = scrape()
calls = ["/health", "/health", "/products", "/products/" + ids[0], "/products/" + ids[1], missing]
for path in calls:
    status, _, body = get(path, authorised=path != "/health")
    if status != expected_status[path]:
        fail(f"GET {path} answered {status}, expected {expected_status[path]}: {body[:300]}")
text = scrape()

# The text format: `name{label="value",…} number` per sample; # HELP and # TYPE lines.
sample = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? ([^ ]+)(?: [0-9]+)?$')
label = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"')
def parse(text):
    """(samples, types) of a scrape: [(name, labels, value)] and {name: type}."""
    samples, types = [], {}
    for line in text.splitlines():
        if line.startswith("# TYPE "):
            _, _, name, kind = line.split(" ", 3)
            types[name] = kind
            continue
        if not line or line.startswith("#"):
            continue
        match = sample.match(line)
        if not match:
            fail(f"not a sample of the text format: {line!r}")
        samples.append((match.group(1), dict(label.findall(match.group(2) or "")), float(match.group(3))))
    return samples, types

baseline, _ = parse(before)
samples, types = parse(text)

if types.get("http_requests_total") != "counter" and types.get("http_requests") != "counter":
    fail(f"http_requests_total is not declared a counter: {types}")
if types.get("http_request_duration_seconds") != "histogram":
    fail(f"http_request_duration_seconds is not declared a histogram: {types}")

def value(name, **wanted):
    """How much the samples of `name` with these labels grew between the two scrapes."""
    def total(of):
        return sum(v for n, labels, v in of if n == name and all(labels.get(k) == w for k, w in wanted.items()))
    return total(samples) - total(baseline)

checks = [
    (value("http_requests_total", method="GET", route="/health", status="200"), 2, "/health 200"),
    (value("http_requests_total", method="GET", route="/products", status="200"), 1, "/products 200"),
    (value("http_requests_total", method="GET", route="/products/{id}", status="404"), 2, "/products/{id} 404"),
    (value("http_requests_total", method="GET", route="unmatched", status="404"), 1, "unmatched 404"),
    (value("http_request_duration_seconds_count", method="GET", route="/products/{id}"), 2, "duration count of /products/{id}"),
    (value("http_request_duration_seconds_bucket", method="GET", route="/products/{id}", le="+Inf"), 2, "+Inf bucket of /products/{id}"),
]
for got, want, what in checks:
    if got != want:
        fail(f"{what}: {got}, expected {want}\n{text}")
routes = {labels.get("route") for name, labels, _ in samples if name.startswith("http_request")}
if "/metrics" in routes:
    fail("/metrics counts itself")
for name, labels, _ in samples:
    for key, raw in labels.items():
        if any(i in raw for i in ids) or missing in raw:
            fail(f"the raw path is a label: {name}{{{key}={raw!r}}}")
series = sum(1 for name, _, _ in samples if name.startswith("http_request"))

def check_json_exports(received):
    """Each export in the OTLP JSON encoding holds the service's resource and, somewhere, a server span of
    /products/{id} with hex ids and decimal-string times, as the OTLP specification writes them."""
    position, found = 0, False
    while position < len(received):
        header_end = received.index(b"\n", position)
        path, content_type, length = received[position:header_end].decode().rsplit(" ", 2)
        body = received[header_end + 1:header_end + 1 + int(length)]
        position = header_end + 1 + int(length) + 1
        if path != "/v1/traces":
            fail(f"an export went to {path}, expected /v1/traces")
        if not content_type.startswith("application/json"):
            continue
        for resource_spans in json.loads(body)["resourceSpans"]:
            attributes = {a["key"]: a["value"] for a in resource_spans["resource"]["attributes"]}
            if attributes.get("service.name") != {"stringValue": "orders-red-metrics"}:
                fail(f"the resource's service.name is {attributes.get('service.name')}, expected orders-red-metrics")
            for scope_spans in resource_spans["scopeSpans"]:
                for span in scope_spans["spans"]:
                    if not (re.fullmatch(r"[0-9a-f]{32}", span["traceId"]) and re.fullmatch(r"[0-9a-f]{16}", span["spanId"])):
                        fail(f"span ids are not hex: {span}")
                    if not (span["startTimeUnixNano"].isdigit() and span["endTimeUnixNano"].isdigit()):
                        fail(f"span times are not decimal strings: {span}")
                    if span["name"] in ("/health", "GET /health", "/ready", "GET /ready", "GET /metrics"):
                        fail(f"a probe was traced: {span['name']}")
                    found = found or (span["name"] == "GET /products/{id}" and span["kind"] == 2)
    if b"application/json" in received and not found:
        fail("no server span named GET /products/{id} in the OTLP JSON exports")

traces = "not-checked"
if expect_traces:
    deadline = time.time() + 15
    while time.time() < deadline:
        try:
            with open(spans, "rb") as file:
                received = file.read()
        except FileNotFoundError:
            received = b""
        if b"/v1/traces" in received and b"orders-red-metrics" in received and b"/products/{id}" in received:
            try:
                check_json_exports(received)
            except ValueError:
                # An export still being written: read again.
                time.sleep(0.5)
                continue
            traces = "ok"
            break
        time.sleep(0.5)
    else:
        fail("no span of orders-red-metrics named by /products/{id} reached the OTLP endpoint within 15 s")
print(f"stack={stack} metrics=ok series={series} traces={traces}")
PY
