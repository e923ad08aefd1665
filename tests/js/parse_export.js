// Parse a GEXF or GraphML file the way Gephi Lite does (graphology-gexf / graphology-graphml)
// and print a JSON summary for the Python tests. Usage: node parse_export.js FILE gexf|graphml
'use strict';
const fs = require('fs');
const Graph = require('graphology');

const [file, format] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');
const parser = format === 'graphml' ? require('graphology-graphml') : require('graphology-gexf');
// Strict options: undeclared attributes and edges to missing nodes are errors.
const graph = parser.parse(Graph, text, {addMissingNodes: false, allowUndeclaredAttributes: false});
const nodes = {};
graph.forEachNode((key, attrs) => { nodes[key] = attrs; });
const edges = [];
graph.forEachEdge((key, attrs, source, target) => { edges.push({key, source, target, attrs}); });
process.stdout.write(JSON.stringify({
  order: graph.order, size: graph.size, multi: graph.multi, type: graph.type,
  attributes: graph.getAttributes(), nodes, edges,
}));
