"""Article → records: parse each paragraph once, read actors, then speech, events, positions,
demands, claims and proposals from the same parse.

An actor is listed as acting when it is a named person of the body, a subject of some verb, or
takes a role in any extracted record; actors only mentioned in passing stay out of the facts view.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import Any

from graph.extract.actors import Actor, ActorReader, ActorTable, home_state, state_body_endings
from graph.extract.claims import assertion_frames, extract_claims
from graph.extract.common import Context, clear_doc_caches
from graph.extract.dates import _find_dates, nearest_date
from graph.extract.demands import extract_demands
from graph.extract.events import extract_events
from graph.extract.fastlemma import speed_up_lemmatizer
from graph.extract.fastruler import speed_up
from graph.extract.grounds import ground
from graph.extract.issues import _issues_in, tag_issues
from graph.extract.lexicon import load_lexicon
from graph.extract.paragraphs import Sentence, parse
from graph.extract.positions import extract_positions
from graph.extract.proposals import extract_proposals
from graph.extract.speech import frames, statements
from graph.gazetteer import Gazetteer, load_gazetteer
from graph.nlp import load_nlp
from graph.records import (
    ActorRecord,
    ArticleMeta,
    ClaimRecord,
    DemandRecord,
    EventRecord,
    Extraction,
    PlaceRecord,
    PositionRecord,
    ProposalRecord,
    Relation,
    Span,
    StatementRecord,
)


@functools.lru_cache(maxsize=1)
def extraction_nlp() -> Any:
    """The shared model, with output-identical fast paths for the attribute ruler (graph/extract/
    fastruler.py) and the lemmatizer (graph/extract/fastlemma.py): the same parse for about an
    eighth less of spaCy's time."""
    nlp = load_nlp()
    speed_up(nlp)
    speed_up_lemmatizer(nlp)
    return nlp


def link_targets(positions: list[PositionRecord], proposals: list) -> None:  # noqa: ANN001
    """A position whose target names a proposal mentioned in the same sentence points at that proposal."""
    for pos in positions:
        low = pos.target.lower()
        for pr in proposals:
            inside = any(pos.evidence.start <= m.start < pos.evidence.end for m in pr.mentions)
            heads = {m.text.lower() for m in pr.mentions}
            if inside and any(h in low for h in heads):
                pos.target_kind, pos.target_ref = "proposal", pr.name
                break


def name_linked(positions: list[PositionRecord], proposals: list, words: int = 18) -> None:  # noqa: ANN001
    """A target linked to a proposal by a short mention ("rejected the revised offer") carries the proposal's name
    and its other names ("revised offer (Wednesday offer; pay $32 billion fixed)"), within ``words`` words, so the
    target says which proposal and what it holds, as the proposal does."""
    by_name = {pr.name: pr for pr in proposals}
    for pos in positions:
        pr = by_name.get(pos.target_ref or "") if pos.target_kind == "proposal" else None
        if pr is None or "(" in pos.target:
            continue
        seen, extra, budget = pos.target.lower(), [], words - len(pos.target.split())
        for n in [pr.name, *pr.aliases]:
            k = len(n.split())
            if n.lower() in seen or k > budget:
                continue
            extra.append(n)
            seen += " " + n.lower()
            budget -= k
        if extra:
            pos.target = f"{pos.target} ({'; '.join(extra)})"


def resolve_it(positions: list[PositionRecord], demands: list, proposals: list, text: str = "") -> None:  # noqa: ANN001
    """"sign up to it": when the sentence names a proposal, say which one "it" is; when it names none, the proposal
    its paragraph named last before it ("The treaty was signed in May. X urged the senate to reject it")."""
    for rec in [*positions, *demands]:
        attr = "target" if isinstance(rec, PositionRecord) else "what"
        said = getattr(rec, attr)
        if not re.search(r"\b(it|them)\b", said) or len(said.split()) > 17:
            continue
        start = rec.evidence.start
        near = [(m.start, m.text) for pr in proposals for m in pr.mentions if start <= m.start < rec.evidence.end]
        if not near and text and re.fullmatch(r"(?:\w+ ){0,3}(?:it|them)", said):  # a short act on "it" alone
            para = text.rfind("\n", 0, start) + 1
            before = [(m.start, m.text) for pr in proposals for m in pr.mentions if para <= m.start < start]
            near = [max(before)] if before else []
        if near:
            head = min(near)[1]
            if head.lower() not in said.lower():
                m = re.search(r"\b(it|them)\b", said)
                assert m is not None
                setattr(rec, attr, f"{said[:m.end()]} ({head}){said[m.end():]}")


QUOTE_OPENERS = ('"', "\u201c", "'", "\u2018")
_GLOSS = re.compile(r"\([^)]*\)")  # "it (the proposal)", from resolve_it
_LONG_WORD = re.compile(r"[A-Za-z]{4,}")


