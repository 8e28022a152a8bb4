#!/usr/bin/env bash
# Builds the community edition (no Enterprise trait) and fails if any Enterprise code, symbol or
# command made it into the binary.
set -euo pipefail
cd "$(dirname "$0")/.."

scratch=.build-community
swift build --disable-default-traits --scratch-path "$scratch" --product groundwork
binary="$(swift build --disable-default-traits --scratch-path "$scratch" --show-bin-path)/groundwork"

failed=0
if nm "$binary" 2>/dev/null | grep -qE "GroundworkEnterprise|GroundworkFleet|GroundworkLicense|GroundworkRecipes"; then
  echo "community build check: Enterprise symbols found in $binary:" >&2
  nm "$binary" | grep -E "GroundworkEnterprise|GroundworkFleet|GroundworkLicense|GroundworkRecipes" | head -5 >&2
  failed=1
fi
for marker in GroundworkEnterprise GroundworkFleet GroundworkLicense GroundworkRecipes LICENSE-ENTERPRISE "enterprise edition" "evaluation mode" "groundwork license"; do
  if strings "$binary" | grep -qi -- "$marker"; then
    echo "community build check: the string '$marker' is in $binary" >&2
    failed=1
  fi
done
help="$("$binary" --help)"
for command in license fleet policy recipes; do
  if grep -qE "^\s+$command\b" <<<"$help"; then
    echo "community build check: '$command' is listed by the community binary's --help" >&2
    failed=1
  fi
done
"$binary" doctor --json | grep -q '"edition" : "community"' || { echo "community build check: doctor does not report the community edition" >&2; failed=1; }
[ "$failed" -eq 0 ] && echo "community build check: 1 passed, 0 failed" || { echo "community build check: 0 passed, 1 failed"; exit 1; }
