"""Claims and disputes: what an actor asserts ("Putin claimed Russian forces had taken control of
Pokrovsk", "accused the UAE of arming the RSF", "called them a power grab"), and who disputes it
("Ukrainian officials later disputed the claim", "Beijing rejects that reading", "denies …").

A said-clause is a claim when it asserts something of another side, gives a figure, evaluates, is
disputed, or is a side's version after "a very different account" or a denial; what a side says it
will or will not do is a position, what it asks for a demand, and a denial of an earlier claim is
that claim's dispute.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.symbols import NOUN, VERB

from graph.extract.common import (
    FINITE,
    FIRST_PERSON,
    QUOTE_MARKS,
    TEXT_WORDS,
    WILL_WOULD,
    Context,
    compact,
    demonym_state,
    evidence,
    glue,
    past_mandative,
    subjects,
    subjunctive,
    subtree,
    will_insist,
)
from graph.extract.paragraphs import Sentence, children_of, subtree_of, tokens_of
from graph.extract.speech import Frame, unsaid
from graph.records import ClaimRecord, DisputeRecord

STOP = {"relcl", "appos"}
SOMETHING = {"nothing", "something", "everything", "anything"}
SMALL = {"one", "two", "both", "half", "a", "an", "single"}
RELPRON = {"which", "that", "who"}
OBJECT_RELPRON = RELPRON | {"whom"}  # "a militia, whom the army accuses of …": a relative object
CONCESSIVE = {"but", "although", "though", "yet"}  # "said A but insisted B": A is conceded, B is what is at stake
ANAPHORS = {"that", "this", "it", "these", "those"}  # "disputes that": the object points back at what was said
FIGURES = {"CARDINAL", "PERCENT", "MONEY", "QUANTITY"}
FRACTIONS = {"half", "third", "quarter", "fifth", "tenth"}
NEARER = {"close", "near"}  # "put the figure closer to half": a figure given as near a value
CONTACT_PREPS = {"with", "to", "by"}  # "had spoken by phone with his counterpart": who a contact is with
ESTIMATE = {"least", "than", "nearly", "almost", "about", "around", "roughly", "approximately"}  # "at least three months"


def _points_back(tok: Any) -> bool:
    """"that", "this account": a word, or a noun with a determiner, pointing back at what was said."""
    return tok.lower_ in ANAPHORS or any(g.dep_ == "det" and g.lower_ in ANAPHORS for g in children_of(tok))


def _quoted_tail(v: Any, toks: list[Any]) -> list[Any]:
    """"accused the bloc of acting "at the behest of foreign powers"": the parser hangs the quotation that goes on
    right after ``toks`` on the verb; it is the rest of the charge."""
    if not toks:
        return toks
    doc, k = v.doc, max(t.i for t in toks) + 1
    doc_toks = tokens_of(doc)
    if k >= len(doc) or not doc_toks[k].is_quote or doc_toks[k].head.i != v.i:
        return toks
    if sum(1 for j in range(min(t.i for t in toks), k) if doc_toks[j].text in DOUBLE_QUOTES) % 2:
        return toks  # 'accused X of defending "their own privileges"': the quote after closes one the charge opened
    end = next((j for j in range(k + 1, min(len(doc), k + 40)) if doc_toks[j].is_quote), None)
    if end is None:
        return toks
    return toks + [doc_toks[j] for j in range(k + 1, end)]


def _accusation(f: Frame, blame: frozenset[str] = frozenset()) -> list[Any]:
    v = f.verb
    dobj = next((c for c in children_of(v) if c.dep_ == "dobj"), None)
    if v.lemma_.lower() in blame and dobj is not None:  # "blamed the SSA for the fighting"
        for c in children_of(v):
            if c.dep_ == "prep" and c.lower_ in ("for", "over"):
                return [v, *subtree(dobj, stop=STOP), *subtree(c)]
    if dobj is not None and v.lemma_ in ("call", "describe", "brand") and any(
            t.lower_ in ("our", "my") for t in subtree_of(dobj.head) if t.i > dobj.i):
        return []  # "called the package 'our best and final offer'": a side rating its own offer takes a position
    if v.lemma_ == "accuse" and v.dep_ in ("relcl", "acl") and (dobj is None or dobj.lower_ in OBJECT_RELPRON) \
            and not any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(v)):  # "who is accused of": no accuser
        of = next((c for c in children_of(v) if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:  # "a militia, whom the army accuses of V", "two firms it accused of V": the noun did V
            return _quoted_tail(v, subtree(v.head, stop=STOP) + subtree(of))
    if v.lemma_ == "accuse" and dobj is not None:
        for c in list(children_of(v)) + list(children_of(dobj)):
            if c.dep_ == "prep" and c.lower_ == "of":
                inner = {t.i for t in subtree_of(c)}
                return _quoted_tail(v, [t for t in subtree(dobj, stop=STOP) if t.i not in inner] + _charge(v, c))
    if v.lemma_ in ("call", "describe", "brand") and dobj is not None and dobj.lower_ not in ("what", "which", "that"):
        oprd = next((c for c in children_of(v) if c.dep_ in ("oprd", "xcomp", "ccomp", "attr")), None)
        if oprd is None:  # "described the sanctions as economic terrorism": "as" may hang on the object
            for c in [*children_of(v), *children_of(dobj)]:
                if c.dep_ == "prep" and c.lower_ == "as":
                    oprd = c
        if oprd is not None and any(t.pos_ in ("NOUN", "PROPN") for t in subtree(oprd)):
            return subtree(dobj, stop=STOP) + subtree(oprd)
    if v.lemma_ == "deny":
        for c in children_of(v):
            if c.dep_ in ("xcomp", "ccomp", "dobj"):
                return [v] + subtree(c)
    return []


def _charge(v: Any, of: Any) -> list[Any]:
    """What "accused X of …" charges X with, when the parser hangs "of" on X: the act without "of", whole
    ("accused the government of bargaining in bad faith": the manner the parser hangs on "accused" is the act's own).
    A charge named by a noun keeps its "of" ("accused Moscow of war crimes")."""
    act = next((c for c in children_of(of) if c.dep_ in ("pobj", "pcomp")), None)
    if act is None:
        return subtree(of)
    if act.tag_ != "VBG" and not (act.pos_ == "NOUN" and act.lower_.endswith("ing") and not any(
            c.dep_ in ("det", "amod", "poss", "compound") for c in children_of(act))):
        return subtree(of)
    toks = [t for t in subtree(of) if t.i != of.i]
    end = max(t.i for t in toks)
    for c in children_of(v):  # "of bargaining | in bad faith": right after the act, no date, place or party in it
        if c.i == end + 1 and c.dep_ in ("prep", "advmod") and not any(
                t.ent_type_ in ("DATE", "TIME", "GPE", "ORG", "PERSON", "NORP", "LOC") for t in subtree(c)):
            toks += subtree(c)
            end = max(t.i for t in toks)
    return toks


def _other_side_acts(ctx: Context, f: Frame, verb: Any) -> bool:
    """"Russian forces shelled Kherson, according to Ukraine's military": a source reporting what another
    side did asserts it of them; a ministry sourcing its own police's acts or a death toll reports, not claims."""
    subj = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    who = ctx.table.resolve(f.sent.para, subj) if subj is not None else []
    for c in children_of(subj) if subj is not None and not who else []:  # "Russian air strikes": the demonym's state
        state = demonym_state(ctx, c)
        who = [state] if state is not None else who
    return bool(who) and not (set(who) & ctx.table.camp(set(f.speakers)))


def _sourced_figure(ctx: Context, f: Frame) -> bool:
    """"Twenty-two remain in captivity, according to the school's principal, X", "police detained about 200 of them,
    according to the farmers' front": a count a non-state source gives is its claim. The clause the trailing
    "according to" hangs on must count its subject or object (not an amount offered, "$6 million"); a state's own
    voice (its army, ministry, official) giving a toll reports it, which no side disputes."""
    according = f.verb
    if any(a is not None and a.type == "State" for a in map(ctx.table.actors.get, ctx.table.camp(set(f.speakers)))):
        return False
    inner = {t.i for t in subtree_of(according)}
    args = [c for c in children_of(according.head) if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i not in inner]
    return any(t.pos_ == "NUM" and t.ent_type_ in ("CARDINAL", "QUANTITY", "PERCENT") and (t is a or t.head is a)
               for a in args for t in subtree_of(a))


def _named_speaker(ctx: Context, f: Frame) -> str | None:
    """"Its ambassador in Vienna, Pavel Ushakov, said …": the person named beside the subject speaks, not the
    body the possessive points to."""
    subj = next((c for c in children_of(f.verb) if c.dep_ == "nsubj"), None)
    for c in subtree_of(subj) if subj is not None else []:  # the parse may hang the name on the last noun ("Vienna")
        a = ctx.table.at(f.sent.para, c.i) if c.dep_ == "appos" else None
        if a and a in ctx.table.actors and ctx.table.actors[a].type == "Person" and a != f.speakers[0]:
            return str(a)
    return None


def _relative_report(f: Frame) -> bool:
    """"…, which Baku says contains …", "a freeze that the union says has left …": the writer hands
    the clause about the noun to the speaker as the speaker's claim."""
    v = f.verb
    return v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN") and any(
        t.lower_ in RELPRON and t.dep_ in ("nsubj", "nsubjpass") for t in f.content)


def _relative_object(v: Any) -> bool:
    """"…, which the union says amounts to …": the parser makes the relative pronoun the object of the
    reporting verb and leaves what follows without a subject (a clause, or its verb read as a noun): the pronoun
    is the subject of what the speaker says."""
    if v.dep_ != "relcl" or v.head.pos_ not in ("NOUN", "PROPN"):
        return False
    rel = any(c.dep_ == "dobj" and c.lower_ in RELPRON and c.i < v.i for c in children_of(v))
    return rel and any(c.dep_ in ("ccomp", "dobj") and c.i > v.i and not any(  # "amounts" read as a plural noun
        g.dep_ in ("nsubj", "nsubjpass", "expl", "det", "poss") for g in children_of(c)) for c in children_of(v))


def _appeal_conjoined(toks: list[Any], appeals: frozenset[str], verb_i: int) -> bool:
    """Does a doc of ``toks`` hold a verb of appeal conjoined to another (not the token ``verb_i``)? Only such a
    verb can cut an appeal out of a claim's words, and the cut walks every word's ancestors: a clause in a doc
    with none keeps its words without that walk."""
    for doc in {id(t.doc): t.doc for t in toks}.values():
        if any(t.dep_ == "conj" and t.i != verb_i and t.pos_ == "VERB" and t.lemma_.lower() in appeals
               for t in tokens_of(doc)):
            return True
    return False


def _clause_head(toks: list[Any]) -> Any:
    """The token of ``toks`` whose head lies outside them (or is itself): the clause's head, or None."""
    ids = {t.i for t in toks}
    return next((t for t in toks if t.head.i not in ids or t.head.i == t.i), None)


def _counter_version(ctx: Context, f: Frame, toks: list[Any], out: list[ClaimRecord], where: list[int]) -> bool:
    """"The army said fresh mines had wounded three soldiers." … "The ministry said the mines were
    remnants of old wars": a said-clause whose subject is the very thing another side's recent claim is
    about ("the mines", "the attack") is this side's version of it, a claim of its own."""
    head = _clause_head(toks)
    subj = next((c for c in children_of(head) if c.dep_ in ("nsubj", "nsubjpass")), None) if head is not None else None
    if subj is None or subj.pos_ != "NOUN" or not any(d.lower_ in _vocab(ctx, "definite_determiners") for d in children_of(subj)):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(head)):
        return False  # "the US proposal could serve as a basis": a stance or a forecast, not a version of events
    camp = ctx.table.camp(set(f.speakers))
    word = subj.lower_
    return any(f.sent.idx - 4 <= w <= f.sent.idx and c.by not in camp and word in c.claim.lower().split()
               for c, w in zip(out, where, strict=False))


def _per_lexicon(ctx: Context, name: str, build: Callable[[dict[str, Any]], Any]) -> Any:
    """``build(ctx.lex.raw)``, built once per lexicon and ``name`` (cached on the lexicon: :meth:`Lexicon.cached`)."""
    return ctx.lex.cached("claims." + name, build)


def _word_set(key: str) -> Callable[[dict[str, Any]], frozenset[str]]:
    return lambda raw: frozenset(raw.get(key, []))


def _vocab(ctx: Context, key: str) -> frozenset[str]:
    """The lexicon's word list ``key`` (graph/data/demands_claims.json ``_doc_claim_word_lists``) as a set. Built once
    per lexicon."""
    return _per_lexicon(ctx, key, _word_set(key))


def _claim_strong(ctx: Context) -> frozenset[str]:
    """Lexicon ``claim_strong``: verbs that make a strong claim. Built once per lexicon."""
    return _per_lexicon(ctx, "claim_strong", lambda raw: frozenset(raw["claim_strong"]))


def _first_words(raw: dict[str, Any], *keys: str) -> set[str]:
    return {w.split()[0] for key in keys for w in raw.get(key, [])}


def _asking_heads(ctx: Context) -> frozenset[str]:
    """Head verbs of the demand cues, "call" included. Built once per lexicon."""
    return _per_lexicon(ctx, "asking_heads", lambda raw: frozenset(_first_words(raw, "demand_verbs")))


def _appeals(ctx: Context) -> frozenset[str]:
    """:func:`_asking_heads` but "call" ("urged", "demanded"): a clause they head asks. Built once per lexicon."""
    return _per_lexicon(ctx, "appeals", lambda raw: _asking_heads(ctx) - {"call"})


def _asked_act(ctx: Context, verb: Any) -> bool:
    """Does a verb hang on a demand ("demanded that X admit …", "set out three demands: that X acknowledge …")?
    In the subjunctive it is then the act asked of X, and X asserts nothing by it."""
    head = verb.head
    lem = head.lemma_.lower()
    return head.i != verb.i and (lem in _asking_heads(ctx)
                                 or (head.pos_ == "NOUN" and lem in _vocab(ctx, "demand_nouns")))


def _agreeing(ctx: Context) -> frozenset[str]:
    """Verbs of accepting, signing, allowing: refusing them is taking a position. Built once per lexicon."""
    return _per_lexicon(ctx, "agreeing", lambda raw: frozenset(
        _first_words(raw, "commitment_verbs", "endorsement_verbs", "refusal_verbs", "negotiation_verbs")
        | {w.split()[0] for ws in raw.get("stance_verbs", {}).values() for w in ws}))


def _no_deed(ctx: Context) -> frozenset[str]:
    """Verbs whose denial denies no deed: :func:`_agreeing` and lexicon ``not_deed_verbs``. Built once per lexicon."""
    return _per_lexicon(ctx, "no_deed", lambda raw: _agreeing(ctx) | _vocab(ctx, "not_deed_verbs"))


