"""Demands: who demands what of whom, one record per item of a list, conditions kept.

Cues come from graph/data/lexicon.json and demands_claims.json: "urge/call on/want/ask/press/order X to V" (each coordinated
verb phrase is a demand of X), "demand/call for/insist on N" (each coordinated noun phrase),
"demands … including A, B and C", "only if X does A, B and C" (X is asked for each), a list after
a colon following a demand noun ("instructions were limited to …: A, B and C") and "X had to V"
inside what a speaker said; "insisted that any deal include X" (the subjunctive); an offer that
hangs on another side's act ("would call off the strike if the authority agreed to …"); "asked both sides
for access" (ask Y for X); "no second phase without X", "any inspection without a vote would be a violation"
(what an act may not go ahead without); a side's need voiced by its minister ("said Khartoum needed
guarantees"); a quote that goes on after its speaker, with its object pronoun read as the thing named before.
Who asks: the reporter for a past-tense call joined to a reported clause, the speaker for "it" after "X said",
the one actor known by a description ("the union's demand"), the first actor inside a garbled subject,
the side whose list of demands the sentence before names ("… list of demands. It calls for …").
What is asked keeps the content of an asked guarantee ("a guarantee that farmers receive …"), an amount the
tagger split off ("GH¢4,500 a bag") and what lifts a bar ("should not release the ship until …"); "would have to"
foretells, it asks nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from graph.extract.common import (
    FINITE,
    FIRST_PERSON,
    FIRST_PERSON_OBJECTS,
    TEXT_WORDS,
    WILL_WOULD,
    Context,
    demonym_state,
    evidence,
    glue,
    key_heads,
    past_mandative,
    subjects,
    subjunctive,
    subtree,
    will_insist,
)
from graph.extract.common import compact as _compact
from graph.extract.paragraphs import Sentence, children_of, subtree_of, tokens_of
from graph.extract.speech import Frame, quoted_at
from graph.records import DemandRecord

STOP = {"relcl", "advcl", "ccomp", "acl", "appos", "conj", "cc", "punct"}
REPORTING = {"say", "tell", "add", "write", "insist", "state"}


def compact(tokens: list[Any], limit: int = TEXT_WORDS) -> str:
    """What a side asks, in the room the scorer gives a demand's text (``TEXT_WORDS``), not the shorter
    label limit: the cut falls after the thing asked more often ("… and a commitment to hold talks under
    United Nations auspices")."""
    return _compact(tokens, limit)


RELATIVE = {"whose", "which", "who", "whom"}
OBLIGATION = re.compile(r"\b(had to|has to|have to|must|should)\b", re.I)
REFUSING = {"reject", "deny", "dispute", "dismiss", "refuse", "oppose", "resist", "question", "challenge"}
CONTRAST = {"not", "than", "rather", "instead"}  # "within days, not months", "rather than widen them"
ASIDE_MARKS = {"while", "as", "whereas", "because", "although", "though"}
CAUSATIVE = {"let", "make", "help", "have"}  # verbs whose bare-infinitive complement completes the act
LIGHT = {"let", "make", "have", "get", "do", "be"}  # alone they name no act
MODIFYING = {"including", "notably", "especially", "particularly", "with", "without", "before", "after", "until",
             "once"}  # an item opening so qualifies the one before it ("…, before its members sign"): no item of its own
VAGUE_THINGS = {"anything", "any", "offer", "deal", "figure", "rate", "raise", "increase", "settlement", "something", "nothing"}
PLACEHOLDER = re.compile(r"^(?:(?:one|two|three|four|a few|several|some|just one|only one|the same)\s+)?"
                         r"(?:thing|things|point|points)$|^(?:something|this|that|it)$", re.I)
EVERY = {"any", "every", "each", "all"}  # "any return must be voluntary": a requirement on whatever is agreed
PERCEIVED = {"see", "view", "regard", "consider", "understand", "note", "say", "remember", "read", "expect", "judge"}  # "must be seen as"
FORECAST = WILL_WOULD | {"might", "could", "may"}  # "would have to": a consequence, not an obligation
NOBODY = {"nobody", "no", "none", "nothing", "i", "we"}  # "nobody should believe …", "we must …" ask nothing of another


def _backs(ctx: Context, it: list[Any]) -> bool:
    """Does an appeal's act imply its maker's support? An appeal to act ("urged both sides to accept X") does;
    an act said to be owed ("the rebels still had to accept X": no "to" opens it) backs nothing of the speaker's,
    nor an appeal that keeps a thing from change ("to keep oil out of it": keeping_marks)."""
    words = [t.lower_ for t in sorted(it, key=lambda t: t.i) if not (t.is_space or t.is_punct)]
    if not words or words[0] != "to":
        return False
    marks = ctx.lex.cached("demands.keeping_marks", lambda raw: tuple(  # whole words: " out of ", not "without"
        f" {' '.join(w.lower().split())} " for w in raw.get("keeping_marks", []) if w.split()))
    said = f" {' '.join(words)} "
    return not any(m in said for m in marks)


def _asides(toks: list[Any]) -> list[Any]:
    """Drop a clause set off by a comma that comments rather than asks ("…, saying exporters stood to
    gain", "…, while Y said …", "…, escalating a row"): it is no part of what was asked."""
    ids = {t.i for t in toks}
    drop: set[int] = set()
    for t in toks:
        if t.dep_ == "conj" and t.head.i in ids and _contrast(t):  # "close the gaps rather than widen them"
            drop |= {x.i for x in subtree_of(t)} | {y.i for x in children_of(t.head) if x.i < t.i and x.lower_ in CONTRAST for y in subtree_of(x)}
            continue
        hung = t.dep_ == "acl" and t.tag_ == "VBG" and t.lower_ not in MODIFYING  # "… killed in the crash, escalating
        # a row that …": the parser may hang the aside on a noun
        if not (t.dep_ in ("advcl", "parataxis") or hung) or t.head.i not in ids or t.left_edge.i == 0:
            continue
        first = t.left_edge
        if tokens_of(t.doc)[first.i - 1].text == "," and (t.tag_ == "VBG" and first.i == t.i or first.lower_ in ASIDE_MARKS):
            drop |= {x.i for x in subtree_of(t)}
    return [t for t in toks if t.i not in drop]


def _orders(verb: Any) -> bool:
    """Does ``verb`` take an object and a to-infinitive ("required Mali to publish"), not in a counterfactual
    ("would have required each navy to …": an old draft's term, asked of nobody now)?"""
    kids = list(children_of(verb))
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in kids) and any(c.dep_ == "aux" and c.lower_ == "would" for c in kids):
        return False
    if verb.dep_ in ("acl", "relcl", "amod") or not any(c.dep_ == "nsubj" for c in kids):
        return False  # "drops a clause requiring the units to disband": a text's term, no one asking
    return any(c.dep_ == "dobj" for c in kids) and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c)) for c in kids)


def _past_aside(verb: Any) -> str:
    """"called, once again, for …", "urged, in a letter, …": the word after a short aside set off by
    commas right after ``verb`` (lower case), or "" when no such aside closes within six tokens."""
    doc = verb.doc
    doc_toks = tokens_of(doc)
    end = next((j for j in range(verb.i + 2, min(len(doc), verb.i + 8)) if doc_toks[j].text == ","), None)
    if end is None or end + 1 >= len(doc) or any(doc_toks[j].pos_ in ("VERB", "AUX") for j in range(verb.i + 2, end)):
        return ""
    return doc_toks[end + 1].lower_


def _content_nouns(ctx: Context) -> frozenset[str]:
    """Nouns whose that-clause is their content ("a guarantee that …", "assurances that …"), from
    demands_claims.json: asking for one is asking for what the clause says."""
    return ctx.lex.cached("demands.content_nouns", lambda raw: frozenset(raw.get("content_nouns", [])))


def _content_clause(clause: Any) -> bool:
    """Is ``clause`` opened by "that" with a subject of its own ("that farmers receive X")? Then "that" is
    no relative pronoun (a relative clause lacks one of its arguments) but the mark of a content clause."""
    first = clause.left_edge
    return first.lower_ == "that" and first.i < clause.i and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in children_of(clause)) and (
        first.dep_ == "mark" or any(c.dep_ == "dobj" and c.lower_ != "that" for c in children_of(clause)))


def _relative_lead(clause: Any) -> bool:
    """", whose call triggered …", ", more than a million of whom have been sent back": a clause whose subject holds a
    relative pronoun is a relative clause on a noun before it, which the parser may hang on the verb."""
    if clause.left_edge.lower_ in RELATIVE:
        return True
    subj = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
    return subj is not None and any(t.lower_ in RELATIVE for t in subtree(subj, stop={"relcl", "appos", "acl"}))


def _repeated_prep(verb: Any, pobj: Any) -> list[Any]:
    """"pressed the delegation for A, and for B": the items after a repeated preposition, which the parse joins to
    the first one, to the verb or to a verb it wrongly joins to the verb."""
    prep = pobj.head
    return [n for c in subtree_of(verb) if c.dep_ == "conj" and c.lower_ == prep.lower_ and c.i > pobj.i
            for g in children_of(c) if g.dep_ == "pobj" for n in _conj_items(g)]


def _clause_verb(tok: Any) -> Any:
    """The verb of the clause ``tok`` sits in ("… but the two sides remained far apart on the core demand": "remained",
    whose subject, not the sentence's first one, owns the demand); the sentence root when there is none."""
    for a in tok.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            return a
    return tok.sent.root


def _subject_owner(ctx: Context, p: Any, verb: Any) -> list[str]:
    """"Botswana's answer was a counter-proposal: A and B", "the union's reply was a list: …": a clause whose subject
    is a side's word (a noun it owns) sets out that side's terms, whatever aside sits between."""
    subj = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN" or not any(c.dep_ == "poss" for c in children_of(subj)):
        return []
    return _owner(ctx, p, subj)


def _joint_subject(verb: Any) -> bool:
    """"the two sides remained far apart on …", "both parties …": a subject naming several sides at once, which
    no single side's demand belongs to."""
    subj = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.tag_ == "NNS" and any(
        c.lower_ in ("two", "both", "three", "all") for c in children_of(subj) if c.dep_ in ("nummod", "det", "predet"))


def _listed_owner(ctx: Context, sents: list[Sentence], s: Sentence, words: set[str]) -> list[str]:
    """"At the heart of the dispute is Hungary's 11-point list of demands. It calls for …": "it" opening the
    sentence after one that names a side's demands (or its list of them) is that list, so the side asks."""
    k = s.idx - 1
    if k < 0 or k >= len(sents) or sents[k].idx != k or sents[k].para is not s.para:
        return []
    for t in sents[k].tokens:
        if t.lower_ not in words or t.pos_ != "NOUN":
            continue
        listing = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN" else t
        who = _owner(ctx, s.para, listing) or _owner(ctx, s.para, t)
        if who:
            return who[:1]
    return []


def _listed_participles(verb: Any, after: int) -> list[Any]:
    """"calls for A, B and guaranteed representation in the council": the last item of a list, a participle
    with its object, read as a second verb of the demand's own verb (no subject or auxiliary of its own)."""
    return [c for c in children_of(verb) if c.dep_ == "conj" and c.tag_ == "VBN" and c.i > after
            and tokens_of(c.doc)[c.i - 1].lower_ == "and" and any(d.dep_ == "dobj" for d in children_of(c))
            and not any(d.dep_ in ("nsubj", "nsubjpass", "aux") for d in children_of(c))]


def _with_cc(v: Any) -> list[Any]:
    """Conjunct ``v`` with the "and"/"or" joining it to its head: the words of one more item."""
    return [*subtree_of(v), *(g for g in children_of(v.head) if g.dep_ == "cc" and g.i < v.i)]


def _nounlike(tok: Any) -> bool:
    """A "verb" followed by "of" ("raises of 6 percent") is a plural noun the tagger misread."""
    return tok.pos_ == "VERB" and tok.tag_ == "VBZ" and tok.i + 1 < len(tok.doc) and tokens_of(tok.doc)[tok.i + 1].lower_ == "of"


def _contrast(tok: Any) -> bool:
    """Does ``tok`` open a contrast ("not months", "rather than widen them") rather than a new item?"""
    k = tok.i
    prev = tokens_of(tok.doc)[k - 1].lower_ if k > 0 else ""
    return tok.lower_ in CONTRAST or prev in ("than", "instead") or (prev == "not" and tok.dep_ == "conj")


def _perfect(v: Any) -> bool:
    """A verb in a perfect tense ("has now vanished", "had agreed"): what happened, never an act asked for."""
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had", "'s", "'ve") for c in children_of(v))


def _bare_verb(v: Any) -> bool:
    """A coordinated verb with no subject, object or complement of its own ("completed and verified before …")
    shares its partner's act: one thing asked, not two."""
    return all(c.dep_ in ("cc", "punct", "advmod", "neg", "advcl", "npadvmod") for c in children_of(v))


def _bare_participle(it: list[Any]) -> bool:
    """An item that is a past participle with no subject or object of its own ("taxed", "and transported by
    registered firms"): the passive act of the item before, said of the same subject."""
    words = [t for t in it if t.dep_ != "cc"]
    return bool(words) and words[0].tag_ == "VBN" and words[0].pos_ == "VERB" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in children_of(words[0]))


def _own_clause(tok: Any) -> list[Any]:
    """The condition's own words: its subtree without a clause the parser hung on it that has a subject of its
    own ("unless its baseline was raised and Saudi Arabia accused …", "only if X guaranteed Y, as mediators
    pressed …"); a second verb sharing the subject stays ("only if X withdrew A and returned B")."""
    drop: set[int] = set()
    kids = children_of(tok)
    for c in kids:
        if c.i < tok.i:
            continue
        new_clause = c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(
            g.dep_ in ("nsubj", "nsubjpass") for g in children_of(c))
        aside = c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("as", "while", "whereas") for m in children_of(c))
        if new_clause or aside:
            drop.update(t.i for t in subtree_of(c))
            drop.update(g.i for g in kids if g.dep_ in ("cc", "punct") and g.i < c.i and not any(
                x.i > g.i and x.i < c.i and x.dep_ not in ("cc", "punct") for x in kids))
    own = [t for t in subtree(tok) if t.i not in drop]
    while own and own[-1].dep_ in ("cc", "punct") and own[-1].head.i == tok.i:
        own.pop()  # "unless X was raised and" + a clause of another verb the parser hung on the sentence's root
    return own


def _conj_items(head: Any) -> list[Any]:
    items = [head]
    for c in children_of(head):
        if c.dep_ == "conj" and (c.pos_ == head.pos_ or c.pos_ in ("NOUN", "PROPN", "VERB")) and not _contrast(c):
            items += _conj_items(c)
    return items


ADDRESSED_ASKS = ("call on", "urge", "press")  # "called on X to …", "urged X to …": X, their object, is asked
GROUPING_PREPS = {"between", "among", "amongst", "with"}  # "talks between X and Y": one thing, not two


def _inner_items(head: Any) -> list[Any]:
    """"a quota of 20,000 tonnes and an annual review of limits": the parser hangs the second item on
    the noun inside the first item's prepositional phrase (however deep); a conjunct there with a
    determiner of its own ("a", or "the" with modifiers) is an item of the list, not part of the phrase.
    So too on the object of the item's own infinitive, with "a": "a promise to hire more staff and a pay rise"."""
    out: list[Any] = []
    for c in subtree_of(head):
        if c.dep_ != "conj" or c.pos_ != "NOUN" or c.head.dep_ not in ("pobj", "dobj") or _contrast(c):
            continue
        det = next((d for d in children_of(c) if d.dep_ == "det"), None)
        if det is None or not (det.lower_ in ("a", "an") or len(list(children_of(c))) >= 2 and c.head.dep_ == "pobj"):
            continue  # "of pay and conditions", "to the siege and the blockade": still one phrase
        if any(d.dep_ in ("nsubj", "nsubjpass") for d in children_of(c)) or any(
                d.dep_ == "preconj" for d in children_of(c.head)):
            continue  # "of both X and Y": one phrase
        x, ok = c.head, True
        while x.i != head.i and ok:  # only through prepositional phrases, never a clause but the noun's own "to V"
            ok = (x.dep_ in ("pobj", "prep") and not (x.dep_ == "prep" and x.lower_ in GROUPING_PREPS)) or (
                x.dep_ == "dobj" and x.head.dep_ == "acl") or (x.dep_ == "acl" and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in children_of(x))) or (
                x.dep_ == "acl" and x.tag_ == "VBN")  # "the release of farmers detained after the clashes and the
            # withdrawal of cases": the participle's phrase ends the first item, the conjunct starts the next
            x = x.head
        if ok:
            out.append(c)
    return out


def _stray_span(verb: Any, clause: Any) -> tuple[list[Any], set[int]]:
    """"demanded that its baseline, the reference level from which …, be raised": the parser may take the
    apposition for the clause's subject and hang the real one on "that"; returns the real subject's
    tokens and the apposition's indices (both empty when the parse is sound)."""
    subj = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.left_edge.i < 2:
        return [], set()
    doc, comma = subj.doc, subj.left_edge.i - 1
    doc_toks = tokens_of(doc)
    if doc_toks[comma].text != ",":
        return [], set()
    that = next((k for k in range(verb.i + 1, comma) if doc_toks[k].lower_ == "that"), None)
    if that is None:
        return [], set()
    head = list(doc[that + 1:comma])
    if not head or not any(t.pos_ in ("NOUN", "PROPN") for t in head) or any(t.pos_ in ("VERB", "AUX") for t in head):
        return [], set()
    appos = {t.i for t in subtree_of(subj)} | {comma}
    if subj.right_edge.i + 1 < len(doc) and doc_toks[subj.right_edge.i + 1].text == ",":
        appos.add(subj.right_edge.i + 1)
    return head, appos


def _that_clauses(sub: Any) -> list[Any]:
    """A that-clause and the clauses coordinated with it that have their own subject ("that the treaty
    concentrate on waste, and that every decision be taken by consensus"): each is a demand of its own."""
    more = [c for c in children_of(sub) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
            and any(g.dep_ in ("nsubj", "nsubjpass") for g in children_of(c))]
    return [sub, *more]


def _listed_verb(tok: Any) -> bool:
    """"must pull its troops back, publicly renounce …": the parser hangs a verb phrase listed after a
    comma on the first verb as a bare ``dep``; it is an item of its own, like a conjunct."""
    return tok.dep_ == "dep" and tok.pos_ == "VERB" and tok.i > tok.head.i and tok.left_edge.i > 0 \
        and tokens_of(tok.doc)[tok.left_edge.i - 1].text == ","


def _small_clauses(toks: list[Any]) -> list[list[Any]]:
    """"wants the grounds reopened for a season and a joint review of the ban completed by March": two
    noun-plus-participle clauses joined by "and" are two demands, however the parser hangs the second."""
    toks = sorted(toks, key=lambda t: t.i)
    for k, t in enumerate(toks[1:-1], start=1):
        if t.lower_ != "and" or toks[k + 1].pos_ != "DET":
            continue
        left, right = toks[:k], toks[k + 1:]
        if any(x.tag_ == "VBN" for x in left) and any(x.tag_ == "VBN" and x.i > toks[k + 1].i + 1 for x in right):
            return [left, right]
    return [toks]


