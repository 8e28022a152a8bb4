# Sourced by the recipes' behaviour scripts (sigterm-under-load.sh, red-metrics.sh, rate-limit.sh,
# read-cache.sh, worker-split.sh): `service_process DIR PORT` reads the stack from DIR — node-express
# (package.json), python-fastapi (app/main.py), go-chi (go.mod), swift-hummingbird (Package.swift) —, makes
# the service runnable, and sets `stack` and `command`: the service's own process, to run in DIR on PORT, so
# that a signal reaches it and its exit status is its own (`node src/index.js`; `.venv/bin/uvicorn
# app.main:app` as `make run` does, after `make install`; bin/server of scripts/stacks/go-chi.sh --build;
# .build/App of scripts/stacks/swift-hummingbird.sh --build).
# The sourcing script defines `root` (the repository) and `fail`.
service_process() {
    local dir=$1 port=$2
    if [[ -f "$dir/package.json" ]]; then
        stack=node-express
        # The Debian Node packages the node-express stack uses (scripts/stacks/node-express.sh unpacks node-pg).
        local cache="${GROUNDWORK_NODE_CACHE:-$HOME/.cache/groundwork/node-debian}"
        [[ -f "$cache/.complete" ]] || fail "$cache is not ready: run scripts/stacks/node-express.sh once first"
        export NODE_PATH="$cache/usr/share/nodejs:/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
        command=(node src/index.js)
    elif [[ -f "$dir/app/main.py" ]]; then
        stack=python-fastapi
        export PIP_CACHE_DIR="${GROUNDWORK_PIP_CACHE:-$HOME/.cache/groundwork/pip}" PIP_DISABLE_PIP_VERSION_CHECK=1
        (cd "$dir" && make install >&2) || fail "make install in $dir"
        command=(.venv/bin/uvicorn app.main:app --host 127.0.0.1 --port "$port" --no-access-log)
    elif [[ -f "$dir/go.mod" ]]; then
        stack=go-chi
        "$root/scripts/stacks/go-chi.sh" --build "$dir" || fail "building the go-chi service"
        command=(bin/server)
    elif [[ -f "$dir/Package.swift" ]]; then
        stack=swift-hummingbird
        "$root/scripts/stacks/swift-hummingbird.sh" --build "$dir" || fail "building the swift-hummingbird service"
        command=(.build/App)
    else
        fail "$dir holds no service of a stack this script knows (node-express, python-fastapi, go-chi, swift-hummingbird)"
    fi
}

# `scratch_database NAME` creates the database NAME beside $DATABASE_URL's and sets `database` (its name) and
# `service_url` ($DATABASE_URL naming it): each run's services start on an empty database. The caller drops it.
scratch_database() {
    database=$1
    psql "$DATABASE_URL" -qc "CREATE DATABASE $database" >/dev/null || fail "CREATE DATABASE $database"
    service_url=$(python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/" + sys.argv[2])))' "$DATABASE_URL" "$database")
}
