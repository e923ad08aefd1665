"""Records → RDF. The only module that mints IRIs and writes provenance.

An article becomes two graphs: its own named graph (every assertion, and what the article says
about shared entities: aliases seen, roles, affiliations, relations, mention counts, and for each
affiliation, relation, proposer, proposal issue and revision the sentence that states it) and its
contribution to the shared entities graph (type and preferred name of each actor, place,
proposal and issue). No blank nodes: every node has an IRI derived from its content, so
rebuilding the same records yields the very same triples.

>>> from graph.records import ArticleMeta, Extraction
>>> built = build(Extraction(article=ArticleMeta(id="a1", text="Hello.")))
>>> str(built.graph_iri)
'https://w3id.org/parley/graph/article/a1'
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from dataclasses import dataclass
from functools import cached_property

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from graph.errors import ParleyError
from graph.gazetteer import fold, folds_whole
from graph.ns import GRAPH, ID, ISSUE, OA, ORG, PARLEY, PLOVER, SCHEMA
from graph.records import Extraction, Span

EXTRACTOR_VERSION = "parley-extract/0.10"  # bump when what articles yield changes: stores re-read them
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

    A key is cut at 80 characters; two long names alike up to there stay apart by a hash of the rest:

    >>> long = "Committee for the Implementation of the Agreement on the Cessation of Hostilities in the "
    >>> slug(long + "North") == slug(long + "South")
    False
    """
    folded = fold(name)
    key = folded[:80].strip("-")
    if not folds_whole(name, key):  # mostly non-Latin: keep names apart by hash
        digest = hashlib.sha1(name.strip().casefold().encode("utf-8")).hexdigest()[:12]
        key = f"{key}-{digest}" if key else f"x-{digest}"
    elif len(folded) > 80:
        key = f"{key}-{hashlib.sha1(folded.encode('utf-8')).hexdigest()[:8]}"
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


def _esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


@dataclass
class BuiltArticle:
    """One article's triples: its named graph and its contribution to the shared entities graph.

    Kept as sets of N-Triples lines (the builder writes them directly: minting rdflib terms
    cost more than the rest of building); ``article`` and ``entities`` give rdflib Graphs for
    tests and callers that want the rdflib API.
    """

    article_id: str
    graph_iri: URIRef
    content_hash: str
    article_lines: set[str]
    entity_lines: set[str]

    @cached_property
    def article(self) -> Graph:
        return _graph(self.article_lines)

    @cached_property
    def entities(self) -> Graph:
        return _graph(self.entity_lines)

    def article_nt(self) -> str:
        return "".join(sorted(self.article_lines))

    def entities_nt(self) -> str:
        return "".join(sorted(self.entity_lines))


def _graph(lines: set[str]) -> Graph:
    g = Graph()
    if lines:
        g.parse(data="".join(lines), format="nt")
    return g


class _Terms:
    """A namespace's terms spelt in N-Triples (``<iri>``), each computed once."""

    def __init__(self, ns: object) -> None:
        self._ns = ns

    def __getattr__(self, name: str) -> str:
        value = f"<{getattr(self._ns, name)}>"
        setattr(self, name, value)
        return value

    def __getitem__(self, name: str) -> str:
        return f"<{self._ns[name]}>"  # type: ignore[index]


_RDF, _RDFS, _DCT, _PROV, _SKOS = (_Terms(n) for n in (RDF, RDFS, DCTERMS, PROV, SKOS))
_OA, _ORG, _SCHEMA, _PARLEY, _PLOVER = (_Terms(n) for n in (OA, ORG, SCHEMA, PARLEY, PLOVER))
_ID = str(ID)
_INTEGER, _DATE, _ANYURI, _BOOLEAN = (f"^^<{t}>" for t in (XSD.integer, XSD.date, XSD.anyURI, XSD.boolean))
_ACTOR_CLASS = {k: f"<{v}>" for k, v in ACTOR_CLASS.items()}
_PLACE_TYPE = {k: f"<{v}>" for k, v in PLACE_TYPE.items()}
_STANCE = {k: f"<{v}>" for k, v in STANCE.items()}


def _lit(text: str) -> str:
    """A plain string literal."""
    return f'"{_esc(text)}"'


def _int(n: int) -> str:
    return f'"{n}"{_INTEGER}'


@functools.lru_cache(maxsize=8192)
def _actor(name: str) -> str:
    return f"<{actor_iri(name)}>"


