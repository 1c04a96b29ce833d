"""Parses a JSON-LD file with rdflib, offline, and prints its quad count: the fallback for
../shared/clients/check_jsonld_rdflib.py when ../shared is absent. A remote @context is an error
here (kgraph inlines its context so that files open offline).
usage: /usr/bin/python3 check_jsonld_rdflib.py FILE"""
import json
import os
import sys

import rdflib


def has_remote_context(ctx):
    if isinstance(ctx, str):
        return True
    if isinstance(ctx, list):
        return any(has_remote_context(c) for c in ctx)
    return False


path = sys.argv[1]
try:
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    if has_remote_context(doc.get("@context")):
        sys.exit(f"{path}: remote @context cannot be fetched offline")
    ds = rdflib.ConjunctiveGraph()
    ds.parse(data=json.dumps(doc), format="json-ld", publicID="file://" + os.path.abspath(path))
except Exception as e:
    print(f"{path}: {type(e).__name__}: {e}", file=sys.stderr)
    sys.exit(1)
print(f"{path}: rdflib {rdflib.__version__}: {len(ds)} quads")
