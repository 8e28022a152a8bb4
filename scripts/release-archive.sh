#!/usr/bin/env bash
# Builds groundwork-VERSION-linux-ARCH.tar.gz in OUT (default .build/release-archive): it unpacks to
# groundwork-VERSION/ with the same layout scripts/install.sh makes (bin/, share/groundwork/bricks,
# share/man, completions), so `tar xf … && groundwork-VERSION/bin/groundwork` finds its bricks.
# GROUNDWORK_BINARY=PATH packs that binary instead of building the release one.
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-.build/release-archive}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT

version="$(sed -n 's/.*static let current = "\(.*\)".*/\1/p' Sources/GroundworkBasics/GroundworkVersion.swift)"
[ -n "$version" ] || { echo "release-archive: cannot read the version from GroundworkVersion.swift" >&2; exit 70; }
name="groundwork-$version"
./scripts/install.sh "$staging/$name" >/dev/null
cp LICENSE-COMMUNITY LICENSE-ENTERPRISE README.md "$staging/$name/share/groundwork/"
archive="$out/$name-linux-$(uname -m).tar.gz"
tar -C "$staging" --owner=0 --group=0 --numeric-owner -czf "$archive" "$name"
echo "$archive"