def _impersonal(ctx: Context, f: Frame | None, head: Any) -> bool:
    """"the payments would arise only if …", "the clause could cost $1.4 billion if …": a clause whose subject
    is a thing no actor names forecasts, it commits no side to anything."""
    subj = next((c for c in children_of(head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and head.dep_ == "conj":
        subj = next((c for c in children_of(head.head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return f is not None and subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() not in _vocab(ctx, "acting_body_nouns") \
        and not ctx.table.resolve(f.sent.para, subj) and not ctx.table.at(f.sent.para, subj.i)


def _undertaking(ctx: Context, toks: list[Any], f: Frame | None = None) -> bool:
    """A said-clause that commits or refuses ("X would not allow …", "X would call off … if …") states
    what the speaker's side will do, which is a position, not a claim about the world."""
    head = _clause_head(toks)
    if head is not None and (head.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in _ready(ctx) for c in children_of(head))
                             or head.lower_ in _ready(ctx) and any(c.dep_ == "auxpass" for c in children_of(head))) \
            and not _impersonal(ctx, f, head):  # "the area was secure and ready to receive residents": a state of things
        return True  # "Juba was prepared to implement the protocol": what the side will do
    if head is None or head.pos_ != "VERB":
        return False
    aux = {c.lower_ for c in children_of(head) if c.dep_ == "aux"}
    neg = any(c.dep_ == "neg" for c in children_of(head)) or head.lemma_.lower() in _agreeing(ctx) and any(
        c.dep_ == "dobj" and (c.lower_ == "nothing" or any(d.dep_ == "det" and d.lower_ == "no" for d in children_of(c)))
        for c in children_of(head))  # "would accept nothing below 23,000", "will sign no deal that …": a refusal
    if aux & {"could", "can", "ca"} and neg and (head.lemma_.lower() in _agreeing(ctx) or any(
            c.dep_ == "auxpass" for c in children_of(head))):
        return True  # "Manila could not accept either text": a refusal ("cannot locate the bodies" is no refusal)
    conditional = any(t.dep_ == "mark" and t.lower_ in ("if", "unless", "until") and t.head.dep_ == "advcl" for t in toks)
    asked = [c for t in toks if t.dep_ == "mark" and t.lower_ in ("if", "unless") for c in children_of(t.head)
             if c.dep_ in ("nsubj", "nsubjpass") and f is not None and (ctx.table.resolve(f.sent.para, c) or c.pos_ == "PROPN")]
    forecast = conditional and not neg and not (asked and any(t.lower_ in ("only", "unless") for t in toks)) \
        and _impersonal(ctx, f, head) and f is not None and f.verb.lemma_.lower() not in ctx.lex.raw.get(
        "ultimatum_verbs", [])  # "warned that walkouts would spread if …": a threat all the same
    if aux & {"could", "might", "may"} and conditional and not forecast:
        return True  # "warned that Corvane could move assembly … if the strike dragged on": a threat
    return bool(aux & WILL_WOULD) and (neg or conditional) and not forecast


def _schedule(ctx: Context, toks: list[Any]) -> bool:
    """Is the said-clause about the talks' own timetable ("agreed to meet again on Friday", "will reconvene
    next week") or a contact between sides ("had spoken by phone with his counterpart")? That is an event,
    not a claim."""
    head = _clause_head(toks)
    if head is None:
        return False
    meet = _vocab(ctx, "schedule_verbs")
    lem = head.lemma_.lower()
    if lem == "agree":
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in meet for c in children_of(head))
    if lem == "be":  # "the delegations are due to meet again next week"
        return any(c.dep_ == "acomp" and c.lower_ in _vocab(ctx, "schedule_adjectives") and any(
            x.dep_ == "xcomp" and x.lemma_.lower() in meet for x in children_of(c)) for c in children_of(head))
    if lem in _vocab(ctx, "scheduling_verbs") and any(c.dep_ == "auxpass" for c in children_of(head)):
        return any(c.dep_ == "nsubjpass" and c.lemma_.lower() in _vocab(ctx, "schedule_nouns")
                   for c in children_of(head))  # "no further talks had been scheduled", "a new round is planned"
    if lem in _vocab(ctx, "contact_verbs") and not any(c.dep_ == "neg" for c in children_of(head)) and any(
            (c.dep_ == "prep" and c.lower_ in CONTACT_PREPS)
            or (c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.lemma_.lower() in ctx.lex.role_words))
            for c in children_of(head)):
        return True  # "had spoken by phone with his counterpart", "met envoys of the Church Council": a contact told,
        # an event (not "met the conditions", "met every demand of the X Union", "spoke for the staff")
    return lem in meet and any(c.dep_ == "aux" and c.lower_ in WILL_WOULD for c in children_of(head))


def _asking(ctx: Context) -> frozenset[str]:
    """One-word verbs of asking ("demand", "urge", "want"): a clause they head asks, asserting nothing. Verbs that
    ask only with an object and a to-infinitive, or only with a modal ("need"), are left out, and so are
    lexicon ``not_asking_verbs`` ("press for", "appeal for", "insist on"). Built once per lexicon."""
    def build(raw: dict[str, Any]) -> frozenset[str]:
        skip = set(raw.get("object_control_verbs", [])) | set(raw.get("need_verbs", [])) | set(raw["not_asking_verbs"])
        return frozenset(k for k in raw.get("demand_verbs", {}) if " " not in k and k not in skip)  # _more folded in
    return _per_lexicon(ctx, "asking", build)


def _asks_of_another(ctx: Context, head: Any, asking: frozenset[str]) -> bool:
    """Does the clause ``head`` heads ask ("demanded that …", "had asked Washington for an explanation", "had
    asked the World Bank to play its role")? Then it is a demand, whose asker demands.py reads."""
    lem = head.lemma_.lower()
    if lem in asking:
        return True
    if any(c.dep_ in ("prep", "prt") and f"{lem} {c.lower_}" in ctx.lex["demand_verbs"] for c in children_of(head)):
        return True  # "asked Washington for a full explanation", "called for talks"
    return lem in _vocab(ctx, "object_control_verbs") and any(c.dep_ == "dobj" for c in children_of(head)) and any(
        c.dep_ in ("xcomp", "ccomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
        for c in children_of(head))  # "asked the bank to play its role"


def _documents(ctx: Context) -> frozenset[str]:
    """Lexicon ``report_nouns``, nouns for a side's written word ("report", "letter", "complaint"): "X's report
    says …" is X saying it. Built once per lexicon."""
    return _vocab(ctx, "report_nouns")


def _ready(ctx: Context) -> frozenset[str]:
    """Adjectives of readiness ("prepared", "willing"): "X was ready to sign" is an undertaking. Built once per lexicon."""
    return _per_lexicon(ctx, "ready", lambda raw: frozenset(raw.get("readiness_words", [])))


def _lost_subject(f: Frame, toks: list[Any]) -> list[Any]:
    """"saying 17 civilians, among them women, had died": the parser hangs the clause's subject on the
    reporting verb as its object; put it back in front of the clause."""
    ids = {t.i for t in toks}
    head = _clause_head(toks)
    if head is None or head.pos_ not in ("VERB", "AUX"):
        return toks
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in children_of(head)):
        if head.tag_ != "VBN":
            return toks
        rest = next((c for c in children_of(f.verb) if c.dep_ == "ccomp" and c.left_edge.i == max(ids) + 1 and not any(
            g.dep_ in ("nsubj", "nsubjpass", "expl") for g in children_of(c))), None)
        # "said the number of pupils taught in Hungarian had fallen by a third": the parser reads "taught" as the
        # clause and hangs the real verb on the reporting verb, subjectless; the clause runs on into it
        return toks + list(subtree_of(rest)) if rest is not None else toks
    obj = next((c for c in children_of(f.verb) if c.dep_ == "dobj" and f.verb.i < c.i < min(ids)), None)
    if obj is None:
        return toks
    return [t for t in subtree_of(f.verb) if obj.left_edge.i <= t.i < min(ids)] + toks


def _asks(ctx: Context, toks: list[Any], f: Frame | None = None) -> bool:
    """A said-clause that asks for something ("Riyadh must first begin paying", "the Philippines wanted
    Beijing to stop …") is a demand, which demands.py reads, not a claim."""
    head = _clause_head(toks)
    if head is None:
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in children_of(head)):
        return True
    if any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in children_of(head)):
        return False  # "the United States had demanded that Iran …": a report of what another did
    lem = head.lemma_.lower()
    if head.pos_ != "VERB" or lem not in _appeals(ctx):
        return False
    if lem in _vocab(ctx, "need_verbs") and any(c.dep_ == "nsubjpass" for c in children_of(head)) and not any(
            c.dep_ == "agent" for c in children_of(head)):
        return True  # "said a minimum of 40 billion cubic metres was needed": a need voiced, a demand
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(head)):
        return False  # "writers were being asked to polish drafts": what others are made to do, a claim
    if lem == "tell":  # "told reporters that …": asks only "told X to V"
        return any(c.dep_ == "dobj" for c in children_of(head)) and any(
            c.dep_ in ("xcomp", "ccomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
            for c in children_of(head))
    if lem in _vocab(ctx, "need_verbs"):  # "Kenya would need $60 million more", said by another: a claim about Kenya
        subj = next((c for c in children_of(head) if c.dep_ == "nsubj"), None)
        if subj is None or f is None:
            return False
        who = ctx.table.resolve(f.sent.para, subj)
        return subj.lower_ in FIRST_PERSON or bool(who) and who[0] in ctx.table.camp(set(f.speakers))
    return True


WHERE = {"in", "at", "near", "inside", "outside", "across", "along", "around", "off", "within"}  # "in Uzhhorod", not "on London"


def _words(toks: list[Any]) -> int:
    """How many of compact's words ``toks`` make (it counts "school-leaving" as three before joining them)."""
    text = compact(toks, 10**6)
    return len(text.split()) + 2 * text.count("-") + text.count("'s") + text.count("%")


HEDGES = {"about", "around", "roughly", "approximately", "some"}  # "about 2,000 patients": the figure is the fact
KEPT_ADVERBS = {"only", "early", "fully", "partly", "entirely", "completely", "directly", "nearly", "hardly", "barely",
                "scarcely", "largely", "mostly", "illegally", "legally", "unilaterally", "jointly"}  # they change what is said
ASIDE_FRAMES = {"say", "tell", "add", "note", "state", "insist", "argue", "stress", "claim", "write"}


def _fit(toks: list[Any], limit: int = TEXT_WORDS) -> list[Any]:
    """A said-clause longer than a claim's word limit loses its tail, which often carries the fact ("… would
    be able to sit the national school-leaving test", "… leaving about 2,000 patients without the drug"): before
    the cut, what carries no fact goes, in turn, until the clause fits: reporting frames inside it ("according
    to figures", ", he said,"); sentence adverbs ("deliberately", "reportedly") and hedges before a figure
    ("about 2,000"); the clause's dates and places ("in Uzhhorod", "on Wednesday"); relative clauses set off by
    commas, which rarely carry it. ``limit`` is the room left when the clause completes another's text."""
    if _words(toks) <= limit:
        return toks
    frames = {x.i for t in toks if t.i != toks[0].i and (
        t.dep_ == "prep" and t.lower_ == "according" or t.dep_ == "parataxis" and t.lemma_.lower() in ASIDE_FRAMES
        and len(list(subtree_of(t))) <= 5) for x in subtree_of(t)}  # ", he said,": a frame inside the clause
    out = [t for t in toks if t.i not in frames]
    if _words(out) <= limit:
        return out
    light = {t.i for t in out if t.pos_ == "ADV" and t.dep_ == "advmod" and t.lower_.endswith("ly")
             and t.lower_ not in KEPT_ADVERBS and t.head.pos_ in ("VERB", "AUX") and not any(True for _ in t.children)
             or t.lower_ in HEDGES and t.dep_ in ("quantmod", "advmod") and t.head.like_num}
    out = [t for t in out if t.i not in light]
    if _words(out) <= limit:
        return out
    ids = {t.i for t in out}
    setting = {x.i for t in out if t.dep_ == "prep" and t.pos_ == "ADP" and t.head.i in ids
               and t.head.pos_ in ("VERB", "AUX") and t.head.dep_ not in ("acl", "relcl", "amod")  # not "based in Madrid"
               and len(list(subtree_of(t))) <= 4 and any(g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or (
                   g.ent_type_ in ("GPE", "LOC", "FAC") and t.lower_ in WHERE)) for g in children_of(t)) for x in subtree_of(t)}
    setting |= {x.i for t in out if t.ent_type_ in ("DATE", "TIME") and t.dep_ == "npadvmod"
                and t.head.pos_ in ("VERB", "AUX") for x in subtree_of(t)}  # "last week", "this year": all of it
    out = [t for t in out if t.i not in setting]
    if _words(out) <= limit:
        return out
    aside = {x.i for t in out if t.dep_ == "relcl" and t.left_edge.i > 0
             and tokens_of(t.doc)[t.left_edge.i - 1].text == "," for x in subtree_of(t)}
    return [t for t in out if t.i not in aside]


def _joint_act(toks: list[Any]) -> bool:
    """"the two sides had agreed that …", "both delegations agreed …": the said-clause tells of a joint act."""
    head = _clause_head(toks)
    subj = next((c for c in children_of(head) if c.dep_ == "nsubj"), None) if head is not None else None
    return subj is not None and any(c.dep_ in ("nummod", "conj") or c.lower_ in ("both", "all") for c in children_of(subj))


def _holds_own_demand(ctx: Context, toks: list[Any]) -> bool:
    """"said it was sticking to its demand for X", "said they would keep up their call for Y": the said-clause
    restates the side's own demand (an owned demand noun with a possessive pronoun, the clause's object),
    which is a demand, not a claim about the world."""
    head = _clause_head(toks)
    if head is None or head.pos_ not in ("VERB", "AUX"):
        return False
    owned = _vocab(ctx, "owned_demand_nouns")
    objs = [c for c in children_of(head) if c.dep_ == "dobj"] + [
        g for c in children_of(head) if c.dep_ == "prep" for g in children_of(c) if g.dep_ == "pobj"]
    return any(o.lower_ in owned and any(d.dep_ == "poss" and d.pos_ == "PRON" for d in children_of(o)) for o in objs)


def _known_side(ctx: Context, f: Frame) -> bool:
    """Is it known whom the speaker speaks for (a body speaks for itself; a person through a known
    affiliation)? The table often misses a spokesman's affiliation."""
    if any(sp in ctx.table.actors and ctx.table.actors[sp].type != "Person" for sp in f.speakers):
        return True
    return len(ctx.table.camp(set(f.speakers))) > len(set(f.speakers))


