#!/usr/bin/env bash
# Makes (once) the Python virtual environment of the tools the tests run on generated code, pinned,
# from PyPI, and prints its path:
#
#   export GROUNDWORK_TOOLS_VENV="$(scripts/python-tools.sh)"
#
# schemathesis and openapi-spec-validator check generated services (scripts/service-check.sh);
# httpx, pytest and ruff run and lint generated Python clients.
set -euo pipefail

venv="${GROUNDWORK_TOOLS_VENV:-$HOME/.cache/groundwork/tools-venv}"
pins=(schemathesis==4.32.5 openapi-spec-validator==0.9.0 PyJWT==2.15.1 httpx==0.28.1 pytest==9.0.3 ruff==0.14.8)
stamp="$venv/.groundwork-pins"
if [[ ! -x "$venv/bin/python" || "$(cat "$stamp" 2>/dev/null)" != "${pins[*]}" ]]; then
    python3 -m venv "$venv" >&2
    "$venv/bin/pip" install --quiet --disable-pip-version-check "${pins[@]}" >&2
    echo "${pins[*]}" > "$stamp"
fi
echo "$venv"
