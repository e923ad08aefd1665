"""GraphML for igraph, Cytoscape, yEd and Gephi Lite, written with lxml.

Typed ``<key>``s declared once from the export schema (GraphML has no list type: lists become
Gephi's ``["a", "b"]`` strings); every edge has a unique id (networkx's multigraph writer
reuses 0, 1, … per node pair, which graphology-graphml rejects); Gephi's importer picks up the
``label``, ``weight``, ``r``/``g``/``b``, ``size``, ``x``/``y`` keys as visual properties.

>>> from graph.export.views import View
>>> b"<graphml" in write_graphml(View("actors", [], []))
True
"""

from __future__ import annotations

from lxml import etree

from graph.export.views import EDGE_SCHEMA, NODE_SCHEMA, Attr, View, layout
from graph.export.xmltext import format_value, token, xml_safe

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
_N = f"{{{GRAPHML_NS}}}"
_TYPES = {"integer": "int", "long": "long", "double": "double", "float": "float", "boolean": "boolean"}

# (attr.name, type) of the visual keys Gephi reads, ahead of the schema's own columns
_NODE_VISUAL = (("label", "string"), ("r", "int"), ("g", "int"), ("b", "int"), ("size", "double"),
                ("x", "double"), ("y", "double"))
_EDGE_VISUAL = (("label", "string"), ("weight", "double"), ("kind", "string"),
                ("r", "int"), ("g", "int"), ("b", "int"))


def _keys(root: etree._Element, domain: str, visual: tuple[tuple[str, str], ...],
          schema: tuple[Attr, ...]) -> dict[str, str]:
    ids: dict[str, str] = {}
    for name, typ in visual + tuple((a.id, _TYPES.get(a.type, "string")) for a in schema):
        kid = f"{domain[0]}_{name}"
        ids[name] = kid
        key = etree.SubElement(root, _N + "key", {"id": kid, "for": domain, "attr.name": name,
                                                   "attr.type": typ})
        default = next((a.default for a in schema if a.id == name and a.default is not None), None)
        if default is not None:
            etree.SubElement(key, _N + "default").text = default
    return ids


def _data(el: etree._Element, kid: str, value: str) -> None:
    etree.SubElement(el, _N + "data", {"key": kid}).text = value


def write_graphml(view: View, *, positions: bool = True) -> bytes:
    """The view as GraphML bytes (directed, one graph, unique edge ids)."""
    root = etree.Element(_N + "graphml", nsmap={None: GRAPHML_NS})
    nkeys = _keys(root, "node", _NODE_VISUAL, NODE_SCHEMA)
    ekeys = _keys(root, "edge", _EDGE_VISUAL, EDGE_SCHEMA)
    graph = etree.SubElement(root, _N + "graph", {"id": xml_safe(view.name), "edgedefault": "directed"})
    pos = layout(view) if positions else {}
    for n in view.nodes:
        el = etree.SubElement(graph, _N + "node", {"id": xml_safe(n.id)})
        _data(el, nkeys["label"], token(n.label) or token(n.id))
        for ch, v in zip("rgb", n.colour, strict=True):
            _data(el, nkeys[ch], str(v))
        _data(el, nkeys["size"], repr(n.size))
        if n.id in pos:
            _data(el, nkeys["x"], repr(pos[n.id][0]))
            _data(el, nkeys["y"], repr(pos[n.id][1]))
        for a in NODE_SCHEMA:
            v = n.attrs.get(a.id)
            if v is not None and v != [] and v != "":
                _data(el, nkeys[a.id], format_value(a.type, v))
    for e in view.edges:
        el = etree.SubElement(graph, _N + "edge", {"id": xml_safe(e.id), "source": xml_safe(e.source),
                                                   "target": xml_safe(e.target)})
        _data(el, ekeys["label"], token(e.kind))
        _data(el, ekeys["weight"], repr(float(e.weight)))
        _data(el, ekeys["kind"], token(e.kind))
        for ch, v in zip("rgb", e.colour, strict=True):
            _data(el, ekeys[ch], str(v))
        for a in EDGE_SCHEMA:
            v = e.attrs.get(a.id)
            if v is not None and v != [] and v != "":
                _data(el, ekeys[a.id], format_value(a.type, v))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