def _vp(tok: Any) -> list[Any]:
    """A verb phrase without its subject and its own coordinated verbs; coordination inside it stays
    ("stop buying weapons from France and India")."""
    skip = STOP | {"nsubj", "aux", "mark"}
    if tok.pos_ == "NOUN" and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        # "that X be given a seat and a guaranteed right to resettle": a noun the parser joins to the verb is an
        # item of its own, its "to V" clause its content
        return [*subtree(tok, stop=STOP), *(t for c in children_of(tok) if _infinitive_of(tok, c)
                                            for t in _infinitive_content(c))]
    if tok.tag_ == "VBN" and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in children_of(tok)):
        skip = skip - {"nsubj"}  # "… and our election respected": the participle's subject is the thing asked for
    out = [tok]
    for c in children_of(tok):
        if c.dep_ not in skip and not _listed_verb(c):
            out += subtree(c, stop=skip - {"conj", "cc"})
    for c in children_of(tok):  # "allowed X to run": the infinitival complement completes the act
        if c.dep_ in ("ccomp", "xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c)):
            out += subtree(c, stop=STOP)  # an advcl "to V" too: "ask the OSCE to dissolve the group"
        elif c.dep_ in ("ccomp", "xcomp") and tok.lemma_.lower() in CAUSATIVE and c.i > tok.i:
            out += subtree(c, stop=STOP)  # "let the armed forces do their job": the bare infinitive is the act
        elif c.dep_ == "ccomp" and c.i > tok.i and tok.lemma_.lower() not in REPORTING and not any(
                d.dep_ == "dobj" for d in children_of(tok)):  # "to commit that members would not stand": what is
            out += subtree(c, stop=STOP)  # committed to is the act itself
        elif c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > tok.i and tokens_of(c.doc)[c.i - 1].pos_ in ("PROPN", "NOUN") \
                and not any(a.dep_ == "mark" for a in children_of(c)):  # "begin with Pakistan ending terrorism"
            out += subtree(c, stop=STOP)
    ids = {t.i for t in out}
    for t in list(out):  # "begin with Pakistan ending cross-border terrorism": the noun's gerund is what is asked
        for c in children_of(t):
            if c.dep_ == "acl" and c.tag_ == "VBG" and c.i == t.i + 1 and c.i not in ids:
                out += subtree(c, stop=STOP)
    return out


def _np(ctx: Context, tok: Any) -> list[Any]:
    """A noun phrase without its clauses, but with a participle right after the noun ("any quota set at
    no more than 25 percent"): with a verb of wanting that is a small clause, the heart of the demand."""
    out = subtree(tok, stop=STOP)
    if tok.dep_ == "dobj":  # "demanding GH¢4,500 a bag": the tagger takes the amount for a verb's second object
        out = [x for c in children_of(tok.head) if c.dep_ in ("dative", "npadvmod") and c.right_edge.i == tok.left_edge.i - 1
               and any(ch.isdigit() for ch in c.text) for x in subtree_of(c)] + out
    for c in children_of(tok):
        if c.dep_ in ("relcl", "acl") and c.i > tok.i and tok.lemma_.lower() in _content_nouns(ctx) and _content_clause(c):
            out += subtree(c, stop=STOP)  # "a guarantee that farmers receive 70 per cent": the guarantee's content
        elif c.dep_ == "acl" and c.tag_ == "VBN" and c.i == tok.i + 1:
            out += subtree(c, stop=STOP)
        elif _infinitive_of(tok, c):
            out += _infinitive_content(c)
    return out


def _infinitive_of(noun: Any, c: Any) -> bool:
    """Is ``c`` the "to V" clause of ``noun`` ("the right to resettle", "a pledge to cut taxes")?"""
    return c.dep_ == "acl" and c.i > noun.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))


def _infinitive_content(c: Any) -> list[Any]:
    """The act a noun's "to V" clause names, without a later item of the list ("… and a pay rise")."""
    inner = _inner_items(c)
    items = {x.i for n in inner for x in subtree_of(n)} | {
        d.i for n in inner for d in children_of(n.head) if d.dep_ == "cc" and d.i < n.i}
    return [t for t in subtree(c, stop=STOP - {"conj", "cc"}) if t.i not in items]  # "the right to introduce
    # automated equipment", "a pledge to cut diesel and fertiliser taxes": the act is the content


def _nameable(s: Sentence, what: str) -> bool:
    """A one-word demand must name an act or a thing ("a halt", "pay"): "Sanaa wants more", "… if
    the bank stays shut" name none."""
    if what.split()[0].lower() in RELATIVE:
        return False  # "…, whose recommendation both sides would accept": a relative clause, not an item
    if " " in what:
        return True
    tok = next((t for t in s.tokens if t.text == what), None)
    if tok is None and "-" in what:
        return True  # "al-Shamiri", "all-for-all": a hyphenated name is several tokens
    return tok is not None and tok.pos_ in ("NOUN", "PROPN", "VERB") and tok.dep_ not in ("acomp", "oprd", "xcomp") \
        and tok.lemma_.lower() not in LIGHT and not (tok.tag_ == "VBG" and tok.dep_ == "advcl")  # "…, arguing
    # that …", "…, warning that …": the participle that reports the grounds asks for nothing


