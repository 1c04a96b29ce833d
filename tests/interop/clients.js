// The JavaScript clients the interop tests open kgraph's files with, as Gephi Lite and linked-data
// tools do: graphology-graphml and graphology-gexf in strict mode, jsonld.js in safe mode fully
// offline, Oxigraph (SPARQL). Each command prints one summary line, or one error line and exits 1.
// usage: node clients.js graphml|gexf FILE NODES EDGES
//        node clients.js jsonld FILE.jsonld OUT.nq          (prints the quad count)
//        node clients.js sparql FILE.nq|FILE.nt QUERY       (prints one JSON object per row)
const fs = require('fs');
const path = require('path');

function fail(msg) {
  console.error(`interop: ${msg}`);
  process.exit(1);
}

function expectCounts(g, file, nodes, edges) {
  if (g.order !== +nodes || g.size !== +edges)
    fail(`${file}: ${g.order} nodes and ${g.size} edges, kgraph stats says ${nodes} and ${edges}`);
}

function graphml(file, nodes, edges) {
  const Graph = require('graphology');
  const { parse } = require('graphology-graphml');
  const g = parse(Graph, fs.readFileSync(file, 'utf8'), { addMissingNodes: false });
  expectCounts(g, file, nodes, edges);
  g.forEachNode((k, a) => {
    if (typeof a.label !== 'string' || !a.label) fail(`${file}: node ${k} has no label`);
    // graphology-graphml turns the r, g, b keys into one colour, as Gephi does.
    if (!/^#[0-9a-f]{6}$/.test(a.color)) fail(`${file}: node ${k}: no r, g, b colour (${a.color})`);
    if (!Number.isInteger(a.mentions)) fail(`${file}: node ${k}: mentions is not an integer`);
  });
  g.forEachEdge((k, a) => {
    if (typeof a.weight !== 'number' || typeof a.confidence !== 'number' || typeof a.inferred !== 'boolean')
      fail(`${file}: edge ${k}: weight, confidence or inferred has the wrong type`);
  });
  console.log(`graphology-graphml (strict): ${g.order} nodes, ${g.size} edges, multi=${g.multi}`);
}

function gexf(file, nodes, edges) {
  const Graph = require('graphology');
  const { parse } = require('graphology-gexf');
  const g = parse(Graph, fs.readFileSync(file, 'utf8'));  // library defaults = strict
  expectCounts(g, file, nodes, edges);
  g.forEachNode((k, a) => {
    if (!a.label || !a.color || !(a.size > 0) || !Number.isInteger(a.mentions))
      fail(`${file}: node ${k} lacks a label, viz colour, viz size or mentions`);
  });
  g.forEachEdge((k, a) => {
    if (!a.kind || a.kind !== a.relation || typeof a.inferred !== 'boolean' || !(a.weight >= 1))
      fail(`${file}: edge ${k} lacks kind = relation, inferred or weight`);
  });
  console.log(`graphology-gexf (strict): ${g.order} nodes, ${g.size} edges, multi=${g.multi}`);
}

async function jsonld(file, out) {
  const jsonld = require('jsonld');
  const N3 = require('n3');
  // Safe mode, and no document may be fetched: the file must carry its own context.
  const documentLoader = async (url) => { throw new Error(`offline: refused to fetch ${url}`); };
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  const opts = { documentLoader, safe: true, base: 'file://' + path.resolve(file) };
  const nquads = await jsonld.toRDF(doc, { ...opts, format: 'application/n-quads' });
  const quads = new N3.Parser({ format: 'N-Quads' }).parse(nquads);  // proves it is N-Quads
  fs.writeFileSync(out, nquads);
  console.log(`${quads.length}`);
}

function sparql(file, query) {
  const oxigraph = require('oxigraph');
  const store = new oxigraph.Store();
  const format = file.endsWith('.nq') ? 'application/n-quads' : 'application/n-triples';
  store.load(fs.readFileSync(file, 'utf8'), { format });
  for (const b of store.query(query, { use_default_graph_as_union: true }))
    console.log(JSON.stringify(Object.fromEntries([...b].map(([k, v]) => [k, v.value]))));
}

(async () => {
  const [cmd, ...args] = process.argv.slice(2);
  try {
    if (cmd === 'graphml') graphml(...args);
    else if (cmd === 'gexf') gexf(...args);
    else if (cmd === 'jsonld') await jsonld(...args);
    else if (cmd === 'sparql') sparql(...args);
    else fail(`unknown command ${cmd}`);
  } catch (e) {
    fail(`${args[0]}: ${e.name || 'Error'}: ${e.message || e}`);
  }
})();
