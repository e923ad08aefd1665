"""Claims and disputes: what an actor asserts ("Putin claimed Russian forces had taken control of
Pokrovsk", "accused the UAE of arming the RSF", "called them a power grab"), and who disputes it
("Ukrainian officials later disputed the claim", "Beijing rejects that reading", "denies …").
"""

from __future__ import annotations

from typing import Any

from graph.extract.common import Context, compact, evidence, subjects, subjunctive, subtree
from graph.extract.paragraphs import Sentence
from graph.extract.speech import Frame
from graph.records import ClaimRecord, DisputeRecord

STOP = {"relcl", "appos"}
SOMETHING = {"nothing", "something", "everything", "anything"}
SMALL = {"one", "two", "both", "half", "a", "an", "single"}
RELPRON = {"which", "that", "who"}
FIGURES = {"CARDINAL", "PERCENT", "MONEY", "QUANTITY"}


def _accusation(f: Frame) -> list[Any]:
    v = f.verb
    dobj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if v.lemma_ == "accuse" and dobj is not None:
        for c in list(v.children) + list(dobj.children):
            if c.dep_ == "prep" and c.lower_ == "of":
                return subtree(dobj, stop=STOP) + (subtree(c) if c.head.i == v.i else [])
    if v.lemma_ in ("call", "describe", "brand") and dobj is not None and dobj.lower_ not in ("what", "which", "that"):
        oprd = next((c for c in v.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr")), None)
        if oprd is None:
            for c in v.children:
                if c.dep_ == "prep" and c.lower_ == "as":
                    oprd = c
        if oprd is not None and any(t.pos_ in ("NOUN", "PROPN") for t in subtree(oprd)):
            return subtree(dobj, stop=STOP) + subtree(oprd)
    if v.lemma_ == "deny":
        for c in v.children:
            if c.dep_ in ("xcomp", "ccomp", "dobj"):
                return [v] + subtree(c)
    return []


def _relative_report(f: Frame) -> bool:
    """"…, which Baku says contains …", "a freeze that the union says has left …": the writer hands
    the clause about the noun to the speaker as the speaker's claim."""
    v = f.verb
    return v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN") and any(
        t.lower_ in RELPRON and t.dep_ in ("nsubj", "nsubjpass") for t in f.content)


def _undertaking(toks: list[Any]) -> bool:
    """A said-clause that commits or refuses ("X would not allow …", "X would call off … if …") states
    what the speaker's side will do, which is a position, not a claim about the world."""
    ids = {t.i for t in toks}
    head = next((t for t in toks if t.head.i not in ids or t.head.i == t.i), None)
    if head is None or head.pos_ != "VERB":
        return False
    modal = {c.lower_ for c in head.children if c.dep_ == "aux"} & {"would", "will", "'ll"}
    return bool(modal) and (any(c.dep_ == "neg" for c in head.children) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in head.children))


def _subjunctive(toks: list[Any]) -> bool:
    """Is the said-clause a mandative subjunctive (see :func:`subjunctive`)?"""
    ids = {t.i for t in toks}
    head = next((t for t in toks if t.head.i not in ids or t.head.i == t.i), None)
    return head is not None and subjunctive(head)


def _drop_fronted(toks: list[Any]) -> list[Any]:
    """Leave out adverbials before the subject ("after a five-hour meeting with …, the two sides were …")."""
    ids = {t.i for t in toks}
    head = next((t for t in toks if t.head.i not in ids or t.head.i == t.i), None)
    if head is None:
        return toks
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return toks
    drop: set[int] = set()
    for c in head.children:
        if c.i < subj.i and c.dep_ in ("prep", "advcl", "npadvmod", "advmod", "punct"):
            drop |= {t.i for t in subtree(c)}
    return [t for t in toks if t.i not in drop]


def _worth(ctx: Context, f: Frame, toks: list[Any], markers: list[str], disputed: set[int]) -> bool:
    """A said-clause is a claim when it asserts something of another actor, evaluates, or is
    disputed in the same or the next sentence."""
    text = " ".join(t.lower_ for t in toks)
    if any(m in text for m in markers):
        return True
    if any(t.ent_type_ in FIGURES and (any(ch.isdigit() for ch in t.text) or (
            t.lower_ not in SMALL and t.dep_ == "nummod" and t.whitespace_)) for t in toks):
        return True  # a figure ("92 per cent of operations went ahead", "three crew members were hurt")
    if f.sent.idx in disputed:
        return True
    head = next((t for t in toks if t.dep_ in ("ccomp", "xcomp") or t.head not in toks), None)
    if head is None:
        return False
    me = f.speakers[0]
    camp = {me, *ctx.table.actors[me].affiliations} if me in ctx.table.actors else {me}

    def other(m: Any) -> bool:
        return m is not None and m.kind not in ("pronoun",) and m.actor not in camp and not (
            m.actor in ctx.table.actors and set(ctx.table.actors[m.actor].affiliations) & camp)

    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and other(ctx.table.by_token.get((f.sent.para.idx, subj.i)))


