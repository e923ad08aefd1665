"""Positions: who supports, opposes, is mixed on, or conditionally accepts what.

From stance verbs ("objected to", "welcomed", "rejected") and evaluative phrases ("not
acceptable", "looks better", "could serve as a basis"). The holder is the verb's subject or the
speaker of the sentence; the target is the verb's object, or the subject the evaluation is
predicated of, or the object of a preposition ("attitude towards a number of proposals").
"""

from __future__ import annotations

import functools
import re
from typing import Any

from graph.extract.common import Context, compact, evidence, subjects, subtree
from graph.extract.paragraphs import Sentence
from graph.extract.speech import Frame
from graph.records import PositionRecord

STOP = {"relcl", "advcl", "ccomp", "appos"}
INDEFINITE = {"anything", "something", "everything", "nothing", "any", "whatever"}
COND = re.compile(r"\b(only if|unless|provided that|on condition that|as long as|only after)\b", re.I)
# "provided they were reviewed", "provided it is binding": a bare "provided" opening a clause
PROVIDED = re.compile(r"\bprovided(?: that)?(?= (?:they|it|we|he|she|both|all|each|such)\b)", re.I)


def _merged(lex: Any, key: str) -> dict[str, list[str]]:
    """A stance → words table from lexicon.json, extended by stance.json's ``KEY_more``."""
    out = {k: list(v) for k, v in lex.raw.get(key, {}).items()}
    for k, v in lex.raw.get(f"{key}_more", {}).items():
        out.setdefault(k, []).extend(w for w in v if w not in out[k])
    return out


@functools.lru_cache(maxsize=4)
def _cond_re(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Sentence-level condition cues, longest first, from data (stance.json ``condition_phrases``)."""
    if not phrases:
        return COND
    alts = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"\b({alts})\b", re.I)


def _condition(lex: Any, text: str) -> re.Match[str] | None:
    """The condition cue of a sentence: "only if", "provided that", "only once", a clause-opening "provided"."""
    return _cond_re(tuple(lex.raw.get("condition_phrases", []))).search(text) or PROVIDED.search(text)


def _target_of_verb(tok: Any) -> list[Any]:
    for c in tok.children:
        if c.dep_ in ("dobj", "attr"):
            return subtree(c, stop=STOP)
    for c in tok.children:
        if c.dep_ in ("prep", "prt") and c.lower_ in ("to", "against", "on", "with", "of", "towards", "back"):
            for g in c.children:
                if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME"):
                    return subtree(g, stop=STOP)
                if g.dep_ == "prep":
                    for h in g.children:
                        if h.dep_ == "pobj":
                            return subtree(h, stop=STOP)
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp"):
            return subtree(c, stop={"relcl", "advcl"})
    return []


def _conditioned(ctx: Context, tok: Any) -> bool:
    """Does the verb carry its own condition ("would sign … only if Y", "would not sign … unless Y")?"""
    marks = set(ctx.lex.raw.get("condition_marks", []))
    return any(c.dep_ in ("advcl", "conj") and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
               for c in tok.children)  # the parser often hangs "…, but only if Y stops" on as a conjunct


def _collective_holder(ctx: Context, s: Sentence, verb: Any, owner: dict[tuple[int, int], list[str]]) -> list[str]:
    """A subject that names no actor but a share of one: "countries in the coalition", "81 per cent of
    members" in what a union said. The body the subject belongs to, else the speaker of the clause."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "NUM") or ctx.table.resolve(s.para, subj):
        return []
    for t in subtree(subj, stop={"relcl", "acl", "appos"}):
        if t.dep_ == "pobj" and t.head.lower_ in ("in", "of", "from") and t.i > subj.i:
            who = ctx.table.resolve(s.para, t)
            if who:
                return who
    return (owner.get((s.idx, verb.i)) or [])[:1] if verb.dep_ == "ccomp" else []


def _condition_mark(ctx: Context, tok: Any) -> str | None:
    """The mark of the condition a verb carries ("if", "unless")."""
    marks = set(ctx.lex.raw.get("condition_marks", []))
    for c in tok.children:
        if c.dep_ == "advcl":
            m = next((m for m in c.children if m.dep_ == "mark" and m.lower_ in marks), None)
            if m is not None:
                return m.lower_
    return None


def _in_condition(ctx: Context, tok: Any) -> bool:
    """Is the verb inside a condition clause ("… unless they reach deals")? Then it states the condition,
    not a position."""
    marks = set(ctx.lex.raw.get("condition_marks", []))
    v = tok
    for _ in range(6):
        if v.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in v.children):
            return True
        if v.head.i == v.i:
            break
        v = v.head
    return False


