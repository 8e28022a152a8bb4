#!/usr/bin/env bash
# Proves the connector bricks of a node-express service against real local servers:
#
#   scripts/connectors/node-express.sh DIR     (a service generated with --stack node-express --model …
#                                               to which the connector bricks were applied)
#
#  1. installs Debian's node-redis, node-nodemailer and node-aws4 when missing (the npm registry is not reachable
#     here; package.json names them as usual);
#  2. starts Redis, SMTP (aiosmtpd, STARTTLS and TLS), S3 (moto) and a Stripe-shaped server (local-servers.sh), and
#     PostgreSQL unless DATABASE_URL is set;
#  3. runs the stack's proof up to its tests, scripts/stacks/node-express.sh with GROUNDWORK_PROOF_STEPS=tests
#     (dependencies through NODE_PATH, lint, `npm test` with TEST_* naming those servers);
#  4. fails when any connector test was skipped: here every server is up, so a skip would hide a missing check.
set -euo pipefail

if [[ $# -ne 1 || ! -d "$1/src/connectors" ]]; then
    echo "usage: $0 DIR   (a node-express service with connector bricks applied)" >&2
    exit 64
fi
dir=$(cd "$1" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
scripts=$(cd "$here/.." && pwd)
fail() { echo "connectors (node-express): FAILED: $*" >&2; exit 1; }

"$scripts/install-dependencies.sh" node-redis node-nodemailer node-aws4 >/dev/null 2>&1 \
    || "$scripts/install-dependencies.sh" node-redis node-nodemailer node-aws4 \
    || fail "installing node-redis node-nodemailer node-aws4"

# shellcheck source=local-servers.sh
source "$here/local-servers.sh"
work=$(mktemp -d "${TMPDIR:-/tmp}/groundwork-connectors-node.XXXXXX")
start_connector_environment "$work" || fail "the local servers or PostgreSQL did not start"

GROUNDWORK_PROOF_STEPS=tests "$scripts/stacks/node-express.sh" "$dir" 2>&1 | tee "$work/proof.log" >&2 || fail "scripts/stacks/node-express.sh"
# node:test marks a skipped test `# SKIP reason`; the connectors' integration tests skip only with
# "<VARIABLE> is not set" (the entity suites skip checks a model does not need, for other reasons).
if grep -E "# SKIP .*is not set" "$work/proof.log" >&2; then
    fail "tests were skipped although every local server is up"
fi
echo "connectors (node-express): passed" >&2