def _bargain(ctx: Context, p: Any, cond: Any, main: Any) -> bool:
    """"X would call off the strike if the authority agreed to …", "the army would take action if Y
    was not handed over": what one side will do hangs on another side's act, which it thereby asks for."""
    for _ in range(4):  # "would review all arrangements, including shutting X, if …": the modal verb up the chain
        if any(c.dep_ == "aux" and c.lower_ in WILL_WOULD for c in children_of(main)) or main.head.i == main.i \
                or main.dep_ not in ("pcomp", "prep", "dobj", "pobj", "xcomp"):
            break
        main = main.head
    if cond.i < main.i or not any(c.dep_ == "aux" and c.lower_ in WILL_WOULD for c in children_of(main)):
        return False  # a fronted "If X …, we will …" sets out a scenario
    if any(c.dep_ == "neg" for c in children_of(main)):
        return False  # "our people will not leave if …": the condition is what they fear, not what they ask
    if any(c.dep_ == "expl" for c in children_of(cond)) and any(  # "… if there was no movement on payments": it asks for it
            c.dep_ in ("attr", "nsubj") and any(d.dep_ == "det" and d.lower_ == "no" for d in children_of(c)) for c in children_of(cond)):
        return True
    subj = next((c for c in children_of(cond) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if any(c.dep_ == "neg" for c in children_of(cond)):
        return True  # "if Hsipaw was not handed over": it asks that it be
    plans = ctx.lex.words("text_nouns", "blockable_decisions", "measure_nouns")
    if subj.dep_ == "nsubj" and subj.lemma_.lower() in plans and not any(
            c.dep_ in ("dobj", "attr", "dative", "ccomp", "xcomp", "acomp") for c in children_of(cond)):
        return False  # "owners would withdraw flats from the market if the plan went ahead": a plan's own course is
        # a scenario the side fears (a threat), no act asked of anyone ("if the plan included X" asks for X)
    commit = set(ctx.lex.raw.get("commitment_verbs", []))
    prt = next((c.lower_ for c in children_of(main) if c.dep_ == "prt"), "")
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(main)) or not (
            main.lemma_.lower() in commit or f"{main.lemma_.lower()} {prt}" in commit):
        return False  # "would walk away if the US imposed sanctions": a threat, the condition is no demand
    other = ctx.table.resolve(p, subj)
    mine = next((c for c in children_of(main) if c.dep_ in ("nsubj", "nsubjpass")), None)
    me = ctx.table.resolve(p, mine) if mine is not None else []
    if not other and not me:  # neither resolved: two different parties by their nouns
        return subj.pos_ in ("NOUN", "PROPN") and mine is not None and mine.lemma_ != subj.lemma_
    return (bool(other) or subj.pos_ in ("NOUN", "PROPN")) and other[:1] != me[:1]


def _hung_items(tok: Any, sub: Any) -> list[Any]:
    """"…, demanding that India restore A, return to B and accept C": the parse hangs the later verbs of
    the list on the verb the participle depends on; bare verbs after a comma there are more items."""
    if tok.dep_ != "advcl" or not any(x.dep_ in ("nsubj", "nsubjpass") for x in children_of(sub)):
        return []
    out: list[Any] = []
    for c in children_of(tok.head):
        if c.i > sub.right_edge.i and c.dep_ in ("advcl", "conj") and c.tag_ in ("VB", "VBP") and c.left_edge.i > 0 \
                and tokens_of(c.doc)[c.left_edge.i - 1].text == "," and not any(
                g.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for g in children_of(c)):
            out += [v for v in _conj_items(c) if v.pos_ == "VERB"]
    return out


def _demonym_subject(ctx: Context, verb: Any) -> list[str]:
    """"The Pakistani foreign office …, demanding that …": a body named by its state's adjective that the
    actor table left unresolved speaks for that state, if the state acts in the article."""
    v = verb
    for _ in range(3):
        subj = next((c for c in children_of(v) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return next(([state] for c in children_of(subj) if (state := demonym_state(ctx, c)) is not None), [])
        if v.dep_ not in ("advcl", "conj", "xcomp") or v.head.i == v.i:
            return []
        v = v.head
    return []


def _reporter(ctx: Context, s: Sentence, verb: Any) -> list[str]:
    """"Lindqvist said the ruling showed that Britain "cannot close waters …", and called on London to …": a
    past-tense act joined to a reported clause in another tense continues the reporter's words, not the
    reported subject's; the reporter is the subject of the nearest past-tense speech verb above."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.dep_ not in ("ccomp", "relcl") or head.tag_ == "VBD" \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        return []
    speech = ctx.lex.reporting | REPORTING
    v = head.head
    for _ in range(7):  # "said the killings were the work of a structure that has nothing to do with us, and called for …"
        if v.lemma_.lower() in speech and v.tag_ == "VBD":
            return subjects(ctx, s, v)
        if v.head.i == v.i:
            break
        v = v.head
    return []


def _pronoun_owned(tok: Any) -> bool:
    """"Its bargaining committee", "their negotiators": a body no actor names, owned by a pronoun, speaks for
    the side the pronoun stands for."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in children_of(tok))


def _a_person(ctx: Context, who: list[str]) -> bool:
    """The first of ``who`` is a person: "it" or "they" never stands for one."""
    return bool(who) and who[0] in ctx.table.actors and ctx.table.actors[who[0]].type == "Person"


def _unpronoun(ctx: Context, s: Sentence, what: str) -> str:
    """"Britain promised licences and Britain must deliver them": an object pronoun stands for the last
    object of the same number before it in the sentence, which names what is asked."""
    for tok in s.tokens if not s.lowers.isdisjoint(("them", "it")) else ():
        if tok.lower_ not in ("them", "it") or not (tok.dep_ == "dobj" or tok.dep_ == "nsubjpass" and tok.lower_ == "it"
                                                    and tok.i == tok.head.left_edge.i + 1) \
                or not re.search(rf"\b{tok.lower_}\b", what):  # "demanding that it be lifted": the thing named before
            continue
        tags = ("NNS",) if tok.lower_ == "them" else ("NN",)  # a common noun: "reversed it" is no name
        ante = next((t for t in reversed(s.tokens) if t.i < tok.i and t.dep_ == "dobj" and t.tag_ in tags), None)
        if ante is None and tok.dep_ == "dobj":  # "Negotiations on X were frozen, but Y urged Z to resume them": no
            # object before it, the thing the clause before was about (no actor)
            above: set[int] = set()  # subjects of the clauses the pronoun sits in ("X urged Y to back it": not X)
            up = tok.head
            for _ in range(8):
                above |= {c.i for c in children_of(up) if c.dep_ in ("nsubj", "nsubjpass")}
                if up.dep_ in ("conj", "ROOT") or up.head.i == up.i:
                    break
                up = up.head
            ante = next((t for t in reversed(s.tokens) if t.i < tok.i and t.dep_ in ("nsubj", "nsubjpass")
                         and t.tag_ in tags and t.head.dep_ in ("ROOT", "conj", "ccomp")
                         and t.head.lemma_.lower() not in REPORTING and t.i not in above
                         and ctx.table.at(s.para, t.i) is None), None)
        if ante is not None:
            return re.sub(rf"\b{tok.lower_}\b", compact(subtree(ante, stop=STOP), 6), what, count=1)
    return what


def _continued(sents: list[Sentence], frames: list[Frame]) -> list[Frame]:
    """'"We will stay as long as it takes," Leclerc told reporters. "Britain must deliver them."': a sentence
    wholly in quotation marks right after a quoted speaker, in the same paragraph, goes on in that voice."""
    have = {f.sent.idx for f in frames if f.content}  # "Britain promised licences …" inside the quote frames nothing
    quoted = {f.sent.idx: f for f in frames if f.direct and f.content}
    out: list[Frame] = []
    for k, s in enumerate(sents):
        f = quoted.get(sents[k - 1].idx) if k > 0 else None
        if f is None or s.idx in have or s.kind != "body" or sents[k - 1].para is not s.para \
                or not s.text.lstrip().startswith(('"', "\u201c")):
            continue
        out.append(Frame(sent=s, verb=s.span.root, speakers=f.speakers, content=list(s.tokens), direct=True))
        quoted[s.idx] = out[-1]  # a third quoted sentence goes on too
    return out


def _unnamed_reporter(ctx: Context, p: Any, verb: Any) -> bool:
    """"Several Republican senators have said they want guarantees …": the pronoun subject of a reported clause
    whose reporter is a common noun agreeing in number that names no actor means that reporter; no side named
    before asks."""
    pron = next((c for c in children_of(verb) if c.dep_ == "nsubj" and c.lower_ in ("it", "they")), None)
    if pron is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING:
        return False
    rep = next((c for c in children_of(verb.head) if c.dep_ == "nsubj" and c.i < pron.i), None)
    return rep is not None and rep.pos_ == "NOUN" and (rep.tag_ == "NNS") == (pron.lower_ == "they") \
        and not ctx.table.resolve(p, rep)


def _said_pronoun(ctx: Context, s: Sentence, verb: Any) -> list[str]:
    """"ESLA said it would consider it only if …": a pronoun subject of a clause reported by a named
    speaker is that speaker (the resolver may pick an earlier sentence's subject instead)."""
    subj = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    v = verb
    while v.dep_ in ("xcomp", "conj") and v.head.i != v.i and subj is None:  # "said it wanted to …"
        v = v.head
        subj = next((c for c in children_of(v) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ not in ("it", "they", "he", "she") or v.dep_ != "ccomp" \
            or v.head.lemma_.lower() not in REPORTING:
        return []
    speaker = next((c for c in children_of(v.head) if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ == "PRON":
        return []
    who = ctx.table.resolve(s.para, speaker)
    plural = subj.lower_ == "they"
    if who and (plural == (speaker.tag_ in ("NNS", "NNPS"))) and who[0] in ctx.table.actors \
            and (ctx.table.actors[who[0]].type == "Person") == (subj.lower_ in ("he", "she")):
        return who[:1]
    return []


def _described(ctx: Context, tok: Any, pos: int | None = None) -> list[str]:
    """"the union's demand", "the ministry said": a body named by its description that the resolver
    passed over is the one actor of the article known by that description, if there is exactly one."""
    if tok.pos_ != "NOUN" or not any(d.dep_ == "det" and d.lower_ == "the" for d in children_of(tok)):
        return []
    want = {f"the {tok.lower_}", tok.lower_}
    hits = [n for n, a in ctx.table.actors.items() if want & {x.lower() for x in a.aliases}]
    if not hits and tok.lower_ in ctx.lex.cached("demands.representative_heads",
                                                 lambda raw: frozenset(raw.get("representative_heads", []))):
        mods = {c.lower_ for c in children_of(tok) if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "PROPN", "ADJ")}
        hits = [n for n in ctx.table.actors if mods & set(n.lower().split())]  # "the transport leaders": the one
        return hits if len(hits) == 1 else []  # actor whose name has "transport" speaks through them
    if len(hits) <= 1 or pos is None:
        return hits
    last = sorted((max((m[0] for m in ctx.table.actors[n].mentions if m[0] < pos), default=-1), n) for n in hits)
    if last[-1][0] >= 0:
        return [last[-1][1]]  # several: the one named last before this sentence, else the one named first
    return [min(hits, key=lambda n: min((m[0] for m in ctx.table.actors[n].mentions), default=10**9))]


def _none_of(subj: Any) -> bool:
    """A subject that says none may act ("no insurer", "nobody", "none of the firms"): whoever it names, the
    demand is that none does it, so the subject is part of what is asked, never dropped as the addressee."""
    return subj.lower_ in ("nobody", "none", "noone") or any(
        d.dep_ == "det" and d.lower_ == "no" for d in children_of(subj))


def _addressee(ctx: Context, p: Any, subj: Any) -> list[str]:
    """The actors a clause's subject names as the one asked to act: "that Kenya close the border", "that the
    government withdraw"; not a thing an actor owns ("that our election be respected": the election is asked for)."""
    if subj.pos_ == "NOUN" and ctx.table.at(p, subj.i) is None and any(c.dep_ == "poss" for c in children_of(subj)):
        return []
    return ctx.table.resolve(p, subj)


def _garbled_subject(ctx: Context, p: Any, verb: Any, pos: int | None = None) -> list[str]:
    """"Press freedom groups and the Yemeni Journalists Syndicate demanded …": when the parser garbles a
    coordinated subject (here "Press" taken for a verb), the first actor mentioned inside it speaks."""
    for c in children_of(verb):
        if c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.i < verb.i:
            for t in subtree_of(c):
                a = ctx.table.at(p, t.i)
                if a:
                    return [a]
            return _surname(ctx, c) or _described(ctx, c, pos)
    return []


def _told_by_other_side(ctx: Context, s: Sentence, tok: Any, by: list[str], speakers: list[str]) -> bool:
    """'"The company now wants the province to carry the bill," the lawmaker said': a named side's wish told
    inside another speaker's quoted words is that speaker's account of it (a grievance), not the side's ask.
    Only when the quote's speaker is known and of another camp ("we want …" and "our members want …" are the
    speaker's own and never reach here with a foreign ``by``)."""
    if not speakers or not quoted_at(s, tok.idx):
        return False
    mine, theirs = ctx.table.camp(speakers), ctx.table.camp(by)
    return not (mine & theirs)


def _ask_negated(tok: Any) -> bool:
    """Is an asking verb negated, or the verb it hangs on? Not by the "not" of a reported clause the parser
    joined the ask to ("said X would not pay and asked Y to …"): that "not" is the clause's."""
    joined = () if tok.dep_ == "conj" and tok.head.dep_ == "ccomp" else children_of(tok.head)
    return any(c.dep_ == "neg" for c in [*children_of(tok), *joined])


def _floors(verb: Any) -> list[list[Any]]:
    """"would not accept anything below $1.80 per mile", "will not settle for less than 5 percent": the bound
    a refused thing falls short of, with its amount (a floor the side asks for)."""
    out = []
    for t in subtree_of(verb):
        if t.lower_ in ("below", "under") and t.dep_ == "prep" and (t.head.lemma_.lower() in VAGUE_THINGS or t.head.i == verb.i and any(
                c.dep_ == "dobj" and c.lemma_.lower() in VAGUE_THINGS for c in children_of(verb))):
            bound = [t, *(x for c in children_of(t) for x in subtree_of(c))]
            thing = t.head if t.head.i != verb.i else next((c for c in children_of(verb) if c.dep_ == "dobj"), t.head)
            named = [x for c in children_of(thing) if c.dep_ in ("compound", "amod") and c.i < thing.i for x in subtree_of(c)]
            out.append([*named, thing, *bound] if named else bound)  # "a royalty rate below 10 percent": the rate is
            # named, so the floor keeps it ("anything below $1.80" names nothing)
        elif t.lower_ in ("less", "fewer") and t.i + 1 < len(t.doc) and tokens_of(t.doc)[t.i + 1].lower_ == "than":
            h = t.head
            while h.dep_ in ("nummod", "quantmod", "amod", "compound") and h.head.i != h.i:
                h = h.head  # "less than 6 percent": the amount's noun
            out.append([x for x in subtree_of(h) if x.i >= t.i])
    return [f for f in out if any(x.like_num or x.ent_type_ in ("MONEY", "PERCENT", "CARDINAL") for x in f)]


def _bounds(verb: Any) -> list[list[Any]]:
    """"would not accept any threshold higher than a simple majority", "will not agree to a delay longer than six
    months": the refused thing with the comparative that bounds it (what the side asks is none beyond the bound)."""
    out = []
    for obj in children_of(verb):
        if obj.dep_ != "dobj" or obj.pos_ != "NOUN" or not any(d.dep_ == "det" and d.lower_ in ("any", "a", "an")
                                                             for d in children_of(obj)):
            continue
        for c in children_of(obj):
            than = next((g for g in children_of(c) if g.lower_ == "than" and g.dep_ == "prep"), None)
            if c.i > obj.i and c.tag_ in ("JJR", "RBR") and than is not None and any(g.dep_ == "pobj" for g in children_of(than)):
                out.append([obj, *(x for x in subtree_of(c))])
    return out


def _gapped(xcomp: Any) -> list[tuple[Any, Any, Any]]:
    """"called on A to withdraw X and on B to let Y through": the second "on B to V" hangs, verb gapped, on
    the first act; each (conjunct, party, act) is a demand of its own."""
    out = []
    for g in subtree_of(xcomp):
        if g.dep_ != "conj" or g.pos_ != "ADP" or g.i <= xcomp.i:
            continue
        whom = next((c for c in children_of(g) if c.dep_ == "pobj"), None)
        act = next((c for c in [*children_of(g), *(children_of(whom) if whom is not None else []), *children_of(g.head)]
                    if c.i > g.i and c.pos_ == "VERB" and c.dep_ in ("advcl", "xcomp", "acl", "relcl")
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))), None)
        if whom is not None and act is not None:
            out.append((g, whom, act))
    return out


def _antecedent(ctx: Context, p: Any, verb: Any) -> list[str]:
    """"X, the office's deputy for Y, who called on …" (the parser hangs "who" on the nearest noun) and
    "X, who chairs Y, called on …" (the main verb taken for a participle of X): the speaker is the first
    actor up the chain of nouns the clause hangs on."""
    who = any(c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that") for c in children_of(verb))
    bare = verb.dep_ == "acl" and verb.i > 0 and tokens_of(verb.doc)[verb.i - 1].text == "," and verb.tag_ in ("VBD", "VBN")
    if not (verb.dep_ == "relcl" and who or bare):
        return []
    h = verb.head
    for _ in range(5):
        a = ctx.table.at(p, h.i)
        found = [str(a)] if a else ctx.table.resolve(p, h) or _surname(ctx, h)
        if found:
            return found[:1]
        if h.dep_ not in ("pobj", "prep", "appos", "poss", "compound") or h.head.i == h.i:
            break
        h = h.head
    return []


def _gives_order(verb: Any, rulings: frozenset[str]) -> bool:
    """"The regulator ordered the operator to pay": a side gives the order. Not "a ruling ordering the firm to
    pay" nor "the rulings, which ordered …" (a judgment), nor "… ruled that … and ordered Ankara to pay" (no
    subject of its own), nor "would order the troops to leave" (an order still to be given, a threat)."""
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ == "aux" and c.lower_ in FORECAST for c in children_of(verb)):
        return False
    said = verb.head if verb.dep_ == "relcl" and subj.lower_ in RELATIVE | {"that"} else subj
    return said.lemma_.lower() not in rulings and said.lower_ not in rulings


def _relative_addressee(verb: Any) -> Any:
    """"China, which Washington has urged to join the talks": an asking verb in a relative clause with no
    object of its own asks the relative pronoun before it (the parser may hang the pronoun on the act);
    returns that pronoun, whose antecedent is the one asked, or None."""
    if verb.dep_ != "relcl" or any(c.dep_ in ("dobj", "dative") and c.lower_ not in RELATIVE for c in children_of(verb)):
        return None  # "the deal, which Washington urged Kyiv to sign": Kyiv is asked
    return next((t for t in subtree_of(verb) if t.i < verb.i and t.lower_ in RELATIVE | {"that"}
                 and t.dep_ in ("dobj", "dative")), None)


def _surname(ctx: Context, tok: Any) -> list[str]:
    """"Almengor said … and asked …": a bare surname the resolver passed over is the one person of the
    article whose full name ends with it (none when two share it). The tagger's part of speech is no guard:
    it reads a surname before an aside as a noun or an adverb ("Sayles, who met …", "Danjuma, however, …")."""
    if tok is None or not tok.text[:1].isupper() or any(
            c.dep_ in ("det", "prep", "poss") for c in children_of(tok)):  # "the Minister of Labour" is a title
        return []
    hits = [n for n, a in ctx.table.actors.items() if a.type == "Person" and n.split()[-1] == tok.text]
    return hits if len(hits) == 1 else []


def _owner(ctx: Context, p: Any, noun: Any, pos: int | None = None) -> list[str]:
    """Whose demand a noun is: "Pakistan's request", "a Pakistani request", "the union's demands"."""
    for c in children_of(noun):
        if c.dep_ in ("poss", "amod", "compound"):
            who = ctx.table.resolve(p, c)
            if not who:
                a = ctx.table.at(p, c.i)
                who = [a] if a else []
            if not who and c.dep_ == "poss":
                who = _described(ctx, c, pos)  # "the union's demand for a ban"
            if not who:  # "a Pakistani request": the state, if it acts here
                state = demonym_state(ctx, c)
                who = [state] if state is not None else []
            if who:
                return who
    for c in children_of(noun):  # "the demand by Sinn Fein for a border poll"
        if c.dep_ == "prep" and c.lower_ == "by":
            who = [a for g in children_of(c) if g.dep_ == "pobj" for a in ctx.table.resolve(p, g)]
            if who:
                return who
    return []


def _shared_patient(verb: Any) -> Any:
    """The subject a passive conjunct shares with the passive before it: "the ship was taken from Split and must be
    returned" (the ship), or None."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        return None
    return next((c for c in children_of(verb.head) if c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN")), None)


def _refused_premise(verb: Any) -> bool:
    """The clause is what its governing verb refuses or denies: "will not accept that the port must stay closed",
    "rejected the idea that fishermen should pay", "denied that X must …"."""
    head = verb.head if verb.dep_ in ("ccomp", "acl") else None
    if head is not None and head.pos_ == "NOUN" and head.dep_ in ("dobj", "pobj"):
        head = head.head if head.dep_ == "dobj" else head.head.head
    return head is not None and head.pos_ in ("VERB", "AUX") and (any(c.dep_ == "neg" for c in children_of(head))
                                                              or head.lemma_.lower() in REFUSING)


def _others_leave(ctx: Context, p: Any, noun: Any, who: list[str]) -> bool:
    """The leave ``noun`` names is another's than ``who``'s: "the commission's consent", "the consent of the
    Assembly", not "our consent", "its own approval" (nor a bare "consent": whose is not said)."""
    owners = [c for c in children_of(noun) if c.dep_ == "poss"] + [
        g for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of" for g in children_of(c) if g.dep_ == "pobj"]
    if not owners:
        return False
    mine = ctx.table.camp(who)
    return not any(o.lower_ in ("our", "my", "its", "their", "his", "her") or set(ctx.table.resolve(p, o)) & mine
                   for o in owners)


def _to_list(tokens: list[Any]) -> list[list[Any]]:
    """"wants actors to be paid each time …, to be able to withdraw consent …, and to be told …": infinitives
    listed with commas are separate asks, however the parser hangs them. [] when there is no such list."""
    toks = sorted(tokens, key=lambda t: t.i)
    cuts: list[int] = []
    for k in range(1, len(toks) - 2):
        if toks[k].text != ",":
            continue
        j = k + 1 + (toks[k + 1].lower_ in ("and", "or"))
        if j + 1 < len(toks) and toks[j].lower_ == "to" and toks[j].i == toks[k].i + (j - k) \
                and toks[j + 1].pos_ in ("VERB", "AUX"):
            cuts.append(k)
    if len(cuts) == 1 and toks[cuts[0] + 1].lower_ == "to" and _lone_purpose(toks[cuts[0] + 2]):
        return []  # "to coordinate with X before operations, to avoid clashes": a purpose, not a second ask
    if not cuts or not any(t.lower_ == "to" and t.dep_ == "aux" for t in toks[:cuts[0]]):
        return []  # "the highway, the main artery for trade, to be reopened": one ask, an apposition before it
    parts = [toks[a:b] for a, b in zip([0, *cuts], [*cuts, len(toks)], strict=True)]
    return [[t for t in part if not (t.i <= part[0].i + 2 and t.lower_ in (",", "and", "or")) and not (  # "to be paid":
        t.lower_ == "to" and t.dep_ == "aux" and t.i + 1 < len(t.doc) and tokens_of(t.doc)[t.i + 1].dep_ == "auxpass")]  # "paid"
        for part in parts]


def _alternative(it: list[Any], before: list[Any]) -> bool:
    """Is ``it`` a conjunct of a prepositional object in ``before`` that completes that phrase: a few bare nouns
    ("cover for cancer, maternity and emergency care"), or any conjunct in a list joined by "or" ("conditions on
    language, history or identity")? Such items inside a phrase are one thing asked, not several."""
    ids, prev = {t.i for t in it}, {t.i for t in before}
    root = next((t for t in it if t.head.i not in ids), None)
    if root is None or root.dep_ != "conj" or root.head.i not in prev or any(c.dep_ == "det" for c in children_of(root)):
        return False
    x = root
    while x.dep_ == "conj" and x.head.i != x.i:
        x = x.head
    if x.dep_ != "pobj":
        return False
    if len(it) <= 4 and not any(t.pos_ in ("DET", "ADP", "VERB", "AUX") for t in it):
        return True  # "parity with workers in England, Scotland and Wales", "cover for cancer, maternity and emergency
        # care": bare nouns listed inside a phrase complete it, they are no asks of their own
    return any(c.dep_ == "cc" and c.lower_ == "or" for y in (x, *subtree_of(x)) if y.dep_ == "conj" or y is x for c in children_of(y))


def _premodifier(tok: Any, comma: Any) -> bool:
    """Is ``tok``, just before ``comma``, a modifier of a noun after it ("a 32-hour, four-day week")? Stacked
    adjectives are set off by commas but describe one thing."""
    return tok.i + 1 == comma.i and tok.dep_ in ("amod", "compound", "nummod", "nmod") and tok.head.i > comma.i \
        and tok.head.pos_ in ("NOUN", "PROPN") and tok.pos_ in ("ADJ", "NUM", "NOUN", "PROPN", "VERB")


def _phrase_on(it: list[Any], before: list[Any], lead: list[Any]) -> bool:
    """Is ``it`` a prepositional phrase completing the item before it ("returned in full, in dollars", "a truce
    on land, at sea and in the air") rather than an item of its own? Not when it repeats the preposition that
    opens the list ("called for A, for B")."""
    first = it[0]
    if first.pos_ != "ADP" or first.dep_ not in ("prep", "conj") or not before or not lead or first.i < before[-1].i \
            or before[-1].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False  # "only if X first accepted, in writing, A and B": an aside after a verb, no completion
    opener = {lead[0].lower_, tokens_of(lead[0].doc)[lead[0].i - 1].lower_ if lead[0].i > 0 else ""}
    return first.lower_ not in opener and not any(t.dep_ in ("nsubj", "nsubjpass") for t in it)


def _purpose_of(it: list[Any], before: list[Any]) -> bool:
    """Is ``it`` a purpose clause of the item before it ("coordinate with X before operations, to avoid clashes")?
    The aim of an ask is no second ask."""
    ids = {t.i for t in before}
    return len(it) > 1 and it[0].lower_ == "to" and it[0].dep_ == "aux" and _lone_purpose(it[1]) \
        and it[0].head.i == it[1].i and it[1].head.i in ids and it[1].head.pos_ in ("VERB", "AUX")


def _lone_purpose(verb: Any) -> bool:
    """An infinitive hung on the verb before it as an adverbial clause, with no infinitive listed after it
    ("…, to avoid clashes", not "…, to pay for X and to withdraw Y", a list the parse hangs the same way)."""
    return verb.dep_ == "advcl" and not any(c.dep_ == "conj" for c in children_of(verb))


def _np_start(it: list[Any]) -> bool:
    """Does ``it`` read as a noun phrase ("a cap of 60 matches", "rationing cards", "rosters published …"), with no
    clause of its own? Later items of a list of things asked do."""
    first = it[0]
    starts = first.pos_ in ("DET", "ADJ", "NUM", "NOUN", "PROPN") or first.tag_ == "VBG" and len(it) > 1 and it[1].pos_ == "NOUN"
    return starts and not any(t.pos_ in ("VERB", "AUX") and (t.dep_ in ("ROOT", "parataxis") or t.tag_ in (
        "VBD", "VBZ", "VBP", "MD") and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(t))) for t in it)


def _linear_list(s: Sentence, dobj: Any) -> list[list[Any]]:
    """"is demanding A, B and rationing cards for workers", "wanted A, a cap of 60 matches and a binding say …": the
    parse scatters the later items of a list over the sentence (a conjunct of the verb, the subject of a later
    clause), so the object's own subtree holds one item. Read the words after the object in order instead, up to a
    clause boundary (";", a subordinator), and keep the list when at least three noun phrases make it. [] if not."""
    doc = dobj.doc
    doc_toks = tokens_of(doc)
    end = dobj.i + 1
    while end < s.span.end and doc_toks[end].text != ";" and doc_toks[end].dep_ != "mark" and doc_toks[end].pos_ != "SCONJ":
        end += 1
    span = [t for t in doc[dobj.left_edge.i:end] if not t.is_space]
    if not any(t.text == "," for t in span):
        return []
    parts = split_list(span)
    kept = parts[:1]
    for it in parts[1:]:
        ids = {t.i for t in it}
        root = next((t for t in it if t.head.i not in ids), it[0])
        if not _np_start(it) or root.dep_ == "conj" and root.head.dep_ == "pobj" and (
                root.head.head.lower_ in GROUPING_PREPS or not any(d.dep_ == "det" for d in children_of(root))):
            break  # "talks between the ministry and the hospitals": a conjunct inside the phrase before, no item
        kept.append(it)
    return kept if len(kept) >= 3 else []


def _no_contrast(tokens: list[Any]) -> list[Any]:
    """Tokens without a contrast set off by commas inside a phrase ("to tighten, not loosen, the rules", "put the
    farmer, not the gun, at the centre"): what is rejected is no item of the list, and the phrase closes over it."""
    for k, t in enumerate(tokens[:-3]):
        if t.text == "," and tokens[k + 1].lower_ == "not":
            end = next((j for j in range(k + 2, min(len(tokens) - 1, k + 6)) if tokens[j].text == ","), None)
            if end is not None and not any(x.lower_ in ("and", "or", "but") for x in tokens[k + 2:end]):
                return tokens[:k] + _no_contrast(tokens[end + 1:])
    return tokens


def _places_listed(body: list[Any]) -> bool:
    """Every comma of the clause lists the objects of one preposition ("that they be used only in Arica, Ilo and a list
    of five smaller ports"): one term, whose list is no list of terms."""
    commas = [t for t in body if t.text == ","]
    ids = {t.i for t in body}
    return bool(commas) and any(t.dep_ == "pobj" and t.conjuncts and t.head.i in ids and all(
        t.left_edge.i <= c.i <= t.right_edge.i for c in commas) for t in body)


DESCRIBING_NOUNS = {"figure", "number", "amount", "sum", "level", "move", "step", "measure", "idea"}  # "…, a figure that
# was in brackets": the writer describing what was just asked
FRAGMENT_OPENERS = {"or", "nor", "was", "were"}  # an item opening so is a fragment of a clause, not an act
GLOSS_NOUNS = {"reference", "allusion", "nod", "euphemism", "swipe", "dig", "jab"}  # "…, a reference to X": the writer's


def _gloss(it: list[Any]) -> bool:
    """An item that is the writer's gloss on what came before: "a reference to China", "an apparent nod to X"."""
    k = 0
    while k < len(it) and (it[k].pos_ in ("DET", "ADJ", "ADV") or it[k].tag_ == "VBN"):
        k += 1
    return 0 < k < len(it) - 1 and it[0].lower_ in ("a", "an") and it[k].lower_ in GLOSS_NOUNS and it[k + 1].lower_ == "to"


def split_list(tokens: list[Any]) -> list[list[Any]]:
    """Items of an enumeration "A, B, C and D" from its tokens (the parse often scatters them)."""
    items: list[list[Any]] = [[]]
    tokens = _no_contrast(sorted(tokens, key=lambda t: t.i))
    for k, t in enumerate(tokens):
        if t.text == "," and k > 0 and _premodifier(tokens[k - 1], t):
            continue  # "a 32-hour, four-day week", "a fair, open and non-discriminatory regime": one noun, no cut
        if t.text in (",", ";") or (t.lower_ == "and" and k > 0 and tokens[k - 1].text == ","):
            if items[-1]:
                items.append([])
            continue
        if t.text in (".", "\u201c", "\u201d", '"'):
            continue
        items[-1].append(t)
    items = [i for i in items if i]
    merged: list[list[Any]] = []
    timed = False
    for it in items:  # "A, including B, and C": B is an example of A, not an item of its own
        if merged and all(t.ent_type_ in ("DATE", "TIME") for t in it):
            timed = True  # "the publication, every week, of the volumes": a time set off by commas, no item
            continue
        if merged and _alternative(it, merged[-1]):
            merged[-1] = merged[-1] + it  # "no new conditions on language, history or identity": one item
            continue
        if merged and _gloss(it):
            break  # "…, a reference to China and the Gulf states": the writer's gloss ends the list
        if merged and it[0].pos_ == "ADP" and it[0].dep_ == "prep" and any(t.i == it[0].head.i for t in merged[-1]):
            merged[-1] = merged[-1] + it  # "to find a solution quickly, in the spirit of good relations": a phrase of
            continue  # the item before, no item of its own
        if merged and (timed and it[0].pos_ == "ADP" or it[0].lower_ in MODIFYING or _phrase_on(it, merged[-1], merged[0])
                       or it[0].tag_ == "VBN"
                       and len(it) > 1 and it[1].pos_ == "ADP"):  # not "…, guaranteed jobs for its staff"
            merged[-1] = merged[-1] + it  # "a federation, with the regions governing themselves", "X, measured by Y"
            timed = False
        elif merged and (_contrast(it[0]) or _purpose_of(it, merged[-1]) or it[0].lower_ in RELATIVE or it[0].lower_ in ("when", "where")
                         and it[0].dep_ == "advmod" or it[0].pos_ == "ADP" and len(it) > 1 and it[1].lower_ in RELATIVE
                         or it[0].lower_ == "according" and len(it) > 1 and it[1].lower_ == "to"  # "…, according to X"
                         or it[0].pos_ == "ADV" and it[0].dep_ == "advmod" and len(it) > 1 and it[1].pos_ == "ADP"
                         and it[1].head.i == it[0].i):  # "…, regardless of the outcome", "…, irrespective of cost"
            continue  # "within days, not months"; "…, which mediated …", "before the summer, when …": no item
        else:
            merged.append(it)
            timed = False
    items = merged
    if len(items) >= 2:  # "hand over X, a politician who …": an appositive describes X, it is no item
        def _describes(it: list[Any]) -> bool:
            first, head = it[0], it[0].head
            indefinite = first.lower_ in ("a", "an")
            if not indefinite and first.lower_ != "the":
                return False
            if head.dep_ == "appos" and head.head.pos_ == "PROPN" and (
                    indefinite or not any(t.pos_ == "ADP" for t in it)):
                return True  # "Banco Central de Venezuela, the central bank": another name for X ("the …" only
                # with no preposition in it)
            return indefinite and (head.dep_ == "npadvmod" and head.head.pos_ == "VERB" or head.dep_ == "appos"
                                   and head.lemma_.lower() in DESCRIBING_NOUNS) and any(c.dep_ == "relcl" for c in children_of(head))  # "…, a step that would suspend the right of assembly": the
            # writer describing the act before it, no item

        items = [it for it in items if not _describes(it)]
        items = [it for k, it in enumerate(items) if not (k > 0 and len(it) == 2 and it[0].lower_ == "or" and it[1].is_upper
                                                         and it[1].pos_ == "PROPN")]  # "the Pakistani Taliban, or TTP": an alias
    if len(items) >= 2:  # "data on the costs of the three largest exporters, BYD, Geely and SAIC": names in apposition
        def _names(it: list[Any]) -> bool:
            return all(t.pos_ in ("PROPN", "CCONJ") or t.is_punct for t in it) and any(
                t.dep_ == "appos" or t.dep_ == "conj" and t.head.dep_ == "appos" for t in it)
        def _caps(it: list[Any]) -> bool:
            return all(t.text[:1].isupper() or t.pos_ == "CCONJ" or t.is_punct for t in it)
        k = next((k for k, it in enumerate(items) if k > 0 and _names(it)), None)
        if k is not None:  # the names after the first appositive one ("BYD, Geely and SAIC"), however tagged
            items = items[:k] + [it for it in items[k:] if not _caps(it)]
    if items and len(items) >= 2:
        out: list[list[Any]] = []
        for it in items:
            for k, t in enumerate(it):
                if t.lower_ == "and" and k > 0 and it[k + 1:] and (it[k + 1].pos_ in ("DET", "VERB") or it[k + 1].lower_ == "to") \
                        and any(x.pos_ in ("NOUN", "VERB") for x in it[:k]) and any(x.pos_ in ("NOUN", "VERB") for x in it[k + 1:]):
                    out += [it[:k], it[k + 1:]]
                    break
            else:
                out.append(it)
        items = out
    said = next((k for k, i in enumerate(items) if k > 0 and any(
        t.lemma_ in REPORTING and t.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in children_of(t)) for t in i)), None)
    if said is not None:  # "unless Britain improves the terms, the minister said on Wednesday, a day after talks ended":
        items = items[:said + 1]  # the sentence's own reporting clause ends the list; what follows it is the writer's
    items = [i for i in items if not any(t.lemma_ in REPORTING and t.dep_ in ("ROOT", "parataxis")
                                         and any(c.dep_ == "nsubj" for c in children_of(t)) for t in i)  # "…, he said"
             and not (i[0].dep_ == "cc" and len(i) > 1 and i[1].lemma_.lower() in REPORTING)]  # "…, but said it …"
    return [i for i in items if len(i) >= 1 and any(t.pos_ in ("NOUN", "PROPN", "VERB") for t in i)]


def extract_demands(ctx: Context, sents: list[Sentence], frames: list[Frame], asserting: list[Frame],
                    implied: list[tuple[str, str, Any]] | None = None) -> list[DemandRecord]:
    """Demands from the speech ``frames`` and the reporting ones among ``asserting``
    (claims.assertion_frames); ``implied`` collects (holder, what, evidence) of appeals, which imply support."""
    implied = implied if implied is not None else []
    cues = ctx.lex["demand_verbs"]  # load_lexicon has folded demand_verbs_more in
    control = set(ctx.lex.raw.get("object_control_verbs", []))  # "asked Delhi to cut": only with "X to V"
    colon_verbs = set(ctx.lex.raw.get("colon_verbs", ["want", "demand", "seek"]))
    list_verbs = set(ctx.lex.raw.get("list_verbs", []))
    owned = set(ctx.lex.raw.get("owned_demand_nouns", []))
    dropped = set(ctx.lex.raw.get("abandon_verbs", []))  # "dropped its demand for X": no longer a demand
    voicing = set(ctx.lex.raw.get("voicing_verbs", []))  # "renewed its call for X": the subject's own call
    on_nouns = set(ctx.lex.raw.get("owned_on_nouns", []))  # "Mexico's insistence on a schedule": "on" names the demand
    deadline_verbs = set(ctx.lex.raw.get("deadline_verbs", []))  # "gave X until March to V": V is asked of X
    proviso = tuple(ctx.lex.raw.get("proviso_marks", []))
    need = set(ctx.lex.raw.get("need_verbs", []))
    reliance = ctx.lex.words("reliance_nouns")  # "need the Socialists' votes to pass it": relied on for one's own end
    offers = ctx.lex.words("future_offer_verbs")  # "would invite X to help": an offer still to be made
    commands = ctx.lex.words("command_verbs")  # "ordered the operator to pay": asked, when a side gives the order
    rulings = ctx.lex.words("ruling_nouns")
    cue_heads = {k.split()[0] for k in cues}
    acting_heads = cue_heads | REPORTING  # "… and demanded refunds", "… and said": the asker's next act
    precond = set(ctx.lex.raw.get("precondition_nouns", []))
    conditional = set(ctx.lex.raw.get("conditional_words", []))
    conditioning = ctx.lex.words("conditioning_verbs")  # "conditioned its offer on X": X is asked
    stated = set(ctx.lex.raw.get("stated_line_nouns", []))  # "X's position is that Y must …"
    acceptance = set(ctx.lex.raw.get("acceptance_verbs", []))  # "would accept any deal that …": the that-clause is asked
    settling = acceptance | {"settle", "take"}  # "would not settle for less than 5%": a floor is asked
    holding = set(ctx.lex.raw.get("holding_verbs", []))  # "would block X until Y …": Y is asked to act
    receipt = ctx.lex.cached("demands.receipt", lambda raw: frozenset(raw.get("receipt_verbs", [])))  # "… until
    # they received X": X is asked for
    condition_nouns = set(ctx.lex.raw.get("condition_nouns", []))  # "on condition that X": X is asked for
    ultimatum = set(ctx.lex.raw.get("ultimatum_verbs", []))  # "threatened tariffs unless Y pays": Y is asked to pay
    weak = set(ctx.lex.raw.get("weak_demand_verbs", []))
    scenario = set(ctx.lex.raw.get("scenario_verbs", []))  # "… if the talks failed": no act anyone is asked for
    condition_words = ctx.lex.cached("demands.condition_words", lambda raw: frozenset(  # what a condition opens on
        ("if", "unless", "once", *raw.get("proviso_marks", []), *raw.get("condition_nouns", []))))
    mandative = ctx.lex.cached("demands.mandative", lambda raw: frozenset(raw.get("mandative_verbs", [])) - frozenset(
        raw.get("offering_mandatives", [])))  # "insist that X do": a demand in the subjunctive; "proposed that X do": an offer
    nouns = set(ctx.lex["demand_nouns"])
    bare_deal = ctx.lex.cached("demands.bare_deal", lambda raw: frozenset(raw.get("bare_deal_nouns", [])))
    # every word a cue can open on: a one-word cue, or what stands before a space in one ("call" of "call on")
    cue_words = ctx.lex.cached("demands.cue_words", lambda raw: frozenset(cues) | key_heads(cues))
    demand_words = nouns | owned  # "a demand", "their request": words that name a demand, never its content
    necessity = set(ctx.lex.raw.get("necessity_words", []))
    consents = ctx.lex.cached("demands.consents", lambda raw: frozenset(raw.get("consent_verbs", [])))
    permits = ctx.lex.cached("demands.permission_nouns", lambda raw: frozenset(raw.get("permission_nouns", [])))
    breach = set(ctx.lex.raw.get("breach_words", []))  # "any X without Y would be a violation": Y is asked for
    endorse = set(ctx.lex.raw.get("endorsement_verbs", []))
    anonymity = ctx.lex.words("anonymity_objects")  # "a source who requested anonymity": no demand
    out: list[DemandRecord] = []
    # "Okafor welcomed X but said state money should come with …": a second report sharing the first verb's
    # subject, which the speech frames miss
    frames = frames + [f for f in asserting if f.verb.lemma_.lower() in REPORTING]
    frames = frames + _continued(sents, frames)
    speaker_of: dict[int, list[str]] = {}
    for f in frames:
        speaker_of.setdefault(f.sent.idx, f.speakers)
    prev_subject: list[str] = []
    listing: tuple[Any, int, list[str]] | None = None  # (paragraph, sentence, owner) of the last counted list of demands
    obligations = implied
    for s in sents:
        if s.kind != "body":
            continue
        p = s.para
        ev = evidence(ctx, s)
        seen: set[str] = set()

        def add(by: list[str], of: list[str], what: str, cond: str | None = None,
                seen: set[str] = seen, ev: Any = ev, s: Sentence = s) -> None:
            if not by or not what or what.lower() in seen or not _nameable(s, what) or what.lower() in demand_words \
                    or PLACEHOLDER.match(what) or what.lower() in bare_deal or what.lower() in anonymity:  # "asking for one thing: …": the colon
                return  # rule reads the thing itself; "pressed a demand that …": the word "demand" names no demand;
                # "we want a deal": no term of the deal is asked
            if what.split()[0].lower() in FRAGMENT_OPENERS:
                return  # "reinstated the grade, or created a new one": the alternative after "or" is no demand of its
                # own; "… for what it says was a decade of losses": a clause cut after its subject is none either
            seen.add(what.lower())
            named = _unpronoun(ctx, s, what)
            what = named if len(named.split()) <= TEXT_WORDS else what  # a long antecedent would push it past the limit
            out.append(DemandRecord(by=by[0], of=[o for o in of if o != by[0]], what=what, condition=cond, evidence=ev))

        for tok in s.tokens:
            lem = tok.lemma_.lower()
            if lem not in cue_words and lem not in mandative:
                continue  # neither a cue (alone or as the first of two words) nor a mandative verb: nothing below reads it
            nxt = tokens_of(tok.doc)[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
            if nxt == "," and tok.pos_ == "VERB":
                nxt = _past_aside(tok)  # "calls, among other things, for …": the particle after the aside
            key = f"{lem} {nxt}" if f"{lem} {nxt}" in cues else (lem if lem in cues else None)
            if key and " " in key and tok.i + 2 < len(tok.doc) and tokens_of(tok.doc)[tok.i + 2].ent_type_ in ("DATE", "TIME"):
                j = tok.i + 2
                while j < len(tok.doc) and tokens_of(tok.doc)[j].ent_type_ in ("DATE", "TIME"):
                    j += 1
                if j < len(tok.doc) and tokens_of(tok.doc)[j].lower_ == "that":
                    key = None  # "insisted on Tuesday that …": a date, and a that-clause the mandative reading judges
            if (key is None or (lem in control and not any(c.dep_ in ("dobj", "dative") for c in children_of(tok)))) \
                    and lem in mandative and tok.pos_ == "VERB":  # "asked that the vote be delayed": no addressee
                sub = next((c for c in children_of(tok) if c.dep_ == "ccomp" and c.i > tok.i and (
                    subjunctive(c) or past_mandative(c))),  # "has insisted that bondholders take comparable losses"
                           None) or will_insist(tok, mandative)  # "would insist that replicas require consent"
                if sub is not None:  # "insisted that any deal include a binding commitment"
                    who = subjects(ctx, s, tok) or _demonym_subject(ctx, tok)
                    clauses = _that_clauses(sub)
                    others = {x.i for c in clauses[1:] for x in subtree_of(c)}
                    for cl in clauses:  # "insisted that A, and that B": two demands
                        subj = next((x for x in children_of(cl) if x.dep_ in ("nsubj", "nsubjpass")), None)
                        if subj is None:
                            continue
                        label = {x.i for c in subtree(cl) if c.dep_ in ("appos", "npadvmod") and c.left_edge.i > 0
                                 and tokens_of(c.doc)[c.left_edge.i - 1].text == "," and c.lemma_.lower() in owned | nouns
                                 for x in subtree_of(c)}  # "…, a demand that …": the writer's label, not what is asked
                        what = [t for t in subtree(cl) if not (t.dep_ == "mark" and t.head.i == cl.i) and t.i not in label
                                and not (cl is sub and (t.i in others or t.dep_ == "cc" and t.head.i == sub.i and others))
                                and not (_addressee(ctx, p, subj) and not _none_of(subj) and t in subtree(subj))]
                        add(who, ctx.table.resolve(p, subj), compact(what))
                    subj = next((x for x in children_of(sub) if x.dep_ in ("nsubj", "nsubjpass")), None)
                    for v in _hung_items(tok, sub):
                        add(who, ctx.table.resolve(p, subj) if subj is not None else [], compact(_vp(v)))
                if sub is not None or key is None:
                    continue
            if key is None or tok.pos_ != "VERB":
                continue
            if key in commands and not _gives_order(tok, rulings):
                continue  # "a ruling ordering the firm to pay": a court's judgment, no side's demand
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in children_of(tok)):
                continue  # "if the American side wants projects to move quickly, …": a supposition, not a demand
            voice = next((f.speakers for f in frames if f.sent is s and any(t.i == tok.i for t in f.content)), [])
            needed = next((c for c in children_of(tok) if c.dep_ == "nsubjpass"), None)
            if key in need and voice and needed is not None and not ctx.table.resolve(p, needed) \
                    and not any(c.dep_ in ("agent", "neg") for c in children_of(tok)):
                add(voice, [], compact(subtree(needed, stop={"relcl"})))  # "said a minimum of 40 bcm was needed"
                continue
            own_need = bool(voice) and any(c.dep_ == "dobj" for c in children_of(tok)) and bool(subjects(ctx, s, tok)) and not any(
                c.dep_ == "nsubj" and c.lower_ in ("it", "they", "this", "that") for c in children_of(tok))  # "it required revisions"
            if key in need and lem in control and _orders(tok) and subjects(ctx, s, tok):
                pass  # "the bloc required the authorities to publish …": an actor asks another to act, read below
            elif key in need and not (any(c.dep_ == "aux" and c.lower_ in WILL_WOULD for c in children_of(tok))
                                    or own_need  # "said Khartoum needed legally enforceable guarantees": a side's need, voiced
                                    or any(t.lower_ == "from" and t.dep_ == "prep" for t in subtree_of(tok) if t.i > tok.i)) \
                    or key in need and any(c.dep_ in ("xcomp", "ccomp") for c in children_of(tok)):
                continue  # "would need guarantees from all parties" asks; "the economy needs investment", "needs to sign" do not
            if key in need and any(c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
                                   for c in children_of(tok)) and any(
                    ctx.table.resolve(p, o) or o.lemma_.lower() in reliance
                    for c in children_of(tok) if c.dep_ == "dobj" for o in (c, *c.conjuncts)):
                continue  # "he will need either the Socialists or the smaller parties to pass it": a party relied on
                # for the subject's own end (a purpose clause), nothing asked of it
            if lem in offers and any(c.dep_ == "aux" and c.lower_ in WILL_WOULD | {"could", "can"} for c in children_of(tok)):
                continue  # "Ethiopia would invite museum curators to help with conservation": an invitation still to
                # be made is the side's offer, not a request of the curators (a made one, "invited Fiji to rejoin", asks)
            if key in weak and (tok.dep_ not in ("ROOT", "ccomp", "conj") or any(
                    c.dep_ in ("xcomp", "ccomp", "neg", "mark") for c in children_of(tok))):
                continue  # "as Norway sought to revive talks", "denies seeking weapons": aims, not demands
            by = _reporter(ctx, s, tok) or _said_pronoun(ctx, s, tok) or subjects(ctx, s, tok)
            if any(c.dep_ == "nsubj" and c.lower_ == "it" for c in children_of(tok)):
                listed = _listed_owner(ctx, sents, s, demand_words)  # "Hungary's list of demands … It calls for …"
                if listed or _a_person(ctx, by):
                    by = listed  # "it" never stands for a person
            if not by and any(c.dep_ == "nsubj" and (c.lower_ in ("it", "they") or _pronoun_owned(c)) for c in children_of(tok)) \
                    and not _a_person(ctx, prev_subject) and not _unnamed_reporter(ctx, p, tok):
                by = prev_subject  # "It wants A, B and C", "Its negotiators are asking for …" after a sentence about
                # the union (never a person)
            if any(c.dep_ == "neg" for c in children_of(tok)):
                continue  # "did not want another war", "has not demanded …": no demand
            by = by or _demonym_subject(ctx, tok) or _garbled_subject(ctx, p, tok, ev.start)
            rep = tok.head.head
            if not by and tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and rep.lemma_.lower() in REPORTING \
                    and tok.tag_ == rep.tag_ and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(tok)):
                who = next((c for c in children_of(rep) if c.dep_ == "nsubj"), None)  # "X said the ruling should not be
                at = ctx.table.at(p, who.i) if who is not None else None  # used … and urged Y to …": X urged, though
                by = subjects(ctx, s, rep) or ([str(at)] if at else []) or _surname(ctx, who) or next(  # the parser joined "urged" to
                    (f.speakers for f in frames if f.sent is s and f.verb.i == rep.i), [])  # the reported clause
            if not by and tok.dep_ == "conj" and tok.head.dep_ in ("advcl", "xcomp") and tok.head.tag_ != tok.tag_ \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(tok)):
                up = next((a for a in tok.head.ancestors if a.tag_ == tok.tag_ and a.pos_ == "VERB"), None)
                by = subjects(ctx, s, up) if up is not None else []  # "X urged A to V so B can W, and called on C
                # to …": the parser joins "called" to the purpose clause; the verb of the same tense above asks
            first = next((c for c in children_of(tok) if c.dep_ == "nsubj"), None)
            if not by and first is not None and ctx.table.at(p, first.i):  # "The Patients' Network called on …":
                by = [str(ctx.table.at(p, first.i))]  # a mention the resolver passes over (a media-like head noun)
            own_side = ctx.lex.cached("demands.own_side", lambda raw: frozenset(raw.get("own_side_nouns", [])))
            if not by and any(c.dep_ == "nsubj" and (c.lower_ in FIRST_PERSON or c.lower_ in own_side and any(
                    d.dep_ == "poss" and d.lower_ == "our" for d in children_of(c))) for c in children_of(tok)):
                by = speaker_of.get(s.idx, [])  # "'We want Beijing to drop …,' he said": the speaker's side asks
                # ("'Our members want the county to pay the fee'": the speaker's own body, told by its people)
            if not by:
                by = _antecedent(ctx, p, tok)
            if not by and tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(tok)):
                by = next((f.speakers for f in frames if f.sent is s and f.verb.i == tok.head.i), [])  # "Ms X replied
                # that … and invited Y to …": the one who replied, as the speech frame read her
            if not by and voice and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lower_ not in NOBODY and all(
                    d.dep_ != "poss" and (d.dep_ != "det" or d.lower_ == "the") for d in children_of(c))  # not "this paper
                                        for c in children_of(tok)):  # asks", "our fighters wanted"
                by = voice  # "…, adding that labour also wanted X": a body no actor names, in the speaker's words
            if not by or _told_by_other_side(ctx, s, tok, by, speaker_of.get(s.idx, [])):
                continue
            xcomp = next((c for c in sorted(children_of(tok), key=lambda c: c.pos_ not in ("VERB", "AUX"))  # a verb first
                          if c.dep_ in ("xcomp", "ccomp") and c.i > tok.i
                          and not _relative_lead(c)), None)  # "…, whose call triggered …": no demand
            if xcomp is not None and xcomp.lemma_.lower() in ("see", "ensure") and not any(
                    c.dep_ == "nsubj" for c in children_of(xcomp)):  # "want to see China drop X": China is asked to drop X
                xcomp = next((c for c in children_of(xcomp) if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB" and any(
                    g.dep_ in ("nsubj", "nsubjpass") for g in children_of(c))), xcomp)
            dobj = next((c for c in children_of(tok) if c.dep_ in ("dobj",)), None)
            rel = _relative_addressee(tok)  # "China, which Washington urged to join …": the antecedent is asked
            if xcomp is None and dobj is not None and key in control:  # "invited the body to open its figures": the
                xcomp = next((c for c in children_of(tok) if c.dep_ == "advcl" and c.pos_ == "VERB"  # parser may call the
                              and c.left_edge.i == dobj.right_edge.i + 1 and c.left_edge.lower_ == "to"), None)  # act an adverbial
            if xcomp is None and dobj is not None and ctx.table.resolve(p, dobj):  # "wants the authority to stop …":
                xcomp = next((c for c in children_of(dobj) if c.dep_ == "acl" and c.pos_ == "VERB" and any(  # the parser
                    a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))), None)  # hangs the act on the party
            scattered = [c for c in children_of(tok) if dobj is not None and c.i > dobj.i and c.left_edge.i > 0
                         and "," in (c.left_edge.text, tokens_of(c.doc)[c.left_edge.i - 1].text) and c.dep_ in ("npadvmod", "appos", "attr", "oprd", "ccomp", "dobj", "conj")
                         and (c.pos_ in ("NOUN", "PROPN") and c.dep_ != "conj" or c.pos_ == "VERB" and any(  # "raises of 6%": a noun
                             x.dep_ in ("det", "prep") and x.lower_ in ("a", "an", "the", "of") for x in children_of(c)))
                         and (_nounlike(c) or not any(x.dep_ in ("nsubj", "nsubjpass", "aux", "mark", "dobj") for x in children_of(c)))]
            if dobj is not None and xcomp is not None and xcomp.dep_ == "ccomp" and xcomp.left_edge.text == "," \
                    and xcomp.left_edge.i > dobj.right_edge.i:
                scattered.append(xcomp)  # "wants A, B and C to be agreed before any vote": B and C hang on a clause
            if xcomp is not None and xcomp in scattered:
                xcomp = None  # "wants hard caps, overage pay, raises of 6 percent …": a list item taken for a clause
            if key in control and xcomp is None and dobj is not None and dobj.lower_ not in FIRST_PERSON_OBJECTS \
                    and not any(c.dep_ == "neg" for c in children_of(tok)) and lem not in commands:  # ("pushed its
                # losses for the year to $1bn", "ordered X for Y": no "for" ask)
                asked = [g for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "for" for g in children_of(c)
                         if g.dep_ == "pobj" and g.lemma_.lower() not in ("comment", "detail", "information")]
                for g in asked:  # "asked both sides for access to all places of detention": asked of them
                    for n in _conj_items(g):
                        add(by, ctx.table.resolve(p, dobj), compact(_np(ctx, n)))
                if asked:
                    continue
            addressed = ctx.table.resolve(p, dobj) if dobj is not None and (key in control or key in ADDRESSED_ASKS) and (
                xcomp is None or xcomp.pos_ not in ("VERB", "AUX")) else []
            hyphened = _hyphened_act(dobj) if addressed else []  # "urged X to fast-track …": X is asked
            if hyphened:
                add(by, addressed, compact(hyphened))
                continue
            if key in control and (xcomp is None or not any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(xcomp))
                                   or _ask_negated(tok)
                                   or (dobj is None and rel is None
                                       and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(xcomp)))):
                continue  # "asked about the talks", "told reporters that …", "expects to sign": nobody is asked
            expected = dobj if dobj is not None else next((c for c in (children_of(xcomp) if xcomp is not None else [])
                                                           if c.dep_ in ("nsubj", "nsubjpass")), None)
            if key in control and lem == "expect" and expected is not None and (expected.pos_ == "PRON" or (
                    not ctx.table.resolve(p, expected) and expected.pos_ != "PROPN" and xcomp is not None
                    and not any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(xcomp)))):
                continue  # "I expect them to come", "expected a team to be in Karzan within weeks": forecasts;
                # "we expect Karzan to give …", "expected the highway to be reopened" ask for the act
            if xcomp is not None and any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lower_ in FIRST_PERSON_OBJECTS
                                         for c in [*children_of(tok), *children_of(xcomp)] if c.i > tok.i):
                continue  # "they want us to be grateful": another's wish quoted as a grievance, asked of the speaker
            of: list[str] = ctx.table.resolve(p, tok.head) if rel is not None else (
                ctx.table.resolve(p, dobj) if dobj is not None else [])
            if key in commands and not of:
                continue  # "ordered residents to leave", "ordered the security chiefs to …": a command to civilians or
                # to one's own officers, not an ask of another party
            if key in ADDRESSED_ASKS and xcomp is None:
                for t in subtree(tok):
                    if t.i > tok.i and t.pos_ == "VERB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in children_of(t)):
                        xcomp = t
                        break
            if key in ADDRESSED_ASKS and not of:  # "called on Bolivia to withdraw": Bolivia is asked
                for c in children_of(tok):
                    if c.dep_ == "prep" and c.lower_ == "on":
                        g = next((x for x in children_of(c) if x.dep_ == "pobj"), None)
                        if g is not None:
                            of = ctx.table.resolve(p, g)
            if xcomp is not None and xcomp.pos_ not in ("VERB", "AUX") and dobj is None and any(
                    c.dep_ == "nsubj" for c in children_of(xcomp)):
                add(by, of, compact(subtree(xcomp)))  # "we want the pension back": a small clause
                continue
            if xcomp is not None and xcomp.pos_ in ("NOUN", "PROPN") and xcomp.dep_ == "ccomp" and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in children_of(xcomp)):
                # "demanded that Karzan account for its stock": the tagger took the bare verb for a noun and
                # its subject for a compound; the clause is still what is asked
                who = [a for c in children_of(xcomp) if c.dep_ in ("compound", "nsubj") and c.i < xcomp.i
                       for a in ctx.table.resolve(p, c)]
                add(by, of or who, compact([t for t in subtree(xcomp, stop={"relcl"}) if t.dep_ != "mark"]))
                continue
            if xcomp is not None and xcomp.pos_ in ("VERB", "AUX"):
                subj = next((c for c in children_of(xcomp) if c.dep_ == "nsubj"), None)
                if subj is not None:
                    of = of or ctx.table.resolve(p, subj)
                asked = dobj if dobj is not None else subj
                side = of or (_owner(ctx, p, asked) if asked is not None and asked.lemma_.lower() in ("side", "party") else [])
                if len(side) == 1 and by and side[0] == by[0] and asked is not None and asked.pos_ != "PRON":
                    continue  # "'We expect the European side to …,' the statement said" put in Europe's mouth: a wrong speaker
                if key == "want" and not of and (subj is None and not any(
                        c.dep_ == "nsubjpass" for c in children_of(xcomp))):
                    continue  # "wants to sign": the subject's own wish; "wants the grounds reopened" asks for it
                thing = subj is not None and not of and xcomp.tag_ in ("VBN", "VBD") and not any(
                    c.dep_ == "aux" for c in children_of(xcomp))  # "wants the levy scrapped": the levy is what is asked
                thing = thing or (subj is not None and not of and subj.pos_ == "NOUN" and key == "want"
                                  and not ctx.table.resolve(p, subj))  # "wants this war to end": the war ending
                thing = thing or (subj is not None and _none_of(subj))  # "demanded that no insurer suspend
                # deliveries": the "no" is the demand's polarity, so the subject stays in it
                if thing:  # about, no party asked, so it stays in the demand
                    subj = None
                comps = [c for c in children_of(tok) if c.dep_ in ("xcomp", "ccomp") and c.i > tok.i and c.pos_ in ("VERB", "AUX")
                         and c.lower_ not in proviso  # "asked X to V, …, provided that …": a condition, no second act
                         and not (_perfect(c) and any(g.dep_ == "nsubj" and g.lemma_.lower() in DESCRIBING_NOUNS
                                                      for g in children_of(c)))]  # "…, a figure that … has now vanished"
                if xcomp.i not in {c.i for c in comps}:  # "called for the government to secure A and to seek B": found below
                    comps = [xcomp]
                acts = [(c, v) for c in comps for v in _conj_items(c)]
                new_act = {x.i for c, v in acts if v is not c and (v.tag_ in ("VBD", "VBZ") and c.tag_ != v.tag_ or _perfect(v)
                                                                  and not _perfect(c))
                           and not any(g.dep_ in ("nsubj", "nsubjpass") for g in children_of(v)) for x in _with_cc(v)}
                # ("that the limit be cut by 2028, a figure that was in the draft and has now vanished": a perfect
                # joined to the asked act tells what happened, asks nothing)
                new_act |= {x.i for v in subtree_of(xcomp) if v.dep_ == "conj" and v.tag_ in ("VBD", "VBZ")
                            and v.head.tag_ != v.tag_ and v.lemma_.lower() in acting_heads
                            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in children_of(v)) for x in _with_cc(v)}
                # "called on X to guarantee that … would be affected and demanded refunds": the asker's next act
                gapped = _gapped(xcomp)  # "called on A to withdraw X and on B to let Y through": B is asked for Y
                new_act |= {x.i for g, _, a in gapped for x in [*subtree_of(g), *subtree_of(a)]} | {
                    c.i for g, _, _ in gapped for c in children_of(g.head) if c.dep_ == "cc" and c.i < g.i}
                vps = [_asides([x for g in children_of(v) if thing and g.dep_ in ("nsubj", "nsubjpass") for x in subtree_of(g)]
                               + _vp(v)) for c, v in acts if v.i not in new_act]  # "… to put X first and offered to host …": a new act
                full = [t for t in _asides(subtree(xcomp)) if thing or t.dep_ not in ("nsubj",) or t.head.i != xcomp.i]
                # the subject's apposition, or a relative clause set off by a comma ("the Council, where all
                # regions sit, be convened")
                described = {x.i for c in children_of(xcomp) if c.dep_ in ("nsubj", "nsubjpass") for a in subtree_of(c)
                             if (a.dep_ == "appos" and a.head.i == c.i)
                             or (a.dep_ in ("relcl", "acl") and a.left_edge.i > 0 and tokens_of(tok.doc)[a.left_edge.i - 1].text == ",")
                             for x in subtree_of(a)}  # (and "the islands, seized by X in 1974, be covered": a participle aside)
                described |= {k for k in (min(described, default=-9) - 1, max(described, default=-9) + 1)
                              if 0 <= k < len(tok.doc) and tokens_of(tok.doc)[k].text == ","}  # and the commas around it
                full = [t for t in full if t.i not in described]
                label = {x.i for t in full if t.dep_ == "appos" and t.lemma_.lower() in demand_words for x in subtree_of(t)}
                full = [t for t in full if t.i not in label]  # "to assign a mediator, a request the union …": the writer's label
                lead, appos = _stray_span(tok, xcomp)  # once, not per token
                full = lead + [t for t in full if t.i not in appos]
                full = [t for t in full if not (subj is not None and t in subtree(subj)) and t.i not in new_act]
                split = split_list(full) if any(t.text == "," for t in full) else []
                listed = _to_list([t for c in comps for t in _asides(subtree(c))]) if len(comps) <= 3 else []
                if listed and len(listed) >= max(len(vps), len(split)):
                    items = listed
                elif len(vps) >= 2 and len(vps) >= len(split):
                    items = [[t for t in vp if not (t.dep_ == "mark" and t.lower_ == "that")] for vp in vps]
                else:
                    items = split or (split_list(full) if any(t.lower_ == "and" for t in full) else [full])
                    if len(items) == 1:
                        items = _small_clauses(items[0])
                items = [[t for t in it if not (t.dep_ == "mark" and t.lower_ == "that") and not (
                    subj is not None and t in subtree(subj)) and not (rel is not None and t.i == rel.i)] for it in items]
                items += [_vp(v) for v in _hung_items(tok, xcomp)]
                for _, whom, act in gapped:
                    add(by, ctx.table.resolve(p, whom), compact(_vp(act)))
                for it in items:
                    what = compact(it)
                    add(by, of, what)
                    verb = next((t for t in it if t.pos_ == "VERB"), None)
                    if key in ("urge", "call on", "call for", "press", "appeal") and verb is not None \
                            and verb.lemma_.lower() in endorse and _backs(ctx, it):
                        implied.append((by[0], what, ev))
                # "wants the government to drop A, the hiring of B and the restoration of C": noun phrases
                # listed after the clause hang on the verb; each is an item of the same list, the last one after
                # "and" too, which the parse may join to the verb ("wanted the detainees freed and an end to X")
                for c in children_of(tok):
                    if c.i > xcomp.right_edge.i and c.pos_ == "NOUN" and c.dep_ in ("ccomp", "dobj", "npadvmod", "appos", "dep", "conj") \
                            and c.left_edge.i > 0 and tokens_of(c.doc)[c.left_edge.i - 1].text in (",", "and") \
                            and c.lower_ not in demand_words and c.lemma_.lower() not in GLOSS_NOUNS \
                            and not any(x.dep_ in ("nsubj", "nsubjpass", "aux", "relcl") for x in children_of(c)):  # ", a request that …",
                        # ", a reference to X": the writer's gloss on the call, no item of it
                        for n in _conj_items(c):
                            add(by, of, compact(_np(ctx, n)))
                continue
            pobj = None
            for c in children_of(tok):
                if c.dep_ == "prep" and c.lower_ in ("for", "on", "from") and c.i > tok.i:  # not "On the oil file, …"
                    pobj = next((g for g in children_of(c) if g.dep_ == "pobj"), None)
                    if pobj is not None and pobj.ent_type_ in ("DATE", "TIME"):
                        pobj = None  # "has demanded for two years", "on Monday": how long or when, not what
                        continue
                    if pobj is not None and c.lower_ != "from":
                        break
            target = dobj if dobj is not None and not of else pobj
            if target is None and dobj is not None:
                target = dobj
            if tok.dep_ == "relcl" and (target is None or target.lower_ in RELATIVE | {"that"}) and not of:
                # "a new water study, which the association has long demanded", "…, a step the union has demanded for
                # years": what is asked is the antecedent (through a describing noun, the thing it sums up)
                ant = tok.head
                if ant.lemma_.lower() in DESCRIBING_NOUNS and ant.dep_ == "appos" and ant.head.pos_ in ("NOUN", "PROPN"):
                    ant = ant.head
                if ant.pos_ == "NOUN" and ant.lower_ not in demand_words and not ctx.table.at(p, ant.i) \
                        and ant.lemma_.lower() not in DESCRIBING_NOUNS and ant.lower_ not in ("one", "ones") and lem != "want":
                    # ("the one it wanted most", "the deal it wanted": a wish told in passing)
                    add(by, of, compact(_np(ctx, ant)))
                continue
            if key == "call on" and target is not None and target is pobj and pobj.head.lower_ == "on":
                continue  # "called on the president on Thursday": a visit paid, when no act of his follows
            objs = [c for c in children_of(tok) if c.dep_ == "dobj"]
            if pobj is not None and dobj is not None and pobj.i < dobj.i and not of and not scattered \
                    and key.endswith((" for", " on")) and dobj.left_edge.i > 0 and tokens_of(dobj.doc)[dobj.left_edge.i - 1].text == ",":
                # "calls, among other things, for A, B and C": A hangs on "for", B and C on the verb as its object
                for o in [pobj, *objs]:
                    for n in _conj_items(o):
                        add(by, of, compact(_np(ctx, n)))
                for c in _listed_participles(tok, objs[-1].i):
                    add(by, of, compact(subtree(c, stop=STOP)))
                continue
            stray = next((c for c in children_of(tok) if c.dep_ == "ccomp" and c.i > tok.i and _stray_span(tok, c)[0]), None)
            if stray is not None:  # "demanded that its quota, the amount …, be cut": one demand, the quota cut
                lead, appos = _stray_span(tok, stray)
                add(by, of, compact(lead + [t for t in _asides(subtree(stray)) if t.i not in appos]))
                continue
            if scattered and target is not None and dobj is not None and target.i == dobj.i and not of:
                # "wanted an end to A, the reopening of B and a halt to C": later items hang on the verb
                end = max(c.right_edge.i for c in scattered)
                start = pobj.left_edge.i if pobj is not None and pobj.i < dobj.i and key.endswith((" for", " on")) \
                    else dobj.left_edge.i  # "calls, among other things, for A, B and C": A hangs on "for"
                end = max([end, *(c.right_edge.i for c in _listed_participles(tok, end))])
                for it in split_list([t for t in _asides(list(subtree_of(tok))) if start <= t.i <= end]):
                    add(by, of, compact(it))
                continue
            if target is not None and dobj is not None and target.i == dobj.i and len(objs) >= 2 and not of:
                # "demanded a halt to A, the entry of B and the release of C": the parse hangs each
                # item of the list on the verb as an object of its own
                first = [pobj] if pobj is not None and pobj.i < dobj.i and key.endswith((" for", " on")) else []
                for o in first + objs:  # "calls, among other things, for A, B and C": A hangs on "for"
                    for n in _conj_items(o):
                        add(by, of, compact(_np(ctx, n)))
                for c in _listed_participles(tok, objs[-1].i):
                    add(by, of, compact(subtree(c, stop=STOP)))
                continue
            if target is not None and (target is pobj or target is dobj and not of) and target.i > tok.i:
                for c in children_of(tok):  # "called for A, B, and the restoration of C": the parse hangs the last item
                    if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > target.right_edge.i and c.lower_ not in demand_words \
                            and any(d.dep_ == "det" for d in children_of(c)) and not any(  # on the verb
                            d.dep_ in ("nsubj", "nsubjpass", "relcl", "acl") for d in children_of(c)):
                        add(by, of, compact(_np(ctx, c)))
            if target is not None:
                if of and dobj is not None and target.i == dobj.i:
                    continue
                full = subtree(target, stop={"relcl"})
                whole = _asides(subtree(target))
                if not any(t.text == "," for t in full) and sum(t.text == "," for t in whole) >= 2:
                    full = whole  # "a raise to bring pay closer to X, payment for Y, a cap of Z and …": the parse buries the list
                if not any(t.text == "," for t in full) and target is dobj:
                    # the list may hang on a purpose clause of the verb ("wants A to bring X, B, C and D"): the
                    # verb's own dependents after the object, without a new clause joined to the verb
                    own = {x.i for c in children_of(tok) if c.dep_ in ("conj", "cc", "parataxis", "nsubj", "ccomp")
                           for x in subtree_of(c)}
                    wider = [t for t in _asides(list(subtree_of(tok))) if t.i >= dobj.left_edge.i and t.i not in own]
                    if sum(t.text == "," for t in wider) >= 2 and len(split_list(wider)) >= 3 and all(
                            it[0].pos_ in ("DET", "NOUN", "ADJ", "NUM") for it in split_list(wider)[1:]):
                        full = wider
                elif target is pobj and target.right_edge.i + 1 < len(target.doc) \
                        and tokens_of(target.doc)[target.right_edge.i + 1].text == ",":
                    # "calls for A on land, at sea and in the air, the return of B and C": the parse scatters the
                    # later items over the sentence; the rest of it, short of a new clause, is the list
                    own = {x.i for c in children_of(tok) if c.dep_ in ("conj", "parataxis", "ccomp", "advcl")
                           and c.pos_ in ("VERB", "AUX") for x in subtree_of(c)}
                    wider = [t for t in _asides(list(s.tokens)) if t.i >= target.left_edge.i and t.i not in own]
                    parts = split_list(wider) if sum(t.text == "," for t in wider) >= 2 else []
                    if len(parts) >= 3 and all(it[0].pos_ in ("DET", "NOUN", "ADJ", "NUM") and not any(
                            t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "ccomp", "parataxis") for t in it)
                            for it in parts[1:]):
                        full = wider
                parts = split_list(full)
                linear = _linear_list(s, dobj) if target is dobj else []
                if len(linear) > len(parts):
                    for it in linear:
                        add(by, of, compact(it))
                    continue
                if any(t.text == "," for t in full) and len(parts) >= 2 and all(
                        any(t.pos_ in ("NOUN", "PROPN") for t in it) for it in parts):
                    for it in parts:  # split_list(full), read once
                        add(by, of, compact(it))
                    continue
                for n in [m for c in _conj_items(target) for m in (c, *_inner_items(c))]:
                    add(by, of, compact(_np(ctx, n)))  # a bare "called for a ceasefire" is a demand, not also a
                    # position: over 109 articles such positions matched no required item (4 optional, 9 extra)
                for n in _repeated_prep(tok, target) if target is pobj else []:
                    add(by, of, compact(_np(ctx, n)))
        # "Pakistan's request to hand over X", "Israel's call for inspections", "their demand that Y leave"
        for tok in s.tokens if not s.lowers.isdisjoint(owned) else ():
            if tok.pos_ != "NOUN" or tok.lower_ not in owned:
                continue
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in dropped:
                continue  # "the Teamsters dropped their demand for a pay rise": no longer asked
            who = _owner(ctx, p, tok, ev.start)
            holder = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in (
                "to", "by", "with") else None  # "said it was sticking to its demand for X", "stood by their call"
            if not who and holder is not None and holder.lemma_.lower() in voicing and any(
                    c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(tok)):
                who = _said_pronoun(ctx, s, holder) or subjects(ctx, s, holder)  # "Greenpeace renewed its call for a
                # moratorium": the subject's own
            for c in children_of(tok) if who else []:
                if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX") and any(  # relcl: "a request to hand over"
                        (a.lower_ == "to" and a.dep_ == "aux") or (a.lower_ == "that" and a.dep_ == "mark" and c.dep_ == "acl")
                        for a in children_of(c)):
                    subj = next((x for x in children_of(c) if x.dep_ == "nsubj"), None)
                    of = ctx.table.resolve(p, subj) if subj is not None else []
                    of = of or [a for x in children_of(tok) if x.dep_ == "prep" and x.lower_ in ("on", "to") and x.i < c.i
                                for g in children_of(x) if g.dep_ == "pobj" for a in ctx.table.resolve(p, g)]  # "call on Algeria to"
                    add(who, of, compact([t for t in _asides(_vp(c)) if t.dep_ != "mark"]))
                elif c.dep_ == "prep" and (c.lower_ == "for" or c.lower_ == "on" and tok.lower_ in on_nouns):
                    for g in children_of(c):
                        if g.dep_ == "pobj":
                            for n in _conj_items(g):
                                add(who, [], compact(_np(ctx, n)))
                    for n in children_of(tok):  # "its demand for an 8.5% rise and an increase in the housing allowance":
                        if n.dep_ == "conj" and n.pos_ == "NOUN" and n.i > c.i and n.lower_ not in demand_words \
                                and any(d.dep_ == "det" for d in children_of(n)):  # the parse hangs the second item on "demand"
                            add(who, [], compact(_np(ctx, n)))
            v = tok.head.head  # "Among Venezuela's demands is the lifting of sanctions": the verb's other side
            if who and tok.dep_ == "pobj" and tok.head.lower_ == "among" and v.lemma_.lower() in list_verbs:
                for c in children_of(v):
                    if c.dep_ in ("nsubj", "attr", "dobj") and c.pos_ in ("NOUN", "PROPN"):
                        for n in _conj_items(c):
                            add(who, [], compact(_np(ctx, n)))
            # "the committee's demands include A, B and C"
            v = tok.head
            if tok.dep_ == "nsubj" and v.lemma_.lower() in list_verbs and v.i > tok.i:
                who = who or speaker_of.get(s.idx) or prev_subject
                obj = next((c for c in children_of(v) if c.dep_ in ("dobj", "attr") and c.pos_ in ("NOUN", "PROPN")), None)
                if v.lemma_ == "be" and obj is not None and any(d.dep_ == "det" and d.lower_ in ("this", "that")
                                                                for d in children_of(tok)) \
                        and any(d.dep_ == "det" and d.lower_ == "the" for d in children_of(obj)):
                    continue  # "That condition is the crux": a judgement of a demand told before, not what it asks
                body = [t for t in _asides(list(subtree_of(v))) if obj is not None and t.i >= obj.left_edge.i]
                parts = split_list(body)
                if len(parts) == 1 and obj is not None and len(_conj_items(obj)) >= 2:
                    parts = [_np(ctx, n) for n in _conj_items(obj)]  # "its conditions were a raise and an end to outsourcing"
                for it in parts if who else []:
                    add(who, [], compact(it))
        # "the panel gave Britain until March to bring the measure into line", "gave Hamas 48 hours to respond": a deadline
        for tok in s.tokens if not s.lemmas.isdisjoint(deadline_verbs) else ():
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in deadline_verbs:
                continue
            parts = deadline_parts(ctx, p, tok)
            if parts is None:
                continue
            party, act = parts
            add(subjects(ctx, s, tok) or speaker_of.get(s.idx, []), ctx.table.resolve(p, party), compact(_asides(_vp(act))))
        # "X set A as a precondition for talks", "made a ceasefire a precondition", "made a withdrawal conditional on B"
        for tok in s.tokens if not (s.lowers.isdisjoint(precond) and s.lowers.isdisjoint(conditional)) else ():
            low = tok.lower_
            if low in precond and tok.pos_ == "NOUN":
                v = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else tok.head
                obj = next((c for c in children_of(v) if c.dep_ == "dobj" and c.i < tok.i), None)
                if v.pos_ == "VERB" and obj is not None and obj.lower_ not in nouns and (
                        tok.dep_ == "pobj" or tok.dep_ in ("dobj", "oprd", "attr")):
                    add(subjects(ctx, s, v), [], compact(_np(ctx, obj)))
                subj = next((c for c in children_of(v) if c.dep_ == "nsubj"), None)
                if tok.dep_ == "attr" and v.lemma_ == "be" and subj is not None and subj.pos_ == "NOUN" \
                        and not ctx.table.resolve(p, subj):  # "the withdrawal of the ship was a precondition for …"
                    who = speaker_of.get(s.idx) or (subjects(ctx, s, s.span.root) if s.span.root.i != v.i else [])
                    add(who, [], compact(_np(ctx, subj)))
            elif low in conditional and tok.pos_ == "ADJ":
                v = tok
                while v.pos_ != "VERB" and v.head.i != v.i:
                    v = v.head
                on = next((c for c in [*children_of(tok), *children_of(v)] if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                           and c.i > tok.i), None)
                pobj = next((g for g in children_of(on) if g.dep_ == "pobj"), None) if on is not None else None
                who = subjects(ctx, s, v) if v.pos_ == "VERB" else []
                up = v
                while not who and up.dep_ in ("acl", "xcomp") and up.head.i != up.i:
                    up = up.head if up.head.pos_ == "VERB" else up.head.head  # "made a return to work conditional on"
                    who = subjects(ctx, s, up) if up.pos_ == "VERB" else []
                if v.pos_ == "VERB" and pobj is not None:
                    add(who, [], compact(subtree(pobj, stop={"relcl"})))
        # "conditioned its offer on the union dropping its lawsuit": what follows "on" is asked
        for tok in s.tokens if not s.lemmas.isdisjoint(conditioning) else ():
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in conditioning or any(c.dep_ == "neg" for c in children_of(tok)):
                continue
            dobj = next((c for c in children_of(tok) if c.dep_ == "dobj"), None)
            on = next((c for c in [*children_of(tok), *(children_of(dobj) if dobj is not None else [])]
                       if c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i > tok.i), None)
            aside = {x.i for t in subtree(tok) if t.dep_ in ("relcl", "appos") and on is not None and t.i > on.i
                     for x in subtree_of(t)}  # "…, which the court has refused": the writer's aside
            body = sorted((t for t in subtree(tok) if on is not None and t.i > on.i and t.i not in aside), key=lambda t: t.i)
            while body and body[-1].is_punct:
                body = body[:-1]
            if body and subjects(ctx, s, tok):
                add(subjects(ctx, s, tok), [], compact(body))
        # "demands … including A, B and C"
        for tok in s.tokens if "including" in s.lowers else ():
            if tok.lower_ != "including":
                continue
            h = tok.head  # the list hangs on the demands ("a list of five demands, including …", "presented demands,
            scope = [h, *(t for t in subtree_of(h) if t.i < tok.i)] if h.pos_ != "VERB" else [  # including …"), not on
                t for c in children_of(h) if c.dep_ == "dobj" for t in subtree_of(c)]  # "will release 400 people, including …"
            if any(t.lower_ in nouns and t.pos_ != "VERB" for t in scope):
                by = subjects(ctx, s, s.span.root) or prev_subject
                if by:
                    for item in split_list([t for t in s.tokens if t.i > tok.i]):
                        add(by, [], compact(item))
        # "only if X does A, does B and allows C" (each case below reads one of ``condition_words``; a parse's
        # heads and children stay in their sentence, so a sentence without any of them has none)
        for tok in s.tokens if not condition_words.isdisjoint(t.lower_ for t in s.tokens) else ():
            marks = [c for c in children_of(tok) if c.dep_ == "mark" and (c.lower_ in ("if", "unless", *proviso) or (
                c.lower_ == "once" and tokens_of(c.doc)[c.i - 1].lower_ == "only" and tok.i > tok.head.i))]  # "lifted only once X …"
            main = tok.head
            if not marks and tok.dep_ in ("pcomp", "ccomp", "advcl") and tok.head.lower_ in proviso \
                    and tok.head.i < tok.i and tok.head.head.i != tok.head.i:
                marks, main = [tok.head], tok.head.head  # "could accept X provided they were reviewed"
            elif not marks and tok.dep_ == "acl" and tok.head.lower_ in condition_nouns and tok.head.dep_ == "pobj" \
                    and tok.head.head.lower_ in ("on", "upon") and tok.head.head.head.i != tok.head.head.i and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in children_of(tok)):
                marks, main = [tok.head.head], tok.head.head.head  # "backed the offer, but only on condition that X be returned"
            elif marks and tok.dep_ == "conj" and tok.head.i != tok.i:  # "… but only if X", "… and if Y was withdrawn"
                main = tok.head.head if tok.head.dep_ == "advcl" else tok.head
                anc = tok.head
                for _ in range(6):  # "only if X gave up A, under which …, and if B was withdrawn": the parse hangs
                    if anc.dep_ == "advcl" and any(  # the second condition inside the first one's relative clause
                            c.dep_ == "mark" and c.lower_ in ("if", "unless", *proviso) for c in children_of(anc)):
                        main = anc.head
                        break
                    if anc.head.i == anc.i:
                        break
                    anc = anc.head
                if main.dep_ == "relcl" or main.i == tok.i:
                    continue
            elif marks and tok.dep_ == "ccomp" and marks[0].i > 0 and tokens_of(tok.doc)[marks[0].i - 1].lower_ == "only" \
                    and main.dep_ != "relcl":
                pass  # "would consider it only if the guarantee covered …": the parser takes the condition for an object
            elif not marks or tok.dep_ != "advcl" or main.dep_ == "relcl":
                continue  # "a timetable that would end the talks if they produced nothing" describes the timetable
            threat = marks[0].lower_ == "unless" and (main.dep_ == "xcomp" or main.lemma_.lower() in ultimatum or any(  # "threatened to impose X unless Y pays"
                c.dep_ == "aux" and c.lower_ in WILL_WOULD for c in children_of(main)))
            sibling_only = any(c.dep_ == "advcl" and c.i < tok.i and any(x.lower_ == "only" for x in children_of(c))
                               and any(x.dep_ == "mark" and x.lower_ == "if" for x in children_of(c)) for c in children_of(main))
            only = sibling_only or marks[0].lower_ in proviso or threat or (tokens_of(tok.doc)[marks[0].i - 1].lower_ in ("only",) if marks[0].i > 0 else False) or any(
                c.lower_ == "only" and c.dep_ == "advmod" for c in children_of(tok.head))
            asking = next((t for t in s.tokens if t.pos_ == "VERB" and t.lemma_.lower() in cue_heads and t.i < marks[0].i
                           and t.right_edge.i >= marks[0].i - 2 and t.lemma_.lower() not in need), None)  # the call just before
            mine = [d for d in out if d.evidence.start == ev.start and d.condition is None]
            if asking is not None and mine and marks[0].lower_ in (*proviso, "if"):
                for d in mine:  # "called on both sides to drop tariffs, provided that any deal applied to X": the
                    d.condition = compact(subtree(tok), 20)  # call's condition, no demand of its own
                continue
            goal = next((c for c in children_of(tok) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if goal is not None and goal.lower_ in ("nothing", "nobody", "none", "noone"):
                continue  # "if nothing changes, players will …": no act of anyone named, a scenario
            if goal is not None and goal.lemma_.lower() in ("deal", "agreement", "accord", "settlement", "strike") \
                    and (tok.lemma_.lower() in ("reach", "sign", "conclude", "begin", "start", "happen") or any(
                        d.dep_ == "det" and d.lower_ == "no" for d in children_of(goal))):
                continue  # "would walk out unless an agreement is reached", "if a strike begins", "if no deal was
                # agreed by June": a scenario, no demand
            if marks[0].lower_ == "if" and tok.lemma_.lower() in scenario:
                continue  # "would return if the talks failed", "if negotiations break down": a scenario nobody asks for
            if tok.lemma_.lower() in consents and any(c.dep_ == "nsubj" and len(list(subtree_of(c))) <= 3 for c in children_of(tok)) \
                    and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "prep") for c in children_of(tok)):
                continue  # "would be published only once Australia agreed": a side's bare consent names no term
            bargain = _bargain(ctx, p, tok, main)
            tolerate = main.lemma_.lower() in ("work", "live") and any(c.dep_ == "prep" and c.lower_ == "with" for c in children_of(main)) \
                and any(c.dep_ == "aux" and c.lower_ in ("could", "can", "would") for c in children_of(main))  # "could live with X if …"
            if not (only or bargain or tolerate or main.lemma_ in acceptance | {  # "could back the text if X": X is asked
                    "offer", "consider", "accept", "agree", "delay", "lift", "ease", "extend", "sign"}
                    or any(t.lemma_ in ("offer", "deal", "proposal", "truce", "ceasefire") for t in subtree(main) if t.i < tok.i)):
                continue
            by = _said_pronoun(ctx, s, main) or subjects(ctx, s, main) or speaker_of.get(s.idx, [])
            if speaker_of.get(s.idx) and any(t.lower_ in FIRST_PERSON and t.dep_ == "nsubj" for t in s.tokens
                                             if t.i < marks[0].i):
                by = speaker_of[s.idx]  # "We will back a deal, but only if …": the speaker sets the terms
            subj = next((c for c in children_of(tok) if c.dep_ == "nsubj"), None)
            of = ctx.table.resolve(p, subj) if subj is not None else []
            if by and subj is not None and subj.pos_ != "PRON" and ctx.table.at(p, subj.i) == by[0]:  # "The government, she said, would act only if Sofia gave …": no side sets terms
                by = [x for x in speaker_of.get(s.idx, []) if x not in of]  # for itself; a misread body, so the speaker
                if not by:
                    continue
            own = _own_clause(tok)
            cond = compact(own, 20)
            tail = [t for t in s.tokens if t.i > marks[0].i]
            inside = {t.i for t in own}
            colon = next((k for k, t in enumerate(tail) if t.text == ":"), None)
            if colon is not None and all(t.i in inside for t in tail[:colon]):  # "only if three things are in it: A,
                tail = tail[colon + 1:]  # B and C" (not "only if X is done, and set out its terms: A, B")
            opening = tok.i < main.i and all(t.is_punct for t in s.tokens if t.i < marks[0].i)  # "If X …, Y will …"
            up = {a.i for a in main.ancestors if a.i < marks[0].i}  # "said X would act only if …, and warned …",
            # "…, but by Thursday the group had signalled …": the report the condition sits in goes on past it (not
            # "if the start were delayed and the state dropped X", a second condition the parser joins to "said")
            cut = next((k for k, t in enumerate(tail) if t.text in (";", ".") or (t.dep_ == "cc" and t.i not in inside and (
                t.head.i == main.i or t.head.i in up and (t.lower_ == "but" or not any(
                    c.dep_ == "conj" and c.i > t.i and any(g.dep_ in ("nsubj", "nsubjpass") for g in children_of(c))
                    for c in children_of(t.head))))) or (
                t.i not in inside and t.head.i not in inside and (  # "…, as mediators pressed …", "…, and he accused …"
                    t.dep_ == "mark" or (t.dep_ == "cc" and k + 1 < len(tail) and tail[k + 1].dep_ == "nsubj"))) or (
                (t.dep_ == "mark" or t.head.pos_ == "VERB" and t.head.i not in inside) and t.lower_ in ASIDE_MARKS and (
                    tokens_of(t.doc)[t.i - 1].text == "," or (
                    t.i > 1 and tokens_of(t.doc)[t.i - 1].dep_ == "cc" and tokens_of(t.doc)[t.i - 2].text == ",")))), len(tail))
            cut = next((k - 1 for k in range(1, cut) if tail[k].i not in inside and tail[k - 1].i in inside
                        and tail[k - 1].dep_ == "cc"), cut)  # "… was raised and Saudi Arabia accused …": "and" opens
            # a clause of another verb the parser hung elsewhere; the condition ends before it
            while cut and tail[cut - 1].text == ",":
                cut -= 1  # the comma before what goes on closes the condition: no list mark of its own
            aside = {x.i for t in tail[:cut] if t.dep_ == "relcl" and t.left_edge.i > 0
                     and tokens_of(t.doc)[t.left_edge.i - 1].text == "," for x in subtree_of(t)}  # "…, whose recommendation …"
            # "only if Saudi Arabia released …": a short name of another party who must act stays in what is asked
            named = subj is not None and bool(of) and of[:1] != by[:1] and len(list(subtree_of(subj))) <= 3
            body = [t for t in tail[:cut] if not (subj is not None and of and not named and t in subtree(subj))
                    and t.i not in aside and (not opening or t.i in inside)]  # "If X …, we will …": the
            # fronted condition is what is asked, never the main clause after it
            if marks[0].lower_ in ("on", "upon"):  # "on condition that X": X is the item, not the noun
                noun = next((t for t in body if t.i > marks[0].i and t.lower_ in condition_nouns), None)  # "on the condition"
                body = [t for t in body if t.i > (noun.i if noun is not None else marks[0].i + 1) and not (
                    t.lower_ == "that" and t.dep_ == "mark")]
            obj = next((c for c in children_of(tok) if c.dep_ == "dobj"), None)
            verbs = [v for v in _conj_items(tok) if v.pos_ in ("VERB", "AUX")]
            one_act = all(v is tok or _bare_verb(v) for v in verbs)  # "only if disarmament was completed and
            # verified": bare verbs share one act
            if len(verbs) >= 2 and not one_act and not any(t.text == "," for t in body):
                # "only if X withdrew A and returned B": one demand per coordinated act
                for v in verbs:
                    own = next((c for c in children_of(v) if c.dep_ in ("nsubj", "nsubjpass")), None) if v is not tok else None
                    lead = list(subtree_of(own)) if own is not None and not ctx.table.resolve(p, own) else []  # "and if
                    # licensing remained under Greenlandic law": the second condition's own subject is part of it
                    add(by, of, compact([*(subtree_of(subj) if named and subj is not None else []), *lead,
                                         *(t for t in _vp(v) if t.i > marks[0].i)]), cond)
                continue
            # the condition's own "not" is dropped only where the side acts against its failure: "would take action
            # if X was not handed over", "would not sign if the EU did not drop it" ask that X be handed over; a
            # term it accepts on keeps it ("…, provided the survey did not alter the agreed alignment")
            inverted = not only and (bargain or any(c.dep_ == "neg" for c in children_of(main)))
            items = [body] if _places_listed(body) else split_list(body)
            if tok.tag_ == "VBN" and len(items) >= 2 and all(_bare_participle(it) for it in items[1:]):
                items = [body]  # "only if all goods were declared, taxed and transported by registered firms":
                # participles sharing the subject name one act done to it, not three demands
            for it in items:
                if len(items) >= 2 and ((obj is not None and all(t.i < obj.left_edge.i for t in it)) or (
                        tok in it and not any(t.pos_ in ("NOUN", "PROPN") for t in it)) or (
                        len(items) >= 3 and it[0].dep_ == "prep" and it[0].head.i in (tok.i, main.i))):
                    continue  # "first accepted, in writing, A, B and C": the verb and its adverbs are no item
                add(by, of, compact([t for t in it if not (inverted and t.head.i == tok.i and (t.dep_ == "neg" or (
                    t.dep_ == "aux" and t.lemma_.lower() == "do")))]), cond)  # "did not drop it" asks "drop it"
        # "was ready to sign it, provided the EU did not reopen …": the parser made the proviso
        for w in s.tokens if not s.lowers.isdisjoint(proviso) else ():
            obj = next((c for c in children_of(w) if c.dep_ == "pobj"), None) \
                if w.lower_ in proviso and w.dep_ == "prep" else None  # a preposition and its subject an object
            act = next((t for t in s.tokens if t.i > obj.i and t.pos_ == "VERB"
                        and t.left_edge.i == obj.right_edge.i + 1 and t.dep_ in ("ccomp", "advcl", "conj")),
                       None) if obj is not None else None  # no scan of the sentence for a word that is no proviso
            if obj is None or act is None:
                continue
            who = subjects(ctx, s, w.head) or speaker_of.get(s.idx, [])
            add(who, ctx.table.resolve(p, obj), compact([*subtree(obj), *subtree(act, stop={"relcl"})]),
                compact([w, *subtree(obj), *subtree(act)], 20))
        _hung_proviso(ctx, s, out, add, proviso, speaker_of.get(s.idx, []))
        _offered_terms(ctx, s, add, speaker_of.get(s.idx) or prev_subject)
        # "There will be no second phase without al-Shamiri", "will not sign without guarantees", "any inspection
        # without a vote in parliament would be a violation": what the act may not go ahead without is asked for
        for tok in s.tokens if "without" in s.lowers else ():
            pobj = next((c for c in children_of(tok) if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None) \
                if tok.lower_ == "without" and tok.dep_ == "prep" else None
            if pobj is None:
                continue
            head = tok.head
            barred = head.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ == "no" for d in children_of(head)) or (
                any(c.dep_ == "expl" for c in children_of(head)) and any(  # "there will be no deal without X"
                    c.dep_ in ("attr", "nsubj") and any(d.dep_ == "det" and d.lower_ == "no" for d in children_of(c))
                    for c in children_of(head)) and any(c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(head)))
            # ("without the miners there is no copper", in the present, states a dependence, it sets no term)
            refused = head.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in children_of(head)) and not any(
                c.dep_ == "aux" and c.lower_ in ("can", "could", "ca") for c in children_of(head))  # "cannot retire without X": a plight
            wrong = head.pos_ == "NOUN" and head.dep_ in ("nsubj", "nsubjpass") and any(
                d.dep_ == "det" and d.lower_ in ("any", "every") for d in children_of(head)) and any(
                c.dep_ in ("attr", "acomp") and c.lemma_.lower() in breach for c in children_of(head.head))
            if not (barred or refused or wrong) or (pobj.lemma_.lower() in ("deal", "agreement", "accord") and not any(
                    c.dep_ in ("amod", "compound", "prep") for c in children_of(pobj))):
                continue  # "will not accept X without a deal": the talks' goal itself, no demand
            who = subjects(ctx, s, head) if refused else []
            if who and pobj.lemma_.lower() in permits and _others_leave(ctx, p, pobj, who):
                continue  # "Namibia will not build without the commission's consent": a pledge to wait for another's
                # leave, no demand ("nobody will dig without our consent" asks for the speaker's own)
            add(who or speaker_of.get(s.idx, []), [], compact(subtree(pobj, stop={"relcl", "appos"})))
        # "X would not withdraw until Y released A and disbanded B": a refusal lifted by Y's acts
        for tok in s.tokens:
            if tok.dep_ != "advcl":  # cheap test first: only an adverbial clause can lift a refusal (below)
                continue
            marks = [c for c in children_of(tok) if c.dep_ == "mark" and c.lower_ in ("until", "unless")]
            if not marks:
                continue
            main = tok.head
            withheld = main.lemma_.lower() in holding and any(  # "would block the sale until X had ratified Y"
                c.dep_ == "aux" and c.lower_ in WILL_WOULD for c in children_of(main))
            nothing = any(c.dep_ in ("attr", "nsubj", "dobj") and any(d.dep_ == "det" and d.lower_ == "no" for d in children_of(c))
                          for c in children_of(main))  # "until …, there will be no deal"
            if tok.pos_ not in ("VERB", "AUX") or main.i == tok.i \
                    or not (withheld or nothing or any(c.dep_ == "neg" for c in children_of(main))):
                continue
            if any(c.dep_ == "expl" for c in children_of(tok)):  # "Until there is a guaranteed ratio of …, there will be
                exists = next((c for c in children_of(tok) if c.dep_ in ("attr", "nsubj") and c.pos_ == "NOUN"), None)
                who = subjects(ctx, s, main) or speaker_of.get(s.idx, [])  # no deal": what must exist is asked for
                if exists is not None:
                    add(who, [], compact(subtree(exists, stop={"relcl"})), compact(subtree(tok), 20))
                continue
            subj = next((c for c in children_of(tok) if c.dep_ in ("nsubj", "nsubjpass")), None)
            by = subjects(ctx, s, main) or speaker_of.get(s.idx, [])
            got = next((c for c in children_of(tok) if c.dep_ == "dobj"), None)
            if by and got is not None and subj is not None and subj.pos_ == "PRON" \
                    and tok.lemma_.lower() in receipt:
                cond = compact(subtree(tok), 20)  # "would not resume deliveries until they received written
                for n in [m for c in _conj_items(got) for m in (c, *_inner_items(c))]:  # guarantees and a plan …":
                    add(by, [], compact(_np(ctx, n)), cond)  # what the side waits to receive is what it asks for
                continue
            of = (ctx.table.resolve(p, subj) if subj is not None else []) or _demonym_subject(ctx, tok)
            named = subj is not None and (subj.pos_ == "PROPN" or any(  # "the Karsenian parliament": another party
                c.dep_ in ("amod", "compound") and c.text[:1].isupper() for c in children_of(subj)))
            if not (of or withheld and named) or not by or of[:1] == by[:1]:
                continue
            cond = compact(subtree(tok), 20)
            for v in _conj_items(tok):
                if v is not tok and _bare_verb(v):
                    continue  # "only if disarmament was completed and verified": a bare verb shares the first act
                if v.pos_ in ("VERB", "AUX"):
                    add(by, of, compact([t for t in _vp(v) if t.dep_ != "auxpass" or t.head.i != v.i]), cond)
        # "… instructions were limited to security: A, B and C"
        colon_i = next((t.i for t in s.tokens if t.text == ":"), None)
        cue = next((t for t in s.tokens if colon_i is not None and t.i < colon_i and (
            (t.lower_ in nouns and t.pos_ != "VERB") or (t.pos_ == "VERB" and t.lemma_.lower() in colon_verbs))
            and not any(x.lower_ in anonymity for x in subtree_of(t))), None)  # not "(who spoke) on condition of
        # anonymity": the source's terms of speaking, no heading of the list
        if colon_i is not None and cue is not None and colon_i > 0 and tokens_of(s.span.doc)[colon_i - 1].lemma_.lower() in REPORTING:
            cue = None  # "Asked whether X had accepted the condition, he said: '…'": a quote follows, no list of terms
        if colon_i is not None and cue is not None:
            # "… instructions were limited to …: A, B", "listed what the rebels want in return: A, B and C"
            by = speaker_of.get(s.idx) or (_owner(ctx, p, cue) if cue.pos_ != "VERB" else subjects(ctx, s, cue)) or (
                subjects(ctx, s, cue.head) if cue.dep_ == "dobj" else []) or _subject_owner(ctx, p, _clause_verb(cue)) or (
                subjects(ctx, s, _clause_verb(cue)) if not _joint_subject(_clause_verb(cue)) else []) or (
                prev_subject if any(t.pos_ == "PRON" for t in s.tokens if t.i < colon_i) else [])  # "Its delegation set out …:"
            colon = next(t for t in s.tokens if t.text == ":")
            for item in split_list([t for t in s.tokens if t.i > colon.i]):
                add(by, [], compact([t for t in item if not (t.dep_ == "mark" and t.lower_ == "that")]))
        # "X had to accept …" inside reported speech
        for f in frames:
            if f.sent is not s:
                continue
            for tok in list(f.content) + ([f.sent.span.root] if f.verb.i > f.sent.span.root.i else []):
                copula = tok.pos_ == "AUX" and tok.lemma_ == "be" and any(  # "the code must be consistent with X"
                    c.dep_ in ("acomp", "attr") and (any(g.dep_ == "prep" for g in children_of(c)) or c.dep_ == "acomp" and any(
                        a.dep_ == "aux" and a.lower_ == "must" for a in children_of(tok)) and any(  # "any return must be
                        d.dep_ == "det" and d.lower_ in EVERY for n in children_of(tok) if n.dep_ == "nsubj" for d in children_of(n)))
                    for c in children_of(tok)) and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in children_of(tok))
                if tok.pos_ not in ("VERB",) and not copula:
                    continue
                passive = any(c.dep_ == "auxpass" for c in children_of(tok))  # "the group must be consulted": asked of others
                shared = _shared_patient(tok) if passive else None  # "the ship was taken … and must be returned"
                must = any(c.dep_ == "aux" and c.lower_ in ("should", "must") for c in children_of(tok)) and not (
                    passive and (tok.lemma_.lower() in PERCEIVED or not any(c.dep_ == "nsubjpass" for c in children_of(tok))
                                 and shared is None
                                 or not any(c.dep_ == "aux" and c.lower_ == "must" for c in children_of(tok))  # "should be
                                 or any(c.dep_ == "neg" for c in children_of(tok)))) \
                    and not (tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in children_of(tok)))  # "should have adopted": a reproach
                if tok.dep_ == "xcomp" and tok.head.lemma_ == "have" and OBLIGATION.search(s.text) \
                        and tok.head.dep_ != "relcl" and not any(  # "crews who have to tie up" describes, asks nothing;
                        c.dep_ == "aux" and c.lower_ in FORECAST for c in children_of(tok.head)):  # "the state would have to
                    # cut posts": a consequence foretold, asked of no one
                    must, holder_tok = True, tok.head
                else:
                    holder_tok = tok
                if not must or _refused_premise(holder_tok):
                    continue  # ("will not accept that the port must stay closed": what is refused is no demand)
                subj = next((c for c in children_of(holder_tok) if c.dep_ in ("nsubj", "nsubjpass")), None) or (
                    shared if holder_tok is tok else None)
                of = ctx.table.resolve(p, subj) if subj is not None else []
                supposed = next((c for c in children_of(holder_tok) if c.dep_ == "advcl" and c.i < holder_tok.i and any(
                    m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in children_of(c))), None)
                if supposed is not None and not of and subj is not None and subj.lower_ in ("it", "they") and subj.i > supposed.i:
                    named_in = next((c for c in children_of(supposed) if c.dep_ == "nsubj"), None)  # "If the People's
                    of = ctx.table.resolve(p, named_in) if named_in is not None else []  # Party wants our votes, it has to
                    # accept …": the pronoun after a fronted condition is that condition's subject
                cond = compact(subtree(supposed), 20) if supposed is not None else None  # and the condition is the demand's
                if passive and subj is not None and subj.pos_ != "PRON":
                    of = []  # "the agency must be granted access": its subject receives the act; the doer goes unnamed
                if of and of[0] in f.speakers or subj is not None and (subj.lower_ in NOBODY or any(
                        d.dep_ == "det" and d.lower_ == "no" or d.dep_ == "poss" and d.lower_ in ("our", "my")
                        for d in children_of(subj))):
                    continue  # "we will have to tell …", "nobody should believe …", "our sailors have to learn …":
                    # no one else is asked
                if any(c.dep_ in ("advmod", "mark") and c.lower_ in ("why", "how") for c in children_of(holder_tok)):
                    continue  # "the dispute showed why the law had to catch up": a reason given, nothing asked
                for v in _conj_items(tok) + [d for d in children_of(tok) if _listed_verb(d)]:
                    if v is not tok and (any(c.dep_ in ("aux", "nsubj") for c in children_of(v)) or v.tag_ in ("VBD", "VBZ")
                                         and tok.tag_ in ("VB", "VBN")):
                        continue  # "must clear the shortfall and has accused X of …", "must regain their status, and
                        # demanded that …": a finite second verb is the speaker's next act, no obligation
                    obj = next((c for c in children_of(v) if c.dep_ == "dobj"), None)
                    more = [n for n in _conj_items(obj)[1:] if n.pos_ in ("NOUN", "PROPN")] if obj is not None else []
                    named = subj is not None and not of and v is tok and subj.pos_ in ("NOUN", "PROPN") and (
                        subj.head.i == tok.i or subj is shared)
                    # "foreign forces and mercenaries must leave Libya": who must act is part of what is asked
                    held = [x for c in children_of(v) if c.dep_ == "advcl" and any(c2.dep_ == "neg" for c2 in children_of(v))
                            and any(m.dep_ == "mark" and m.lower_ in ("until", "unless") for m in children_of(c))
                            for x in subtree_of(c)]  # "should not release the ship until the owners post a guarantee":
                    # what lifts the bar is the heart of what is asked
                    vp = _vp(v)  # once: it walks the verb's subtree
                    add(f.speakers, of, compact((subtree(subj, stop={"relcl", "appos", "acl"}) if named else []) + vp
                                                + held), cond)
                    for n in more:  # "must guarantee political equality and a rotating presidency": two demands
                        add(f.speakers, of, compact([v, *_np(ctx, n)]), cond)
                    if v.lemma_.lower() in endorse and _backs(ctx, vp):
                        obligations.append((f.speakers[0], compact(vp), ev))
        # "has given Ottawa until May 1 to come back with an offer": a deadline asks for the act
        for tok in s.tokens if "give" in s.lemmas else ():
            if tok.lemma_.lower() != "give" or tok.pos_ != "VERB":
                continue
            dobj = next((c for c in children_of(tok) if c.dep_ in ("dobj", "dative")), None)
            until = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in ("until", "till")), None)
            act = next((c for c in children_of(tok) if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))), None)
            if dobj is None or until is None or act is None:
                continue
            of = ctx.table.resolve(p, dobj)
            if of or dobj.pos_ == "PROPN":  # a party, not "gave the talks until Friday to succeed"
                add(subjects(ctx, s, tok), of, compact(_vp(act)))
        # "members would not accept anything below $1.80 a mile", "will not settle for less than 5%": the floor is asked
        for tok in s.tokens if not s.lemmas.isdisjoint(settling) else ():
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in settling \
                    or not any(c.dep_ == "neg" for c in children_of(tok)):
                continue
            floors, bounds = _floors(tok), _bounds(tok)
            if not floors and not bounds:
                continue
            who = _said_pronoun(ctx, s, tok) or subjects(ctx, s, tok) or speaker_of.get(s.idx, [])  # once per verb
            for floor in floors:
                add(who, [], compact(floor))
            for bound in bounds:  # "would not accept any threshold higher than a simple majority": asks for none
                add(who, [], "no " + compact(bound))
        # "Ankara would consider any proposal that addresses all outstanding issues": what the deal it would accept must do
        for tok in s.tokens if not s.lemmas.isdisjoint(acceptance) else ():
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in acceptance or not any(
                    c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "'ll", "wo") for c in children_of(tok)) \
                    or any(c.dep_ == "neg" for c in children_of(tok)):
                continue  # ("will not sign a document that is not binding": what a refused text should have been was
                # 1 right to 1 wrong over 132 articles, so it is not read as asked)
            obj = next((c for c in children_of(tok) if c.dep_ == "dobj"), None)
            rel = next((c for c in children_of(obj) if c.dep_ == "relcl" and c.i > obj.i), None) if obj is not None else None
            if rel is None or not any(d.dep_ == "det" and d.lower_ in ("any", "only") for d in children_of(obj)):
                continue
            who = subjects(ctx, s, tok) or speaker_of.get(s.idx, [])
            add(who, [], compact([t for t in subtree(rel) if not (t.lower_ in ("that", "which") and t.head.i == rel.i)]))
        # "Khartoum's position is that any referendum must include the Misseriya": a stated line that asks
        for tok in s.tokens if not s.lowers.isdisjoint(stated) else ():
            v = tok.head
            if tok.lower_ not in stated or tok.dep_ != "nsubj" or v.lemma_ != "be":
                continue
            cl = next((c for c in children_of(v) if c.dep_ in ("ccomp", "attr") and c.i > tok.i and c.pos_ in ("VERB", "AUX")
                       and any(g.dep_ == "mark" and g.lower_ == "that" for g in children_of(c))), None)
            if cl is None or not (subjunctive(cl) or any(g.dep_ == "aux" and g.lower_ in ("must", "should")
                                                          for g in children_of(cl))):
                continue
            who = _owner(ctx, p, tok) or speaker_of.get(s.idx, [])
            subj = next((g for g in children_of(cl) if g.dep_ in ("nsubj", "nsubjpass")), None)
            of = ctx.table.resolve(p, subj) if subj is not None else []
            add(who, of, compact([t for t in subtree(cl) if not (t.dep_ == "mark" and t.head.i == cl.i)]))
        # "disarming Hezbollah remained essential"
        for tok in s.tokens if not s.lowers.isdisjoint(necessity) else ():
            if tok.lower_ in necessity and tok.dep_ in ("acomp", "attr", "oprd"):
                v = tok.head
                subj = next((c for c in children_of(v) if c.dep_ in ("nsubj", "csubj")), None)
                who = speaker_of.get(s.idx) or (subjects(ctx, s, s.span.root) if s.span.root.i != v.i else [])
                useful = any(c.dep_ == "prep" and c.lower_ == "for" and any(g.tag_ == "VBG" for g in children_of(c))
                             or c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
                             for c in [*children_of(tok), *(children_of(v) if v.i != tok.i else [])])  # "the dam is vital for
                # bringing electricity", "X were essential to
                useful = useful or subj is not None and any(  # get industry to take part": a use; "whatever steps
                    d.lower_ in ("whatever", "whichever") for d in subtree_of(subj))  # are necessary": no thing named
                if subj is not None and who and not ctx.table.resolve(p, subj) and not useful:
                    add(who, [], compact(subtree(subj)))
        # "The association's position … runs to six demands. The two that matter most are A and B. The others are C, D
        # and E.": the items of a counted list, told in the sentences after the count, are its owner's demands
        counted = _counted_owner(ctx, s, demand_words)
        if counted:
            listing = (p, s.idx, counted)
        elif listing is not None and listing[0] is p and 0 < s.idx - listing[1] <= 3:
            for it in _list_rest(s):
                add(listing[2], [], compact(it))
        subj_actors = [a for t in s.tokens if t.dep_ in ("nsubj", "nsubjpass") for a in ctx.table.resolve(p, t, conj=False)]
        if subj_actors:
            prev_subject = [subj_actors[-1]]
    _for_to(ctx, sents, out, cues, owned)
    calming = ctx.lex.cached("demands.restraint", lambda raw: frozenset(raw.get("restraint_words", [])))
    return _one_per_item(_joined_restraint(out, calming))


