"""Records → RDF. The only module that mints IRIs and writes provenance.

An article becomes two graphs: its own named graph (every assertion, and what the article says
about shared entities: aliases seen, roles, affiliations, relations, mention counts) and its
contribution to the shared entities graph (type and preferred name of each actor, place,
proposal and issue). No blank nodes: every node has an IRI derived from its content, so
rebuilding the same records yields the very same triples.

>>> from graph.records import ArticleMeta, Extraction
>>> built = build(Extraction(article=ArticleMeta(id="a1", text="Hello.")))
>>> str(built.graph_iri)
'https://w3id.org/parley/graph/article/a1'
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from graph.errors import ParleyError
from graph.ns import GRAPH, ID, ISSUE, OA, ORG, PARLEY, PLOVER, SCHEMA
from graph.records import Extraction, Span

EXTRACTOR_VERSION = "parley-extract/0.3"
CONTEXT_CHARS = 32  # prefix/suffix length of a TextQuoteSelector

ACTOR_CLASS = {
    "Person": PARLEY.Person,
    "State": PARLEY.State,
    "Organization": PARLEY.Organization,
    "Group": PARLEY.Group,
}
PLACE_TYPE = {
    "city": PARLEY.City,
    "region": PARLEY.Region,
    "sea": PARLEY.Sea,
    "country": PARLEY.Country,
    "building": PARLEY.Building,
}
STANCE = {
    "support": PARLEY.support,
    "oppose": PARLEY.oppose,
    "mixed": PARLEY.mixed,
    "conditional": PARLEY.conditional,
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def slug(name: str) -> str:
    """A readable, IRI-safe, stable key for a name; non-Latin names fall back to a hash.

    >>> slug("Volodymyr Zelenskyy")
    'volodymyr-zelenskyy'
    >>> slug("Ma'ariv <&> \\"x\\"")
    'ma-ariv-x'
    >>> slug("") == slug("  ")
    True
    """
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    key = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:80].strip("-")
    if len(key) < max(1, len(name.strip()) // 3):  # mostly non-Latin: keep names apart by hash
        digest = hashlib.sha1(name.strip().casefold().encode("utf-8")).hexdigest()[:12]
        key = f"{key}-{digest}" if key else f"x-{digest}"
    return key


def actor_iri(name: str) -> URIRef:
    return ID[f"actor/{slug(name)}"]


def place_iri(name: str) -> URIRef:
    return ID[f"place/{slug(name)}"]


def proposal_iri(name: str) -> URIRef:
    return ID[f"proposal/{slug(name)}"]


def issue_iri(name: str) -> URIRef:
    return ISSUE[slug(name)]


_ARTICLE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")  # as graph.records.ArticleMeta.id


def _checked_id(article_id: str) -> str:
    """Article ids are minted by graph/articles.py; anything else (from a URL) names no article."""
    if not _ARTICLE_ID.match(article_id) or len(article_id) > 200:
        raise ParleyError("E020", f"no article {article_id!r}: article ids are letters, digits, '.', '_' "
                          "and '-'", status=404)
    return article_id


def article_iri(article_id: str) -> URIRef:
    return ID[f"article/{_checked_id(article_id)}"]


def article_graph_iri(article_id: str) -> URIRef:
    return GRAPH[f"article/{_checked_id(article_id)}"]


def clean(text: str) -> str:
    """Literal text without control characters or lone surrogates (XML exports and N-Triples
    cannot carry them)."""
    return _CONTROL.sub(" ", text)


Triple = tuple[URIRef, URIRef, URIRef | Literal]


def nt_term(term: URIRef | Literal) -> str:
    """One term in N-Triples. IRIs here are minted by this module (no characters to escape)."""
    if isinstance(term, Literal):
        s = str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        if term.language:
            return f'"{s}"@{term.language}'
        if term.datatype is not None and term.datatype != XSD.string:
            return f'"{s}"^^<{term.datatype}>'
        return f'"{s}"'
    return f"<{term}>"


def to_nt(triples: Iterable[Triple]) -> str:
    """N-Triples text, sorted so the same triples always give the same text.

    Plain string work: rdflib's serializer costs more than graph building itself.
    """
    return "".join(sorted(f"{nt_term(s)} {nt_term(p)} {nt_term(o)} .\n" for s, p, o in triples))


@dataclass
class BuiltArticle:
    """One article's triples: its named graph and its contribution to the shared entities graph.

    Kept as plain sets (fast to build and serialise); ``article`` and ``entities`` give rdflib
    Graphs for tests and callers that want the rdflib API.
    """

    article_id: str
    graph_iri: URIRef
    content_hash: str
    article_triples: set[Triple]
    entity_triples: set[Triple]

    @cached_property
    def article(self) -> Graph:
        return _graph(self.article_triples)

    @cached_property
    def entities(self) -> Graph:
        return _graph(self.entity_triples)

    def article_nt(self) -> str:
        return to_nt(self.article_triples)

    def entities_nt(self) -> str:
        return to_nt(self.entity_triples)


def _graph(triples: set[Triple]) -> Graph:
    g = Graph()
    for tr in triples:
        g.add(tr)
    return g


class _Builder:
    def __init__(self, ex: Extraction) -> None:
        self.ex = ex
        self.aid = ex.article.id
        self.text = ex.article.text
        self.art = article_iri(self.aid)
        self.g: set[Triple] = set()
        self.e: set[Triple] = set()
        self._with_context: dict[int, set[int]] = {}  # span end → starts given prefix/suffix

    # -- provenance -----------------------------------------------------------------------
    def span(self, span: Span, *, context: bool = True) -> URIRef:
        """An oa:SpecificResource on the article with quote and position selectors.

        Evidence spans carry prefix and suffix (the quote can be found again in a changed text);
        name mentions, a dozen per paragraph, keep exact text and offsets only.
        """
        node = ID[f"article/{self.aid}/span/{span.start}-{span.end}"]
        quote, pos = URIRef(f"{node}/quote"), URIRef(f"{node}/position")
        g = self.g
        if (node, RDF.type, OA.SpecificResource) not in g:
            g.add((node, RDF.type, OA.SpecificResource))
            g.add((node, OA.hasSource, self.art))
            g.add((node, OA.hasSelector, quote))
            g.add((node, OA.hasSelector, pos))
            g.add((quote, RDF.type, OA.TextQuoteSelector))
            g.add((quote, OA.exact, Literal(clean(span.text))))
            g.add((pos, RDF.type, OA.TextPositionSelector))
            g.add((pos, OA.start, Literal(span.start, datatype=XSD.integer)))
            g.add((pos, OA.end, Literal(span.end, datatype=XSD.integer)))
        if context and span.start not in self._with_context.get(span.end, ()):
            self._with_context.setdefault(span.end, set()).add(span.start)
            before = self.text[max(0, span.start - CONTEXT_CHARS): span.start]
            g.add((quote, OA.prefix, Literal(clean(before))))
            g.add((quote, OA.suffix, Literal(clean(self.text[span.end: span.end + CONTEXT_CHARS]))))
        return node

    def assertion(self, kind: str, cls: URIRef, record, evidence: Span) -> URIRef:
        payload = json.dumps(record.model_dump(mode="json"), sort_keys=True)
        digest = hashlib.sha1(payload.encode("utf-8")).hexdigest()[:12]
        node = ID[f"article/{self.aid}/{kind}/{digest}"]
        self.g.add((node, RDF.type, cls))
        self.g.add((node, PROV.wasDerivedFrom, self.art))
        self.g.add((node, PARLEY.evidence, self.span(evidence)))
        return node

    def date(self, node: URIRef, value) -> None:
        if value is not None:
            self.g.add((node, DCTERMS.date, Literal(value.isoformat(), datatype=XSD.date)))

    # -- entities -----------------------------------------------------------------------------
    def mention(self, entity: URIRef, spans: list[Span]) -> None:
        self.g.add((self.art, PARLEY.mentioned, entity))
        if spans:
            self.g.add((entity, PARLEY.mentionCount, Literal(len(spans), datatype=XSD.integer)))
        for s in spans:
            ann = ID[f"article/{self.aid}/mention/{s.start}-{s.end}"]
            self.g.add((ann, RDF.type, OA.Annotation))
            self.g.add((ann, OA.hasBody, entity))
            self.g.add((ann, OA.hasTarget, self.span(s, context=False)))
            self.g.add((ann, PROV.wasDerivedFrom, self.art))

    def run(self) -> BuiltArticle:
        ex, g, e, art = self.ex, self.g, self.e, self.art
        meta = ex.article
        g.add((art, RDF.type, SCHEMA.NewsArticle))
        g.add((art, DCTERMS.identifier, Literal(meta.id)))
        g.add((art, SCHEMA.headline, Literal(clean(meta.title))))
        g.add((art, SCHEMA.articleBody, Literal(meta.text)))
        g.add((art, PARLEY.contentHash, Literal(meta.content_hash)))
        g.add((art, PARLEY.extractorVersion, Literal(EXTRACTOR_VERSION)))
        g.add((art, SCHEMA.inLanguage, Literal(meta.language)))
        if meta.published:
            g.add((art, SCHEMA.datePublished, Literal(meta.published.isoformat(), datatype=XSD.date)))
        if meta.source:
            g.add((art, DCTERMS.source, Literal(clean(meta.source))))
        if meta.url:
            g.add((art, SCHEMA.url, Literal(clean(meta.url), datatype=XSD.anyURI)))

        for a in ex.actors:
            node = actor_iri(a.name)
            e.add((node, RDF.type, ACTOR_CLASS[a.type]))
            e.add((node, SKOS.prefLabel, Literal(clean(a.name))))
            if a.acts:
                g.add((art, PARLEY.acts, node))
            for alias in a.aliases:
                if alias != a.name:
                    g.add((node, SKOS.altLabel, Literal(clean(alias))))
            for role in a.roles:
                g.add((node, PARLEY.role, Literal(clean(role))))
            for aff in a.affiliations:
                g.add((node, ORG.memberOf, actor_iri(aff)))
            for rel in a.relations:
                rnode = ID[f"article/{self.aid}/relation/{slug(a.name)}--{slug(rel.kind)}--{slug(rel.to)}"]
                g.add((node, PARLEY.relation, rnode))
                g.add((rnode, RDF.type, PARLEY.Relation))
                g.add((rnode, PARLEY.relative, actor_iri(rel.to)))
                g.add((rnode, PARLEY.relationKind, Literal(clean(rel.kind))))
            self.mention(node, a.mentions)

        place_names = {p.name for p in ex.places}
        for p in ex.places:
            node = place_iri(p.name)
            e.add((node, RDF.type, PARLEY.Place))
            e.add((node, SKOS.prefLabel, Literal(clean(p.name))))
            e.add((node, PARLEY.placeType, PLACE_TYPE[p.kind]))
            if p.located_in in place_names:  # only places this article also holds (no dangling nodes)
                e.add((node, PARLEY.locatedIn, place_iri(p.located_in)))
            if p.seat_of:
                e.add((node, PARLEY.seatOf, actor_iri(p.seat_of)))
            for alias in p.aliases:
                g.add((node, SKOS.altLabel, Literal(clean(alias))))
            self.mention(node, p.mentions)

        for i in ex.issues:
            node = issue_iri(i.name)
            e.add((node, RDF.type, PARLEY.Issue))
            e.add((node, SKOS.inScheme, PARLEY.issues))
            e.add((node, SKOS.prefLabel, Literal(clean(i.name))))
            if i.broader:
                e.add((node, SKOS.broader, issue_iri(i.broader)))
            for alias in i.aliases:
                e.add((node, SKOS.altLabel, Literal(clean(alias))))
            g.add((art, PARLEY.mentioned, node))

        for p in ex.proposals:
            node = proposal_iri(p.name)
            e.add((node, RDF.type, PARLEY.Proposal))
            e.add((node, SKOS.prefLabel, Literal(clean(p.name))))
            for alias in p.aliases:
                g.add((node, SKOS.altLabel, Literal(clean(alias))))
            for who in p.proposers:
                g.add((node, PARLEY.proposedBy, actor_iri(who)))
            for iss in p.issues:
                g.add((node, PARLEY.touchesIssue, issue_iri(iss)))
            if p.revision_of:
                g.add((node, PROV.wasRevisionOf, proposal_iri(p.revision_of)))
            self.mention(node, p.mentions)

        events: list[URIRef] = []
        for ev in ex.events:
            node = self.assertion("event", PARLEY.Event, ev, ev.evidence)
            events.append(node)
            g.add((node, PARLEY.eventType, PLOVER[ev.type]))
            g.add((node, RDFS.label, Literal(clean(ev.label))))
            if ev.mode:
                g.add((node, PARLEY.mode, Literal(clean(ev.mode))))
            for s in ev.sources:
                g.add((node, PARLEY.source, actor_iri(s)))
            for t in ev.targets:
                g.add((node, PARLEY.target, actor_iri(t)))
            if ev.place:
                g.add((node, PARLEY.place, place_iri(ev.place)))
            if ev.proposal:
                g.add((node, PARLEY.onProposal, proposal_iri(ev.proposal)))
            self.date(node, ev.date)

        for pos in ex.positions:
            node = self.assertion("position", PARLEY.Position, pos, pos.evidence)
            g.add((node, PARLEY.holder, actor_iri(pos.holder)))
            g.add((node, PARLEY.stance, STANCE[pos.stance]))
            g.add((node, PARLEY.text, Literal(clean(pos.target))))
            if pos.target_ref and pos.target_kind != "text":
                ref = {"proposal": proposal_iri, "issue": issue_iri, "actor": actor_iri}.get(pos.target_kind)
                if ref is not None:
                    g.add((node, PARLEY.target, ref(pos.target_ref)))
            if pos.condition:
                g.add((node, PARLEY.condition, Literal(clean(pos.condition))))
            self.date(node, pos.date)

        for d in ex.demands:
            node = self.assertion("demand", PARLEY.Demand, d, d.evidence)
            g.add((node, PARLEY.demandedBy, actor_iri(d.by)))
            for of in d.of:
                g.add((node, PARLEY.demandedOf, actor_iri(of)))
            g.add((node, PARLEY.text, Literal(clean(d.what))))
            if d.issue:
                g.add((node, PARLEY.touchesIssue, issue_iri(d.issue)))
            if d.condition:
                g.add((node, PARLEY.condition, Literal(clean(d.condition))))
            self.date(node, d.date)

        for c in ex.claims:
            node = self.assertion("claim", PARLEY.Claim, c, c.evidence)
            g.add((node, PARLEY.claimedBy, actor_iri(c.by)))
            g.add((node, PARLEY.text, Literal(clean(c.claim))))
            if c.about_event is not None and 0 <= c.about_event < len(events):
                g.add((node, PARLEY.about, events[c.about_event]))
            for dis in c.disputes:
                dnode = self.assertion("dispute", PARLEY.Dispute, dis, dis.evidence)
                g.add((dnode, PARLEY.disputant, actor_iri(dis.by)))
                g.add((node, PARLEY.disputedBy, dnode))
            self.date(node, c.date)

        for st in ex.statements:
            node = self.assertion("statement", PARLEY.Statement, st, st.evidence)
            g.add((node, PARLEY.speaker, actor_iri(st.speaker)))
            g.add((node, PARLEY.text, Literal(clean(st.text))))
            g.add((node, PARLEY.direct, Literal(st.direct)))
            if st.addressee:
                g.add((node, PARLEY.addressee, actor_iri(st.addressee)))
            self.date(node, st.date)

        return BuiltArticle(
            article_id=self.aid,
            graph_iri=article_graph_iri(self.aid),
            content_hash=meta.content_hash,
            article_triples=g,
            entity_triples=e,
        )


def build(ex: Extraction) -> BuiltArticle:
    """Turn one article's records into its named graph and its shared-entity triples."""
    return _Builder(ex).run()
