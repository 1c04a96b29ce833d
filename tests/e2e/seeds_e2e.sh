#!/usr/bin/env bash
# End to end over one corpus: kgraph builds GraphML, JSON-LD and DOT, then each file is opened by
# a real client (NetworkX, xmllint, Graphviz dot, rdflib, and jsonld.js when installed), the
# seeds graph is scored against the gold file, and export + stats check that a round trip through
# the other readable format keeps every count.
# usage: seeds_e2e.sh KGRAPH CORPUS WORKDIR [SHARED]
#   SHARED  ../shared: its clients/ replace the in-repo fallbacks beside this script, and
#           eval/gold-<corpus folder name>.json, when present, is scored with eval/score.py.
# Exits 77 (CTest SKIP_RETURN_CODE) when CORPUS is absent.
set -euo pipefail
kgraph=$1
corpus=$2
work=$3
shared=${4:-}
here=$(cd "$(dirname "$0")" && pwd)
py=/usr/bin/python3  # Debian's python, where python3-networkx and python3-rdflib live

if [ ! -d "$corpus" ]; then
  echo "skipped: $corpus is absent (a fresh clone without ../shared)"
  exit 77
fi
# Absolute paths: the checks run inside WORKDIR.
kgraph=$(cd "$(dirname "$kgraph")" && pwd)/$(basename "$kgraph")
corpus=$(cd "$corpus" && pwd)
[ -n "$shared" ] && [ -d "$shared" ] && shared=$(cd "$shared" && pwd) || shared=""
clients=$here
[ -n "$shared" ] && [ -f "$shared/clients/check_graphml_nx.py" ] && clients=$shared/clients

step() { echo "== e2e: $*"; }
fail() {
  echo "e2e: FAILED: $*" >&2
  exit 1
}

rm -rf "$work"
mkdir -p "$work"
cd "$work"

step "kgraph build $corpus (clients from $clients)"
"$kgraph" build "$corpus" -o g.graphml -o g.jsonld -o g.dot || fail "kgraph build exited $?"
"$kgraph" stats --json g.graphml >stats.json || fail "kgraph stats g.graphml exited $?"

gold=""
[ -n "$shared" ] && gold=$shared/eval/gold-$(basename "$corpus").json
if [ -n "$gold" ] && [ -f "$gold" ]; then
  step "score against $gold (informative: no minimum F1 yet)"
  "$py" "$shared/eval/score.py" --gold "$gold" --graphml g.graphml || fail "score.py could not score g.graphml"
fi

step "NetworkX reads g.graphml with the node and edge counts kgraph reports"
"$py" "$clients/check_graphml_nx.py" g.graphml >nx.json || fail "NetworkX cannot read g.graphml"
"$py" - nx.json stats.json <<'PY' || fail "NetworkX and kgraph stats disagree"
import json, sys
nx = json.load(open(sys.argv[1]))
st = json.load(open(sys.argv[2]))
print(f"networkx: {nx['nodes']} nodes, {nx['edges']} edges; kgraph stats: "
      f"{st['nodes']['total']} nodes, {st['edges']['total']} edges")
sys.exit(0 if (nx["nodes"], nx["edges"]) == (st["nodes"]["total"], st["edges"]["total"]) else 1)
PY

step "xmllint: g.graphml is well-formed XML"
xmllint --noout --nonet g.graphml || fail "xmllint rejects g.graphml"
if [ -n "$shared" ] && [ -f "$shared/clients/schemas/graphml.xsd" ]; then
  step "xmllint: g.graphml validates against the GraphML XSD"
  xmllint --noout --nonet --schema "$shared/clients/schemas/graphml.xsd" g.graphml ||
    fail "g.graphml does not validate against graphml.xsd"
fi

step "dot -Tsvg renders g.dot with nothing on stderr"
dot -Tsvg g.dot -o g.svg 2>dot.err || fail "dot exited $?: $(cat dot.err)"
[ ! -s dot.err ] || fail "dot wrote to stderr: $(cat dot.err)"

step "rdflib parses g.jsonld into a non-empty dataset"
"$py" "$clients/check_jsonld_rdflib.py" g.jsonld | tee rdflib.out || fail "rdflib cannot parse g.jsonld"
grep -Eq ': [1-9][0-9]* quads' rdflib.out || fail "rdflib read no quads from g.jsonld"
if [ -n "$shared" ] && [ -d "$shared/clients/node_modules/jsonld" ]; then
  step "jsonld.js (safe mode) converts g.jsonld to RDF"
  node "$shared/clients/check-jsonld.js" g.jsonld >g.nq || fail "jsonld.js rejects g.jsonld"
fi

step "round trip: export to the other readable format keeps every count"
"$kgraph" export g.graphml -o back.jsonld || fail "kgraph export g.graphml exited $?"
"$kgraph" export g.jsonld -o back.graphml || fail "kgraph export g.jsonld exited $?"
for f in g.jsonld back.jsonld back.graphml; do
  "$kgraph" stats --json "$f" >"stats-$f.json" || fail "kgraph stats $f exited $?"
  cmp -s stats.json "stats-$f.json" || fail "$f counts differ from g.graphml: $(diff stats.json "stats-$f.json")"
done
"$kgraph" stats g.graphml

echo "e2e: all checks passed for $corpus"
