#!/usr/bin/env bash
# Times `groundwork apply` of ten bricks (plan + one commit on a branch) against `copier copy` of an
# equivalent template, and `groundwork update` (a three-way merge of edited files) against
# `copier update`, on a generated Node/Express service. Not a test: run it by hand on a quiet machine.
#
#   Benchmarks/bricks-benchmark.sh                                        median of 7 runs each
#   RUNS=15 GROUNDWORK_BINARY=path/to/groundwork Benchmarks/bricks-benchmark.sh   (skip the release build)
#
# copier is installed from PyPI into its own virtualenv, Benchmarks/work/copier. Every timed run gets a
# fresh copy of its repository, made before the clock starts. The copier template is generated from
# what groundwork rendered (Benchmarks/make-copier-template.py), so both tools write the same files,
# and the script checks that they did.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
work="$here/work"
scratch="$work/bricks"
runs="${RUNS:-7}"
mkdir -p "$work"

[ -x "$work/copier/bin/copier" ] || { python3 -m venv "$work/copier" && "$work/copier/bin/pip" install -q copier; }
copier="$work/copier/bin/copier"

if [ -n "${GROUNDWORK_BINARY:-}" ]; then
  groundwork="$GROUNDWORK_BINARY"
else
  (cd "$root" && swift build -c release --product groundwork >/dev/null)
  groundwork="$(cd "$root" && swift build -c release --show-bin-path)/groundwork"
fi

# The ten bricks, in the order given on the command line; the branch apply names after them.
bricks=(docker compose github-actions kubernetes dependabot editorconfig gitignore community license precommit)
branch="groundwork/$(IFS=-; echo "${bricks[*]}")"
name="orders-api" port="3000" holder="Bench Developer"

# Version 1 of the bricks is this tree's Plugins/, version 2 a changed copy (below).
export NO_COLOR=1 GROUNDWORK_CACHE_DIR="$scratch/cache" GROUNDWORK_PLUGINS="$root/Plugins"
export GIT_AUTHOR_NAME="$holder" GIT_AUTHOR_EMAIL="bench@example.com"
export GIT_COMMITTER_NAME="$holder" GIT_COMMITTER_EMAIL="bench@example.com"
export GIT_CONFIG_NOSYSTEM=1 HOME="$scratch/home"   # no user configuration changes what either tool does
rm -rf "$scratch" && mkdir -p "$scratch/home"
git config --global user.name "$holder"
git config --global user.email bench@example.com
git config --global init.defaultBranch main
git config --global advice.detachedHead false

commit() { git -C "$1" add -A && git -C "$1" commit -qm "$2"; }

# Replaces the first line holding OLD in FILE by NEW (or inserts NEW after it with --after); fails when absent.
edit() {
  python3 - "$@" <<'PY'
import sys
args = sys.argv[1:]
after = args[0] == "--after"
if after: args = args[1:]
path, old, new = args
text = open(path, encoding="utf-8").read()
lines = text.split("\n")
for index, line in enumerate(lines):
    if old in line:
        lines[index:index + 1] = [line, new] if after else [line.replace(old, new)]
        break
else:
    sys.exit(f"edit: {old!r} is not in {path}")
open(path, "w", encoding="utf-8").write("\n".join(lines))
PY
}

# The client's repository: a Node/Express service with a few commits of history.
fixture="$scratch/fixture"
mkdir -p "$fixture" && git init -q "$fixture"
python3 "$here/generate-node-service.py" "$fixture"
commit "$fixture" "Orders service"
echo "LOG_LEVEL=info" > "$fixture/.env.example" && commit "$fixture" "Document the environment"
edit "$fixture/src/config.js" "pageSize: Number(process.env.PAGE_SIZE) || 50," "pageSize: Number(process.env.PAGE_SIZE) || 25," && commit "$fixture" "Smaller pages"

# The files a groundwork apply wrote on its branch (the lock file left out), copied into DIR.
export_render() {
  local repo="$1" out="$2"
  mkdir -p "$out"
  git -C "$repo" diff --name-only --no-renames main "$branch" -- . ':!.groundwork' \
    | xargs git -C "$repo" archive "$branch" -- | tar -x -C "$out"
}

