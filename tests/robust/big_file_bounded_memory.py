#!/usr/bin/env python3
"""A 1 GiB article file is streamed in parts: built, with the article at each end found, and a
peak RSS far below the file's size (the file is never held whole).

usage: big_file_bounded_memory.py KGRAPH SCRATCH_DIR

The file is the well-formed article, 1 GiB of blank lines, and the article again; writing it
takes about a second and 1 GiB of disk, removed afterwards.
"""
import os
import resource
import shutil
import subprocess
import sys

kgraph, scratch = sys.argv[1], sys.argv[2]
shutil.rmtree(scratch, ignore_errors=True)
os.makedirs(scratch)
ARTICLE = (
    "Defence ministers meet for annual talks\n\n"
    "Lloyd Austin, the U.S. Secretary of Defense, met Richard Marles, the Deputy Prime Minister "
    "of Australia, in Canberra on Monday.\n\n"
)
SIZE = 1 << 30
path = os.path.join(scratch, "dump.txt")
blank = b"\n" * (8 << 20)
with open(path, "wb") as f:
    f.write(ARTICLE.encode())
    written = len(ARTICLE)
    while written < SIZE - len(ARTICLE):
        chunk = blank[: min(len(blank), SIZE - len(ARTICLE) - written)]
        f.write(chunk)
        written += len(chunk)
    f.write(ARTICLE.encode())

out = os.path.join(scratch, "g.graphml")
run = subprocess.run([kgraph, "build", path, "-o", out], capture_output=True, text=True)
peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
os.remove(path)
print(run.stdout, run.stderr, f"peak RSS {peak_mib:.0f} MiB", sep="\n")
failures = []
if run.returncode != 0:
    failures.append(f"exit {run.returncode}, expected 0")
if run.stderr:
    failures.append("warnings on stderr: blank parts of a dump are not problems")
if "articles: 2 read" not in run.stdout:
    failures.append("expected the two articles (first and last part) to be read")
# Whole, the file would need 1024 MiB; the parts need a few times 8 MiB per thread.
if peak_mib >= 512:
    failures.append(f"peak RSS {peak_mib:.0f} MiB: the file was not streamed")
with open(out, encoding="utf-8") as f:
    graph = f.read()
for part in ("dump.txt#part=1/128", "dump.txt#part=128/128", "Richard Marles"):
    if part not in graph:
        failures.append(f"{part!r} is not in the graph")
for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
