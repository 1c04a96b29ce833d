#!/usr/bin/env bash
# kill -9 in the middle of a large export: the previous output must be intact, byte for byte, and
# the only trace of the killed run a hidden temporary sibling (never the output's own name), which
# the next export to the same file removes.
# usage: kill_during_export.sh KGRAPH SCRATCH_DIR
set -euo pipefail
kgraph=${1:?usage: kill_during_export.sh KGRAPH SCRATCH_DIR}
dir=${2:?usage: kill_during_export.sh KGRAPH SCRATCH_DIR}
rm -rf "$dir"
mkdir -p "$dir"
cd "$dir"

# A synthetic graph big enough that writing it takes a while: persons holding offices of
# countries, each node and edge with a long label and an evidence-free body.
python3 - <<'PY'
n = 20000
with open("big.graphml", "w", encoding="utf-8") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
            '<key id="label" for="node" attr.name="label" attr.type="string"/>\n'
            '<key id="type" for="node" attr.name="type" attr.type="string"/>\n'
            '<key id="aliases" for="node" attr.name="aliases" attr.type="string"/>\n'
            '<key id="etype" for="edge" attr.name="type" attr.type="string"/>\n'
            '<graph edgedefault="directed">\n')
    alias = "[" + ",".join('"Alias number %d of someone"' % k for k in range(8)) + "]"
    for i in range(n):
        f.write(f'<node id="person:p{i}"><data key="label">Person {i}</data>'
                f'<data key="type">Person</data><data key="aliases">{alias}</data></node>\n'
                f'<node id="office:o{i}"><data key="label">Office {i}</data>'
                f'<data key="type">Office</data></node>\n')
    f.write('<node id="country:c"><data key="label">Country</data>'
            '<data key="type">Country</data></node>\n')
    for i in range(n):
        f.write(f'<edge source="person:p{i}" target="office:o{i}">'
                f'<data key="etype">holds-office</data></edge>\n'
                f'<edge source="office:o{i}" target="country:c">'
                f'<data key="etype">office-of</data></edge>\n')
    f.write("</graph>\n</graphml>\n")
with open("small.graphml", "w", encoding="utf-8") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
            '<key id="label" for="node" attr.name="label" attr.type="string"/>\n'
            '<key id="type" for="node" attr.name="type" attr.type="string"/>\n'
            '<graph edgedefault="directed">\n'
            '<node id="country:c"><data key="label">Country</data>'
            '<data key="type">Country</data></node>\n'
            '</graph>\n</graphml>\n')
PY

for out in out.jsonld out.graphml; do
  printf 'the previous %s, which a killed run must not touch\n' "$out" >"$out"
  cp "$out" "$out.before"
  "$kgraph" export big.graphml -o "$out" >/dev/null 2>&1 &
  pid=$!
  # Wait until the temporary file exists and has data: the export is then mid-write.
  seen=""
  for _ in $(seq 1 3000); do
    tmp=$(find . -maxdepth 1 -name ".$out.tmp-*" -size +0 | head -1)
    if [ -n "$tmp" ]; then seen=$tmp; break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.01
  done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -z "$seen" ]; then
    echo "FAIL: $out: the export ended before a temporary file with data was seen" >&2
    exit 1
  fi
  if ! cmp -s "$out" "$out.before"; then
    echo "FAIL: $out: the previous file was changed by the killed export" >&2
    exit 1
  fi
  visible=$(find . -maxdepth 1 -name "$out*" ! -name "$out.before" ! -name "$out" | wc -l)
  if [ "$visible" -ne 0 ]; then
    echo "FAIL: $out: a partial file is visible next to the output" >&2
    exit 1
  fi
  size=$(stat -c %s "$seen")
  # Any export to the file removes the stale temporary before it writes, so a small graph shows
  # it; the big one again took 20 s of the sanitizer pass.
  "$kgraph" export small.graphml -o "$out" >/dev/null 2>&1
  if [ -e "$seen" ]; then
    echo "FAIL: $out: the next export left the killed run's temporary file $seen" >&2
    exit 1
  fi
  echo "ok: $out intact after kill -9 mid-write (hidden $seen, $size bytes, removed by the next export)"
done
