#!/usr/bin/env bash
# Times `groundwork audit` against `git log -p --all`, cloc, detect-secrets and trufflehog 2.x on the
# same repositories, and prints ratios. Not a test: run it by hand on a quiet machine.
#
#   Benchmarks/audit-benchmark.sh [REPO…]      default: two generated 20k-commit repositories, the second
#                                               with 2,000 files dense with secret keywords (token, session…)
#   GROUNDWORK_BINARY=path/to/groundwork Benchmarks/audit-benchmark.sh   (skip the release build)
#
# A large real repository: fetch git/git with the search tool's `fetch github:git/git`, then pass the git
# directory it printed (/work/.mirror/git+git/repo). Such a snapshot may lack a few blobs; groundwork
# reports them and goes on, but `git log -p` stops at the first, so git's reference run uses a copy that
# shares the objects and replaces each missing blob by the empty one (refs/replace, left out of --all).
#
# Peers are installed into Benchmarks/work/ (virtualenvs from PyPI; cloc and GNU time from Debian).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
work="$here/work"
mkdir -p "$work"

command -v cloc >/dev/null && [ -x /usr/bin/time ] || { apt-get install -y -qq cloc time >/dev/null; }
[ -x "$work/ds/bin/detect-secrets" ] || { python3 -m venv "$work/ds" && "$work/ds/bin/pip" install -q detect-secrets; }
[ -x "$work/th/bin/trufflehog" ] || { python3 -m venv "$work/th" && "$work/th/bin/pip" install -q "truffleHog<3"; }

if [ -n "${GROUNDWORK_BINARY:-}" ]; then
  groundwork="$GROUNDWORK_BINARY"
else
  (cd "$root" && swift build -c release --product groundwork >/dev/null)
  groundwork="$(cd "$root" && swift build -c release --show-bin-path)/groundwork"
fi

# generate NAME [--dense]: a 20k-commit repository from generate-history.py, made once
generate() {
  local generated="$work/$1"
  if [ ! -d "$generated/.git" ]; then
    git init -q -b main "$generated"
    python3 "$here/generate-history.py" 20000 ${2:-} | git -C "$generated" fast-import --quiet
    git -C "$generated" checkout -q main
  fi
  echo "$generated"
}