def _own_plan(ctx: Context, f: Frame, toks: list[Any]) -> bool:
    """What the speaker's own side says it will do ("the district would return to the table Monday", "it
    would release an additional $60 million") is its plan, an event or a position, not a disputable claim."""
    head = _clause_head(toks)
    if head is None or head.pos_ != "VERB":
        return False
    will = any(c.dep_ == "aux" and c.lower_ in WILL_WOULD for c in children_of(head))  # "it would release …"
    aims = _vocab(ctx, "intention_verbs")  # inflected forms listed too: the lemmatizer reads "hoped" as "hop"
    means = (head.lemma_.lower() in aims or head.lower_ in aims) and any(
        c.dep_ == "xcomp" for c in children_of(head))  # "the government hoped to agree …"
    weighing = head.tag_ == "VBG" and head.lower_ in _vocab(ctx, "deliberation_verbs")  # "India was studying the plan"
    if not (will or means or weighing):
        return False  # neither what a side will or means to do nor what it is weighing
    subj = next((c for c in children_of(head) if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    who = ctx.table.resolve(f.sent.para, subj)
    camp = ctx.table.camp(set(f.speakers))
    known = _known_side(ctx, f)
    if weighing and who and (who[0] in camp or not known):
        return True  # what it weighs, whatever figures the rest of the clause holds
    figure = any(t.ent_type_ in FIGURES and any(ch.isdigit() for ch in t.text) for t in toks)
    if not known:  # whom the speaker speaks for is unknown: any party's plan is a plan
        return not figure and (bool(who) or subj.lower_ in FIRST_PERSON)  # "would cost $1.9 billion": a claim
    if bool(who) and who[0] in camp:
        return True
    single = not any(t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in children_of(t)) for t in toks)  # "A, and B would …": more than a plan
    return single and not figure and (bool(who) or subj.lower_ in _vocab(ctx, "planner_nouns"))  # "the OAS will send observers", "the
    # council will decide …": another body's next step, an event, not a disputable claim


def _own_stance(ctx: Context, f: Frame, toks: list[Any]) -> bool:
    """What the speaker's own side supports, rejects or agreed to ("the German government supported a
    negotiated settlement", "the M23 rejected any arrangement", "the two ministers agreed that …") is a
    position or an event, which positions.py and events.py read, not a claim about the world."""
    head = _clause_head(toks)
    if head is None or head.pos_ != "VERB" or any(c.dep_ == "neg" for c in children_of(head)):
        return False
    verbs = _per_lexicon(ctx, "own_stance", lambda raw: frozenset(
        {w.split()[0] for ws in raw.get("stance_verbs", {}).values() for w in ws} - set(raw["not_stance_verbs"]) | {"agree"}))
    if head.lemma_.lower() not in verbs:
        return False
    subj = next((c for c in children_of(head) if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if _own_field_deed(ctx, head, subj):
        return False  # "said its units had pushed back an incursion": a deed in the field, a claim
    if subj.pos_ == "NUM" and not any(c.lower_ in ("percent", "%") or c.lemma_ == "cent" for c in subtree_of(subj)):
        return False  # "said 13 of the 15 plaintiffs had accepted payments": a count of who acted, a claim
    if subj.lower_ in FIRST_PERSON or any(c.dep_ in ("nummod", "conj") or c.lower_ in ("both", "all") for c in children_of(subj)):
        return True  # "the two ministers agreed that …", "both sides agreed …": a joint act, an event
    who = ctx.table.resolve(f.sent.para, subj)
    camp = ctx.table.camp(set(f.speakers))
    return not (who and who[0] not in camp and _known_side(ctx, f))  # "said the alliance had agreed to cut ties": a claim of the other side's act


# verbs whose past tense is their bare form: "the court misread the law" is a past deed the tagger may
# call a present (VBP) and so a subjunctive; with a singular subject it can only be the past
SAME_PAST = {"read", "misread", "cut", "put", "set", "hit", "spread", "quit", "shut", "cost", "let", "hurt", "split",
             "bid", "upset", "beat", "burst", "cast", "broadcast", "forecast", "outbid", "undercut",
             "offset", "reset", "thrust", "shed", "slit", "rid", "wed", "bet", "overspread", "recast"}


def _subjunctive(toks: list[Any], mandative: bool = True) -> bool:
    """Is the said-clause a mandative subjunctive (see :func:`subjunctive`)? After a verb that cannot
    ask ("argued", "said"), a bare past like "misread" is the past."""
    head = _clause_head(toks)
    if not mandative and head is not None and head.tag_ == "VBP" and head.lower_ in SAME_PAST:
        return False
    return head is not None and subjunctive(head)


def _offer_nouns(ctx: Context) -> frozenset[str]:
    """Nouns for an offer on the table or the talks about it (lexicon ``proposal_heads``, ``text_nouns`` and
    ``labelled_offer_nouns``). Built once per lexicon."""
    return _per_lexicon(ctx, "offer_nouns", lambda raw: frozenset(
        w.lower() for k in ("proposal_heads", "text_nouns", "labelled_offer_nouns") for w in raw.get(k, [])))


def _labels_offer(ctx: Context, verb: Any) -> bool:
    """"called the new proposal a serious step", "described the revised package as a sweetener": a verdict on an
    offer or on the talks is the labeller's stance (positions read it), not a version of events to dispute."""
    nouns = _offer_nouns(ctx)
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in nouns for c in children_of(verb))


def _judges_offer(ctx: Context, toks: list[Any]) -> bool:
    """"said the revised text was far too weak", "said the offer fell short of …": a verdict on an offer on the
    table (the said-clause's subject names one, its verb is a copula or "fall short") is the speaker's stance,
    which positions.py reads, not a version of events to dispute."""
    head = _clause_head(toks)
    if head is None or head.lemma_ not in ("be", "fall"):
        return False
    subj = next((c for c in children_of(head) if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in _offer_nouns(ctx) or any(
            c.dep_ in ("conj", "ccomp") and any(g.dep_ in ("nsubj", "nsubjpass") for g in children_of(c))
            for c in children_of(head)):  # "… was its final framework and a rate above 24% would make …": a claim goes on
        return False
    if head.lemma_ == "fall":
        return any(c.lower_ == "short" for c in children_of(head))
    return any(c.dep_ in ("acomp", "attr") and c.pos_ in ("ADJ", "NOUN") for c in children_of(head))


def _counted_dependence(ctx: Context, toks: list[Any]) -> bool:
    """"said about 35,000 farm jobs depended on exports": a figure of what depends on something is a fact
    asserted (the stake), not the condition "the agenda depended on de-escalation" sets."""
    depend = _vocab(ctx, "dependence_verbs")
    return any(t.lemma_.lower() in depend and any(
        c.dep_ in ("nsubj", "nsubjpass") and any(g.like_num and any(ch.isdigit() for ch in g.text) for g in subtree_of(c))
        for c in children_of(t)) for t in toks)


def _one_charge(claims: list[ClaimRecord], verb_of: dict[int, tuple[Any, bool]]) -> list[ClaimRecord]:
    """"said the gunmen had ambushed a patrol and accused the group of trying to sabotage …": the charge
    joined to the speaker's own account, with no subject of its own, is one claim with it; the account is
    kept. Over 132 studied articles: 9 extras gone, 2 kept apart by the gold lost; "… and she accused …",
    with its own subject, stays a claim of its own."""
    said = [c for c in claims if id(c) in verb_of and not verb_of[id(c)][1]]  # token indexes restart per paragraph
    drop: set[int] = set()
    for c in claims:
        verb, acc = verb_of.get(id(c), (None, False))
        if verb is None or not acc:
            continue
        for mine in said:  # "said A and accused B" (the parse joins "accused" to A's verb), "accused
            other = verb_of[id(mine)][0]  # B and said A"
            joined = verb if verb.dep_ == "conj" and other in verb.ancestors else other if other.dep_ == "conj" \
                and verb in other.ancestors else None
            if mine.by == c.by and joined is not None and not any(
                    g.dep_ in ("nsubj", "nsubjpass") for g in children_of(joined)):
                drop.add(id(c))
                break
    return [c for c in claims if id(c) not in drop]


def _past_quotes(doc: Any, i: int) -> int:
    """The first token from ``i`` on that is no quote mark."""
    while i < len(doc) and tokens_of(doc)[i].text in QUOTE_MARKS:
        i += 1
    return i


def _as_adjective(verb: Any) -> bool:
    """"described the talks as frank and candid", 'called them "constructive", the customary word': the label is
    a bare adjective, an evaluation (positions read it), not a version of events."""
    doc = verb.doc
    doc_toks = tokens_of(doc)
    at = next((c.i for c in children_of(verb) if c.lower_ == "as" and c.dep_ == "prep"), None)
    if at is None:  # "called the talks constructive": the adjective is the object's complement
        comp = next((c for c in children_of(verb) if c.dep_ in ("oprd", "acomp", "ccomp") and c.pos_ == "ADJ"), None)
        at = comp.i - 1 if comp is not None and not any(g.pos_ in ("NOUN", "PROPN") for g in children_of(comp)) else None
        if at is None:
            return False
    j = _past_quotes(doc, at + 1)
    if j >= len(doc) or doc_toks[j].pos_ != "ADJ":
        return False
    k = _past_quotes(doc, j + 1)
    return k >= len(doc) or doc_toks[k].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")


def _field_deeds(ctx: Context) -> frozenset[str]:
    """Lexicon ``field_deed_verbs`` plus the verbs of ASSAULT, COERCE and RETREAT events. Built once per lexicon."""
    return _per_lexicon(ctx, "field_deeds", lambda raw: frozenset(raw.get("field_deed_verbs", [])) | frozenset(
        w for w, v in raw.get("event_triggers", {}).items()
        if isinstance(v, list) and v and v[0] in ("ASSAULT", "COERCE", "RETREAT")))


def _own_field_deed(ctx: Context, head: Any, subj: Any) -> bool:
    """"the army said its troops had repelled the assault", "said it had shot down two drones": a side's account
    of what its own units did in the field, in the past, is a version of events the other side can dispute."""
    if head.pos_ != "VERB" or head.tag_ not in ("VBD", "VBN") or any(
            c.dep_ == "aux" and c.lower_ in ("would", "could", "will", "might", "may", "can", "should", "must")
            for c in children_of(head)):
        return False
    if subj.lower_ in ("it", "they"):
        return head.lemma_.lower() in _field_deeds(ctx)
    units = _vocab(ctx, "armed_unit_nouns")
    own = any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in children_of(subj))
    name = " ".join([c.lower_ for c in children_of(subj) if c.dep_ == "compound"] + [subj.lower_])  # "its air defences"
    return own and (subj.lower_ in units or name in units)


DOUBLE_QUOTES = ('"', "\u201c", "\u201d")


def _quote_opening(sents: list[Sentence], f: Frame) -> Sentence | None:
    """'"A guarantee would cost Rs 10 lakh crore. That is more than …," he said': the sentence that opens a
    quote its speaker is named only after; None unless ``f`` reports the quote the sentence before opens."""
    i = f.sent.idx
    if not f.direct or not 1 <= i <= len(sents) or sents[i - 1].idx != i - 1:
        return None
    s0 = sents[i - 1]
    text = s0.text.strip()
    if s0.kind != "body" or s0.para is not f.sent.para or not text.startswith(DOUBLE_QUOTES) \
            or sum(text.count(q) for q in DOUBLE_QUOTES) != 1 or f.sent.text.lstrip().startswith(DOUBLE_QUOTES):
        return None
    return s0


def _quote_continued(sents: list[Sentence], f: Frame, framed: set[int]) -> Sentence | None:
    """'"Training posts are welcome," said Dr X. "A doctor still earns a fifth less than in 2008."': the sentence
    that goes on, in quotation marks, with the quote of the speaker just named; None unless there is one."""
    i = f.sent.idx
    if not f.direct or i + 1 >= len(sents) or sents[i + 1].idx != i + 1 or i + 1 in framed:
        return None
    s1 = sents[i + 1]
    if s1.kind != "body" or s1.para is not f.sent.para or not s1.text.lstrip().startswith(DOUBLE_QUOTES) \
            or not f.sent.text.lstrip().startswith(DOUBLE_QUOTES):
        return None
    return s1


def _opening_worth(ctx: Context, toks: list[Any]) -> bool:
    """Does a quote's opening sentence assert a fact: a figure, or a deed denied ("Nobody turned off the gas",
    "Our monitoring shows no link")? Undertakings, asks and "X is not Y" (a stance) assert none."""
    root = next((t for t in toks if t.dep_ == "ROOT"), None)
    if root is None or _subjunctive(toks) or _undertaking(ctx, toks) or _asks(ctx, toks):
        return False
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(root))
    if any(t.ent_type_ in FIGURES and any(ch.isdigit() for ch in t.text) for t in toks) or any(
            t.lower_ in FRACTIONS and 0 < k < len(toks) - 1 and toks[k - 1].lower_ in ("a", "one")
            and toks[k + 1].lower_ in ("less", "more", "fewer", "lower", "higher") for k, t in enumerate(toks)):
        return True  # "would cost the exchequer more than Rs 10 lakh crore a year", "earns a fifth less than in 2008"
    denied = any(c.dep_ == "neg" for c in children_of(root)) or any(
        t.lower_ in ("no", "nobody", "nothing", "never", "none") and t.head.i == root.i or t.lower_ == "no" and t.dep_ == "det"
        and t.head.head.i == root.i for t in toks)
    refusal = root.lemma_.lower() in _agreeing(ctx) and any(c.dep_ == "neg" for c in children_of(root))  # "we did not sign"
    return denied and not modal and not refusal and root.tag_ in ("VBD", "VBZ", "VBP", "VBN") \
        and root.lemma_ != "be"  # "X is not negotiable", "there is no offer on the table": a stance, a rebuttal


def _none_there(toks: list[Any]) -> bool:
    """A quoted "There has been no exchange", "there was no deal": a deed denied (not "there is no place for X", a
    stance)."""
    root = next((t for t in toks if t.dep_ == "ROOT"), None)
    return root is not None and root.lemma_ == "be" and root.tag_ in ("VBD", "VBN") and not any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(root)) \
        and any(c.dep_ == "expl" for c in children_of(root)) and any(
            c.dep_ == "attr" and any(d.dep_ == "det" and d.lower_ == "no" for d in children_of(c)) for c in children_of(root))


def _fact_told(toks: list[Any]) -> bool:
    """A quoted sentence telling a deed done, in the past or perfect ("Lithuania has agreed to restore normal traffic"),
    not a wish, a plan or a verdict."""
    root = next((t for t in toks if t.dep_ == "ROOT"), None)
    return root is not None and root.pos_ == "VERB" and root.tag_ in ("VBD", "VBN") and not any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(root)) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PROPN", "NOUN") for c in children_of(root))


def _answers_back(ctx: Context, s: Sentence) -> bool:
    """Does ``s`` dispute what was just said by pointing back at it ("Y denied that.", "said that was untrue")?"""
    return any(t.dep_ in ("dobj", "nsubj") and t.pos_ == "PRON" and t.lower_ in ANAPHORS and (
        t.head.lemma_.lower() in _cue_sets(ctx)[0] or t.head.lemma_ == "be" and _untrue(ctx, t.head)) for t in s.tokens)


def _before_label(ctx: Context, toks: list[Any]) -> list[Any]:
    """"…, a claim that could not be verified": the writer's label after a comma is not part of what
    was claimed."""
    _cues, objs = _cue_sets(ctx)
    toks = sorted(toks, key=lambda t: t.i)
    for k, t in enumerate(toks[:-1]):
        if t.text != ",":
            continue
        j = k + 1
        while j < len(toks) and toks[j].pos_ in ("DET", "ADJ"):
            j += 1
        if j < len(toks) and toks[j].lemma_.lower() in objs and j > k + 1:
            return toks[:k]
    return toks


