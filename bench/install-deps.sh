#!/bin/sh
# What bench/run needs beyond the project's own dependencies: igraph and NetworkX for Debian's
# python3 (NetworkX's PageRank needs SciPy), rdflib for JSON-LD, and GNU time for peak RSS. Does nothing when all are present.
set -e
missing=""
/usr/bin/python3 -c 'import igraph' 2>/dev/null || missing="$missing python3-igraph"
/usr/bin/python3 -c 'import networkx' 2>/dev/null || missing="$missing python3-networkx"
/usr/bin/python3 -c 'import scipy, numpy' 2>/dev/null || missing="$missing python3-scipy python3-numpy"
/usr/bin/python3 -c 'import rdflib' 2>/dev/null || missing="$missing python3-rdflib"
[ -x /usr/bin/time ] || missing="$missing time"
[ -z "$missing" ] && exit 0
echo "bench: installing$missing" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
$SUDO apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