def cover_what_is_said(text: str, sents: list[Sentence],
                       records: list[PositionRecord | DemandRecord | ClaimRecord]) -> None:
    """A stance, demand or claim read from the first sentence of a quote that a later sentence attributes ('"The
    constitution is not a technicality. It is the last obstacle," Bayramov said.') gets both sentences as its
    evidence, so the evidence holds what the record says (its first three long words)."""
    by_start = {x.start: k for k, x in enumerate(sents)}
    for rec in records:
        said = getattr(rec, "target", None) or getattr(rec, "what", None) or getattr(rec, "claim", None) or ""
        said = _GLOSS.sub("", said)  # "it (the proposal)": the gloss names a sentence before, rightly
        words = _LONG_WORD.findall(said)[:3]
        ev = rec.evidence
        k = by_start.get(ev.start)
        if not words or k is None or k == 0 or all(w.lower() in ev.text.lower() for w in words):
            continue
        prev = sents[k - 1]
        if prev.para is sents[k].para and prev.text.lstrip()[:1] in QUOTE_OPENERS and all(w.lower() in text[prev.start:ev.end].lower() for w in words):
            start = prev.start + len(text[prev.start:ev.end]) - len(text[prev.start:ev.end].lstrip())
            rec.evidence = Span.model_construct(start=start, end=ev.end, text=text[start:ev.end])


def state_voice(table, lex, positions, demands, frames) -> None:  # noqa: ANN001
    """A state's ministry or government speaks for the state: "Iran's Foreign Ministry said" → Iran."""
    bodies = state_body_endings(lex)

    def voice(name: str) -> str:
        a = table.actors.get(name)
        if a is None or a.type != "Organization" or not name.lower().endswith(bodies):
            return name
        st = next((x for x in a.affiliations if x in table.actors and table.actors[x].type == "State"), None)
        return st or name

    for p in positions:
        p.holder = voice(p.holder)
    for d in demands:
        d.by = voice(d.by)


def _crowd(a: Actor | None, text: str) -> bool:
    """A collective never named, only described ("workers blocked the road", "residents fled"): being a
    subject does not make it a party; it acts only through an event, stance, demand, claim or statement of its own."""
    if a is None or a.type != "Group" or len(a.aliases) > 1:
        return False
    return all(_described(text, s, e) for s, e in a.mentions)


def _described(text: str, s: int, e: int) -> bool:
    """A mention in lower case, or capitalised only because it opens a sentence ("Residents fled")."""
    words = text[s:e].split()
    if words and words[0].lower() == "the" and len(words) > 1:
        return words[1][:1].islower()  # "the residents" vs "The Mothers of the Disappeared"
    if not words or words[0][:1].islower():
        return True
    return text[:s].rstrip(" ")[-1:] in ("", "\n", ".", '"', "\u201c", ":")  # "Residents fled": a sentence opens


def bodies_through_people(table, lex, acting: set[str]) -> set[str]:  # noqa: ANN001
    """A body acts through the person who leads or speaks for it: "X, president of the bishops'
    conference, said" makes the conference an acting party. Only leading or speaking roles
    (lexicon ``representative_roles``) count — an analyst does not act for his think tank, a
    minister is not the act of a body he visited — and only bodies the text names; a state's
    ministry or office speaks for the state (``state_voice``), not for itself."""
    reps = frozenset(lex.raw.get("representative_roles", []))
    bodies = state_body_endings(lex)
    # "Thai army" already acts: "the Royal Thai Army" its commander heads is that body under a longer name
    named_acting = [set(n.lower().split()) for n in acting
                    if getattr(table.actors.get(n), "type", "") in ("Organization", "Group")]
    out: set[str] = set()
    for name in acting:
        a = table.actors.get(name)
        if a is None or a.type != "Person" or not a.affiliations:
            continue
        roles = [r.lower() for r in a.roles if r]
        if not any(r in reps or r.split()[-1] in reps for r in roles):
            continue
        for aff in a.affiliations:
            b = table.actors.get(aff)
            if (b is not None and b.type in ("Organization", "Group") and b.mentions
                    and not aff.lower().endswith(bodies)
                    and not any(w < set(aff.lower().split()) for w in named_acting)):
                out.add(aff)
    return out