@functools.lru_cache(maxsize=4096)
def _place(name: str) -> str:
    return f"<{place_iri(name)}>"


@functools.lru_cache(maxsize=4096)
def _proposal(name: str) -> str:
    return f"<{proposal_iri(name)}>"


@functools.lru_cache(maxsize=4096)
def _issue(name: str) -> str:
    return f"<{issue_iri(name)}>"


class _Builder:
    def __init__(self, ex: Extraction) -> None:
        self.ex = ex
        self.aid = ex.article.id
        self.text = ex.article.text
        self.art = f"<{article_iri(self.aid)}>"
        self.base = f"{_ID}article/{self.aid}/"
        self.g: set[str] = set()
        self.e: set[str] = set()
        self._with_context: dict[int, set[int]] = {}  # span end → starts given prefix/suffix

    def add(self, s: str, p: str, o: str) -> None:
        self.g.add(f"{s} {p} {o} .\n")

    def ent(self, s: str, p: str, o: str) -> None:
        self.e.add(f"{s} {p} {o} .\n")

    # -- provenance -----------------------------------------------------------------------
    def span(self, span: Span, *, context: bool = True) -> str:
        """An oa:SpecificResource on the article with quote and position selectors.

        Evidence spans carry prefix and suffix (the quote can be found again in a changed text);
        name mentions, a dozen per paragraph, keep exact text and offsets only.
        """
        iri = f"{self.base}span/{span.start}-{span.end}"
        node, quote, pos = f"<{iri}>", f"<{iri}/quote>", f"<{iri}/position>"
        g, add = self.g, self.add
        first = f"{node} {_RDF.type} {_OA.SpecificResource} .\n"
        if first not in g:
            g.add(first)
            add(node, _OA.hasSource, self.art)
            add(node, _OA.hasSelector, quote)
            add(node, _OA.hasSelector, pos)
            add(quote, _RDF.type, _OA.TextQuoteSelector)
            add(quote, _OA.exact, _lit(clean(span.text)))
            add(pos, _RDF.type, _OA.TextPositionSelector)
            add(pos, _OA.start, _int(span.start))
            add(pos, _OA.end, _int(span.end))
        if context and span.start not in self._with_context.get(span.end, ()):
            self._with_context.setdefault(span.end, set()).add(span.start)
            before = self.text[max(0, span.start - CONTEXT_CHARS): span.start]
            add(quote, _OA.prefix, _lit(clean(before)))
            add(quote, _OA.suffix, _lit(clean(self.text[span.end: span.end + CONTEXT_CHARS])))
        return node

    def assertion(self, kind: str, cls: str, record, evidence: Span) -> str:  # noqa: ANN001
        payload = json.dumps(record.model_dump(mode="json"), sort_keys=True)
        digest = hashlib.sha1(payload.encode("utf-8")).hexdigest()[:12]
        node = f"<{self.base}{kind}/{digest}>"
        self.add(node, _RDF.type, cls)
        self.add(node, _PROV.wasDerivedFrom, self.art)
        self.add(node, _PARLEY.evidence, self.span(evidence))
        return node

    def ground(self, s: str, p: str, o: str, evidence: Span | None) -> None:
        """The sentence that states the triple ``s p o``: a reified ``rdf:Statement`` (also a
        ``parley:Grounding``) derived from the article, with its evidence span. Keyed by the
        triple, so the article holds one per triple and rebuilding mints the same IRI."""
        if evidence is None:
            return
        digest = hashlib.sha1(f"{s} {p} {o}".encode()).hexdigest()[:12]
        node = f"<{self.base}grounding/{digest}>"
        add = self.add
        add(node, _RDF.type, _RDF.Statement)
        add(node, _RDF.type, _PARLEY.Grounding)
        add(node, _RDF.subject, s)
        add(node, _RDF.predicate, p)
        add(node, _RDF.object, o)
        add(node, _PROV.wasDerivedFrom, self.art)
        add(node, _PARLEY.evidence, self.span(evidence))

    def date(self, node: str, value) -> None:  # noqa: ANN001
        if value is not None:
            self.add(node, _DCT.date, f'"{_esc(value.isoformat())}"{_DATE}')

    # -- entities -----------------------------------------------------------------------------
    def mention(self, entity: str, spans: list[Span]) -> None:
        add = self.add
        add(self.art, _PARLEY.mentioned, entity)
        if spans:
            add(entity, _PARLEY.mentionCount, _int(len(spans)))
        for s in spans:
            ann = f"<{self.base}mention/{s.start}-{s.end}>"
            add(ann, _RDF.type, _OA.Annotation)
            add(ann, _OA.hasBody, entity)
            add(ann, _OA.hasTarget, self.span(s, context=False))
            add(ann, _PROV.wasDerivedFrom, self.art)

    def run(self) -> BuiltArticle:
        ex, art, add, ent = self.ex, self.art, self.add, self.ent
        meta = ex.article
        add(art, _RDF.type, _SCHEMA.NewsArticle)
        add(art, _DCT.identifier, _lit(meta.id))
        add(art, _SCHEMA.headline, _lit(clean(meta.title)))
        add(art, _SCHEMA.articleBody, _lit(meta.text))
        add(art, _PARLEY.contentHash, _lit(meta.content_hash))
        add(art, _PARLEY.extractorVersion, _lit(EXTRACTOR_VERSION))
        add(art, _SCHEMA.inLanguage, _lit(meta.language))
        if meta.published:
            add(art, _SCHEMA.datePublished, f'"{_esc(meta.published.isoformat())}"{_DATE}')
        if meta.source:
            add(art, _DCT.source, _lit(clean(meta.source)))
        if meta.url:
            add(art, _SCHEMA.url, f'"{_esc(clean(meta.url))}"{_ANYURI}')

        for a in ex.actors:
            node = _actor(a.name)
            ent(node, _RDF.type, _ACTOR_CLASS[a.type])
            ent(node, _SKOS.prefLabel, _lit(clean(a.name)))
            add(node, _PARLEY.articleClass, _ACTOR_CLASS[a.type])  # this article's reading; the store
            add(node, _PARLEY.articleLabel, _lit(clean(a.name)))  # settles one of each across articles
            if a.acts:
                add(art, _PARLEY.acts, node)
            for alias in a.aliases:
                if alias != a.name:
                    add(node, _SKOS.altLabel, _lit(clean(alias)))
            for role in a.roles:
                add(node, _PARLEY.role, _lit(clean(role)))
            for aff in a.affiliations:
                add(node, _ORG.memberOf, _actor(aff))
                self.ground(node, _ORG.memberOf, _actor(aff), a.affiliation_evidence.get(aff))
            for rel in a.relations:
                rnode = f"<{self.base}relation/{slug(a.name)}--{slug(rel.kind)}--{slug(rel.to)}>"
                add(node, _PARLEY.relation, rnode)
                add(rnode, _RDF.type, _PARLEY.Relation)
                add(rnode, _PARLEY.relative, _actor(rel.to))
                add(rnode, _PARLEY.relationKind, _lit(clean(rel.kind)))
                if rel.evidence is not None:  # the relation node is the article's own: it carries its quote
                    add(rnode, _PROV.wasDerivedFrom, self.art)
                    add(rnode, _PARLEY.evidence, self.span(rel.evidence))
            self.mention(node, a.mentions)

        place_names = {p.name for p in ex.places}
        for p in ex.places:
            node = _place(p.name)
            ent(node, _RDF.type, _PARLEY.Place)
            ent(node, _SKOS.prefLabel, _lit(clean(p.name)))
            add(node, _PARLEY.articleLabel, _lit(clean(p.name)))
            ent(node, _PARLEY.placeType, _PLACE_TYPE[p.kind])
            if p.located_in in place_names:  # only places this article also holds (no dangling nodes)
                ent(node, _PARLEY.locatedIn, _place(p.located_in))
            if p.seat_of:
                ent(node, _PARLEY.seatOf, _actor(p.seat_of))
            for alias in p.aliases:
                add(node, _SKOS.altLabel, _lit(clean(alias)))
            self.mention(node, p.mentions)

        for i in ex.issues:
            node = _issue(i.name)
            ent(node, _RDF.type, _PARLEY.Issue)
            ent(node, _SKOS.inScheme, _PARLEY.issues)
            ent(node, _SKOS.prefLabel, _lit(clean(i.name)))
            add(node, _PARLEY.articleLabel, _lit(clean(i.name)))
            if i.broader:
                ent(node, _SKOS.broader, _issue(i.broader))
            for alias in i.aliases:
                ent(node, _SKOS.altLabel, _lit(clean(alias)))
            add(art, _PARLEY.mentioned, node)

        for p in ex.proposals:
            node = _proposal(p.name)
            ent(node, _RDF.type, _PARLEY.Proposal)
            ent(node, _SKOS.prefLabel, _lit(clean(p.name)))
            add(node, _PARLEY.articleLabel, _lit(clean(p.name)))
            for alias in p.aliases:
                add(node, _SKOS.altLabel, _lit(clean(alias)))
            for who in p.proposers:
                add(node, _PARLEY.proposedBy, _actor(who))
                self.ground(node, _PARLEY.proposedBy, _actor(who), p.proposer_evidence.get(who))
            for iss in p.issues:
                add(node, _PARLEY.touchesIssue, _issue(iss))
                self.ground(node, _PARLEY.touchesIssue, _issue(iss), p.issue_evidence.get(iss))
            if p.revision_of:
                add(node, _PROV.wasRevisionOf, _proposal(p.revision_of))
                self.ground(node, _PROV.wasRevisionOf, _proposal(p.revision_of), p.revision_evidence)
            self.mention(node, p.mentions)

        events: list[str] = []
        for ev in ex.events:
            node = self.assertion("event", _PARLEY.Event, ev, ev.evidence)
            events.append(node)
            add(node, _PARLEY.eventType, _PLOVER[ev.type])
            add(node, _RDFS.label, _lit(clean(ev.label)))
            if ev.mode:
                add(node, _PARLEY.mode, _lit(clean(ev.mode)))
            for s in ev.sources:
                add(node, _PARLEY.source, _actor(s))
            for t in ev.targets:
                add(node, _PARLEY.target, _actor(t))
            if ev.place:
                add(node, _PARLEY.place, _place(ev.place))
            if ev.proposal:
                add(node, _PARLEY.onProposal, _proposal(ev.proposal))
            self.date(node, ev.date)

        for pos in ex.positions:
            node = self.assertion("position", _PARLEY.Position, pos, pos.evidence)
            add(node, _PARLEY.holder, _actor(pos.holder))
            add(node, _PARLEY.stance, _STANCE[pos.stance])
            add(node, _PARLEY.text, _lit(clean(pos.target)))
            if pos.target_ref and pos.target_kind != "text":
                ref = {"proposal": _proposal, "issue": _issue, "actor": _actor}.get(pos.target_kind)
                if ref is not None:
                    add(node, _PARLEY.target, ref(pos.target_ref))
            if pos.condition:
                add(node, _PARLEY.condition, _lit(clean(pos.condition)))
            self.date(node, pos.date)

        for d in ex.demands:
            node = self.assertion("demand", _PARLEY.Demand, d, d.evidence)
            add(node, _PARLEY.demandedBy, _actor(d.by))
            for of in d.of:
                add(node, _PARLEY.demandedOf, _actor(of))
            add(node, _PARLEY.text, _lit(clean(d.what)))
            if d.issue:
                add(node, _PARLEY.touchesIssue, _issue(d.issue))
            if d.condition:
                add(node, _PARLEY.condition, _lit(clean(d.condition)))
            self.date(node, d.date)

        for c in ex.claims:
            node = self.assertion("claim", _PARLEY.Claim, c, c.evidence)
            add(node, _PARLEY.claimedBy, _actor(c.by))
            add(node, _PARLEY.text, _lit(clean(c.claim)))
            if c.about_event is not None and 0 <= c.about_event < len(events):
                add(node, _PARLEY.about, events[c.about_event])
            for dis in c.disputes:
                dnode = self.assertion("dispute", _PARLEY.Dispute, dis, dis.evidence)
                add(dnode, _PARLEY.disputant, _actor(dis.by))
                add(node, _PARLEY.disputedBy, dnode)
            self.date(node, c.date)

        for st in ex.statements:
            node = self.assertion("statement", _PARLEY.Statement, st, st.evidence)
            add(node, _PARLEY.speaker, _actor(st.speaker))
            add(node, _PARLEY.text, _lit(clean(st.text)))
            add(node, _PARLEY.direct, f'"{"true" if st.direct else "false"}"{_BOOLEAN}')
            if st.addressee:
                add(node, _PARLEY.addressee, _actor(st.addressee))
            self.date(node, st.date)

        return BuiltArticle(
            article_id=self.aid,
            graph_iri=article_graph_iri(self.aid),
            content_hash=meta.content_hash,
            article_lines=self.g,
            entity_lines=self.e,
        )


def build(ex: Extraction) -> BuiltArticle:
    """Turn one article's records into its named graph and its shared-entity triples."""
    return _Builder(ex).run()