def _dispute_verb(ctx: Context, s: Sentence, tok: Any, low: str) -> tuple[bool, Any]:
    """Is ``tok`` a verb disputing something said ("disputed the finding", "a figure officials have
    questioned", "denied the report")? Returns the verdict and the token whose subject disputes."""
    if tok.pos_ != "VERB" and not (tok.lower_ == "account" and "different account" in low):
        return False, tok
    cues, objs = _cue_sets(ctx)
    lem = tok.lemma_.lower()
    if lem in cues:
        dobj = next((c for c in tok.children if c.dep_ in ("dobj", "ccomp", "xcomp")), None)
        if dobj is None and tok.dep_ == "relcl" and tok.head.lemma_.lower() in objs:
            return True, tok
        hit = lem == "deny" or (dobj is not None and (dobj.lemma_.lower() in objs or dobj.dep_ != "dobj"))
        if lem in ("reject", "dismiss") and dobj is not None and dobj.lemma_.lower() not in objs:
            hit = False
        return hit, tok
    if tok.lower_ == "account":
        return True, tok.head
    return False, tok


def _cue_sets(ctx: Context) -> tuple[frozenset[str], frozenset[str]]:
    """The lexicon's dispute cues and disputable objects, built once per lexicon."""
    key = id(ctx.lex)
    hit = _CUES.get(key)
    if hit is None:
        hit = (frozenset(ctx.lex["dispute_cues"]), frozenset(ctx.lex["dispute_objects"]))
        _CUES.clear()
        _CUES[key] = hit
    return hit


_CUES: dict[int, tuple[frozenset[str], frozenset[str]]] = {}


def _tail(ctx: Context, s: Sentence) -> tuple[int, str | None] | None:
    """A trailing phrase that disputes what the sentence reports: "…, a figure the government
    disputes", "…, a claim Y called 'a lie'", "…, which Y denied". Returns the index of the comma
    opening it and the disputing actor."""
    cues, objs = _cue_sets(ctx)
    verbs = cues | frozenset(ctx.lex["dispute_label_verbs"])
    toks = list(s.span)
    for k, t in enumerate(toks[:-2]):
        if t.text != ",":
            continue
        rest = toks[k + 1:]
        j = 0
        if rest[0].lower_ in ("which", "something"):
            j = 1
        else:
            if rest[0].pos_ == "DET":
                j = 1
            while j < len(rest) and rest[j].pos_ == "ADJ":
                j += 1
            if j >= len(rest) or rest[j].lemma_.lower() not in objs and rest[j].lower_ not in objs:
                continue
            j += 1
            if j < len(rest) and rest[j].lower_ in ("that", "which"):
                j += 1
        who: str | None = None
        for x in rest[j:j + 6]:
            a = ctx.table.at(s.para, x.i)
            if a is not None and who is None:
                who = a
                continue
            if who is not None and x.pos_ in ("VERB", "NOUN", "AUX") and (
                    x.lemma_.lower() in verbs or x.lower_.rstrip("s") in verbs):
                return t.i, who or None
            if who is None and x.pos_ in ("VERB", "AUX") and x.dep_ != "aux":
                break
            if who is None and x.dep_ in ("nsubj", "compound") and x.pos_ == "NOUN":
                who = ""  # an unresolved subject ("a figure the government disputes")
    return None


def _has_dispute(ctx: Context, s: Sentence) -> bool:
    low = s.span.text.lower()
    return any(_dispute_verb(ctx, s, t, low)[0] and subjects(ctx, s, t) for t in s.span)