def deadline_parts(ctx: Context, p: Any, tok: Any) -> tuple[Any, Any] | None:
    """A deadline set with a deadline_verb: the party given the time and the act asked of it ("gave Hamas 48 hours to
    respond", "gave the operator until March to …", in agency style "gave this Tuesday a period of 30 days to the
    laboratory X so that it presents a cut"); None when the verb sets none (no party, no time, no act, negated)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ctx.lex.words("deadline_verbs") or any(
            c.dep_ == "neg" for c in children_of(tok)):
        return None
    kids = children_of(tok)
    span = next((c for c in kids if (c.dep_ == "prep" and c.lower_ == "until") or (
        c.dep_ in ("dobj", "npadvmod") and c.ent_type_ in ("DATE", "TIME"))), None)
    span = span or next((c for c in kids if c.dep_ == "dobj" and c.pos_ == "NOUN" and any(  # "a period of 30 days"
        g.dep_ == "prep" and g.lower_ == "of" and any(x.dep_ == "pobj" and x.ent_type_ in ("DATE", "TIME")
                                                      for x in children_of(g)) for g in children_of(c))), None)
    party = next((c for c in kids if c.dep_ in ("dative", "dobj") and ctx.table.resolve(p, c)), None)
    party = party or next((x for h in (tok, span) if h is not None for g in children_of(h) if g.dep_ == "prep"
                           and g.lower_ == "to" for x in children_of(g) if x.dep_ == "pobj" and ctx.table.resolve(p, x)),
                          None)  # "a period of 30 days to the laboratory X"
    act = next((c for c in kids if c.dep_ in ("advcl", "xcomp", "relcl", "acl") and c.pos_ == "VERB" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))), None)
    if act is None and span is not None and span.dep_ != "prep":  # "gave Hamas 48 hours to respond"
        act = next((c for c in children_of(span) if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
    if act is None:  # "… so that it presents a substantial reduction": the purpose the time is given for
        act = next((c for c in kids if c.dep_ == "advcl" and c.pos_ == "VERB" and any(
            m.dep_ == "mark" and m.lower_ == "so" for m in children_of(c))), None)
    if party is None or span is None or act is None:
        return None
    return party, act


LIST_REFERENCES = frozenset({"others", "rest", "remainder", "remaining", "first", "second", "third", "last", "other"})


def _counted_owner(ctx: Context, s: Sentence, words: set[str]) -> list[str]:
    """Who holds a counted list of demands the sentence announces ("The association's position runs to six demands",
    "The union has set four conditions"): the subject of its verb, or the subject's owner; [] when none."""
    for t in s.tokens:
        if t.pos_ != "NOUN" or t.tag_ != "NNS" or t.lower_ not in words or not any(
                c.dep_ == "nummod" and c.like_num and c.lower_ not in ("one", "1") for c in children_of(t)):
            continue
        v = t.head.head if t.dep_ == "pobj" else t.head
        subj = next((c for c in children_of(v) if c.dep_ in ("nsubj", "nsubjpass")), None) if v.pos_ in ("VERB", "AUX") else None
        if subj is None:
            continue
        who = ctx.table.resolve(s.para, subj) or next(
            (w for c in children_of(subj) if c.dep_ == "poss" and (w := ctx.table.resolve(s.para, c))), [])
        if who:
            return who[:1]
    return []


