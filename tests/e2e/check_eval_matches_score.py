#!/usr/bin/env python3
"""kgraph eval --json gives the same counts as the reference scorer (shared/eval/score.py).

usage: check_eval_matches_score.py KGRAPH CORPUS GOLD SCORE_PY WORKDIR
Exit 77 (skipped) when score.py is absent, as in a clone without ../shared.
"""
import json
import os
import subprocess
import sys

kgraph, corpus, gold, score_py, work = sys.argv[1:6]
if not os.path.exists(score_py):
    print(f"skipped: {score_py} not found (no ../shared next to the repository)")
    sys.exit(77)
os.makedirs(work, exist_ok=True)
graphml = os.path.join(work, "graph.graphml")
subprocess.run([kgraph, "build", corpus, "-o", graphml, "--quiet"], check=True, timeout=120)
ours = json.loads(subprocess.run([kgraph, "eval", "--json", "--gold", gold, graphml], check=True,
                                 capture_output=True, text=True, timeout=60).stdout)
ref = json.loads(subprocess.run([sys.executable, score_py, "--gold", gold, "--graphml", graphml,
                                 "--json"], check=True, capture_output=True, text=True,
                                timeout=60).stdout)
bad = []
for part in ("nodes", "edges"):
    for key in ("tp", "fp", "fn"):
        if ours[part][key] != ref[part][key]:
            bad.append(f"{part}.{key}: kgraph {ours[part][key]}, score.py {ref[part][key]}")
    for t, counts in ref[part]["by_type"].items():
        mine = ours[part]["by_type"].get(t, {"tp": 0, "fp": 0, "fn": 0})
        for key in ("tp", "fp", "fn"):
            if mine[key] != counts[key]:
                bad.append(f"{part}.{t}.{key}: kgraph {mine[key]}, score.py {counts[key]}")
if bad:
    print("kgraph eval disagrees with score.py:\n  " + "\n  ".join(bad))
    sys.exit(1)
print(f"kgraph eval = score.py: node F1 {ours['nodes']['f1']:.3f}, edge F1 {ours['edges']['f1']:.3f}")
