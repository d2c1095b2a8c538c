#!/usr/bin/env bash
# Installs the Debian packages the build needs. Idempotent and quiet when
# everything is present; never prompts (CI=true runs with no stdin).
set -euo pipefail
cd "$(dirname "$0")/.."

mapfile -t wanted < <(cat scripts/packages/*.txt | sed -e 's/#.*//' -e '/^[[:space:]]*$/d' | sort -u)

missing=()
for pkg in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "setup: installing ${#missing[@]} package(s): ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null && { [ -z "${CI:-}" ] || sudo -n true 2>/dev/null; }; then
    sudo_cmd=(sudo)
  else
    echo "setup: need root to install packages; run as root or install: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done"