def _list_rest(s: Sentence) -> list[list[Any]]:
    """The items of a sentence going on with a counted list: "The two that matter most are A and B", "The others are
    C, D and E", "The first is A" (after a colon when the copula names a heading first: "are money and ownership: A,
    and B"); [] for any other sentence."""
    toks = [t for t in s.tokens if not t.is_space]
    if len(toks) < 4 or toks[0].lower_ != "the" or not (toks[1].like_num or toks[1].lower_ in LIST_REFERENCES):
        return []
    be = next((k for k, t in enumerate(toks[2:9], 2) if t.lemma_ == "be" and t.pos_ == "AUX"), None)
    if be is None:
        return []
    body = toks[be + 1:]
    colon = next((k for k, t in enumerate(body) if t.text == ":"), None)
    if colon is not None:
        body = body[colon + 1:]
    while body and body[-1].is_punct:
        body = body[:-1]
    items = [it for it in split_list(body) if any(t.pos_ in ("NOUN", "PROPN") for t in it)]
    count = {"two": 2, "2": 2, "three": 3, "3": 3}.get(toks[1].lower_, 0)
    if 0 < len(items) < count:  # "The two that matter most are A and B": the count says the last "and" joins two items
        last = items[-1]
        inside = {t.i for t in last}
        root = next((t for t in last if t.head.i not in inside or t.head.i == t.i), None)
        cut = next((t.i for t in last if root is not None and t.lower_ == "and" and t.head.i == root.i), None)
        if cut is not None:
            items[-1:] = [it for it in ([t for t in last if t.i < cut], [t for t in last if t.i > cut])
                          if any(t.pos_ in ("NOUN", "PROPN") for t in it)]
    return items


