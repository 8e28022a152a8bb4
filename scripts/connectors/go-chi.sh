#!/usr/bin/env bash
# Proves the connector bricks of a go-chi service against real local servers:
#
#   scripts/connectors/go-chi.sh DIR     (a service generated with --stack go-chi --model …
#                                         to which the connector bricks were applied)
#
#  1. starts Redis, SMTP (aiosmtpd, STARTTLS and TLS), S3 (moto) and a Stripe-shaped server (local-servers.sh), and
#     PostgreSQL unless DATABASE_URL is set;
#  2. runs the stack's proof up to its tests, scripts/stacks/go-chi.sh with GROUNDWORK_PROOF_STEPS=tests
#     (Debian's Go modules, redigo among them, through a go.mod copy; gofmt and go vet; `go test -v ./...` with
#     TEST_* naming those servers; the throwaway SMTP certificate trusted through SSL_CERT_FILE);
#  3. fails when any connector test was skipped: here every server is up, so a skip would hide a missing check.
set -euo pipefail

if [[ $# -ne 1 || ! -d "$1/internal/connectors" ]]; then
    echo "usage: $0 DIR   (a go-chi service with connector bricks applied)" >&2
    exit 64
fi
dir=$(cd "$1" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
scripts=$(cd "$here/.." && pwd)
fail() { echo "connectors (go-chi): FAILED: $*" >&2; exit 1; }

# shellcheck source=local-servers.sh
source "$here/local-servers.sh"
work=$(mktemp -d "${TMPDIR:-/tmp}/groundwork-connectors-go.XXXXXX")
start_connector_environment "$work" || fail "the local servers or PostgreSQL did not start"

GROUNDWORK_PROOF_STEPS=tests GROUNDWORK_GO_TEST_VERBOSE=1 "$scripts/stacks/go-chi.sh" "$dir" 2>&1 \
    | tee "$work/proof.log" >&2 || fail "scripts/stacks/go-chi.sh"
# go test -v prints `--- SKIP: TestName` and then the reason; the connectors' integration tests skip only with
# "<VARIABLE> is not set".
if awk '/--- SKIP:/ { skipped = $0; next } skipped && /is not set/ { print skipped; print; found = 1 } { skipped = "" } END { exit !found }' \
    "$work/proof.log" >&2; then
    fail "tests were skipped although every local server is up"
fi
grep -q -- "--- PASS: " "$work/proof.log" \
    || fail "the connectors' tests did not run (no verbose go test output in the log)"
echo "connectors (go-chi): passed" >&2