def _drop_fronted(toks: list[Any]) -> list[Any]:
    """Leave out adverbials before the subject ("after a five-hour meeting with …, the two sides were …")."""
    head = _clause_head(toks)
    if head is None:
        return toks
    subj = next((c for c in children_of(head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return toks
    drop: set[int] = set()
    for c in children_of(head):
        if c.i < subj.i and c.dep_ in ("prep", "advcl", "npadvmod", "advmod", "punct"):
            drop |= {t.i for t in subtree(c)}
    return [t for t in toks if t.i not in drop]


def _worth(ctx: Context, f: Frame, toks: list[Any], markers: list[str], disputed: set[int]) -> bool:
    """A said-clause is a claim when it asserts something of another actor, evaluates, or is
    disputed in the same or the next sentence."""
    text = " ".join(t.lower_ for t in sorted(toks, key=lambda t: t.i))  # in reading order: "too low"
    if any(m in text for m in markers):
        return True
    if any(t.ent_type_ in FIGURES and (any(ch.isdigit() for ch in t.text) or (
            t.lower_ not in SMALL and t.dep_ == "nummod" and t.whitespace_)) for t in toks):
        return True  # a figure ("92 per cent of operations went ahead", "three crew members were hurt")
    if any(t.like_num and t.i > 0 and tokens_of(t.doc)[t.i - 1].lower_ in ESTIMATE for t in toks):
        return True  # an estimated amount of anything ("delays of at least three months", "nearly 40 days")
    if any(t.lower_ in FRACTIONS and t.i > 1 and (tokens_of(t.doc)[t.i - 1].lower_ in ("a", "one") and tokens_of(t.doc)[t.i - 2].lower_ in ESTIMATE
                                                   or tokens_of(t.doc)[t.i - 1].lower_ in ESTIMATE) for t in toks):
        return True  # "more than a third of scheduled trains had run", "about a quarter of the posts", "fell by more than half"
    if any(t.tag_ == "JJS" and t.lower_ not in UNRANKED and t.i > 0 and "the" in (
            tokens_of(t.doc)[t.i - 1].lower_, tokens_of(t.doc)[max(t.i - 2, 0)].lower_) for t in toks):
        return True  # "the offer was the largest it had made", "one of the hardest places to launch": a ranking asserted
    if f.sent.idx in disputed:
        return True
    cues, objs = _cue_sets(ctx)
    if f.verb.dep_ in ("advcl", "conj") and f.verb.head.lemma_.lower() in cues and f.verb.head.i != f.verb.i:
        return True  # "rejected the study, saying it ignored …": the grounds of a rejection are the side's counter-claim
    if f.verb.dep_ == "conj" and f.verb.lemma_ == "say" and f.verb.head.lemma_.lower() in _vocab(
            ctx, "describing_verbs") and not _labels_offer(ctx, f.verb.head):
        return True  # "called the estimate 'a number pulled from thin air' and said writers were …": the grounds of a verdict
    if _no_such(toks) is not None:
        return True  # "said Moscow had received no such list": a denial of what another side said
    head = next((t for t in toks if t.dep_ in ("ccomp", "xcomp") or t.head not in toks), None)
    if head is None:
        return False
    if head.lemma_ == "be" and any(c.dep_ == "expl" for c in children_of(head)) and not any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(head)) and any(
            c.dep_ == "attr" and any(d.dep_ == "det" and d.lower_ == "no" for d in children_of(c)) for c in children_of(head)):
        return True  # "There is no lease", "there has been no change to …": a denial of a fact ("there will be no
        # deal while …" is a stance or a condition)
    me = f.speakers[0]
    camp = {me, *ctx.table.actors[me].affiliations} if me in ctx.table.actors else {me}

    def other(m: Any) -> bool:
        return m is not None and m.kind not in ("pronoun",) and m.actor not in camp and not (
            m.actor in ctx.table.actors and set(ctx.table.actors[m.actor].affiliations) & camp)

    subj = next((c for c in children_of(head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if head.tag_ in ("VBD", "VBN") and head.pos_ == "VERB" and head.lemma_.lower() not in _no_deed(ctx) and not any(c.dep_ == "aux" and c.lower_ in ("would", "could", "will", "might")
                                               for c in children_of(head)) and any(
            c.dep_ == "neg" or c.dep_ in ("dobj", "nsubjpass") and any(d.lower_ == "no" and d.dep_ == "det" for d in children_of(c))
            for c in children_of(head)):
        return True  # "said the group had launched no operations", "said its troops did not fire": a denial of a deed
    if other(ctx.table.by_token.get((f.sent.para.idx, subj.i))) or _own_field_deed(ctx, head, subj):
        return True
    if head.tag_ == "VBN" and head.pos_ == "VERB" and subj.pos_ == "PROPN" and subj.ent_type_ not in ("PERSON",) \
            and head.lemma_.lower() not in _no_deed(ctx) and any(
            c.dep_ == "aux" and c.lower_ == "had" for c in children_of(head)) and not ctx.table.at(f.sent.para, subj.i):
        return True  # "China said the Lunas Bay had ignored repeated warnings": a deed told of a party's ship or unit
    if subj.lemma_.lower() in objs and head.lemma_ != "be":
        return True  # "said the estimate assumed that every terminal would be automated": a reading of a claim
    # "Ethiopian mechanised units had been moving …", "the EU investigation was politically driven": the
    # subject belongs to another side by its modifier, so the clause asserts something of that side
    modal = any(c.dep_ == "aux" and c.lower_ in ("could", "would", "will", "might", "may", "can", "should", "must")
                for c in children_of(head))  # "the US proposal could serve as a basis": a stance, not a fact
    for c in children_of(subj) if subj.pos_ == "NOUN" and not modal else []:
        if c.dep_ not in ("amod", "compound", "poss") or not (c.text[:1].isupper() or (  # "the employers' own reports"
                c.dep_ == "poss" and c.pos_ == "NOUN" and subj.lemma_.lower() in objs)):
            continue
        name = ctx.table.at(f.sent.para, c.i)
        if name is None:
            name = demonym_state(ctx, c)
        if name is not None and name not in ctx.table.camp(set(f.speakers)) and name not in camp:
            return True
    return False


UNRANKED = {"best", "least", "most", "latest", "earliest", "next", "fewest", "soonest"}  # ("the best way", "at the
# latest"): a wish, a stance or a time, no ranking of a fact


def _no_such(toks: list[Any]) -> Any:
    """The noun of "no such N" in a said-clause ("Moscow had received no such list", "no such offer had been
    made"): it points back at an N another side spoke of, and denies it; None when there is none."""
    for t in toks:
        if t.lower_ == "such" and t.dep_ in ("amod", "predet", "det") and t.head.pos_ == "NOUN" and any(
                c.lower_ == "no" and c.dep_ == "det" for c in children_of(t.head)):
            return t.head
    return None


def _no_such_disputes(ctx: Context, frames: list[Frame], verbs: set[str], out: list[ClaimRecord],
                      where: list[int]) -> None:
    """"Budanov said Ukraine had handed Russia a list. Zakharova said Moscow had received no such list": the
    speaker disputes the claims of another side, up to three sentences back, that speak of that N."""
    for f in frames:
        if f.verb.lemma_.lower() not in verbs or "such" not in f.sent.lowers or not f.content:
            continue
        noun = _no_such(f.content)
        if noun is None:
            continue
        who = _named_speaker(ctx, f) or f.speakers[0]
        side = ctx.table.camp({who})
        for i, c in enumerate(out):
            if not f.sent.idx - 3 <= where[i] < f.sent.idx or c.by in side or ctx.table.camp({c.by}) & side:
                continue
            if noun.lower_ in c.claim.lower().split() or noun.lemma_.lower() in c.claim.lower().split():
                for name in _voices(ctx, who, c.by):
                    if all(d.by != name for d in c.disputes):
                        c.disputes.append(DisputeRecord(by=name, evidence=evidence(ctx, f.sent)))


def _dispute_verb(ctx: Context, s: Sentence, tok: Any, low: str) -> tuple[bool, Any]:
    """Is ``tok`` a verb disputing something said ("disputed the finding", "a figure officials have
    questioned", "denied the report")? Returns the verdict and the token whose subject disputes."""
    pos = tok.pos  # (the part of speech's id, read once: ``pos_`` looks the name up on every read)
    if pos == NOUN and tok.dep_ == "ROOT" and tok.tag_ == "NNS":
        return _noun_tagged_dispute(ctx, tok), tok
    if pos != VERB and tok.lower_ != "account" and tok.lemma_ != "be":
        return False, tok  # what the checks below would say of it, without them (called on every token)
    cues, objs = _cue_sets(ctx)
    if tok.lemma_ == "be" and tok.dep_ == "ccomp" and any(c.dep_ == "nsubj" and c.lemma_.lower() in objs for c in children_of(tok)) \
            and any(c.dep_ == "acomp" and c.lower_ in _vocab(ctx, "false_words") for c in children_of(tok)):
        return True, tok.head  # "Bosniak leaders said the Croat claim was false": the sayer disputes it
    if tok.dep_ == "ccomp" and _figure_denied(ctx, tok, objs):
        return True, tok.head  # "the union says the figure is inflated", "… says the real figure is less than half that"
    if tok.lemma_ == "be" and tok.dep_ == "ccomp" and _untrue(ctx, tok):
        return True, tok.head  # "Lithuanian officials said that was untrue": what was just said is disputed
    if tok.pos_ == "VERB" and any(c.dep_ == "neg" for c in children_of(tok)) and any(
            c.dep_ == "nsubjpass" and c.lemma_.lower() in objs for c in children_of(tok)):
        return True, tok.head if tok.dep_ == "ccomp" else tok  # "said the claim was not supported by any evidence"
    if tok.pos_ != "VERB" and not (tok.lower_ == "account" and "different account" in low):
        return False, tok
    lem = tok.lemma_.lower()
    if lem in _vocab(ctx, "labelling_verbs") and _labelled_false(ctx, tok, objs):
        return True, tok  # "Reyes called the figure absurd", "described the claims as false", "called that nonsense"
    if lem in cues:
        dobj = next((c for c in children_of(tok) if c.dep_ in ("dobj", "ccomp", "xcomp")), None)
        if dobj is None and tok.dep_ == "relcl" and tok.head.lemma_.lower() in objs:
            return True, tok
        if dobj is None and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in objs for c in children_of(tok)):
            return True, tok  # "the ELN's claim … was rejected by Bogota"
        hit = lem == "deny" or (dobj is not None and (dobj.lemma_.lower() in objs or dobj.dep_ != "dobj" or (
            dobj.lower_ in ANAPHORS and lem not in ("reject", "dismiss", "challenge"))))  # "Greek officials dispute that"
        if lem in ("reject", "dismiss") and dobj is not None and dobj.lemma_.lower() not in objs and not (
                lem == "dismiss" and dobj.dep_ == "dobj" and dobj.pos_ == "PRON" and dobj.lower_ in ANAPHORS):
            hit = False  # ("dismissed that": what was just said; "rejected that" may be an offer refused)
        return hit, tok
    if tok.lower_ == "account":
        return True, tok.head
    return False, tok


def _labelled_false(ctx: Context, verb: Any, objs: frozenset[str]) -> bool:
    """A labelling verb whose object is something said ("the figure", "the claims", "that") and whose complement calls
    it false ("called the figure absurd", "described the claims as false", "branded the report a lie"), or whose object
    is the false word pointing back ("called that nonsense"). Not "called the talks useful" nor "called for a vote"."""
    false = _vocab(ctx, "false_words")
    kids = children_of(verb)
    dobj = next((c for c in kids if c.dep_ == "dobj"), None)
    if dobj is None:
        return False
    if dobj.lower_ in false and any(d.dep_ == "det" and d.lower_ in ANAPHORS for d in children_of(dobj)):
        return True
    if dobj.lemma_.lower() not in objs and not (dobj.pos_ == "PRON" and dobj.lower_ in ANAPHORS):
        return False
    said = [c for c in kids if c.dep_ in ("oprd", "npadvmod", "xcomp", "acomp")] + [
        g for c in kids if c.dep_ == "prep" and c.lower_ == "as" for g in children_of(c) if g.dep_ in ("pobj", "amod", "acomp")]
    return any(c.lower_ in false or c.lemma_.lower() in false for c in said)


def _figure_denied(ctx: Context, head: Any, objs: frozenset[str]) -> bool:
    """A said-clause about "the figure" that sets it aside: told false in the passive ("the figure is inflated",
    "the numbers were exaggerated") or answered by the sayer's own ("the real figure is less than half that",
    "the actual number is far lower"). The subject must be a definite disputable object, so "said the deal was
    inflated" or "a figure of 40 is high" disputes nothing."""
    kids = children_of(head)
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lemma_.lower() not in objs or any(c.dep_ == "neg" for c in kids) or not any(
            d.dep_ == "det" and d.lower_ in ("the", "that", "this", "these", "those") for d in children_of(subj)):
        return False
    if head.pos_ == "VERB" and head.tag_ == "VBN" and subj.dep_ == "nsubjpass" \
            and head.lower_ in _vocab(ctx, "false_words"):
        return True
    return _counter_figure(ctx, head, subj)


def _counter_figure(ctx: Context, head: Any, subj: Any = None) -> bool:
    """"the real figure is less than half that": a copula giving the sayer's own figure against another's, a
    dispute of that one and a claim of its own."""
    if subj is None:
        subj = next((c for c in children_of(head) if c.dep_ == "nsubj"), None)
    return subj is not None and head.lemma_ == "be" and any(
        c.dep_ == "amod" and c.lower_ in _vocab(ctx, "counter_figure_words") for c in children_of(subj))


def _disputed_owner(ctx: Context, s: Sentence, verb: Any,
                    objs: frozenset[str]) -> Callable[[ClaimRecord, Sentence], bool] | None:
    """Whose claim a denial names by its possessor ("Murillo rejected the opposition's figure"): a test that
    keeps that side's claims only (the possessor's side, or where it is no actor, a claim said in a sentence
    that names it: "Opposition group X said …"); None when the object names no owner ("denied the report")."""
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() in objs), None)
    poss = next((c for c in children_of(obj) if c.dep_ == "poss"), None) if obj is not None else None
    if poss is None or poss.pos_ == "PRON":
        return None  # "rejected its figure": who "its" is, the claim order already tells
    owners = ctx.table.camp(ctx.table.resolve(s.para, poss))
    if owners:
        return lambda c, _at: c.by in owners or bool(ctx.table.camp({c.by}) & owners)
    word = poss.lower_
    return lambda _c, at: word in at.lowers


def _accused_denier(ctx: Context, sents: list[Sentence], s: Sentence, verb: Any, charges: frozenset[str],
                    accusing: frozenset[str], accused_in: set[int]) -> list[str]:
    """Who denies a charge under a descriptor the table does not resolve ("the armed group denied the
    accusations", "an accusation the latter rejected"): the one the nearest accusation accuses, since only the
    accused answers a charge by denying it; [] for a pronoun or a subject that is no definite descriptor."""
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or not (subj.lower_ == "latter" or any(
            c.dep_ == "det" and c.lower_ == "the" for c in children_of(subj))):
        return []
    if not (verb.dep_ == "relcl" and verb.head.lemma_.lower() in charges or any(
            c.dep_ == "dobj" and c.lemma_.lower() in charges for c in children_of(verb))):
        return []  # no charge denied: "the group rejected the offer" answers no accusation
    for k in range(s.idx, s.idx - 4, -1):
        if k < 0 or k not in accused_in:
            continue
        at = sents[k]
        acts = [t for t in at.tokens if t.pos_ == "VERB" and t.lemma_.lower() in accusing and (k < s.idx or t.i < verb.i)]
        for t in reversed(acts):
            for c in children_of(t):
                if c.dep_ == "dobj" and (who := ctx.table.resolve(at.para, c)):
                    return who
    return []


def _named_as_doer(ctx: Context, s: Sentence, side: set[str]) -> bool:
    """Does ``s`` name one of ``side`` as the doer of what it tells ("Authority security forces had detained 43",
    "they were ambushed by 3R fighters"), not as a bystander ("cooperated with the Italian authorities")?"""
    for t in s.span:
        if ctx.table.at(s.para, t.i) not in side:
            continue
        h = t.head if t.dep_ in ("compound", "amod", "poss") else t
        if h.dep_ in ("nsubj", "nsubjpass") or h.dep_ == "pobj" and h.head.dep_ == "agent":
            return True
    return False


def _untrue(ctx: Context, be: Any) -> bool:
    """"that was untrue", "this is not true", "it was false": a copula saying the thing pointed back at is false
    (not "it was wrong to walk out": a verdict on an act, with a clause of its own)."""
    kids = children_of(be)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in ANAPHORS or any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in kids):
        return False
    neg = any(c.dep_ == "neg" for c in kids)
    return any(c.dep_ == "acomp" and not any(g.dep_ in ("xcomp", "prep") for g in children_of(c)) and (
        c.lower_ in _vocab(ctx, "false_words") and not neg or neg and c.lower_ in _vocab(ctx, "true_words")) for c in kids)


def _may_dispute(ctx: Context, s: Sentence) -> bool:
    """Can a token of ``s`` be a dispute verb (``_dispute_verb``)? Every reading of one needs a dispute cue or a
    disputable object among the sentence's lemmas, or the word "account": a sentence with none is not read token by
    token."""
    cues, objs = _cue_sets(ctx)
    return not (s.lemmas.isdisjoint(cues) and s.lemmas.isdisjoint(objs)) or "account" in s.lowers or not (
        s.lowers.isdisjoint(_vocab(ctx, "false_words")) and s.lowers.isdisjoint(_vocab(ctx, "true_words")))


def _noun_tagged_dispute(ctx: Context, tok: Any) -> bool:
    """"The National Treasury disputes that figure.": the tagger may read a short sentence's verb as a
    plural noun at its root, the name before it as a compound and "that figure" as a clause; a dispute
    cue in that place, after a name and before "that/the/this" and a disputable object, is the verb."""
    cues, objs = _cue_sets(ctx)
    doc = tok.doc
    doc_toks = tokens_of(doc)
    if tok.lemma_.lower() not in cues or not 0 < tok.i < len(doc) - 2 or tok.lower_ == tok.lemma_.lower():
        return False
    return doc_toks[tok.i - 1].pos_ in ("PROPN", "NOUN") and doc_toks[tok.i + 1].lower_ in _vocab(ctx, "definite_determiners") \
        and doc_toks[tok.i + 2].lower_ in objs


def _refusers(ctx: Context, sents: list[Sentence]) -> dict[int, set[str]]:
    """Sentence -> the camp of the subject of a verb of rejection in it ("China's envoy rejected the idea"): what
    that side says next in quotation marks gives its grounds."""
    cues = _cue_sets(ctx)[0] | {"reject", "dismiss", "oppose"}
    out: dict[int, set[str]] = {}
    for s in sents:
        if s.kind != "body" or s.lemmas.isdisjoint(cues):
            continue
        who = [a for t in s.tokens if t.pos_ == "VERB" and t.lemma_.lower() in cues and not any(
            c.dep_ == "neg" for c in children_of(t)) for a in subjects(ctx, s, t)]
        if who:
            out[s.idx] = ctx.table.camp(who)
    return out


def _grounds_of_refusal(ctx: Context, sents: list[Sentence], f: Frame, refused_by: dict[int, set[str]]) -> bool:
    """The quote follows its own side's rejection in the sentence before ("X rejected the idea. '…,' he said")."""
    i = f.sent.idx
    return i > 0 and sents[i - 1].para is f.sent.para and bool(refused_by.get(i - 1, set()) & ctx.table.camp(f.speakers[:1]))


def _asserted(ctx: Context, toks: list[Any]) -> bool:
    """A quoted sentence that states how things are ("the obligation to provide finance lies with developed
    countries"), not a wish, an ask, a plan or a question."""
    root = next((t for t in toks if t.dep_ == "ROOT"), None)
    if root is None or root.tag_ in ("VB", "VBG") or any(t.tag_ == "MD" for t in toks) or any(
            t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in FIRST_PERSON_WORDS for t in toks):
        return False  # ("… lies with developed countries" may be parsed with a noun for its root: no verb is required)
    return len(toks) >= 6 and toks[-1].text != "?" and not (_subjunctive(toks) or _undertaking(ctx, toks) or _asks(ctx, toks))


FIRST_PERSON_WORDS = {"i", "we"}  # "we are ready": the side's own stance, no assertion about the world
RIVAL_MARKS = {";", "while", "whereas"}  # "X says A; Y says B", "X says A, while Y says B"


def _rival_versions(ctx: Context, frames: list[Frame], verbs: set[str]) -> dict[tuple[int, int], str]:
    """Two sides' versions set side by side in one sentence ("Croatia says the ship was taken from Split; Montenegro
    says it was lawfully held"): each is a claim, disputed by the other side. (sentence, verb) of each report -> the
    other speaker."""
    out: dict[tuple[int, int], str] = {}
    by_sent: dict[int, list[Frame]] = {}
    for f in frames:
        if f.speakers and f.content and f.verb.lemma_.lower() in verbs and f.verb.lemma_.lower() != "deny":
            by_sent.setdefault(f.sent.idx, []).append(f)
    for fs in by_sent.values():
        fs = sorted(fs, key=lambda f: f.verb.i)
        for a, b in zip(fs, fs[1:], strict=False):
            if ctx.table.camp(a.speakers[:1]) & ctx.table.camp(b.speakers[:1]):
                continue
            end = max(t.i for t in a.content)
            if not any(t.lower_ in RIVAL_MARKS and end < t.i < b.verb.i for t in a.sent.tokens) or any(
                    (h := _clause_head(f.content)) is None or any(c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(h))
                    for f in (a, b)):
                continue  # (two versions of what is so, not "would restart within days; … would not")
            out[(a.sent.idx, a.verb.i)] = b.speakers[0]
            out[(b.sent.idx, b.verb.i)] = a.speakers[0]
    return out


def _cue_sets(ctx: Context) -> tuple[frozenset[str], frozenset[str]]:
    """The lexicon's dispute cues and disputable objects, built once per lexicon."""
    return _per_lexicon(ctx, "dispute", lambda raw: (frozenset(raw["dispute_cues"]), frozenset(raw["dispute_objects"])))


def _tail(ctx: Context, s: Sentence) -> tuple[int, str | None] | None:
    """A trailing phrase that disputes what the sentence reports: "…, a figure the government
    disputes", "…, a claim Y called 'a lie'", "…, which Y denied". Returns the index of the comma
    opening it and the disputing actor."""
    cues, objs = _cue_sets(ctx)
    verbs = cues | frozenset(ctx.lex["dispute_label_verbs"])
    toks = s.tokens  # (the sentence's tokens as listed once: only read here)
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


def _voices(ctx: Context, who: str, claimant: str) -> list[str]:
    """A person disputing and the state or body they speak for ("the army spokesman denied it": the army
    too), never the claimant's own camp; a body disputing stands for itself."""
    a = ctx.table.actors.get(who)
    if a is None or a.type != "Person":
        return [who]
    own = ctx.table.camp({claimant})
    more = [x for x in a.affiliations if x in ctx.table.actors and x not in own
            and ctx.table.actors[x].type in ("State", "Organization", "Group")]
    return [who, *more[:2]]


def _who_disputes(ctx: Context, s: Sentence, tok: Any) -> list[str]:
    """The subject of a disputing verb, or its agent in the passive ("the claim was rejected by Bogota")."""
    for c in children_of(tok):
        if c.dep_ == "agent":
            g = next((x for x in children_of(c) if x.dep_ == "pobj"), None)
            who = ctx.table.resolve(s.para, g) if g is not None else []
            if who:
                return who
    if any(c.dep_ == "nsubjpass" for c in children_of(tok)):
        return []  # the subject of a passive is what is disputed, not who disputes it
    if tok.pos_ == "NOUN":  # a verb tagged as a noun (:func:`_noun_tagged_dispute`): its subject is the name before it
        return ctx.table.resolve(s.para, tokens_of(tok.doc)[tok.i - 1]) if tok.i > s.span.start else []
    return subjects(ctx, s, tok)


def _disputers(ctx: Context, s: Sentence, hits: set[int] | None = None) -> set[str]:
    """Who disputes something in this sentence ("Ethiopian officials deny that …"); ``hits`` collects the
    sentences that dispute something even when the disputer is not resolved ("Bosniak leaders said the
    Croat claim was false")."""
    low = s.text.lower()
    out: set[str] = set()
    for t in s.tokens if _may_dispute(ctx, s) else ():
        hit, tok = _dispute_verb(ctx, s, t, low)
        if hit:
            out.update(_who_disputes(ctx, s, tok)[:1])
            if hits is not None:
                hits.add(s.idx)
    return out


def disputers(ctx: Context, s: Sentence) -> set[str]:
    """Who disputes something said in ``s`` ("Lithuania's premier denied that", "officials said that was untrue")."""
    return _disputers(ctx, s)


CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "NUM"})


