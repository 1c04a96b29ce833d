#!/usr/bin/env bash
# Scale features end to end on one corpus, each compared byte for byte (GraphML and JSON-LD) with
# a plain `kgraph build`:
#   - build -j 1 and -j 3 give identical files;
#   - build FIRST --facts + add SECOND  ==  build FIRST SECOND;
#   - remove SECOND's documents from that  ==  build FIRST;
#   - extract --shard 1/3 .. 3/3 + merge  ==  build CORPUS.
# FIRST and SECOND split the corpus (and its manifest) in two folders.
# usage: scale_e2e.sh KGRAPH CORPUS WORKDIR     Exits 77 when CORPUS is absent.
set -euo pipefail
kgraph=$1
corpus=$2
work=$3
if [ ! -d "$corpus" ]; then
  echo "skipped: $corpus is absent (a fresh clone without ../shared)"
  exit 77
fi
kgraph=$(cd "$(dirname "$kgraph")" && pwd)/$(basename "$kgraph")
corpus=$(cd "$corpus" && pwd)
fail() {
  echo "scale_e2e: FAILED: $*" >&2
  exit 1
}
same() {  # same A B: the GraphML and JSON-LD of two runs are byte-identical
  for ext in graphml jsonld; do
    cmp "$1.$ext" "$2.$ext" || fail "$1.$ext and $2.$ext differ"
  done
  echo "== identical: $1 and $2"
}
rm -rf "$work"
mkdir -p "$work"
cd "$work"

"$kgraph" build -q -j 1 "$corpus" -o j1.graphml -o j1.jsonld
"$kgraph" build -q -j 3 "$corpus" -o j3.graphml -o j3.jsonld
same j1 j3

# Split the corpus: the first half of the files (in build order) and the rest, with their
# manifest entries.
mkdir first second
mapfile -t files < <(cd "$corpus" && ls -- *.txt | LC_ALL=C sort)
half=$(((${#files[@]} + 1) / 2))
for i in "${!files[@]}"; do
  if [ "$i" -lt "$half" ]; then cp "$corpus/${files[$i]}" first/; else cp "$corpus/${files[$i]}" second/; fi
done
if [ -f "$corpus/manifest.json" ]; then
  /usr/bin/python3 - "$corpus/manifest.json" <<'PY'
import json, os, sys
entries = json.load(open(sys.argv[1]))
for part in ("first", "second"):
    names = set(os.listdir(part))
    json.dump([e for e in entries if e.get("file") in names], open(f"{part}/manifest.json", "w"))
PY
fi
[ "${#files[@]}" -ge 2 ] || fail "the corpus needs at least two articles"

"$kgraph" build -q first second -o both.graphml -o both.jsonld
"$kgraph" build -q first -o inc.graphml --facts inc.graphml.facts
"$kgraph" add -q inc.graphml second -o inc.jsonld
same both inc

"$kgraph" build -q first -o first.graphml -o first.jsonld
"$kgraph" remove -q inc.graphml $(cd second && ls -- *.txt) -o inc.jsonld
same first inc

# Adding a document that is already there is refused, and nothing changes.
cp inc.graphml before.graphml
if "$kgraph" add -q inc.graphml "first/${files[0]}" 2>err.txt; then fail "add of a duplicate succeeded"; fi
grep -q "already in" err.txt || fail "unexpected message: $(cat err.txt)"
cmp before.graphml inc.graphml || fail "a refused add changed the graph"

for k in 1 2 3; do "$kgraph" extract -q "$corpus" --shard "$k/3" -o "shard$k.facts"; done
"$kgraph" merge -q shard1.facts shard2.facts shard3.facts -o merged.graphml -o merged.jsonld
same j1 merged
echo "scale_e2e: all checks passed"
