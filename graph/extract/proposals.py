"""Proposals and their versions: named plans, drafts, offers, frameworks, truces.

A noun phrase headed by a proposal word (graph/data/lexicon.json ``proposal_heads``) that carries
a distinguishing mark (a number such as "28-point", an actor, or a marker such as "peace",
"draft", "original", "updated") is a proposal. Mentions sharing a number or "original" are one
proposal; "updated/revised version" is a revision of the earliest one. Proposers come from actor
modifiers ("US peace plan", "the Quad's roadmap") and "from/by X".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from graph.extract.common import Context, compact, subjects, subtree
from graph.extract.paragraphs import Sentence
from graph.records import ProposalRecord, Span

NUMBERED = re.compile(r"\d")
PLANS = {"plan", "proposal", "proposals", "roadmap", "framework", "text", "document", "paper", "draft", "offer", "blueprint"}
FIRSTS = {"original", "first", "initial", "earlier", "previous"}  # the version a revision revises
ORDINALS = FIRSTS | {"second", "third"}
GENERIC = {"version", "text", "draft"}  # words that name any kind of proposal by its form
YEAR = re.compile(r"(19|20)\d\d")
STRONG = {"plan", "proposal", "proposals", "roadmap", "road map", "framework", "initiative", "draft", "deal", "agreement",
          "offer", "blueprint", "accord", "pact", "declaration", "arrangement", "consensus", "version"}


@dataclass
class _Prop:
    name: str
    keys: set[str]
    head: str
    revision: bool
    proposers: list[str] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    mentions: list[Span] = field(default_factory=list)
    revision_of: str | None = None


def extract_proposals(ctx: Context, sents: list[Sentence]) -> list[ProposalRecord]:
    heads = set(ctx.lex["proposal_heads"])
    markers = set(ctx.lex["proposal_markers"])
    revs = set(ctx.lex["revision_markers"])
    props: list[_Prop] = []
    last_in_sentence: dict[int, tuple[int, _Prop]] = {}
    for s in sents:
        if s.kind == "caption":
            continue
        p = s.para
        for tok in s.span:
            if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ not in heads:
                continue
            if tok.dep_ == "compound":
                continue
            mods = [t for t in subtree(tok, stop={"relcl", "acl", "prep", "appos", "conj", "cc", "advcl"}) if t.i <= tok.i]
            extra: list[Any] = []
            proposers: list[str] = []
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "from", "by", "for", "on"):
                    g = next((x for x in c.children if x.dep_ == "pobj"), None)
                    if g is None:
                        continue
                    if c.lower_ in ("from", "by"):
                        proposers += ctx.table.resolve(p, g)
                    if c.lower_ == "of" and tok.lower_ in ("version", "draft", "revision", "text"):
                        extra = [c] + subtree(g, stop={"relcl", "acl"})
                        for t in subtree(g):
                            a = ctx.table.at(p, t.i)
                            if a:
                                proposers.append(a)
                if c.dep_ in ("acl", "relcl") and c.lemma_ in ("present", "propose", "draft", "table", "put", "submit",
                                                             "unveil", "offer", "table", "announce", "release", "circulate",
                                                             "publish", "issue"):
                    for g in subtree(c):
                        if (g.dep_ == "pobj" and g.head.lower_ == "by") or (g.dep_ == "nsubj" and g.head.i == c.i):
                            proposers += ctx.table.resolve(p, g)
                if c.dep_ == "relcl":
                    for g in c.children:
                        if g.dep_ == "nsubj":
                            proposers += ctx.table.resolve(p, g)
            for t in mods:
                a = ctx.table.at(p, t.i)
                if a:
                    proposers.append(a)
            if not extra and all(t.i == tok.i or t.pos_ in ("DET", "PRON") for t in mods):
                acl = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
                if acl is not None:  # "the agreement reached in Geneva in May"
                    extra = subtree(acl)
            if not extra and tok.lower_ in STRONG and any(c.dep_ == "poss" for c in tok.children):
                of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                if of is not None:  # "the employers' offer of a 50 per cent raise"
                    extra = subtree(of, stop={"relcl"})
            for c in tok.children:  # "a proposal to triple adaptation finance to $120 billion": the aim names it
                if c.dep_ == "acl" and tok.lower_ in STRONG and any(x.lower_ == "to" and x.dep_ == "aux" for x in c.children) \
                        and not extra:
                    extra = subtree(c)
            words = [t.lower_ for t in mods + extra]
            keys = {w for w in words if (NUMBERED.search(w) and not YEAR.fullmatch(w)) or w in ORDINALS | {"latest"}}
            keys |= {t.lower_ for t in mods + extra if t.pos_ == "PROPN" and not ctx.table.at(p, t.i)}
            is_rev = bool(revs & set(words)) or any(" ".join(words).find(r) >= 0 for r in revs if " " in r)
            if tok.lower_ in ("text", "regime", "version", "document", "paper", "consensus") and not (
                    keys or is_rev or proposers or "draft" in words):
                continue
            if tok.lower_ == "resolution" and "draft" not in words:
                continue
            if not proposers and tok.dep_ in ("dobj", "pobj") and tok.head.pos_ in ("VERB", "ADP"):
                v = tok.head if tok.head.pos_ == "VERB" else tok.head.head
                if v.pos_ == "VERB" and v.lemma_ in ("offer", "present", "propose", "table", "submit", "draft", "unveil",
                                                      "put", "turn", "set", "make", "send"):
                    proposers = subjects(ctx, s, v)
            for c in tok.children:
                if c.dep_ == "poss" and c.pos_ == "PRON" and not proposers and tok.lower_ in STRONG | {"truce", "ceasefire"}:
                    proposers = subjects(ctx, s, tok.head if tok.head.pos_ in ("VERB", "AUX") else tok.head.head) \
                        or subjects(ctx, s, s.span.root)
                if c.dep_ == "acl" and c.pos_ == "VERB" and any(x.lower_ == "to" for x in c.children):
                    extra = extra + subtree(c)
            marked = bool(keys) or bool(proposers) or bool(markers & set(words)) or is_rev or (
                tok.lower_ in STRONG and any(c.dep_ == "poss" for c in tok.children))
            if not marked:
                continue
            if tok.lower_ not in STRONG and not (keys or proposers or is_rev or ("draft" in words and tok.lower_ in PLANS)):
                continue
            toks = [t for t in mods if t.dep_ != "poss" and t.text not in ("'s", "\u2019s")] + extra
            name = compact(toks, 10)
            name = re.sub(r"^(?:its|their|his|her|our|this|that|these|those)\s+", "", name, flags=re.I)
            name = re.sub(r"^so-called\s+", "", name, flags=re.I)  # "the so-called X" names X itself
            if name.lower() == tok.lower_ and proposers and len(proposers[0]) <= 12:
                name = f"{proposers[0]} {name}"  # "the Quad … set out its roadmap" → "Quad roadmap"
            if not name or name.lower() == tok.lower_:
                continue
            colon = next((t.i for t in s.span if t.text == ":" and t.i < tok.i), None)
            if colon is not None and last_in_sentence.get(s.idx) is not None and last_in_sentence[s.idx][0] < colon:
                host = last_in_sentence[s.idx][1]  # "its roadmap: a three-month truce …" describes the roadmap
                host.aliases.add(name)
                continue
            proposers = list(dict.fromkeys(proposers))
            prev = last_in_sentence.get(s.idx)
            if tok.dep_ == "appos" and prev is not None and prev[0] == tok.head.i and not is_rev:
                host = prev[1]  # "the X roadmap, a 12-point draft prepared by Y": one proposal, described twice
                if name.lower() != host.name.lower():
                    host.aliases.add(name)
                host.keys |= keys
                host.proposers += [x for x in proposers if x not in host.proposers]
                continue
            sp = Span(start=s.start + (tok.idx - s.span.start_char), end=s.start + (tok.idx - s.span.start_char) + len(tok.text),
                      text=tok.text)
            target = None
            generic = not keys - {"latest"} and not proposers and not is_rev and tok.lower_ in PLANS and (
                "latest" in words or "new" in words or "current" in words)
            if generic:  # "the latest proposal": the plan most recently named
                target = next((q for q in reversed(props) if q.head in PLANS), None)
            for q in ([] if target else props):
                if q.name.lower() == name.lower():
                    target = q
                elif keys & q.keys and not is_rev and not q.revision:
                    target = q
                elif is_rev and q.revision and (q.head == tok.lower_ or {q.head, tok.lower_} & GENERIC):
                    target = q  # "a revised version tabled by the EU" … "the revised offer": one revision
                elif q.head == tok.lower_ and proposers and set(proposers) & set(q.proposers) and not keys:
                    target = q  # "the employers' offer …", later "a fair and generous offer": one offer
                if target:
                    break
            if target is None:
                target = _Prop(name, keys, tok.lower_, is_rev)
                if is_rev:
                    base = next((q for q in props if not q.revision and ("original" in q.keys or q.keys)), None) \
                        or next((q for q in props if not q.revision), None)
                    target.revision_of = base.name if base else None
                props.append(target)
            elif name.lower() != target.name.lower():
                target.aliases.add(name)
            for who in proposers:
                short = who if len(who) <= 12 else None
                if short and short.lower() not in name.lower():
                    target.aliases.add(f"{short} {tok.lower_}")  # "E3 offer": who proposed it, in few words
            target.keys |= keys
            target.proposers += [x for x in proposers if x not in target.proposers]
            if s.kind == "body":
                target.mentions.append(sp)
            last_in_sentence[s.idx] = (tok.i, target)
    for q in props:  # a revision revises the original plan, wherever the article names it
        if q.revision:
            base = next((b for b in props if not b.revision and b.keys & FIRSTS), None) or next(
                (b for b in props if not b.revision and b.keys), None) or next(
                (b for b in props if not b.revision and b.head in PLANS), None)
            q.revision_of = base.name if base else q.revision_of
    revised = {q.revision_of for q in props if q.revision}
    out = []
    for q in props:
        if not q.mentions:
            continue
        named = {k for k in q.keys if k not in ORDINALS | {"latest"}}
        if len(q.mentions) == 1 and not q.proposers and not named and not q.revision and q.name not in revised:
            continue  # a passing "the original framework" with nobody behind it is not a proposal of the article
        kept: list[str] = []
        budget = 20 - len(q.name.split())
        for al in sorted(q.aliases, key=len):  # the facts view reads name + aliases as one short label
            if len(al.split()) <= budget:
                kept.append(al)
                budget -= len(al.split())
        q.aliases = set(kept)
        out.append(ProposalRecord(name=q.name, aliases=sorted(q.aliases), proposers=q.proposers,
                                  revision_of=q.revision_of, mentions=q.mentions))
    return out
