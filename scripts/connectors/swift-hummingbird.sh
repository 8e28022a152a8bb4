#!/usr/bin/env bash
# Proves the connector bricks of a swift-hummingbird service against real local servers:
#
#   scripts/connectors/swift-hummingbird.sh DIR   (a service generated with --stack swift-hummingbird --model …
#                                                  to which the connector bricks were applied)
#
#  1. starts Redis, SMTP (aiosmtpd), S3 (moto) and a Stripe-shaped server (local-servers.sh), and PostgreSQL
#     unless DATABASE_URL is set;
#  2. runs the stack's proof up to its tests, scripts/stacks/swift-hummingbird.sh with GROUNDWORK_PROOF_STEPS=tests
#     (the local Swift packages and the shared build folder; swift format lint; `swift test` with TEST_* naming
#     those servers);
#  3. fails when any connector test was skipped: here every server is up, so a skip would hide a missing check.
set -euo pipefail

if [[ $# -ne 1 || ! -d "$1/Sources/App/Connectors" ]]; then
    echo "usage: $0 DIR   (a swift-hummingbird service with connector bricks applied)" >&2
    exit 64
fi
dir=$(cd "$1" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
scripts=$(cd "$here/.." && pwd)
fail() { echo "connectors (swift-hummingbird): FAILED: $*" >&2; exit 1; }

# shellcheck source=local-servers.sh
source "$here/local-servers.sh"
work=$(mktemp -d "${TMPDIR:-/tmp}/groundwork-connectors-swift.XXXXXX")
start_connector_environment "$work" || fail "the local servers or PostgreSQL did not start"

GROUNDWORK_PROOF_STEPS=tests "$scripts/stacks/swift-hummingbird.sh" "$dir" 2>&1 \
    | tee "$work/proof.log" >&2 || fail "scripts/stacks/swift-hummingbird.sh"
# Swift Testing prints `➜ Test name() skipped: "<reason>"`; the connectors' integration tests skip only with
# "<VARIABLE> is not set".
if grep -E 'skipped: ".*is not set' "$work/proof.log" >&2; then
    fail "tests were skipped although every local server is up"
fi
grep -qE 'Test run with [0-9]+ tests? .*passed' "$work/proof.log" \
    || fail "the connectors' tests did not run (no Swift Testing summary in the log)"
echo "connectors (swift-hummingbird): passed" >&2