def extract_claims(ctx: Context, sents: list[Sentence], frames: list[Frame]) -> list[ClaimRecord]:
    verbs = set(ctx.lex["claim_verbs"]) | {"deny"}
    strong_all = set(ctx.lex["claim_strong"])
    tails = {s.idx: t for s in sents if s.kind == "body" and (t := _tail(ctx, s)) is not None}
    disputed = {s.idx for s in sents if s.kind == "body" and _has_dispute(ctx, s)}
    # a sentence that already makes a strong claim ("… but accused the army of …") is what the dispute is about
    disputed_claim = {i for i in disputed | {d - 1 for d in disputed}
                      if not any(f.sent.idx == i and f.verb.lemma_.lower() in strong_all for f in frames)}
    # "X gave a very different account. X's ministry said …": what follows is X's version, a claim
    versions = tuple(p for p in ctx.lex.raw.get("dispute_phrases", []) if " " in p)
    for s in sents:
        if s.kind == "body" and any(v in s.span.text.lower() for v in versions):
            disputed_claim |= {s.idx + 1, s.idx + 2}
    strong = set(ctx.lex["claim_strong"]) - {"call", "describe", "brand"}
    markers = [m.lower() for m in ctx.lex["claim_markers"]]
    out: list[ClaimRecord] = []
    where: list[int] = []  # sentence index of each claim
    seen: set[tuple[str, int, int]] = set()
    for f in frames:
        lem = f.verb.lemma_.lower()
        if lem not in verbs and f.verb.lower_ != "according":
            continue
        acc = _accusation(f)
        toks = acc or f.content
        if not toks or (f.direct and not f.content and not acc):
            continue
        if not acc and _subjunctive(toks):
            continue  # "insisted that any deal include …": a demand, not an assertion
        if not acc and lem not in strong and _undertaking(toks):
            continue  # "the government would not allow a regional deal …": a stance, not an assertion
        relative = not acc and _relative_report(f)
        if relative:  # "a reference, which Baku says contains a claim on X": the reference contains it
            toks = subtree(f.verb.head, stop={"relcl", "appos", "acl"}) + [t for t in toks if t.lower_ not in RELPRON]
        speaker = f.speakers[0]
        tail = tails.get(f.sent.idx)
        if tail is not None:
            if f.verb.i > tail[0]:
                continue  # the verb of the disputing tail itself
            toks = [t for t in toks if t.i < tail[0]]
        elif not acc and not relative and lem not in strong and not _worth(ctx, f, toks, markers, disputed_claim):
            continue
        toks = [t for t in toks if not (t.dep_ == "mark" and t.lower_ in ("that", "whether"))]
        toks = _drop_fronted(toks)
        key = (speaker, f.sent.idx, f.verb.i if f.verb.dep_ == "conj" and lem in strong else -1)
        if key in seen:
            continue
        text = compact(toks)
        if len(text.split()) < 3 or not any(t.pos_ in ("NOUN", "PROPN", "NUM", "ADJ") or t.lower_ in SOMETHING
                                            for t in toks):
            continue  # "it must be": nothing asserted of anything
        seen.add(key)
        out.append(ClaimRecord(by=speaker, claim=text, evidence=evidence(ctx, f.sent)))
        where.append(f.sent.idx)
        if tail is not None and tail[1] is not None and tail[1] != speaker:
            out[-1].disputes.append(DisputeRecord(by=tail[1], evidence=evidence(ctx, f.sent)))
    for s in sents:  # "X blamed Y, a claim Z called 'a lie'": the main clause is the claim
        tail = tails.get(s.idx)
        if tail is None or s.idx in where:
            continue
        root = s.span.root
        who = subjects(ctx, s, root) if root.pos_ in ("VERB", "AUX") and root.i < tail[0] else []
        if not who or tail[1] is None or who[0] == tail[1]:
            continue
        drop = {t.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass") for t in subtree(c)}
        toks = [t for t in s.span if root.i <= t.i < tail[0] and t.i not in drop]
        text = compact(toks)
        if len(text.split()) < 3:
            continue
        out.append(ClaimRecord(by=who[0], claim=text, evidence=evidence(ctx, s),
                               disputes=[DisputeRecord(by=str(tail[1]), evidence=evidence(ctx, s))]))
        where.append(s.idx)
    # disputes
    for s in sents:
        if s.kind != "body":
            continue
        low = s.span.text.lower()
        for tok0 in s.span:
            if s.idx in tails and tok0.i > tails[s.idx][0]:
                continue  # already attached to the claim it trails
            hit, tok = _dispute_verb(ctx, s, tok0, low)
            if not hit:
                continue
            who = subjects(ctx, s, tok)
            if not who:
                continue
            best = None
            for i in range(len(out) - 1, -1, -1):
                if where[i] > s.idx or s.idx - where[i] > 8:
                    continue
                c = out[i]
                if c.by == who[0] or who[0] in ctx.table.actors and c.by in ctx.table.actors[who[0]].affiliations \
                        or c.by in ctx.table.actors and who[0] in ctx.table.actors[c.by].affiliations:
                    continue  # nobody disputes their own camp's claim
                if best is None:
                    best = i
                if who[0].lower()[:4] in c.claim.lower() or any(
                        who[0] == ctx.table.at(sents[where[i]].para, t.i) for t in sents[where[i]].span):
                    best = i
                    break
            if best is not None:
                c = out[best]
                if all(d.by != who[0] for d in c.disputes):
                    c.disputes.append(DisputeRecord(by=who[0], evidence=evidence(ctx, s)))
    return out
