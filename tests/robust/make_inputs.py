#!/usr/bin/env python3
"""Writes the inputs of the bad-input matrix (tests/robust/ctest.cmake) under DIR.

usage: make_inputs.py DIR ONTOLOGY_DIR

Every input is generated here, so the matrix needs nothing outside the repository. Each name says
what is wrong with it; base.* and good.txt are the well-formed controls the bad ones derive from.
"""
import json
import os
import shutil
import sys

out, ontology = sys.argv[1], sys.argv[2]
shutil.rmtree(out, ignore_errors=True)
os.makedirs(os.path.join(out, "out"))  # where the matrix writes its graphs

GOOD = (
    "Defence ministers meet for annual talks\n\n"
    "Lloyd Austin, the U.S. Secretary of Defense, met Richard Marles, the Deputy Prime Minister "
    "of Australia, in Canberra on Monday to review the AUKUS submarine plan.\n"
)
DEEP = 200_000


def write(name, data, mode="wb"):
    path = os.path.join(out, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(path, mode) as f:
        f.write(data)
    return path


def sparse(name, size):
    with open(os.path.join(out, name), "wb") as f:
        f.truncate(size)  # no blocks written: instant, takes no disk space


# --- articles (kgraph build) -------------------------------------------------------------------
write("good.txt", GOOD)
os.makedirs(os.path.join(out, "corpus-empty"))
write("corpus-no-txt/notes.md", GOOD)
write("empty.txt", b"")
write("blank.txt", b" \n\t\r\n  \n")
write("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x08\x06")
bad_utf8 = GOOD.encode().replace(b"Canberra", b"Canb\xe9rra")
write("bad-utf8.txt", bad_utf8)  # Latin-1 e-acute: the offset is checked in the matrix
assert bad_utf8.index(b"\xe9") == 153
write("utf16le.txt", b"\xff\xfe" + GOOD.encode("utf-16-le"))
write("utf16be.txt", b"\xfe\xff" + GOOD.encode("utf-16-be"))
write("bom.txt", b"\xef\xbb\xbf" + GOOD.encode())
write("crlf.txt", GOOD.replace("\n", "\r\n"))
write("page.txt", "<!DOCTYPE html>\n<html><head><title>Talks</title></head>\n<body><p>"
      + GOOD + "</p></body></html>\n")
write("control.txt", GOOD.replace("met", "met\x07\x1b[1m"))
# One 256 KiB line: no newline for the sentence splitter to lean on.
sentence = "The ministers of Japan and Australia agreed to hold talks in Tokyo. "
write("long-line.txt", "Talks\n\n" + sentence * (256 * 1024 // len(sentence)))
sparse("huge.txt", 100 * 1024 * 1024)  # over the 64 MiB article limit
write("mixed/a-good.txt", GOOD)
write("mixed/b-bad-utf8.txt", bad_utf8)
write("mixed/c-utf16.txt", b"\xff\xfe" + GOOD.encode("utf-16-le"))
write("mixed/d-page.txt", "<html><body>not an article</body></html>\n")
write("mixed/e-empty.txt", b"")

# --- manifests -------------------------------------------------------------------------------------
def corpus_with_manifest(name, manifest):
    write(name + "/good.txt", GOOD)
    write(name + "/manifest.json", manifest)


corpus_with_manifest("manifest-types", json.dumps([
    {"file": "good.txt", "date": 20231202, "source": "s", "title": "t"}]))
corpus_with_manifest("manifest-missing-file", json.dumps([
    {"file": "good.txt", "date": "2023-12-02"}, {"file": "gone.txt", "date": "2023-12-03"}]))
corpus_with_manifest("manifest-not-array", json.dumps({"file": "good.txt"}))
corpus_with_manifest("manifest-broken", '[{"file": "good.txt", "date": ')
corpus_with_manifest("manifest-deep", "[" * DEEP + "]" * DEEP)
corpus_with_manifest("manifest-bad-date", json.dumps([{"file": "good.txt", "date": "2023-13-45"}]))

# --- graph files (export, stats, queries, eval) ---------------------------------------------------
KEYS = """<key id="label" for="node" attr.name="label" attr.type="string"/>
<key id="type" for="node" attr.name="type" attr.type="string"/>
<key id="etype" for="edge" attr.name="type" attr.type="string"/>
"""


def graphml(nodes, edges, keys=KEYS):
    body = "".join(
        f'<node id="{i}"><data key="label">{label}</data><data key="type">{t}</data></node>\n'
        for i, label, t in nodes)
    body += "".join(
        f'<edge source="{s}" target="{t}"><data key="etype">{r}</data></edge>\n'
        for s, r, t in edges)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' + keys +
            '<graph edgedefault="directed">\n' + body + "</graph>\n</graphml>\n")


NODES = [("person:lloyd-austin", "Lloyd Austin", "Person"),
         ("office:secretary-of-defense", "Secretary of Defense", "Office"),
         ("country:united-states", "United States", "Country")]
EDGES = [("person:lloyd-austin", "holds-office", "office:secretary-of-defense"),
         ("office:secretary-of-defense", "office-of", "country:united-states")]
base = graphml(NODES, EDGES)
write("base.graphml", base)
write("empty.graphml", b"")
write("binary.graphml", b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)))
write("truncated.graphml", base[: len(base) // 2])
write("dangling.graphml", graphml(NODES, EDGES + [("person:lloyd-austin", "holds-office",
                                                    "office:nowhere")]))
write("duplicate-id.graphml", graphml(NODES + [("person:lloyd-austin", "L. Austin", "Person")],
                                      EDGES))
write("unknown-type.graphml", graphml(NODES + [("thing:x", "X", "Spaceship")], EDGES))
write("unknown-relation.graphml", graphml(NODES, EDGES + [("person:lloyd-austin", "befriends",
                                                            "country:united-states")]))
write("domain-violation.graphml", graphml(NODES, EDGES + [("country:united-states",
                                                            "holds-office", "person:lloyd-austin")]))
write("control-chars.graphml", base.replace("Lloyd Austin", "Lloyd\x01Austin"))
write("undeclared-key.graphml", base.replace('key="label"', 'key="nolabel"', 1))
write("bad-utf8.graphml", base.encode().replace(b"Lloyd", b"Ll\xffoyd"))
write("utf16.graphml", b"\xff\xfe" + base.replace('encoding="UTF-8"', 'encoding="UTF-16"')
      .encode("utf-16-le"))
write("deep.graphml", base.replace("</graph>", "<x>" * DEEP + "</x>" * DEEP + "</graph>"))
write("not-graphml.graphml", '<?xml version="1.0"?>\n<svg><g/></svg>\n')
sparse("huge.graphml", (1 << 30) + 1)  # over the 1 GiB graph-file limit
GEXF_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
             '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">')
write("deep.gexf", GEXF_HEAD + "<x>" * DEEP + "</x>" * DEEP + "</graph></gexf>\n")
write("truncated.gexf", GEXF_HEAD + "<nodes><node id=")
write("utf16.gexf", b"\xfe\xff" + GEXF_HEAD.encode("utf-16-be"))

# JSON-LD: written by hand in the shape kgraph writes (export/jsonld.hpp).
def jsonld(items):
    return json.dumps({"@context": {"schema": "https://schema.org/"}, "@graph": items}, indent=1)


def entity(iri, kid, name, t):
    return {"@id": iri, "@type": t, "identifier": kid, "name": name}


ENTS = [entity("_:a", "person:lloyd-austin", "Lloyd Austin", "Person"),
        entity("_:o", "office:secretary-of-defense", "Secretary of Defense", "Office")]
STMT = {"@type": "Statement", "subject": "_:a", "predicate": "holdsOffice", "object": "_:o"}
write("base.jsonld", jsonld(ENTS + [STMT]))
write("empty.jsonld", b"")
write("truncated.jsonld", jsonld(ENTS + [STMT])[:80])
write("deep.jsonld", '{"@context": {}, "@graph": ' + "[" * DEEP + "]" * DEEP + "}")
write("deep-objects.jsonld", '{"@context": {}, "@graph": [' + '{"a":' * DEEP + "1" + "}" * DEEP
      + "]}")
write("bad-utf8.jsonld", jsonld(ENTS + [STMT]).encode().replace(b"Lloyd", b"Ll\xc3oyd"))
write("graph-not-array.jsonld", json.dumps({"@context": {}, "@graph": {"@id": "_:a"}}))
write("dangling.jsonld", jsonld(ENTS + [dict(STMT, object="_:nowhere")]))
write("duplicate-id.jsonld", jsonld(ENTS + [entity("_:a", "person:l-austin", "L. Austin",
                                                   "Person"), STMT]))
write("unknown-type.jsonld", jsonld(ENTS + [entity("_:x", "thing:x", "X", "Spaceship")]))
write("wrong-types.jsonld", jsonld([dict(ENTS[0], name=42), ENTS[1]]))

# Gold files for kgraph eval.
write("gold-broken.json", '{"nodes": [')
write("gold-deep.json", "[" * DEEP + "]" * DEEP)
write("gold-wrong-types.json", json.dumps({"nodes": "all of them", "edges": 3}))

# --- ontology folders that contradict themselves --------------------------------------------------
def ontology_variant(name, edit_types=None, edit_relations=None, raw_types=None):
    dst = os.path.join(out, name)
    shutil.copytree(ontology, dst)
    for fname, edit in (("types.json", edit_types), ("relations.json", edit_relations)):
        if edit is None:
            continue
        path = os.path.join(dst, fname)
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        edit(data)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=1)
    if raw_types is not None:
        with open(os.path.join(dst, "types.json"), "w", encoding="utf-8") as f:
            f.write(raw_types)


ontology_variant("onto-duplicate-type", edit_types=lambda d: d["types"].append(dict(d["types"][0])))
ontology_variant("onto-unknown-domain",
                 edit_relations=lambda d: d["relations"][0].update(domain=["Spaceship"]))
ontology_variant("onto-duplicate-relation",
                 edit_relations=lambda d: d["relations"].append(dict(d["relations"][0])))
ontology_variant("onto-deep", raw_types="[" * DEEP + "]" * DEEP)
ontology_variant("onto-broken", raw_types='{"types": [')