def _commitment_target(tok: Any) -> list[Any]:
    """What a commitment verb is about: "sign any deal", "return to implementing the agreement"."""
    for c in tok.children:
        if c.dep_ == "dobj":
            return subtree(c, stop=STOP)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "on"):
            for g in c.children:
                if g.dep_ == "pobj":
                    return subtree(g, stop=STOP)
                if g.dep_ == "pcomp":
                    return [g] + next((subtree(d, stop=STOP) for d in g.children if d.dep_ == "dobj"), [])
    return []


def _prep_object_after(s: Sentence, pos: int, last: bool = False) -> list[Any]:
    best: list[Any] = []
    for t in s.span:
        if t.dep_ in ("pobj", "pcomp") and t.head.lower_ in ("towards", "toward", "on", "to", "with", "against", "of", "about", "from", "behind") \
                and t.i >= pos:
            best = subtree(t, stop=STOP)
            if not last:
                return best
    return best


def extract_positions(ctx: Context, sents: list[Sentence], frames: list[Frame]) -> list[PositionRecord]:
    verbs = _merged(ctx.lex, "stance_verbs")
    evaluative = _merged(ctx.lex, "evaluative")
    able = set(ctx.lex.raw.get("able_modals", []))
    judging = set(ctx.lex.raw.get("evaluation_verbs", []))
    refusals = set(ctx.lex.raw.get("refusal_verbs", []))
    commitments = set(ctx.lex.raw.get("commitment_verbs", []))
    disputed = set(ctx.lex["dispute_objects"])
    non_targets = set(ctx.lex.raw.get("non_targets", []))
    anaphoric = set(ctx.lex.raw.get("anaphoric_nouns", []))
    last_target = ""
    phrases = _merged(ctx.lex, "stance_phrases")
    willing = set(ctx.lex.raw.get("willingness_words", []))
    endorse = set(ctx.lex.raw.get("endorsement_verbs", []))
    settlements = set(ctx.lex.raw.get("proposal_heads", [])) | set(ctx.lex.raw.get("settlement_nouns", []))
    agreeable = commitments | set(ctx.lex.raw.get("endorsement_verbs", [])) | set(ctx.lex.raw.get("negotiation_verbs", []))
    out: list[PositionRecord] = []
    para_seen: dict[int, list[PositionRecord]] = {}
    speaker_of: dict[int, list[str]] = {}
    for f in frames:
        speaker_of.setdefault(f.sent.idx, f.speakers)
    content_of: dict[int, list[Any]] = {}
    owner: dict[tuple[int, int], list[str]] = {}
    for f in frames:
        if f.content:
            content_of.setdefault(f.sent.idx, f.content)
            for t in f.content:
                owner.setdefault((f.sent.idx, t.i), f.speakers)
    for s in sents:
        if s.kind != "body":
            continue
        p = s.para
        prev_content = content_of.get(s.idx - 1, []) if s.idx > 0 and sents[s.idx - 1].para is p else []
        found: dict[tuple[str, str], PositionRecord] = {}
        judged: set[int] = set()  # positions read from a judgement ("called X 'a step forward'")
        cond = _condition(ctx.lex, s.span.text)
        for tok in s.span:
            if tok.pos_ not in ("VERB",):
                continue
            lem = tok.lemma_.lower()
            stance = None
            nxt = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
            for st, words in verbs.items():
                if lem in words or f"{lem} {nxt}" in words:
                    stance = st
            negated = any(c.dep_ == "neg" for c in tok.children)
            prt = [c for c in tok.children if c.dep_ == "prt"]
            phrasal = any(f"{lem} {c.lower_}" in commitments for c in prt)
            if stance is None and (lem in commitments or phrasal) and _conditioned(ctx, tok):
                # "would return to implementing X only if …", "would not sign any deal unless …",
                # "would call off the stoppage if the authority agreed …"
                holder = subjects(ctx, s, tok)
                subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                if not holder and subj is not None and subj.pos_ == "NOUN" and tok.dep_ == "ccomp":
                    holder = (owner.get((s.idx, tok.i)) or [])[:1]  # "Keady said the union would …": her side
                target = _commitment_target(tok)
                if phrasal and target:
                    target = [tok, *prt, *target]
                if not target and lem in endorse:
                    target = [tok, *prt]  # "We will sign tomorrow if they tell us …"
                mark = cond.group(0) if cond is not None else _condition_mark(ctx, tok)
                if holder and target and (any(t.pos_ in ("NOUN", "PROPN") for t in target) or target[0].i == tok.i) \
                        and mark:
                    for h in holder[:2]:
                        found.setdefault((h, "conditional"), PositionRecord(
                            holder=h, stance="conditional", target=compact(target), condition=mark,
                            evidence=evidence(ctx, s)))
                continue
            refusal = negated and stance is None and (
                lem in refusals or any(f"{lem} {c.lower_}" in refusals for c in prt))
            if refusal:
                stance = "support"  # "does not recognise the court", "would not lay down its weapons"
            if stance is None or lem in ("see", "want") or any(c.dep_ == "nsubjpass" for c in tok.children):
                continue
            if _in_condition(ctx, tok):
                continue
            modal = {c.lower_ for c in tok.children if c.dep_ == "aux"} & {"should", "must", "could", "would", "will",
                                                                           "might", "may"}
            # "would not accept X" is a refusal, "would accept X only if Y" a condition: positions both
            decided = modal <= {"would", "will"} | able and (negated or (cond is not None and stance == "support"))
            # "would support whatever arrangement …", "would oppose any concession": the subject's own stance
            decided = decided or (modal <= {"would", "will"} and tok.dep_ in ("ROOT", "ccomp", "conj"))
            if (modal and not decided) or (tok.dep_ == "xcomp" and tok.head.lemma_ == "have"):
                continue  # "both sides should accept": a demand of the speaker, not a position of the subject
            if negated:
                stance = "oppose" if stance == "support" else "support"
            holder = subjects(ctx, s, tok) or _collective_holder(ctx, s, tok, owner)
            target = _target_of_verb(tok)
            if target and target[0].lower_ in INDEFINITE:  # "anything that restricted access": the clause says what
                target = subtree(target[0], stop={"advcl", "ccomp", "appos"})
            if refusal and not target:  # "would not negotiate under the threat of a strike"
                target = [t for c in tok.children if c.dep_ in ("prep", "advmod") for t in subtree(c)]
            if refusal and target:  # the refused act, not only its object: "lay down its weapons"
                target = sorted({tok.i: tok, **{c.i: c for c in prt}, **{t.i: t for t in target}}.values(),
                                key=lambda t: t.i)
            if not holder or not target:
                continue
            if cond and stance == "support":
                stance = "conditional"
            txt = compact(target)
            if not txt or not any(t.pos_ in ("NOUN", "PROPN") for t in target):
                continue
            if any(t.lemma_.lower() in disputed for t in target if t.dep_ in ("dobj", "pobj") or t.i == target[0].i) \
                    and len(target) <= 3:
                continue  # "rejects that reading": a dispute, not a position
            if target[0].lower_ in non_targets or any(t.lower_ in non_targets and t.head.i == tok.i for t in target):
                continue
            spk = owner.get((s.idx, tok.i)) or speaker_of.get(s.idx) or []
            if len(holder) > 1 and spk and spk[0] in ctx.table.actors:
                camp = {spk[0], *ctx.table.actors[spk[0]].affiliations}
                holder = [h for h in holder if h in camp] or holder  # "the two sides reached …", says one side
            for h in holder[:2]:
                found.setdefault((h, stance), PositionRecord(
                    holder=h, stance=stance, target=txt, condition=cond.group(0) if cond else None,
                    evidence=evidence(ctx, s)))
        low = s.span.text.lower().replace("\u2019", "'")
        for stance, plist in phrases.items():
            for ph in plist:
                i = low.find(ph)
                if i < 0:
                    continue
                toks = [t for t in s.span if t.idx - s.span.start_char >= i]
                if not toks:
                    continue
                t0 = toks[0]
                holder = owner.get((s.idx, t0.i)) or speaker_of.get(s.idx) or []
                if not holder:
                    root = s.span.root
                    holder = subjects(ctx, s, root)
                if not holder:
                    continue
                # the subject the evaluation is predicated of
                v = t0
                while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
                    v = v.head
                target: list[Any] = []
                if ph.split()[-1] in ("to", "for", "behind"):  # "there is no alternative to dialogue": what follows
                    target = _prep_object_after(s, t0.i)
                for c in ([] if target else v.children):
                    if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("this", "that", "it") and prev_content:
                        target = prev_content
                        break
                    if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ctx.lex.role_words:
                        cand = subtree(c, stop=STOP)
                        if not ctx.table.resolve(p, c) and c.pos_ != "PRON" and any(
                                (x.idx - s.span.start_char < i or x.idx - s.span.start_char >= i + len(ph))
                                and x.pos_ in ("NOUN", "PROPN") for x in cand):
                            target = cand
                if not target:
                    for c in v.children:
                        if c.dep_ == "dobj" and not ctx.table.resolve(p, c) and c.pos_ != "PRON":
                            target = subtree(c, stop=STOP)
                if not target and content_of.get(s.idx) and speaker_of.get(s.idx):
                    target = [t for t in content_of[s.idx] if not (t.dep_ == "mark" and t.lower_ == "that")]
                if not target:
                    target = _prep_object_after(s, t0.i, last=stance == "mixed")
                if not target or all(t.pos_ in ("PRON", "DET", "PUNCT") for t in target):
                    continue
                st = "conditional" if cond and stance == "support" else stance
                if (holder[0], st) in found:
                    continue
                found[(holder[0], st)] = PositionRecord(holder=holder[0], stance=st, target=compact(target),
                                                        condition=cond.group(0) if cond else None,
                                                        evidence=evidence(ctx, s))
                if v.lemma_.lower() in judging:
                    judged.add(id(found[(holder[0], st)]))
                break
        # willingness: "Ethiopia is ready to agree guidelines", "remains willing to discuss the roadmap"
        for tok in s.span:
            if tok.pos_ != "ADJ" or tok.lower_ not in willing or tok.dep_ not in ("acomp", "oprd", "amod"):
                continue
            xc = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            pobj = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "to")
                         for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in settlements), None)
            if xc is None and pobj is not None:
                xc = pobj  # "ready for an all-for-all exchange" (a settlement, not "ready for war")
            elif xc is None or xc.lemma_.lower() not in agreeable:
                continue  # "ready to host" is an offer
            if any(c.dep_ == "neg" for c in tok.head.children) or tok.head.dep_ in ("acl", "relcl", "advcl"):
                continue  # "skepticism that Russia is ready to …" is nobody's stance
            holder = subjects(ctx, s, tok.head) if tok.head.pos_ in ("AUX", "VERB") else []
            holder = holder or owner.get((s.idx, tok.i)) or speaker_of.get(s.idx) or []
            target = [t for t in subtree(xc, stop=STOP) if not (t.dep_ == "aux" and t.head.i == xc.i)]
            if holder and any(t.pos_ in ("NOUN", "PROPN") for t in target):
                st = "conditional" if cond else "support"
                found.setdefault((holder[0], st), PositionRecord(holder=holder[0], stance=st, target=compact(target),
                                                                 condition=cond.group(0) if cond else None,
                                                                 evidence=evidence(ctx, s)))
        # evaluative adjectives: "a very substantial framework", called the proposal "the worst yet"
        for tok in s.span:
            if tok.pos_ != "ADJ" and not (tok.pos_ == "VERB" and tok.dep_ in ("acomp", "oprd")):
                continue  # a participle used as an adjective: "remained committed to"
            stance = next((st for st, words in evaluative.items() if tok.lower_ in words), None)
            if stance is None:
                continue
            gv = tok.head
            while gv.pos_ not in ("VERB", "AUX") and gv.head.i != gv.i:
                gv = gv.head
            if any(c.dep_ == "neg" for c in (*tok.children, *tok.head.children)):
                stance = "oppose" if stance == "support" else "support"  # "had never been acceptable"
            judge = gv.lemma_.lower() in judging
            holder = owner.get((s.idx, tok.i)) or speaker_of.get(s.idx) or []
            if not holder and judge:  # "she called the revised text 'weaker than …'": who called it
                holder = subjects(ctx, s, gv)
            if not holder:
                continue
            target = []
            pobj = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "towards", "toward")
                    for g in c.children if g.dep_ == "pobj"]
            if pobj and tok.dep_ in ("acomp", "oprd") and not ctx.table.resolve(p, pobj[0]):
                target = subtree(pobj[0], stop=STOP)  # "remained fully committed to the ceasefire"
            elif tok.dep_ == "amod" and judge and tok.head.dep_ == "dobj" and tok.head.head.i == gv.i:
                inner = {t.i for t in subtree(tok)}  # a quoted judgement the parser hung on the object
                target = [t for t in subtree(tok.head, stop=STOP) if t.i not in inner and t.i < tok.i]
            elif tok.dep_ == "amod":
                target = subtree(tok.head, stop=STOP)
                h = tok.head
                if h.dep_ in ("oprd", "attr"):
                    v = h.head
                    kids = sorted(v.children, key=lambda c: c.dep_ != "dobj")
                    obj = next((c for c in kids if c.dep_ in ("dobj", "nsubj") and c.pos_ != "PRON"
                                and c.lower_ not in ctx.lex.role_words and not ctx.table.resolve(p, c)), None)
                    if obj is not None:
                        target = subtree(obj, stop=STOP)
                        if v.lemma_ == "be":
                            target = [t for t in subtree(v, stop={"ccomp", "conj", "cc"}) if t.dep_ != "mark"]
                elif content_of.get(s.idx) and any(t.i == tok.i for t in content_of[s.idx]):
                    target = [t for t in content_of[s.idx] if not (t.dep_ == "mark" and t.lower_ == "that")]
            elif tok.dep_ in ("acomp", "oprd", "attr", "conj"):
                v = tok.head
                while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
                    v = v.head
                obj = next((c for c in v.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.pos_ != "PRON"
                            and not ctx.table.resolve(p, c)), None)
                if obj is not None:
                    target = subtree(obj, stop=STOP)
                    if v.lemma_ == "be":  # "the controls are normal, lawful steps to refine …": the whole clause
                        target = [t for t in subtree(v, stop={"relcl", "advcl", "ccomp"}) if t.dep_ != "mark"]
            if not target or ctx.table.resolve(p, target[0].head if False else tok.head) and tok.dep_ == "amod" and \
                    ctx.table.at(p, tok.head.i):
                continue
            st = "conditional" if cond and stance == "support" else stance
            if (holder[0], st) in found or all(t.pos_ in ("PRON", "DET", "PUNCT") for t in target):
                continue
            found[(holder[0], st)] = PositionRecord(holder=holder[0], stance=st, target=compact(target),
                                                    evidence=evidence(ctx, s))
            if judge:
                judged.add(id(found[(holder[0], st)]))
        merged: dict[str, PositionRecord] = {}
        found = {k: v for k, v in found.items() if any(w.isalpha() and w.lower() not in ("that", "this", "it", "them", "to")
                                                       for w in v.target.split())
                 and not re.fullmatch(r"(?:its|their|his|her|our)\s+\S+", v.target, flags=re.I)}
        for r in found.values():
            if not r.target or re.fullmatch(r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
                                            r.target.lower()):
                continue
            camp = set(ctx.table.actors[r.holder].affiliations) if r.holder in ctx.table.actors else set()
            if any((h in camp or r.holder in (ctx.table.actors[h].affiliations if h in ctx.table.actors else []))
                   and merged[h].stance == r.stance for h in merged):
                continue  # "Gargash said the UAE welcomed …": one position for the camp
            if r.holder in merged:
                first = merged[r.holder]
                if first.stance != r.stance and {first.stance, r.stance} & {"support", "mixed"} == {first.stance, r.stance}:
                    first.stance = "mixed"
                continue
            merged[r.holder] = r
        contrast = _contrast_at(ctx, s)
        text_low = s.span.text.lower()
        if contrast >= 0:
            for r in merged.values():
                at = text_low.find(r.target.split()[0].lower())
                if r.stance == "support" and id(r) in judged and 0 <= at < contrast and r.target.lower() not in text_low[contrast:]:
                    r.stance = "mixed"  # "called the offer 'a real opening' but said the floor would shut out …"
        for r in sorted(merged.values(), key=lambda r: text_low.find(r.target.split()[0].lower())):
            words = r.target.split()
            if len(words) == 1 and words[0].lower() in anaphoric and last_target and last_target != r.target:
                r.target = f"{r.target} ({' '.join(last_target.split()[:3])})"  # "the move" → what was just named
            if len(words) > 1:
                last_target = r.target
        for r in merged.values():
            camp = _camp(ctx, r.holder)
            if any(o.stance == r.stance and camp & _camp(ctx, o.holder) for o in para_seen.get(id(p), [])):
                continue  # "Russia criticised the plan. Its spokeswoman said Moscow would not recognise …": one position
            para_seen.setdefault(id(p), []).append(r)
            out.append(r)
    return out


def _contrast_at(ctx: Context, s: Sentence) -> int:
    """Offset in the sentence of a "but" that goes on with the same subject ("… but said", "… but would not"):
    a reservation that makes what came before it mixed. -1 when there is none."""
    words = set(ctx.lex.raw.get("contrast_words", ["but"]))
    toks = list(s.span)
    for k, t in enumerate(toks[:-1]):
        if t.lower_ not in words or t.dep_ != "cc":
            continue
        nxt = next((x for x in toks[k + 1:] if x.pos_ not in ("ADV", "PUNCT", "PART")), None)
        if nxt is not None and nxt.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "expl") and t.i < c.i < nxt.i
                                                                       for c in nxt.children):
            return t.idx - s.span.start_char
    return -1


def _camp(ctx: Context, holder: str) -> set[str]:
    """A holder and the states or groups it speaks for."""
    a = ctx.table.actors.get(holder)
    return {holder, *(a.affiliations if a is not None else [])}
