"""Checks `kgraph centrality --json` against NetworkX, measure by measure, to 1e-9.

Builds CORPUS into WORKDIR/g.graphml with kgraph, reads it back with NetworkX as a MultiDiGraph
(as docs/queries.md says kgraph's definitions assume), and compares every entity's value for
each measure, directed and --undirected, plus betweenness --raw.
usage: /usr/bin/python3 check_centrality_nx.py KGRAPH CORPUS WORKDIR
Exits 77 (CTest's skip code) when NetworkX is not installed or CORPUS is absent."""
import json
import math
import os
import subprocess
import sys

try:
    import networkx as nx
except ImportError:
    print("skipped: NetworkX is not installed (apt-get install python3-networkx)")
    sys.exit(77)

TOLERANCE = 1e-9
kgraph, corpus, work = sys.argv[1:4]
if not os.path.isdir(corpus):
    print(f"skipped: {corpus} is absent")
    sys.exit(77)
os.makedirs(work, exist_ok=True)
graphml = os.path.join(work, "g.graphml")
subprocess.run([kgraph, "build", "--quiet", corpus, "-o", graphml], check=True)

G = nx.read_graphml(graphml, force_multigraph=True)
assert G.is_directed() and G.is_multigraph(), "kgraph's GraphML should read as a MultiDiGraph"
U = G.to_undirected()
print(f"networkx {nx.__version__}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges")


def expected(measure, undirected, raw):
    # kgraph's GraphML has a `weight` edge key for Gephi (the evidence count); centrality is
    # unweighted, so NetworkX must not use it (weight=None where the default is "weight").
    g = U if undirected else G
    if measure == "degree":
        return nx.degree_centrality(g)
    if measure == "in-degree":
        return nx.in_degree_centrality(g)
    if measure == "out-degree":
        return nx.out_degree_centrality(g)
    if measure == "betweenness":
        return nx.betweenness_centrality(g, normalized=not raw)
    if measure == "closeness":
        return nx.closeness_centrality(g)
    if measure == "pagerank":
        try:
            import scipy  # noqa: F401  nx.pagerank needs NumPy and SciPy
            return nx.pagerank(g, weight=None)
        except ImportError:
            # NetworkX's pure-Python PageRank: the same iteration and stop rule.
            from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
            return _pagerank_python(g, weight=None)
    if measure == "eigenvector":
        # NetworkX has no multigraph version; kgraph counts parallel edges once here.
        return nx.eigenvector_centrality(nx.Graph(g) if undirected else nx.DiGraph(g))
    raise ValueError(measure)


def actual(measure, undirected, raw):
    args = [kgraph, "centrality", graphml, "-m", measure, "--top", "0", "--json"]
    if undirected:
        args.append("--undirected")
    if raw:
        args.append("--raw")
    run = subprocess.run(args, capture_output=True, text=True)
    if run.returncode != 0:
        return None, run.stderr.strip()
    answer = json.loads(run.stdout)
    assert answer["query"] == "centrality" and answer["measure"] == measure, answer
    assert answer["directed"] == (not undirected) and answer["normalized"] == (not raw), answer
    return {r["id"]: r["value"] for r in answer["results"]}, None


cases = [(m, u, False)
         for m in ["degree", "in-degree", "out-degree", "betweenness", "closeness", "pagerank",
                   "eigenvector"]
         for u in [False, True] if not (u and m in ("in-degree", "out-degree"))]
cases += [("betweenness", False, True), ("betweenness", True, True)]
failures = []
for measure, undirected, raw in cases:
    name = measure + (" --undirected" if undirected else "") + (" --raw" if raw else "")
    try:
        want = expected(measure, undirected, raw)
    except nx.PowerIterationFailedConvergence:
        want = None
    got, err = actual(measure, undirected, raw)
    if want is None or got is None:
        # Both must agree that the power iteration does not converge on this graph.
        if want is None and got is None:
            print(f"ok   {name}: neither converges ({err})")
        else:
            failures.append(f"{name}: networkx {'fails' if want is None else 'converges'}, "
                            f"kgraph {'fails: ' + err if got is None else 'converges'}")
        continue
    if set(got) != set(want):
        failures.append(f"{name}: kgraph lists {len(got)} entities, networkx {len(want)}")
        continue
    worst = max(want, key=lambda v: abs(got[v] - want[v]))
    diff = abs(got[worst] - want[worst])
    if not all(math.isfinite(x) for x in got.values()) or diff > TOLERANCE:
        failures.append(f"{name}: {worst} kgraph {got[worst]!r}, networkx {want[worst]!r}")
    else:
        print(f"ok   {name}: {len(got)} values, largest difference {diff:.2e}")

if failures:
    print("FAILED:\n  " + "\n  ".join(failures), file=sys.stderr)
    sys.exit(1)