def _canonical_names(table: ActorTable, events: list[EventRecord], positions: list[PositionRecord],
                     demands: list[DemandRecord], claims: list[ClaimRecord], stmts: list[StatementRecord],
                     proposals: list[ProposalRecord]) -> None:
    """Records name actors by their canonical name: a reader that kept an alias ("Drivers" for the
    drivers' union) would otherwise make a second node, with no mentions and a guessed type."""
    by_alias: dict[str, set[str]] = {}
    for a in table.actors.values():
        for x in a.aliases:
            by_alias.setdefault(x, set()).add(a.name)

    def canon(name: str) -> str:
        if name in table.actors or len(owners := by_alias.get(name, ())) != 1:
            return name
        return next(iter(owners))

    def canon_all(names: list[str]) -> list[str]:
        return list(dict.fromkeys(canon(n) for n in names))  # two aliases of one actor: one name

    for ev in events:
        ev.sources, ev.targets = canon_all(ev.sources), canon_all(ev.targets)
    for x in positions:
        x.holder = canon(x.holder)
    for d in demands:
        d.by, d.of = canon(d.by), canon_all(d.of)
    for c in claims:
        c.by = canon(c.by)
        for dis in c.disputes:
            dis.by = canon(dis.by)
    for st in stmts:
        st.speaker = canon(st.speaker)
        st.addressee = canon(st.addressee) if st.addressee else st.addressee
    for pr in proposals:
        pr.proposers = canon_all(pr.proposers)
    for a in table.actors.values():
        a.affiliations = [x for x in canon_all(a.affiliations) if x != a.name]
        a.relations = [(k, canon(t)) for k, t in a.relations]


class _Preparsed:
    """Stands in for the model in ``parse``: hands out docs already parsed in one batch, and
    parses with the model any text it was not given (so it never changes what ``parse`` gets)."""

    def __init__(self, nlp: Any, texts: list[str]) -> None:
        self.nlp = nlp
        self.docs: dict[str, list[Any]] = {}
        for text, doc in zip(texts, nlp.pipe(texts, batch_size=256), strict=True):
            self.docs.setdefault(text, []).append(doc)  # one doc per occurrence: docs are not shared

    def pipe(self, texts: Iterable[str]) -> Iterator[Any]:
        texts = list(texts)
        missing = [t for t in texts if not self.docs.get(t)]
        fresh = iter(self.nlp.pipe(missing)) if missing else iter(())
        for t in texts:
            q = self.docs.get(t)
            yield q.pop(0) if q else next(fresh)


def extract_many(metas: list[ArticleMeta], *, gazetteer: Gazetteer | None = None) -> Iterator[Extraction | Exception]:
    """``extract`` for several articles, with all their paragraphs parsed in one ``nlp.pipe``
    call: spaCy runs ~5 % faster on larger batches and its docs do not depend on the batch.
    A failing article yields its exception in its place, the others go on."""
    from graph.extract.paragraphs import _blanked, split_paragraphs

    nlp = extraction_nlp()
    texts = [_blanked(p) for m in metas for p in split_paragraphs(m.text)]
    pre: Any = nlp
    if len(metas) > 1:
        try:
            pre = _Preparsed(nlp, texts)
        except Exception:  # noqa: BLE001 - parse one article at a time: the failure is then its own
            pre = nlp
    for m in metas:
        try:
            yield extract(m, gazetteer=gazetteer, nlp=pre)
        except Exception as exc:  # noqa: BLE001 - the caller reports it against this article
            yield exc


def extract(meta: ArticleMeta, *, gazetteer: Gazetteer | None = None, nlp: Any = None) -> Extraction:
    """Records of one article. ``nlp`` is for :func:`extract_many` (docs parsed ahead). The thread's doc tables
    (:func:`clear_doc_caches`) are let go when it returns or fails: a failed article's parse is not held either."""
    try:
        return _extract(meta, gazetteer, nlp)
    finally:
        clear_doc_caches()