def content_lemmas(toks: Any) -> set[str]:
    """The content words of ``toks`` as lemmas: nouns, verbs, adjectives and numbers, not stop words nor names
    (a name tells who, which both sides of a dispute share, not what is disputed)."""
    return {t.lemma_.lower() for t in toks if t.pos_ in CONTENT_POS and not t.is_stop and t.is_alpha}


def denied_content(ctx: Context, s: Sentence) -> set[str] | None:
    """The content words of the clause a denial in ``s`` says is false ("denied that Vilnius would pay any
    compensation": pay, compensation), or None when a denial names nothing of its own ("denied that", "denied
    the report") or ``s`` holds no denial with a clause."""
    low = s.text.lower()
    out: set[str] = set()
    found = False
    for t in s.tokens if _may_dispute(ctx, s) else ():
        hit, tok = _dispute_verb(ctx, s, t, low)
        if not hit or tok is not t:
            continue
        clause = next((c for c in children_of(t) if c.dep_ == "ccomp"), None)
        if clause is None:
            return None  # "denied the report", "denied it": what was just said
        words = subtree_of(clause)
        if any(w.lower_ == "such" for w in words):
            return None  # "denied that Vilnius had made any such commitment": points back at what was said
        found = True
        out |= content_lemmas(words)
    return out if found else None


def _own_report_cut(ctx: Context, f: Frame, toks: list[Any]) -> list[Any]:
    """"…, according to X, and the military said it had struck …": a clause another actor reports is
    that actor's claim, not part of this one; keep what comes before it."""
    report = ctx.lex.reporting
    ids = {t.i for t in toks}
    camp = ctx.table.camp(set(f.speakers))
    for t in sorted(toks, key=lambda t: t.i):
        if t.i == f.verb.i or t.lemma_.lower() not in report or t.pos_ != "VERB":
            continue
        above = f.verb.i in {x.i for x in subtree_of(t)}  # a garbled parse hangs "according to X" under the other report
        if not above and (t.dep_ != "conj" or any(c.dep_ == "mark" for c in children_of(t))):
            continue  # the clause's own verb ("the military had only responded …") is what is said; so is a second
            # that-clause ("said its debt stood at $2.3bn, and that the union had wrongly added interest")
        subj = next((c for c in children_of(t) if c.dep_ == "nsubj" and c.i in ids and (not above or c.i > f.verb.i)), None)
        who = ctx.table.resolve(f.sent.para, subj) if subj is not None else []
        if subj is not None and who and who[0] not in camp:
            start = min(subtree(subj), key=lambda x: x.i).i
            own = {x.i for x in subtree_of(f.verb)} if above else set()
            keep = [x for x in toks if x.i < start and x.i not in own]
            while keep and (keep[-1].dep_ == "cc" or keep[-1].is_punct):
                keep = keep[:-1]
            return keep
    return toks


def _telling(ctx: Context) -> frozenset[str]:
    """Lexicon ``second_report_verbs`` and "tell": verbs whose clause a participle may sit in. Built once per lexicon."""
    return _per_lexicon(ctx, "telling", lambda raw: _vocab(ctx, "second_report_verbs") | {"tell"})


def _participle(ctx: Context, tok: Any) -> bool:
    """"X said fewer than 70 flights were cut, claiming the airline was short of pilots", "…, warning that
    prices were hurting the poor": a participle of asserting after a comma makes a claim of its own."""
    return tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj") and tok.lemma_.lower() in _vocab(
        ctx, "participle_claim_verbs") and tok.left_edge.i > 0 and tokens_of(tok.doc)[tok.left_edge.i - 1].text == "," \
        and any(c.dep_ == "ccomp" and c.i > tok.i for c in children_of(tok)) \
        and (any(a.lemma_.lower() in _telling(ctx) for a in tok.ancestors)  # inside a said-clause, or the
             or tok.head.lemma_.lower() in _asking_heads(ctx))  # grounds of an appeal ("called for …, arguing that …")


def _author(ctx: Context, s: Sentence, doc_noun: Any) -> list[str]:
    """Who wrote a study or report: "a study by X", "a report published by X", "X's survey"; [] when unnamed."""
    for c in children_of(doc_noun):
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            by = [c]
        elif c.dep_ == "acl":  # "a study published by the Commission's research centre"
            by = [g for g in children_of(c) if g.dep_ == "agent" or g.dep_ == "prep" and g.lower_ == "by"]
        elif c.dep_ == "poss":
            return ctx.table.resolve(s.para, c) or ([a] if (a := ctx.table.at(s.para, c.i)) else [])
        else:
            continue
        who = next((w for b in by for g in children_of(b) if g.dep_ == "pobj" and (w := ctx.table.resolve(s.para, g))), [])
        if who:
            return who
    return []


def _named_before(s: Sentence, subj: Any, sents: list[Sentence], frames: list[Frame], docs: frozenset[str]) -> list[str]:
    """"In a statement carried by state media, the ministry accused … . The (same) statement said …": a document
    the writer points back to speaks for whoever issued it in the sentence or two before; [] when none did."""
    noun = subj.lemma_.lower()
    if noun not in docs or not any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in children_of(subj)) \
            or any(c.dep_ in ("poss", "prep", "acl") for c in children_of(subj)):
        return []
    for back in (s.idx - 1, s.idx - 2):  # "The same statement said …" may open the next paragraph
        if not 0 <= back < len(sents):
            continue
        if any(t.lemma_.lower() == noun for t in sents[back].tokens):
            return next((f.speakers for f in frames if f.sent.idx == back and f.speakers), [])
    return []