def _hyphened_act(obj: Any) -> list[Any]:
    """"urged New Delhi to fast-track canals", 'urged both governments to "ring-fence the auto sector"': the
    tagger reads a hyphened verb after "to" as a noun, so no infinitive hangs on the asking verb; the words
    from "to" up to the clause's end (a subordinator such as "while") are the act."""
    doc, k = obj.doc, obj.right_edge.i + 1
    doc_toks = tokens_of(doc)
    end = obj.sent.end
    j = k + 2 if k + 1 < end and doc_toks[k + 1].is_quote else k + 1
    if j + 2 >= end or doc_toks[k].lower_ != "to" or doc_toks[j + 1].text != "-" or not (
            doc_toks[j].is_alpha and doc_toks[j].is_lower and doc_toks[j + 2].is_alpha and doc_toks[j + 2].is_lower):
        return []
    stop = next((t.i for t in doc[j + 3:end] if t.text in (";", ".") or t.dep_ == "mark" or t.text == "," and t.i + 1 < end
                 and (doc_toks[t.i + 1].tag_ in ("VBG", "WDT", "WP") or doc_toks[t.i + 1].lower_ in ("which", "who"))), end)
    return [t for t in doc[k:stop] if not t.is_quote]  # (", saying …", ", which employs …" is the reporter's, not the act)


