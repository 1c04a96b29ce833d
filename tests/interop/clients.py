"""The Python clients the interop tests open kgraph's files with: NetworkX (read_graphml, every
attribute with its declared type) and rdflib (JSON-LD to a quad count). Debian's python3-networkx
and python3-rdflib. Prints one summary line, or one error line and exits 1.
usage: /usr/bin/python3 clients.py graphml FILE NODES EDGES
       /usr/bin/python3 clients.py rdflib FILE.jsonld        (prints the quad count)"""
import json
import os
import sys


def fail(msg):
    print(f"interop: {msg}", file=sys.stderr)
    sys.exit(1)


def graphml(path, nodes, edges):
    import networkx as nx
    g = nx.read_graphml(path, force_multigraph=True)
    if (g.number_of_nodes(), g.number_of_edges()) != (int(nodes), int(edges)):
        fail(f"{path}: {g.number_of_nodes()} nodes and {g.number_of_edges()} edges, "
             f"kgraph stats says {nodes} and {edges}")
    node_types = {"label": str, "type": str, "aliases": str, "mentions": int,
                  "r": int, "g": int, "b": int}
    edge_types = {"type": str, "label": str, "confidence": float, "weight": float,
                  "inferred": bool, "mentions": int}
    for n, d in g.nodes(data=True):
        for k, t in node_types.items():
            if not isinstance(d.get(k), t):
                fail(f"{path}: node {n}: {k} = {d.get(k)!r} is not {t.__name__}")
        json.loads(d["aliases"])
        if "evidence" in d and len(json.loads(d["evidence"])) != d["mentions"]:
            fail(f"{path}: node {n}: evidence and mentions disagree")
    for u, v, k, d in g.edges(keys=True, data=True):
        for a, t in edge_types.items():
            if not isinstance(d.get(a), t):
                fail(f"{path}: edge {u} -> {v}: {a} = {d.get(a)!r} is not {t.__name__}")
    print(f"networkx {nx.__version__}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges, "
          f"every attribute typed")


def rdflib_quads(path):
    import rdflib
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    if not isinstance(doc.get("@context"), dict):
        fail(f"{path}: the @context is not inline, so it cannot be read offline")
    ds = rdflib.Dataset()
    ds.parse(data=json.dumps(doc), format="json-ld", publicID="file://" + os.path.abspath(path))
    # Every quad of every graph: len(ds) would count the default graph only.
    print(len(list(ds.quads((None, None, None, None)))))


try:
    cmd, *args = sys.argv[1:]
    {"graphml": graphml, "rdflib": rdflib_quads}[cmd](*args)
except SystemExit:
    raise
except Exception as e:  # the reader's own error, as one line
    fail(f"{sys.argv[2] if len(sys.argv) > 2 else ''}: {type(e).__name__}: {e}")