# Version 2 of the bricks: every version bumped, a few templates changed.
plugins_v2="$scratch/plugins-v2"
cp -r "$root/Plugins" "$plugins_v2"
for id in "${bricks[@]}"; do
  edit "$plugins_v2/$id/brick.yaml" "version: 1.0.0" "version: 1.1.0"
done
edit "$plugins_v2/docker/templates/Dockerfile.node.mustache" "HEALTHCHECK --interval=30s" "HEALTHCHECK --interval=20s"
edit "$plugins_v2/kubernetes/templates/deployment.yaml.mustache" "memory: 512Mi" "memory: 384Mi"
edit --after "$plugins_v2/kubernetes/templates/deployment.yaml.mustache" "automountServiceAccountToken: false" "      terminationGracePeriodSeconds: 20"
edit "$plugins_v2/github-actions/templates/ci.yml.mustache" "timeout-minutes: 30" "timeout-minutes: 20"
edit --after "$plugins_v2/gitignore/templates/gitignore.mustache" "node_modules/" ".eslintcache"

# What each version renders for the service, and the copier template made from it (tags v1 and v2).
for version in v1 v2; do
  plugins="$root/Plugins"; [ "$version" = v2 ] && plugins="$plugins_v2"
  cp -a "$fixture" "$scratch/render-$version"
  GROUNDWORK_PLUGINS="$plugins" "$groundwork" apply "${bricks[@]}" -C "$scratch/render-$version" >/dev/null
  export_render "$scratch/render-$version" "$scratch/files-$version"
done
template="$scratch/copier-template"
mkdir -p "$template" && git init -q "$template"
for version in v1 v2; do
  rm -rf "$template/template"
  count=$(python3 "$here/make-copier-template.py" "$scratch/files-$version" "$template" "$name" "$port" "$holder")
  [ "$version" = v1 ] && files="$count"
  commit "$template" "Template $version" && git -C "$template" tag "$version"
done

# The managed files a person edits after the first apply, in both tools' results alike.
edit_managed_files() {
  edit --after "$1/Dockerfile" "WORKDIR /app" "ENV npm_config_update_notifier=false"
  edit "$1/deploy/kubernetes/base/deployment.yaml" "revisionHistoryLimit: 5" "revisionHistoryLimit: 10"
}

# The repositories updates start from: v1 applied and merged, then the edits committed.
gw_applied="$scratch/gw-applied"
cp -a "$fixture" "$gw_applied"
"$groundwork" apply "${bricks[@]}" -C "$gw_applied" >/dev/null
git -C "$gw_applied" merge -q --ff-only "$branch"
edit_managed_files "$gw_applied" && commit "$gw_applied" "Tune the image and the deployment"

copier_applied="$scratch/copier-applied"
cp -a "$fixture" "$copier_applied"
"$copier" copy --trust --defaults --overwrite --quiet --vcs-ref v1 "$template" "$copier_applied" >/dev/null
commit "$copier_applied" "Apply the template"
# Both tools wrote the same files: groundwork's branch and copier's copy differ only in their records.
git -C "$scratch/render-v1" checkout -q "$branch"
diff -r -x .git -x .groundwork -x .copier-answers.yml "$scratch/render-v1" "$copier_applied" >&2 \
  || { echo "copier's render differs from groundwork's (above)" >&2; exit 1; }
edit_managed_files "$copier_applied" && commit "$copier_applied" "Tune the image and the deployment"

# Seconds of one run of a command (its output discarded; a failure stops the benchmark).
seconds() {
  local start end
  start=$(date +%s%N)
  "$@" >"$scratch/run.out" 2>&1 || { cat "$scratch/run.out" >&2; echo "failed: $*" >&2; exit 1; }
  end=$(date +%s%N)
  awk -v ns=$((end - start)) 'BEGIN { printf "%.3f\n", ns / 1e9 }'
}

