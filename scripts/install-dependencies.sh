#!/usr/bin/env bash
# Installs the system libraries groundwork links against (Debian/Ubuntu), only when missing.
set -euo pipefail

packages=(libgit2-dev libcurl4-openssl-dev zlib1g-dev pkg-config)
missing=()
for package in "${packages[@]}" "$@"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "groundwork needs: ${missing[*]} (Debian package names); install them with your package manager." >&2
  exit 64
fi
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
