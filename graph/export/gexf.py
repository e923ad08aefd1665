"""GEXF 1.3 for Gephi, written with lxml (networkx's writer fails the schemas; see issue 5).

Conventions: one static ``<attributes>`` block per class declared from the fixed export schema;
``viz:color`` by node category, ``viz:size`` by mentions, ``viz:position`` from a seeded layout;
every edge has a stable id and ``kind`` = relation (repeated as the ``relation`` attribute,
because networkx.read_gexf drops ``kind``); time as ``<spells>`` of ISO dates with
``timeformat="date"``; missing values are omitted, never written as ``None``.

>>> from graph.export.views import View
>>> data = write_gexf(View("actors", [], []), modified=dt.date(2025, 1, 2))
>>> data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
True
"""

from __future__ import annotations

import datetime as dt

from lxml import etree

from graph.export.views import EDGE_SCHEMA, NODE_SCHEMA, Attr, Spell, View, layout
from graph.export.xmltext import format_value, token, xml_safe

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
CREATOR = "Parley 0.1.0 (https://w3id.org/parley/)"
_G = f"{{{GEXF_NS}}}"
_V = f"{{{VIZ_NS}}}"


def _attributes(parent: etree._Element, cls: str, schema: tuple[Attr, ...]) -> None:
    block = etree.SubElement(parent, _G + "attributes", {"class": cls, "mode": "static"})
    for a in schema:
        el = etree.SubElement(block, _G + "attribute", {"id": a.id, "title": a.id, "type": a.type})
        if a.default is not None:
            etree.SubElement(el, _G + "default").text = a.default


def _attvalues(parent: etree._Element, schema: tuple[Attr, ...], values: dict[str, object]) -> None:
    rows = [(a, values.get(a.id)) for a in schema]
    rows = [(a, v) for a, v in rows if v is not None and v != [] and v != ""]
    if not rows:
        return
    box = etree.SubElement(parent, _G + "attvalues")
    for a, v in rows:
        etree.SubElement(box, _G + "attvalue", {"for": a.id, "value": format_value(a.type, v)})


def _spells(parent: etree._Element, spells: list[Spell]) -> None:
    if not spells:
        return
    box = etree.SubElement(parent, _G + "spells")
    for start, end in spells:
        attrs = {"start": start.isoformat()}
        if end is not None:
            attrs["end"] = end.isoformat()
        etree.SubElement(box, _G + "spell", attrs)


def _colour(parent: etree._Element, rgb: tuple[int, int, int]) -> None:
    r, g, b = rgb
    etree.SubElement(parent, _V + "color", {"r": str(r), "g": str(g), "b": str(b)})


def build_gexf(view: View, *, modified: dt.date | None = None, positions: bool = True) -> etree._Element:
    """The GEXF document of a view as an lxml tree (tests poke at it; writers serialise it)."""
    root = etree.Element(_G + "gexf", {"version": "1.3"}, nsmap={None: GEXF_NS, "viz": VIZ_NS})
    meta = etree.SubElement(root, _G + "meta",
                            {"lastmodifieddate": (modified or dt.date.today()).isoformat()})
    etree.SubElement(meta, _G + "creator").text = CREATOR
    etree.SubElement(meta, _G + "description").text = f"Parley {view.name} view"
    graph_attrs = {"defaultedgetype": "directed", "mode": "dynamic" if view.dynamic else "static"}
    if view.dynamic:
        graph_attrs.update(timeformat="date", timerepresentation="interval")
    graph = etree.SubElement(root, _G + "graph", graph_attrs)
    _attributes(graph, "node", NODE_SCHEMA)
    _attributes(graph, "edge", EDGE_SCHEMA)
    pos = layout(view) if positions else {}

    nodes = etree.SubElement(graph, _G + "nodes", {"count": str(len(view.nodes))})
    for n in view.nodes:
        el = etree.SubElement(nodes, _G + "node", {"id": xml_safe(n.id), "label": token(n.label) or token(n.id)})
        _attvalues(el, NODE_SCHEMA, n.attrs)
        _spells(el, [(n.start, None)] if n.start else [])
        _colour(el, n.colour)
        etree.SubElement(el, _V + "size", {"value": repr(n.size)})
        if n.id in pos:
            x, y = pos[n.id]
            etree.SubElement(el, _V + "position", {"x": repr(x), "y": repr(y), "z": "0.0"})

    edges = etree.SubElement(graph, _G + "edges", {"count": str(len(view.edges))})
    for e in view.edges:
        el = etree.SubElement(edges, _G + "edge", {
            "id": xml_safe(e.id), "source": xml_safe(e.source), "target": xml_safe(e.target),
            "kind": token(e.kind), "label": token(e.kind), "weight": repr(float(e.weight)),
        })
        _attvalues(el, EDGE_SCHEMA, e.attrs)
        _spells(el, e.spells)
        _colour(el, e.colour)
    return root


def write_gexf(view: View, *, modified: dt.date | None = None, positions: bool = True) -> bytes:
    """The view as GEXF 1.3 bytes (UTF-8, with XML declaration)."""
    return etree.tostring(build_gexf(view, modified=modified, positions=positions),
                          xml_declaration=True, encoding="UTF-8", pretty_print=True)
