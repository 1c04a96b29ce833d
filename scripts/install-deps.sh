#!/usr/bin/env bash
# Installs the Debian 12 packages kgraph needs to build, test and check its exports.
# Idempotent: asks dpkg which packages are missing and installs only those; prints nothing
# when nothing is missing. Extra package names given as arguments are installed too
# (.ci/run adds clang-format this way).
# usage: scripts/install-deps.sh [EXTRA_PACKAGE...]
set -euo pipefail

packages=(
  build-essential cmake ninja-build
  libboost-graph-dev rapidjson-dev libpugixml-dev libcli11-dev doctest-dev
  python3 graphviz libxml2-utils python3-networkx python3-rdflib
  raptor2-utils libjgrapht-java unzip  # interop tests: rapper, the GraphML XSD
  "$@"
)
# Node.js for the npm interop clients, unless a node (e.g. NodeSource's) is already installed.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

if ! command -v dpkg >/dev/null 2>&1; then
  echo "install-deps: dpkg not found: this script supports Debian 12 (bookworm)." >&2
  echo "install-deps: install by hand: ${packages[*]}" >&2
  exit 1
fi

missing=()
for p in "${packages[@]}"; do
  # `dpkg -s` also succeeds for removed packages whose config files remain: check the status.
  if ! dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed'; then
    missing+=("$p")
  fi
done
[ "${#missing[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "install-deps: missing packages: ${missing[*]}" >&2
  echo "install-deps: installing them needs root, and sudo is not available." >&2
  echo "install-deps: run as root: apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