def _hung_proviso(ctx: Context, s: Sentence, out: list[DemandRecord], add: Callable[..., None],
                  proviso: tuple[str, ...], speaker: list[str]) -> None:
    """"could accept demarcation provided that the commission also considered …", "something we can work with,
    provided the lockdown ends": the parser hangs the proviso on the object noun (or takes the clause's subject for
    its object), so the readings above miss it; read in word order, what follows it up to the clause's end is asked.
    A sentence another reading already took is left alone."""
    if s.lowers.isdisjoint(proviso):
        return
    start_at = evidence(ctx, s).start
    if any(d.evidence.start == start_at for d in out):
        return
    doc = s.span.doc
    doc_toks = tokens_of(doc)
    for w in s.tokens:
        if w.lower_ not in proviso or w.i == 0 or w.i + 2 >= s.span.end or any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children_of(w)):
            continue  # "the text had provided for …": a verb of its own
        if not (doc_toks[w.i - 1].pos_ in ("NOUN", "PROPN") or doc_toks[w.i - 1].text == ","):
            continue
        start = w.i + 2 if doc_toks[w.i + 1].lower_ == "that" else w.i + 1
        end = next((t.i for t in s.tokens if t.i >= start and (t.text in (";", ".", ":") or t.is_quote or (
            t.text == "," and t.i + 1 < s.span.end and doc_toks[t.i + 1].dep_ in ("cc", "mark")))), s.span.end)
        span = [t for t in s.tokens if start <= t.i < end]
        subj = next((t for t in span if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not any(t.tag_ in FINITE for t in span):
            continue  # no clause of its own follows: "provided funds", "provided by the state"
        main = next((a for a in w.ancestors if a.pos_ in ("VERB", "AUX") and a.i < w.i), None)
        by = (_said_pronoun(ctx, s, main) or subjects(ctx, s, main) if main is not None else []) or speaker
        if speaker and any(t.lower_ in FIRST_PERSON and t.dep_ == "nsubj" for t in s.tokens if t.i < w.i):
            by = speaker  # "something we can work with, provided …": the speaker sets the terms
        cond = compact([w, *span], 20)
        for item in split_list(span):
            add(by, ctx.table.resolve(s.para, subj), compact(item), cond)


def _offered_terms(ctx: Context, s: Sentence, add: Callable[..., None], voice: list[str]) -> None:
    """"Alberta tabled a counter-proposal that would freeze A, carve B and scrap C", "put forward its own
    counter-offer: A and B", "the union's own proposal would rule out A and introduce B": the terms of a side's
    answer to the other's offer are what it asks for, one demand each (not "would have required": a dropped draft).
    ``voice``: the sentence's speaker, else the side named before, for "its own proposal"."""
    offers = ctx.lex.cached("demands.counter_offer_nouns", lambda raw: frozenset(raw.get("counter_offer_nouns", [])))
    if s.lowers.isdisjoint(offers):
        return  # (every token below is one of them)
    forwarding = ctx.lex.cached("demands.forwarding_verbs", lambda raw: frozenset(  # verbs that put a text forward
        w.lower() for k in ("forwarding_verbs", "object_proposing_verbs", "voicing_verbs") for w in raw.get(k, [])))
    doc = s.span.doc
    doc_toks = tokens_of(doc)
    for tok in s.tokens:
        if tok.lower_ not in offers or tok.pos_ != "NOUN":
            continue
        counter = tok if tok.lower_.startswith("counter") else doc_toks[tok.i - 2] if tok.i > 1 and doc_toks[tok.i - 1].text == "-" \
            and doc_toks[tok.i - 2].lower_ == "counter" else None
        marks = [x for t in (tok, counter) if t is not None for x in children_of(t)]
        if counter is None and not any(c.dep_ == "amod" and c.lower_ == "own" for c in marks):
            continue  # "the proposal would cut X": any offer, maybe the other side's; only a side's own answer
        owner = next((c for c in marks if c.dep_ == "poss"), None)
        by = ctx.table.resolve(s.para, owner) if owner is not None and owner.pos_ != "PRON" else []
        if not by and tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in forwarding:
            by = subjects(ctx, s, tok.head)  # "Alberta tabled a counter-proposal": who tables it answers (not
            # who "rejected a counter-proposal")
        if not by and tok.dep_ == "attr":
            by = _subject_owner(ctx, s.para, tok.head)  # "Botswana's answer, according to …, was a counter-proposal: A"
        if not by and owner is not None and owner.pos_ == "PRON":
            by = voice
        if not by:
            continue
        acts = [c for c in marks if c.dep_ == "relcl"] + ([tok.head] if tok.dep_ == "nsubj" else [])
        for act in acts:
            aux = {c.lower_ for c in children_of(act) if c.dep_ == "aux"}
            if "would" not in aux or "have" in aux or any(c.dep_ == "neg" for c in children_of(act)):
                continue
            for v in _conj_items(act):
                fronted = {x.i for c in children_of(v) if c.i < v.i and c.dep_ == "prep" for x in subtree_of(c)}  # "and, above all,"
                if v.pos_ == "VERB":
                    add(by, [], compact([t for t in _vp(v) if t.i not in fronted]))
        colon = next((t for t in s.tokens if t.text == ":" and t.i > tok.i and t.head.i == tok.head.i), None)
        if colon is not None and not acts and all(t.text != "," for t in s.tokens if tok.i < t.i < colon.i):
            for item in split_list([t for t in s.tokens if t.i > colon.i]):
                add(by, [], compact(item))


def _for_cue(f: Any, doc_toks: Any) -> Any:
    """The word a "for" of a for-to clause hangs on: the word before it, or the verb it belongs to past the
    adjuncts between them ("had asked in the talks on Monday for the limit to be raised": "asked")."""
    before = doc_toks[f.i - 1]
    v = f.head.head if f.dep_ == "mark" else f.head
    if v.pos_ != "VERB" or v.i >= before.i or before.i - v.i > 8:
        return before
    adjunct = {t.i for c in children_of(v) if c.dep_ in ("prep", "npadvmod", "advmod") and v.i < c.i < f.i for t in subtree_of(c)}
    return v if all(k in adjunct for k in range(v.i + 1, f.i)) else before


def _for_to(ctx: Context, sents: list[Sentence], out: list[DemandRecord], cues: Any, owned: set[str]) -> None:
    """"called for the accounts to be audited", "Croatia's call for the zones to be referred to a
    panel": a for-to clause is one demand, its noun and its act together, however the parser splits it
    (a mark and an adverbial clause, a noun and a clause on the verb, a noun and a bare infinitive);
    readings that kept only one half give way to it. "… and for Y to do B" after it is a second one."""
    for s in sents:
        if s.kind != "body":
            continue
        doc, end = s.span.doc, s.span.end
        doc_toks = tokens_of(doc)
        # (each "for", the word before it its cue; ``repeated``: an "and for" queued after its cue's first "for")
        todo: list[tuple[Any, Any, bool]] = [(f, _for_cue(f, doc_toks), False) for f in (s.tokens if "for" in s.lowers else ())
                                             if f.lower_ == "for" and f.i > 0]
        while todo:
            f, cue, repeated = todo.pop(0)
            if f"{cue.lemma_.lower()} for" not in cues and cue.lower_ not in owned:
                continue
            clause_end = next((k for k in range(f.i + 1, end) if doc_toks[k].text in (";", ":") or (
                doc_toks[k].dep_ == "nsubj" and doc_toks[k].head.tag_ in FINITE and doc_toks[k].head.i > k)), end)
            again = next((doc_toks[k] for k in range(f.i + 3, min(clause_end, end - 1)) if doc_toks[k].lower_ == "for"
                          and doc_toks[k - 1].lower_ == "and" and doc_toks[k + 1].pos_ in ("DET", "NOUN", "PROPN", "ADJ")), None)
            # (not past a new clause's subject: "… but the minister said she was waiting for X and for Y" asks nothing)
            if again is not None:  # "called for the county to publish A and for the government to regulate B": the
                todo.append((again, cue, True))  # repeated "for" opens a second demand of the same cue
            to = None  # (the "to" may lie past a repeated "and for": the item is cut before its "and" below)
            for j in range(f.i + 1, min(end - 1, f.i + 30)):
                t = doc_toks[j]
                if t.tag_ in FINITE or t.text in (";", ":") or t.lower_ == "that":
                    break
                if t.tag_ == "TO" and doc_toks[j + 1].pos_ in ("VERB", "AUX"):
                    to = t
                    break
            item = next((c for c in children_of(f) if c.dep_ == "pobj"), None) if repeated else None
            if item is not None and to is None:
                toks = _np(ctx, item)  # "… and for a national inquiry": the second item a noun alone
            elif to is None or not any(doc_toks[k].pos_ in ("NOUN", "PROPN") for k in range(f.i + 1, to.i)):
                continue
            else:
                v = doc_toks[to.i + 2] if doc_toks[to.i + 1].lemma_ == "be" and to.i + 2 < end and doc_toks[to.i + 2].tag_ == "VBN" \
                    else doc_toks[to.i + 1]
                if again is None and any(c.dep_ == "conj" and c.pos_ == "VERB" and any(
                        g.dep_ == "aux" and g.lower_ == "to" for g in children_of(c)) for c in children_of(v)):
                    continue  # "for the government to secure A and to seek B": two acts, read one by one elsewhere
                last = min(max(v.right_edge.i, v.i), end - 1, again.i - 2 if again is not None else end - 1)  # up to "and"
                toks = [t for t in _asides(list(doc[f.i + 1:last + 1])) if not t.is_punct or t.text in ("-", "%")]
            what = compact(toks)
            if len(what.split()) > 20:
                continue
            ev = evidence(ctx, s)
            low = what.lower()
            parts = [d for d in out if d.evidence.start == ev.start and d.what.lower() in low]
            subj = next((c for c in children_of(cue) if c.dep_ == "nsubj"), None)
            if subj is not None and any(d.dep_ == "det" and d.lower_ in ("some", "several", "many", "few")
                                        for d in children_of(subj)):
                continue  # "some lawmakers have called for X to …": a faction, not the state it belongs to
            by = subjects(ctx, s, cue) if cue.pos_ == "VERB" else _owner(ctx, s.para, cue)
            if not by and cue.pos_ == "NOUN" and cue.head.pos_ == "VERB":
                by = subjects(ctx, s, cue.head)  # "renewed its call for X to be Y"
            if not by and parts:
                by = [parts[0].by]
            if not by:
                continue
            for d in parts:
                out.remove(d)
            of = parts[0].of if parts else []
            out.append(DemandRecord(by=by[0], of=[o for o in of if o != by[0]], what=what, evidence=ev))


def _joined_restraint(demands: list[DemandRecord], calming: frozenset[str]) -> list[DemandRecord]:
    """"urged both sides to exercise restraint and refrain from any unilateral step": a call for calm joined to
    another ask of the same side in one sentence is one appeal (lexicon ``restraint_words``); the two are written
    as one demand, so either reading of it still names what was asked (over 132 studied articles: 4 pairs the
    gold holds as one, none it holds as two)."""
    out: list[DemandRecord] = []
    for d in demands:
        first = next((o for o in out if o.by == d.by and o.evidence.start == d.evidence.start and o.of == d.of), None)
        if first is not None and not (calming.isdisjoint(d.what.lower().split())
                                      and calming.isdisjoint(first.what.lower().split())) \
                and len(first.what.split()) + len(d.what.split()) < 20:
            first.what = f"{first.what} and {d.what}"
            continue
        out.append(d)
    return out


def _one_per_item(demands: list[DemandRecord]) -> list[DemandRecord]:
    """Two rules reading one list item of one sentence ("listed what the rebels want: an end to …")
    give one demand: the first reading wins. A kept demand's figures are written solid, as in the
    article (:func:`~graph.extract.common.glue`)."""
    out: list[DemandRecord] = []
    for d in demands:
        tail = " ".join(d.what.lower().split()[-4:])
        if any(o.evidence.start == d.evidence.start and (tail in o.what.lower() or
               " ".join(o.what.lower().split()[-4:]) in d.what.lower()) for o in out):
            continue
        d.what = glue(d.what, d.evidence.text)
        out.append(d)
    return _restated(out)


def _stems(text: str) -> frozenset[str]:
    """Content words cut to five letters, so "withdrawal" and "withdrawn", "improve" and "improved" meet."""
    return frozenset(w[:5] for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2 and w not in STOP_WORDS)


def _restated(demands: list[DemandRecord]) -> list[DemandRecord]:
    """A demand the lede states and the body repeats ("asked for the increase to be withdrawn" …
    "maintained its demands: the full withdrawal of the quota increase") is one demand: a later
    sentence's demand by the same side whose content words mostly lie inside an earlier one's
    (two shared at least, or the very same words) gives way to it. Items of one sentence are never
    merged: a list is split on purpose."""
    stems = [_stems(d.what) for d in demands]
    order = sorted(range(len(demands)), key=lambda i: demands[i].evidence.start)
    dropped: set[int] = set()
    for n, j in enumerate(order):
        for i in order[:n]:
            a, b = demands[i], demands[j]
            if i in dropped or a.by != b.by or a.evidence.start == b.evidence.start or not stems[i] or not stems[j]:
                continue
            shared = len(stems[i] & stems[j])
            if stems[i] == stems[j] or shared >= 2 and 2 * shared >= min(len(stems[i]), len(stems[j])):
                dropped.add(j)
                break
    return [d for k, d in enumerate(demands) if k not in dropped]
