"""(Copied from ../shared/clients.) Check CSV files against the neo4j-admin database import header format (no Neo4j needed).
usage: /usr/bin/python3 check_neo4j_csv.py --nodes N.csv [--nodes ...] --relationships R.csv [...]
Checks: header field grammar and types, one :ID per node file, :START_ID/:END_ID/:TYPE in rel files,
unique IDs per ID space, every relationship end exists, typed values parse, row width = header width."""
import argparse, csv, datetime, re, sys
TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char", "string",
         "point", "date", "localtime", "time", "localdatetime", "datetime", "duration"}
FIELD = re.compile(r"^(?P<name>[^:]*)(?::(?P<kind>ID|LABEL|START_ID|END_ID|TYPE|IGNORE|[a-z]+(?:\[\])?))?(?:\((?P<space>[^)]*)\))?$")
def parse_value(t, v):
    if t in ("int", "long", "short", "byte"): int(v)
    elif t in ("float", "double"): float(v)
    elif t == "boolean":
        if v.lower() not in ("true", "false"): raise ValueError("not a boolean")
    elif t == "date": datetime.date.fromisoformat(v)
errors = []
def err(f, line, msg): errors.append(f"{f}:{line}: {msg}")
def read(f, required):
    with open(f, newline="", encoding="utf-8") as fh:  # raises on invalid UTF-8
        rows = list(csv.reader(fh, strict=True))
    if not rows: err(f, 1, "empty file"); return [], []
    hdr = []
    for i, h in enumerate(rows[0]):
        m = FIELD.match(h)
        kind = m and m.group("kind")
        if not m or (kind and kind not in ("ID", "LABEL", "START_ID", "END_ID", "TYPE", "IGNORE") and kind.rstrip("[]") not in TYPES):
            err(f, 1, f"bad header field {h!r}")
        hdr.append((m.group("name") if m else h, kind or "string", (m.group("space") if m else None) or ""))
    kinds = [k for _, k, _ in hdr]
    for r in required:
        if kinds.count(r) != 1: err(f, 1, f"header needs exactly one :{r}")
    return hdr, rows[1:]
ap = argparse.ArgumentParser(); ap.add_argument("--nodes", action="append", default=[]); ap.add_argument("--relationships", action="append", default=[]); ap.add_argument("--array-delimiter", default=";")
a = ap.parse_args()
ids = {}
def check_row(f, n, hdr, row):
    if len(row) != len(hdr): err(f, n, f"{len(row)} fields, header has {len(hdr)}"); return False
    for (name, kind, _), v in zip(hdr, row):
        base = kind.rstrip("[]")
        if v == "" or base not in TYPES: continue
        for piece in (v.split(a.array_delimiter) if kind.endswith("[]") else [v]):
            try: parse_value(base, piece)
            except ValueError as e: err(f, n, f"{name}:{kind} value {piece!r}: {e}")
    return True
for f in a.nodes:
    hdr, rows = read(f, ["ID"])
    for n, row in enumerate(rows, 2):
        if not check_row(f, n, hdr, row): continue
        for (name, kind, space), v in zip(hdr, row):
            if kind == "ID":
                if v in ids.setdefault(space, set()): err(f, n, f"duplicate ID {v!r} in space {space!r}")
                ids[space].add(v)
for f in a.relationships:
    hdr, rows = read(f, ["START_ID", "END_ID", "TYPE"])
    for n, row in enumerate(rows, 2):
        if not check_row(f, n, hdr, row): continue
        for (name, kind, space), v in zip(hdr, row):
            if kind in ("START_ID", "END_ID") and v not in ids.get(space, set()): err(f, n, f"{kind} {v!r} not found in ID space {space!r}")
            if kind == "TYPE" and not v: err(f, n, "empty :TYPE")
print("\n".join(errors) if errors else f"ok: {sum(len(s) for s in ids.values())} node ids")
sys.exit(1 if errors else 0)
