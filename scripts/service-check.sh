#!/usr/bin/env bash
# Checks a running generated service against its committed contract, the same way for every stack:
#
#   scripts/service-check.sh URL DIR      e.g. scripts/service-check.sh http://127.0.0.1:18080 /tmp/shop
#
#  1. openapi-spec-validator accepts DIR/openapi.json (the committed contract);
#  2. GET URL/openapi.json serves that same document;
#  3. /health answers 200 without a token, a list without a token answers 401 problem+json;
#  4. schemathesis fuzzes every operation with an admin development token (all checks, see below)
#     and must find zero failures;
#  5. when SERVICE_CHECK_CLIENT_TEST names a pytest file: a Python client is generated from the
#     committed contract with `groundwork client generate` (the binary in $GROUNDWORK, default
#     .build/debug/groundwork) and that file runs against the service through it (SERVICE_URL and
#     JWT_SECRET in its environment, the client on PYTHONPATH). The end-to-end tests use it to prove one
#     client works unchanged against every stack.
#
# The service must run with JWT_SECRET set to the same value as this script's environment
# (default "development-secret-at-least-32-bytes!"), and with a rate limit high enough for a fuzzer
# (RATE_LIMIT_PER_MINUTE=100000 RATE_LIMIT_BURST=10000): the limiter itself is tested by the
# service's own tests.
#
# The tools come from PyPI, pinned, into the virtual environment of scripts/python-tools.sh.
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 URL DIR" >&2
    exit 64
fi
url="${1%/}"
dir="$2"
contract="$dir/openapi.json"
[[ -f "$contract" ]] || { echo "service-check: $contract not found" >&2; exit 64; }

venv="$("$(dirname "$0")/python-tools.sh")"

step() { echo "service-check: $*" >&2; }
fail() { echo "service-check: FAILED: $*" >&2; exit 1; }

step "openapi-spec-validator $contract"
"$venv/bin/openapi-spec-validator" "$contract" >&2 || fail "the committed contract is not a valid OpenAPI document"

step "GET $url/openapi.json serves the committed contract"
"$venv/bin/python" - "$url" "$contract" <<'PY' || fail "/openapi.json differs from the committed contract"
import json, sys, urllib.request
url, path = sys.argv[1], sys.argv[2]
with urllib.request.urlopen(url + "/openapi.json", timeout=10) as response:
    served = json.load(response)
with open(path, encoding="utf-8") as f:
    committed = json.load(f)
if served != committed:
    sys.exit("served and committed documents differ")
PY

export JWT_SECRET="${JWT_SECRET:-development-secret-at-least-32-bytes!}"
token=$("$venv/bin/python" - <<'PY'
import os, time, jwt
claims = {"sub": "service-check-admin", "roles": ["admin"], "tenant": "service-check", "iat": int(time.time()), "exp": int(time.time()) + 3600}
print(jwt.encode(claims, os.environ["JWT_SECRET"], algorithm="HS256"))
PY
)

step "health and authentication basics"
"$venv/bin/python" - "$url" "$contract" <<'PY' || fail "health or authentication basics"
import json, sys, urllib.request, urllib.error
url, path = sys.argv[1], sys.argv[2]
with urllib.request.urlopen(url + "/health", timeout=10) as response:
    assert response.status == 200, f"/health answered {response.status}"
paths = json.load(open(path, encoding="utf-8"))["paths"]
collection = next((p for p, item in paths.items() if "{" not in p and "get" in item and item["get"].get("security") != []), None)
if collection is None:
    sys.exit("no authenticated collection route in the contract")
try:
    urllib.request.urlopen(url + collection, timeout=10)
    sys.exit(f"GET {collection} without a token was not refused")
except urllib.error.HTTPError as error:
    if error.code != 401:
        sys.exit(f"GET {collection} without a token answered {error.code}, expected 401")
    if not error.headers.get("Content-Type", "").startswith("application/problem+json"):
        sys.exit(f"the 401 is not application/problem+json: {error.headers.get('Content-Type')}")
PY

# Every check but positive_data_acceptance: a body valid for the schema may still be refused by the
# database for reasons a schema cannot state (a foreign key to a row that does not exist, a duplicate
# of a unique value), and the contract answers those with 409, which the service's own tests cover.
step "schemathesis ${SERVICE_CHECK_MAX_EXAMPLES:-25} examples per operation"
report_dir=$(mktemp -d)
trap 'rm -rf "$report_dir"' EXIT
if ! "$venv/bin/schemathesis" run "$url/openapi.json" \
    --url "$url" \
    --header "Authorization: Bearer $token" \
    --checks all --exclude-checks positive_data_acceptance \
    --max-examples "${SERVICE_CHECK_MAX_EXAMPLES:-25}" \
    --seed "${SERVICE_CHECK_SEED:-1}" \
    --generation-database none \
    --suppress-health-check too_slow \
    --workers 1 \
    --request-timeout 10 \
    --no-color \
    --report junit --report-dir "$report_dir" >&2; then
    fail "schemathesis found failures (above)"
fi

if [[ -n "${SERVICE_CHECK_CLIENT_TEST:-}" ]]; then
    groundwork="${GROUNDWORK:-$(cd "$(dirname "$0")/.." && pwd)/.build/debug/groundwork}"
    [[ -x "$groundwork" ]] || fail "no groundwork binary at $groundwork (set GROUNDWORK) for the client round trip"
    step "a typed Python client from the contract: $(basename "$SERVICE_CHECK_CLIENT_TEST")"
    "$groundwork" client generate --contract "$contract" --lang python --output "$report_dir/client" >&2 \
        || fail "groundwork client generate"
    SERVICE_URL="$url" PYTHONPATH="$report_dir/client" "$venv/bin/python" -m pytest -q -p no:cacheprovider \
        "$SERVICE_CHECK_CLIENT_TEST" >&2 || fail "the client round trip (above)"
fi
step "passed"
