#!/usr/bin/env bash
# Installs groundwork under PREFIX (default /usr/local), a layout that works from anywhere:
#   PREFIX/bin/groundwork                         the release binary
#   PREFIX/share/groundwork/bricks/               the built-in bricks (found relative to the binary)
#   PREFIX/share/groundwork/recipes/              the Enterprise scaling recipes (Enterprise builds only)
#   PREFIX/share/man/man1/groundwork.1            the man page, generated from the commands
#   PREFIX/share/bash-completion/completions/groundwork, PREFIX/share/zsh/site-functions/_groundwork,
#   PREFIX/share/fish/vendor_completions.d/groundwork.fish
# GROUNDWORK_BINARY=PATH installs that binary instead of building the release one.
set -euo pipefail
cd "$(dirname "$0")/.."

prefix="${1:-/usr/local}"
case "$prefix" in /*) ;; *) prefix="$PWD/$prefix" ;; esac

binary="${GROUNDWORK_BINARY:-}"
if [ -z "$binary" ]; then
  ./scripts/install-dependencies.sh
  swift build -c release --product groundwork
  binary="$(swift build -c release --show-bin-path)/groundwork"
fi
[ -x "$binary" ] || { echo "install: no groundwork binary at $binary" >&2; exit 64; }

install -d "$prefix/bin" "$prefix/share/groundwork" "$prefix/share/man/man1" \
  "$prefix/share/bash-completion/completions" "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -m 0755 "$binary" "$prefix/bin/groundwork"

# The bricks are replaced whole, so a brick removed upstream does not linger after an upgrade.
rm -rf "$prefix/share/groundwork/bricks"
cp -R Plugins "$prefix/share/groundwork/bricks"
find "$prefix/share/groundwork/bricks" -type d -exec chmod 0755 {} + -o -type f -exec chmod 0644 {} +
rm -rf "$prefix/share/groundwork/recipes"
if "$binary" --help | grep -qE '^\s+recipes\b'; then
  cp -R Enterprise/Recipes "$prefix/share/groundwork/recipes"
  find "$prefix/share/groundwork/recipes" -type d -exec chmod 0755 {} + -o -type f -exec chmod 0644 {} +
fi

installed="$prefix/bin/groundwork"
# GROUNDWORK_PLUGINS would hide the installed bricks from the checks below.
unset GROUNDWORK_PLUGINS
"$installed" --experimental-dump-help | python3 scripts/generate-man-page.py > "$prefix/share/man/man1/groundwork.1"
"$installed" --generate-completion-script bash > "$prefix/share/bash-completion/completions/groundwork"
"$installed" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_groundwork"
"$installed" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/groundwork.fish"

found="$("$installed" doctor | sed -n 's/^bricks *//p')"
if [ "$found" != "$prefix/share/groundwork/bricks" ]; then
  echo "install: the installed binary finds its bricks at '$found', not $prefix/share/groundwork/bricks" >&2
  exit 1
fi
echo "installed groundwork $("$installed" --version) in $prefix (bricks: $found)"
