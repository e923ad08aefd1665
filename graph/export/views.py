"""Three projections of the store for graph tools: ``actors``, ``stances`` and ``full``.

Read only by SPARQL over the stored triples (never from extractor objects). Each view is a list
of plain :class:`Node` and :class:`Edge` records with attributes from one fixed export schema
(:data:`NODE_SCHEMA`, :data:`EDGE_SCHEMA`), so every writer declares the same typed columns
whatever the data holds. Ids are derived from IRIs, so the same store gives the same ids.

Edges are unique per (source, target, kind): Gephi merges edges that share those three, so
when something recurs or a stance changes over time the edge carries several dated spells
(and a different stance is a different kind, hence a different edge).

>>> from graph.store import Store
>>> v = build_view(Store.open(None), "actors")
>>> (v.name, v.nodes, v.edges)
('actors', [], [])
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from graph.build import slug
from graph.errors import ParleyError
from graph.ns import ENTITIES_GRAPH, ID, ISSUE
from graph.store import Store

VIEWS: tuple[str, ...] = ("actors", "stances", "full")


@dataclass(frozen=True)
class Attr:
    """One declared column: id (also its title), GEXF type, optional default."""

    id: str
    type: str
    default: str | None = None


# The fixed export schema: never inferred from values, so types cannot drift between files.
NODE_SCHEMA: tuple[Attr, ...] = (
    Attr("node_type", "string"),
    Attr("actor_type", "string"),
    Attr("iri", "anyURI"),
    Attr("mentions", "integer", "0"),
    Attr("articles", "integer", "0"),
    Attr("aliases", "liststring"),
    Attr("roles", "liststring"),
    Attr("first_seen", "string"),
    Attr("last_seen", "string"),
    Attr("text", "string"),
    Attr("event_type", "string"),
    Attr("date", "string"),
    Attr("place_type", "string"),
)
EDGE_SCHEMA: tuple[Attr, ...] = (
    Attr("relation", "string"),
    Attr("evidence", "integer", "0"),
    Attr("articles", "integer", "0"),
    Attr("first_seen", "string"),
    Attr("last_seen", "string"),
    Attr("stance", "string"),
    Attr("stance_score", "double"),
    Attr("symmetric", "boolean", "false"),
    Attr("detail", "string"),
    Attr("condition", "string"),
    Attr("quote", "string"),
    Attr("assertions", "liststring"),
)
RESERVED = frozenset({"label", "weight", "type", "id", "kind", "start", "end", "spells", "viz", "pid"})

# Colours by node category (actor type, or node type for non-actors); stance edges by stance.
NODE_COLOURS: dict[str, tuple[int, int, int]] = {
    "Person": (31, 119, 180),
    "State": (214, 39, 40),
    "Organization": (44, 160, 44),
    "Group": (148, 103, 189),
    "actor": (127, 127, 127),
    "place": (140, 86, 75),
    "proposal": (255, 127, 14),
    "issue": (23, 190, 207),
    "topic": (188, 189, 34),
    "demand": (227, 119, 194),
    "event": (100, 100, 100),
    "position": (170, 170, 170),
    "claim": (210, 180, 60),
    "dispute": (160, 60, 60),
    "statement": (120, 150, 200),
}
STANCE_SCORE = {"support": 1.0, "oppose": -1.0, "mixed": 0.0, "conditional": 0.5}
STANCE_KIND = {"support": "supports", "oppose": "opposes", "mixed": "mixed_on", "conditional": "conditional_on"}
STANCE_COLOURS = {"supports": (44, 160, 44), "opposes": (214, 39, 40),
                  "mixed_on": (127, 127, 127), "conditional_on": (255, 187, 60)}
# PLOVER category → actor-to-actor relation; the symmetric ones are written once, source < target.
PLOVER_RELATION = {
    "AGREE": "agrees_with", "CONSULT": "meets_with", "SUPPORT": "endorses", "CONCEDE": "concedes_to",
    "COOPERATE": "cooperates_with", "AID": "aids", "RETREAT": "retreats_from", "REQUEST": "requests_of",
    "ACCUSE": "accuses", "REJECT": "rejects", "THREATEN": "threatens", "PROTEST": "protests_against",
    "SANCTION": "sanctions", "MOBILIZE": "mobilizes_against", "COERCE": "coerces", "ASSAULT": "assaults",
}
SYMMETRIC = frozenset({"meets_with", "agrees_with", "cooperates_with"})
MAX_LISTED = 20  # assertion IRIs listed on an edge
MAX_QUOTE = 300

_ACTOR_TYPES = {"Person", "State", "Organization", "Group"}
_ENTITY_TYPES = {"Place": "place", "Proposal": "proposal", "Issue": "issue"}
_ASSERTIONS = {"Event": "event", "Position": "position", "Demand": "demand", "Claim": "claim",
               "Dispute": "dispute", "Statement": "statement"}


@dataclass
class Node:
    id: str
    label: str
    node_type: str
    attrs: dict[str, Any] = field(default_factory=dict)
    mentions: int = 0
    start: dt.date | None = None  # open-ended spell from first sighting; None = no spell

    @property
    def category(self) -> str:
        """What the colour goes by: the actor type for actors, else the node type."""
        return str(self.attrs.get("actor_type") or self.node_type)

    @property
    def colour(self) -> tuple[int, int, int]:
        return NODE_COLOURS.get(self.category, NODE_COLOURS["actor"])

    @property
    def size(self) -> float:
        return round(5 + 3 * math.log1p(self.mentions), 3)


Spell = tuple[dt.date, dt.date | None]


@dataclass
class Edge:
    id: str
    source: str
    target: str
    kind: str
    weight: float = 1.0
    attrs: dict[str, Any] = field(default_factory=dict)
    spells: list[Spell] = field(default_factory=list)

    @property
    def colour(self) -> tuple[int, int, int]:
        return STANCE_COLOURS.get(self.kind, relation_colour(self.kind))


@dataclass
class View:
    name: str
    nodes: list[Node]
    edges: list[Edge]

    @property
    def dynamic(self) -> bool:
        return any(n.start for n in self.nodes) or any(e.spells for e in self.edges)


_PALETTE = [(31, 119, 180), (255, 127, 14), (148, 103, 189), (140, 86, 75), (227, 119, 194),
            (23, 190, 207), (188, 189, 34), (127, 127, 127), (174, 199, 232), (255, 152, 150),
            (197, 176, 213), (196, 156, 148), (247, 182, 210), (158, 218, 229), (219, 219, 141),
            (57, 59, 121), (99, 121, 57), (140, 109, 49), (132, 60, 57), (123, 65, 115)]
# Actor-view relations get distinct colours in a fixed order; others are hash-picked (still stable).
_KNOWN_RELATIONS = ["meets_with", "accuses", "threatens", "demands_of", "member_of", "related_to",
                    "disputes", "addresses", "agrees_with", "endorses", "rejects", "requests_of",
                    "cooperates_with", "sanctions", "protests_against", "coerces", "assaults", "aids",
                    "concedes_to", "retreats_from"]
RELATION_COLOURS = {k: _PALETTE[i % len(_PALETTE)] for i, k in enumerate(_KNOWN_RELATIONS)}


def relation_colour(kind: str) -> tuple[int, int, int]:
    """A fixed colour per relation name, so the same relation looks the same in every file."""
    if kind in RELATION_COLOURS:
        return RELATION_COLOURS[kind]
    return _PALETTE[int(hashlib.sha1(kind.encode("utf-8", "surrogatepass")).hexdigest(), 16) % len(_PALETTE)]


def node_id(iri: str) -> str:
    """A short stable id from an IRI: ``actor/vladimir-putin``, ``issue/ceasefire``."""
    if iri.startswith(str(ID)):
        return iri[len(str(ID)):]
    if iri.startswith(str(ISSUE)):
        return "issue/" + iri[len(str(ISSUE)):]
    return iri


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


# --------------------------------------------------------------------------------- reading
@dataclass
class _Assertion:
    iri: str
    cls: str  # local class name: Event, Position, ...
    props: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    date: dt.date | None = None
    span: str | None = None
    quote: str | None = None
    start: int | None = None  # where its evidence starts in the article: orders a day's stances

    def one(self, prop: str) -> str | None:
        vals = sorted(self.props.get(prop, []))
        return vals[0] if vals else None

    def all(self, prop: str) -> list[str]:
        return sorted(set(self.props.get(prop, [])))


@dataclass
class _Link:
    """One piece of evidence for an edge, before aggregation."""

    source: str  # IRI or synthetic node id
    target: str
    kind: str
    date: dt.date | None
    evidence: str  # span IRI, or article graph for entity-level statements
    article: str | None
    assertion: str | None = None
    quote: str | None = None
    durable: bool = False  # a standing fact: spell from first sighting on, no end
    stance: str | None = None
    condition: str | None = None
    detail: str | None = None
    start: int | None = None


class _Reader:
    """Everything the views need, read from the store with a handful of SPARQL queries."""

    def __init__(self, store: Store) -> None:
        self.store = store
        ent = f"<{ENTITIES_GRAPH}>"
        self.published: dict[str, dt.date] = {}
        for r in store.select("""SELECT ?g ?pub WHERE { GRAPH ?g {
                ?a a schema:NewsArticle ; schema:datePublished ?pub } }"""):
            d = _date(r["pub"])
            if d:
                self.published[r["g"]] = d

        # entities: type and preferred name live in the shared graph
        self.types: dict[str, set[str]] = defaultdict(set)
        self.labels: dict[str, str] = {}
        for r in store.select(f"""SELECT ?e ?type ?label WHERE {{ GRAPH {ent} {{
                ?e a ?type . OPTIONAL {{ ?e skos:prefLabel ?label }} }} }}"""):
            self.types[r["e"]].add(_local(r["type"]))
            if "label" in r and (r["e"] not in self.labels or r["label"] < self.labels[r["e"]]):
                self.labels[r["e"]] = r["label"]
        self.place_type = {r["e"]: _local(r["t"]) for r in store.select(
            f"SELECT ?e ?t WHERE {{ GRAPH {ent} {{ ?e parley:placeType ?t }} }}")}

        # per-article mention counts and sightings (summed over article graphs, not merged)
        self.mentions: dict[str, int] = defaultdict(int)
        for r in store.select("""SELECT ?e ?g ?n WHERE { GRAPH ?g { ?e parley:mentionCount ?n } }"""):
            try:
                self.mentions[r["e"]] += int(r["n"])
            except ValueError:
                pass
        self.seen_in: dict[str, set[str]] = defaultdict(set)
        for r in store.select("""SELECT DISTINCT ?e ?g WHERE { GRAPH ?g {
                ?a a schema:NewsArticle . { ?a parley:mentioned ?e } UNION { ?a parley:acts ?e } } }"""):
            self.seen_in[r["e"]].add(r["g"])
        self.aliases: dict[str, set[str]] = defaultdict(set)
        self.roles: dict[str, set[str]] = defaultdict(set)
        for r in store.select("""SELECT ?e ?alias ?role WHERE {
                { ?e skos:altLabel ?alias } UNION { ?e parley:role ?role } }"""):
            if "alias" in r:
                self.aliases[r["e"]].add(r["alias"])
            if "role" in r:
                self.roles[r["e"]].add(r["role"])

        # entity-level statements made by articles (and a few kept in the shared graph)
        self.statements: list[tuple[str, str, str, str]] = [
            (r["s"], _local(r["p"]), r["o"], r["g"]) for r in store.select("""SELECT ?s ?p ?o ?g WHERE {
                GRAPH ?g { VALUES ?p { parley:proposedBy parley:touchesIssue prov:wasRevisionOf
                    org:memberOf parley:locatedIn parley:seatOf } ?s ?p ?o } }""")]
        self.relations: list[tuple[str, str, str, str]] = []
        # the sentence an article states a structural triple in: (s, predicate, o, graph) → (node, span, quote)
        self.grounds: dict[tuple[str, str, str, str], tuple[str, str, str | None]] = {}
        for r in store.select("""SELECT ?s ?o ?k ?g ?r ?span ?quote WHERE { GRAPH ?g {
                ?s parley:relation ?r . ?r parley:relative ?o ; parley:relationKind ?k
                OPTIONAL { ?r parley:evidence ?span
                    OPTIONAL { ?span oa:hasSelector ?qs . ?qs a oa:TextQuoteSelector ; oa:exact ?quote } } } }"""):
            self.relations.append((r["s"], r["o"], r["k"], r["g"]))
            if r.get("span"):
                self.grounds[(r["s"], "relation:" + r["k"], r["o"], r["g"])] = (r["r"], r["span"], r.get("quote"))
        for r in store.select("""SELECT ?s ?p ?o ?g ?x ?span ?quote WHERE { GRAPH ?g {
                ?x a parley:Grounding ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; parley:evidence ?span
                OPTIONAL { ?span oa:hasSelector ?qs . ?qs a oa:TextQuoteSelector ; oa:exact ?quote } } }"""):
            self.grounds[(r["s"], _local(r["p"]), r["o"], r["g"])] = (r["x"], r["span"], r.get("quote"))

        # assertions: every triple of each, then date, evidence span and quote
        self.assertions: dict[str, _Assertion] = {}
        self.graph_of: dict[str, str] = {}
        classes = " ".join(f"parley:{c}" for c in _ASSERTIONS)
        for r in store.select(f"""SELECT ?x ?cls ?p ?o ?g WHERE {{ GRAPH ?g {{
                VALUES ?cls {{ {classes} }} ?x a ?cls ; ?p ?o }} }}"""):
            a = self.assertions.get(r["x"])
            if a is None:
                a = self.assertions[r["x"]] = _Assertion(r["x"], _local(r["cls"]))
                self.graph_of[r["x"]] = r["g"]
            a.props[_local(r["p"])].append(r["o"])
        for r in store.select(f"""SELECT ?x ?span ?quote ?start WHERE {{ GRAPH ?g {{
                VALUES ?cls {{ {classes} }} ?x a ?cls ; parley:evidence ?span .
                OPTIONAL {{ ?span oa:hasSelector ?qs . ?qs a oa:TextQuoteSelector ; oa:exact ?quote }}
                OPTIONAL {{ ?span oa:hasSelector ?ps . ?ps a oa:TextPositionSelector ; oa:start ?start }} }} }}"""):
            a = self.assertions.get(r["x"])
            if a and (a.span is None or r["span"] < a.span):
                a.span, a.quote = r["span"], r.get("quote")
                a.start = int(r["start"]) if r.get("start", "").lstrip("-").isdigit() else None
        for a in self.assertions.values():
            a.date = _date(a.one("date")) or self.published.get(self.graph_of[a.iri])

    # -- helpers ----------------------------------------------------------------------------
    def label(self, iri: str) -> str:
        return self.labels.get(iri) or _local(iri).replace("-", " ")

    def is_actor(self, iri: str) -> bool:
        return bool(self.types.get(iri, set()) & _ACTOR_TYPES) or iri.startswith(str(ID) + "actor/")

    def first_seen(self, iri: str) -> dt.date | None:
        dates = [self.published[g] for g in self.seen_in.get(iri, ()) if g in self.published]
        return min(dates) if dates else None

    def entity_node(self, iri: str) -> Node:
        types = self.types.get(iri, set())
        actor_type = next((t for t in ("Person", "State", "Organization", "Group") if t in types), None)
        if actor_type or self.is_actor(iri):
            node_type = "actor"
        else:
            node_type = next((v for k, v in _ENTITY_TYPES.items() if k in types), None) or _guess_type(iri)
        dates = sorted(self.published[g] for g in self.seen_in.get(iri, ()) if g in self.published)
        attrs: dict[str, Any] = {
            "node_type": node_type,
            "actor_type": actor_type,
            "iri": iri,
            "mentions": self.mentions.get(iri, 0),
            "articles": len(self.seen_in.get(iri, ())),
            "aliases": sorted(self.aliases.get(iri, ())) or None,
            "roles": sorted(self.roles.get(iri, ())) or None,
            "first_seen": dates[0].isoformat() if dates else None,
            "last_seen": dates[-1].isoformat() if dates else None,
            "place_type": self.place_type.get(iri, "").lower() or None,
        }
        return Node(node_id(iri), self.label(iri), node_type, attrs, self.mentions.get(iri, 0),
                    dates[0] if dates else None)

    def entity_iris(self, *node_types: str) -> list[str]:
        out = []
        for iri, types in self.types.items():
            if "actor" in node_types and types & _ACTOR_TYPES:
                out.append(iri)
            elif any(_ENTITY_TYPES.get(t) in node_types for t in types):
                out.append(iri)
        return sorted(out)

    def assertion_node(self, a: _Assertion) -> Node:
        node_type = _ASSERTIONS[a.cls]
        text = a.one("label") or a.one("text") or a.quote or node_type
        attrs: dict[str, Any] = {
            "node_type": node_type,
            "iri": a.iri,
            "text": a.one("text") or a.quote,
            "event_type": _local(a.one("eventType") or "") or None,
            "date": a.date.isoformat() if a.date else None,
            "articles": 1,
        }
        if a.cls == "Position":
            text = f"{_local(a.one('stance') or '')}: {text}"
        return Node(node_id(a.iri), text, node_type, attrs, 0, a.date)

    def article_of(self, a: _Assertion) -> str | None:
        return self.graph_of.get(a.iri)

    def link(self, a: _Assertion, source: str, target: str, kind: str, **kw: Any) -> _Link:
        return _Link(source, target, kind, a.date, a.span or a.iri, self.article_of(a), a.iri, a.quote,
                     start=a.start, **kw)

    def entity_link(self, s: str, p: str, o: str, g: str, source: str, target: str, kind: str,
                    **kw: Any) -> _Link:
        """An edge from what article graph ``g`` says about entities (``s p o``): its evidence is
        the sentence a grounding quotes, else the article itself (or nothing: the shared graph's
        gazetteer nesting)."""
        article = g if g != str(ENTITIES_GRAPH) else None
        found = self.grounds.get((s, p, o, g))
        if found is None:
            return _Link(source, target, kind, self.published.get(g), g, article, durable=True, **kw)
        node, span, quote = found
        return _Link(source, target, kind, self.published.get(g), span, article, node, quote, durable=True, **kw)


def _guess_type(iri: str) -> str:
    for prefix, typ in (("actor/", "actor"), ("place/", "place"), ("proposal/", "proposal")):
        if iri.startswith(str(ID) + prefix):
            return typ
    return "issue" if iri.startswith(str(ISSUE)) else "entity"


def _topic_id(text: str) -> str:
    digest = hashlib.sha1(text.strip().casefold().encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"topic/{slug(text)[:40]}-{digest}"


# --------------------------------------------------------------------------------- links
def _actor_links(r: _Reader) -> list[_Link]:
    links: list[_Link] = []
    for a in r.assertions.values():
        if a.cls == "Event":
            kind = PLOVER_RELATION.get(_local(a.one("eventType") or ""), "interacts_with")
            sources, targets = a.all("source"), a.all("target")
            pairs = [(s, t) for s in sources for t in targets if s != t]
            if not targets and kind in SYMMETRIC:
                pairs = [(s, t) for i, s in enumerate(sources) for t in sources[i + 1:]]
            for s, t in pairs:
                links.append(r.link(a, s, t, kind))
        elif a.cls == "Demand":
            by = a.one("demandedBy")
            for of in a.all("demandedOf"):
                if by and of != by:
                    links.append(r.link(a, by, of, "demands_of", condition=a.one("condition"),
                                        detail=a.one("text")))
        elif a.cls == "Position":
            holder, target, stance = a.one("holder"), a.one("target"), _local(a.one("stance") or "")
            if holder and target and target != holder and r.is_actor(target) and stance in STANCE_KIND:
                links.append(r.link(a, holder, target, STANCE_KIND[stance], stance=stance,
                                    condition=a.one("condition"), detail=a.one("text")))
        elif a.cls == "Claim":
            claimant = a.one("claimedBy")
            for d in a.all("disputedBy"):
                dis = r.assertions.get(d)
                disputant = dis.one("disputant") if dis else None
                if dis and claimant and disputant and disputant != claimant:
                    links.append(r.link(dis, disputant, claimant, "disputes", detail=a.one("text")))
        elif a.cls == "Statement":
            speaker, to = a.one("speaker"), a.one("addressee")
            if speaker and to and speaker != to:
                links.append(r.link(a, speaker, to, "addresses"))
    for s, p, o, g in r.statements:
        if p == "memberOf" and s != o:
            links.append(r.entity_link(s, p, o, g, s, o, "member_of"))
    for s, o, k, g in r.relations:
        if s != o:
            links.append(r.entity_link(s, "relation:" + k, o, g, s, o, "related_to", detail=k))
    return links


def _position_target(r: _Reader, a: _Assertion) -> tuple[str, Node | None]:
    """The IRI a position is about, or a topic node made from its text."""
    target = a.one("target")
    if target:
        return target, None
    text = a.one("text") or a.quote or "?"
    tid = _topic_id(text)
    return tid, Node(tid, text, "topic", {"node_type": "topic", "text": text})


def _stance_links(r: _Reader, extra: dict[str, Node]) -> list[_Link]:
    links: list[_Link] = []
    for a in r.assertions.values():
        if a.cls == "Position":
            holder, stance = a.one("holder"), _local(a.one("stance") or "")
            if not holder or stance not in STANCE_KIND:
                continue
            target, topic = _position_target(r, a)
            if topic:
                extra.setdefault(topic.id, topic)
            links.append(r.link(a, holder, target, STANCE_KIND[stance], stance=stance,
                                condition=a.one("condition"), detail=a.one("text")))
        elif a.cls == "Demand":
            extra.setdefault(a.iri, r.assertion_node(a))
            by = a.one("demandedBy")
            if by:
                links.append(r.link(a, by, a.iri, "demands", condition=a.one("condition")))
            for of in a.all("demandedOf"):
                links.append(r.link(a, a.iri, of, "addressed_to"))
            for iss in a.all("touchesIssue"):
                links.append(r.link(a, a.iri, iss, "concerns"))
    links.extend(_entity_links(r, {"proposedBy", "touchesIssue", "wasRevisionOf"}))
    return links


def _entity_links(r: _Reader, props: set[str]) -> list[_Link]:
    names = {"proposedBy": "proposes", "touchesIssue": "touches_issue", "wasRevisionOf": "revision_of",
             "memberOf": "member_of", "locatedIn": "located_in", "seatOf": "seat_of"}
    links = []
    for s, p, o, g in r.statements:
        if p not in props or s == o or s in r.assertions:  # assertions' own links are drawn by kind
            continue
        src, tgt = (o, s) if p == "proposedBy" else (s, o)  # actor proposes proposal
        links.append(r.entity_link(s, p, o, g, src, tgt, names[p]))
    return links


def _full_links(r: _Reader, extra: dict[str, Node]) -> list[_Link]:
    links: list[_Link] = []
    for a in r.assertions.values():
        extra.setdefault(a.iri, r.assertion_node(a))
        x = a.iri
        if a.cls == "Event":
            links += [r.link(a, s, x, "source_of") for s in a.all("source")]
            links += [r.link(a, x, t, "targets") for t in a.all("target")]
            links += [r.link(a, x, p, "at") for p in a.all("place")]
            links += [r.link(a, x, p, "on_proposal") for p in a.all("onProposal")]
        elif a.cls == "Position":
            links += [r.link(a, h, x, "holds") for h in a.all("holder")]
            stance = _local(a.one("stance") or "")
            target, topic = _position_target(r, a)
            if topic:
                extra.setdefault(topic.id, topic)
            links.append(r.link(a, x, target, STANCE_KIND.get(stance, "about"), stance=stance or None,
                                condition=a.one("condition")))
        elif a.cls == "Demand":
            links += [r.link(a, b, x, "demands") for b in a.all("demandedBy")]
            links += [r.link(a, x, o, "addressed_to") for o in a.all("demandedOf")]
            links += [r.link(a, x, i, "concerns") for i in a.all("touchesIssue")]
        elif a.cls == "Claim":
            links += [r.link(a, b, x, "claims") for b in a.all("claimedBy")]
            links += [r.link(a, x, e, "about") for e in a.all("about")]
            for d in a.all("disputedBy"):
                links.append(r.link(a, d, x, "disputes"))
        elif a.cls == "Dispute":
            links += [r.link(a, d, x, "asserts") for d in a.all("disputant")]
        elif a.cls == "Statement":
            links += [r.link(a, s, x, "says") for s in a.all("speaker")]
            links += [r.link(a, x, t, "addressed_to") for t in a.all("addressee")]
    links += _entity_links(r, {"proposedBy", "touchesIssue", "wasRevisionOf", "memberOf", "locatedIn",
                               "seatOf"})
    for s, o, k, g in r.relations:
        if s != o:
            links.append(r.entity_link(s, "relation:" + k, o, g, s, o, "related_to", detail=k))
    return links


# --------------------------------------------------------------------------------- aggregation
def _merge_spells(spells: Iterable[Spell]) -> list[Spell]:
    """Sorted, non-overlapping spells (touching or overlapping ones merge; None end = open)."""
    out: list[Spell] = []
    for start, end in sorted(spells, key=lambda s: (s[0], s[1] or dt.date.max)):
        if out:
            ps, pe = out[-1]
            if pe is None or start <= pe + dt.timedelta(days=1):
                out[-1] = (ps, None if pe is None or end is None else max(pe, end))
                continue
        out.append((start, end))
    return out


def _stance_runs(links: list[_Link]) -> dict[str, list[Spell]]:
    """Spells per stance kind for one (holder, target): each run lasts until the stance changes.
    Stances in the one order the pages and the position_changes query use too (graph.pages.stance_order)."""
    from graph.pages import stance_order

    dated = sorted((lk for lk in links if lk.date), key=lambda lk: stance_order(
        lk.date.isoformat() if lk.date else None, lk.start, lk.article, lk.kind))
    runs: list[tuple[str, dt.date]] = []
    for lk in dated:
        if not runs or runs[-1][0] != lk.kind:
            runs.append((lk.kind, lk.date))  # type: ignore[arg-type]
    out: dict[str, list[Spell]] = defaultdict(list)
    for i, (kind, start) in enumerate(runs):
        nxt = runs[i + 1][1] if i + 1 < len(runs) else None
        end = None if nxt is None else max(start, nxt - dt.timedelta(days=1))
        if nxt is not None and nxt == start:  # two stances the same day: both hold that day
            end = start
        out[kind].append((start, end))
    return out


def _aggregate(links: list[_Link], ids: dict[str, str]) -> list[Edge]:
    by_key: dict[tuple[str, str, str], list[_Link]] = defaultdict(list)
    for lk in links:
        s, t = ids[lk.source], ids[lk.target]
        symmetric = lk.kind in SYMMETRIC
        if symmetric and t < s:
            s, t = t, s
        by_key[(s, t, lk.kind)].append(lk)

    stance_spells: dict[tuple[str, str], dict[str, list[Spell]]] = {}
    by_pair: dict[tuple[str, str], list[_Link]] = defaultdict(list)
    for (s, t, kind), lks in by_key.items():
        if kind in STANCE_KIND.values():
            by_pair[(s, t)].extend(lks)
    for pair, lks in by_pair.items():
        stance_spells[pair] = _stance_runs(lks)

    edges: list[Edge] = []
    for (s, t, kind), lks in sorted(by_key.items()):
        dates = sorted({lk.date for lk in lks if lk.date})
        if kind in STANCE_KIND.values():
            spells = _merge_spells(stance_spells[(s, t)].get(kind, []))
        elif any(lk.durable for lk in lks):
            spells = [(dates[0], None)] if dates else []
        else:
            spells = _merge_spells((d, d) for d in dates)
        evidence = {lk.evidence for lk in lks}
        assertions = sorted({lk.assertion for lk in lks if lk.assertion})
        # the quote of the first quoted link (a membership stated in one article and only listed in another)
        first = min((lk for lk in lks if lk.quote), key=lambda lk: (lk.date or dt.date.max, lk.evidence),
                    default=None)
        stance = next((lk.stance for lk in lks if lk.stance), None)
        attrs: dict[str, Any] = {
            "relation": kind,
            "evidence": len(evidence),
            "articles": len({lk.article for lk in lks if lk.article}),
            "first_seen": dates[0].isoformat() if dates else None,
            "last_seen": dates[-1].isoformat() if dates else None,
            "stance": stance,
            "stance_score": STANCE_SCORE.get(stance) if stance else None,
            "symmetric": kind in SYMMETRIC,
            "detail": "; ".join(sorted({lk.detail for lk in lks if lk.detail})) or None,
            "condition": "; ".join(sorted({lk.condition for lk in lks if lk.condition})) or None,
            "quote": first.quote[:MAX_QUOTE] if first else None,
            "assertions": assertions[:MAX_LISTED] or None,
        }
        edges.append(Edge(f"{s}|{kind}|{t}", s, t, kind, float(len(evidence)), attrs, spells))
    return edges


def _finish(name: str, r: _Reader, node_iris: Iterable[str], extra: dict[str, Node],
            links: list[_Link], *, only_nodes: bool) -> View:
    """Nodes for the given IRIs (plus endpoints of links unless only_nodes), edges, node spells."""
    nodes: dict[str, Node] = {}
    ids: dict[str, str] = {}

    def add(key: str) -> None:
        if key in ids:
            return
        node = extra.get(key) or r.entity_node(key)
        ids[key] = node.id
        nodes.setdefault(node.id, node)

    for iri in node_iris:
        add(iri)
    kept = []
    for lk in links:
        if only_nodes and (lk.source not in ids or lk.target not in ids):
            continue
        add(lk.source)
        add(lk.target)
        kept.append(lk)
    edges = _aggregate(kept, ids)
    # a node's spell starts no later than any of its edges' spells, and never ends; its
    # first_seen is that start (a fact dated before the article that reports it starts it), and
    # last_seen is no earlier than its latest edge
    for e in edges:
        last = _date(e.attrs.get("last_seen"))
        for end in (e.source, e.target):
            n = nodes[end]
            if e.spells and (n.start is None or e.spells[0][0] < n.start):
                n.start = e.spells[0][0]
            if last and "last_seen" in n.attrs and (_date(n.attrs["last_seen"]) or dt.date.min) < last:
                n.attrs["last_seen"] = last.isoformat()
    for n in nodes.values():
        if n.start and "first_seen" in n.attrs:
            n.attrs["first_seen"] = n.start.isoformat()
    return View(name, sorted(nodes.values(), key=lambda n: n.id), edges)


def build_view(store: Store, name: str) -> View:
    """Project the store into one of :data:`VIEWS`; ParleyError E070 for any other name."""
    if name not in VIEWS:
        raise ParleyError("E070", f"unknown view {name!r}; choose one of: {', '.join(VIEWS)}", status=404)
    r = _Reader(store)
    extra: dict[str, Node] = {}
    if name == "actors":
        actors = r.entity_iris("actor")
        links = [lk for lk in _actor_links(r) if r.is_actor(lk.source) and r.is_actor(lk.target)]
        return _finish(name, r, actors, extra, links, only_nodes=False)
    if name == "stances":
        links = _stance_links(r, extra)
        nodes = r.entity_iris("proposal", "issue") + sorted(k for k in extra if not k.startswith("topic/"))
        return _finish(name, r, nodes, extra, links, only_nodes=False)
    links = _full_links(r, extra)
    nodes = r.entity_iris("actor", "place", "proposal", "issue") + sorted(extra)
    return _finish(name, r, nodes, extra, links, only_nodes=False)


def layout(view: View, *, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Deterministic node positions (spring layout with a fixed seed), scaled to ±500."""
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(n.id for n in view.nodes)
    g.add_edges_from((e.source, e.target) for e in view.edges)
    if not len(g):
        return {}
    try:
        pos = nx.spring_layout(g, seed=seed, scale=500.0, k=None)
    except ImportError:  # very large graphs need scipy for the sparse solver
        pos = nx.circular_layout(g, scale=500.0)
    return {k: (round(float(x), 3), round(float(y), 3)) for k, (x, y) in pos.items()}


def to_networkx(view: View) -> Any:
    """The view as a networkx MultiDiGraph keyed by edge kind (for analysis and tests)."""
    import networkx as nx

    g = nx.MultiDiGraph(name=view.name)
    for n in view.nodes:
        g.add_node(n.id, label=n.label, **{k: v for k, v in n.attrs.items() if v is not None})
    for e in view.edges:
        g.add_edge(e.source, e.target, key=e.kind, id=e.id, weight=e.weight,
                   **{k: v for k, v in e.attrs.items() if v is not None})
    return g


__all__ = ["VIEWS", "NODE_SCHEMA", "EDGE_SCHEMA", "Attr", "Node", "Edge", "View", "build_view", "layout",
           "to_networkx", "node_id"]
