#!/usr/bin/env bash
# Creates the broken inputs the CLI smoke tests feed kgraph, under DIR:
#   mixed-corpus/  one readable article, one empty file and one binary file posing as .txt
#   broken.graphml (truncated XML), broken.jsonld (truncated JSON)
# usage: make_bad_inputs.sh DIR
set -euo pipefail
dir=${1:?usage: make_bad_inputs.sh DIR}
rm -rf "$dir"
mkdir -p "$dir/mixed-corpus"
cat >"$dir/mixed-corpus/good.txt" <<'TXT'
Defence ministers meet for annual talks

The defence ministers of two neighbouring countries met for their annual talks and agreed to
hold the next round of talks in the following spring.
TXT
: >"$dir/mixed-corpus/empty.txt"
printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01' >"$dir/mixed-corpus/binary.txt"
printf '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n<graph edgedefault="directed">\n<node id="a"' >"$dir/broken.graphml"
printf '{"@context": {"schema": "https://schema.org/"}, "@graph": [{"@id": "a", ' >"$dir/broken.jsonld"
