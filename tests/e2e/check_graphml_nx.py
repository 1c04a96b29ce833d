"""Reads a GraphML file with NetworkX and prints its node and edge counts as JSON: the fallback
for ../shared/clients/check_graphml_nx.py when ../shared is absent.
usage: /usr/bin/python3 check_graphml_nx.py FILE"""
import json
import sys

import networkx as nx

path = sys.argv[1]
try:
    # kgraph keeps one edge per (head, relation, tail): parallel edges of different types exist.
    g = nx.read_graphml(path, force_multigraph=True)
except Exception as e:  # NetworkXError, ElementTree.ParseError, ...
    print(f"{path}: {type(e).__name__}: {e}", file=sys.stderr)
    sys.exit(1)
print(json.dumps({"file": path, "directed": g.is_directed(), "nodes": g.number_of_nodes(),
                  "edges": g.number_of_edges()}))