def _extract(meta: ArticleMeta, gazetteer: Gazetteer | None, nlp: Any) -> Extraction:
    """:func:`extract`'s reading, which leaves the doc tables to it."""
    # the date and issue readers memoise per sentence; an article's records share sentences, other
    # articles rarely do, so the memo lives for one article (and the same text extracted twice,
    # as in bench/extract_speed.py, gains nothing from it)
    _find_dates.cache_clear()
    _issues_in.cache_clear()
    clear_doc_caches()
    gaz = gazetteer or load_gazetteer()
    lex = load_lexicon()
    paras, sents = parse(meta.text, nlp or extraction_nlp())
    reader = ActorReader(gaz, lex, paras, sents)
    reader.table.home = home_state(gaz, paras, lex)
    table = reader.run()
    ctx = Context(meta.text, table, lex, meta.published)

    fr = frames(ctx, sents)
    speakers: dict[int, list[str]] = {}
    for f in fr:
        speakers.setdefault(f.sent.idx, f.speakers)
    events = extract_events(ctx, sents, speakers)
    ctx.speakers = speakers  # "we" in a quote is its speaker for stances, demands and claims (not events)
    positions = extract_positions(ctx, sents, fr)
    implied: list[tuple[str, str, Span]] = []  # (holder, what, evidence) of appeals, from extract_demands
    asserting = assertion_frames(ctx, sents, fr)
    demands = extract_demands(ctx, sents, fr, asserting, implied)
    held = {(x.holder, x.evidence.start) for x in positions}
    for holder, what, ev in implied:  # appeals that back their act (demands._backs)
        if (holder, ev.start) not in held:
            positions.append(PositionRecord(holder=holder, stance="support", target=what, evidence=ev))
            held.add((holder, ev.start))
    state_voice(table, lex, positions, demands, fr)
    claims = extract_claims(ctx, sents, fr, asserting)
    proposals = extract_proposals(ctx, sents)
    stmts = statements(ctx, fr)
    link_targets(positions, proposals)
    name_linked(positions, proposals)
    resolve_it(positions, demands, proposals, meta.text)
    cover_what_is_said(meta.text, sents, [*positions, *demands, *claims])
    for rec in [*positions, *demands, *claims, *stmts]:
        if rec.date is None:
            rec.date = nearest_date(rec.evidence.text, 0, meta.published)

    _canonical_names(table, events, positions, demands, claims, stmts, proposals)
    acting: set[str] = set()
    for ev in events:
        acting.update(ev.sources)
        acting.update(ev.targets)
    acting.update(x.holder for x in positions)
    for d in demands:
        acting.add(d.by)
        acting.update(d.of)
    for c in claims:
        acting.add(c.by)
        acting.update(x.by for x in c.disputes)
    acting.update(x.speaker for x in stmts)
    for pr in proposals:
        acting.update(pr.proposers)
    for m in table.by_token.values():
        p = paras[m.para]
        h = p.doc[m.head]
        while h.dep_ == "conj" and h.head.i != h.i:
            h = h.head
        if p.kind == "body" and (h.dep_ in ("nsubj", "nsubjpass") or (h.dep_ == "pobj" and h.head.dep_ == "agent")):
            if m.actor not in acting and not _crowd(  # one already acting needs no second look
                    table.actors.get(m.actor), meta.text):
                acting.add(m.actor)  # the subject, or the agent of a passive ("farmers, organised by the union")
    for a in table.actors.values():
        if a.type == "Person" and a.named:
            acting.add(a.name)
    acting.update(bodies_through_people(table, lex, acting))

    needed = set(acting)
    for st in stmts:  # "told the Bundestag": the audience is a node of the graph, though it need not act
        if st.addressee and st.addressee not in table.actors and getattr(gaz.entries.get(st.addressee), "kind", "") != "actor":
            st.addressee = None  # a word no actor is known by names no one
        elif st.addressee:
            needed.add(st.addressee)
    for name in list(acting):
        a = table.actors.get(name)
        if a:
            needed.update(a.affiliations)
            needed.update(r[1] for r in a.relations)
    records: list[ActorRecord] = []
    for name in sorted(needed):
        a = table.actors.get(name)
        if a is None:
            e = gaz.entries.get(name)
            records.append(ActorRecord(name=name, type=(e.type if e and e.kind == "actor" else "State"),  # type: ignore[arg-type]
                                       acts=False))
            continue
        spans = sorted({(s, e) for s, e in a.mentions})
        records.append(ActorRecord(
            name=a.name, type=a.type,  # type: ignore[arg-type]
            aliases=sorted({x for x in a.aliases if x and x != a.name}),
            roles=a.roles, affiliations=[x for x in a.affiliations if x != a.name],
            relations=[Relation(kind=k, to=t) for k, t in a.relations if t != a.name],
            # offsets come from the parse itself: skip pydantic's per-span validation (hot path)
            mentions=[Span.model_construct(start=s, end=e, text=meta.text[s:e]) for s, e in spans],
            acts=name in acting))
    places: dict[str, PlaceRecord] = {}
    for name, pl in table.places.items():
        # a place keeps its first mention as provenance: every mention costs ~14 triples in the store
        first = sorted(set(pl["mentions"]))[:1]
        places[name] = PlaceRecord(name=name, kind=pl["kind"], seat_of=pl["seat_of"], located_in=pl["located_in"],
                                   mentions=[Span(start=s, end=e, text=meta.text[s:e]) for s, e in first])
    for ev in events:
        if ev.place and ev.place not in places:
            places[ev.place] = PlaceRecord(name=ev.place)
    for pl in list(places.values()):
        for ref in (pl.seat_of,):
            if ref and ref not in {r.name for r in records}:
                pl.seat_of = None
        if pl.located_in and pl.located_in not in places:
            pl.located_in = None
    ex = Extraction(article=meta, actors=records, places=list(places.values()), proposals=proposals,
                    events=events, positions=positions, demands=demands, claims=claims, statements=stmts)
    tag_issues(ex)
    ground(ex, sents, ctx, gaz)  # last: it reads the final names, mentions and issues
    return ex
