"""A lint for GEXF 1.3: what the RELAX NG grammar cannot see, but Gephi and Gephi Lite trip on.

Checks: one ``<attributes>`` block per class (graphology-gexf keeps only the last); attribute
ids and titles unique, titles not reserved, types known, defaults and values parse for their
type (booleans lowercase, integers, doubles, lists in ``[..]`` syntax, ISO dates); every
``attvalue@for`` declared; unique node ids and edge ids, every edge with an id and a ``kind``;
no two edges with the same (source, target, kind) (Gephi merges them); edges point at existing
nodes; ``count`` attributes right; spells: ISO dates under ``timeformat="date"``, start ≤ end,
no overlap within an element, edge spells inside the spells of both endpoints, no mixing of
``start``/``end`` attributes with ``<spells>``; viz colours 0–255.

>>> lint_gexf(b"<gexf/>")[0].code
'G001'
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass

from lxml import etree

from graph.export.views import RESERVED

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
_G = f"{{{GEXF_NS}}}"
_V = f"{{{VIZ_NS}}}"
_TYPES = {"integer", "long", "double", "float", "boolean", "bigdecimal", "biginteger", "byte", "char",
          "short", "string", "anyURI", "liststring", "listboolean", "listinteger", "listlong", "listfloat",
          "listdouble", "listbyte", "listshort", "listbigdecimal", "listbiginteger", "listchar"}
_INT = re.compile(r"^[+-]?\d+$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class LintIssue:
    level: str  # "error" or "warning"
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.level} {self.code}: {self.message}"


def _value_ok(typ: str, value: str) -> bool:
    if typ.startswith("list"):
        v = value.strip()
        return v.startswith("[") and v.endswith("]")
    if typ == "boolean":
        return value in ("true", "false")
    if typ in ("integer", "long", "byte", "short", "biginteger"):
        return bool(_INT.match(value))
    if typ in ("double", "float", "bigdecimal"):
        try:
            return not math.isnan(float(value)) or value.lower() == "nan"
        except ValueError:
            return False
    if typ == "anyURI":
        return not any(c.isspace() for c in value)
    if typ == "char":
        return len(value) == 1
    return True


def _time(value: str, timeformat: str) -> dt.date | dt.datetime | float | None:
    try:
        if timeformat == "date":
            return dt.date.fromisoformat(value) if _DATE.match(value) else None
        if timeformat == "dateTime":
            return dt.datetime.fromisoformat(value)
        return float(value)
    except ValueError:
        return None


def lint_gexf(data: bytes | etree._Element) -> list[LintIssue]:
    """Problems found in a GEXF 1.3 document; an empty list means clean."""
    out: list[LintIssue] = []

    def err(code: str, msg: str) -> None:
        out.append(LintIssue("error", code, msg))

    def warn(code: str, msg: str) -> None:
        out.append(LintIssue("warning", code, msg))

    if isinstance(data, bytes | bytearray):
        try:
            root = etree.fromstring(bytes(data), etree.XMLParser(resolve_entities=False, no_network=True))
        except etree.XMLSyntaxError as exc:
            return [LintIssue("error", "G000", f"not well-formed XML: {exc}")]
    else:
        root = data
    if root.tag != _G + "gexf" or root.get("version") != "1.3":
        return [LintIssue("error", "G001", f"not a GEXF 1.3 document (root {root.tag!r})")]
    graph = root.find(_G + "graph")
    if graph is None:
        return [LintIssue("error", "G002", "no <graph> element")]
    timeformat = graph.get("timeformat", "double")

    # attributes: exactly one static block per class, sane declarations
    declared: dict[str, dict[str, str]] = {"node": {}, "edge": {}}
    blocks = Counter(b.get("class") for b in graph.findall(_G + "attributes"))
    for cls, n in blocks.items():
        if n > 1:
            err("G010", f"{n} <attributes> blocks for class {cls!r}; graphology-gexf keeps only the last")
    for block in graph.findall(_G + "attributes"):
        cls = block.get("class", "")
        if block.get("mode", "static") != "static":
            warn("G011", f"dynamic <attributes> for {cls!r}: Gephi Lite keeps only the last value")
        titles: set[str] = set()
        for a in block.findall(_G + "attribute"):
            aid, title, typ = a.get("id", ""), a.get("title", ""), a.get("type", "")
            if aid in declared.get(cls, {}):
                err("G012", f"duplicate {cls} attribute id {aid!r}")
            if title in titles:
                err("G013", f"duplicate {cls} attribute title {title!r}")
            titles.add(title)
            if title.lower() in RESERVED or aid.lower() in RESERVED:
                err("G014", f"{cls} attribute {aid!r} uses a reserved name (tools take it over)")
            if typ not in _TYPES:
                err("G015", f"{cls} attribute {aid!r} has unknown type {typ!r}")
            default = a.find(_G + "default")
            if default is not None and not _value_ok(typ, default.text or ""):
                err("G016", f"default {default.text!r} of {cls} attribute {aid!r} is not a {typ}")
            declared.setdefault(cls, {})[aid] = typ

    def check_attvalues(el: etree._Element, cls: str, what: str) -> None:
        seen: set[str] = set()
        for av in el.iterfind(f"{_G}attvalues/{_G}attvalue"):
            key, value = av.get("for", ""), av.get("value", "")
            if key not in declared[cls]:
                err("G020", f"{what}: attvalue for undeclared {cls} attribute {key!r}")
                continue
            if key in seen and av.get("start") is None and av.get("end") is None:
                err("G021", f"{what}: two values for attribute {key!r}")
            seen.add(key)
            if not _value_ok(declared[cls][key], value):
                err("G022", f"{what}: value {value!r} of {key!r} is not a {declared[cls][key]}")

    def spells_of(el: etree._Element, what: str) -> list[tuple[object, object]]:
        box = el.find(_G + "spells")
        if box is not None and (el.get("start") or el.get("end")):
            err("G030", f"{what}: both start/end attributes and <spells> (Gephi rejects mixed time)")
        items = list(box) if box is not None else ([el] if el.get("start") or el.get("end") else [])
        spells = []
        for sp in items:
            raw_s, raw_e = sp.get("start"), sp.get("end")
            s = _time(raw_s, timeformat) if raw_s else None
            e = _time(raw_e, timeformat) if raw_e else None
            if (raw_s and s is None) or (raw_e and e is None):
                err("G031", f"{what}: spell {raw_s!r}..{raw_e!r} is not in timeformat {timeformat!r}")
                continue
            if s is not None and e is not None and s > e:  # type: ignore[operator]
                err("G032", f"{what}: spell starts {raw_s} after it ends {raw_e}")
            spells.append((s, e))
        ordered = sorted(spells, key=lambda sp: (sp[0] is not None, sp[0] if sp[0] is not None else 0))
        for (_s1, e1), (s2, _e2) in zip(ordered, ordered[1:], strict=False):
            if e1 is None or (s2 is not None and s2 <= e1):  # type: ignore[operator]
                err("G033", f"{what}: overlapping spells")
                break
        if spells and "timeformat" not in graph.attrib:
            warn("G034", f"{what}: spells without a graph timeformat (readers assume double)")
        return spells

    def colour_ok(el: etree._Element, what: str) -> None:
        c = el.find(_V + "color")
        if c is not None and c.get("hex") is None:
            for ch in "rgb":
                v = c.get(ch, "")
                if not v.isdigit() or not 0 <= int(v) <= 255:
                    err("G040", f"{what}: viz colour channel {ch}={v!r} not in 0..255")

    nodes_el = graph.find(_G + "nodes")
    node_spells: dict[str, list[tuple[object, object]]] = {}
    node_list = list(nodes_el.findall(_G + "node")) if nodes_el is not None else []
    if nodes_el is not None and nodes_el.get("count") not in (None, str(len(node_list))):
        err("G050", f"<nodes count={nodes_el.get('count')}> but {len(node_list)} nodes")
    for n in node_list:
        nid = n.get("id", "")
        what = f"node {nid!r}"
        if nid in node_spells:
            err("G051", f"duplicate node id {nid!r}")
        label = n.get("label")
        if label is not None and label != " ".join(label.split()):
            warn("G052", f"{what}: label has untrimmed or repeated whitespace (xsd:token)")
        check_attvalues(n, "node", what)
        node_spells[nid] = spells_of(n, what)
        colour_ok(n, what)

    edges_el = graph.find(_G + "edges")
    edge_list = list(edges_el.findall(_G + "edge")) if edges_el is not None else []
    if edges_el is not None and edges_el.get("count") not in (None, str(len(edge_list))):
        err("G050", f"<edges count={edges_el.get('count')}> but {len(edge_list)} edges")
    edge_ids: set[str] = set()
    keys: set[tuple[str, str, str]] = set()
    for e in edge_list:
        eid, s, t, kind = e.get("id"), e.get("source", ""), e.get("target", ""), e.get("kind")
        what = f"edge {eid!r}"
        if eid is None:
            err("G060", f"edge {s}->{t} has no id")
        elif eid in edge_ids:
            err("G061", f"duplicate edge id {eid!r}")
        edge_ids.add(eid or "")
        for end in (s, t):
            if end not in node_spells:
                err("G062", f"{what}: dangling end {end!r} (no such node)")
        if kind is None:
            err("G063", f"{what}: no kind (Gephi merges parallel edges of different relations)")
        elif (s, t, kind) in keys:
            err("G064", f"{what}: another edge has the same source, target and kind; Gephi merges them")
        keys.add((s, t, kind or ""))
        if e.get("weight") is not None and not _value_ok("double", e.get("weight", "")):
            err("G065", f"{what}: weight {e.get('weight')!r} is not a number")
        check_attvalues(e, "edge", what)
        spells = spells_of(e, what)
        colour_ok(e, what)
        for end in (s, t):
            within = node_spells.get(end)
            if not spells or not within:
                continue
            for sp in spells:
                if not any(_inside(sp, w) for w in within):
                    err("G035", f"{what}: spell {sp} outside the spells of node {end!r}")
                    break
    return out


def _inside(inner: tuple[object, object], outer: tuple[object, object]) -> bool:
    (s1, e1), (s2, e2) = inner, outer
    if s2 is not None and (s1 is None or s1 < s2):  # type: ignore[operator]
        return False
    if e2 is not None and (e1 is None or e1 > e2):  # type: ignore[operator]
        return False
    return True


def errors(issues: list[LintIssue]) -> list[LintIssue]:
    return [i for i in issues if i.level == "error"]
