#!/usr/bin/env bash
# Makes (once) a virtual environment with kubernetes-validate, pinned, from PyPI, and prints the path of
# its `kubernetes-validate` program. The package ships the Kubernetes API's JSON schemas per version,
# strict variants included (additionalProperties: false); the recipe tests validate rendered manifests
# against the Kubernetes 1.31 strict schemas with it (docs/recipes.md, "Verification").
#
#   export GROUNDWORK_KUBERNETES_VALIDATE="$(scripts/recipes/kubernetes-validate.sh)"
set -euo pipefail

venv="${GROUNDWORK_KUBERNETES_VALIDATE_VENV:-$HOME/.cache/groundwork/kubernetes-validate-venv}"
pin="kubernetes-validate==1.37.0"
stamp="$venv/.groundwork-pin"
if [[ ! -x "$venv/bin/kubernetes-validate" || "$(cat "$stamp" 2>/dev/null)" != "$pin" ]]; then
    python3 -m venv "$venv" >&2
    "$venv/bin/pip" install --quiet --disable-pip-version-check "$pin" >&2
    echo "$pin" > "$stamp"
fi
echo "$venv/bin/kubernetes-validate"
