#!/usr/bin/env bash
# Proves the connector bricks of a python-fastapi service against real local servers:
#
#   scripts/connectors/python-fastapi.sh DIR     (a service generated with --stack python-fastapi --model …
#                                                 to which the connector bricks were applied)
#
#  1. starts Redis, SMTP (aiosmtpd, STARTTLS and TLS), S3 (moto) and a Stripe-shaped server (local-servers.sh),
#     and PostgreSQL unless DATABASE_URL is set (scripts/postgres-for-tests.sh);
#  2. `make install`, `make lint` (Ruff) and `make test` with TEST_* naming those servers, so the connectors'
#     integration tests run with the fakes' tests and the rest of the suite;
#  3. fails when any connector test was skipped: here every server is up, so a skip would hide a missing check.
set -euo pipefail

if [[ $# -ne 1 || ! -d "$1/app/connectors" ]]; then
    echo "usage: $0 DIR   (a python-fastapi service with connector bricks applied)" >&2
    exit 64
fi
dir=$(cd "$1" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
fail() { echo "connectors (python-fastapi): FAILED: $*" >&2; exit 1; }

# shellcheck source=local-servers.sh
source "$here/local-servers.sh"
work=$(mktemp -d "${TMPDIR:-/tmp}/groundwork-connectors-python.XXXXXX")
start_connector_environment "$work" || fail "the local servers or PostgreSQL did not start"

export PIP_CACHE_DIR="${GROUNDWORK_PIP_CACHE:-$HOME/.cache/groundwork/pip}" PIP_DISABLE_PIP_VERSION_CHECK=1
cd "$dir"
make install >&2 || fail "make install"
make lint >&2 || fail "make lint (ruff check, ruff format --check)"
# -rs lists every skip with its reason, so a skipped connector test shows below.
PYTEST_ADDOPTS="-rs" make test | tee "$work/pytest.log" >&2 || fail "make test"
if grep -E "^SKIPPED .*tests/connectors/" "$work/pytest.log" >&2; then
    fail "connector tests were skipped although every local server is up"
fi
echo "connectors (python-fastapi): passed" >&2