# The median of RUNS runs; before each, PREPARE makes the fresh repository at $scratch/run.
median() {
  local prepare="$1"; shift
  local times=()
  for _ in $(seq "$runs"); do
    "$prepare"
    times+=("$(seconds "$@")")
  done
  printf "%s\n" "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { print (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }'
}

fresh_fixture() { rm -rf "$scratch/run" && cp -a "$fixture" "$scratch/run"; }
fresh_gw_applied() { rm -rf "$scratch/run" && cp -a "$gw_applied" "$scratch/run"; }
fresh_copier_applied() { rm -rf "$scratch/run" && cp -a "$copier_applied" "$scratch/run"; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
gw_plan=$(median fresh_fixture "$groundwork" apply "${bricks[@]}" -C "$scratch/run" --dry-run)
gw_apply=$(median fresh_fixture "$groundwork" apply "${bricks[@]}" -C "$scratch/run")
copier_copy=$(median fresh_fixture "$copier" copy --trust --defaults --overwrite --quiet --vcs-ref v1 "$template" "$scratch/run")
gw_update=$(median fresh_gw_applied env GROUNDWORK_PLUGINS="$plugins_v2" "$groundwork" update -C "$scratch/run")
copier_update=$(median fresh_copier_applied "$copier" update --trust --defaults --quiet "$scratch/run")

# Both updates kept the person's edits, brought version 2 in and left no conflict.
check_update() {
  grep -q "npm_config_update_notifier" "$1/Dockerfile" && grep -q -- "--interval=20s" "$1/Dockerfile" \
    && grep -q "revisionHistoryLimit: 10" "$1/deploy/kubernetes/base/deployment.yaml" \
    && grep -q "memory: 384Mi" "$1/deploy/kubernetes/base/deployment.yaml" \
    && grep -q "timeout-minutes: 20" "$1/.github/workflows/ci.yml" && grep -qx ".eslintcache" "$1/.gitignore" \
    && ! grep -rq '^<<<<<<<' --exclude-dir=.git "$1" && [ -z "$(find "$1" -name '*.rej')" ] \
    || { echo "the update in $1 lost an edit, missed a change or left a conflict" >&2; exit 1; }
}
fresh_gw_applied && GROUNDWORK_PLUGINS="$plugins_v2" "$groundwork" update -C "$scratch/run" >"$scratch/update.out"
git -C "$scratch/run" checkout -q "groundwork/update-$(IFS=-; echo "${bricks[*]}")"
check_update "$scratch/run"
merged=$(grep -c "^  merged " "$scratch/update.out" || true)
fresh_copier_applied && "$copier" update --trust --defaults --quiet "$scratch/run" >/dev/null 2>&1
check_update "$scratch/run"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1fx", b / a }'; }
verdict() { awk -v s="$1" 'BEGIN { print (s < 0.5) ? "< 0.5 s: met" : "< 0.5 s: MISSED" }'; }
echo "== ${#bricks[@]} bricks on a Node/Express service ($files files rendered), median of $runs runs, $(nproc) cores, load $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after"
printf "%-52s %8s %8s   %s\n" "command" "seconds" "ratio" "target"
printf "%-52s %8s %8s   %s\n" "groundwork apply --dry-run (plan and diffs)" "$gw_plan" "" ""
printf "%-52s %8s %8s   %s\n" "groundwork apply (plan + commit on a branch)" "$gw_apply" "1.0x" "$(verdict "$gw_apply")"
printf "%-52s %8s %8s\n" "copier copy (the same files, into the work tree)" "$copier_copy" "$(ratio "$gw_apply" "$copier_copy")"
printf "%-52s %8s %8s   %s\n" "groundwork update (3-way merge, commit on a branch)" "$gw_update" "1.0x" "$(verdict "$gw_update")"
printf "%-52s %8s %8s\n" "copier update v1 -> v2 (into the work tree)" "$copier_update" "$(ratio "$gw_update" "$copier_update")"
echo "(groundwork update merged $merged edited files three ways; both tools' updates kept the edits, brought v2 in, left no conflict)"
