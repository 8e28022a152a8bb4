#!/usr/bin/env bash
# Tier 3 of the stateless-sessions recipe for node-express where express-session itself is missing (neither
# Debian nor a reachable registry has it): the recipe's store, src/redis-session-store.js, driven through the
# express-session Store interface (get, set, touch, destroy with callbacks) by separate node processes over one
# Debian redis-server on loopback, with Debian's node-redis.
#
#   scripts/recipes/node-session-store.sh DIR
#
# express-session is replaced by a stand-in holding only what the store needs of it: `Store`, which in
# express-session is an EventEmitter subclass for stores to extend. What this does not prove is express-session's
# own cookie handling; scripts/recipes/sessions-across-processes.sh does, where GROUNDWORK_EXPRESS_SESSION names
# a folder holding express-session.
#
# Passing means: a session set through process A is read back, whole, through process B; its Redis key expires
# with the cookie (TTL within a minute of the cookie's hour); a touch through B moves the expiry to the
# cookie's new date; a destroy through B leaves A reading nothing; a cookie without expiry gets the store's
# one-day default. Prints one line `store=ok`.
set -euo pipefail

if [[ $# -ne 1 || ! -f "$1/src/redis-session-store.js" ]]; then
    echo "usage: $0 DIR (DIR/src/redis-session-store.js, as the stateless-sessions recipe writes it)" >&2
    exit 64
fi
dir=$(cd "$1" && pwd)
fail() { echo "node-session-store: FAILED: $*" >&2; exit 1; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
command -v redis-server >/dev/null || "$root/scripts/install-dependencies.sh" redis-server >&2 || fail "installing redis-server"
command -v node >/dev/null || "$root/scripts/install-dependencies.sh" nodejs >&2 || fail "installing nodejs"
[[ -d /usr/share/nodejs/redis ]] || "$root/scripts/install-dependencies.sh" node-redis >&2 || fail "installing Debian's node-redis"

work=$(mktemp -d)
redis_pid=""
cleanup() {
    if [[ -n "$redis_pid" ]]; then { kill -KILL "$redis_pid" && wait "$redis_pid"; } 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

# The stand-in: express-session's Store is an EventEmitter for stores to subclass, nothing more.
mkdir -p "$work/modules/express-session"
cat >"$work/modules/express-session/index.js" <<'JS'
'use strict'
const { EventEmitter } = require('events')
class Store extends EventEmitter {}
module.exports = { Store }
JS

# One operation per process: `node drive.js OP SID [SECONDS]` prints the callback's value as JSON.
cat >"$work/drive.js" <<'JS'
'use strict'
const { RedisSessionStore } = require(process.env.STORE_MODULE)
const [op, sid, seconds] = process.argv.slice(2)
const store = new RedisSessionStore()
const call = (method, ...args) => new Promise((resolve, reject) => {
  store[method](...args, (error, value) => (error ? reject(error) : resolve(value)))
})
const cookie = (secondsFromNow) => ({ originalMaxAge: secondsFromNow * 1000, expires: new Date(Date.now() + secondsFromNow * 1000).toISOString(), httpOnly: true, path: '/' })
const operations = {
  set: () => call('set', sid, { cookie: cookie(Number(seconds)), user: 'alice', roles: ['editor'] }),
  setWithoutExpiry: () => call('set', sid, { cookie: { originalMaxAge: null, expires: null, httpOnly: true, path: '/' }, user: 'bob' }),
  get: () => call('get', sid),
  touch: () => call('touch', sid, { cookie: cookie(Number(seconds)), user: 'alice', roles: ['editor'] }),
  destroy: () => call('destroy', sid)
}
operations[op]()
  .then((value) => { console.log(JSON.stringify(value === undefined ? null : value)) })
  .finally(() => store.close())
  .catch((error) => { console.error(error); process.exitCode = 1 })
JS

redis_port=$(free_port)
redis-server --bind 127.0.0.1 --port "$redis_port" --save "" --appendonly no --daemonize no >"$work/redis.log" 2>&1 &
redis_pid=$!
for _ in $(seq 100); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
redis-cli -p "$redis_port" ping >/dev/null 2>&1 || fail "redis-server did not start: $(tail -5 "$work/redis.log")"

export REDIS_URL="redis://127.0.0.1:$redis_port/0" STORE_MODULE="$dir/src/redis-session-store.js"
export NODE_PATH="$work/modules:/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
# Each call is a process of its own ("A" and "B" only name which side of the story it plays).
drive() { timeout 30 node "$work/drive.js" "$@" 2>"$work/node.err" || fail "node drive.js $*: $(cat "$work/node.err")"; }
ttl() { redis-cli -p "$redis_port" ttl "sess:$1"; }

drive set s1 3600 >/dev/null
read_back=$(drive get s1)
[[ "$read_back" == *'"user":"alice"'* && "$read_back" == *'"roles":["editor"]'* ]] || fail "B read $read_back for the session A set"
expiry=$(ttl s1)
((expiry > 3540 && expiry <= 3600)) || fail "the key expires in $expiry s; expected the cookie's hour"
drive touch s1 7200 >/dev/null
expiry=$(ttl s1)
((expiry > 7140 && expiry <= 7200)) || fail "after a touch to two hours the key expires in $expiry s"
drive destroy s1 >/dev/null
[[ "$(drive get s1)" == null ]] || fail "A still reads the session B destroyed"
drive setWithoutExpiry s2 >/dev/null
expiry=$(ttl s2)
((expiry > 86340 && expiry <= 86400)) || fail "a session whose cookie has no expiry is kept $expiry s; expected a day"
[[ "$(drive get s2)" == *'"user":"bob"'* ]] || fail "the session without expiry does not read back"
echo "store=ok"