def assertion_frames(ctx: Context, sents: list[Sentence], frames: list[Frame]) -> list[Frame]:
    """Frames for verbs that assert without reporting speech: "X estimates that the levy will cost
    $2 billion", "X blamed Y for the fighting", "the company maintains that …". Computed once per
    article (graph/extract/pipeline.py) for both claims and demands."""
    raw = ctx.lex.raw
    lems = set(raw.get("estimate_verbs", [])) | set(raw.get("blame_verbs", [])) | _claim_strong(ctx)
    have = {(f.sent.idx, f.verb.i) for f in frames}
    say = _vocab(ctx, "second_report_verbs") | {"assert", "claim"}  # verbs of saying that may start a second report
    out: list[Frame] = []
    for s in sents:
        if s.kind != "body":
            continue
        for tok in s.tokens:
            if tok.pos_ != "VERB" or (s.idx, tok.i) in have or unsaid(tok):
                continue  # "did not blame X for Y", "… but did not say which groups": denied, it asserts nothing
            if _participle(ctx, tok):  # the speaker is the one of the report the participle hangs in
                host = next((g for g in frames if g.sent.idx == s.idx and g.verb.i != tok.i
                             and g.verb in tok.ancestors), None)
                comp = next((c for c in children_of(tok) if c.dep_ == "ccomp" and c.i > tok.i), None)
                if host is not None and comp is not None:
                    out.append(Frame(sent=s, verb=tok, speakers=host.speakers, content=subtree(comp)))
                    continue
            if tok.dep_ == "relcl" and tok.head.lemma_.lower() in _documents(ctx) and (
                    tok.lemma_.lower() in lems or tok.lemma_.lower() in say) and any(
                    c.dep_ == "nsubj" and c.lower_ in RELPRON for c in children_of(tok)):
                comp = next((c for c in children_of(tok) if c.dep_ == "ccomp" and c.i > tok.i), None)
                who = _author(ctx, s, tok.head)  # "a study by the SALRC, which says a worker needs Tk 24,800": the
                if comp is not None and who:  # study speaks for its author
                    out.append(Frame(sent=s, verb=tok, speakers=who, content=subtree(comp)))
                continue
            if tok.lemma_.lower() not in lems and not (  # "X called on both sides to …, and said some patients had …":
                    tok.lemma_.lower() in say and tok.dep_ == "conj"  # a second report sharing the first verb's subject
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(tok))) and not (
                    tok.lemma_.lower() in say and tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in children_of(tok))):
                continue
            comp = next((c for c in children_of(tok) if c.dep_ == "ccomp" and c.i > tok.i), None)
            if comp is None and tok.lemma_.lower() not in (*raw.get("blame_verbs", []), "accuse"):
                continue
            host = next((g for g in frames if g.sent.idx == s.idx and g.verb.i == tok.head.head.i), None) \
                if tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in children_of(tok)) else None
            if host is not None:  # "X said the state respects the ruling but argued that …": X argued (the parse
                out.append(Frame(sent=s, verb=tok, speakers=host.speakers,  # joins it to the said-clause); a
                                 content=subtree(comp) if comp is not None else []))  # blame verb may have no clause
                continue
            who = subjects(ctx, s, tok)
            if who and tok.dep_ == "ROOT" and tok.lemma_.lower() not in lems:
                continue  # a plain report the speech frames passed over on purpose
            if not who and tok.dep_ == "ROOT":  # "Its ambassador to the organisations in Vienna, Pavel Ushakov, said":
                first = next((c for c in children_of(tok) if c.dep_ == "nsubj"), None)  # a name in apposition the parse
                named = [a for t in (subtree_of(first) if first is not None else []) if t.pos_ == "PROPN"  # hangs elsewhere
                         and (a := ctx.table.at(s.para, t.i)) and a in ctx.table.actors and ctx.table.actors[a].type == "Person"]
                who = named[-1:]
            if not who and tok.dep_ == "conj":  # the shared subject, when its head noun misleads the resolver
                first = next((c for c in children_of(tok.head) if c.dep_ == "nsubj"), None)
                at = ctx.table.at(s.para, first.i) if first is not None else None
                who = [at] if at else []
            subj = next((c for c in children_of(tok) if c.dep_ == "nsubj"), None)
            if subj is None and tok.dep_ == "advcl" and tok.tag_ == "VBG":  # "Delegates from X walked out, accusing …"
                subj = next((c for c in children_of(tok.head) if c.dep_ == "nsubj"), None)
            for c in children_of(subj) if subj is not None and not who else []:  # "analysts at Brightline estimated …"
                if c.dep_ == "prep" and c.lower_ in ("at", "from", "with"):
                    who = next((w for g in children_of(c) if g.dep_ == "pobj" and (w := ctx.table.resolve(s.para, g))), [])
                elif c.dep_ == "poss" and subj.lemma_.lower() in _documents(ctx):  # "FIFPRO's annual report says …":
                    who = ctx.table.resolve(s.para, c) or ([a] if (a := ctx.table.at(s.para, c.i)) else [])  # its author
            if not who and subj is not None and tok.dep_ == "ROOT" and comp is not None:
                who = _named_before(s, subj, sents, [*frames, *out], _documents(ctx))
            if who:
                out.append(Frame(sent=s, verb=tok, speakers=who, content=subtree(comp) if comp is not None else []))
    return out


def _echoed(ctx: Context, sents: list[Sentence], frames: list[Frame], disputed: set[int]) -> set[int]:
    """"… said the claim that set-asides would choke research was not supported by any evidence": a
    dispute that restates the claim points back to the earlier sentence saying it (two shared words)."""
    cues, objs = _cue_sets(ctx)
    out: set[int] = set()
    for s in sents:
        if s.idx not in disputed:
            continue
        # "… denied that any missiles were kept at the site": a denial restating it, too
        for t in s.tokens if not (s.lemmas.isdisjoint(objs) and s.lemmas.isdisjoint(cues)) else ():
            if t.lemma_.lower() not in objs and not (t.pos_ == "VERB" and t.lemma_.lower() in cues):
                continue
            clause = next((c for c in children_of(t) if c.dep_ in ("acl", "ccomp") and c.i > t.i), None)
            if clause is None:
                continue
            words = {x.lemma_.lower() for x in subtree_of(clause) if x.pos_ in ("NOUN", "VERB", "ADJ") and len(x.lemma_) >= 4}
            for f in frames:
                if s.idx - 6 <= f.sent.idx < s.idx and len(words & {x.lemma_.lower() for x in f.content}) >= 2:
                    out.add(f.sent.idx)
    return out


def _noun_claims(ctx: Context, s: Sentence) -> list[tuple[str, list[Any]]]:
    """"rejected the union's claim that pilots earn 40 per cent less", "repeated his claim that the
    appointment was illegal": a claim noun with its that-clause names a claim and, by its possessor,
    the claimant (a pronoun possessor is the subject of a verb that does not dispute it)."""
    nouns = _vocab(ctx, "claim_nouns")  # (read per sentence: built once per lexicon)
    cues, _objs = _cue_sets(ctx)
    out: list[tuple[str, list[Any]]] = []
    for t in s.tokens if not s.lemmas.isdisjoint(nouns) else ():
        if t.lemma_.lower() not in nouns or t.pos_ != "NOUN":
            continue
        clause = next((c for c in children_of(t) if c.dep_ in ("acl", "ccomp") and c.i > t.i and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in children_of(c))), None)
        poss = next((c for c in children_of(t) if c.dep_ == "poss"), None)
        if clause is None or poss is None:
            continue
        who = None
        if poss.pos_ == "PRON" and t.head.pos_ == "VERB" and t.head.lemma_.lower() not in cues:
            who = next(iter(subjects(ctx, s, t.head)), None)  # "X repeated his claim": X's, whatever "his" was read as
        if who is None:
            who = ctx.table.at(s.para, poss.i) or next(iter(ctx.table.resolve(s.para, poss)), None)
            subj = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if poss.pos_ == "PRON" and subj is not None and who in {ctx.table.at(s.para, x.i) for x in subtree_of(subj)}:
                who = None  # "his claim that Wendel's appointment was illegal" read as Wendel's: a pronoun misread
        if who:
            out.append((who, [x for x in subtree(clause) if not (x.dep_ == "mark" and x.head.i == clause.i)]))
    return out


REBUTTING = {"call", "say", "claim", "insist", "describe"}  # "whatever the minister calls it", "whatever X says"


def _rebutted(ctx: Context, s: Sentence, toks: list[Any]) -> list[str]:
    """Who a said-clause answers by "whatever X calls it / says" ("that is a swap, whatever the minister calls it"):
    the clause is a claim set against X's."""
    for t in toks:
        if t.lower_ in ("whatever", "whichever") and t.head.pos_ == "VERB" and t.head.lemma_.lower() in REBUTTING:
            subj = next((c for c in children_of(t.head) if c.dep_ == "nsubj"), None)
            who = ctx.table.resolve(s.para, subj) if subj is not None and subj.pos_ != "PRON" else []
            if who:
                return who
    return []


def _rival_figures(ctx: Context, s: Sentence) -> list[tuple[str, list[Any]]]:
    """"UAE figures suggesting that share was nearer 25 percent", "Ukrainian data showing that …": a side's own
    figures (lexicon ``figure_source_nouns``) and what they show (``figure_showing_verbs``), with a figure in it."""
    nouns = _vocab(ctx, "figure_source_nouns")
    showing = _vocab(ctx, "figure_showing_verbs")
    out: list[tuple[str, list[Any]]] = []
    for t in s.tokens if not s.lowers.isdisjoint(nouns) else ():
        if t.lower_ not in nouns or t.pos_ != "NOUN":
            continue
        shown = next((c for c in children_of(t) if c.dep_ == "acl" and c.lemma_.lower() in showing), None)
        clause = next((c for c in children_of(shown) if c.dep_ == "ccomp"), None) if shown is not None else None
        if clause is None or not any(ch.isdigit() for x in subtree_of(clause) for ch in x.text):
            continue
        owner = next((a for c in children_of(t) if c.dep_ in ("poss", "compound", "amod") and c.i < t.i
                      for a in [ctx.table.at(s.para, c.i) or demonym_state(ctx, c)] if a), None)
        if owner is not None:
            out.append((owner, [x for x in subtree(clause) if not (x.dep_ == "mark" and x.head.i == clause.i)]))
    return out


def _figure_estimates(ctx: Context, s: Sentence, frames: list[Frame]) -> list[tuple[str, list[Any]]]:
    """"NavPortugal, which put the cost at €19m", "a study it commissioned puts the figure at $1.2bn": a
    side's own figure for something, said without a verb of saying. Who: the subject (a relative
    pronoun's antecedent, a study's author) or, for an unowned study, whoever says the sentence."""
    verbs = _vocab(ctx, "figure_estimate_verbs")
    out: list[tuple[str, list[Any]]] = []
    for tok in s.tokens if not s.lemmas.isdisjoint(verbs) else ():
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs or any(c.dep_ == "neg" for c in children_of(tok)):
            continue
        obj = next((c for c in children_of(tok) if c.dep_ in ("dobj", "nsubjpass")), None)
        if (obj is None or obj.lower_ in RELPRON) and tok.dep_ in ("relcl", "acl") and tok.head.pos_ == "NOUN" and any(
                c.dep_ in ("nsubj", "mark", "dobj") and (c.lower_ in RELPRON or c.lower_ in ("it", "they"))
                for c in children_of(tok)):
            obj = tok.head  # "arrears that it put at more than $1 billion", "losses, which it puts at $2bn": the noun
        at = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "at"), None)
        if at is None and obj is not None:  # "puts the gap, the difference between A and B, at $73 billion": the
            at = next((c for x in children_of(tok) if x.dep_ in ("npadvmod", "appos") and x.i > obj.i  # parse hangs "at"
                       for c in children_of(x) if c.dep_ == "prep" and c.lower_ == "at"), None)  # on the apposition
        nums = [c for c in children_of(at) if c.dep_ == "pobj"] if at is not None else []
        if at is None and obj is not None:  # "put the figure closer to half", "closer to 60 percent": a figure near
            at = next((c for c in children_of(tok) if c.i > obj.i and c.dep_ in ("advmod", "npadvmod", "oprd") and any(
                x.lemma_.lower() in NEARER for x in subtree_of(c))), None)
            nums = ([x for x in subtree_of(at) if x.dep_ == "pobj"] or [at]) if at is not None else []
        if obj is None or at is None or not any(  # "at €11.6bn", "at about $1.2 billion"; not "at a five-hour meeting"
                t.like_num or t.ent_type_ in FIGURES or any(ch.isdigit() for ch in t.text) or t.lower_ in FRACTIONS
                for n in nums for t in [n, *(c for c in children_of(n) if c.dep_ in ("nummod", "compound", "nmod", "quantmod"))]):
            continue
        subj = next((c for c in children_of(tok) if c.dep_ == "nsubj"), None)
        if subj is None and tok.dep_ == "conj":
            subj = next((c for c in children_of(tok.head) if c.dep_ == "nsubj"), None)
        who = ctx.table.resolve(s.para, subj, conj=False) if subj is not None else []
        for c in children_of(subj) if subj is not None and not who else []:  # "an analysis by Northpoint puts …",
            by = [c] if c.dep_ == "prep" and c.lower_ in ("by", "from", "of") else [  # "a survey commissioned by X"
                g for g in children_of(c) if g.dep_ == "agent"] if c.dep_ == "acl" else []
            who = who or next((w for b in by for g in children_of(b) if g.dep_ == "pobj" and (w := ctx.table.resolve(s.para, g))), [])
        if not who:
            f = next((f for f in frames if f.sent.idx == s.idx and tok in f.content), None)
            who = f.speakers[:1] if f is not None else []
        if who:
            value = list(subtree_of(at)) if at.lower_ != "at" else [at, *(t for n in nums for t in subtree_of(n))]
            out.append((who[0], [t for t in subtree(obj) if t.dep_ != "relcl"] + value))
    return out


def _held_line(ctx: Context, verb: Any) -> Any:
    """The that-clause of a stated line the verb takes as its object ("repeated the government's position that
    elections could wait", "restated his claim that the appointment was illegal"), or None. The parse hangs it
    on the noun, so the verb's own content misses it."""
    lines = _per_lexicon(ctx, "held_lines", lambda raw: frozenset(raw.get("stated_line_nouns", [])) | frozenset(
        raw.get("claim_nouns", [])))
    for o in children_of(verb):
        if o.dep_ == "dobj" and o.lemma_.lower() in lines:
            for c in children_of(o):
                if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX") and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c)):
                    return c
    return None


