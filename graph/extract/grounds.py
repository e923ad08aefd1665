"""Grounding: the sentence that states each structural link of an article's records.

Affiliations, relations, proposers, a proposal's issues and revisions are set in many rules (and
some come from the gazetteer), none of which keeps the sentence it read. This pass finds it
afterwards, once per article: the earliest sentence holding a mention of both ends of a link.
An end is found by its mention spans, and an end that is the *other* party (the body someone
belongs to, the relative, the proposer, the earlier version) also by its name, its capitalised
aliases and, for a state, the gazetteer's adjective ("Russian president Vladimir Putin",
"Kremlin aide Yuri Ushakov" where the Kremlin names Russia). A link no sentence states (gazetteer
knowledge, an inference across sentences) gets no evidence: none is invented.

The cost is linear in words and mentions: sentences are indexed by offset once, every mention
is placed in its sentence by bisection, and names are looked up word by word in one pass.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from graph.extract.common import Context, evidence
from graph.extract.issues import Issue, load_issues
from graph.extract.paragraphs import Sentence
from graph.gazetteer import Gazetteer
from graph.records import ActorRecord, Extraction, Span

_WORD = re.compile(r"\w+")


class _Sentences:
    """Which sentence an offset falls in."""

    def __init__(self, sents: list[Sentence]) -> None:
        self.sents = sents
        self.starts = [s.start for s in sents]
        self.ends = [s.end for s in sents]

    def at(self, pos: int) -> int | None:
        k = bisect_right(self.starts, pos) - 1
        return k if k >= 0 and pos < self.ends[k] else None

    def of(self, spans: Iterable[Span]) -> set[int]:
        return {k for k in (self.at(s.start) for s in spans) if k is not None}


_PROPOSAL = "\x00proposal:"  # a revised proposal's key among the forms, apart from an actor of the same name


def _form(text: str) -> tuple[str, ...] | None:
    """The words a name is written in, as looked up in the text; None for a name of one letter or none."""
    w = tuple(_WORD.findall(text))
    return w if w and len("".join(w)) > 1 else None


def _actor_forms(name: str, rec: ActorRecord | None, gaz: Gazetteer) -> set[tuple[str, ...]]:
    """How the text may name an actor that is the other end of a link: its name, its aliases that
    are names (capitalised: "Kremlin", not "aide"), a state's adjective ("Russian")."""
    e = gaz.entries.get(name)
    typ = rec.type if rec is not None else (e.type if e is not None else "")
    aliases = [*(rec.aliases if rec is not None else ()), *(e.aliases if e is not None else ())]
    forms = {name}
    for a in aliases:
        a = a[4:] if a.startswith("the ") else a
        if a[:1].isupper():
            forms.add(a)
    if typ == "State" and e is not None:
        forms.update(x for x in e.adjectives if x[:1].isupper())
    return {w for w in map(_form, forms) if w is not None}


def _find_forms(text: str, forms: dict[tuple[str, ...], set[str]], sx: _Sentences) -> dict[str, set[int]]:
    """Sentences where each name's forms occur: one pass over the article's words."""
    found: dict[str, set[int]] = {}
    if not forms:
        return found
    firsts = {f[0] for f in forms}
    longest = max(len(f) for f in forms)
    words = list(_WORD.finditer(text))
    texts = [m.group() for m in words]
    for i, w in enumerate(texts):
        if w not in firsts:
            continue
        for n in range(1, min(longest, len(texts) - i) + 1):
            names = forms.get(tuple(texts[i:i + n]))
            if names:
                k = sx.at(words[i].start())
                if k is not None:
                    for name in names:
                        found.setdefault(name, set()).add(k)
    return found


def ground(ex: Extraction, sents: list[Sentence], ctx: Context, gaz: Gazetteer) -> None:
    """Set the evidence of every affiliation, relation, proposer, proposal issue and revision that a
    sentence of the article states (records are changed in place)."""
    if not sents:
        return
    sx = _Sentences(sents)
    actors = {a.name: a for a in ex.actors}
    proposals = {p.name: p for p in ex.proposals}
    mention_sents = {a.name: sx.of(a.mentions) for a in ex.actors}
    proposal_sents = {p.name: sx.of(p.mentions) for p in ex.proposals}

    # the other ends, and every form they may be written in
    forms: dict[tuple[str, ...], set[str]] = {}
    others = {x for a in ex.actors for x in a.affiliations} | {r.to for a in ex.actors for r in a.relations}
    others |= {x for p in ex.proposals for x in p.proposers}
    for name in others:
        for f in _actor_forms(name, actors.get(name), gaz):
            forms.setdefault(f, set()).add(name)
    revised = {p.revision_of for p in ex.proposals if p.revision_of}
    for name in revised:
        pr = proposals.get(name)
        for f in (name, *(pr.aliases if pr is not None else ())):
            if (w := _form(f)) is not None:
                forms.setdefault(w, set()).add(_PROPOSAL + name)
    written = _find_forms(ctx.text, forms, sx)

    def actor_sents(name: str) -> set[int]:
        return mention_sents.get(name, set()) | written.get(name, set())

    def first(a: set[int], b: set[int]) -> Span | None:
        both = a & b
        return evidence(ctx, sents[min(both)]) if both else None

    def stated(own: set[int], names: list[str]) -> dict[str, Span]:
        """The actors of ``names`` a sentence of ``own`` also names, with that sentence."""
        return {n: span for n in names if (span := first(own, actor_sents(n))) is not None}

    for a in ex.actors:
        own = mention_sents[a.name]
        if not own:
            continue
        a.affiliation_evidence.update(stated(own, a.affiliations))
        for rel in a.relations:
            rel.evidence = first(own, actor_sents(rel.to))

    scheme = {i.name: i for i in load_issues()}
    for p in ex.proposals:
        own = proposal_sents[p.name]
        if not own:
            continue
        p.proposer_evidence.update(stated(own, p.proposers))
        for name in p.issues:
            if (span := _issue_sentence(name, own, scheme, sents, ctx)) is not None:
                p.issue_evidence[name] = span
        if p.revision_of:
            other = proposal_sents.get(p.revision_of, set()) | written.get(_PROPOSAL + p.revision_of, set())
            p.revision_evidence = first(own, other)


def _issue_sentence(name: str, own: set[int], scheme: dict[str, Issue], sents: list[Sentence],
                    ctx: Context) -> Span | None:
    """The earliest sentence naming the proposal in which one of the issue's keywords occurs."""
    issue = scheme.get(name)
    if issue is None:
        return None
    for k in sorted(own):
        s = sents[k]
        if issue.pattern.search(ctx.text, s.start, s.end):
            return evidence(ctx, s)
    return None
