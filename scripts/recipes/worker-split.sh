#!/usr/bin/env bash
# The workers recipe's behaviour on loopback: the worker Deployment's command really runs the service's jobs.
#
#   scripts/recipes/worker-split.sh DIR     (a service generated with the queue brick, the workers recipe applied
#                                            to its work tree; DATABASE_URL: a PostgreSQL database)
#
#  1. reads the command of the worker Deployment the recipe wrote (deploy/kubernetes/base/deployment.yaml, the
#     container `worker` of the Deployment labelled app.kubernetes.io/component: worker);
#  2. makes the service runnable as its image would hold it (service-process.sh) — node-express: the Debian Node
#     packages through NODE_PATH (WORKDIR /app is the service folder); python-fastapi: `make install`, the virtual
#     environment first on PATH (as the image's ENV PATH); go-chi: `go build -trimpath -o … ./cmd/worker`, what the
#     recipe's Dockerfile edit builds into /worker; swift-hummingbird: the executable of
#     scripts/stacks/swift-hummingbird.sh --build, which the Dockerfile copies to /app/server — and maps the image's
#     absolute paths (/worker, /app/server) to those builds; every other word of the command is run as written, in DIR;
#  3. starts Debian's redis-server on a free loopback port (no persistence) and the worker with REDIS_URL naming it;
#  4. enqueues one `example` job through the stack's queue client (node: src/connectors/queue.js; python:
#     app.connectors.queue; go: internal/connectors/queue from a throwaway main package in DIR, removed after);
#     swift-hummingbird: the job is pushed with redis-cli as the connectors' clients write it (the same JSON and
#     keys in every stack), since a second Swift executable only to enqueue would double the build;
#  5. passes when the worker logs the example job within 30 s and Redis holds nothing for it any more (ready,
#     processing and dead lists empty), then SIGTERM stops the worker with exit 0 within 15 s.
# Prints one line `stack=S worker=ok command=… exit=0`.
set -euo pipefail

