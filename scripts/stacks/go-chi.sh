#!/usr/bin/env bash
# Proves a generated go-chi service on this machine, offline:
#
#   scripts/stacks/go-chi.sh DIR        (DATABASE_URL: a PostgreSQL database the service may use)
#
#  1. Debian's Go toolchain and Go library packages (installed when missing);
#  2. the project's real go.mod resolved from Debian's sources in /usr/share/gocode: a COPY of go.mod
#     with `replace` lines, used through GOFLAGS=-modfile (the project's go.mod and go.sum are never
#     touched), GOPROXY=off, so nothing is downloaded;
#  3. `make install lint test` (gofmt, go vet, go test against DATABASE_URL);
#  4. `make run` on a free port with a development JWT_SECRET, /health awaited, then
#     scripts/service-check.sh (openapi-spec-validator, schemathesis); the service is stopped.
# Exit 0 only when every step passed; the failing step is printed.
# With GROUNDWORK_PROOF_STEPS=tests it stops after step 3 (scripts/connectors/go-chi.sh: the
# connectors' tests need the local servers, not a running service); GROUNDWORK_GO_TEST_VERBOSE=1
# runs `make test` with go test -v, so that skipped tests are named.
set -euo pipefail

# --serve: only make the dependencies reachable, then run the service in the foreground (PORT,
# DATABASE_URL, JWT_SECRET from the environment): for tests that start services and call them.
# --exec DIR COMMAND…: the same, then run COMMAND in DIR (e.g. `go test -run TestBillingContract ./...`).
# --build: only make the dependencies reachable and `make build` (the binary DIR/bin/server): for
# tests that start the process themselves and signal it (scripts/recipes/sigterm-under-load.sh).
serve=""
build=""
exec_command=()
if [[ "${1:-}" == "--serve" ]]; then serve=1; shift; fi
if [[ "${1:-}" == "--build" ]]; then build=1; shift; fi
if [[ "${1:-}" == "--exec" && $# -ge 3 ]]; then exec_command=("${@:3}"); set -- "$2"; fi
if [[ $# -ne 1 || ! -f "$1/go.mod" ]]; then
    echo "usage: $0 [--serve | --build] DIR | --exec DIR COMMAND...   (DIR holds a generated go-chi service: go.mod, Makefile)" >&2
    exit 64
fi
dir=$(cd "$1" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
: "${DATABASE_URL:?DATABASE_URL must name a PostgreSQL database}"

step() { echo "go-chi: $*" >&2; }
fail() { echo "go-chi: FAILED: $*" >&2; exit 1; }

# module path → Debian package and source folder under /usr/share/gocode/src.
modules=(
    "github.com/go-chi/chi/v5|golang-github-go-chi-chi-dev|github.com/go-chi/chi"
    "github.com/go-chi/cors|golang-github-go-chi-cors-dev|github.com/go-chi/cors"
    "github.com/golang-jwt/jwt/v4|golang-github-golang-jwt-jwt-dev|github.com/golang-jwt/jwt"
    "github.com/lib/pq|golang-github-lib-pq-dev|github.com/lib/pq"
)
# Modules that are in the module graph but never compiled: each resolves to a stub go.mod naming it.
graph_only=()
# The Redis client of the webhooks-in and queue connectors. Its go.mod predates Go 1.17's pruned module
# graphs, so testify, which only its own tests import, is in the graph; `go mod tidy` (make install) also
# loads the imports of dependencies' tests, so it runs with -e, which lets redigo's tests' testify packages
# stay unresolved (go vet and go test, which compile every package the service uses, still fail on a
# missing one).
if grep -q "github.com/gomodule/redigo" "$1/go.mod"; then
    modules+=("github.com/gomodule/redigo|golang-github-gomodule-redigo-dev|github.com/gomodule/redigo")
    graph_only+=(github.com/stretchr/testify)
fi
# Prometheus' Go client (the red-metrics recipe) and the modules of its graph, all in Debian.
if grep -q "github.com/prometheus/client_golang" "$1/go.mod"; then
    modules+=(
        "github.com/prometheus/client_golang|golang-github-prometheus-client-golang-dev|github.com/prometheus/client_golang"
        "github.com/prometheus/client_model|golang-github-prometheus-client-model-dev|github.com/prometheus/client_model"
        "github.com/prometheus/common|golang-github-prometheus-common-dev|github.com/prometheus/common"
        "github.com/prometheus/procfs|golang-github-prometheus-procfs-dev|github.com/prometheus/procfs"
        "github.com/beorn7/perks|golang-github-beorn7-perks-dev|github.com/beorn7/perks"
        "github.com/cespare/xxhash/v2|golang-github-cespare-xxhash-dev|github.com/cespare/xxhash"
        "github.com/golang/protobuf|golang-github-golang-protobuf-1-3-dev|github.com/golang/protobuf"
        "github.com/matttproud/golang_protobuf_extensions|golang-protobuf-extensions-dev|github.com/matttproud/golang_protobuf_extensions"
        "google.golang.org/protobuf|golang-google-protobuf-dev|google.golang.org/protobuf"
        "golang.org/x/sys|golang-golang-x-sys-dev|golang.org/x/sys"
    )
    # Required by those modules' go.mod files, never compiled into the service.
    graph_only+=(github.com/google/go-cmp)
fi
# OpenTelemetry's API and SDK (the red-metrics recipe's tracing): Debian ships the otel, otel/trace and
# otel/sdk modules as one source tree with one go.mod; they are made three modules again below, as upstream
# publishes them (the SDK's resource detection needs golang.org/x/sys).
otel=""
if grep -q "go.opentelemetry.io/otel" "$1/go.mod"; then
    otel=1
    modules+=(
        "go.opentelemetry.io/otel/trace|golang-opentelemetry-otel-dev|go.opentelemetry.io/otel/trace"
        "go.opentelemetry.io/otel/sdk|golang-opentelemetry-otel-dev|go.opentelemetry.io/otel/sdk"
        "golang.org/x/sys|golang-golang-x-sys-dev|golang.org/x/sys"
    )
    # Imported by their tests only.
    graph_only+=(github.com/google/go-cmp github.com/stretchr/testify)
fi
packages=(golang-go make)
for entry in "${modules[@]}"; do
    IFS='|' read -r _ package _ <<<"$entry"
    packages+=("$package")
done
step "Debian packages: ${packages[*]}"
"$here/scripts/install-dependencies.sh" "${packages[@]}" || fail "could not install ${packages[*]}"

work=$(mktemp -d)
service_pid=""
cleanup() {
    if [[ -n "$service_pid" ]] && kill -0 "$service_pid" 2>/dev/null; then
        kill -- "-$service_pid" 2>/dev/null || true
        wait "$service_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

step "resolving go.mod from /usr/share/gocode (a copy in $work; $dir/go.mod is not changed)"
cp "$dir/go.mod" "$work/go.mod"
cd "$dir"
for entry in "${modules[@]}"; do
    IFS='|' read -r module _ source <<<"$entry"
    [[ -d "/usr/share/gocode/src/$source" ]] || fail "/usr/share/gocode/src/$source is missing"
    target="/usr/share/gocode/src/$source"
    # A Debian source that predates modules (no go.mod) is replaced by a copy that names its module.
    if [[ ! -f "$target/go.mod" ]]; then
        mkdir -p "$work/sources/$module"
        cp -R "$target/." "$work/sources/$module/"
        printf 'module %s\n' "$module" >"$work/sources/$module/go.mod"
        target="$work/sources/$module"
    fi
    go mod edit -modfile="$work/go.mod" -replace "$module=$target" || fail "go mod edit -replace $module"
done
if [[ -n "$otel" ]]; then
    # The root module without the folders that are modules of their own (else their packages are in two).
    otel_root="$work/otel-root"
    mkdir -p "$otel_root"
    cp -R /usr/share/gocode/src/go.opentelemetry.io/otel/. "$otel_root/"
    rm -rf "$otel_root/trace" "$otel_root/sdk" "$otel_root/go.sum"
    printf 'module go.opentelemetry.io/otel\n' >"$otel_root/go.mod"
    go mod edit -modfile="$work/go.mod" -replace "go.opentelemetry.io/otel=$otel_root" || fail "go mod edit -replace go.opentelemetry.io/otel"
fi
for module in "${graph_only[@]}"; do
    mkdir -p "$work/graph-only/$module"
    printf 'module %s\n' "$module" >"$work/graph-only/$module/go.mod"
    go mod edit -modfile="$work/go.mod" -replace "$module=$work/graph-only/$module" || fail "go mod edit -replace $module"
done
export GOFLAGS="-modfile=$work/go.mod -mod=mod" GOPROXY=off GOSUMDB=off GONOSUMDB='*' GOTOOLCHAIN=local
export CGO_ENABLED=0

if [[ ${#exec_command[@]} -gt 0 ]]; then
    step "${exec_command[*]}"
    "${exec_command[@]}"
    exit $?
fi

if [[ -n "$serve" ]]; then
    step "make run (serving on ${PORT:-8080}; the go.mod copy in $work goes when it stops)"
    # A child, not exec: this shell stays to remove $work when the service stops (a signal to the process group
    # stops both, and the shell then runs its exit trap).
    make run
    exit
fi
if [[ -n "$build" ]]; then
    step "make build (DIR/bin/server)"
    make build >&2 || fail "make build"
    exit 0
fi

step "make install"
if [[ ${#graph_only[@]} -gt 0 ]]; then
    GOFLAGS="$GOFLAGS -e" make install >&2 || fail "make install"
else
    make install >&2 || fail "make install"
fi
step "make lint"
make lint >&2 || fail "make lint"
step "make test"
if [[ -n "${GROUNDWORK_GO_TEST_VERBOSE:-}" ]]; then
    GOFLAGS="$GOFLAGS -v" make test >&2 || fail "make test"
else
    make test >&2 || fail "make test"
fi
if [[ "${GROUNDWORK_PROOF_STEPS:-}" == tests ]]; then
    step "passed (up to the tests)"
    exit 0
fi

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export PORT="$port"
export JWT_SECRET="${JWT_SECRET:-development-secret-at-least-32-bytes!}"
export RATE_LIMIT_PER_MINUTE=100000 RATE_LIMIT_BURST=10000 LOG_LEVEL="${LOG_LEVEL:-warn}"
step "make run on port $port"
setsid make run >"$work/service.log" 2>&1 &
service_pid=$!
for _ in $(seq 1 240); do
    if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then
        break
    fi
    if ! kill -0 "$service_pid" 2>/dev/null; then
        cat "$work/service.log" >&2
        fail "make run exited before answering /health"
    fi
    sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 || { cat "$work/service.log" >&2; fail "/health did not answer within 120 s"; }

step "service-check"
# From the scratch folder: schemathesis leaves .hypothesis/ and .schemathesis/ where it runs.
(cd "$work" && "$here/scripts/service-check.sh" "http://127.0.0.1:$port" "$dir") || { tail -n 50 "$work/service.log" >&2; fail "service-check"; }
step "passed"