repos=("$@")
if [ ${#repos[@]} -eq 0 ]; then
  repos=("$(generate generated-20k)" "$(generate generated-20k-dense --dense)")
fi

# seconds and peak resident memory (MB) of a command
measure() {
  local stats="$work/time.out"
  /usr/bin/time -o "$stats" -f "%e %M" "$@" >/dev/null 2>&1 || true
  tail -1 "$stats" | awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }'
}

# A git directory for `git log -p --all` on $1: the repository itself, or when objects are missing a copy
# that borrows its objects (alternates) and stands the empty blob in for each missing one.
reference_for_git_log() {
  local repo="$1" git_dir missing copy
  git_dir="$(git -C "$repo" rev-parse --absolute-git-dir)"
  missing=$(git --git-dir "$git_dir" rev-list --all --objects --missing=print 2>/dev/null | sed -n 's/^?//p')
  if [ -z "$missing" ]; then echo "$git_dir"; return; fi
  copy="$work/reference-$(basename "$(dirname "$git_dir")")-$(basename "$git_dir")"
  if [ ! -d "$copy" ]; then
    git init -q --bare "$copy"
    echo "$git_dir/objects" > "$copy/objects/info/alternates"
    cp "$git_dir/HEAD" "$copy/HEAD"
    [ -f "$git_dir/packed-refs" ] && cp "$git_dir/packed-refs" "$copy/packed-refs"
    cp -r "$git_dir/refs/." "$copy/refs/"
    local empty
    empty=$(git --git-dir "$copy" hash-object -w --stdin </dev/null)
    for id in $missing; do git --git-dir "$copy" update-ref "refs/replace/$id" "$empty"; done
  fi
  echo "$copy"
}

for repo in "${repos[@]}"; do
  commits=$(git -C "$repo" rev-list --all --count)
  reference=$(reference_for_git_log "$repo")
  echo "== $repo ($commits commits, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
  [ "$reference" = "$(git -C "$repo" rev-parse --absolute-git-dir)" ] || echo "   (git log runs on $reference: missing blobs replaced by the empty blob)"
  cache="$work/cache"
  rm -rf "$cache"
  read -r cold cold_mb < <(measure env GROUNDWORK_CACHE_DIR="$cache" "$groundwork" audit "$repo" --format json)
  read -r warm warm_mb < <(measure env GROUNDWORK_CACHE_DIR="$cache" "$groundwork" audit "$repo" --format json)
  read -r one_thread _ < <(measure "$groundwork" audit "$repo" --format json --no-cache --jobs 1)
  read -r two_threads _ < <(measure "$groundwork" audit "$repo" --format json --no-cache --jobs 2)
  read -r tree_only _ < <(measure "$groundwork" audit "$repo" --format json --no-cache --no-history)
  read -r docs_only _ < <(measure "$groundwork" audit "$repo" --format json --no-cache --no-history --only docs)
  read -r gitlog gitlog_mb < <(measure git --git-dir "$reference" log -p --exclude='refs/replace/*' --all)
  # The peers read files, not git objects: give them the audited commit's tree (in a bare repository
  # they would scan its pack files instead of the source).
  checkout="$work/checkout-$(basename "$repo")"
  rm -rf "$checkout" && mkdir -p "$checkout"
  git -C "$repo" archive HEAD | tar -x -C "$checkout"
  read -r cloc_s _ < <(measure cloc --quiet "$checkout")
  read -r ds _ < <(measure bash -c "cd '$checkout' && '$work/ds/bin/detect-secrets' scan --all-files")
  if [ "$commits" -le 30000 ]; then
    read -r th _ < <(measure timeout 3600 "$work/th/bin/trufflehog" --regex --entropy=False "file://$repo")
  else
    th="skipped"
  fi
  # One new commit, then a re-audit with the warm cache.
  scratch="$work/reaudit"
  rm -rf "$scratch"
  if git clone -q --shared "$reference" "$scratch" 2>/dev/null; then
    env GROUNDWORK_CACHE_DIR="$cache-re" "$groundwork" audit "$scratch" --format json >/dev/null || true
    echo "change" >> "$scratch/README.benchmark" && git -C "$scratch" add . && git -C "$scratch" -c user.name=b -c user.email=b@b commit -qm bench
    read -r reaudit _ < <(measure env GROUNDWORK_CACHE_DIR="$cache-re" "$groundwork" audit "$scratch" --format json)
  else
    reaudit="(clone failed)"
  fi

  ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == "skipped" || a == 0) print "-"; else printf "%.1fx", b / a }'; }
  printf "%-44s %10s %10s\n" "command" "seconds" "vs cold"
  printf "%-44s %10s %10s   peak %s MB\n" "groundwork audit (cold cache)" "$cold" "1.0x" "$cold_mb"
  printf "%-44s %10s %10s\n" "groundwork audit --no-cache --jobs 1" "$one_thread" "$(ratio "$cold" "$one_thread")"
  printf "%-44s %10s %10s\n" "groundwork audit --no-cache --jobs 2" "$two_threads" "$(ratio "$cold" "$two_threads")"
  printf "%-44s %10s %10s\n" "groundwork audit --no-history (tree only)" "$tree_only" "$(ratio "$cold" "$tree_only")"
  printf "%-44s %10s %10s\n" "groundwork audit --no-history --only docs" "$docs_only" "$(ratio "$cold" "$docs_only")"
  printf "%-44s %10s %10s   peak %s MB\n" "groundwork audit (warm cache)" "$warm" "$(ratio "$cold" "$warm")" "$warm_mb"
  printf "%-44s %10s\n" "groundwork re-audit after one new commit" "$reaudit"
  printf "%-44s %10s %10s   peak %s MB\n" "git log -p --all > /dev/null" "$gitlog" "$(ratio "$cold" "$gitlog")" "$gitlog_mb"
  printf "%-44s %10s %10s\n" "cloc" "$cloc_s" "$(ratio "$cold" "$cloc_s")"
  printf "%-44s %10s %10s\n" "detect-secrets scan --all-files (tree only)" "$ds" "$(ratio "$cold" "$ds")"
  printf "%-44s %10s %10s\n" "trufflehog 2.x --regex (history)" "$th" "$(ratio "$cold" "$th")"
  awk -v c="$cold" -v g="$gitlog" -v w="$warm" -v o="$docs_only" 'BEGIN {
    printf "cold audit / git log -p --all: %.2fx (goal <= 1.0x); warm re-audit, nothing new: %.2f s (goal <= 0.3 s); --no-history --only docs: %.2f s\n", c / g, w, o }'
done