def extract_claims(ctx: Context, sents: list[Sentence], frames: list[Frame],
                   asserting: list[Frame]) -> list[ClaimRecord]:
    """Claims from the speech ``frames`` and the ``asserting`` ones (:func:`assertion_frames`)."""
    frames = sorted([*frames, *asserting], key=lambda f: (f.sent.idx, f.verb.i))
    blame = frozenset(ctx.lex.raw.get("blame_verbs", []))
    verbs = set(ctx.lex["claim_verbs"]) | {"deny"} | blame | set(ctx.lex.raw.get("estimate_verbs", []))
    strong_all = _claim_strong(ctx)
    asking = _asking(ctx)
    tails = {s.idx: t for s in sents if s.kind == "body" and (t := _tail(ctx, s)) is not None}
    hits: set[int] = set()
    disputer_of = {s.idx: who for s in sents if s.kind == "body" and (who := _disputers(ctx, s, hits))}
    disputed = set(disputer_of) | hits
    # a sentence that already makes a strong claim ("… but accused the army of …") is what the dispute is about
    _c, objs = _cue_sets(ctx)
    named = {s.idx - 2 for s in sents if s.idx in disputed and any(  # "the Croat claim", "the union's figures": further back
        t.lemma_.lower() in objs and any(c.dep_ in ("poss", "amod", "compound") and c.text[:1].isupper() for c in children_of(t))
        for t in s.tokens)}
    said_at = {f.sent.idx for f in frames if f.verb.lemma_.lower() in verbs}
    pointing = {s.idx for s in sents if s.idx in disputed and any(  # "denies that account", "rejects this"
        t.dep_ == "dobj" and _points_back(t) for t in s.tokens)}
    back = {next((i for i in range(d - 1, d - 4, -1) if i in said_at), d - 1) for d in pointing}  # "X says A. X
    # delivered a protest note. Y denies that account.": the nearest sentence that says something is disputed
    disputed_claim = {i for i in disputed | {d - 1 for d in disputed} | back | named
                      if not any(f.sent.idx == i and f.verb.lemma_.lower() in strong_all for f in frames)}
    disputed_claim |= _echoed(ctx, sents, frames, disputed)
    # "X gave a very different account. X's ministry said …": what follows is X's version, a claim
    versions = tuple(p for p in ctx.lex.raw.get("dispute_phrases", []) if " " in p)
    for s in sents:
        if s.kind != "body" or not versions:
            continue
        said_low = s.text.lower()  # a Span builds its text anew on each call: once, not once per phrase
        if any(v in said_low for v in versions):
            disputed_claim |= {s.idx + 1, s.idx + 2}
    # "Ethiopian officials deny that the dam was to blame. They say the flooding was caused by …": their version
    for f in frames:
        before = disputer_of.get(f.sent.idx - 1, set())
        if not before or f.sent.para is not sents[f.sent.idx - 1].para:
            continue
        me = f.speakers[0]  # "The ministry rejected that. Its spokesman said …": a member speaks for the disputer,
        who = ctx.table.actors.get(me)  # and so may a person whose side the table does not know
        if ctx.table.camp({me}) & ctx.table.camp(before) or (
                who is not None and who.type == "Person" and not who.affiliations):
            disputed_claim.add(f.sent.idx)
    strong = _claim_strong(ctx) - {"call", "describe", "brand"}
    markers = [m.lower() for m in ctx.lex["claim_markers"]]  # load_lexicon has folded claim_markers_more in
    lines = tuple(ctx.lex.raw.get("stance_line_phrases", []))
    provisos = _vocab(ctx, "proviso_marks")
    contention = _vocab(ctx, "contention_verbs")
    mandative = _vocab(ctx, "mandative_verbs")
    appeals = _appeals(ctx)
    withholding = _vocab(ctx, "withholding_verbs")
    second = _vocab(ctx, "second_report_verbs")
    reporting_head = second | {"tell", "say", "add"}  # built once per call, not once per frame
    rivals = _rival_versions(ctx, frames, verbs)  # (sentence, verb) -> the side whose version is set against it
    refused_by = _refusers(ctx, sents)  # sentence -> the camp of whoever rejects something in it
    out: list[ClaimRecord] = []
    where: list[int] = []  # sentence index of each claim
    denials: set[int] = set()  # claims made by denying ("X denied carrying out the raid")
    grounded: set[int] = set()  # claims completed by their grounds ("denied …, saying it was a logistics base")
    answered: set[int] = set()  # sentences whose denial disputes an earlier claim
    seen: set[tuple[str, int, int]] = set()
    verb_of: dict[int, tuple[Any, bool]] = {}  # id of a said-clause claim -> (its verb, made by accusing)
    trailed: dict[int, list[tuple[int, ClaimRecord, str, Sentence]]] = {}  # sentence -> its claims before a disputing tail
    for f in frames:
        lem = f.verb.lemma_.lower()
        if lem not in verbs and f.verb.lower_ != "according":
            continue
        if f.verb.dep_ == "xcomp" and f.verb.head.lemma_.lower() in withholding:
            continue  # "declined to say whether the fund would pay": a side that will not say asserts nothing
        if subjunctive(f.verb) and _asked_act(ctx, f.verb):
            continue  # "demanded that Moscow admit that its air defences struck the jet": an act asked, no assertion
        if lem == "add" and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in children_of(f.verb)):
            continue  # "it still added matches to a calendar that was …": adding a thing, not words
        if lem in _vocab(ctx, "performative_report_verbs") and not f.direct and not any(
                c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c))
                for c in children_of(f.verb)):
            continue  # "which Israel has declared void": the declaring is the act; only "declared that …" reports
        acc = _accusation(f, blame)
        if lem == "deny" and not f.content and any(
                c.dep_ == "dobj" and (c.lemma_.lower() in objs or _points_back(c)) for c in children_of(f.verb)):
            continue  # "Guatemala denies that account": a dispute of what was said, asserting nothing itself
        toks = acc or _lost_subject(f, f.content)
        if f.verb.lower_ == "according" and f.verb.head.i < f.verb.i:  # "…, according to the university (UNAH), one of
            source = {x.i for x in subtree_of(f.verb)}  # the highest …": the trailing source's own phrase says nothing
            toks = [t for t in toks if t.i not in source]
            if any(a.lemma_.lower() in ctx.lex.reporting for a in (f.verb.head, *f.verb.head.ancestors)):
                continue  # "X told Y that A, according to an official": X's word (its own frame), not the source's
        held = _held_line(ctx, f.verb) if not acc else None
        if held is not None:  # "repeated Tokyo's position that all claims were settled": the line's own clause
            toks = subtree(held)
        if not toks and f.verb.dep_ == "parataxis" and f.verb.head.i != f.verb.i:  # "Mexico, she said, was not in breach"
            inner = {t.i for t in subtree_of(f.verb)}
            toks = [t for t in subtree_of(f.verb.head) if t.i not in inner]
        trailing = f.verb.lower_ == "according" and f.verb.head.pos_ in ("VERB", "AUX") and f.verb.head.i != f.verb.i
        source_i = {t.i for t in subtree_of(f.verb)} if trailing else set()
        other = trailing and all(t.is_punct for t in toks) and _other_side_acts(ctx, f, f.verb.head)
        # a count a non-state source gives in a trailing "according to X" is its claim (_sourced_figure)
        counted = trailing and not other and all(t.is_punct or t.i in source_i for t in toks) and _sourced_figure(ctx, f)
        if other or counted:
            inner = source_i  # "Russian forces shelled Kherson, according to Ukraine's military"
            toks = [t for t in subtree_of(f.verb.head) if t.i not in inner and not (t.is_punct and t.i + 1 == f.verb.i)]
            toll = [t for t in toks if t.tag_ == "VBG" and t.dep_ in ("advcl", "conj") and any(
                x.ent_type_ in FIGURES for x in subtree_of(t))]  # "…, killing at least 14 people, according to police":
            if toll:  # the sourced part is the toll
                subj = next((c for c in children_of(f.verb.head) if c.dep_ == "nsubj"), None)
                toks = (subtree(subj, stop=STOP) if subj is not None else []) + [
                    t for t in subtree_of(toll[-1]) if t.i not in inner]
        toks = _own_report_cut(ctx, f, toks)
        cut = {x.i for t in toks if t.i != f.verb.i and (_participle(ctx, t) or t.dep_ == "conj" and t.head.dep_ == "ccomp"
               and t.head.head.i == f.verb.i and t.lemma_.lower() in second and not any(
                   c.dep_ in ("nsubj", "nsubjpass") for c in children_of(t))) for x in subtree_of(t)}
        if cut:  # "…, claiming the airline was short of pilots": a claim of its own (its frame above)
            toks = [t for t in toks if t.i not in cut]
        part = _participle(ctx, f.verb) or lem in contention and f.verb.tag_ != "VBG"  # "argued that the court
        # misread the law": contested (not "closed the fishery, arguing that …": the grounds of a deed)
        before = next((c for c in children_of(f.verb) if c.dep_ == "ccomp" and c.i < f.verb.i), None)
        if toks and not acc and before is not None and any(
                t.text == ";" and f.verb.i < t.i < min(x.i for x in toks) for t in f.sent.tokens):
            toks = subtree(before)  # "A drone struck …, the group said; the ministry did not comment": the first clause
        lost_rel = not toks and not acc and (f.verb.dep_ == "relcl" and f.verb.head.pos_ == "NOUN" and not any(
            c.lower_ in RELPRON for c in children_of(f.verb)) and any(  # not "a position his office repeated after …":
            c.i > f.verb.i and c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd")  # the noun is what was repeated
            for c in children_of(f.verb)) or _relative_object(f.verb))
        if lost_rel:  # "a closure the EU argues breaches the agreement" (no pronoun), "…, which the union says amounts
            # to 35 hours" (the pronoun parsed as what is said): the parse loses the clause after the verb
            toks = [t for t in subtree_of(f.verb) if t.i > f.verb.i]
        if not toks or (f.direct and not f.content and not acc):
            continue
        if not acc and (_subjunctive(toks, lem in mandative) or lem in mandative and (
                h := _clause_head(toks)) is not None and h.head.i == f.verb.i and past_mandative(h)):
            continue  # "insisted that any deal include …": a demand, not an assertion
        if lem in _vocab(ctx, "describing_verbs") and _as_adjective(f.verb):
            continue  # "described the talks as frank", "called them 'constructive'": a mood or a stance, no fact
        if acc and lem in _vocab(ctx, "describing_verbs") and _labels_offer(ctx, f.verb):
            continue  # "called the revision a fair landing zone": a verdict on an offer, a stance
        if not acc and any(v is not None and will_insist(v, mandative) is not None for v in (f.verb, _clause_head(toks))):
            continue  # "said the union would insist that replicas require consent": a demand, which demands.py reads
        if not acc and (lem not in strong or lem in ("insist", "maintain")) and _undertaking(ctx, toks, f):
            continue  # "the government would not allow a regional deal …": a stance, not an assertion
        if not acc and _asks(ctx, toks, f):
            continue
        if not acc and lem not in strong and (_own_plan(ctx, f, toks) or _own_stance(ctx, f, toks)
                                              and not (f.sent.idx in disputed_claim and _joint_act(toks))):
            continue  # "the council would give its answer by Friday", "it would release $60 million": a plan; but
            # "said both sides had agreed that …", denied by the other side next, is a disputed claim
        if not acc and lem not in strong and _judges_offer(ctx, toks):
            continue  # "said the revised quota fell well short of …": a verdict on an offer, a stance
        if not acc and _holds_own_demand(ctx, toks):
            continue  # "said it was sticking to its demand for X": the side's demand, which demands.py reads
        nxt = tokens_of(f.verb.doc)[f.verb.i + 1].lower_ if f.verb.i + 1 < len(f.verb.doc) else ""
        if f"{lem} {nxt}" in ctx.lex["demand_verbs"]:
            continue  # "called on all sides to return …", "called for talks": a demand, which demands.py reads
        false = [t for t in toks if t.lemma_ == "be" and _dispute_verb(ctx, f.sent, t, "")[0]
                 and not _counter_figure(ctx, t)] if not acc else []  # ("the real figure is half that": a claim too)
        if false:  # "said the Croat claim was false": a dispute of that claim, linked below, not a claim of its own;
            rest = {x.i for v in false for c in children_of(v) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(
                g.dep_ in ("nsubj", "nsubjpass") for g in children_of(c)) for x in subtree_of(c)}  # "… and that recruitment
            toks = [t for t in toks if t.i in rest and not (t.dep_ in ("mark", "cc") and t.head.i not in rest)]
            if not toks:  # had brought in 380 new nurses": a claim of its own
                continue
        if not acc and _schedule(ctx, toks) and f.sent.idx not in disputed_claim:
            continue  # "both sides had agreed to meet again on March 19": an event, not a disputable claim (but
            # '"Exports will resume within days," he said. X rejected that account.': disputed, it is a claim)
        low = " ".join(t.lower_ for t in sorted(toks, key=lambda t: t.i))
        if not acc and any(ph in low for ph in lines) and not _counted_dependence(ctx, toks):
            continue  # "demilitarisation is not negotiable", "the agenda depended on de-escalation": a stance, a condition
        if not acc and any(t.lower_ in provisos and t.dep_ in ("mark", "prep") and t.i + 1 < len(t.doc)
                           and tokens_of(t.doc)[t.i + 1].pos_ in ("DET", "PRON", "PROPN", "NOUN") for t in toks):
            continue  # "was ready to sign it, provided the EU did not reopen …": terms set, a demand, not an assertion
        toks = [t for t in toks if not any(  # "the operator had moved a long way and urged the unions to …": the appeal
            a.dep_ == "conj" and a.pos_ == "VERB" and a.lemma_.lower() in appeals and a.i != f.verb.i and t in subtree_of(a)
            for a in [t, *t.ancestors])] if _appeal_conjoined(toks, appeals, f.verb.i) else toks  # is a demand, no
        # part of the claim
        toks = sorted(toks, key=lambda t: t.i)
        while toks and (toks[-1].dep_ == "cc" or toks[-1].is_punct):
            toks = toks[:-1]
        relative = not acc and (lost_rel or _relative_report(f))
        if relative:  # "a reference, which Baku says contains a claim on X": the reference contains it
            toks = subtree(f.verb.head, stop={"relcl", "appos", "acl"}) + [t for t in toks if t.lower_ not in RELPRON]
        speaker = _named_speaker(ctx, f) or f.speakers[0]
        ask_head = _clause_head(toks)
        if ask_head is not None and ask_head.i != f.verb.i and ask_head.pos_ == "VERB" \
                and _asks_of_another(ctx, ask_head, asking):
            asker = next((c for c in children_of(ask_head) if c.dep_ in ("nsubj", "nsubjpass")), None)
            who = set(ctx.table.resolve(f.sent.para, asker)) if asker is not None else set()
            mine = set(f.speakers) | {speaker}
            if not who or who & (ctx.table.camp(mine) | mine):
                continue  # "Mali demanded that all sanctions be lifted, …, which X called …": the side's own demand,
                # which demands.py reads ("said the US had demanded that Iran …" tells of another's: a claim)
        tail = tails.get(f.sent.idx)
        if tail is not None:
            if f.verb.i > tail[0]:
                continue  # the verb of the disputing tail itself
            toks = [t for t in toks if t.i < tail[0]]
        rebutted = _rebutted(ctx, f.sent, toks) if not acc else []  # "that is a swap, whatever the minister calls it"
        if tail is not None or rebutted:
            pass
        elif not acc and not relative and not counted and lem not in strong and not part and (f.sent.idx, f.verb.i) not in rivals and not (
                f.direct and _grounds_of_refusal(ctx, sents, f, refused_by) and _asserted(ctx, toks)) and not _worth(
                ctx, f, toks, markers, disputed_claim) and not _counter_version(ctx, f, toks, out, where):
            continue
        if (f.sent.idx, f.verb.i) in rivals:  # "… was taken from its port and must be returned": the ask is a demand
            asked = {x.i for t in toks if t.dep_ == "conj" and any(c.dep_ == "aux" and c.lower_ in ("must", "should")
                                                                for c in children_of(t)) for x in [t, *subtree_of(t)]}
            asked |= {t.i for t in toks if t.dep_ == "cc" and any(t.head.i == x.i for x in toks) and t.i + 1 in asked}
            toks = [t for t in toks if t.i not in asked]
        toks = _before_label(ctx, [t for t in toks if not (t.dep_ == "mark" and t.lower_ in ("that", "whether"))])
        toks = _drop_fronted(toks)
        if part and lem == "warn" and any(c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "might")
                                          for t in toks for c in children_of(t) if t.dep_ == "ccomp"):
            continue  # "…, warning that it would leave the talks": a threat, which events read
        grounds = not part and f.verb.dep_ == "advcl" and f.verb.tag_ == "VBG" and f.verb.head.lemma_.lower() not in reporting_head
        # "accused X of Y, saying Z", "walked out, protesting that Z": Z is a claim of its own
        key = (speaker, f.sent.idx, f.verb.i if f.verb.dep_ == "conj" and (lem in strong or lem in second) or grounds or part
               else -1)
        if key in seen:
            continue
        text = compact(_fit(toks), TEXT_WORDS)
        if len(text.split()) < 3 or not any(t.pos_ in ("NOUN", "PROPN", "NUM", "ADJ") or t.lower_ in SOMETHING
                                            for t in toks):
            continue  # "it must be": nothing asserted of anything
        if any(c.by == speaker and c.claim == text for c in out):
            continue  # two frames read the same clause ("said …, accusing …" parsed twice)
        first = next((i for i in range(len(out)) if grounds and where[i] == f.sent.idx and out[i].by == speaker), None)
        if first is not None:  # "accused X of Y, saying Z": the grounds complete the accusation, one claim
            room = max(TEXT_WORDS - len(out[first].claim.split()), 3)  # within the text's words, both parts
            out[first].claim = f"{out[first].claim} {compact(_fit(toks, room), room)}"
            grounded.add(first)
            seen.add(key)
            continue
        seen.add(key)
        out.append(ClaimRecord(by=speaker, claim=text, evidence=evidence(ctx, f.sent)))
        where.append(f.sent.idx)
        verb_of[id(out[-1])] = (f.verb, bool(acc))
        for other in [a for a in rebutted if not ctx.table.camp({a}) & ctx.table.camp({speaker})]:
            out[-1].disputes.append(DisputeRecord(by=other, evidence=evidence(ctx, f.sent)))  # the two versions dispute
            theirs = next((c for i, c in zip(range(len(out) - 2, -1, -1), reversed(out[:-1]), strict=True) if c.by == other
                           and f.sent.idx - 8 <= where[i] <= f.sent.idx), None)  # each other
            if theirs is not None and all(d.by != speaker for d in theirs.disputes):
                theirs.disputes.append(DisputeRecord(by=speaker, evidence=evidence(ctx, f.sent)))
        if lem == "deny":
            denials.add(len(out) - 1)
            if any(t.tag_ == "VBG" and t.dep_ == "advcl" and t.lemma_.lower() in reporting_head for t in toks):
                grounded.add(len(out) - 1)  # "denied that …, saying it was a logistics base": a version of its own
        if tail is not None and tail[1] is not None and tail[1] != speaker:
            trailed.setdefault(f.sent.idx, []).append((f.verb.i, out[-1], tail[1], f.sent))
    for said in trailed.values():  # "said the strike hit a command post and denied that …, an account X disputes":
        last = max(v for v, *_ in said)  # the tail sums up what the speaker said; "said the releases were welcome
        for v, claim, by, at in said:  # but insisted that 70 were held, a figure Y denied": not what a "but" set apart
            if v == last or not any(t.lower_ in CONCESSIVE for t in at.tokens if v < t.i < last):
                claim.disputes.append(DisputeRecord(by=by, evidence=evidence(ctx, at)))
    for i, c in enumerate(out):  # "Croatia says A; Montenegro says B": each version disputed by the other side
        f_at = verb_of.get(id(c))
        rival = rivals.get((where[i], f_at[0].i)) if f_at is not None else None
        if rival is not None and all(d.by != rival for d in c.disputes):
            c.disputes.append(DisputeRecord(by=rival, evidence=c.evidence))
    answering = {s.idx for s in sents if s.idx in disputed and _answers_back(ctx, s)}  # "Y denied that."
    for f in frames:  # '"A guarantee would cost Rs 10 lakh crore. That is more than …," he said': the opening
        s0 = _quote_opening(sents, f) if f.verb.lemma_.lower() in verbs else None  # sentence is the speaker's claim
        if s0 is None or s0.idx in where:
            continue
        toks = [t for t in s0.tokens if t.text not in DOUBLE_QUOTES]
        grounds_of = refused_by.get(s0.idx - 1, set()) if s0.idx > 0 and sents[s0.idx - 1].para is s0.para else set()
        worth = _opening_worth(ctx, toks) or f.sent.idx + 1 in answering and _fact_told(toks) or bool(
            grounds_of & ctx.table.camp(f.speakers[:1])) and _asserted(ctx, toks)
        if not worth and not _none_there(toks):
            continue  # ('"Lithuania has agreed to restore traffic. This was the price …," X told Belta. Y denied that.')
        speaker = _named_speaker(ctx, f) or f.speakers[0]
        text = compact(_fit(toks), TEXT_WORDS)
        if len(text.split()) < 3:
            continue
        for i in range(len(out) - 1, -1, -1):  # "That is more than …": a comment pointing back at the claim
            if where[i] == f.sent.idx and out[i].by == speaker and out[i].claim.split()[0].lower() in ("that", "this"):
                del out[i], where[i]
        if not worth and any(out[i].by == speaker and (where[i] == f.sent.idx or s0.idx - 2 <= where[i] < s0.idx)
                             for i in range(len(out))):
            continue  # 'She said no commitment had been made. "There is no secret protocol. …," she said': "there is
            # no X" restates the denial just told, or the claim of the sentence naming its speaker: none of its own
        out.append(ClaimRecord(by=speaker, claim=text, evidence=evidence(ctx, s0)))
        where.append(s0.idx)
    framed = {f.sent.idx for f in frames if f.verb.lemma_.lower() in verbs}  # a sentence with its own report
    for f in frames:  # '"…," said Dr X. "A doctor still earns a fifth less than in 2008."': the quote goes on with a fact
        s1 = _quote_continued(sents, f, framed) if f.verb.lemma_.lower() in verbs else None
        if s1 is None or s1.idx in where:
            continue
        toks = [t for t in s1.tokens if t.text not in DOUBLE_QUOTES]
        end = next((k for k, t in enumerate(toks) if k > 0 and t.sent.start != toks[0].sent.start), len(toks))
        toks = toks[:end]
        if not _opening_worth(ctx, toks):
            continue
        text = compact(_fit(toks), TEXT_WORDS)
        if len(text.split()) >= 3:
            out.append(ClaimRecord(by=_named_speaker(ctx, f) or f.speakers[0], claim=text, evidence=evidence(ctx, s1)))
            where.append(s1.idx)
    for s in sents:  # "X blamed Y, a claim Z called 'a lie'": the main clause is the claim
        tail = tails.get(s.idx)
        if tail is None or s.idx in where:
            continue
        root = s.span.root
        who = subjects(ctx, s, root) if root.pos_ in ("VERB", "AUX") and root.i < tail[0] else []
        if not who or tail[1] is None or who[0] == tail[1] or root.lemma_.lower() in asking:
            continue  # "X demanded that …, which Z called …": a demand, which demands.py reads
        drop = {t.i for c in children_of(root) if c.dep_ in ("nsubj", "nsubjpass") for t in subtree(c)}
        toks = [t for t in s.tokens if root.i <= t.i < tail[0] and t.i not in drop]
        text = compact(_fit(toks), TEXT_WORDS)
        if len(text.split()) < 3:
            continue
        out.append(ClaimRecord(by=who[0], claim=text, evidence=evidence(ctx, s),
                               disputes=[DisputeRecord(by=str(tail[1]), evidence=evidence(ctx, s))]))
        where.append(s.idx)
    for s in sents:  # "which put the direct cost at €19m": a figure of the side's own
        raw = s.text
        if s.kind != "body" or (" at " not in raw and s.lemmas.isdisjoint(NEARER)) or (
                not any(ch.isdigit() for ch in raw) and s.lowers.isdisjoint(FRACTIONS)):
            continue  # no figure "at" (or near) anything: nothing to read, no token loop
        for who, toks in _figure_estimates(ctx, s, frames):
            nums = {t.text for t in toks if t.like_num}
            if any(where[i] == s.idx and any(n in c.claim for n in nums) for i, c in enumerate(out)):
                continue  # a said-clause already gave this figure
            text = compact(toks)
            if len(text.split()) < 3:
                continue
            mine = next((c for i, c in enumerate(out) if where[i] == s.idx and c.by == who), None)
            if mine is not None:  # "puts the number at 612 and says the union counts …": one claim, as said
                mine.claim = " ".join(f"{text} {mine.claim}".split()[:TEXT_WORDS])  # the two within the text's words
                continue
            out.append(ClaimRecord(by=who, claim=text, evidence=evidence(ctx, s)))
            where.append(s.idx)
    for s in sents:  # "rejected the union's claim that …": the union's claim, disputed by the subject (below)
        if s.kind != "body":
            continue
        for who, toks in _noun_claims(ctx, s):
            text = compact(_fit(_before_label(ctx, toks)), TEXT_WORDS)
            if len(text.split()) < 3 or any(c.by == who and c.claim == text for c in out):
                continue
            out.append(ClaimRecord(by=who, claim=text, evidence=evidence(ctx, s)))
            where.append(s.idx)
        for who, toks in _rival_figures(ctx, s):  # "Asked about UAE figures suggesting that share was nearer 25 percent"
            text = compact(toks)
            rival = next((i for i in range(len(out) - 1, -1, -1) if s.idx - 3 <= where[i] <= s.idx and not (
                ctx.table.camp({out[i].by}) & ctx.table.camp({who})) and any(ch.isdigit() for ch in out[i].claim)), None)
            if len(text.split()) < 3 or rival is None or any(c.by == who and c.claim == text for c in out):
                continue  # (a counter-figure answers a figure another side gave just before)
            out[rival].disputes.append(DisputeRecord(by=who, evidence=evidence(ctx, s)))
            out.append(ClaimRecord(by=who, claim=text, evidence=evidence(ctx, s),
                                   disputes=[DisputeRecord(by=out[rival].by, evidence=evidence(ctx, s))]))
            where.append(s.idx)
    # disputes
    charges = _vocab(ctx, "accusation_nouns")
    accusing = _vocab(ctx, "accusing_verbs")
    accused_in = {s.idx for s in sents if s.kind == "body" and any(
        t.pos_ == "VERB" and t.lemma_.lower() in accusing for t in s.tokens)}  # "The minority accused the government of …"
    spoke_in: dict[int, set[str]] = {}
    for f in frames:
        spoke_in.setdefault(f.sent.idx, set()).update(ctx.table.camp(f.speakers))
    for s in sents:
        if s.kind != "body":
            continue
        low = s.text.lower()
        for tok0 in s.tokens if _may_dispute(ctx, s) else ():
            if s.idx in tails and tok0.i > tails[s.idx][0]:
                continue  # already attached to the claim it trails
            hit, tok = _dispute_verb(ctx, s, tok0, low)
            if not hit:
                continue
            who = _who_disputes(ctx, s, tok) or _accused_denier(ctx, sents, s, tok, charges, accusing, accused_in)
            if not who:
                continue
            best = None
            said = {t.lemma_.lower() for t in s.tokens if t.i > tok.i and t.pos_ in ("NOUN", "VERB", "PROPN")
                    and len(t.lemma_) >= 5}
            echo = {t.lemma_.lower() for t in s.tokens if t.i > tok.i and t.pos_ in ("NOUN", "VERB") and len(t.lemma_) >= 5
                    and not t.is_stop} - objs  # what the denial says in its own words (a name tells who, not what)
            charge = any(c.dep_ == "dobj" and c.lower_ in charges for c in children_of(tok))
            clause = next((c for c in children_of(tok) if c.dep_ == "ccomp"), None) \
                if tok.lemma_.lower() in _c else None  # "denied that X": X, in its own words; not "said the claim was
            own = clause is not None and not any(w.lower_ == "such" for w in subtree_of(clause)) and (  # false",
                clause.tag_ in FINITE or any(c.dep_ in ("aux", "auxpass") for c in children_of(clause))) and not any(
                c.dep_ == "nsubj" and c.lower_ in ANAPHORS - {"it"} and c.i < clause.i for c in children_of(clause))  # "any such";
            # a finite clause of its own: "rejects that reading", "disputes that figure" (parsed as clauses) point back
            # "… accused the government of squeezing the operator. George denied the charge": the charge is that
            # accusation's, even when its accuser is no actor (then nothing is disputed), never an earlier claim's
            charged_at = next((k for k in range(s.idx - 1, s.idx - 4, -1) if k in accused_in), None) if charge else None
            back = s.idx in answering  # "Y denied that.": the claim just before, in reading order, and no other
            side = ctx.table.camp(who[:1])  # the disputer and the body it speaks for
            whose = _disputed_owner(ctx, s, tok, objs)
            order = sorted(range(len(out)), key=lambda i: (where[i], i), reverse=True) if back else range(len(out) - 1, -1, -1)
            for i in order:
                if where[i] > s.idx:
                    continue
                c = out[i]
                if c.by == who[0] or who[0] in ctx.table.actors and c.by in ctx.table.actors[who[0]].affiliations \
                        or c.by in ctx.table.actors and who[0] in ctx.table.actors[c.by].affiliations:
                    continue  # nobody disputes their own camp's claim
                if whose is not None and not whose(c, sents[where[i]]):
                    continue  # "rejected the opposition's figure": the opposition's claim, no other side's
                if back:
                    best = i if s.idx - where[i] <= 3 else None
                    break
                if charged_at is not None and where[i] != charged_at:
                    if where[i] < charged_at:
                        break  # past the accusation the charge names: no earlier claim is it
                    continue
                named = who[0].lower()[:4] in c.claim.lower()
                if s.idx - where[i] > 8:  # far back only when it names the disputer and the denial echoes it
                    if named and any(w in c.claim.lower() for w in said):  # "accused Serbia of sheltering …" … "Serbia denies sheltering …"
                        best = i
                        break
                    continue
                # a denial that says what it denies in its own clause disputes a claim of the sentence just before
                # it where another side spoke ("X said the releases flooded 60 villages. Ethiopian officials deny that
                # the dam was to blame"), or one echoing it (a word from the three sentences before, two from further
                # back): "denied that the White House intended to weaken the court" is no dispute of the claim on
                # taxes in its own official's sentence
                shared = sum(w in c.claim.lower() for w in echo)
                next_to = s.idx - where[i] == 1 and not side & spoke_in.get(where[i], set())
                need = 0 if next_to else 1 if s.idx - where[i] <= 3 else 2
                if best is None and (not own or shared >= need):
                    best = i
                if own and echo and not shared and not _named_as_doer(ctx, sents[where[i]], side):
                    continue  # "denied that any formal offer had been made" names what it denies: a claim that only
                    # names the denier ("PIF fully cooperated with the Italian authorities") is not it; one telling
                    # what the denier did is ("said Authority forces had detained 43 … denied anyone was arrested")
                if named or not (where[i] < s.idx and side & spoke_in.get(where[i], set())) and any(  # its side named there, not as its
                        ctx.table.at(sents[where[i]].para, t.i) in side for t in sents[where[i]].span):  # speaker: "A U.S.
                    best = i  # official said Washington would …, which the EU has said are a separate matter" is not
                    break  # the US's target; "the army said the rebels had seized …" is the rebels' leader's
            if best is not None:
                c = out[best]
                for name in _voices(ctx, who[0], c.by):
                    if all(d.by != name for d in c.disputes):
                        c.disputes.append(DisputeRecord(by=name, evidence=evidence(ctx, s)))
                mine = ctx.table.camp({who[0]})
                for j, other in enumerate(out):  # "the Taliban disputed that account, saying 17 civilians died": the
                    if where[j] == s.idx and j != best and (other.by in mine or other.by == who[0]) \
                            and all(d.by != c.by for d in other.disputes):  # counter-claim is disputed by the first claimant
                        other.disputes.append(DisputeRecord(by=c.by, evidence=evidence(ctx, s)))  # (the gold's convention,
                        # the owner's too: two versions of one event dispute each other)
                if tok.lemma_.lower() == "deny":
                    answered.add(s.idx)
    _no_such_disputes(ctx, frames, verbs, out, where)
    # a denial that answers an earlier claim is that claim's dispute, not a claim of its own
    kept = [c for i, c in enumerate(out) if not (i in denials and where[i] in answered and i not in grounded)]
    # (a denial that goes on "saying it was an army logistics base" gives the side's own version: kept)
    kept = _one_charge(kept, verb_of)
    for c in kept:
        c.claim = glue(c.claim, c.evidence.text)
    return kept