if [[ $# -ne 1 || ! -f "$1/deploy/kubernetes/base/deployment.yaml" ]]; then
    echo "usage: $0 DIR   (a service with the queue brick and the workers recipe applied)" >&2
    exit 64
fi
dir=$(cd "$1" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
[[ -n "${DATABASE_URL:-}" ]] || { echo "worker-split: DATABASE_URL is not set" >&2; exit 64; }
fail() { echo "worker-split: FAILED: $*" >&2; exit 1; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

command -v redis-server >/dev/null || "$root/scripts/install-dependencies.sh" redis-server >/dev/null || fail "installing redis-server"
if [[ -f "$dir/package.json" ]]; then
    "$root/scripts/install-dependencies.sh" node-redis >/dev/null || fail "installing node-redis"
fi

# 1. The worker Deployment's command, one word a line (the recipe writes it as a flow sequence of JSON strings).
mapfile -t image_command < <(python3 - "$dir/deploy/kubernetes/base/deployment.yaml" <<'PY'
import json, re, sys
documents = open(sys.argv[1]).read().split("\n---\n")
for document in documents:
    if "app.kubernetes.io/component: worker" in document and "kind: Deployment" in document:
        line = re.search(r"^\s+command: (\[.*\])\s*$", document, re.M)
        if line:
            print("\n".join(json.loads(line.group(1))))
            break
PY
)
[[ ${#image_command[@]} -gt 0 ]] || fail "no worker Deployment with a command in deploy/kubernetes/base/deployment.yaml"

# 2. The service, runnable as its image holds it (service-process.sh: the Node packages, `make install`, the
#    builds); the image's paths mapped to the local builds.
# shellcheck source=scripts/recipes/service-process.sh
source "$here/service-process.sh"
service_process "$dir" "$(free_port)"
work=$(mktemp -d)
declare -A image_paths=()
case "$stack" in
    # The image: ENV VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH".
    python-fastapi) export VIRTUAL_ENV="$dir/.venv" PATH="$dir/.venv/bin:$PATH" ;;
    go-chi)
        "$root/scripts/stacks/go-chi.sh" --exec "$dir" go build -trimpath -o "$work/worker" ./cmd/worker >&2 || fail "go build ./cmd/worker"
        image_paths[/worker]="$work/worker"
        ;;
    # The Dockerfile copies the executable product to /app/server.
    swift-hummingbird) image_paths[/app/server]="$dir/.build/App" ;;
esac
command=()
for word in "${image_command[@]}"; do command+=("${image_paths[$word]:-$word}"); done

worker_pid=""
redis_pid=""
enqueue_dir=""
cleanup() {
    local pid
    for pid in $worker_pid $redis_pid; do { kill -KILL "$pid" && wait "$pid"; } 2>/dev/null || true; done
    [[ -z "$enqueue_dir" ]] || rm -rf "$enqueue_dir"
    rm -rf "$work"
}
trap cleanup EXIT

# 3. Redis, and the worker with exactly the Deployment's command (paths mapped), in the service folder.
redis_port=$(free_port)
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --dir "$work" >"$work/redis.log" 2>&1 &
redis_pid=$!
for _ in $(seq 1 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
redis-cli -p "$redis_port" ping >/dev/null 2>&1 || { cat "$work/redis.log" >&2; fail "redis-server did not answer"; }
export REDIS_URL="redis://127.0.0.1:$redis_port/0" QUEUE_NAME=default
# The worker Deployment carries the web container's environment: the service's own settings come with it (the
# Swift executable reads its whole configuration before it picks its mode).
export JWT_SECRET="development-secret-at-least-32-bytes!"
echo "worker-split: $stack: ${image_command[*]} (run as: ${command[*]})" >&2
(cd "$dir" && exec "$here/with-default-signals" "${command[@]}") >"$work/worker.log" 2>&1 &
worker_pid=$!

# 4. One job, through the stack's queue client.
payload='{"order_id": 7, "note": "worker-split"}'
case "$stack" in
    node-express)
        (cd "$dir" && node -e "
          const { fromEnv } = require('./src/connectors/queue')
          fromEnv().then(async (queue) => { await queue.enqueue('example', JSON.parse(process.argv[1])); await queue.close() })
            .catch((error) => { console.error(error); process.exit(1) })" "$payload") || fail "enqueueing through src/connectors/queue.js"
        ;;
    python-fastapi)
        (cd "$dir" && python -c "
import asyncio, json, sys
from app.connectors.queue import from_env
async def main():
    queue = from_env()
    await queue.enqueue('example', json.loads(sys.argv[1]))
    await queue.aclose()
asyncio.run(main())" "$payload") || fail "enqueueing through app.connectors.queue"
        ;;
    go-chi)
        module=$(sed -n 's/^module //p' "$dir/go.mod")
        enqueue_dir="$dir/cmd/enqueue-once-$$"
        mkdir -p "$enqueue_dir"
        cat >"$enqueue_dir/main.go" <<GO
package main

import (
	"context"
	"encoding/json"
	"os"

	"$module/internal/connectors/queue"
)

func main() {
	ctx := context.Background()
	jobs, err := queue.FromEnv(ctx, os.Getenv)
	if err != nil {
		panic(err)
	}
	defer jobs.Close()
	if _, err := jobs.Enqueue(ctx, "example", json.RawMessage(os.Args[1])); err != nil {
		panic(err)
	}
}
GO
        "$root/scripts/stacks/go-chi.sh" --exec "$dir" go run "./cmd/enqueue-once-$$" "$payload" >&2 || fail "enqueueing through internal/connectors/queue"
        rm -rf "$enqueue_dir"
        enqueue_dir=""
        ;;
    swift-hummingbird)
        job=$(python3 -c 'import json, sys, uuid; print(json.dumps({"id": uuid.uuid4().hex, "name": "example", "payload": json.loads(sys.argv[1]), "attempts": 0, "last_error": ""}, separators=(",", ":")))' "$payload")
        redis-cli -p "$redis_port" LPUSH queue:default:ready "$job" >/dev/null || fail "pushing the job"
        ;;
esac

# 5. The job is run by the worker, and nothing of it is left in Redis.
processed=""
for _ in $(seq 1 300); do
    if grep -q "example job" "$work/worker.log" && [[ "$(redis-cli -p "$redis_port" LLEN queue:default:ready)" == 0 ]]; then
        processed=1
        break
    fi
    kill -0 "$worker_pid" 2>/dev/null || { cat "$work/worker.log" >&2; fail "the worker exited"; }
    sleep 0.1
done
[[ -n "$processed" ]] || { cat "$work/worker.log" >&2; fail "the worker did not run the job within 30 s"; }
left=$(redis-cli -p "$redis_port" --scan --pattern 'queue:default:*' | sort | tr '\n' ' ')
for key in $left; do
    case "$key" in
        queue:default:processing:*) [[ "$(redis-cli -p "$redis_port" LLEN "$key")" == 0 ]] || fail "$key still holds the job" ;;
        queue:default:dead) fail "the job is dead: $(redis-cli -p "$redis_port" LRANGE "$key" 0 -1)" ;;
        queue:default:ready | queue:default:delayed) [[ "$(redis-cli -p "$redis_port" TYPE "$key")" == none ]] || fail "$key is not empty" ;;
    esac
done

kill -TERM "$worker_pid"
status=""
for _ in $(seq 1 150); do
    if ! kill -0 "$worker_pid" 2>/dev/null; then
        wait "$worker_pid" && status=0 || status=$?
        break
    fi
    sleep 0.1
done
worker_pid_done=$worker_pid
worker_pid=""
[[ -n "$status" ]] || { kill -KILL "$worker_pid_done" 2>/dev/null; cat "$work/worker.log" >&2; fail "the worker did not stop within 15 s of SIGTERM"; }
[[ "$status" == 0 ]] || { cat "$work/worker.log" >&2; fail "the worker exited $status after SIGTERM"; }
echo "stack=$stack worker=ok command=${image_command[*]} exit=$status"
