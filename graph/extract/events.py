"""Events typed by PLOVER from trigger words (graph/data/events.json ``event_triggers``).

A verb trigger takes its subject as source and its objects as targets; a noun trigger ("talks",
"strikes") takes its possessor/modifier actors or, when it is the object of a light verb ("held
talks", "issued threats"), that verb's subject. Material acts under a modal, negation, condition or
intention ("would step up strikes", "attempting to seize") are not events that happened.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from spacy.symbols import AUX, NOUN, PROPN, VERB

from graph.extract.actors import closes_region_adjective
from graph.extract.claims import content_lemmas, denied_content, disputers
from graph.extract.common import (
    FINITE,
    FIRST_PERSON,
    FIRST_PERSON_OBJECTS,
    OFFER_MODALS,
    Context,
    compact,
    evidence,
    key_heads,
    kind_word,
    member_words,
    objects,
    set_off_participle,
    subjects,
    subtree,
)
from graph.extract.dates import (
    ABBREVIATIONS,
    MONTHS,
    RE_REL,
    RE_WEEKDAY,
    RE_WEEKEND,
    WEEKDAYS,
    anchored_day,
    coarse_time,
    find_dates,
    nearest_date,
    stand_in,
)
from graph.extract.demands import deadline_parts
from graph.extract.paragraphs import Sentence, children_of, subtree_of, tokens_of
from graph.extract.positions import is_proviso
from graph.extract.speech import QUOTES
from graph.records import EventRecord

LIGHT_VERBS = {"hold", "have", "conduct", "make", "issue", "launch", "carry", "announce", "declare", "stage",
               "begin", "open", "start", "pay", "attend", "host", "chair", "resume", "end", "complete", "sign"}
MODALS = {"would", "will", "could", "might", "may", "should", "must", "can", "shall"}
INTENT = {"attempt", "try", "intend", "want", "plan", "threaten", "seek", "prepare", "ready", "aim", "expect", "hope", "decline",
          "vow", "pledge", "promise", "agree", "refuse", "continue", "keep", "hop",  # "hop": spaCy's lemma of "hoped"
          "offer", "propose", "move", "fail", "commit"}
# "offered to host talks": the talks are not held; "moved to shore up the talks": an attempt; "failed to deliver": not done
REALIS_TYPES = {"AGREE", "ASSAULT", "COERCE", "SANCTION", "RETREAT", "MOBILIZE", "CONSULT", "CONCEDE", "PROTEST", "AID", "COOPERATE"}
HYPOTHETICAL = {"threatened", "proposed", "planned", "potential", "possible", "future", "expected", "new"}
# "the committee's next meeting is scheduled for February": not one that happened; but "the next meeting took place on
# Monday" did (a past verb over the noun tells it)
COMING = {"next", "upcoming", "scheduled", "slated"}
ALLEGING = {"accuse", "blame", "charge", "suspect", "deny", "arrest", "detain", "jail", "convict", "sentence", "indict",
            "prosecute", "punish"}  # "accused X of surrendering land": an allegation
DENIALS = {"deny", "dismiss", "reject", "dispute", "contest"}
REQUESTS = {"urge", "call", "ask", "press", "want", "demand", "appeal", "require", "order", "tell"}
ASKED_OR_MEANT = REQUESTS | INTENT  # built once: read per child token in irrealis() and per noun in extract_events()
LOC_PREPS = {"in", "at", "to", "into", "near", "over", "on", "across", "from", "around", "outside", "inside",
             "off", "along", "within", "toward", "towards", "through"}


SETTING_PREPS = {"after", "before", "since", "following", "amid", "despite", "over"}  # time or cause of another act
AIMS = {"ASSAULT", "COERCE", "RETREAT", "MOBILIZE", "AID", "SANCTION", "COOPERATE", "CONCEDE", "AGREE"}
CARRIED_ON = {"continue", "keep", "attempt", "try"}  # "continued their hunger strike", "tried to hack": done, not meant
NOT_DONE = MODALS | {"not", "n't", "to"}  # an auxiliary that keeps a carried-on verb from telling the act
WARNING_AUX = MODALS | {"'ll", "wo", "ca"}  # "warned that X will/won't/can't …": what the speaker's side would do
UNDONE_AUX = MODALS | {"wo", "'ll", "to"}  # an act still to come ("would not conclude", "to close")


def _carried_on(verb: Any) -> bool:
    """An intent verb that reports the act itself: "continued shelling", "kept up the strike" (any tense but a
    future), "attempted to assassinate" (told in the past: PLOVER codes the attempt as the act)."""
    if verb.lemma_ not in CARRIED_ON or any(c.dep_ in ("aux", "neg") and c.lower_ in NOT_DONE
                                             for c in children_of(verb)):
        return False
    return verb.lemma_ in ("continue", "keep") or verb.tag_ in ("VBD", "VBN")


def irrealis(tok: Any, typ: str = "") -> bool:
    if any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none") or c.pos_ not in ("PROPN", "NUM") and any(
            d.dep_ == "det" and d.lower_ == "no" for d in children_of(c))) for c in children_of(tok)):  # not "No 10 said"
        return True  # "no official had met anyone", "no one was detained": the act did not happen
    t = tok
    for _ in range(6):
        for c in children_of(t):
            if c.dep_ == "aux" and c.lower_ in MODALS or c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in ("if", "unless")):
                return True
        if t.dep_ == "relcl" and t.tag_ == "VBD" and any(c.dep_ == "nsubj" and c.lower_ not in ("who", "which", "that")
                                                         for c in children_of(t)) and any(
                c.dep_ == "dobj" and c.lower_ in ("which", "that") or c.dep_ == "prep" and any(
                    g.lower_ in ("which", "whom") for g in children_of(c)) for c in children_of(t)):
            break  # "reopen the checkpoint, which Bangkok closed": a past deed with its own doer, whatever is asked
            # around it ("an order in which the judge restrained the unions"; not "would mark the day Israel agreed")
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(t)) and (t.dep_ == "advcl" and (
                typ in AIMS or t.head.lemma_ in INTENT) or any(
                c.dep_ == "mark" and c.lower_ == "for" for c in children_of(t)) or t.head.lower_ == "for"):
            return True  # "met Reyes to coordinate", "a proposal for Rwandan forces to withdraw": an aim, not an act
            # ("telephoned X to discuss", "began a hunger strike to protest": the aim names the act itself)
        if (t.dep_ == "xcomp" and (t.head.lemma_ in INTENT and not _carried_on(t.head) or t.head.lemma_ in REQUESTS)) or (
                t.dep_ == "ccomp" and t.head.lemma_ in REQUESTS and (t.head.lemma_ != "tell" or t.tag_ == "VB")):
            return True  # "told reporters that soldiers beat …" reports a fact; "told them to leave" asks
        if t.dep_ == "acl" and t.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(t)):
            return True  # "refusal to accept", "plans to attack": the noun's aim, not an act
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(t)) and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and c.lemma_ in ASKED_OR_MEANT for c in children_of(t)):
            return True  # "backed the call for the increase to be withdrawn": the parser makes the call the subject
        if (t.dep_ == "ccomp" and any(c.dep_ == "dobj" and c.lemma_ in REQUESTS for c in children_of(t.head))) or (
                t.dep_ == "acl" and t.head.pos_ == "NOUN" and t.head.lemma_ in REQUESTS):
            return True  # "reiterated its demand that Israel ease …": what is demanded
        if t.dep_ in ("pcomp",) and t.head.head is not None and t.head.head.lemma_ in INTENT | ALLEGING:
            return True
        if t.dep_ == "ccomp" and t.head.tag_ == "VBG" and t.head.lemma_ in ("claim", "allege", "charge"):
            return True  # "accused Chisinau of blackmail, claiming that the government was withholding gas": the charge
        if t.dep_ == "pcomp" and t.head.lower_ == "from" and t.tag_ == "VBG":
            return True  # "restrained the unions from striking", "refrained from attacking": kept from the act
        if t.dep_ == "pcomp" and t.head.lower_ == "of" and t.head.head.dep_ == "dobj" and t.head.head.head.lemma_ in ALLEGING:
            return True  # "accused Armenian troops of firing first": the alleged act
        if t.dep_ == "advcl" and t.tag_ == "VBG" and t.head.lemma_ in ALLEGING and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pcomp" for g in children_of(c)) for c in children_of(t.head)):
            return True  # "accused X of attacking a village, killing four": the parser hangs the rest of the charge on "accused"
        if t.dep_ == "ccomp" and t.head.lemma_ in INTENT and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(t)):
            return True  # "expects Hamas to release the hostages": what is wished, not done
        if t.dep_ in ("xcomp", "ccomp") and t.head.lemma_ in DENIALS:
            return True  # "denied carrying out the raid": the denied act
        if t.dep_ in ("acl", "ccomp") and t.head.pos_ == "NOUN" and t.head.dep_ == "dobj" and t.head.head.lemma_ in DENIALS:
            return True  # "disputed the claim that it had closed the crossing": the act denied
        if t.head.i == t.i or t.dep_ in ("ROOT",):
            break
        t = t.head
    return False


def _proviso(t: Any, provisos: frozenset[str]) -> bool:
    """The clause is a proviso: "provided (that) X dropped its threat" (the parser hangs it on a subjectless
    "provided", a conjunction here, not a verb; ``provisos``: the lexicon's ``proviso_marks``), "for as long as
    the tariff remained", "on condition that the posts apply the code"."""
    h = t.head
    if t.dep_ in ("ccomp", "advcl") and h.lower_ in provisos and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(h)):
        return True
    if t.dep_ == "advcl" and h.lower_ == "long" and any(c.dep_ == "mark" and c.lower_ == "as" for c in children_of(t)):
        return True
    return t.dep_ in ("acl", "ccomp") and h.lemma_.lower() == "condition" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in children_of(t))


def in_condition(tok: Any, provisos: frozenset[str]) -> bool:
    """Inside an "if"/"unless" clause ("unless Serbia apologises") or an "until"/"once" clause in the present
    ("until India cooperates") or a proviso (``_proviso``; ``provisos``: the lexicon's ``proviso_marks``): a condition
    or an act still to come, no event of any type."""
    t = tok
    for _ in range(6):
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in children_of(t)):
            return True
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("until", "till", "once", "before") for c in children_of(t)) \
                and (t.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in children_of(t))):
            return True  # "opposed reinstating them until India cooperates", "once the deal is ratified": still to come
        if t.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "whether" for c in children_of(t)):
            return True  # "has not said whether it will accept": an open question
        if t.dep_ == "pcomp" and t.head.lower_ == "without":
            return True  # "ended the talks without agreeing": what did not happen
        if _proviso(t, provisos) or _after_proviso(t, provisos):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _after_proviso(t: Any, provisos: frozenset[str]) -> bool:
    """``t`` is the proviso word after a comma that opens a clause, or that clause's finite verb: ", provided the
    EU withdraws its appeal request" (the parser may read "provided" as a verb taking "the EU" as its object and
    join "withdraws" to the main clause); not "…, provided the EU with funds" (no finite verb follows)."""
    toks = tokens_of(t.doc)
    if t.lower_ in provisos:
        if t.i == 0 or toks[t.i - 1].text not in (",", "\u2014", "\u2013"):
            return False
        for j in range(t.i + 1, min(len(toks), t.i + 9)):
            w = toks[j]
            if w.tag_ in ("VBZ", "VBP", "MD") or w.tag_ == "VBD" and j > t.i + 1:
                return True
            if w.is_punct:
                return False
        return False
    if t.tag_ not in ("VBZ", "VBP", "VBD") or t.pos_ not in ("VERB", "AUX"):
        return False
    for j in range(t.i - 1, max(-1, t.i - 9), -1):
        w = toks[j]
        if w.lower_ in provisos:
            return _after_proviso(w, provisos)
        if w.is_punct or w.pos_ in ("VERB", "AUX") or w.is_sent_start:
            return False
    return False


def _denied_report(ctx: Context, sents: list[Sentence], k: int, tok: Any, src: list[str],
                   speakers: dict[int, list[str]] | None) -> bool:
    """An act of ``src`` told only inside another side's report, which ``src``'s side denies in the next sentence:
    "Belarus's spokesman said Lithuania had agreed to reopen two crossings. Lithuania's prime minister denied
    that." It is the reporter's claim (claims.py), not an act the article asserts. Not one's own side's report
    ("Putin claimed Russian forces had taken Pokrovsk") nor one nobody answers."""
    v = tok
    while v.dep_ in ("conj", "xcomp") and v.head.i != v.i:
        v = v.head
    said = _reporting_head(ctx, v)
    s = sents[k]
    if said is not None:
        reporter = subjects(ctx, s, said)
    elif v.dep_ == "ROOT" and (s.text.lstrip()[:1] or "x") in QUOTES:  # '"Lithuania has agreed to …," X told Belta'
        reporter = list((speakers or {}).get(s.idx) or [])
    else:
        return False
    mine = ctx.table.camp(src)
    if not reporter or set(reporter) & mine or ctx.table.camp(reporter) & mine:
        return False
    # the denial follows, after the rest of a quote that goes on in the paragraph ('… This was the price," X said.')
    nxt = [x for j, x in enumerate(sents[k + 1:k + 3]) if x.kind == "body" and (j == 0 or sents[k + 1].para is s.para)]
    own = content_lemmas(subtree_of(tok))
    return any(ctx.table.camp(disputers(ctx, x)) & mine and _denies_it(ctx, x, own) for x in nxt)


def _denies_it(ctx: Context, x: Sentence, own: set[str]) -> bool:
    """A denial in ``x`` answers the act whose content words are ``own`` unless the clause it denies shares none
    of them: "… had agreed to exchange prisoners. Lithuanian officials denied that Vilnius would pay any
    compensation" denies another thing; "denied that any new contracts had been signed" restates the report."""
    denied = denied_content(ctx, x)
    return denied is None or not own or bool(denied & own)


def _held_on_terms(s: Sentence, tok: Any, provisos: frozenset[str]) -> bool:
    """A "would"/"will" act the side makes hang on a proviso after it, anywhere later in the sentence: "would agree
    to full coverage provided Kiribati trained observers", "would accept the offer as long as / on condition that
    the company kept …" (wherever the parser hangs the phrase). Terms set, no agreement yet."""
    if not any(c.dep_ == "aux" and c.lower_ in OFFER_MODALS for c in children_of(tok)):
        return False
    end = s.span.end
    doc_toks = tokens_of(tok.doc)
    for t in doc_toks[tok.i + 1:end]:
        if is_proviso(t, provisos):
            return True  # "provided Kiribati trained …"
        if t.lower_ == "long" and t.i > 0 and doc_toks[t.i - 1].lower_ in ("as", "so") and t.i + 1 < end \
                and doc_toks[t.i + 1].lower_ == "as" and _clause_follows(doc_toks, t.i + 2, end):
            return True  # "as long as the company kept …" (not "a row that lasted as long as a decade")
        if t.lower_ == "condition" and t.i + 1 < end and doc_toks[t.i + 1].lower_ == "that" \
                and _clause_follows(doc_toks, t.i + 2, end):
            return True  # "on condition that"
    return False


def _clause_follows(doc_toks: list[Any], start: int, end: int) -> bool:
    """A finite verb within the next few words, before any punctuation: terms are a clause ("as long as the company
    kept its pledges"), a length is not ("lasted as long as a decade, officials said")."""
    for t in doc_toks[start:min(end, start + 8)]:
        if t.is_punct:
            return False
        if t.tag_ in FINITE:
            return True
    return False


COMMON_HEADS = {"national", "united", "international", "federal", "central", "general", "supreme", "global", "european",
                "african", "american", "asian", "arab", "islamic", "democratic", "popular", "people's", "peoples", "royal",
                "state", "world", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "council",
                "ministry", "office", "department", "committee", "association", "union", "federation", "group", "party",
                "front", "movement", "alliance", "coalition", "congress", "assembly", "bank", "court", "army", "forces"}
ENDINGS = {"end", "conclude", "close", "wrap", "finish", "break", "culminate", "result"}  # "talks ended with a deal"
MAX_LABEL = 20  # words: the scorer reads no label longer
BODY_KINDS = {"company", "firm", "group", "government", "union", "ministry", "agency", "council", "bank", "operator",
              "carrier", "administration", "party", "movement", "federation", "association", "coalition", "alliance"}
DOCUMENTS = {"statement", "communique", "communiqué", "letter", "declaration", "note", "release", "message", "notice",
             "memo", "post", "video", "broadcast"}  # issued by someone; a resolution or report says, it does not act
ANAPHORIC_POSS = {"its", "their", "his", "her"}  # "its threat", "their meeting": an act named again by its doer's pronoun
FUTURE = {"will", "shall", "'ll", "wo"}  # "wo" is the "wo n't" of "won't"
WILLING = {"willing", "prepared", "ready", "determined", "about"}  # "is about to restore ties": announced, imminent
COOPERATIVE = {"AID", "RETREAT", "CONSULT", "COOPERATE", "CONCEDE", "SUPPORT", "AGREE"}
HOSTILE = {"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE", "THREATEN"}
PLEDGES = {"promise", "pledge", "vow", "swear", "commit"}


def _reporting_head(ctx: Context, v: Any) -> Any | None:
    """The reporting verb whose clause ``v`` is: "said (that) X would …", and the second of two reported clauses,
    "said the quota was a first step and that the union would mobilise …" (the parser makes it a conjunct)."""
    if v.dep_ == "ccomp" and v.head.lemma_.lower() in ctx.lex.reporting:
        return v.head
    if v.dep_ == "conj" and v.head.dep_ == "ccomp" and v.head.head.lemma_.lower() in ctx.lex.reporting and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in children_of(v)):
        return v.head.head
    return None


def _future_clause(ctx: Context, s: Sentence, tok: Any) -> Any | None:
    """The verb carrying a future of intent for ``tok`` ("Israel will evacuate", "said it would meet",
    "is willing to withdraw"), or None. Weaker modals (could, may, should, must) are no commitment."""
    v = tok
    while v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX") and v.head.i < v.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in children_of(v)):
        v = v.head
    auxes = {c.lower_ for x in (v, tok) for c in children_of(x) if c.dep_ == "aux"}
    # (tok's too: "said it was ready to talk but would not accept …": the conjunct's own auxiliary tells its future)
    if auxes & (MODALS - FUTURE - {"would"}):
        return None
    if auxes & FUTURE or ("would" in auxes and _reporting_head(ctx, v) is not None):
        return v
    if v.dep_ == "xcomp" and v.head.lower_ in WILLING and v.head.head.lemma_ == "be":
        return v.head.head
    return None


def _left_open(tok: Any) -> Any | None:
    """The "rule out" a side refuses to make ("declined / refused to rule out X", "did not / would not rule out X"),
    or None."""
    def rule_out(v: Any) -> bool:
        return v.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in children_of(v))
    if rule_out(tok) and any(c.dep_ == "neg" or c.lower_ == "never" for c in children_of(tok)):
        return tok
    if tok.lemma_.lower() in ("decline", "refuse"):
        return next((c for c in children_of(tok) if c.dep_ == "xcomp" and rule_out(c)), None)
    return None


def _open_question(verb: Any) -> bool:
    """What is not ruled out is a clause: "did not rule out that the leaders would meet": a possibility, no move."""
    return any(c.dep_ == "ccomp" for c in children_of(verb))


def _none_such(noun: Any) -> bool:
    """The noun is denied outright: "no veto", "no power of veto", "no right of appeal" (its own "no", or that of
    the noun it is "of")."""
    def no(n: Any) -> bool:
        return any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in children_of(n))
    return no(noun) or noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" and no(noun.head.head)


def _nothing_object(tok: Any) -> bool:
    """What the act takes is nothing: "accept nothing", "agree to nothing", "sign off on nothing"."""
    return any(c.dep_ == "dobj" and c.lower_ in ("nothing", "none") or c.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.lower_ in ("nothing", "none") for g in children_of(c)) for c in children_of(tok))


def commitment(ctx: Context, s: Sentence, tok: Any, typ: str) -> tuple[str, Any] | None:
    """PLOVER codes an actor's stated intention by what it promises: a future cooperative act
    ("Israel will evacuate …", "said it would meet …") is AGREE, a hostile one or one made to hang on
    the other side ("will withdraw … unless …") THREATEN, a refused one ("will not accept") REJECT.
    Only the actor's own word counts: a future another actor predicts ("X said Y will …") is none. "NONE": a
    promise of nothing in particular ("would back any solution"), no event at all."""
    if tok.pos_ != "VERB" or tok.dep_ in ("amod", "relcl", "acl", "advcl", "pcomp"):
        return None
    v = _future_clause(ctx, s, tok)
    if v is None:
        return None
    said = _reporting_head(ctx, v)
    if said is not None:
        subj = [c for c in children_of(v) if c.dep_ in ("nsubj", "nsubjpass")]
        reporter = subjects(ctx, s, said)
        own = [a for c in subj for a in ctx.table.resolve(s.para, c)]
        if reporter and not (ctx.table.camp(reporter) & set(own)) and not any(c.pos_ == "PRON" for c in subj) and not _own_members(v) \
                and not (not own and any(c.pos_ == "NOUN" and _speaks_for(ctx, s, said, c, reporter) for c in subj)) \
                and not _official_state(ctx, own, reporter) and not _titled_by(ctx, s, said, reporter, set(own)):
            return None  # a minister speaks for the state he serves: "Fidan said Ankara would not …" is Ankara's word
            # (and "Vance said the administration would impose …": his own body, named by description; "CSA board
            # chair X said the board would not …": the body in his title)
    elif v.dep_ not in ("ROOT", "conj", "xcomp", "ccomp", "parataxis"):
        return None
    negated = any(c.dep_ == "neg" for c in (*children_of(tok), *children_of(v)))
    marks = {m.lower_ for c in (*children_of(tok), *children_of(v)) if c.dep_ == "advcl" for m in children_of(c) if m.dep_ == "mark"}
    if negated or _nothing_object(tok):
        return ("REJECT", v) if typ in COOPERATIVE else None  # "would accept nothing short of a referendum", "would
        # agree to nothing while …", "would sign off on nothing"
    if typ in COOPERATIVE and any(c.dep_ == "dobj" and any(d.lower_ in ("any", "whatever") for d in children_of(c))
                                  for c in children_of(tok)):
        return "NONE", v  # "would back any solution acceptable to the parties": no step of its own promised
    if typ in HOSTILE or "unless" in marks:
        return "THREATEN", v
    if marks & {"if", "once", "when", "until", "provided"}:
        return None  # "would release the hostages only if …": a conditional offer, a demand in disguise
    return ("AGREE", v) if typ in COOPERATIVE else None


AMOUNTS = {"million", "billion", "trillion", "$", "€", "£", "dollars", "euros", "pounds"}
Rule = tuple[frozenset[str], frozenset[str], str, "str | None", frozenset[str]]


def _rules(raw: dict[str, Any]) -> list[Rule]:
    """events.json ``object_rules`` (plus giving verbs + aid objects → AID), ready to match. A rule with ``preps``
    reads the objects of those prepositions instead of the verb's own ("came back with a revised figure")."""
    out: list[Rule] = [(frozenset(r["verbs"]), frozenset(r["objects"]), r["type"], r.get("mode"), frozenset(r.get("preps", [])))
                       for r in raw.get("object_rules", [])]
    out.append((frozenset(raw.get("giving_verbs", [])), frozenset(raw.get("aid_objects", [])), "AID", None, frozenset()))
    return out


EARLIER = {"earlier", "previous", "original", "old", "initial", "prior", "last", "first", "former"}


def _this_week(verb: Any) -> bool:
    """The verb's own phrase dates it in the story's week ("tabled on Thursday", "circulated late on Tuesday",
    "put forward last week"), not a month or a season before ("presented by Fiji in May")."""
    text = " ".join(t.text for c in children_of(verb) if c.dep_ in ("prep", "npadvmod") and c.i > verb.i for t in subtree_of(c))
    return bool(RE_WEEKDAY.search(text) or RE_REL.search(text) or RE_WEEKEND.search(text))


def _first_half(tok: Any) -> Any | None:
    """"counter-offer", "side-letter": the word before the hyphen when the tokenizer split a hyphenated word at
    ``tok``, else None."""
    return tokens_of(tok.doc)[tok.i - 2] if tok.i > 1 and tokens_of(tok.doc)[tok.i - 1].text == "-" else None


def _object_rule(tok: Any, rules: list[Rule]) -> tuple[str, str | None] | None:
    """What a verb does to its object decides the category: "imposed a curfew" is COERCE, "lifted the
    blockade" RETREAT, "sent troops" MOBILIZE. The object's head noun, its compound or amod, or its
    "of" phrase ("5 million dollars of aid") must be one of the rule's objects; a rule with prepositions reads
    their objects instead ("came back with a revised offer")."""
    if tok.pos_ != "VERB":
        return None
    lem = tok.lemma_.lower()
    objs = [tok.head if c.lower_ in ("which", "that") and tok.dep_ == "relcl" else c  # "the checkpoint, which X
            for c in children_of(tok) if c.dep_ in ("dobj", "nsubjpass")]  # closed": the relative's antecedent is the object
    if not objs:  # "has called an informal plenary": the parser may take the object for a predicate
        objs = [c for c in children_of(tok) if c.dep_ == "oprd" and c.pos_ == "NOUN"]
    objs += [o for c in children_of(tok) if c.dep_ == "ccomp" and any(g.dep_ == "dobj" and g.lower_ == "what" for g in children_of(c))
             for g in children_of(c) for o in ((g,) if g.dep_ == "oprd" else (x for x in children_of(g) if x.dep_ == "pobj")
                                           if g.dep_ == "prep" and g.lower_ == "as" else ())]
    # "tabled what he called an amended version", "put forward what it describes as a final offer": the thing named
    if lem in ENDINGS:  # "the talks ended with an agreement to meet again": what they ended with
        objs += [g for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in ("with", "in") for g in children_of(c) if g.dep_ == "pobj"]
    put_forward = tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN" and (
        tokens_of(tok.doc)[tok.i - 1].text == "," or _this_week(tok)) and not any(c.lower_ in EARLIER for c in children_of(tok.head))
    # ("the revised version tabled on Thursday": the week's news); not "the plan presented by the US (in May)", "an earlier offer"
    bare_relative = tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" and not any(
        c.dep_ in ("dobj", "nsubjpass") for c in children_of(tok)) and any(
        c.dep_ == "nsubj" and c.lower_ not in ("which", "that", "who") for c in children_of(tok)) and not any(
        c.lower_ in EARLIER for c in children_of(tok.head))  # not "the earlier offer Fiji made": told again, not news
    put_forward = put_forward or bare_relative  # "the revised offer the company put on the table on Sunday"
    if put_forward:  # "The revised offer, tabled by the airline on Wednesday, raises …": the participle's noun is what
        objs.append(tok.head)  # was put forward (only a proposing rule reads it so: "the curfew imposed" is background)
    prep_objs = [(c.lower_, g) for c in children_of(tok) if c.dep_ == "prep" for g in children_of(c) if g.dep_ == "pobj"]
    if not objs and not prep_objs:
        return None
    for verbs, nouns, typ, mode, preps in rules:
        if lem not in verbs or put_forward and mode != "propose":
            continue
        for c in [g for p, g in prep_objs if p in preps] if preps else objs:
            words = {c.lemma_.lower(), c.lower_}
            words |= {w for g in children_of(c) if g.dep_ in ("compound", "amod", "nummod", "appos") for w in (g.lemma_.lower(), g.lower_)}
            # ("the Aral Crest, a tanker, was boarded": the appositive says what the named object is)
            half = _first_half(c)
            if half is not None:  # "side-letter", "counter-offer": the hyphenated word as written
                words.add(f"{half.lower_}-{c.lower_}")
            words |= {w for pp in children_of(c) if pp.dep_ == "prep" and pp.lower_ == "of"
                      for g in children_of(pp) if g.dep_ == "pobj" for w in (g.lemma_.lower(), g.lower_)}
            words |= {w for pp in children_of(tok) if pp.dep_ == "prep" and pp.lower_ == "as"  # "appointed X as arbitrator"
                      for g in children_of(pp) if g.dep_ == "pobj" for w in (g.lemma_.lower(), g.lower_)}
            if c.like_num or c.lower_ in AMOUNTS:  # "$40 million in humanitarian aid": the amount's "in" phrase says of what
                words |= {w for pp in children_of(c) if pp.dep_ == "prep" and pp.lower_ in ("in", "of")
                          for g in children_of(pp) if g.dep_ == "pobj" for w in (g.lemma_.lower(), g.lower_)}
            if words & nouns:
                return typ, mode
    return None


LINKS = {"nsubj", "nsubjpass", "dobj", "xcomp", "advcl", "compound", "acl", "pobj", "prep", "relcl"}


def _clause(tok: Any) -> Any:
    """The verb heading the clause a token belongs to (a reported clause or a coordinated one with
    its own subject is a clause of its own)."""
    t = tok
    for _ in range(12):
        if t.head.i == t.i or t.dep_ in ("ccomp", "parataxis", "relcl", "advcl") or (
                t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(t))):
            return t
        t = t.head
    return t


def _linked(a: Any, b: Any) -> bool:
    """Two triggers of one act: one is (up to three steps) the other's subject, object or purpose
    ("Turkish drones struck", "took part in talks", "marched to demand … and blocked the entrance"),
    or a coordinated verb sharing its subject."""
    for x, y in ((a, b), (b, a)):
        t = x
        for _ in range(3):
            if t.head.i == t.i or not (t.dep_ in LINKS or (
                    t.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(t)))):
                break
            t = t.head
            if t.i == y.i:
                return True
    return False


def _rebuttal(verb: Any, disputables: set[str]) -> bool:
    """A refusal that rebuts a statement ("denied the report and accused the troops of firing first", "rejected the
    allegation and accused …"): it and the charge told with it are one rebuttal. Turning down anything else
    ("rejected the inspection proposal and accused the Pentagon of spying", "rejected the boycott threat and accused
    the association of spreading misinformation") and making a charge are two acts."""
    if verb.pos_ != "VERB":
        return True
    objs = [c for c in children_of(verb) if c.dep_ == "dobj"]
    if not objs:
        return verb.lemma_.lower() in DENIALS
    return any(c.lemma_.lower() in disputables or c.lower_ in disputables or c.lower_ in ("it", "this", "that", "them")
               for c in objs)


def _siblings(a: Any, b: Any) -> bool:
    """Two triggers hanging on one verb, its object and its participle ("issued an ultimatum, threatening to shut …"):
    one act told twice (the caller checks they are of one type)."""
    return a.head.i == b.head.i and a.head.i not in (a.i, b.i) and a.head.pos_ in ("VERB", "AUX") and {
        a.dep_, b.dep_} <= {"dobj", "advcl", "xcomp"} and a.dep_ != b.dep_


def _cannot(tok: Any) -> bool:
    """"could not accept", "cannot endorse": a refusal, not a failure to agree together ("could not agree")."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() != "agree" and any(c.dep_ == "neg" for c in children_of(tok)) and any(
        c.dep_ == "aux" and c.lower_ in ("can", "could", "ca") for c in children_of(tok))


BELIEVING = {"accept", "believe", "buy", "recognise", "recognize", "acknowledge", "share"}  # taking a claim as true


def _disbelieved(tok: Any, claims: set[str]) -> bool:
    """"do not accept that account", "did not accept the figure": a statement of fact refused is disputed (REJECT),
    where "has not yet accepted the offer" is a step still awaited."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in BELIEVING and any(c.dep_ == "neg" for c in children_of(tok)) and not any(
        c.lower_ == "yet" for c in children_of(tok)) and any(c.dep_ == "dobj" and c.lemma_.lower() in claims for c in children_of(tok))


def _historical(tok: Any, own: list[Any], published: Any) -> bool:
    """An event the article recalls, not reports: "last"/"previous" on its trigger ("the last strike", "last
    held talks"), or a year named in its own phrase two or more years before publication."""
    heads = [tok, tok.head] if tok.pos_ != "VERB" and tok.dep_ in ("dobj", "nsubjpass", "attr") else [tok]
    if any(c.dep_ in ("amod", "advmod") and c.lower_ in ("last", "previous") for h in heads for c in children_of(h)) or (
            tok.pos_ != "VERB" and any(t.i < tok.i and t.lower_ in ("last", "previous") for t in own)):
        return True  # "last held an all-out strike", "the last Riverton teachers' strike"
    year = getattr(published, "year", None)
    toks = own + [t for c in heads[1:] for x in children_of(c) if x.dep_ == "prep" for t in subtree_of(x)]
    # the year test first: the clause walk of ``_in_modifier`` only for a token that names such a year
    return year is not None and any(  # "in 2019", "in November 2020", "the 1991 ceasefire"; not "under the 1944 treaty"
        t.like_num and len(t.text) == 4 and t.text.isdigit() and 1800 < int(t.text) <= year - 2 and (
            t.head.i == tok.i or t.head.lower_ in ("in", "since", "during") or t.head.head.lower_ in ("in", "during"))
        and not _in_modifier(t, tok)  # "accused Britain of ignoring commitments made in 2021"
        for t in toks)


def _in_modifier(t: Any, top: Any) -> bool:
    """``t`` lies in a participle or relative clause describing a noun under ``top`` ("commitments made in 2021"):
    that clause dates the noun, not the act of ``top``."""
    for _ in range(12):
        if t.i == top.i or t.head.i == t.i:
            return False
        if t.dep_ in ("acl", "relcl") and t.pos_ in ("VERB", "AUX"):
            return True
        t = t.head
    return False


def _standing(verb: Any) -> bool:
    """A verb told in the simple present ("demands", "want") or with a modal ("would ask"): over the studied
    articles gold records such requests as demands or leaves them optional, rarely as dated acts."""
    aux = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in MODALS for c in aux):
        return True
    return verb.tag_ in ("VBZ", "VBP") and not aux


def _unbacked(tok: Any, heads: frozenset[str]) -> bool:
    """"declined to endorse the plan", "expected Bern to ratify the accords": backing refused, or wished of
    another, is no act of support (not "moved quickly to back its ally"; "will back" is read before as a promise)."""
    return tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in heads


def _narrated(tok: Any) -> bool:
    """A trigger told in the simple past of the narrative ("brushed aside", "said it could not accept"),
    not a future, a perfect or a present: only such an act happened on the day the paragraph tells of."""
    t = tok
    for _ in range(8):
        if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "has", "have", "'ve", "'s") for c in children_of(t)):
            return False
        if t.tag_ == "VBD" and t.dep_ in ("ROOT", "conj", "parataxis", "advcl"):
            return True
        if t.tag_ == "VBN" and t.dep_ == "ROOT" and not any(c.dep_ in ("aux", "auxpass") for c in children_of(t)):
            return True  # "X disputed that figure." tagged VBN: a main verb with no auxiliary is a simple past misread
        if t.head.i == t.i:
            return False
        t = t.head
    return False


COMING_TIME = re.compile(r"\b(?:next|coming)\s+(?:week|month|year|spring|summer|autumn|fall|winter)\b"
                         r"|\blater this (?:week|month|year)\b", re.I)
# an act whose own words place it still to come ("the UN tax negotiations in New York next month"): no day yet


def _coming(tok: Any, own: list[Any]) -> bool:
    """The act's own words, or for a noun the time phrases of the verb it hangs on, place it still to come ("would
    take the proposal to the UN negotiations in New York next month", the parser hanging "next month" on "take")."""
    if COMING_TIME.search(" ".join(t.text for t in own)):
        return True
    v = tok
    for _ in range(3):
        if v.pos_ == "VERB" or v.head.i == v.i or v.dep_ not in ("pobj", "prep", "dobj", "nsubjpass"):
            break
        v = v.head
    return v is not tok and v.pos_ == "VERB" and any(
        c.dep_ == "npadvmod" and COMING_TIME.search(" ".join(t.text for t in subtree_of(c))) for c in children_of(v))


def _weak_modal(tok: Any) -> bool:
    """A trigger verb under "could", "might" or "may", not negated: an act that is possible, not done ("Italy's
    cabinet could veto the Saudi bid as soon as Thursday"); "could not accept" is a refusal (_cannot), and a threat
    is made by saying what one could do."""
    v = tok
    while v.dep_ == "conj" and v.tag_ == "VB" and v.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux") for c in children_of(v)):
        v = v.head  # "could veto the bid and block the sale": the first verb's modal (not "could accept the fee
        # but rejected the landing rule", a past of its own)
    kids = children_of(v)
    return any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may") for c in kids) and not any(
        c.dep_ == "neg" for c in (*kids, *children_of(tok)))


TEXT_EFFECTS = {"mean", "ensure", "require", "see", "provide", "stipulate"}  # "the plan would mean that X withdraws"


def _text_content(tok: Any, text_nouns: set[str]) -> bool:
    """The act is what a text would bring about: under a verb with a modal whose subject is a text noun ("The
    proposed accord would see Saudi Arabia establish full relations", "the plan would allow Westinghouse to accept a
    fixed price"): the proposal's content, no event."""
    t = tok
    for _ in range(4):
        if t.head.i == t.i or t.dep_ not in ("xcomp", "ccomp", "conj", "dobj", "nsubj") or t.dep_ in ("conj", "ccomp") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in children_of(t)) and t.head.lemma_.lower() not in TEXT_EFFECTS or (
                t.dep_ == "conj" and t.tag_ != "VB"):
            return False  # ("the clause could cost $1bn more, and the committee cannot endorse it": its own subject;
            # "said the agreement would close a page and warned that …": a past of the speaker's own)
        t = t.head
        kids = children_of(t)
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in MODALS for c in kids) and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in text_nouns for c in kids):
            return True
    return False


def _perfect(tok: Any) -> bool:
    """A trigger told in the present perfect ("Egypt and Jordan have backed the demand", "Finland has threatened to
    veto the package"), on its own verb or, for a noun, on the verb it is the object or subject of: an act up to
    now, whose day no other paragraph tells."""
    t = tok.head if tok.pos_ != "VERB" and tok.dep_ in ("dobj", "nsubj", "nsubjpass") else tok
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "'ve") for c in children_of(t))


def _to_come(tok: Any) -> bool:
    """A trigger told in the future ("Ethiopia will reject any quota"): it has no day yet, unlike the past,
    perfect or present acts of the story, which happened on the day the story last named."""
    t = tok
    for _ in range(8):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE for c in children_of(t)):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _split_subjects(ctx: Context, s: Sentence, verb: Any) -> list[str]:
    """"The council had, at a meeting on Friday, issued an ultimatum": an aside between the auxiliary and its verb makes
    the parser take "had" for the main verb and hang "issued" (and what hangs on it) loose; the subject is the aux's."""
    v = verb
    for _ in range(3):
        if v.dep_ == "dep" and v.head.lemma_ in ("have", "be") and v.head.i < v.i:
            return subjects(ctx, s, v.head)
        if v.dep_ not in ("advcl", "conj", "xcomp") or v.head.i == v.i:
            return []
        v = v.head
    return []


def _wished_of(ctx: Context, s: Sentence, verb: Any) -> list[str]:
    """Actors a wish verb wants something of ("wanted Beijing to stop", "expects Israel to withdraw"):
    the subject of its infinitive clause, or its object followed by one, other than the wisher."""
    who = [a for c in children_of(verb) if c.dep_ in ("ccomp", "xcomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in children_of(c))
           for g in children_of(c) if g.dep_ in ("nsubj", "nsubjpass") for a in ctx.table.resolve(s.para, g)]
    if not who and any(c.dep_ == "xcomp" for c in children_of(verb)):
        who = [a for c in children_of(verb) if c.dep_ == "dobj" for a in ctx.table.resolve(s.para, c)]
    own = set(subjects(ctx, s, verb))
    return [a for a in who if a not in own]


def _own_members(verb: Any) -> bool:
    """The verb's subject is "its members", "their troops", "81 per cent of members": the speaker's own people
    (a bare "members" names no other group)."""
    return any(c.dep_ == "nsubj" and (any(g.dep_ == "poss" and g.pos_ == "PRON" for g in children_of(c)) or any(
        t.lower_ == "members" and not any(g.dep_ in ("poss", "prep", "compound", "amod") and g.pos_ == "PROPN" or g.dep_ == "prep"
                                          and g.lower_ == "of" for g in children_of(t)) for t in subtree_of(c))) for c in children_of(verb))


def _labour(tok: Any, cues: set[str]) -> bool:
    """A strike by workers, not an attack: a labour word among the noun's modifiers ("teachers' strike",
    "24-hour", "all-out"), "on strike", or a workers' subject of an intransitive "strike"."""
    def said(toks: Any) -> bool:
        words = " ".join(t.text_with_ws.lower() for t in toks).replace(" - ", "-")
        return any(p in cues for w in words.split() for p in [w.strip("'’"), *w.split("-")])
    if tok.pos_ == "VERB":
        if tok.tag_ == "VBG" and (tok.dep_ in ("amod", "acl") and said([tok.head]) or said(
                [c for c in children_of(tok) if c.dep_ == "dobj"])):
            return True  # "striking workers", "striking machinists"
        return not any(c.dep_ in ("dobj", "prep") for c in children_of(tok)) and said(
            t for c in children_of(tok) if c.dep_ == "nsubj" for t in subtree_of(c))
    if tok.dep_ == "pobj" and tok.head.lower_ == "on":
        return True
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and said(
            t for c in children_of(tok.head) if c.dep_ == "nsubj" for t in subtree_of(c)):
        return True  # "the Harbour Workers Union staged a strike": workers' strikes are stoppages
    return said(t for c in children_of(tok) if c.dep_ in ("amod", "compound", "poss", "nummod", "nmod") for t in subtree_of(c))


def _name_words(name: str) -> set[str]:
    """A name's words, lower-cased, without quotes, commas, full stops or brackets."""
    return {w.strip("'’,.()").lower() for w in name.split()}


def _labour_side(ctx: Context, words: set[str], bodies: set[str]) -> str | None:
    """The workers' organisation of a labour dispute: the most mentioned organisation whose name has both a
    body word and a trade word ("National Federation of Railway Workers", "Meridian Pilots Association"), or
    a union's own word ("District Lodge 919", "Writers Guild"); None when the story has none ("European
    Union" names no trade, "Riverton teachers" no body)."""
    best: tuple[int, str] | None = None
    for a in ctx.table.actors.values():
        name = _name_words(a.name)
        called = {w for x in a.aliases for w in _name_words(x)}  # "the Allied Auto Workers union"
        if a.type in ("Organization", "Group") and name & words and (name | called) & bodies:
            if best is None or len(a.mentions) > best[0]:
                best = (len(a.mentions), a.name)
    return best[1] if best else None


def _by_workers(ctx: Context, s: Sentence, tok: Any, workers: set[str]) -> bool:
    """The act's doer is a body of workers named by trade ("Nurses … will walk out", "protests by Air Meridian
    pilots", "striking machinists rallied"), not a named party of its own: in a labour dispute, the union."""
    if tok.pos_ == "VERB":
        heads = [c for c in children_of(tok) if c.dep_ == "nsubj"]
    else:
        heads = [g for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "by" for g in children_of(c) if g.dep_ == "pobj"]
        heads += [c for c in children_of(tok) if c.dep_ in ("poss", "compound") and c.i < tok.i]
        if tok.dep_ == "dobj":  # "pilots staged protests"
            heads += [c for c in children_of(tok.head) if c.dep_ == "nsubj"]
    sizes = ctx.lex.cached("events.crowd_sizes", lambda r: frozenset(r.get("crowd_sizes", [])))
    heads = [g for h in heads for g in ([g for c in children_of(h) if c.dep_ == "prep" and c.lower_ == "of"
                                         for g in children_of(c) if g.dep_ == "pobj"] if h.lower_ in sizes else [h])]
    # "Hundreds of housekeepers marched": the crowd is of what it is counted in
    heads = [h for h in heads if not any(c.dep_ == "prep" and c.lower_ in ("of", "from") or c.dep_ == "poss" and c.pos_ == "PRON"
                                         for c in children_of(h))]  # "members of X", "its members": X's, the speaker's
    actors = ctx.table.actors
    return any(h.lemma_.lower() in workers or h.lower_ in workers for h in heads) and not any(  # not a named state or person
        (a := ctx.table.at(s.para, h.i)) and a in actors and actors[a].type in ("State", "Person") for h in heads)


def _charged_attack(ctx: Context, s: Sentence, verb: Any, triggers: dict[str, Any], nouns: set[str],
                    accused: list[str]) -> tuple[Any, list[str]] | None:
    """"X accused Y of bombing its positions on Sunday", "blamed Y for carrying out a drone strike": the attack Y is
    charged with (its verb, or the light verb that carries its noun) and Y's actors (else ``accused``, the
    charge's targets: "Eritrean soldiers" are Eritrea's); None when the charge is no attack, is negated, or names
    no party."""
    if any(c.dep_ == "neg" for c in children_of(verb)):
        return None
    doers = [a for c in children_of(verb) if c.dep_ == "dobj" for a in ctx.table.resolve(s.para, c)] or (
        accused if any(c.dep_ == "dobj" for c in children_of(verb)) else [])  # "Eritrean soldiers": their state
    if not doers:
        return None
    for p in children_of(verb):
        if p.dep_ != "prep" or p.lower_ not in ("of", "for"):
            continue
        for act in children_of(p):
            if act.dep_ != "pcomp" or act.pos_ != "VERB" or any(c.dep_ == "neg" for c in children_of(act)):
                continue
            trig = _trigger(act, triggers, nouns)
            if trig is None and act.lemma_.lower() in LIGHT_VERBS | {"carry"}:
                trig = next((_trigger(c, triggers, nouns) for c in children_of(act) if c.dep_ == "dobj"), None)
            if trig is not None and trig[0] == "ASSAULT":
                return act, doers
    return None


def _told_strike(tok: Any, stoppages: set[str]) -> bool:
    """A strike noun (one of ``stoppages``) that tells a stoppage of its own: the subject of what it did
    ("the strike halted services", "a second stoppage hit freight") or dated ("a 24-hour walkout on Tuesday",
    "Monday's strike"), not a weapon's strike ("drone strike", "air strikes")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in stoppages or any(
            c.lower_ in ("air", "drone", "missile", "military", "retaliatory", "precision", "artillery", "rocket")
            for c in children_of(tok)):
        return False
    return tok.dep_ in ("nsubj", "nsubjpass") or any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.ent_type_ in ("DATE", "TIME") for g in subtree_of(c)) or c.dep_ == "poss"
        and c.ent_type_ in ("DATE", "TIME") for c in children_of(tok))  # "Monday's strike", "last week's stoppage"


def _progressive_wish(ctx: Context, s: Sentence, verb: Any) -> bool:
    """"is demanding a 6% rise": a request in the progressive that names no party asked is a standing wish (over 141
    articles the gold lists it as an act once for four times it does not); "are pressing Ottawa to act", "are
    demanding autonomy from Serbian authorities" ask a party."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in children_of(verb)) \
        and not objects(ctx, s, verb) and not any(ctx.table.at(s.para, t.i) for c in children_of(verb)
                                                  if c.dep_ in ("dobj", "dative", "prep") for t in subtree_of(c))


def _bare_strike(tok: Any) -> bool:
    """A strike noun with nothing that makes it a weapon's: no target ("strikes on Syrian territory", "against
    cartels"), no weapon, doer or kind ("air strikes", "Israeli strikes"); only a determiner, a count, a pronoun
    or date owner, or a clause ("the strike", "14 strikes", "its strike", "Monday's strike, which began …"), and
    one of the first three ("to restrict strikes" speaks of strikes in general, none of the story's)."""
    def plain(c: Any) -> bool:  # a modifier that gives the strike no target, weapon, doer or kind
        if c.dep_ == "prep":
            return c.lower_ not in ("on", "against", "by")
        if c.dep_ == "poss":
            return c.pos_ == "PRON" or c.ent_type_ in ("DATE", "TIME")
        return c.dep_ in ("det", "nummod", "relcl", "acl", "punct", "cc", "conj", "advmod", "quantmod")

    return all(plain(c) for c in children_of(tok)) and any(c.dep_ in ("det", "nummod", "poss") for c in children_of(tok))


def _subject_heads(verb: Any) -> list[Any]:
    """The verb's subject heads with their conjuncts ("a patrol and a gunboat met")."""
    heads = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    return heads + [g for h in heads for g in h.conjuncts]


def _is_craft(h: Any, craft: set[str]) -> bool:
    return h.lemma_.lower() in craft or h.lower_ in craft


def _craft_only(verb: Any, craft: set[str]) -> bool:
    """Every subject of the verb is a military unit or craft ("a coastguard patrol and a navy gunboat")."""
    heads = _subject_heads(verb)
    return bool(heads) and all(_is_craft(h, craft) for h in heads)


def _armed(ctx: Context, s: Sentence, verb: Any, craft: set[str]) -> bool:
    """The doer is armed force or a state: a unit or craft ("the Guatemalan vessel", "troops"), a force's name
    ("the Guatemalan navy") or a state itself. Blocking by such a doer is coercion, not a citizens' protest."""
    heads = _subject_heads(verb)
    if any(_is_craft(h, craft) for h in heads):
        return True
    actors = ctx.table.actors
    who = [a for h in heads for a in ctx.table.resolve(s.para, h) if a in actors]
    return bool(who) and all(actors[a].type == "State" or any(w in a.lower() for w in FORCE_WORDS) for a in who)


def _in_protest(tok: Any) -> bool:
    """A verb done "in protest" is a protest, whatever the verb ("led delegates out of the plenary in protest")."""
    return tok.pos_ == "VERB" and any(
        t.lower_ == "in" and t.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() == "protest" for g in children_of(t))
        for t in subtree(tok, stop=CLAUSES | {"conj"}))  # not "raised its offer … and one union walked out in protest"


FORECAST_BARS = {"if", "unless", "until", "otherwise", "lest", "once", "without"}  # a warning on terms is a threat


def _forecast(ctx: Context, s: Sentence, clause: Any, people: frozenset[str]) -> bool:
    """What a warning says will happen to a thing, no act of anyone's: "warned that Bolivia's reserves could run out
    by March", "warned that hard caps would require hiring hundreds of teachers". The clause's subject is a thing (a
    common noun naming no party, no people and no "any attempt"), active, on no terms ("… if the bill passes") and
    with no one acted on by pronoun ("a long dispute would force it to delay …": the warner's own act)."""
    subj = next((g for g in children_of(clause) if g.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")), None)
    if subj is None or subj.dep_ != "nsubj" or subj.pos_ != "NOUN" or ctx.table.resolve(s.para, subj) and not any(
            g.dep_ == "poss" and g.tag_ != "PRP$" for g in children_of(subj)) \
            or subj.lower_ in people or subj.lemma_.lower() in people or any(c.dep_ == "auxpass" for c in children_of(clause)):
        return False  # "Washington would raise tariffs", "members would strike", "the fee could be held back"
    if any(g.dep_ in ("relcl", "acl") or g.lower_ in ("any", "every", "no") or g.tag_ == "PRP$" for g in children_of(subj)):
        return False  # "drivers who took part would lose a day's pay", "any attempt would be met …": aimed at
        # someone; "its navy would continue to apply the law": the warner's own side
    return not any(t.lower_ in FORECAST_BARS or t.tag_ == "PRP" and t.lower_ not in ("it", "its") or (
        t.lower_ == "it" and t.dep_ != "nsubj") for t in subtree_of(clause))


def _inanimate_or_passive(ctx: Context, s: Sentence, tok: Any, effects: set[str], people: frozenset[str]) -> bool:
    """No one's threat or meeting: "threatened to overshadow" said of a thing ("reports of a massacre"), a warning
    of what a thing would do ("warned that a strike would cost …"), and the passive "will be met with a lockout" /
    "met with the full force of the law" (an answer, not a meeting)."""
    kids = list(children_of(tok))
    if tok.lemma_.lower() == "meet":
        return any(c.dep_ == "auxpass" for c in kids) and any(c.dep_ == "prep" and c.lower_ == "with" for c in kids)
    if tok.lemma_.lower() == "warn":  # "warning that a strike would cost the state's economy millions": a forecast
        return any(c.dep_ == "ccomp" and (c.lemma_.lower() in effects and any(
            g.dep_ == "nsubj" and g.pos_ == "NOUN" and not ctx.table.resolve(s.para, g) or g.dep_ == "csubj"
            for g in children_of(c)) or _forecast(ctx, s, c, people)) for c in kids)  # ("warning that doing so would
        # poison relations": an act's effect)
    if tok.lemma_.lower() != "threaten" or not any(c.dep_ == "xcomp" for c in kids):
        return False
    subj = [c for c in kids if c.dep_ == "nsubj"]
    if not subj:  # the parser lost the subject: what a situation "threatens to" do ("overshadow", "derail")
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in effects for c in kids)
    return any(c.pos_ == "NOUN" and not ctx.table.resolve(s.para, c) and not _adjective_subject(ctx, s, tok) for c in subj)


def _bare_retort(tok: Any, retorts: set[str]) -> bool:
    """ "X hit back." with no object, target or instrument tells only that X answered; the answer
    itself ("said … 'obstructive'") is the event. "hit back with airstrikes" / "at the rebels" stay."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in retorts:
        return False
    kids = list(children_of(tok))
    return any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in kids) and not any(
        c.dep_ in ("dobj", "prep", "agent", "dative") and not (c.dep_ == "prep" and any(
            g.ent_type_ in ("DATE", "TIME") for g in subtree_of(c))) for c in kids)  # "hit back on Wednesday": still bare


def _dismissal(ctx: Context, s: Sentence, tok: Any, verbs: set[str], words: set[str], slurs: set[str],
               reporting: set[str], charges: frozenset[str] = frozenset(), naming: frozenset[str] = frozenset()) -> str | None:
    """X rejects what it names with a dismissive word: "called the decision 'null and void'", "described the
    report as propaganda" (a naming verb's complement), "said the charge was baseless" (a reported copula
    whose subject is a thing, not a party). Naming a party with a slur accuses it ("branded the rebels
    terrorists", "called Wendel a colonial governor", "said the creditors were vultures"): ACCUSE. None when
    neither."""
    if tok.pos_ != "VERB":
        return None
    lem = tok.lemma_.lower()
    if (lem not in verbs and lem not in reporting) or any(c.dep_ == "neg" for c in children_of(tok)):
        return None  # neither a naming nor a reporting verb: nothing below applies (checked first: called per verb)
    def said(toks: Any, vocab: set[str]) -> bool:
        return any(t.lower_ in vocab or t.lemma_.lower() in vocab for t in toks)
    if lem in verbs:
        comp = [c for c in children_of(tok) if c.dep_ in ("oprd", "xcomp", "ccomp")]
        comp += [g for c in children_of(tok) if c.dep_ == "dobj" for g in children_of(c)
                 if g.i > c.i and g.dep_ in ("acl", "amod", "appos", "oprd", "prep", "dobj", "attr") and (
                     g.dep_ != "prep" or g.lower_ == "as")]
        dobjs = [c for c in children_of(tok) if c.dep_ == "dobj"]
        comp += dobjs[1:]  # "branded the proposal a stunt": the parser makes the name a second object
        comp += [c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "as"]
        if any(c.dep_ == "dobj" and ctx.table.resolve(s.para, c) for c in children_of(tok)) and any(
                said(subtree_of(c), slurs) for c in comp):
            return "ACCUSE"
        if any(said(subtree_of(c), charges) for c in comp):
            return "ACCUSE"  # "described the incursions as a hybrid attack", "called the threat blackmail": a charge
        return "REJECT" if any(said(subtree_of(c), words | naming) for c in comp) else None
    if lem in reporting:
        for c in children_of(tok):
            if c.dep_ == "ccomp" and c.lemma_ == "be" and not any(g.dep_ == "neg" for g in children_of(c)):
                subj = [g for g in children_of(c) if g.dep_ == "nsubj"]
                if subj and any(ctx.table.resolve(s.para, g) for g in subj) and any(
                        said(subtree_of(g), slurs) for g in children_of(c) if g.dep_ == "attr"):
                    return "ACCUSE"  # "said the bondholders were 'vultures'": a party named with a slur is accused
                if subj and all(g.pos_ == "NOUN" or g.lower_ in ("it", "this", "that") for g in subj) and any(
                        said(subtree_of(g), words) for g in children_of(c) if g.dep_ in ("attr", "acomp")):
                    return "REJECT"
            for v in (c, *c.conjuncts) if c.dep_ == "ccomp" else ():
                if v.lemma_ == "fall" and any(g.lower_ == "short" for g in children_of(v)) and not any(
                        g.dep_ == "neg" for g in children_of(v)) and any(g.dep_ == "nsubj" and g.pos_ == "NOUN" for g in (
                            *children_of(v), *children_of(c))):
                    return "REJECT"  # "said the revised offer fell short of what members could accept"
    return None


_PREFIXES: list[Any] = [None, frozenset()]  # [the triggers table, the heads of its multi-word keys]


def _multi_heads(triggers: dict[str, Any]) -> frozenset[str]:
    """Every ``K[:j]`` with ``K[j] == " "`` of the table's keys: "LEM X" can be a key only if LEM is
    one of them, so a token whose lemma is not skips the two-word look-ups (an exact shortcut)."""
    if _PREFIXES[0] is not triggers:
        _PREFIXES[:] = [triggers, key_heads(triggers)]
    return _PREFIXES[1]


def _time_phrase(c: Any) -> bool:
    """``c`` heads a time phrase ("on Tuesday evening"): no particle of a two-word trigger ("said on Monday it
    would call a strike" is no "call on")."""
    return c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in children_of(c))


def _trigger(tok: Any, triggers: dict[str, Any], nouns: set[str]) -> tuple[str, str | None] | None:
    lem = tok.lemma_.lower()
    if lem in _multi_heads(triggers):
        nxt = tokens_of(tok.doc)[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and f"{lem} {nxt.lower_}" in triggers and not (tok.pos_ != "VERB" and _time_phrase(nxt)):
            # ("a telephone call on Tuesday" is a call made that day, not a "call on" someone; a verb keeps the key:
            # "called on Thursday for …" is an appeal whose "for" the parser hangs on the day)
            return tuple(triggers[f"{lem} {nxt.lower_}"])  # type: ignore[return-value]
        for c in children_of(tok):
            if c.dep_ in ("prt", "prep", "advmod") and f"{lem} {c.lower_}" in triggers and not _time_phrase(c):
                return tuple(triggers[f"{lem} {c.lower_}"])  # type: ignore[return-value]  # "brushed … aside"
    pos = tok.pos_
    if pos == "VERB" and lem == "call":
        return None
    if pos == "VERB" and lem in triggers:
        return tuple(triggers[lem])  # type: ignore[return-value]
    if pos in ("NOUN", "PROPN") and (tok.lower_ in nouns or lem in nouns) and (tok.lower_ in triggers or lem in triggers) \
            and not (tok.ent_type_ == "DATE" and tok.text[:1].isupper()):  # "in March", "the March text": a month
        return tuple(triggers.get(tok.lower_) or triggers[lem])  # type: ignore[return-value]
    return None


NOUN_POS = (NOUN, PROPN)  # as ids (``Token.pos``, read faster than ``pos_``): the nouns ``_trigger`` reads
MATERIAL_TYPES = {"ASSAULT", "COERCE", "RETREAT", "MOBILIZE", "AID", "PROTEST"}
TOPIC_PREPS = {"on", "over", "about", "of", "for", "against", "from"}
STATED_TYPES = frozenset({"ACCUSE", "THREATEN", "SUPPORT"})  # acts done by saying: no other paragraph's day
SEATED = frozenset({"based", "headquartered", "registered", "listed"})  # "Dubai-based", "London-listed": a firm's seat
SPEECH_TYPES = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "AGREE", "SUPPORT", "CONCEDE"}
CLAUSES = {"ccomp", "advcl", "relcl", "acl", "pcomp", "xcomp", "parataxis", "appos"}


def _inside(ctx: Context, a: str, b: str) -> bool:
    """Place ``a`` lies (transitively) in place ``b``, by the gazetteer or the article's own places."""
    seen = {a}
    cur: str | None = a
    for _ in range(5):
        pl = ctx.table.places.get(cur) if cur else None
        e = ctx.table.gaz.entries.get(cur) if cur else None
        cur = (pl or {}).get("located_in") or (e.located_in if e is not None else None)
        if cur is None or cur in seen:
            return False
        if cur == b:
            return True
        seen.add(cur)
    return False


def place_of(ctx: Context, s: Sentence, tok: Any) -> str | None:
    """The place a token names, also when the actor reader took it as its state ("Beirut's suburbs")."""
    pl = ctx.table.place_at(s.para, tok.i)
    if pl:
        return pl
    if tok.lemma_.lower() == "capital" and tok.pos_ == "NOUN":  # "the Emirati capital"
        for c in children_of(tok):
            st = ctx.table.gaz.adjective(c.text) if c.dep_ in ("amod", "compound") else None
            if st is not None:
                return next((e.name for e in ctx.table.gaz.entries.values()
                             if e.kind == "place" and e.seat_of == st.name and e.type == "city"), None)
    m = ctx.table.by_token.get((s.para.idx, tok.i))
    if m is not None and m.kind == "metonym" and tok.dep_ in ("poss", "pobj", "compound"):
        e = ctx.table.gaz.lookup(s.para.doc[m.i:m.j].text)
        if e is not None and e.kind == "place":
            return e.name
    return None


def _places_under(ctx: Context, s: Sentence, tok: Any) -> list[str]:
    """Places named in a phrase, leaving out embedded clauses."""
    out: list[str] = []
    doc_toks = tokens_of(tok.doc)
    for u in subtree(tok, stop=CLAUSES):
        if u.i + 2 < len(doc_toks) and doc_toks[u.i + 1].text == "-" and doc_toks[u.i + 2].lower_ in SEATED:
            continue  # "Dubai-based Gulfstar": where a firm sits, not where anything happens
        pl = place_of(ctx, s, u)
        if pl and pl not in out:
            out.append(pl)
    return out


def _most_specific(ctx: Context, places: list[str]) -> str | None:
    """"the city of Pokrovsk in Ukraine": the place that lies in the others."""
    for pl in places:
        if not any(other != pl and _inside(ctx, other, pl) for other in places):
            return pl
    return places[0] if places else None


def _pp_places(ctx: Context, s: Sentence, head: Any, typ: str, objects: bool = True) -> list[str]:
    """Places in the locative phrases (and, for material acts, the objects) attached to ``head``;
    a non-locative phrase is searched for a locative one inside it ("arrived for talks at X")."""
    out: list[str] = []
    topic = TOPIC_PREPS - ({"on", "against", "from", "of"} if typ in MATERIAL_TYPES else set())
    for c in children_of(head):
        if c.dep_ == "prep" and c.lower_ not in topic:
            for g in children_of(c):
                if g.dep_ != "pobj":
                    continue
                if c.lower_ in LOC_PREPS or c.lower_ == "of":
                    out += [x for x in _places_under(ctx, s, g) if x not in out]
                else:
                    out += [x for x in _pp_places(ctx, s, g, typ, objects=False) if x not in out]
        elif objects and c.dep_ in ("dobj", "compound") and (typ in MATERIAL_TYPES or c.dep_ == "compound"):
            pl = place_of(ctx, s, c)
            if pl and pl not in out:
                out.append(pl)
            if c.dep_ == "dobj":  # "took control of the city of Pokrovsk"
                out += [x for x in _pp_places(ctx, s, c, typ, objects=False) if x not in out]
    return out


def _location(ctx: Context, s: Sentence, tok: Any, typ: str = "") -> str | None:
    """Where the event happened: a locative phrase of the trigger, or of the verb whose object or
    subject the trigger is ("held talks in Moscow"); never a place inside another clause or
    named as a topic ("the crisis in Ukraine", "talks on Ukraine")."""
    found = _pp_places(ctx, s, tok, typ)
    if not found:
        gov = tok.head
        noun_of_verb = tok.pos_ != "VERB" and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and gov.pos_ in ("VERB", "AUX")
        via_prep = tok.pos_ != "VERB" and tok.dep_ == "pobj" and gov.lower_ in ("for", "to", "into", "at", "during") \
            and gov.head.pos_ in ("VERB", "AUX")
        if noun_of_verb:
            found = _pp_places(ctx, s, gov, typ)
        elif via_prep:  # "arrived for talks"
            found = [x for x in _pp_places(ctx, s, gov.head, typ)]
        if not found and tok.pos_ == "VERB" and tok.dep_ == "conj" and gov.pos_ == "VERB" and not (
                gov.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(gov))):
            found = _pp_places(ctx, s, gov, typ, objects=False)  # "drove into X and blocked …" (not "called on Lima
            # to send a mediator to Cusco and accused Chile …": the place of an act only asked for is no one's)
    if not found and typ == "CONSULT" and tok.pos_ == "VERB":
        for c in children_of(tok):  # "visited Ouagadougou on Monday": the town visited; "met the EU's envoy in
            # Belgrade", the parser hanging the town on the one met: where they met (not "the mayor of Kyiv")
            if c.dep_ == "dobj":
                pl = place_of(ctx, s, c)
                found += [pl] if pl else [x for g in children_of(c) if g.dep_ == "prep" and g.lower_ in ("in", "at")
                                           for u in children_of(g) if u.dep_ == "pobj" for x in _places_under(ctx, s, u)]
    if not found and typ in SPEECH_TYPES and tok.pos_ == "VERB":
        said = tok.head if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in ctx.lex.reporting else None
        if said is not None:  # "told reporters in Brussels that …"
            found = _pp_places(ctx, s, said, typ, objects=False)
        for v in (tok, said):  # "Speaking in Sialkot on Monday, X threatened …"
            if v is not None and not found:
                found = [x for c in children_of(v) if c.dep_ == "advcl" and c.tag_ == "VBG"
                         for x in _pp_places(ctx, s, c, typ, objects=False)]
    return _most_specific(ctx, found)


def modifier_actor(ctx: Context, s: Sentence, c: Any) -> list[str]:
    """Actor of a modifier: a mention, or a nationality adjective ("Israeli attacks")."""
    who = ctx.table.resolve(s.para, c)
    if not who and c.text[:1].isupper():
        adj = ctx.table.gaz.adjective(c.text)
        if adj is not None and not closes_region_adjective(ctx.table.gaz, c):  # not "Latin American delegations"
            who = [adj.name]
    return who


def _group_antecedent(ctx: Context, s: Sentence, pron: Any) -> list[str]:
    """"the delegation … after its meeting": the nearest earlier non-person actor of the sentence."""
    for t in reversed(list(s.span.doc[s.span.start:pron.i])):
        a = ctx.table.at(s.para, t.i)
        if a and a in ctx.table.actors and ctx.table.actors[a].type != "Person":
            h = t
            while pron.lower_ == "their" and h.dep_ == "conj" and h.head.i < h.i:
                h = h.head  # "Gondor and Osgiliath … their meeting": both
            group = [x for x in ctx.table.resolve(s.para, h) if x in ctx.table.actors
                     and ctx.table.actors[x].type != "Person"] if h is not t else []
            return group if a in group else [a]
    return []


def _own_doer(ctx: Context, s: Sentence, tok: Any, pron: Any) -> list[str]:
    """Whose "its threat" or "their walkout" is: the subject of the verb that takes it ("the unions … repeated
    their threat"), when the verb has one; an earlier actor of the sentence only when it has none. A subject the
    table cannot name leaves the act with no known doer rather than another party's."""
    verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" else None
    if verb is not None and verb.pos_ in ("VERB", "AUX") and tok.dep_ == "pobj" and tok.head.lower_ == "for":
        thanked = [a for c in children_of(verb) if c.dep_ == "dobj" for a in ctx.table.resolve(s.para, c)]
        if thanked:  # "thanked the Emirati government for its mediation": the mediation is the thanked side's
            return thanked
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        who = subjects(ctx, s, verb)
        if who:
            return who
        v = verb
        while v.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(v)) and v.head.i != v.i:
            v = v.head  # "rejected the offer and repeated their threat": the first verb's subject
        if any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in children_of(v)):
            return []
    return _group_antecedent(ctx, s, pron)


MEMBER_NOUNS = {"delegation", "member", "state", "country", "government", "negotiator", "minister", "nation",
                "representative", "envoy", "diplomat", "producer", "economy", "capital", "ambassador"}


def _bloc_of(ctx: Context, m: Any, head: Any) -> list[str]:
    """"Arab delegations walked out", "African members objected": the bloc of the story whose name opens with the
    modifier ("Arab Group", "African Group"), when the noun names its members and no state is meant."""
    if not m.text[:1].isupper() or head.lemma_.lower() not in MEMBER_NOUNS:
        return []
    word = m.text.lower()
    return [a.name for a in ctx.table.actors.values() if a.type in ("Organization", "Group") and len(a.name.split()) > 1
            and a.name.split()[0].lower() == word][:1]


def _state_people(ctx: Context, noun: Any) -> bool:
    """Is ``noun`` a word for a state's own people or force ("officials", "security forces", "police"; lexicon
    collective_nouns read as the state, placed_state_nouns), whom "in <State>" makes that state's?"""
    words = ctx.lex.cached("events.placed_state_nouns", lambda raw: frozenset(
        k for k, v in raw.get("collective_nouns", {}).items() if v == "state") | frozenset(raw.get("placed_state_nouns", ())))
    return noun.lower_ in words or noun.lemma_.lower() in words


def _adjective_subject(ctx: Context, s: Sentence, verb: Any) -> list[str]:
    """"Hungarian officials rejected …", "leaders of the Azadliq coalition": the state or group a
    subject's nationality adjective (or "of" phrase) names, when the subject itself is no actor.
    A verb with no subject of its own shares its head's ("the foreign office went further, demanding …")."""
    for _ in range(3):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)) or verb.dep_ not in ("advcl", "conj", "xcomp") \
                or verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
            break
        verb = verb.head
    for c in children_of(verb):
        if c.dep_ != "nsubj" or c.pos_ not in ("NOUN",):
            continue
        for m in children_of(c):
            if m.dep_ in ("amod", "compound", "nmod") and m.i < c.i:
                who = modifier_actor(ctx, s, m) or _bloc_of(ctx, m, c)
                if who:
                    return who
            if m.dep_ == "prep" and m.lower_ == "of":
                for g in children_of(m):
                    if g.dep_ == "pobj":
                        who = ctx.table.resolve(s.para, g) or [
                            x for x in (modifier_actor(ctx, s, k) for k in children_of(g) if k.dep_ in ("amod", "compound")) for x in x]
                        if who:
                            return who
            if m.dep_ == "prep" and m.lower_ in ("in", "from"):  # "security forces in Guinea", "soldiers from Gondor"
                if m.lower_ == "in" and not _state_people(ctx, c):
                    continue  # "Cocoa sharecroppers in Ghana marched": where they are, not who they are
                for g in children_of(m):
                    who = [a for a in ctx.table.resolve(s.para, g) if a in ctx.table.actors
                           and ctx.table.actors[a].type == "State"] if g.dep_ == "pobj" else []
                    if who:
                        return who
    return []


def _passive(verb: Any) -> bool:
    """A passive verb, or a participle that shares one's subject ("was detained on Saturday and charged on
    Monday"): its subject underwent the act, it did not do it."""
    if any(c.dep_ == "nsubjpass" for c in children_of(verb)):
        return True
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children_of(verb)):
        return True  # "had been spies … and had been pardoned": a passive sharing its conjunct's subject
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.tag_ == "VBN" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux") for c in children_of(verb)) and any(
        c.dep_ in ("nsubjpass", "auxpass") for c in children_of(verb.head))


def _agent(ctx: Context, s: Sentence, verb: Any, typ: str = "") -> list[str]:
    """The "by" agent of a passive verb: a named actor, or the state of its nationality adjective."""
    if not _passive(verb) and not any(c.dep_ == "auxpass" for c in children_of(verb)) and not (
            typ in ("ASSAULT", "COERCE") and verb.dep_ == "acl"):
        return []  # not "the draft, released by the presidency": a participle names, it does not tell
        # ("projectiles fired by rebel fighters landed" does tell: a material act)
    for c in children_of(verb):
        if c.dep_ != "agent":
            continue
        for g in children_of(c):
            if g.dep_ != "pobj":
                continue
            for n in (g, *(o for p in children_of(g) if p.dep_ == "prep" and p.lower_ == "of" for o in children_of(p) if o.dep_ == "pobj")):
                who = ctx.table.resolve(s.para, n) or [
                    x for m in children_of(n) if m.dep_ in ("amod", "compound") and m.i < n.i for x in modifier_actor(ctx, s, m)]
                if who:  # "hit by a barrage of Russian missiles": the doer may sit in the agent's "of" phrase
                    return who
    return []


def _broker(ctx: Context, s: Sentence, verb: Any) -> list[str]:
    """The "by" agent of a mediation participle ("exchanged prisoners in a deal brokered by the United Arab Emirates",
    "a truce mediated by Qatar"): the mediator acts; the parties whose deal it is are the ones it brought together."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return []
    return [a for c in children_of(verb) if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"
            for x in (g, *g.conjuncts) for a in ctx.table.resolve(s.para, x)]


def _deal_act(verb: Any) -> Any | None:
    """The verb whose deal a mediation participle describes: "exchanged prisoners in a deal brokered by the UAE",
    "signed a peace deal brokered by Qatar" (the deal the act is done in, or makes). None when there is none."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return None
    deal = verb.head
    gov = deal.head.head if deal.dep_ == "pobj" and deal.head.dep_ == "prep" else deal.head if deal.dep_ == "dobj" else None
    return gov if gov is not None and gov.pos_ == "VERB" else None


CROWD_PLACE_PREPS = frozenset({"in", "at", "across", "around", "near", "outside", "inside"})


def _crowd_actor(ctx: Context, s: Sentence, verb: Any, names: dict[str, str]) -> list[str]:
    """"Tens of thousands of Serbian students rallied": the group or nationality the crowd is said to be of;
    "thousands of the party's supporters marched": their party; "hundreds of Avanza supporters": a name the
    actor table left untagged as a modifier is still the article's actor of that name."""
    for c in children_of(verb):
        if c.dep_ != "nsubj":
            continue
        where = {u.i for g in children_of(c) if g.dep_ == "prep" and g.lower_ in CROWD_PLACE_PREPS for u in subtree(g)}
        for t in subtree(c, stop=CLAUSES):
            if t.i in where:
                continue  # "Cotton growers in Burkina Faso ended their boycott": where the crowd is, not who it is
            who = ctx.table.resolve(s.para, t) if t.pos_ == "PROPN" or t.dep_ == "poss" else []
            if not who and t.dep_ in ("amod", "compound", "nmod"):
                who = modifier_actor(ctx, s, t)
            if not who and t.pos_ == "PROPN" and t.dep_ == "compound" and (named := names.get(t.lower_)):
                who = [named]
            if who:
                return who
    return []


def _gone_on(ctx: Context, tok: Any) -> bool:
    """"The union went on strike": the noun a strike_onset_verb goes "on" is its subject's own act, not a setting."""
    return _onset_verb(ctx, tok) is not None


def _onset_verb(ctx: Context, tok: Any) -> Any | None:
    """The verb of "went on strike", "are back on strike", "will be back on strike": a strike_onset_verb, or a
    copula with "back" (the strike resumed); None when the noun is no such "on" phrase."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "on":
        return None
    v = tok.head.head
    back = v.lower_ == "back" and v.dep_ == "advmod"
    if back:
        v = v.head
    onset = ctx.lex.cached("events.strike_onset_verbs", lambda raw: frozenset(raw.get("strike_onset_verbs", ())))
    return v if v.lemma_.lower() in onset or back and v.lemma_ == "be" else None


def _if_clause(v: Any) -> bool:
    """Does ``v`` carry a condition ("if …", "unless …")?"""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in children_of(c))
               for c in children_of(v))


def _out_of(tok: Any) -> bool:
    """"X and Y emerged from two days of talks", "came away from the talks": who comes out of talks held them."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.pos_ in ("VERB", "ADV")


EARLIER_WORDS = frozenset({"earlier", "previously", "initially", "originally", "already", "before"})


def _told_as_earlier(tok: Any) -> bool:
    """"The union had earlier asked the ministry to pay", "the forum had initially demanded …": a past perfect set
    before the story's time by its own adverb happened on no day the paragraph names."""
    kids = children_of(tok) if tok.pos_ in ("VERB", "AUX") else []
    return any(a.dep_ == "aux" and a.lower_ == "had" for a in kids) and any(
        c.dep_ == "advmod" and c.lower_ in EARLIER_WORDS for c in kids)


HABIT_TIME = re.compile(r"\b(?:once|twice|\w+ times) (?:a|per|every) (?:day|week|month|year|season)\b"
                        r"|\b(?:every|each) (?:day|week|month|year|spring|summer|autumn|winter|season|monday|tuesday"
                        r"|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def _habitual(ctx: Context, verb: Any) -> bool:
    """A trigger in the simple present told as a habit: a frequency adverb ("usually rejects", "often protest") or a
    recurring time ("meets twice a year", "every month") on the verb itself, with no auxiliary ("will meet twice a
    year" is a plan, "has met every month" a record)."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in children_of(verb)):
        return False
    habits = ctx.lex.cached("events.habitual_adverbs", lambda r: frozenset(r.get("habitual_adverbs", [])))
    kids = children_of(verb)
    if any(c.dep_ == "advmod" and c.lower_ in habits for c in kids):
        return True
    return any(c.dep_ in ("npadvmod", "advmod", "prep") and HABIT_TIME.search(" ".join(t.text for t in subtree_of(c)))
               for c in kids)


def _deadline_act(ctx: Context, s: Sentence, tok: Any, deadlines: frozenset[str]) -> bool:
    """Is ``tok`` (or the verb whose object it is) the act a deadline asks for ("gave the union until Friday to end the
    strike")? Then it is asked, not done."""
    v = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else None
    if v is None:
        return False
    for h in (v.head, v.head.head):
        if h.i != v.i and h.lemma_.lower() in deadlines:
            parts = deadline_parts(ctx, s.para, h)
            if parts is not None and parts[1].i == v.i:
                return True
    return False


def _charged_with(ctx: Context, tok: Any) -> bool:
    """"Herders accused ranch guards of the killing", "blamed the army for the attack": the act named in the charge
    of an accusing verb is the accused's, as the accuser tells it; the accuser did not do it."""
    h = tok.head
    if tok.dep_ != "pobj" or h.lower_ not in ("of", "for"):
        return False
    v = h.head if h.head.pos_ in ("VERB", "AUX") else h.head.head if h.head.dep_ == "dobj" else None
    return v is not None and v.pos_ == "VERB" and v.lemma_.lower() in ctx.lex.words("accusing_verbs")


def _noun_sources(ctx: Context, s: Sentence, tok: Any, consult: bool = False) -> tuple[list[str], list[str]]:
    p = s.para
    if _charged_with(ctx, tok):
        return [], []  # the charge of an accusation: no act of the accuser (the accusation is the event)
    src: list[str] = []
    tgt: list[str] = []
    named: list[str] = []  # actors of a compound noun ("Iran talks", "NAVTEX warning"): the topic, unless nobody else acts
    for c in children_of(tok):
        if c.dep_ == "compound" and c.i < tok.i and tok.dep_ == "dobj" and tok.head.pos_ in ("VERB", "AUX") and any(
                d.dep_ == "nsubj" for d in children_of(tok.head)):
            named += modifier_actor(ctx, s, c)
        elif c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i:
            src += modifier_actor(ctx, s, c) or (
                _own_doer(ctx, s, tok, c) if c.lower_ in ("its", "their") and (
                    consult or tok.dep_ in ("dobj", "pobj")) else [])  # "mounted its invasion"
    phrase_head = children_of(tok.head) if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else []
    for c in [*children_of(tok), *phrase_head]:  # "a video conference with X": the phrase's own "with"
        if c.dep_ == "prep":
            for g in children_of(c):
                if g.dep_ != "pobj":
                    continue
                if c.lower_ in ("by", "between", "from", "among"):
                    src += ctx.table.resolve(p, g)
                elif c.lower_ == "under" and consult:  # "talks under the chairmanship of X", "under UN auspices"
                    src += ctx.table.resolve(p, g) or [a for o in children_of(g) if o.dep_ == "prep" and o.lower_ == "of"
                                                       for x in children_of(o) if x.dep_ == "pobj" for a in ctx.table.resolve(p, x)]
                elif c.lower_ in ("with", "on", "against", "to") or c.lower_ == "at" and consult:
                    tgt += ctx.table.resolve(p, g)  # "talks at the National Conciliation Board": the body that
                    # hosts them takes part (an actor, never a mere place: places are no actors)
    for c in children_of(tok):  # "the talks, hosted by the African Union and attended by a US observer, …"
        if consult and c.dep_ == "acl" and c.pos_ == "VERB" and tok.dep_ != "pobj":  # not "… in a session chaired by X"
            # (a setting), nor "a ceasefire brokered by X" (the broker does not cease fire)
            for v in (c, *c.conjuncts):
                src += [a for ag in children_of(v) if ag.dep_ == "agent" for g in children_of(ag) if g.dep_ == "pobj"
                        for x in (g, *g.conjuncts) for a in next((r for r in (
                            *(ctx.table.resolve(p, z) for z in children_of(x) if z.dep_ == "appos"),
                            ctx.table.resolve(p, x), modifier_actor(ctx, s, x)) if r), [])]  # "… and her Turkish counterpart, X"
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
        tok = tok.head  # "began a hunger strike", "launched a mediation effort": the phrase's head is the object
    elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" and (tok.head.head.dep_ in (
            "dobj", "nsubjpass", "attr") or consult and (_out_of(tok.head.head) or tok.head.head.dep_ == "pobj"
                                                        and tok.head.head.head.lower_ in ("after", "during", "following"))):
        tok = tok.head.head  # "ended two days of talks", "launched a wave of strikes": the measure is the object
    h = tok.head
    if tok.dep_ in ("dobj", "pobj", "nsubjpass", "attr") and (h.lemma_ in LIGHT_VERBS or tok.dep_ == "dobj"):
        if not src and h.pos_ in ("VERB", "AUX"):
            src += subjects(ctx, s, h) or _adjective_subject(ctx, s, h) or _split_subjects(ctx, s, h)
        elif not src:
            src += subjects(ctx, s, tok)
    elif _gone_on(ctx, tok) and not src:
        src += subjects(ctx, s, _onset_verb(ctx, tok))  # "the union went on strike": who went
    if named:  # "Turkey's navy issued a NAVTEX warning": the issuer acts; "the US held Iran talks": Iran is the partner
        tgt += [a for a in named if a not in src] if src else []
        src = src or named
    if consult and tok.dep_ == "nsubj" and not src and h.pos_ in ("VERB", "AUX"):  # "the talks began on Saturday with the
        heads = [h, *(c for c in children_of(h) if c.dep_ == "attr" and c.pos_ == "NOUN")] if h.lemma_ == "be" else [h]
        # ("the meeting was the first encounter between the bloc and the juntas": the predicate names who met)
        src += [a for v in heads for c in children_of(v) if c.dep_ == "prep" and c.lower_ in ("with", "between", "among")  # minister,
                for g in children_of(c) if g.dep_ == "pobj" for x in (g, *g.conjuncts)  # company executives and delegates"
                for a in ctx.table.resolve(s.para, x, conj=False) if a not in src]
    if tok.dep_ == "pobj" and (h.lower_ in ("for", "after", "during", "at") or consult and _out_of(tok)) and not src:
        v = h.head
        if v.pos_ in ("VERB", "AUX"):
            src += subjects(ctx, s, v)
    if tok.dep_ == "nsubj" and not src:
        tgt += []
    return list(dict.fromkeys(src)), list(dict.fromkeys(tgt))


def _text_owner(ctx: Context, sents: list[Sentence], k: int, noun: Any, proposing: frozenset[str],
                union: str | None) -> list[str]:
    """Whose text a participle puts forward when it names no doer: its owner ("the league's latest offer, presented
    on Monday", "a British counter-offer tabled on Monday"), else the owner of the last earlier mention of the same
    noun ("the city council's latest offer", "an offer by X", "X made a new offer" before "The revised offer, tabled
    last Thursday, …"). A mention rejected or discussed names no owner ("Unite rejected the offer")."""
    lem = noun.lemma_.lower()
    for j in range(k, -1, -1):
        s = sents[j]
        for t in reversed([t for t in s.tokens if j < k or t.i <= noun.i]) if lem in s.lemmas else ():
            if t.pos_ != "NOUN" or t.lemma_.lower() != lem:
                continue
            half = _first_half(t)  # "a British counter-offer": the modifiers of its first half too
            own = [a for x in ((t,) if half is None else (t, half)) for c in children_of(x)
                   if c.dep_ in ("poss", "compound", "amod") and c.i < x.i
                   for a in (_own_doer(ctx, s, t, c) if c.lower_ in ("its", "their")
                             else modifier_actor(ctx, s, c) or _described(ctx, c, union))]  # "the city council's latest offer"
            own += [a for c in children_of(t) if c.dep_ == "prep" and c.lower_ in ("by", "from")
                    for g in children_of(c) if g.dep_ == "pobj" for a in ctx.table.resolve(s.para, g)]
            if not own and t.dep_ == "dobj" and t.head.lemma_.lower() in proposing:
                own = subjects(ctx, s, t.head)
            if own:
                return list(dict.fromkeys(own))
    return []


def _deeper_phrase(t: Any, top: Any) -> bool:
    """``t`` sits in a prepositional phrase nested inside the phrase ``top`` heads: "access to the Bank's model"
    under "for"."""
    x = t.head
    while x.i != top.i and x.head.i != x.i:
        if x.dep_ == "prep":
            return True
        x = x.head
    return False


def _letter_addressee(ctx: Context, s: Sentence, verb: Any) -> list[str]:
    """Whom a message verb is addressed to: "wrote to Ghana's finance ministry", "appealed to the court"."""
    if verb.pos_ != "VERB":
        return []
    return [a for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "to" for g in children_of(c)
            if g.dep_ == "pobj" for a in ctx.table.resolve(s.para, g)]


def _reduced_relative(verb: Any) -> bool:
    """A past participle right after a common noun, with no subject or auxiliary of its own, that the parser did not
    hang on that noun: "an arrangement agreed last year" read as a clause of the sentence."""
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ in ("acl", "amod", "relcl") or verb.i == 0:
        return False
    toks = tokens_of(verb.doc)
    prev = toks[verb.i - 1]
    if prev.pos_ != "NOUN" or prev.dep_ not in ("pobj", "dobj", "appos", "conj") or prev.ent_type_ in ("DATE", "TIME") or any(
            c.dep_ in ("aux", "auxpass", "csubj", "expl", "nsubjpass") for c in children_of(verb)) or any(
            c.dep_ != "nsubj" and c.left_edge.i <= prev.i <= c.right_edge.i for c in children_of(verb)):
        return False  # ("after Kyiv in recent days struck …": the noun is the verb's own phrase)
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    return subj is None and verb.tag_ == "VBN" or subj is not None and any(  # "X, who chairs the talks under an arrangement agreed last year, said": an aside opened
        c.dep_ in ("relcl", "appos", "acl") and c.left_edge.i > 0 and toks[c.left_edge.i - 1].text == ","
        and c.left_edge.i <= prev.i <= c.right_edge.i for c in children_of(subj))  # by a comma closes with one


def _with_partner(noun: Any) -> bool:
    """The meeting noun names one side by "with": "talks with a Tanzanian delegation"."""
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in children_of(noun))


def _speakers_side(ctx: Context, speakers: list[str], partners: list[str]) -> list[str]:
    """The speaker and the state or body he serves, when none of them is on the side of ``partners``: the other
    party of the talks he reports "with" them."""
    theirs = ctx.table.camp(partners)
    side = [a for a in ctx.table.camp(speakers) if a in ctx.table.actors]
    if not speakers or set(side) & theirs:
        return []
    return list(dict.fromkeys([*speakers, *sorted(a for a in side if a not in speakers)]))


def _neighbour_subjects(ctx: Context, sents: list[Sentence], k: int) -> list[str]:
    """"The talks took place …": who talked is said in the next (or previous) sentence."""
    for j in (k + 1, k - 1):
        if 0 <= j < len(sents) and sents[j].para is sents[k].para:
            out: list[str] = []
            for t in sents[j].span:
                if t.dep_ in ("nsubj", "nsubjpass"):
                    out += [a for a in ctx.table.resolve(sents[j].para, t) if a not in out]
            if out:
                return out
    return []


COLLECTIVE = {"both", "two", "all", "three", "four", "rival", "warring", "negotiating"}


def _collective_parties(verb: Any, party_nouns: set[str]) -> bool:
    """The subject is the negotiating parties as a whole ("the two sides", "both delegations", "the leaders",
    "the parties"): no name, nationality or owner of its own, so it means whoever sits at the article's talks."""
    v = verb
    for _ in range(3):
        subj = [c for c in children_of(v) if c.dep_ in ("nsubj", "nsubjpass")]
        if subj or v.dep_ not in ("conj", "xcomp") or v.head.i == v.i:
            break
        v = v.head
    for c in subj:
        if c.lemma_.lower() == "both" and c.pos_ in ("PRON", "DET", "NOUN"):
            return True
        if c.lemma_.lower() in party_nouns and c.tag_ == "NNS" and all(
                m.dep_ in ("det", "predet", "punct") or m.lower_ in COLLECTIVE for m in children_of(c)):
            return True
    return False


STATE_PLURALS = {"countries", "nations", "states", "governments", "capitals"}


def _two_named(ctx: Context, s: Sentence, verb: Any) -> list[str] | None:
    """"the two countries" as the subject of ``verb``: the two states its own sentence names before it, a capital
    as its state's seat ("The Saudi government has courted Italy, and Meloni visited Riyadh in January, when the two
    countries signed agreements": Saudi Arabia and Italy); None when the subject is another or the sentence names
    not exactly two."""
    subj = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in STATE_PLURALS and any(
        m.dep_ == "nummod" and m.lower_ in ("two", "both") or m.dep_ == "det" and m.lower_ == "both"
        for m in children_of(c))), None)
    if subj is None:
        return None
    found: list[str] = []
    for t in s.tokens:
        if t.i >= subj.i:
            break
        a = ctx.table.at(s.para, t.i)
        if a is None:
            pl = ctx.table.places.get(ctx.table.place_at(s.para, t.i) or "")
            a = (pl or {}).get("seat_of")
        if a is not None and a in ctx.table.actors and ctx.table.actors[a].type == "State" and a not in found:
            found.append(a)
    return found if len(found) == 2 else None


def _said_in(tok: Any, verb: Any) -> bool:
    """``tok`` lies in what ``verb`` says ("warned that the US was prepared to impose sanctions"): up the
    clausal complements (that-clause, infinitive, predicate) from ``tok`` to ``verb``."""
    t = tok
    for _ in range(4):
        if t.dep_ not in ("ccomp", "xcomp", "acomp") or t.head.i == t.i:
            return False
        t = t.head
        if t.i == verb.i:
            return True
    return False


def _crew_of(ctx: Context, s: Sentence, verb: Any) -> list[str]:
    """"Fighters from the Viv Ansanm coalition": a common-noun subject told as people of a named group
    acts for that group (a person named in apposition speaks for himself)."""
    for c in children_of(verb):
        if c.dep_ != "nsubj" or c.pos_ != "NOUN" or any(g.dep_ in ("appos", "poss") for g in children_of(c)):
            continue
        if any(a in ctx.table.actors and ctx.table.actors[a].type == "Person" for a in ctx.table.resolve(s.para, c)):
            continue
        for pp in children_of(c):
            if pp.dep_ == "prep" and pp.lower_ in ("from", "of"):
                who = [a for g in children_of(pp) if g.dep_ == "pobj" for a in (ctx.table.resolve(s.para, g) or [
                    ctx.table.at(s.para, t.i) for t in subtree_of(g)]) if a in ctx.table.actors and ctx.table.actors[a].type != "Person"]
                if who:
                    return who
    return []


def _leader_of(ctx: Context, s: Sentence, verb: Any) -> list[str]:
    """"Federal negotiators, led by Redwan Hussien, presented …": the named leader acts with the team."""
    return [a for c in children_of(verb) if c.dep_ == "nsubj" for v in children_of(c)
            if v.dep_ == "acl" and v.lemma_.lower() in ("lead", "head", "chair")
            for ag in children_of(v) if ag.dep_ == "agent" for g in children_of(ag) if g.dep_ == "pobj"
            for a in ctx.table.resolve(s.para, g)]


def _previous_group(ctx: Context, prev: Sentence) -> list[str]:
    """The group a sentence-initial "its"/"their" points back to: the previous sentence's main subject,
    when it is an organisation, state or group (a person has no members)."""
    root = prev.span.root
    return [a for c in children_of(root) if c.dep_ in ("nsubj", "nsubjpass") for a in ctx.table.resolve(prev.para, c)
            if a in ctx.table.actors and ctx.table.actors[a].type != "Person"]


def _nested(t: Any, top: Any) -> bool:
    """Whether t sits in a clause of its own below top ("the group, which Iran backs"): not top's own words."""
    h = t.head
    for _ in range(12):
        if h.i == top.i or h.head.i == h.i:
            return False
        if h.dep_ in ("relcl", "acl", "ccomp"):
            return True
        h = h.head
    return True


def _left_actor(ctx: Context, s: Sentence, tok: Any) -> list[str]:
    """A subject the parser lost ("after Kyiv in recent days struck …"): the nearest actor to the left."""
    # a main verb with no subject at all may look past commas: "CARICOM's secretary-general, Marlon Thorne, presented"
    rootless = tok.dep_ == "ROOT" and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in children_of(tok))
    if rootless:  # "To bridge the gap, Algeria, which holds …, circulated": the subject hung as an appositive on the
        for c in children_of(tok):  # fronted clause's object
            if c.dep_ in ("advcl", "prep") and c.i < tok.i:
                for t in subtree_of(c):
                    if t.dep_ == "appos" and t.head.i < t.i and ctx.table.at(s.para, t.i) and not _nested(t, c):
                        return ctx.table.resolve(s.para, t) or [ctx.table.at(s.para, t.i)]
    # a clause describing the subject names another party: "a commission overseeing the PKK process presented"
    described = {d.i for c in children_of(tok) if c.dep_ == "nsubj" for g in children_of(c) if g.dep_ in ("acl", "relcl")
                 for d in subtree_of(g)}
    described |= {d.i for c in children_of(tok) if c.dep_ == "nsubj" and c.pos_ == "NOUN" and not _state_people(ctx, c)
                  for g in children_of(c) if g.dep_ == "prep" and g.lower_ in CROWD_PLACE_PREPS for d in subtree_of(g)}
    # ("Cocoa sharecroppers in Ghana marched": the subject is there, only no actor; Ghana is where they are)
    for t in reversed(list(s.span.doc[max(s.span.start, tok.i - (12 if rootless else 6)):tok.i])):
        if t.pos_ in ("VERB", "AUX") or t.text == ";" or (t.text == "," and not rootless) or t.i in described:
            break
        a = ctx.table.at(s.para, t.i)
        if a:
            h = t
            while h.dep_ == "conj" and h.head.i < h.i:
                h = h.head
            return ctx.table.resolve(s.para, h) or [a]
    return []


def _name_index(ctx: Context) -> dict[str, str]:
    """Every name and alias of the article's actors, and a person's surname when only one person bears it
    ("Kovačević" for Nenad Kovačević), lower-cased → the actor's canonical name."""
    out: dict[str, str] = {}
    surnames: dict[str, set[str]] = {}
    for a in ctx.table.actors.values():
        for n in (a.name, *a.aliases):
            out.setdefault(n.lower(), a.name)
        if a.type == "Person" and " " in a.name:
            surnames.setdefault(a.name.split()[-1].lower(), set()).add(a.name)
    for last, who in surnames.items():
        if len(who) == 1:
            out.setdefault(last, next(iter(who)))
    heads: dict[str, set[str]] = {}  # "Harbourline" for Harbourline Ports Holdings: a firm's short name is its first word
    for a in ctx.table.actors.values():
        for w in {n.split()[0] for n in (a.name, *a.aliases) if " " in n}:
            heads.setdefault(w.lower(), set()).add(a.name)
    for w, who in heads.items():
        a = ctx.table.actors.get(next(iter(who)))
        if len(who) == 1 and a is not None and a.type in ("Organization", "Group") and len(w) > 4 and w[:1].isalpha() and \
                w not in COMMON_HEADS and ctx.table.gaz.lookup(w) is None and ctx.table.gaz.adjective(w) is None:
            out.setdefault(w, a.name)
    return out


def _described_subject(ctx: Context, verb: Any, union: str | None) -> list[str]:
    """"The union representing 42,000 dockworkers and the alliance of shipping lines … reached a deal": a body
    named by its kind ("the union", "the alliance", "the ministry") is the one organisation of the article whose
    name holds that word (the union of a labour dispute for "union"). A subject owned so acts for its owner:
    "the union's team walked out" is the union's walkout."""
    out: list[str] = []
    for c in children_of(verb):
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        for x in (c, *c.conjuncts):
            owner = next((g for g in children_of(x) if g.dep_ == "poss"), None)
            out += [a for a in _described(ctx, x, union) or (_described(ctx, owner, union) if owner is not None else [])
                    if a not in out]
    return out


def _described(ctx: Context, x: Any, union: str | None) -> list[str]:
    """The one organisation whose name holds the word of "the union", "the council" (see _described_subject)."""
    word = x.lower_
    if x.pos_ != "NOUN" or not any(d.dep_ == "det" and d.lower_ == "the" or d.dep_ == "poss" and d.lower_ == "their"
                                   and word in ("union", "unions") and union for d in children_of(x)):
        return []  # ("the union"; "riders … but their union warned": the dispute's union too)
    found = [a.name for a in ctx.table.actors.values() if a.type in ("Organization", "Group") and word in _name_words(a.name)]
    # "the airline" is no "Airline Pilots Association"; "the ports' lobby" may be the "Association of Ports"
    found = [n for n in found if word == kind_word(n) or x.dep_ == "poss" and word in member_words(n)]
    if word in ("union", "unions") and union:
        found = [union]
    return found if len(found) == 1 else []


def _stem(w: str) -> str:
    """"communities" → "community", "workers" → "worker": a name word and a common noun compared by their stem."""
    w = w.lower().strip("'’,.()")
    return w[:-3] + "y" if w.endswith("ies") else w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _counted_crowd(tok: Any, people: frozenset[str], sizes: frozenset[str]) -> bool:
    """"Hundreds of thousands of people blocked streets", "up to 1,000 ethnic Turks began a hunger strike": a crowd
    told by its size and made of people (a crowd word or a nationality) protests even when it is nobody's. Tractors,
    a party's supporters ("thousands of the party's supporters": the party, unresolved) or an uncounted "Serbs" are
    not kept: over the studied articles every sourceless protest so told was noise."""
    verb = tok.head if tok.pos_ != "VERB" and tok.dep_ in ("dobj", "attr") else tok
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        subj = next((c for c in children_of(verb.head) if c.dep_ == "nsubj"), None)  # "… began a hunger strike to protest"
    if subj is None or subj.pos_ == "PRON":
        return False
    words = subtree(subj, stop=CLAUSES)
    if any(w.dep_ == "poss" for w in words):
        return False
    counted = any(w.dep_ == "nummod" and w.head in words and w.head.lower_ not in sizes for w in words) or (
        subj.lower_ in sizes and any(w.dep_ == "pobj" and w.head.head.i == subj.i for w in words))
    return counted and any(w.lower_ in people or w.ent_type_ == "NORP" and w.tag_ == "NNPS"
                           for w in words if w.pos_ in ("NOUN", "PROPN"))


def _but_refused(verb: Any, kind: Callable[[Any], str], reporting: frozenset[str]) -> bool:
    """"X welcomed the changes but could not accept any veto", "supported a treaty but opposes production limits",
    "backed the text but could sign it only if …": support taken back in the same breath by a refusal or a condition
    joined with "but" is a mixed stance (the positions section has it), not an act of support. Over the 123 studied
    articles this kept 4 of 5 such wrong SUPPORT events out and no right one ("backed X but urged/warned …" stays).
    The refusal may be reported ("welcomed the text but said it could not accept …"): over 159 articles 7 such, all
    optional or wrong as support."""
    if not any(c.dep_ == "cc" and c.lower_ == "but" for c in children_of(verb)):
        return False
    later = [c for c in children_of(verb) if c.dep_ == "conj" and c.i > verb.i]
    said = [g for c in later if c.lemma_.lower() in reporting for g in children_of(c) if g.dep_ == "ccomp"]
    # ("welcomed the text but said it could not accept …": the refusal reported)
    return any(_negated_or_bound(c) or kind(c) == "REJECT" for c in later + said)


def _negated_or_bound(verb: Any) -> bool:
    """"could not accept", "could sign it only if …": the verb is negated or held to a condition ("only")."""
    return any(g.dep_ == "neg" or (g.dep_ == "advmod" and g.lower_ == "only") or (g.dep_ == "advcl" and any(
        m.dep_ == "advmod" and m.lower_ == "only" for m in children_of(g))) for g in children_of(verb))


def _member_body(ctx: Context, verb: Any) -> list[str]:
    """"Several hundred community members blocked the road": a crowd named by what it belongs to ("community",
    "farmer", "student") acts for the one organisation or group of the article whose name holds that word
    ("Federation of Indigenous Communities")."""
    for c in children_of(verb):
        if c.dep_ != "nsubj" or c.pos_ != "NOUN":
            continue
        words = {_stem(m.text) for m in children_of(c) if m.dep_ in ("compound", "amod") and m.pos_ == "NOUN"} | {_stem(c.text)}
        words -= {"member", "people", "man", "woman", "resident", "protester", "demonstrator", "official", "leader"}
        found = [a.name for a in ctx.table.actors.values() if a.type in ("Organization", "Group") and words & {
            _stem(w) for w in a.name.split()}]
        if len(found) == 1:
            return found
    return []


def _reported_charge(ctx: Context, s: Sentence, said: Any, charges: set[str]) -> bool:
    """What a speaker says another party is doing names a wrong ("Chisinau was organising a humanitarian catastrophe",
    "the US was using coercion and bullying"): the reported clause's subject is an actor outside the speaker's camp and
    its predicate holds a word of wrongdoing. Negated ("was not using coercion") or the speaker's own side: no charge."""
    speaker = subjects(ctx, s, said)
    if not speaker:
        return False
    camp = ctx.table.camp(speaker)
    for c in children_of(said):
        if c.dep_ != "ccomp" or any(g.dep_ == "neg" for g in children_of(c)):
            continue
        accused = [a for g in children_of(c) if g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN") for a in ctx.table.resolve(s.para, g)]
        # (a party named or a body the actor table resolves, "the government", "management"; "any provocation" below
        # is hypothetical, no charge)
        if not accused or ctx.table.camp(accused) & camp:
            continue  # "the general said the army was ready for any provocation": his own side
        if any(t.lower_ in charges or t.lemma_.lower() in charges for t in subtree(c, stop={"relcl", "ccomp", "advcl"})
               if t.dep_ != "nsubj" and t.head.dep_ != "nsubj" and not any(d.lower_ in ("any", "no") for d in children_of(t))):
            return True
    return False


def _any_consequence(ctx: Context, tok: Any, verbs: frozenset[str]) -> bool:
    """A speaker says what would befall any act of the other side ("said any attempt to block roads would be met with
    force", "warned that any doctor who joins the strike would not be paid"): the act, named by "any" and described
    by its own clause or phrase, is what is threatened against; the consequence is a verb of answer or cost."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs or tok.dep_ != "ccomp" \
            or tok.head.lemma_.lower() not in ctx.lex.reporting:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll") for c in children_of(tok)):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "any" for d in children_of(c))
               and any(d.dep_ in ("acl", "relcl", "prep") for d in children_of(c)) for c in children_of(tok))


def _named_subject(s: Sentence, verb: Any, names: dict[str, str]) -> list[str]:
    """A subject the actor table left untagged ("Aldovia rejects the accusation."): its words are the name
    or alias of one of the article's actors (the parser may tag an unknown name a common noun)."""
    for c in children_of(verb):
        if c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ == "PROPN" or c.pos_ == "NOUN" and c.text[:1].isupper()):
            words = [t for t in s.span.doc[c.left_edge.i:c.i + 1] if t.dep_ != "det"]
            for k in range(len(words)):
                hit = names.get(" ".join(t.text for t in words[k:]).lower())
                if hit:
                    return [hit]
    return []


FORCE_WORDS = ("army", "military", "armed forces", "defence force", "defense force")


def _doer_heads(verb: Any) -> list[Any]:
    """The verb's subjects and the objects of its passive agent ("were detained by police"): who is told doing it."""
    return [g for c in children_of(verb) if c.dep_ in ("nsubj", "agent")
            for g in ([c] if c.dep_ == "nsubj" else [x for x in children_of(c) if x.dep_ == "pobj"])]


def _force_owner(ctx: Context, s: Sentence, verb: Any, troops: set[str]) -> list[str]:
    """"Soldiers had killed 34 villagers", "military jets bombed a market": armed men with no flag of their own
    are the article's army: the one actor named as an army and not named in the sentence (a state's own army first)."""
    heads = _doer_heads(verb)
    if not any(h.lemma_.lower() in troops or h.lower_ in troops or any(
            m.dep_ == "amod" and m.lower_ == "military" for m in children_of(h)) for h in heads):
        return []
    named = {ctx.table.at(s.para, t.i) for t in s.tokens}  # "…, according to the Arakan Army": not the unnamed side
    armies = [a.name for a in ctx.table.actors.values() if a.type != "Person" and a.name not in named and any(
        w in a.name.lower() for w in FORCE_WORDS)]
    if len(armies) > 1:  # a state's own army ("Myanmar army") before a rebel one ("Arakan Army")
        states = [a.name.lower() for a in ctx.table.actors.values() if a.type == "State"]
        armies = [x for x in armies if any(st in x.lower() for st in states)]
    return armies if len(armies) == 1 else []


def _police_owner(ctx: Context, verb: Any, police: frozenset[str]) -> list[str]:
    """"Police fired tear gas", "riot police detained 40": a force named only by its kind is the article's one
    police body (an actor whose name or alias is a police word), as an unflagged army is the article's army;
    so is the agent of a passive ("were detained by police")."""
    if not any(h.lemma_.lower() in police or h.lower_ in police for h in _doer_heads(verb)):
        return []
    bodies = [a.name for a in ctx.table.actors.values() if a.type != "Person" and any(
        w in police for n in (a.name, *a.aliases) for w in n.lower().split())]
    if not bodies:  # no police body named: the force itself acts ("Police dispersed the rally")
        name = ctx.lex.cached("events.police_actor", lambda r: str(r.get("police_actor", "")))
        return [ctx.table.actor(name, "Organization").name] if name else []
    return bodies if len(bodies) == 1 else []


def _root_conjunct(ctx: Context, s: Sentence, tok: Any) -> list[str]:
    """"She has said that Mexico must pay before the cycle ends and has accused Mexico City of …": the parser
    hangs the second verb on the nearest clause; one that repeats the main verb's auxiliary ("has … and
    has …") and has no subject of its own continues the main clause, so the main subject acts."""
    if tok.pos_ != "VERB" or tok.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(tok)):
        return []
    aux = {c.lower_ for c in children_of(tok) if c.dep_ == "aux"} & {"has", "have", "had"}
    h = tok.head
    if not aux or h.dep_ not in ("advcl", "ccomp", "relcl"):
        return []
    root = h
    for _ in range(8):
        if root.head.i == root.i:
            break
        root = root.head
    if root.i == h.i or not aux & {c.lower_ for c in children_of(root) if c.dep_ == "aux"}:
        return []
    return subjects(ctx, s, root)


SUBORDINATORS = {"since", "when", "after", "before", "because", "as", "while", "until", "once", "although", "though"}


def _participle_owner(ctx: Context, s: Sentence, tok: Any) -> list[str]:
    """"X had fought the cap since Mayor Y unveiled it in February, threatening to take the council to court": a
    participle after a comma that the parser hangs on a subordinate clause ("since …", "after …") belongs to the
    main clause, so the main clause's subject acts, never the subordinate clause's ("…, calling it … and
    threatening to …": a participle joined to one shares it)."""
    p = tok
    while p.dep_ == "conj" and p.tag_ == "VBG" and p.head.tag_ == "VBG":
        p = p.head
    if not set_off_participle(p):
        return []
    h = p.head
    if h.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in SUBORDINATORS for m in children_of(h)):
        return []
    for _ in range(4):
        if h.dep_ != "advcl" or not any(m.dep_ == "mark" for m in children_of(h)) or h.head.i == h.i:
            break
        h = h.head
    return subjects(ctx, s, h) if h.i != p.head.i else []


def _unknown_listed_doer(ctx: Context, s: Sentence, tok: Any) -> bool:
    """"He said the gangs had promised to stop murders, end recruitment and allow bus drivers to work": a bare
    infinitive joined to a reported clause's verb shares that clause's subject (the gangs), not the reporter's; when
    that subject is no actor the act has no known doer (a reporter's own second act is finite: "… and urged")."""
    if tok.tag_ != "VB" or tok.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in children_of(tok)):
        return False
    h = tok.head
    for _ in range(6):
        if h.dep_ != "conj" or h.head.i == h.i:
            break
        h = h.head
    subj = next((c for c in children_of(h) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return h.dep_ == "ccomp" and h.head.lemma_.lower() in ctx.lex.reporting and subj is not None and \
        subj.pos_ in ("NOUN", "PROPN") and not ctx.table.resolve(s.para, subj)


def _reporter_conjunct(ctx: Context, s: Sentence, tok: Any) -> list[str]:
    """"Lindqvist said the ruling showed that Britain cannot close waters, and called on London to …": a
    speech act joined by ", and" to a reported clause, with no subject of its own, is the reporter's second act
    (the parser hangs it on the nearest verb of what was said)."""
    if tok.pos_ != "VERB" or tok.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(tok)):
        return []
    if not (tok.i > 1 and tokens_of(tok.doc)[tok.i - 1].lower_ == "and" and (tokens_of(tok.doc)[tok.i - 2].text == "," or any(
            c.dep_ == "expl" for c in children_of(tok.head)))):  # "told X that there was no other path and called on …"
        return []
    h = tok.head
    for _ in range(6):
        if h.dep_ == "ccomp" and h.head.lemma_.lower() in ctx.lex.reporting:
            return subjects(ctx, s, h.head)
        if h.head.i == h.i or h.dep_ not in ("ccomp", "conj", "advcl", "xcomp"):
            return []
        h = h.head
    return []


def _reporter_pronoun(ctx: Context, s: Sentence, tok: Any) -> list[str]:
    """"Halvorsen said the walkouts violated the clause, and it filed a complaint": "it" of a verb joined to the
    reporting verb is the reporter, not the nearest organisation of what was reported."""
    if tok.dep_ != "conj" or tok.head.lemma_.lower() not in ctx.lex.reporting or tok.head.pos_ != "VERB":
        return []
    subj = next((c for c in children_of(tok) if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in ("it", "they"):
        return []
    said = next((c for c in children_of(tok.head) if c.dep_ == "ccomp"), None)
    return subjects(ctx, s, tok.head) if said is not None and said.i < tok.i else []


OWN_SIDE = {"we", "i", "it", "they", "he", "she"}  # the speaker's side as the reported clause names it


def _with_xcomp_children(tok: Any) -> list[Any]:
    """The children of ``tok`` and of its xcomps, where its condition may hang ("would begin withdrawing them if the
    money did not materialise": the parser hangs the condition on the xcomp)."""
    return [c for v in (tok, *(x for x in children_of(tok) if x.dep_ == "xcomp")) for c in children_of(v)]


def _conditional_threat(ctx: Context, s: Sentence, tok: Any) -> Any | None:
    """"Mehrani said his government would reconsider every form of cooperation if the Europeans went ahead":
    what the speaker's own side would do should the other side act is a threat (PLOVER THREATEN), whatever
    the verb. Returns the reporting verb whose subject threatens."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ in ("would", "will", "wo", "'ll", "may", "might", "could")
                                     for c in children_of(tok)):
        return None
    subj = next((c for c in (*children_of(tok), *(children_of(tok.head) if tok.dep_ == "conj" else ()))
                 if c.dep_ in ("nsubj", "nsubjpass")), None)  # "said it backed X but would file a motion if …": the
    # conjunct with no subject of its own shares its head's
    attempt = subj is not None and subj.lemma_.lower() in ctx.lex.cached(
        "events.attempt_nouns", lambda raw: frozenset(raw.get("attempt_nouns", ()))) and any(
        d.lower_ == "any" for d in children_of(subj))  # "said any attempt to clear the roads would lead to a
    # strike": the other side's move is the condition, what follows it the speaker's answer
    if not attempt and not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in children_of(c))
                               and not any(m.lower_ == "only" for m in children_of(c)) for c in _with_xcomp_children(tok)):
        return None  # "will consider a ceasefire only if …": a condition of its own step, no threat
    if any(c.dep_ == "advmod" and c.lower_ == "only" for c in children_of(tok)):
        return None  # "would only stop kidnapping if the state …": an offer on terms
    if subj is None or subj.dep_ == "nsubjpass" and not attempt:
        return None
    own = attempt or subj.lower_ in OWN_SIDE or any(g.dep_ == "poss" and g.lower_ in ("his", "her", "its", "their", "our", "my")
                                                    for g in children_of(subj))
    h = tok
    for _ in range(4):
        if h.dep_ == "relcl" and any(c.dep_ in ("mark", "dobj") and c.lower_ == "that" for c in children_of(h)) and any(
                c.dep_ == "nsubj" and c.lower_ != "that" for c in children_of(h)):
            n = h.head  # "told investors on a call that the company would …": the parser makes the clause the call's
            while n.dep_ in ("pobj", "prep", "dobj") and n.head.i != n.i:
                n = n.head
            h = n
        elif h.dep_ not in ("ccomp", "conj") or h.head.i == h.i:
            return None
        else:
            h = h.head
        if h.lemma_.lower() in ctx.lex.reporting and h.pos_ == "VERB":
            return h if own or _speaks_for(ctx, s, h, subj) else None
    return None


def _speaks_for(ctx: Context, s: Sentence, said: Any, subj: Any, reporter: list[str] | None = None) -> bool:
    """"Whitlock told investors that the company would …": the reported subject, named by description ("the company",
    "the government", "the union") or by name ("Lavrov said Russia would respond if …"), is the speaker's own body:
    the speaker, one of its people, a body he belongs to or one named in his title, or (for an official tied to no
    body) the state he calls "the state" or "the government". ``reporter``: ``subjects(ctx, s, said)`` when the
    caller has it already."""
    if subj.pos_ == "PROPN":
        named = set(ctx.table.resolve(s.para, subj))
        if not named:
            return False
        reporter = subjects(ctx, s, said) if reporter is None else reporter
        return bool(named & ctx.table.camp(reporter)) or _titled_by(ctx, s, said, reporter, named)
    if not any(g.dep_ == "det" and g.lower_ == "the" for g in children_of(subj)) or subj.pos_ != "NOUN":
        return False
    reporter = subjects(ctx, s, said) if reporter is None else reporter
    if not reporter:
        return False
    if subj.lemma_.lower() in STATE_WORDS and _unaffiliated_official(ctx, reporter) and any(
            ctx.table.actors[a].type == "State" for a in ctx.table.resolve(s.para, subj) if a in ctx.table.actors):
        return True  # "the minister told reporters that the state would …": an official's "the state" is his own
    own = ctx.table.camp(reporter) | {a for c in children_of(said) if c.dep_ == "nsubj" for t in subtree(c, stop=CLAUSES)
                                      for a in [ctx.table.at(s.para, t.i)] if a}
    whose = set(ctx.table.resolve(s.para, subj))  # ("RideNow's chief executive": RideNow is his)
    if not whose:  # "the company" the table left unresolved: the one body of the speaker's own
        return subj.lemma_.lower() in BODY_KINDS and any(
            a in ctx.table.actors and ctx.table.actors[a].type != "Person" for a in own)
    said_by = _said_by(said)
    return bool(whose & own) or any(a.lower() in said_by for a in whose)  # "The Union's secretary-general, X, told …"


def _said_by_tokens(said: Any) -> list[Any]:
    """The reporting verb's whole subject phrase; a conjunct with none of its own shares its head's ("CSA board
    chair X welcomed the ruling but said …")."""
    while said.dep_ == "conj" and said.head.i != said.i and not any(c.dep_ == "nsubj" for c in children_of(said)):
        said = said.head
    return [t for c in children_of(said) if c.dep_ == "nsubj" for t in subtree_of(c)]


def _said_by(said: Any) -> str:
    """The reporting verb's whole subject phrase, lower-cased ("the union's secretary-general, x,")."""
    return " ".join(t.text for t in _said_by_tokens(said)).lower()


STATE_WORDS = {"state", "government", "country", "administration", "executive", "cabinet"}
OFFICIAL_ROLES = {"minister", "secretary", "president", "premier", "chancellor", "spokesman", "spokeswoman",
                  "spokesperson", "official", "envoy", "ambassador", "prime"}


def _titled_by(ctx: Context, s: Sentence, said: Any, speakers: list[str], bodies: set[str]) -> bool:
    """"Tomás Leal, chief executive of the low-cost carrier LusoJet, said LusoJet would …": a body named in the
    speaker's own title (in the sentence, by name or by an alias such as "CSA board chair", or among his aliases)
    is the body he speaks for, even when the table kept no affiliation. Not a side named in a clause on him ("X, who
    met Iranian officials, said Iran would …"), and a name only as a whole word ("Iran" is not in "Iranian")."""
    said_by = _said_by_tokens(said)
    inner = {t.i for x in said_by if x.dep_ in ("relcl", "acl") for t in subtree_of(x)}
    said_by = [t for t in said_by if t.i not in inner]
    text = " ".join(t.text for t in said_by).lower()
    if any(re.search(rf"(?<!\w){re.escape(b.lower())}(?!\w)", text) for b in bodies if len(b) > 2) or any(
            ctx.table.at(s.para, t.i) in bodies for t in said_by):
        return True
    for name in speakers:
        a = ctx.table.actors.get(name)
        if a is not None and a.type == "Person" and any(
                b.lower() in x.lower() for x in a.aliases for b in bodies if len(b) > 2):
            return True
    return False


def _unaffiliated_official(ctx: Context, speakers: list[str]) -> bool:
    """A speaker who holds an office ("the infrastructure minister") but whom the table tied to no body: the
    state he names by description ("the state", "the government") is his own."""
    for name in speakers:
        a = ctx.table.actors.get(name)
        if a is not None and a.type == "Person" and not a.affiliations and any(
                w in OFFICIAL_ROLES for x in [*a.aliases, *a.roles] for w in x.lower().replace("-", " ").split()):
            return True
    return False


def _official_state(ctx: Context, own: list[str], reporter: list[str]) -> bool:
    """"Mauritius will not sign …, Foreign Minister X said": an official the table tied to no body speaks for the
    state he names (as for "the government" in ``_speaks_for``); what he says it will do is its word."""
    return bool(own) and _unaffiliated_official(ctx, reporter) and all(
        a in ctx.table.actors and ctx.table.actors[a].type == "State" for a in own)


def _obligation(ctx: Context, s: Sentence, tok: Any, heads: set[str]) -> tuple[list[str], list[str]] | None:
    """"Russia said Sudan must return the helicopter": a REQUEST by the speaker of what another actor
    must do (PLOVER codes the demand, not the act). (sources, targets), or None."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ != "ccomp" or not any(
            c.dep_ == "aux" and c.lower_ == "must" for c in children_of(tok)):
        return None
    head = tok.head
    if (head.lemma_.lower() not in ctx.lex.reporting and head.lemma_.lower() not in heads) or _standing(head):
        return None  # "insists that the border must be settled": a standing position, not a request made
    src = subjects(ctx, s, head) or _adjective_subject(ctx, s, head)
    tgt = [a for c in children_of(tok) if c.dep_ == "nsubj" for a in ctx.table.resolve(s.para, c)] or _adjective_subject(ctx, s, tok)
    if not src or set(src) & set(tgt) or any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in children_of(tok)):
        return None  # "we must …", "it must …": the speaker's own duty, no demand of another
    return src, tgt


def _phrase_events(ctx: Context, s: Sentence, speakers: list[str]) -> list[EventRecord]:
    out: list[EventRecord] = []
    low = s.text.lower()
    for typ, phrases in ctx.lex.raw.get("event_phrases", {}).items():
        for ph in phrases:
            i = low.find(ph)
            if i < 0:
                continue
            if not speakers:
                speakers = subjects(ctx, s, s.span.root)
            if not speakers:
                continue
            toks = [t for t in s.tokens if t.idx - s.span.start_char >= i]
            head = toks[0]
            while head.head.i != head.i and (head.pos_ not in ("VERB", "AUX") or head.dep_ in (
                    "amod", "acl", "compound", "aux", "auxpass", "neg")):  # "would retaliate": the clause is the verb's
                head = head.head
            if typ == "CONSULT" and any(c.dep_ == "auxpass" for c in children_of(head)):
                continue  # "will be met with a lockout": an answer, not a meeting
            if typ in ("ACCUSE", "REJECT") and any(c.dep_ == "neg" and not i <= c.idx - s.span.start_char < i + len(ph)
                                                   for c in children_of(head)):
                continue  # "said Uganda was not sabotaging the accord": a charge denied is none ("not on the table" is one)
            clause = subtree(head, stop={"relcl", "ccomp", "advcl"}) if head.pos_ in ("VERB", "AUX") else toks
            if ph not in " ".join(t.lower_ for t in clause) and head.pos_ in ("VERB", "AUX"):
                clause = subtree(head, stop={"relcl"})
            tgt = [a for a in (ctx.table.at(s.para, t.i) for t in clause) if a and a not in speakers]
            out.append(EventRecord(type=typ, label=compact(clause), sources=speakers[:1],
                                   targets=list(dict.fromkeys(tgt)),
                                   date=nearest_date(s.text, i, ctx.published), evidence=evidence(ctx, s)))
            break
    return out


DEADLINE = re.compile(r"\b(?:from|until|till|by|before|through|since|starting|effective|beginning)\s+(?:(?:early|late|"
                      r"midnight|noon|midday|dawn|\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|gmt|utc|hours|hrs)?)\s+)?"
                      r"(?:on\s+)?$", re.I)  # "from early Thursday", "until midnight on Friday", "from 6 a.m. on Monday"
OFFSET = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(days?|weeks?)\s+(after|before)\b"
                    r"[^,;]*$", re.I)
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}


TIME_STAMP = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:[-\u2013\u2014]|(?:GMT|UTC|a\.m\.|p\.m\.|am|pm)\b)")
# "09:05 - The assembly has opened its session": an entry of a live blog, told on the blog's day


def _live_from(sents: list[Sentence]) -> int | None:
    """The index of the first paragraph of a live blog's entries (two or more paragraphs open with a time stamp,
    "11:30 - Bosnia's presidency met …"), or None: each entry is the story's day unless it names its own."""
    stamped = sorted({s.para.idx for s in sents if s.kind == "body" and TIME_STAMP.match(s.para.text)})
    return stamped[0] if len(stamped) >= 2 else None


_HEADER_WORDS = re.compile(rf"(?:{'|'.join(WEEKDAYS)}|{'|'.join(MONTHS)}|(?:{'|'.join(ABBREVIATIONS)})\.?|\d{{1,4}}(?:st|nd|rd|th)?"
                           r"|[,.\s\u2013\u2014-])+", re.I)  # a paragraph of date words only: a live blog's day header


def _live_days(sents: list[Sentence], live: int | None, pub: Any) -> dict[int, Any]:
    """A live blog's day headers ("Friday 12 June", "Saturday, June 13"): a paragraph that is only a date phrase dates
    the stamped entries under it, up to the next header ("Friday 12 June / 22:40 - Bolivia asked the chair …" is the
    12th, though the blog is published on the 13th). Paragraph index → the day of the header above it; entries above
    every header, and headers naming a day after publication, keep the story's day."""
    if live is None:
        return {}
    out: dict[int, Any] = {}
    day = None
    for p in {s.para.idx: s.para for s in sents}.values():
        if p.kind == "body" and len(p.text) <= 40 and _HEADER_WORDS.fullmatch(p.text) and not TIME_STAMP.match(p.text):
            found = find_dates(p.text, pub, None)
            day = found[0][1] if found and (pub is None or found[0][1] <= pub) else None
        elif day is not None:
            out[p.idx] = day
    return out


FLASHBACK_DAYS = 7  # a day named a week or more before the latest one the story has told of is a flashback


def _flashback(carry: Any, latest: Any) -> bool:
    """The last day named goes back a week or more before the latest day the story has told of ("signed a grazing deal
    on Saturday. … On Sept. 27, a herder was shot dead."): a flashback. An undated act of a later paragraph ("X called
    on the police to patrol it") happens in the story's present, the latest day, not on the flashback's."""
    return carry is not None and latest is not None and (latest - carry).days >= FLASHBACK_DAYS


BACKGROUND_DAYS = 365  # a day a year or more before publication is history ("frozen after the attack on Oct. 7, 2023")


def _story_days(text: str, found: list[tuple[int, Any]], pub: Any) -> list[Any]:
    """The days of ``found`` (date phrases of ``text``) a story can tell of for acts of other sentences: not a week
    told as a day ("a softer tone than last week") nor a background day a year or more back ("the talks were frozen
    after the attack on Oct. 7, 2023. Egypt and Jordan have backed …": not that day)."""
    return [d for pos, d in found if not stand_in(text, pos) and (
        pub is None or d > pub - dt.timedelta(days=BACKGROUND_DAYS))]


def _dates(text: str, pub: Any, anchor: Any) -> list[tuple[int, Any]]:
    """Date phrases of a sentence that can date an event: deadlines ("from November 1", "by Friday") cannot."""
    return [(pos, d) for pos, d in find_dates(text, pub, anchor) if not DEADLINE.search(text[max(0, pos - 30):pos])]


def _dated_next(ctx: Context, sents: list[Sentence], k: int, anchor: Any, reported: bool = False) -> Any:
    """An undated act told before any date of its paragraph is told again, and dated, by the paragraph's next
    dated sentence: "The ministry denied the claim. Its spokesman said on Tuesday that …" denied it on Tuesday (a date
    still to come is none). Sentences of quoted words in between are the reply's own ("Kyiv denied it. "There was no
    agreement. The test stays," Melnyk wrote on Thursday"); any other undated sentence, or an undated report of
    the quote ("…," the ministry said in a statement), ends the search. With ``reported``, the dated sentence must
    report speech: after the paragraph named another day, only the reply's report dates it ("X said on Monday it
    had …. The ministry rejected the figure. "…," its spokesman told a briefing on Thursday")."""
    for j in range(k + 1, len(sents)):
        s = sents[j]
        if s.para is not sents[k].para:
            return None
        found = _dates(s.text, ctx.published, anchor)
        report = not s.lemmas.isdisjoint(ctx.lex.reporting)
        if found:
            if reported and not report or not _on_main_verb(ctx, s, found[0][0]) or stand_in(s.text, found[0][0]):
                return None  # "The union said its members had rejected a pay offer in a ballot on Feb. 20": the
                # ballot's day, not the day of the sentence before
            return found[0][1] if ctx.published is None or found[0][1] <= ctx.published else None
        if report or not any(q in s.text for q in QUOTES):
            return None
    return None


def _on_main_verb(ctx: Context, s: Sentence, pos: int) -> bool:
    """The date phrase at character ``pos`` of ``s`` dates the sentence's own verb or its report ("Its spokesman
    said on Tuesday that …"), not an act told in a clause under it ("said its members had rejected the offer in a
    ballot on Feb. 20", "a claim that …")."""
    at = s.span.start_char + pos
    t = next((x for x in s.tokens if x.idx >= at), None)
    for _ in range(12):
        if t is None or t.dep_ == "ROOT" or t.head.i == t.i:
            return True
        if t.dep_ in ("ccomp", "relcl", "advcl", "csubj") and t.lemma_.lower() not in ctx.lex.reporting and not (
                t.dep_ == "ccomp" and t.i < t.head.i):  # (a participle shares the time: "In a letter sent on Monday,
            # the council said …", which the parser may hang on "said" as a complement before it)
            return False
        t = t.head
    return True


def _pluperfect_at(s: Sentence, pos: int) -> bool:
    """The date phrase at character ``pos`` of ``s`` dates a verb in the past perfect ("had rejected a pay offer in a
    ballot on Feb. 20"): a day before the one the story tells of."""
    at = s.span.start_char + pos
    t = next((x for x in s.tokens if x.idx >= at), None)
    for _ in range(8):
        if t is None:
            return False
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            return any(a.dep_ == "aux" and a.lower_ == "had" for a in children_of(t))
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _bare_refusal(ctx: Context, s: Sentence, verb: Any) -> bool:
    """"China … again declined.": a party's bare finite refusal, with nothing after it, turns down what was asked
    before (not "exports declined", "declined by 5%", "declined to comment")."""
    return verb.tag_ == "VBD" and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "npadvmod", "acomp", "attr", "advcl",
                                                    "dative", "prt", "oprd") for c in children_of(verb)) and any(
        c.dep_ == "nsubj" and ctx.table.resolve(s.para, c) for c in children_of(verb))


def _weapon_named(tok: Any, kind: Callable[[Any], str], uses: frozenset[str]) -> bool:
    """A weapon noun that is a trigger of its own ("drone") only named: the object of a verb that tells no act and
    no use of it ("cover Russia's Poseidon underwater drone", "purchases of drones"); not a weapon that acts ("a
    drone struck"), is used ("sends drones", "launched drones at Kyiv") or names the strike ("a drone strike")."""
    t = tok
    for _ in range(8):
        if t.dep_ in ("nsubj", "nsubjpass", "compound", "agent") or t.dep_ == "pobj" and t.head.lower_ in ("by", "with"):
            return False
        h = t.head
        if h.i == t.i:
            return False
        if h.pos_ in ("VERB", "AUX"):
            return kind(h) == "" and h.lemma_.lower() not in uses and not any(
                c.dep_ == "prep" and c.lower_ in ("at", "on", "against", "into", "toward", "towards") for c in children_of(h))
        t = h
    return False


def _gap_object(verb: Any) -> Any | None:
    """The antecedent of a relative clause whose object is the gap: "the cap, which the union fought", "pricing
    restrictions on MTN that the company fought for two years" (the parser may hang such a "that" clause on the
    verb of the noun as a complement); None when the verb has an object of its own."""
    kids = children_of(verb)
    if any(c.dep_ == "dobj" and c.lower_ not in RELATIVES for c in kids):
        return None
    if verb.dep_ == "relcl" or verb.dep_ == "acl" and any(c.dep_ == "dobj" for c in kids):
        return verb.head
    that = next((c for c in kids if c.dep_ in ("mark", "dobj") and c.lower_ == "that"), None)
    if verb.dep_ == "ccomp" and that is not None and any(c.dep_ == "nsubj" for c in kids):
        return next((c for c in children_of(verb.head) if c.dep_ == "dobj" and c.i < that.i), None)
    return None


def _since_date(ctx: Context, tok: Any, anchor: Any) -> Any:
    """"Since Feb. 16 its members have blocked highways", "in force since January 12, when the states shut their
    borders": an act that has gone on since a day, or that the day's "when" clause tells, began that day. (A "since"
    phrase elsewhere, "the first meeting since September", is no date of the act: see _dates.)"""
    phrase: list[Any] = []
    for c in children_of(tok):
        if c.dep_ == "prep" and c.lower_ == "since":
            phrase = subtree(c, stop=CLAUSES)
    day = tok.head
    if not phrase and tok.dep_ in ("relcl", "advcl") and day.ent_type_ == "DATE" and day.i < tok.i and any(
            g.dep_ == "advmod" and g.lower_ == "when" for g in children_of(tok)):
        lead = day
        while lead.dep_ != "pobj" and lead.head.ent_type_ == "DATE" and lead.head.i != lead.i:
            lead = lead.head  # "12" of "January 12" up to the phrase head
        if lead.dep_ == "pobj" and lead.head.lower_ == "since":
            clause = {x.i for x in subtree_of(tok)}
            phrase = [lead.head] + [t for t in subtree_of(lead) if t.i < tok.i and t.i not in clause]
    if not phrase:
        return None
    lo, hi = min(t.i for t in phrase), max(t.i for t in phrase)
    got = find_dates(tok.doc[lo:hi + 1].text, ctx.published, anchor)
    day0 = got[0][1] if got else None
    return day0 if day0 is not None and (ctx.published is None or day0 <= ctx.published) else None


def _clause_date(ctx: Context, s: Sentence, own: list[Any], tok: Any, anchor: Any, own_only: bool = False) -> Any:
    """The date of the act ``tok`` whose own words are ``own`` (see _event_date); with ``own_only`` (an act placed
    in a month or a year) only a day among its own words."""
    since = _since_date(ctx, tok, anchor)
    if since is not None:
        return since
    lo = min(t.idx for t in own) - s.span.start_char
    hi = max(t.idx + len(t.text) for t in own) - s.span.start_char
    return _event_date(s.text, ctx.published, anchor, lo, hi, tok.idx - s.span.start_char, own_only,
                       _inner_dates(ctx, s, tok, own), tok.pos_ == "VERB" and not _to_come(tok))


def _inner_dates(ctx: Context, s: Sentence, tok: Any, own: list[Any]) -> frozenset[int]:
    """Character offsets (in ``s``) of the tokens of the reported words under the act ``tok`` outside its own words
    (``own``): "denied that, saying Helsinki had sent its objections on Feb. 20" — the day the objections were
    sent, not the day of the denial."""
    mine = {t.i for t in own}
    out: set[int] = set()
    for c in subtree_of(tok):
        if c.dep_ == "ccomp" and c.i not in mine and c.i > c.head.i and (
                c.head.i == tok.i or c.head.lemma_.lower() in ctx.lex.reporting) and not any(
                g.lower_ in ("what", "whatever") for g in children_of(c)):
            # (a clause before its head is mostly a misparse participle sharing the time: "In a letter sent on
            # Monday, the council said …"; "presented what it called its final offer on Friday" is the offer's day)
            out.update(x.idx - s.span.start_char for x in subtree_of(c))
    return frozenset(out)


SPAN_FOR = re.compile(r"^for\s+(?:(?:the|a|several|many|few|past|last|two|three|four|five|six|\d+)\s+)*"
                      r"(?:weeks|months|years|decades|year|decade)\b", re.I)  # "for months", "for the past two years"


def _coarse_own(tok: Any, iterative: frozenset[str] = frozenset()) -> bool:
    """The act is placed in a month, a year or a season, or told as lasting over a span, by a phrase on its own
    verb ("met … in August", "seized it in 2024", "last month", "has fought the cap since February", "have battled
    the plan for months", "had fought it since the mayor unveiled it"; dates.coarse_time reads the words), not on
    a noun inside it ("a dispute in 2018", "since the walkout began in February"). A day of "since" is read before
    (_since_date), so a "since" phrase here names no day."""
    perfect: bool | None = None
    kids = children_of(tok)
    if any(c.dep_ == "advmod" and c.lower_ in iterative for c in kids) and any(
            a.dep_ in ("aux", "auxpass") and a.lower_ in ("has", "have", "had", "'ve", "'s") for a in kids):
        return True  # "has repeatedly urged the company to …": acts done again and again up to now, none on a day
    for c in kids:
        if c.dep_ == "prep" and c.lower_ in ("in", "during") or c.dep_ == "npadvmod":
            if coarse_time(" ".join(t.text for t in subtree_of(c))):
                return True
        elif c.dep_ == "prep" and c.lower_ == "since" and tok.pos_ == "VERB":
            return True  # "has fought the rent cap since February": begun in a month, no day
        elif c.dep_ == "prep" and c.lower_ == "for" and SPAN_FOR.match(" ".join(t.text for t in subtree_of(c))):
            return True  # "have battled the plan for months"
        elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in children_of(c)):
            if perfect is None:  # "has blocked 30 mergers since merger control began" (a causal "since" takes no perfect)
                perfect = any(a.dep_ == "aux" and a.lower_ in ("has", "have", "had") for a in children_of(tok))
            if perfect:
                return True
    return False


def _coarse(tok: Any, iterative: frozenset[str] = frozenset()) -> bool:
    """The act's time is a month, a year, a season or a span (_coarse_own) on its own verb, on the verb a trigger
    noun is the object or subject of ("opened an investigation in July"), or on the clause it depends on: an act
    joined to it, a participle, an "after"/"when" clause or reported words share its time ("cleared the deal in
    May after X agreed to sell", "said in July that … and opened an inquiry"); a "when" clause of a noun placed in
    a year is then ("a stand-off in 2019 …, when the two sides agreed a deal"). Such an act takes no day from
    another clause, sentence or mention."""
    t = tok
    if t.pos_ != "VERB" and t.dep_ in ("dobj", "nsubjpass", "nsubj", "attr") and t.head.pos_ == "VERB":
        if _coarse_own(t, iterative):
            return True
        t = t.head  # "opened an investigation in July": the noun's act is its verb's
    if t.dep_ == "acl" and t.tag_ == "VB":  # "approved in January Sweden's plan to support farmers": the plan's act
        # is placed by the verb its noun hangs on (through "in", which the parser may give the whole phrase)
        v = t.head
        for _ in range(4):
            if v.pos_ == "VERB" or v.head.i == v.i:
                break
            v = v.head
        if v.pos_ == "VERB" and _coarse_own(v):
            return True
    own = t
    for _ in range(6):
        if _coarse_own(t, iterative if t is own else frozenset()):
            return True  # (a repeated act is only its own verb's: not "accused X …, a charge Eritrea has repeatedly
            # denied", which the parser may hang under "denied")
        if t.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in children_of(t)):
            head = t.head
            while head.pos_ != "VERB" and head.head.i != head.i:
                head = head.head
            lo = min(x.i for x in subtree_of(head)) if head.pos_ == "VERB" else t.head.i
            return coarse_time(t.doc[lo:t.i].text)  # "a stand-off in 2019 between A and B, when …"
        if t.dep_ == "conj" and any(c.dep_ in ("aux", "auxpass") for c in children_of(t)):
            return False  # "intervened in 2015 and has been holding talks since": a verb group of its own, its own time
        if t.dep_ not in ("conj", "advcl", "xcomp", "ccomp") or t.head.i == t.i or t is not tok and any(
                c.dep_ in ("prep", "npadvmod") and any(x.ent_type_ == "DATE" for x in subtree_of(c)) for c in children_of(t)):
            return False  # "had backed it in February but said on Wednesday that it would abstain": the saying's day
        t = t.head
    return False


def _event_date(text: str, pub: Any, anchor: Any, lo: int, hi: int, at: int, own_only: bool = False,
                inner: frozenset[int] = frozenset(), done: bool = False) -> Any:
    """A date inside the event's own phrase; else (unless ``own_only``) "two days after <event>" counted back
    from the sentence's date; else the nearest date phrase of the sentence, not one of words reported under the
    act (``inner``: its offsets), which date their own act, nor (for an act ``done``, not one to come) a day after
    publication."""
    found = [(pos, d) for pos, d in _dates(text, pub, anchor) if pos not in inner]
    own = [(pos, d) for pos, d in found if lo <= pos < hi]
    if own:
        return min(own, key=lambda x: abs(x[0] - at))[1]
    if own_only:
        return None
    m = OFFSET.search(text[max(0, lo - 80):max(lo, at)])
    if m is not None:
        start = max(0, lo - 80) + m.start()
        base = [(pos, d) for pos, d in found if pos < start or pos >= hi]
        if base:
            n = int(m.group(1)) if m.group(1).isdigit() else NUMBERS[m.group(1).lower()]
            days = n * (7 if m.group(2).lower().startswith("week") else 1)
            ref = min(base, key=lambda x: abs(x[0] - start))[1]
            return ref - dt.timedelta(days=days) if m.group(3).lower() == "after" else ref + dt.timedelta(days=days)
    found = [(pos, d) for pos, d in found if pub is None or d <= pub or not done]  # a day still to come outside the
    # act's own words is another's ("affirmed that she would suspend the talks if she won the election of May 31"),
    # unless the act is one to come itself ("announced a march on Islamabad on February 20")
    if not found:
        return None
    return min(found, key=lambda x: abs(x[0] - at))[1]


MEETING_WORDS = {"meeting", "meetings", "talks", "session", "sessions", "round", "negotiations", "discussions",
                 *WEEKDAYS, "today", "yesterday", "week", "last", "next", "latest", "first", "second", "third", "final",
                 "previous"}


def _merge_meetings(ctx: Context, events: list[EventRecord], coarse: set[int] | None = None) -> list[EventRecord]:
    """One meeting told several times ("a five-hour meeting with X", "X arrived for talks at the
    Kremlin") becomes one event: same type CONSULT, a person in common, no conflicting place or date.
    The first mention keeps its evidence and gains the place and date the others give, unless it is bare
    and a later one names the parties: that one's label and evidence say which meeting it was. A bare mention
    ("after Wednesday's meeting", "the talks") joins the first meeting of no other date and gives it
    only its date. A meeting placed in a month or a year (ids in ``coarse``: "had joined the talks in September")
    takes no day from a later telling: the two stay apart."""
    coarse = coarse or set()
    out: list[EventRecord] = []
    joins = set(ctx.lex.raw.get("meeting_part_words", ()))
    bare_words = MEETING_WORDS | joins  # all a bare mention's label says
    for ev in events:
        if ev.type == "CONSULT":
            people = {a for a in ev.sources + ev.targets if a in ctx.table.actors and ctx.table.actors[a].type == "Person"}
            said = _content(ev.label)
            bare = bool(said) and said <= bare_words  # "after Wednesday's meeting", "the talks": the one
            # told before; "chaired Wednesday's session", "joined the talks by video" (a part): taken in it by a named doer
            part = bare and not said <= MEETING_WORDS
            for prev in out:
                if prev.type != "CONSULT":
                    continue
                if not bare and (ev.mode == "phone") != (prev.mode == "phone"):
                    continue  # a phone call and talks in a room are two meetings, whoever took part in both
                if id(prev) in coarse and ev.date:
                    continue  # "had joined the talks in September", then "the talks on Monday": no day for the first
                shared = bool(people & set(prev.sources + prev.targets))
                if not shared and not (bare and (not prev.date or not ev.date or prev.date == ev.date)):
                    continue
                if not shared:  # only a bare mention gets here without a person in common
                    prev.date = prev.date or ev.date  # the doers a bare mention was given are guesses: not added
                    if part:  # (who chaired or joined it is told, not guessed)
                        prev.sources += [a for a in ev.sources if a not in prev.sources and a not in prev.targets]
                    break
                if prev.date and ev.date and prev.date != ev.date:
                    continue
                if prev.place and ev.place and prev.place != ev.place and not (
                        _inside(ctx, prev.place, ev.place) or _inside(ctx, ev.place, prev.place)):
                    continue
                if prev.place and ev.place and _inside(ctx, ev.place, prev.place):
                    prev.place = ev.place
                if not bare and _content(prev.label) <= bare_words:
                    prev.label, prev.evidence = ev.label, ev.evidence  # "after the meeting", then "X met Y on Monday":
                    # the telling that names the meeting's parties labels it
                prev.place = prev.place or ev.place
                prev.date = prev.date or ev.date
                prev.sources += [a for a in ev.sources if a not in prev.sources and a not in prev.targets]
                prev.targets += [a for a in ev.targets if a not in prev.sources and a not in prev.targets]
                break
            else:
                out.append(ev)
            continue
        out.append(ev)
    return out


LABEL_STOP = {"that", "this", "with", "from", "into", "their", "would", "will", "said", "have", "been", "over", "after",
              "before", "about", "which", "they", "them", "there", "than", "also", "only", "such"}


MANDATIVE = {"suggest", "propose", "demand", "insist", "urge", "recommend", "ask", "require", "request", "order",
             "stipulate", "advise", "prefer", "move", "direct"}  # heads of a mandative subjunctive ("that X withdraw")


def _mandated(tok: Any) -> bool:
    """``tok`` tells the act of a mandative subjunctive ("demanded that Israel withdraw its troops", "suggested that the
    union suspend the boycott"): a bare verb with its own subject and no auxiliary under a verb of asking. The act is
    only asked for; the asking is the event."""
    v = tok
    for _ in range(5):
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i or v.dep_ not in ("dobj", "pobj", "prep", "compound", "amod", "poss"):
            break
        v = v.head
    subj = next((c for c in children_of(v) if c.dep_ == "nsubj"), None)
    if subj is None or v.dep_ != "ccomp" or v.head.lemma_.lower() not in MANDATIVE:
        return False
    bare = v.tag_ == "VB" or v.tag_ == "VBP" and subj.tag_ in ("NN", "NNP")  # "the union suspend": no third-person -s
    return bare and not any(c.dep_ in ("aux", "auxpass") for c in children_of(v))


AGREEING = {"agree", "decide", "consent", "settle", "resolve"}  # what makes a meeting to come an agreed one
QUARREL_PREPS = {"over", "about"}  # "clashed over costs", "sparred about the text": what a quarrel is about
PERMITS = {"let", "allow", "enable", "permit", "empower", "entitle"}  # "would let Bulgaria block every chapter": a power, no act
ONSETS = {"opening", "start", "launch", "resumption", "conclusion", "signing", "passage"}  # "blocked the opening of …"


def _of_word(t: Any) -> str:
    """The head of ``t``'s "of" phrase, lower-cased ("" when none): what an onset noun is the onset of."""
    return next((g.lemma_.lower() for pp in children_of(t) if pp.dep_ == "prep" and pp.lower_ == "of"
                 for g in children_of(pp) if g.dep_ == "pobj"), "")


VETOES = {"block", "veto", "obstruct", "stall", "freeze", "prevent", "delay", "hold"}  # what keeps a step from being taken


def _vetoed(tok: Any, decisions: set[str]) -> bool:
    """``tok`` lies in the object of a veto ("blocked the opening of the first cluster of negotiating chapters",
    "vetoed the start of accession talks"): the act it names is what was stopped, not one that happened."""
    t = tok
    for _ in range(5):
        if t.dep_ not in ("pobj", "prep", "compound", "amod", "dobj") or t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ == "VERB":
            return t.lemma_.lower() in VETOES and any(
                c.dep_ == "dobj" and (c.lemma_.lower() in decisions or c.lemma_.lower() in ONSETS) for c in children_of(t))
    return False


DEPARTURES = {"leave", "quit", "abandon", "exit", "desert", "storm", "forsake", "shun", "snub"}  # leaving talks: a walkout
NAMING_LABOUR = {"call", "declare"}  # labour_strike_verbs that also name or cancel ("called the strike illegal", "call off")
STOPPAGES = {"strike", "strikes", "walkout", "walkouts", "stoppage", "stoppages", "action"}


RELATIVES = {"whom", "who", "which", "that"}  # a relative pronoun as an object: the antecedent is what is acted on
ANAPHORIC_OBJECTS = {"it", "this", "that", "them", "these", "those"}  # "turned it down", "rejected that"
DEMONSTRATIVES = {"this", "that", "these", "those"}
REFERRING_TYPES = {"REJECT", "AGREE", "SUPPORT", "CONCEDE", "ACCUSE"}  # acts whose object is a text or a statement


def _pointing_noun(tok: Any) -> bool:
    """A noun that only points back ("rejected that plan", "disputed those numbers"): a demonstrative and
    nothing of its own that says which (no of-phrase, clause or modifier)."""
    kids = children_of(tok)
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in kids) and not any(
        c.dep_ in ("prep", "relcl", "acl", "amod", "compound", "poss", "nummod", "appos") for c in kids)


def _antecedent(sents: list[Sentence], k: int, tok: Any, nouns: set[str]) -> str:
    """What a pronoun object stands for ("Beijing turned it down" after "… a phased-resumption plan Japan first
    tabled in November"): the last text noun (a plan, an offer, a draft) before it in the sentence or the one
    or two before it in the paragraph, as a short phrase; "" when none."""
    s = sents[k]
    last = sents[k - 1] if k else None  # a paragraph that opens "Moscow disputes that account" points back to
    # the paragraph before it: its last sentences are the ones near
    para = s.para if last is None else last.para
    spans = [s.span.doc[s.span.start:tok.i]] + [sents[j].span for j in (k - 1, k - 2)
                                               if j >= 0 and sents[j].para is para]
    lemma = tok.lemma_.lower() if tok.pos_ == "NOUN" else ""
    if lemma:
        told, telling = _earlier_telling(spans[1:], lemma)
        if told:
            return told
        if telling is not None:
            spans = [telling]
    own_word = bool(lemma) and lemma not in nouns  # "that account" is no plan: only its own word names it
    targets = {lemma} if own_word else (nouns | {lemma} if lemma else nouns)
    found = None
    for span in spans:
        earlier = span is not spans[0]
        told = _told_content(span) if own_word and earlier else None
        if told:
            return told  # "Kyiv said the shelling had stopped. Moscow disputed that account": a pointer to a
            # statement (an account, a figure) stands for what the sentence before says, not for a plan it names
        found, named = _last_mention(span, targets, found)
        if named:
            break
        if found is None and earlier:
            told = _told_content(span) if told is None else told
            if told:
                return told  # "X proposed that all combatants be disarmed by June. The front rejected that plan":
                # no text noun names it; what was proposed or said is what the pronoun stands for
    if found is None:
        return ""
    return compact(subtree(found, stop={"relcl", "advcl", "ccomp", "conj", "appos", "acl"})
                   + [g for c in children_of(found) if c.dep_ in ("relcl", "acl") for g in subtree_of(c)], 10)


def _earlier_telling(spans: list[Any], lemma: str) -> tuple[str, Any]:
    """"… had offered that Russia would cover funeral costs. Baku rejected that offer": the earlier telling of
    the pointing noun's own word says which. Returns what the verb it is made from ("offered", "proposed")
    governs, as a short phrase, or ("", the sentence) when an earlier sentence names the noun itself (its
    fuller mention is there), or ("", None)."""
    for span in spans:
        for t in reversed(span):
            t_lemma = t.lemma_.lower()
            if t.pos_ == "VERB" and (t_lemma == lemma or len(lemma) > 5 and t_lemma[:5] == lemma[:5]):
                clause = [c for c in children_of(t) if c.dep_ in ("ccomp", "dobj", "xcomp")]
                if clause:
                    return compact([t] + [g for c in clause for g in subtree(c, stop={"relcl", "advcl"})], 10), None
            if t_lemma == lemma and t.pos_ == "NOUN" and not _pointing_noun(t):
                return "", span
    return "", None


def _last_mention(span: Any, targets: set[str], found: Any) -> tuple[Any, bool]:
    """The last noun of ``targets`` in ``span``, reading back: a mention with no demonstrative ("That version
    would have …" names it again; the fuller mention before it says which) ends the search (True); a
    demonstrative one is kept as ``found`` only if none was found before."""
    for t in reversed(span):
        if t.pos_ == "NOUN" and t.lemma_.lower() in targets:
            if not any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in children_of(t)):
                return t, True
            found = found or t
    return found, False


def _told_content(span: Any) -> str:
    """What a sentence says was proposed, said or claimed: the clause its main verb (or a verb joined to it)
    governs ("Villareal proposed that all combatants be decommissioned by June" → "all combatants be
    decommissioned by June"), as a short phrase; "" when none governs a clause."""
    root = span.root
    clause = next((c for v in [root] + [c for c in children_of(root) if c.dep_ == "conj" and c.pos_ == "VERB"]
                   for c in children_of(v) if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if clause is None:
        return ""
    return compact([t for t in subtree(clause, stop={"relcl", "advcl"}) if not (t.dep_ == "mark" and t.head is clause)], 10)


def _first_conjunct(tok: Any, nouns_only: bool = True, limit: int = 12) -> Any:
    """The head of a list ``tok`` closes ("a ceasefire, the return of prisoners and a meeting"): what the
    list hangs on (a request, a plan) is told of its first member only. ``nouns_only``: a list of nouns."""
    t = tok
    for _ in range(limit):
        if t.dep_ != "conj" or t.head.i == t.i or (nouns_only and t.head.pos_ not in ("NOUN", "PROPN")):
            break
        t = t.head
    return t


def _aimed(tok: Any, aims: frozenset[str]) -> bool:
    """A gerund naming what a plan or a condition is for ("conditions for calling off the strike",
    "a plan for withdrawing troops", "in exchange for lifting sanctions"): an aim, not an act done."""
    t = tok.head if tok.dep_ == "dobj" and tok.pos_ != "VERB" else tok  # the sanctions of "for lifting sanctions"
    t = _first_conjunct(t, nouns_only=False, limit=6)  # "for lifting sanctions and withdrawing troops"
    return t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.lower_ == "for" and t.head.head.lemma_.lower() in aims


def _content(label: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", label.lower()) if len(w) > 3 and w not in LABEL_STOP}


def _merge_repeats(events: list[EventRecord], coarse: set[int] | None = None) -> list[EventRecord]:
    """One act told twice (the lede and the body, "warned that Moscow would not recognise …" and again in
    the quote's paragraph) is one event: same type and same doers, the labels mostly the same words, no
    conflicting date; the doers' own names do not count as shared words. The fuller label (more words of its
    own) is kept, with the place and date either gives. A bare strike ("the strike began") is the doers'
    strike told before, whatever its date, and gives it only its place. An act placed in a month or a year (ids
    in ``coarse``) takes no day from a later telling: the two stay apart."""
    coarse = coarse or set()
    out: list[EventRecord] = []
    for ev in events:
        if ev.type == "CONSULT" or not ev.sources:
            out.append(ev)
            continue
        doers = set(ev.sources)
        names = {w for a in doers for w in _content(a)}  # "Guatemala rejected it" and "Guatemala denies that account"
        words = _content(ev.label) - names  # share only the doer's name: two acts
        bare = ev.mode == "strike" and words <= STOPPAGES  # "the strike began", "the walkout": the one told before
        for prev in out:
            if prev.type != ev.type or set(prev.sources) != doers:
                continue
            if bare and prev.mode == "strike":
                prev.place = prev.place or ev.place
                break
            if prev.date and ev.date and prev.date != ev.date or id(prev) in coarse and ev.date:
                continue
            had = _content(prev.label) - names
            if not words or not had or len(words & had) < 0.5 * min(len(words), len(had)):
                continue
            if len(words) > len(had):
                prev.label, prev.evidence = ev.label, ev.evidence
            prev.targets += [a for a in ev.targets if a not in prev.targets and a not in prev.sources]
            prev.place = prev.place or ev.place
            prev.date = prev.date or ev.date
            break
        else:
            out.append(ev)
    return out


def _in_stance_object(tok: Any, topic_verbs: set[str]) -> bool:
    """An act named inside the object of a stance verb ("opposed any resumption of talks", "opposes any party
    reaching a deal") is what the stance is about: climb of-phrases and noun modifiers up to that object."""
    t = tok
    for _ in range(6):  # a short climb: an object further off is no longer the stance's topic
        if t is not tok and t.dep_ == "dobj" and t.head.lemma_.lower() in topic_verbs:
            return True
        if t.dep_ not in ("pobj", "prep", "acl", "pcomp", "compound") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _people(raw: dict[str, Any]) -> frozenset[str]:
    """Nouns for people and bodies, who can act (``_forecast``: a warning about one of them is no forecast of a
    thing): workers, crowds, parties, collectives, troops, police, military craft and descriptor words."""
    return frozenset(raw.get("worker_nouns", [])) | frozenset(raw.get("crowd_nouns", [])) | frozenset(
        raw.get("party_nouns", [])) | frozenset(raw.get("collective_nouns", {})) | frozenset(
        raw.get("troop_nouns", [])) | frozenset(raw.get("police_nouns", [])) | frozenset(
        raw.get("military_craft", [])) | {w for ws in raw.get("descriptor_families", []) for w in ws} | {
        w for ws in raw.get("descriptor_synonyms", {}).values() for w in ws}


def extract_events(ctx: Context, sents: list[Sentence], speakers: dict[int, list[str]] | None = None) -> list[EventRecord]:
    triggers = ctx.lex["event_triggers"]
    nouns = ctx.lex.cached("events.noun_triggers", lambda raw: frozenset(raw["noun_triggers"]))
    raw = ctx.lex.raw
    topic_verbs = {w for ws in ctx.lex["stance_verbs"].values() for w in ws} | set(raw.get("topic_verbs", []))
    rules = ctx.lex.cached("events.rules", _rules)  # built once per lexicon: hundreds of word sets
    rule_verbs = frozenset().union(*(r[0] for r in rules))  # a verb of no object rule: _object_rule reads nothing
    needs_complement = set(raw.get("complement_verbs", []))
    object_complements = set(raw.get("object_complement_verbs", []))  # "declined the invitation", not "declined comment"
    idle_objects = set(raw.get("non_committal_objects", []))
    anonymity = ctx.lex.words("anonymity_objects")  # "who requested anonymity": no ask
    deadlines = ctx.lex.words("deadline_verbs")
    kin_nouns = ctx.lex.words("kin_nouns")  # "a brother of X": X's kin, not X
    obligation_heads = set(raw.get("obligation_verbs", []))
    unbacking = ctx.lex.cached("events.unbacking", lambda r: frozenset(r.get("unbacking_verbs", [])))
    weapon_uses = ctx.lex.cached("events.weapon_uses", lambda r: frozenset(r.get("weapon_use_verbs", [])))
    iterative = ctx.lex.cached("events.iterative", lambda r: frozenset(r.get("iterative_adverbs", [])))
    provisos = ctx.lex.cached("events.provisos", lambda r: frozenset(w.lower() for w in r.get("proviso_marks", [])))
    idle = set(raw.get("non_committal", []))
    noun_complement = set(raw.get("complement_nouns", []))
    arrivals, troops = set(raw.get("arrival_verbs", [])), set(raw.get("troop_nouns", []))
    craft = troops | set(raw.get("military_craft", []))  # who acts by force: troops, warships, gunboats
    passages = set(raw.get("blockable_passages", []))  # what force can physically stop: a patrol, a road, a port
    labour_nouns, labour_cues = set(raw.get("labour_strike_nouns", [])), set(raw.get("labour_cues", []))
    labour_verbs: dict[str, str] = dict(raw.get("labour_strike_verbs", {}))
    party_nouns = set(raw.get("party_nouns", []))
    wishes = set(raw.get("wish_verbs", []))
    blame_verbs, blame_words = set(raw.get("charge_frame_verbs", [])), set(raw.get("charge_frame_words", []))
    receptions = set(raw.get("reception_verbs", []))
    guests = set(raw.get("reception_guests", [])) | party_nouns  # "received the Somali president", not "… Ethiopia's offer"
    notices = set(raw.get("notice_nouns", []))
    partner_verbs, phone_cues = set(raw.get("partner_verbs", [])), list(raw.get("phone_cues", []))
    retorts = set(raw.get("retort_verbs", []))
    effects = set(raw.get("threat_effect_verbs", []))  # what a thing "threatens to" do ("overshadow", "derail")
    duties = ctx.lex.cached("events.duty_verbs", lambda r: frozenset(r.get("duty_verbs", [])))  # "obliges X to consult"
    open_offers = ctx.lex.cached("events.open_offer_words", lambda r: frozenset(r.get("open_offer_words", [])))
    # (what "did not rule out" keeps open as an offer: "a compromise", "reducing the fee")
    quantities = ctx.lex.cached("events.quantity_objects", lambda r: frozenset(r.get("quantity_objects", [])))
    # ("offered a great deal": an amount, not a deal)
    brokering = ctx.lex.cached("events.broker_verbs", lambda r: frozenset(r.get("broker_verbs", [])))
    # ("under an agreement facilitated by Kenya": Kenya's part in it)
    people = ctx.lex.cached("events.people", _people)  # who can act: people and bodies
    dismiss_verbs, dismiss_words = set(raw.get("dismissive_verbs", [])), set(raw.get("dismissive_words", []))
    slurs = set(raw.get("slur_words", []))
    union = _labour_side(ctx, set(raw.get("union_name_words", [])), set(raw.get("union_body_words", [])))
    actor_verbs = set(raw.get("actor_subject_verbs", []))
    workers = set(raw.get("worker_nouns", []))
    legal = raw.get("court_challenge", {})  # "will appeal (the ruling)": a challenge, unlike "appealed for calm"
    court_verbs, court_objects = set(legal.get("verbs", [])), set(legal.get("objects", []))
    court_preps = set(legal.get("preps", []))
    text_nouns = set(raw.get("text_nouns", []))  # a text whose participle tells its content ("a draft raising …")
    decisions = text_nouns | set(raw.get("blockable_decisions", []))  # what a party's veto stops: a deal, a sale
    work_verbs = set(raw.get("work_verbs", []))  # what workers refuse to do when they take industrial action
    noun_cues: dict[str, set[str]] = {k: set(v) for k, v in raw.get("noun_cues", {}).items()}
    names = _name_index(ctx)
    motions = set(raw.get("troop_motion_verbs", []))
    threat_cues = {"prepared", "ready", "unless", "if"} | set(raw.get("threat_cues", []))
    clause_verbs = set(raw.get("clause_verbs", []))
    defiance = set(raw.get("defiance_verbs", []))
    permits: dict[str, list[str]] = raw.get("defiance_permits", {})
    permit_verbs, permit_objects = set(permits.get("verbs", [])), set(permits.get("objects", []))
    charges = set(raw.get("charge_words", []))  # wrongdoing a speaker can say another party commits
    hosting = ctx.lex.cached("events.hosting_verbs", lambda r: frozenset(r.get("hosting_verbs", [])))
    consequences = ctx.lex.cached("events.consequences", lambda r: frozenset(r.get("threat_consequence_verbs", [])))
    naming_words = frozenset(raw.get("naming_words", []))
    naming_charges = frozenset(charges | set(raw.get("naming_charge_words", [])))  # "called it an act of aggression"
    unmoved = set(raw.get("unmoved_verbs", []))  # "did not satisfy/convince X": X is not won over
    gathering, protest_cues = set(raw.get("gathering_verbs", [])), set(raw.get("protest_cues", []))
    armed = troops | {"jet", "jets", "warplane", "warplanes", "aircraft", "drone", "drones", "helicopter", "helicopters",
                      "gunboat", "gunboats", "soldier", "soldiers", "troop", "troops", "army", "military"}
    stoppages = labour_nouns | {"walkout"}  # the labour strike nouns, "walkout" among them
    actorless = set(raw.get("actorless_types", []))  # event types kept with no actor named
    police = ctx.lex.cached("events.police_nouns", lambda r: frozenset(r.get("police_nouns", [])))
    crowd_people = ctx.lex.cached("events.crowd_people", lambda r: frozenset(r.get("crowd_nouns", [])) | frozenset(
        r.get("counted_crowd_nouns", [])))  # who a counted crowd is made of ("people", "protesters")
    crowd_sizes = ctx.lex.cached("events.crowd_sizes", lambda r: frozenset(r.get("crowd_sizes", [])))
    unreleased = set(raw.get("unreleased_objects", [])) | text_nouns | DOCUMENTS  # let out, but no one let go
    disputables = set(raw.get("disputable_objects", []))  # statements of fact one side can refuse to believe
    assault_topics = decisions | set(raw.get("assault_topic_objects", []))  # what only words can attack
    aim_nouns = ctx.lex.cached("events.aim_nouns", lambda r: frozenset(r.get("aim_nouns", [])))  # "conditions for calling off"
    followers = ctx.lex.cached("events.follower_nouns", lambda r: frozenset(r["follower_nouns"]))  # who act for a body
    wordy_assaults = ctx.lex.cached("events.wordy_assault_verbs", lambda r: frozenset(r["wordy_assault_verbs"]))
    resisting = ctx.lex.cached("events.resisting_verbs", lambda r: frozenset(r["resisting_verbs"]))
    proposing = ctx.lex.cached("events.proposing_verbs", lambda r: frozenset(r.get("text_owner_verbs", [])) | frozenset(
        v for x in r.get("object_rules", []) if x.get("mode") == "propose" and not x.get("preps") for v in x["verbs"]))
    # "X made a new offer" owns it; "Y countered the offer" does not (a rule read through "with" puts a text forward
    # only with it: "came back with a counterproposal")

    multi = _multi_heads(triggers)

    def kind(t: Any) -> str:
        """The event type ``t`` triggers on its own, "" when none."""
        return (_trigger(t, triggers, nouns) or ("", None))[0]

    out: list[EventRecord] = []
    labour_seen = union is not None  # a strike already read as a stoppage: the story is a labour dispute
    anchor = None
    first = next((d for s in sents if s.kind == "body" for pos, d in _dates(s.text, ctx.published, None)
                  if d in _story_days(s.text, [(pos, d)], ctx.published) and not _pluperfect_at(s, pos)), None)
    # (not a day the story counts back from: "denied it, saying Copenhagen had sent its figures on Nov. 14")
    # (a lede told before any date, "X has rejected the offer", happened on the first day the story names)
    day_of: dict[int, Any] = {}  # id of an undated event → the day of the story it is told on
    coarse_ids: set[int] = set()  # ids of events placed in a month or a year: no merge gives them a day
    told: tuple[Any, Any] | None = None  # (paragraph, the last date it named)
    carry = None  # the last day the story has told of (_story_days): what an undated act of another paragraph takes
    live = _live_from(sents)
    live_day = _live_days(sents, live, ctx.published)  # an entry's day from the blog's day header above it
    background = False  # the anchor is a day counted from another ("retaliated the next day") or a past perfect's
    latest = None  # the latest day the story has named, up to publication: its present
    vague: Any = None  # a paragraph that has placed its act in a month or a year and named no day since
    threatened: dict[int, set[str]] = {}  # sentence number → who threatened in it
    for k, s in enumerate(sents):
        if s.kind != "body" or (s.text.isupper() and len(s.span) < 8):
            continue  # "WAIVER DENIED": a subheading in capitals names a topic, it tells no act
        per_type: dict[tuple[Any, ...], EventRecord] = {}
        trig_at: dict[tuple[Any, ...], Any] = {}  # the trigger token of each event of the sentence
        in_protest = "in protest" in s.text.lower()
        for tok in s.tokens:
            pos, lem = tok.pos, tok.lemma_.lower()
            if pos != VERB and pos != AUX and lem not in multi and (
                    pos not in NOUN_POS or lem not in nouns and tok.lower_ not in nouns):
                continue  # what every check below would conclude: the rules read a verb; another word triggers only
                # as the head of a two-word key, and a noun only as a noun trigger (``_trigger``)
            ob = _obligation(ctx, s, tok, obligation_heads)
            if ob is not None and not any(k2[0] == "REQUEST" for k2 in per_type):
                own = subtree(tok, stop={"relcl", "advcl", "acl"})
                per_type[("REQUEST", "must")] = EventRecord(
                    type="REQUEST", label=compact(own), sources=ob[0], targets=ob[1],
                    date=_clause_date(ctx, s, own, tok, anchor), evidence=evidence(ctx, s))
                continue
            trig = (_object_rule(tok, rules) if lem in rule_verbs else None) or _trigger(tok, triggers, nouns)
            if lem in deadlines and deadline_parts(ctx, s.para, tok) is not None:
                trig = ("REQUEST", None)  # "gave the operator 30 days to cut prices": a deadline asks the act of the party
            elif trig is not None and not s.lemmas.isdisjoint(deadlines) and _deadline_act(ctx, s, tok, deadlines):
                continue  # "gave the union until Friday to end the strike": the act asked, not done
            if trig is not None and trig[0] == "CONSULT" and lem in dismiss_verbs and any(
                    c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") for c in children_of(tok)) and any(
                    c.dep_ == "dobj" for c in children_of(tok)):
                trig = None  # "called the meeting useful": a verdict on a meeting, none convened
            if trig == ("PROTEST", "boycott") and lem in DEPARTURES and (_collective_parties(tok, party_nouns) or any(
                    c.dep_ in ("oprd", "acomp", "xcomp", "neg") or c.dep_ == "prep" and (c.lower_ == "without" or any(
                        g.lower_ in ("odds", "agreement", "deal") for g in children_of(c))) for c in children_of(tok))):
                continue  # "the two sides left the talks still at odds", "nobody has left the table", "left the
                # conference without the chapter it wanted": no walkout
            if lem in unmoved and tok.pos_ == "VERB" and (any(c.dep_ == "neg" for c in children_of(tok)) or tok.dep_ == "xcomp" and (
                    tok.head.lemma_.lower() == "fail")) and not in_condition(tok, provisos):
                who = [a for c in children_of(tok) if c.dep_ == "dobj" for a in ctx.table.resolve(s.para, c)]
                if who and ("REJECT", lem) not in per_type:  # "the revision did not satisfy India": India rejects it
                    own = subtree(tok.head if tok.dep_ == "xcomp" else tok, stop={"relcl", "advcl", "ccomp", "conj"})
                    per_type[("REJECT", lem)] = EventRecord(
                        type="REJECT", label=compact(own), sources=who, targets=[],
                        date=_clause_date(ctx, s, own, tok, anchor), evidence=evidence(ctx, s))
                continue
            left_open = _left_open(tok) if trig is not None and trig[0] == "REJECT" and tok.pos_ == "VERB" else None
            if left_open is not None and (any(kind(c) in COOPERATIVE or c.lemma_.lower() in open_offers or c.lemma_.lower() in REQUESTS
                                              for c in children_of(left_open) if c.dep_ in ("dobj", "xcomp", "pcomp")) or _open_question(left_open) or any(is_proviso(t, provisos) for t in subtree_of(left_open) if t.i > left_open.i)
                    or _held_on_terms(s, left_open, provisos)):
                continue  # "did not rule out a compromise", "did not rule out reducing the fee, provided …": an opening
                # on terms, no refusal and no threat ("had not ruled out asking the board to impose arbitration": an
                # appeal to a third party kept open)
            defiant = (trig is None or trig[0] in COOPERATIVE) and tok.pos_ == "VERB" and (lem in defiance or (
                lem in permit_verbs and any(g.lower_ in permit_objects for c in children_of(tok) for g in (c, *children_of(c))
                                                           if g.dep_ in ("dobj", "nsubj")))) and any(
                c.dep_ == "neg" for c in children_of(tok)) and any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "'ll", "shall") for c in children_of(tok))
            answered = not defiant and trig is None and _any_consequence(ctx, tok, consequences)
            if left_open is not None:
                trig, defiant = ("THREATEN", None), True  # "declined to rule out a unilateral decision", "would not rule
                # out hiring replacement staff": a move kept open against the other side, a veiled threat
            elif defiant:
                trig = ("THREATEN", None)  # "China will not tolerate any attempt to …", "would not allow anyone to …"
            elif answered:
                trig, defiant = ("THREATEN", None), True  # "said any attempt to clear the roads would lead to a strike",
                # "any doctor who joins the strike would not be paid": what the speaker's side would do to any such act
            threat_of = _conditional_threat(ctx, s, tok) if trig is None and tok.pos_ == "VERB" and not any(
                c.dep_ == "dobj" and kind(c) in COOPERATIVE for c in children_of(tok)) else None
            # ("it would resume talks if sanctions were lifted": an offer, not a threat)
            if threat_of is not None and not any(c.dep_ == "advcl" for c in children_of(tok)) and not (
                    any(c.dep_ == "auxpass" for c in children_of(tok)) and any(c.lower_ == "as" for c in children_of(tok))) \
                    and not any(kind(t) in HOSTILE or t.lemma_.lower() in threat_cues for c in children_of(tok)
                                if c.dep_ not in ("nsubj", "nsubjpass") for t in subtree(c, stop={"relcl"})):
                threat_of = None  # "said any effort to reopen the mine would take years": a forecast, no answer
            if threat_of is not None and any(
                    c.dep_ == "advcl" and kind(c) in COOPERATIVE and not any(g.dep_ == "neg" or g.dep_ == "mark" and g.lower_ == "unless"
                                                                             for g in children_of(c))
                    for c in _with_xcomp_children(tok)):
                threat_of = None  # "would consider going to arbitration if the government agreed …": an offer on terms
                # ("would close every clinic unless the government agreed": the step follows no agreement, a threat)
            if threat_of is not None and subjects(ctx, s, threat_of):
                trig = ("THREATEN", None)  # "said his government would reconsider … if the Europeans went ahead"
            if trig is None and tok.pos_ == "VERB" and tok.dep_ != "relcl" and lem in blame_verbs and any(
                    c.dep_ in ("oprd", "ccomp", "acomp", "xcomp") and c.lemma_.lower() in blame_words for c in children_of(tok)):
                trig = ("ACCUSE", None)  # "held Washington responsible for the deaths": a charge
            if trig is None and tok.pos_ == "VERB" and lem in receptions and any(
                    c.dep_ == "dobj" and (ctx.table.at(s.para, c.i) or c.lemma_.lower() in guests and any(
                        modifier_actor(ctx, s, g) for g in children_of(c) if g.dep_ in ("amod", "compound", "poss")))
                    for c in children_of(tok)) and subjects(ctx, s, tok):
                trig = ("CONSULT", "visit")  # "Ruto received the Somali president": a party received, not a thing
            if trig is None and tok.pos_ == "VERB" and lem in wishes and _wished_of(ctx, s, tok):
                trig = ("REQUEST", None)  # "the Philippines wanted Beijing to stop …": what one side wants of the other
            if trig is None and tok.pos_ == "VERB" and lem in motions and any(
                    c.dep_ == "nsubj" and (c.lemma_.lower() in troops or c.lower_ in troops) and not any(
                        d.lower_ in ("any", "no") for d in children_of(c)) for c in children_of(tok)) and not any(
                    c.dep_ == "mark" and c.lower_ in ("before", "until", "unless", "if", "once") for c in children_of(tok)):
                trig = ("MOBILIZE", None)  # "Ethiopian mechanised units had been moving towards the border"
            if trig is None or lem in dismiss_verbs and not any(  # "called the raid an act of war": no phone call,
                    c.dep_ in ("prep", "prt") and c.i == tok.i + 1 for c in children_of(tok)):  # unlike "called on/for"
                named = _dismissal(ctx, s, tok, dismiss_verbs, dismiss_words, slurs, ctx.lex.reporting, naming_charges,
                                   naming_words)  # verdicts only a naming verb makes a rejection of ("called it unacceptable")
                trig = (named, None) if named else trig  # "called the decision 'null and void'"
            if trig is None and tok.pos_ == "VERB" and lem in ctx.lex.reporting and _reported_charge(ctx, s, tok, charges):
                trig = ("ACCUSE", None)  # "said that the United States was using coercion and bullying": a charge
            if trig is not None and tok.pos_ == "VERB" and lem in actor_verbs and (tok.tag_ in ("VBZ", "VBP", "VBG") or not next((
                    bool(ctx.table.at(s.para, c.i) or c.pos_ in ("PROPN", "PRON") and ctx.table.resolve(s.para, c) or any(
                        g.dep_ == "appos" and ctx.table.at(s.para, g.i) for g in children_of(c)))
                    for c in children_of(tok) if c.dep_ == "nsubj"), bool(subjects(ctx, s, tok)))):
                continue  # "a resolution that allows any party to …", "the deal allows": what a text does, no concession
            if (trig is None or trig[0] in ("CONSULT", "MOBILIZE")) and tok.pos_ == "VERB" and lem in gathering and any(
                    t.lemma_.lower() in protest_cues or t.lower_ in protest_cues for t in subtree(tok, stop={"relcl", "ccomp"})
                    if t.i > tok.i and t.pos_ != "PROPN"):
                trig = ("PROTEST", "demo")  # "thousands gathered outside parliament chanting …": a crowd's protest
            if in_protest and _in_protest(tok):  # "walked out in protest", "blockaded the harbour in protest at the cut"
                trig = ("PROTEST", trig[1] if trig and trig[0] == "PROTEST" else None)
            if trig is None or trig[0] == "NONE":
                continue  # no trigger, or a figure of speech ("struck a hopeful note")
            if tok.pos_ != "VERB" and tok.is_title and tok.i > s.span.start and ctx.table.at(s.para, tok.i):
                continue  # "the Foundation for Victims of Forced Mobilization", "the Strike Committee": a word of a name
            if tok.pos_ != "VERB" and tok.lower_ in noun_cues and not any(c.lower_ in noun_cues[tok.lower_] for c in children_of(tok)):
                continue  # "echoed that call": an appeal, not a phone call; "a weekly briefing": the press's
            if tok.pos_ == "VERB" and trig[0] == "CONSULT" and lem == "take" and not any(
                    g.dep_ == "prep" and g.lower_ == "in" for c in (tok, *children_of(tok)) for g in children_of(c)):
                continue  # "30,000 farmers had taken part nationwide": no talks to take part in
            if tok.pos_ == "VERB" and trig[0] in ("THREATEN", "CONSULT") and _inanimate_or_passive(ctx, s, tok, effects, people):
                continue  # "reports of a massacre threatened to overshadow the talks"; "will be met with a lockout"
            if _bare_retort(tok, retorts):
                continue  # "The Emiratis had already hit back.": a summary of the words that follow
            gov = _deal_act(tok) if trig[1] == "third-party" else None
            if gov is not None and ((_object_rule(gov, rules) if gov.lemma_.lower() in rule_verbs else None) or _trigger(
                    gov, triggers, nouns) or ("",))[0] not in ("", "CONSULT"):
                continue  # "exchanged prisoners in a deal brokered by the UAE": the broker is an actor of the exchange
            if tok.pos_ == "VERB" and trig[0] in ("AGREE", "CONCEDE") and any(
                    c.dep_ == "dobj" and " ".join(t.lower_ for t in subtree_of(c)) in quantities for c in children_of(tok)):
                continue  # "had already offered a great deal": how much was given, no deal offered or made
            labour_act = labour_verbs.get(tok.head.lemma_.lower()) if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and \
                (lem in stoppages or lem == "strike") else None
            if labour_act and tok.head.lemma_.lower() in NAMING_LABOUR and (any(
                    c.dep_ in ("prt", "oprd", "ccomp", "xcomp", "acomp") for c in children_of(tok.head)) or any(
                    c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their") for c in children_of(tok))):
                labour_act = None  # "called a strike" starts one; "called the strike illegal", "called off the strike" do not
            if labour_act == "PROTEST" and any(c.dep_ == "aux" and c.lower_ in WARNING_AUX for c in children_of(tok.head)) and not any(
                    c.dep_ == "neg" for c in children_of(tok.head)):
                labour_act = "THREATEN"  # "would call a national strike", "will join the strike": announced, not begun
            if trig[0] == "REJECT" and tok.pos_ == "VERB" and lem in ("refuse", "decline", "stop", "cease") and any(
                    c.dep_ == "xcomp" and c.lemma_.lower() in work_verbs for c in children_of(tok)):
                trig = ("PROTEST", "strike")  # "refused to work overtime", "dockers declined to unload": industrial action
            if not labour_act and tok.pos_ == "VERB" and trig[0] in ("SUPPORT", "AGREE") and lem in labour_verbs and any(
                    t.lemma_.lower() in stoppages for c in children_of(tok) if c.dep_ == "dobj" or (
                        c.dep_ == "prep" and c.lower_ == "for") for t in subtree_of(c)):
                labour_act = labour_verbs[lem]  # "members voted for strike action", "backed a series of walkouts"
                trig = (labour_act, "strike")
            if labour_act and trig[0] in ("ASSAULT", "PROTEST"):
                trig = (labour_act, "strike")  # "called a strike", "voted to authorise a strike": a labour action
            elif trig[0] == "ASSAULT" and (lem in labour_nouns or lem == "strike") and _labour(tok, labour_cues):
                if tok.tag_ == "VBG" and tok.dep_ in ("amod", "acl", "pcomp"):
                    continue  # "striking workers": a description of the people, the strike is told elsewhere
                if tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.pos_ in ("NOUN", "PROPN"):
                    continue  # "performers on strike rejected …": who they are, the strike is told elsewhere
                trig = ("PROTEST", "strike")  # "the union's last strike", "nurses will strike": a labour strike
            elif union and trig[0] in ("ASSAULT", "PROTEST") and _told_strike(tok, stoppages):
                trig = ("PROTEST", "strike")  # in a labour dispute, "the strike on Monday halted services"
            elif labour_seen and trig[0] == "ASSAULT" and tok.pos_ == "NOUN" and lem == "strike" and _bare_strike(tok):
                trig = ("PROTEST", "strike")  # once the story's strike is a stoppage, "the cost of the strike" is too
            labour_seen = labour_seen or trig == ("PROTEST", "strike")
            if trig[0] == "AID" and tok.pos_ == "VERB" and (any(
                    c.dep_ == "dobj" and (c.lemma_.lower() in DOCUMENTS or c.lemma_.lower() in text_nouns) for c in children_of(tok))
                    or not any(c.dep_ == "dobj" for c in children_of(tok)) and any(
                        c.dep_ == "prep" and c.lower_ == "on" for c in children_of(tok))):
                continue  # "delivered a protest note", "handed over a draft", "delivered on its pledges": no aid given
            if trig[0] == "AID" and tok.pos_ == "VERB" and not any(
                    c.dep_ in ("dobj", "dative", "nsubjpass") for c in children_of(tok)) and (tok.dep_ == "prep" or not any(
                    c.dep_ == "nsubj" for c in children_of(tok)) or any(c.dep_ == "ccomp" for c in children_of(tok))):
                continue  # "would back the deal provided the wage rules hold": a condition, nothing given
            if lem == "release" and (trig[0] == "RETREAT" and tok.pos_ == "VERB" and any(
                    c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in unreleased or c.lower_ in unreleased)
                    for c in children_of(tok)) or tok.dep_ == "acl" and (
                    tok.head.lemma_.lower() in unreleased or tok.head.lower_ in unreleased)):
                continue  # "began releasing treated water", "released a revised pay standard", "a statement released
                # by its office": nobody held is let go
            if trig == ("PROTEST", "obstruct") and tok.pos_ == "VERB" and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in passages for c in children_of(tok)) and _armed(ctx, s, tok, craft):
                trig = ("COERCE", "obstruct")  # "the navy vessel blocked the patrol": force, where farmers' blocking is protest
            elif trig == ("PROTEST", "obstruct") and tok.pos_ == "VERB" and lem not in triggers and (
                    _armed(ctx, s, tok, craft) or any(h.lemma_.lower() in police or "police" in a.lower()
                                                      for h in _subject_heads(tok) for a in [*ctx.table.resolve(s.para, h), ""])):
                trig = ("COERCE", "obstruct")  # "the police erected barricades on the highway": force's own roadblock
            elif trig == ("PROTEST", "obstruct") and tok.pos_ == "VERB" and any(
                    c.dep_ == "dobj" and (c.lemma_.lower() in decisions or c.lower_ in decisions or c.lemma_.lower() in ONSETS
                                          and _of_word(c) in decisions) for c in children_of(tok)) and \
                    tok.dep_ not in ("xcomp", "pcomp") and tok.head.lemma_.lower() not in PERMITS and not any(
                        c.dep_ == "aux" and c.lower_ in UNDONE_AUX for c in children_of(tok)) and subjects(ctx, s, tok):
                trig = ("REJECT", None)  # "Hungary blocked the sanctions package": a party's veto, not a street protest
            if trig[0] == "CONSULT" and tok.pos_ == "VERB" and lem == "meet" and _craft_only(tok, craft):
                continue  # "a coastguard patrol and a navy gunboat met near the river mouth": an encounter, no talks
            if trig[0] in ("PROTEST", "ASSAULT", "COERCE", "SANCTION") and tok.pos_ == "NOUN" and tok.dep_ == "compound" and \
                    tok.head.lemma_.lower() in notices:
                if tok.head.dep_ == "dobj" and tok.head.head.lemma_.lower() in topic_verbs:
                    continue  # "backed the tariff threat": the threat, told before, is what is backed
                trig = ("THREATEN", "strike" if lem in stoppages else trig[1])
                # "served 72-hour strike notice", "issued a lockout notice": warned of, not begun
            if tok.pos_ != "VERB" and tok.dep_ in ("dobj", "nsubjpass") and _object_rule(tok.head, rules):
                continue  # "lodged a protest", "imposed a curfew": the verb's event says it all
            if tok.pos_ != "VERB" and tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" and kind(tok.head) not in (
                    "", "NONE", trig[0]):
                continue  # "lifting sanctions", "eased the blockade": one act, the verb's, whose object the noun names
            typ, mode = trig
            if typ == "REQUEST" and tok.pos_ == "VERB" and any(
                    g.lemma_.lower() in anonymity for c in children_of(tok) for g in (c, *children_of(c))
                    if g.dep_ in ("dobj", "pobj")):
                continue  # "a source who requested anonymity", "asked for anonymity": the source's own terms, no ask
            if typ == "ASSAULT" and tok.pos_ != "VERB" and mode == lem and _weapon_named(tok, kind, weapon_uses):
                continue  # "any new treaty cover Russia's Poseidon underwater drone": a weapon named, no strike
            tabled = tok.pos_ == "VERB" and tok.dep_ == "acl" and mode == "propose"  # "the offer, tabled on Monday, …"
            if tok.pos_ == "VERB" and lem == "declare" and typ == "CONCEDE" and any(
                    c.dep_ in ("oprd", "ccomp", "acomp") or c.dep_ == "dobj" and c.lower_.endswith(("self", "selves"))
                    for c in children_of(tok)):
                continue  # "declared themselves Bulgarian", "declared that …": a naming or a statement, no concession
            if tok.pos_ == "VERB" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("have", "need", "ought") and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok)) and any(
                    c.dep_ == "auxpass" for c in children_of(tok)):
                continue  # "the deal still has to be ratified by members": a step still owed, not taken
            if tok.pos_ == "VERB" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in duties and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok)):
                continue  # "the treaty obliges the states to consult one another", "are required to notify": a duty
            if tok.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok)) and any(
                    c.dep_ in ("dobj", "advmod", "mark") and c.lower_ in ("what", "how", "whether", "when", "which")
                    for c in children_of(tok)):
                continue  # "decide what to share with creditors", "discussed how to resume": a choice, no act
            if tok.pos_ == "VERB" and _habitual(ctx, tok):
                continue  # "The commission meets twice a year", "Vietnam usually rejects such proposals": a habit, no act
            if typ in ("COOPERATE", "AID") and tok.pos_ == "VERB" and tok.tag_ in ("VBZ", "VBP") and tok.dep_ == "ccomp" and \
                    tok.head.lemma_.lower() in ctx.lex.reporting and not any(
                        c.dep_ in ("aux", "auxpass", "neg") for c in children_of(tok)) and not any(
                        t.ent_type_ in ("DATE", "TIME") for t in subtree_of(tok)):
                continue  # "said the Fund shares its analysis with the authorities": what a side does as a rule, no act
            if tok.pos_ == "VERB" and _reduced_relative(tok):
                continue  # "who chairs the talks under an arrangement agreed last year, said …": the participle
                # describes the noun before it (the parser hung it on the sentence), no act of the subject
            if _mandated(tok):
                continue  # "suggested that the union suspend the boycott": what is asked for, not done (the asking is)
            if trig[0] == "ASSAULT" and tok.pos_ == "VERB" and lem in wordy_assaults and not any(
                    _is_craft(h, craft) for h in _subject_heads(tok)):
                said_of = [c for c in children_of(tok) if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in assault_topics]
                gap = _gap_object(tok) if not said_of else None  # "restrictions … that the company fought for two years"
                said_of = said_of or ([gap] if gap is not None and gap.lemma_.lower() in assault_topics else [])
                if said_of:  # "the opposition attacked the deal", "will fight the plan": words, not force
                    trig = typ, mode = ("REJECT" if lem in resisting else "ACCUSE", None)
                elif not any(c.dep_ == "dobj" for c in children_of(tok)) and any(
                        c.dep_ == "prep" and c.lower_ in QUARREL_PREPS and not any(
                            g.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") for g in subtree_of(c)) for c in children_of(tok)) and not any(
                        c.dep_ in ("nsubjpass", "agent") or c.dep_ == "prep" and c.lower_ in ("with", "against")
                        for c in children_of(tok)):
                    continue  # "the two sides clashed over costs", "sparred about the text": a quarrel, no force
            noun_np = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
            if tok.pos_ != "VERB" and noun_np.dep_ == "dobj" and noun_np.head.lemma_.lower() in dismiss_verbs and (any(
                    c.dep_ in ("oprd", "ccomp", "acomp", "xcomp") or c.dep_ == "prep" and c.lower_ == "as"
                    for c in children_of(noun_np.head)) or any(c.dep_ == "amod" and c.i > noun_np.i for c in children_of(noun_np))) and not any(
                    modifier_actor(ctx, s, c) for c in (*children_of(tok), *children_of(noun_np)) if c.dep_ in ("poss", "compound", "amod")):
                continue  # "called the boycott talk irresponsible": the act named is the verdict's topic, not the namer's act
            if tok.pos_ != "VERB" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in topic_verbs:
                continue  # "welcomed the ceasefire", "violating the truce": the noun is a topic, not an event
            if tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "ccomp", "dobj") and tok.head.lemma_.lower() in topic_verbs:
                continue  # "backed granting the seat", "opposed sending troops": the act is what a stance is about
            if typ == "AGREE" and tok.pos_ == "VERB" and tok.tag_ in ("VBZ", "VBP", "VBG") and any(
                    c.dep_ in ("dative", "dobj") and c.lower_ in FIRST_PERSON_OBJECTS for c in children_of(tok)):
                continue  # "they are offering us crumbs", "and they offer us 5.8": the speaker's scorn of what the
                # other side offers (its offer is told as the other side's act), no offer of the speaker's side
            if tok.pos_ != "VERB" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and kind(tok.head) == "REJECT":
                continue  # "ruled out any talks", "refused a meeting": the refusal is the event, the noun its object
            if tok.pos_ != "VERB" and _none_such(tok):
                continue  # "it has no power of veto", "there was no agreement": the act named is said not to exist
            if typ != "REJECT" and tok.pos_ != "VERB" and tok.dep_ in ("pobj", "compound", "amod") and _vetoed(tok, decisions):
                continue  # "blocked the opening of accession talks", "the sanctions package": kept from happening
            if tok.pos_ != "VERB" and tok.dep_ in ("dobj", "nsubjpass") and typ != "REJECT" and tok.head.pos_ in ("VERB", "AUX") and any(
                    c.dep_ == "neg" or c.lower_ in ("never", "neither", "nor") for c in children_of(tok.head)):
                continue  # "did not carry out the threat", "never held a meeting": not done
            if tok.pos_ != "VERB" and tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and not kind(tok.head) and \
                    tok.head.lemma_.lower() not in notices and typ not in ("CONSULT", "PROTEST", "ASSAULT"):
                continue  # "the joint investigation team", "a sanctions expert": the noun names a kind of thing, no act
            if tok.pos_ != "VERB" and typ == "PROTEST" and tok.dep_ == "pobj" and not _gone_on(ctx, tok):
                continue  # "told members at a rally": the setting of another act ("went on strike" is the act)
            if tok.pos_ != "VERB" and tok.dep_ in ("compound", "amod") and tok.i > s.span.start and \
                    tokens_of(tok.doc)[tok.i - 1].text == "-" and tok.head.pos_ in ("NOUN", "PROPN"):
                continue  # "motion-capture actors", "an anti-strike law": half of a hyphenated modifier, no act
            if typ == "CONSULT" and tok.pos_ == "VERB":
                own_text = " ".join(t.lower_ for t in subtree_of(tok))
                if any(cue in own_text for cue in phone_cues):
                    mode = "phone"  # "spoke to both leaders by phone"
                elif lem in partner_verbs and not objects(ctx, s, tok):
                    continue  # "spoke to reporters": no counterpart, no consultation
            said = [c for c in children_of(tok.head) if c.dep_ == "ccomp"] if tok.dep_ == "dobj" and tok.pos_ != "VERB" else []
            if typ == "REQUEST" and tok.pos_ == "VERB" and lem in court_verbs and not any(
                    c.dep_ in ("prep", "xcomp", "ccomp", "dative") and c.lower_ not in court_preps or c.dep_ == "dobj" and (
                        c.lemma_.lower() not in court_objects) for c in children_of(tok)):
                typ, mode = "REJECT", "appeal"  # "said it would appeal", "appealed the ruling": a court challenge
            elif lem in (needs_complement if tok.pos_ == "VERB" else noun_complement) and not said and not any(
                    (c.dep_ in ("ccomp", "acl") or c.dep_ == "xcomp" and c.lemma_.lower() not in idle or (
                        c.dep_ == "dobj" and lem in object_complements and c.lemma_.lower() not in idle_objects
                        and tok.tag_ in ("VBD", "VBZ", "VBP", "VBN"))) or (
                    c.dep_ == "prep" and c.lower_ == "for") or c.dep_ == "dobj" and any(
                    g.dep_ == "advcl" and g.i > r.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(g))
                    for r in children_of(c) if r.dep_ == "relcl" for g in subtree_of(r)) for c in children_of(tok) if not any(
                    m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in children_of(c))) and not (
                    lem in object_complements and _bare_refusal(ctx, s, tok)):
                continue  # "asked X about the tour", "asked whether …": a question, not a request; "declined to comment"
                # ("asked the Bank, which brokered the treaty, to play its role": the parser hangs the ask on the relative)
            if tok.pos_ == "VERB" and lem in clause_verbs and not any(c.dep_ == "prt" for c in children_of(tok)) and (
                    any(c.dep_ == "dobj" for c in children_of(tok)) or not any(
                    c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c)) for c in children_of(tok))):
                continue  # "ruled that the closure was lawful" is a ruling; "ruled the country" is no event
            if tok.pos_ == "VERB" and lem in PLEDGES and typ == "AGREE" and any(
                    c.dep_ == "xcomp" and (kind(c) in HOSTILE or c.lemma_.lower() in threat_cues) for c in children_of(tok)):
                typ, mode = "THREATEN", None  # "vowed to wage war", "pledged to retaliate": a promise of harm is a threat
            if tok.pos_ == "VERB" and (tok.dep_ == "xcomp" or tok.dep_ == "advcl" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok))) and tok.head.lemma_.lower() in PLEDGES \
                    and typ in HOSTILE:
                if _trigger(tok.head, triggers, nouns):
                    continue  # the pledge verb carries the threat
                typ, mode = "THREATEN", None  # "have sworn to fight"
            if tok.pos_ == "VERB" and typ == "CONSULT" and lem in arrivals and any(
                    c.dep_ == "nsubj" and (c.lemma_.lower() in troops or any(
                        g.lemma_.lower() in troops for g in subtree_of(c) if g.dep_ == "pobj")) for c in children_of(tok)):
                peace = any(g.lower_.startswith("peacekeep") for c in children_of(tok) if c.dep_ == "nsubj" for g in subtree_of(c))
                typ, mode = ("AID", "peacekeeping") if peace else ("MOBILIZE", None)  # troops arriving: no visit
            own_actor = tok.pos_ != "VERB" and any(
                modifier_actor(ctx, s, c) for c in children_of(tok) if c.dep_ in ("poss", "compound", "amod"))
            if typ in ("ASSAULT", "COERCE") and tok.pos_ != "VERB" and tok.dep_ == "pobj" and tok.head.lower_ in SETTING_PREPS \
                    and not own_actor and not any(
                    c.dep_ == "prep" and c.lower_ in ("by", "between", "with") for c in children_of(tok)):
                continue  # "suspended talks after the bombing", "accused X over the attack": a cause told elsewhere,
                # not an act of the clause's subject ("after talks in Kuala Lumpur" does tell of talks: not for CONSULT)
            party_relcl = tok.pos_ == "VERB" and tok.dep_ == "relcl" and typ in SPEECH_TYPES and bool(
                ctx.table.at(s.para, tok.head.i)) and any(c.dep_ == "nsubj" and c.lower_ in ("which", "who") for c in children_of(tok))
            # "Britain, France and Germany, which warned on Friday that …": a party's act told in passing is news
            role = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and \
                tok.head.lemma_.lower() not in triggers else None
            if role is not None and role.dep_ == "relcl" and role.tag_ in ("VBZ", "VBP") and typ not in SPEECH_TYPES and any(
                    c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that") for c in children_of(role)) and not any(
                    c.dep_ == "aux" for c in children_of(role)):
                continue  # "X, who coordinates the group", "a body that monitors the border", "X, who chairs the
                # talks": a standing role, no act
            told_deed = tok.pos_ == "VERB" and tok.dep_ == "relcl" and tok.tag_ == "VBD" and (typ in MATERIAL_TYPES | {
                "SANCTION"} or mode == "propose") and any(c.dep_ == "nsubj" and ctx.table.resolve(s.para, c) for c in children_of(tok)) and any(
                c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in children_of(tok))
            # "the checkpoint, which Bangkok closed on October 28": a party's dated deed told in passing is news
            told_deed = told_deed or tok.pos_ == "VERB" and tok.dep_ == "relcl" and tok.tag_ == "VBD" and bool(
                ctx.table.at(s.para, tok.head.i)) and any(c.dep_ == "nsubj" and c.lower_ in ("which", "who")
                                                          for c in children_of(tok)) and any(
                t.ent_type_ == "DATE" for t in subtree(tok, stop={"relcl", "ccomp", "advcl"}))
            # ("the association, which set up the roadblock on Oct. 6, says …": so is the party's own dated deed)
            if tok.pos_ == "VERB" and tok.dep_ == "relcl" and not party_relcl and not told_deed and any(
                    (c.dep_ == "nsubj" and c.lower_ in ("it", "that", "which") and (typ in REALIS_TYPES or c.lower_ != "it"))
                    or (c.dep_ == "dobj" and c.lower_ in ("whom", "which", "that") and not (
                        typ == "ACCUSE" and c.lower_ == "whom" and any(g.dep_ == "nsubj" for g in children_of(tok))) and not (
                        typ == "REQUEST" and c.lower_ in ("whom", "which") and ctx.table.resolve(s.para, tok.head)
                        and any(g.dep_ == "nsubj" and ctx.table.resolve(s.para, g) for g in children_of(tok))))
                    for c in children_of(tok)):
                continue  # "capitals that have backed changes", "a plan that called for …": a description, not news
                # ("the prime minister, whom it accused of blocking …", "China, which Washington has urged to join the
                # talks": a party's charge or appeal to a party is the news)
            if tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.dep_ != "ROOT" and not tabled and not ctx.table.at(
                    s.para, tok.head.i) and not any(c.dep_ == "agent" and any(ctx.table.at(s.para, g.i) for g in subtree_of(c))
                                                    for c in children_of(tok)):
                continue  # "battalions backed by attack helicopters", "data shared among the four governments": a
                # participle that describes a thing, with no party as its doer, tells no act
            if tok.pos_ == "VERB" and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > tok.head.i and (
                    _object_rule(tok.head, rules) or ("",))[0] != "NONE" and any(
                    kind(h) not in ("", "NONE") for h in (tok.head, *(c for c in children_of(tok.head) if c.dep_ == "dobj"))):
                continue  # "launched an offensive, deploying two battalions": the gerund spells out the act just told
                # ("struck a sharper tone, warning that …": a figure of speech tells no act, the warning is one)
            if (tok.pos_ != "VERB" or tok.tag_ == "VBG") and _in_stance_object(tok, topic_verbs):
                continue  # "opposed any resumption of formal negotiations", "opposes any party reaching a deal": the
                # act is what the stance is about, not an act done
            if tok.pos_ != "VERB" and tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and any(
                    c.dep_ == "acomp" for c in children_of(tok.head)):
                continue  # "China's deployments were defensive", "the investigation was politically driven": a verdict
                # on an act told elsewhere, not the act
            if tok.tag_ in ("NNP", "NNPS") and tok.dep_ == "compound" and tok.i > s.span.start and \
                    tokens_of(tok.doc)[tok.i - 1].tag_ in ("NNP", "NNPS") and tokens_of(tok.doc)[tok.i - 1].dep_ == "compound":
                continue  # "the National Rally group", "the Popular March bloc": a word inside a name, no act
            if tok.pos_ == "VERB" and tok.dep_ == "acl" and typ in ("COERCE", "ASSAULT", "RETREAT", "AID", "SANCTION") and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "agent") for c in children_of(tok)) and not ctx.table.at(s.para, tok.head.i):
                continue  # "300 people detained on suspicion of …", "jailed in Morocco": what describes a noun
            misparsed = tok.pos_ == "VERB" and tok.dep_ == "amod" and tok.head.dep_ == "ROOT" and tok.i > 0 and \
                tokens_of(tok.doc)[tok.i - 1].dep_ in ("nmod", "compound") and tokens_of(tok.doc)[tok.i - 1].head.i == tok.head.i and \
                bool(ctx.table.at(s.para, tok.i - 1))  # "Kowalczyk accused management of …" read as a noun phrase
            if tok.pos_ == "VERB" and tok.dep_ == "amod" and not misparsed:
                continue  # "Trump's threatened tariff": the threat is told elsewhere
            listed = _first_conjunct(tok) if tok.pos_ != "VERB" else tok  # "calls for a truce, … and a meeting"
            if tok.pos_ != "VERB" and not labour_act and (any((c.lower_ in HYPOTHETICAL or c.lower_ in COMING and tok.head.tag_ != "VBD")
                                                              and not (c.i > 0 and tokens_of(c.doc)[c.i - 1].text == "-")
                                                              for c in children_of(tok)) or (
                    listed.dep_ == "dobj" and listed.head.lemma_ in ASKED_OR_MEANT and not _carried_on(listed.head) and not (
                        typ == "PROTEST" and listed.head.lemma_ == "tell")) or (
                    listed.dep_ == "pobj" and listed.head.head.lemma_ in REQUESTS - {"tell"})):
                continue  # "called for a ceasefire": the request is the event ("told a rally …": the rally is the
                # audience addressed, no request)
            if in_condition(tok, provisos) or _text_content(tok, text_nouns):
                continue
            if typ != "THREATEN" and tok.pos_ == "VERB" and _weak_modal(tok):
                continue  # "Italy's cabinet could veto the Saudi bid as soon as Thursday": a possibility, no act
            if tok.pos_ == "VERB" and tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in REQUESTS and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok)):
                continue  # "urged the AU to condemn the coup", "called on Kigali to reject …": asked of another, not done
            if typ == "THREATEN" and tok.pos_ == "VERB" and lem == "warn" and any(
                    c.dep_ == "ccomp" and not any(t.dep_ == "aux" and t.lower_ in WARNING_AUX or t.lower_ in
                        threat_cues for t in subtree(c, stop={"relcl"})) for c in children_of(tok)):
                continue  # "warning that traders were losing $2m a day": a warning of a fact, no threat of the speaker's
            if typ in ("SUPPORT", "AGREE") and tok.pos_ == "VERB" and any(
                    c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may") for c in children_of(tok)) and any(
                    c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "provided", "once", "until")
                                              for m in children_of(c)) for c in children_of(tok)) or typ == "AGREE" and (
                    _held_on_terms(s, tok, provisos)):
                continue  # "could back the plan only if compensation was guaranteed", "would agree to full coverage
                # provided Kiribati trained observers": a condition set, no backing or agreement given
                # ("would support the boycott unless …" is a threat: commitment() reads it)
            if typ in ("AGREE", "SUPPORT") and (_cannot(tok) or _disbelieved(tok, disputables)):
                pledged: tuple[str, Any] | None = ("REJECT", tok)
            else:
                pledged = commitment(ctx, s, tok, typ) if typ in REALIS_TYPES | HOSTILE | {"SUPPORT"} else None
                if pledged is not None and pledged[0] == "AGREE" and (
                        typ == "CONSULT" and (mode != "visit" or lem in hosting) or mode == "propose") \
                        and not any(h.lemma_.lower() in AGREEING for h in (tok.head, pledged[1].head, *children_of(tok))):
                    pledged = ("NONE", pledged[1])  # "said he would convene the parties again", "would present a revised
                    # draft": a meeting or a text announced is no act yet, and promises the other side nothing
                    # (a visit or a hosting offered is a promise to the host or guest: PLOVER's AGREE; "did agree on one
                    # point: they will meet again" is the parties' agreement)
            if pledged is not None and pledged[0] == "NONE":
                continue
            if pledged is not None:
                typ, mode = pledged[0], None  # "will provide aid": a promise, not (yet) the act
            elif typ in REALIS_TYPES and not own_actor and (not tabled and irrealis(tok, typ) or _aimed(tok, aim_nouns)):
                continue
            elif typ == "SUPPORT" and not own_actor and _unbacked(tok, unbacking):
                continue
            elif not defiant and any(c.dep_ == "neg" for c in children_of(tok)) or (
                    tok.pos_ == "VERB" and tok.dep_ in ("xcomp", "pcomp", "ccomp") and tok.head.pos_ == "VERB" and typ not in (
                        "REJECT", "THREATEN") and tok.head.lemma_.lower() not in ("hesitate", "stop", "cease", "fail") and any(
                        c.dep_ == "neg" for c in children_of(tok.head))):
                continue  # "has not ruled out asking the board to …", "did not want to accuse": not done
            if tok.pos_ == "VERB" and tok.dep_ in ("advcl", "acl") and tok.tag_ == "VBG" and any(
                    c.lemma_.lower() in text_nouns for c in (tok.head, *children_of(tok.head)) if c.dep_ in ("dobj", "nsubj", "nsubjpass")):
                continue  # "circulated a revised text raising the levy to $2", "a draft cutting quotas": what the text says
            if tok.dep_ in ("advcl", "conj", "xcomp") and (_trigger(tok.head, triggers, nouns) or ("",))[0] == typ:
                continue  # "attacked a base, killing two soldiers": one event
            toll = tok.head if tok.pos_ != "VERB" and tok.dep_ == "dobj" else tok  # "setting fire": the verb of "fire"
            if toll.tag_ == "VBG" and toll.dep_ in ("conj", "advcl") and toll.head.tag_ == "VBG" and toll.head.dep_ == "advcl" \
                    and (_trigger(toll.head.head, triggers, nouns) or ("",))[0] == typ:
                continue  # "struck a terminal, killing two workers and setting fire to a ship": the strike's toll, one event
            if tok.lower_ in ("so-called",) or (tok.i > 1 and tokens_of(tok.doc)[tok.i - 2].lower_ == "so"):
                continue
            if misparsed:
                src = ctx.table.resolve(s.para, tokens_of(tok.doc)[tok.i - 1]) or [ctx.table.at(s.para, tok.i - 1)]
                tgt = [a for a in ctx.table.resolve(s.para, tok.head) if a not in src]
                label = compact([tok] + subtree(tok.head, stop={"relcl", "acl", "advcl", "conj", "cc"}))
            elif tok.pos_ == "VERB" and tok.dep_ == "amod":
                noun = tok.head
                src = [a for a in (ctx.table.at(s.para, c.i) for c in children_of(noun) if c.dep_ in ("poss", "compound")) if a]
                src = src or ctx.table.resolve(s.para, noun.head) if noun.dep_ == "case" else src
                if not src:
                    continue
                tgt = []
                label = compact(subtree(noun, stop={"relcl", "acl", "advcl"}))
            elif tok.pos_ == "VERB":
                if _unknown_listed_doer(ctx, s, tok):
                    continue
                src = _participle_owner(ctx, s, tok) or _root_conjunct(ctx, s, tok) or (
                    typ in SPEECH_TYPES and _reporter_conjunct(ctx, s, tok)) or \
                    _reporter_pronoun(ctx, s, tok) or \
                    subjects(ctx, s, tok) or _left_actor(ctx, s, tok) or \
                    _adjective_subject(ctx, s, tok) or _named_subject(s, tok, names) or _described_subject(ctx, tok, union) or \
                    _split_subjects(ctx, s, tok)
                if not src and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in ctx.lex.reporting:
                    body = next((c for c in children_of(tok) if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and (
                        c.lemma_.lower() in STATE_WORDS or c.lemma_.lower() in BODY_KINDS)), None)
                    reporter = subjects(ctx, s, tok.head) if body is not None else []
                    if body is not None and _speaks_for(ctx, s, tok.head, body, reporter):  # "Vance said the administration
                        src = reporter  # would impose …": the speaker's own body, named by description
                if not src and k > 0 and tok.tag_ == "VBD" and sents[k - 1].para is s.para and any(
                        c.dep_ == "nsubj" and c.lemma_.lower() in DOCUMENTS and any(
                            g.dep_ in ("det", "poss") and g.lower_ in ("the", "its", "their", "this") for g in children_of(c))
                        for c in children_of(tok)):  # "The statement also announced $40 million in aid": the statement's
                    src = [a for c in children_of(sents[k - 1].span.root) if c.dep_ in ("nsubj", "nsubjpass")  # author, the
                           for a in ctx.table.resolve(sents[k - 1].para, c)]  # previous sentence's subject
                if k > 0 and sents[k - 1].para is s.para and any(c.dep_ == "nsubj" and c.lower_ == "it" and not any(
                        u.dep_ in ("nsubj", "nsubjpass") and u.i < c.i for u in s.span) for c in children_of(tok)):
                    # (not "Kenya Airways said it would cut flights": the sentence's own subject comes first)
                    root = sents[k - 1].span.root  # "Solberg presented her first text. It proposed a levy …": the text
                    if any(c.dep_ == "dobj" and c.lemma_.lower() in text_nouns for c in children_of(root)):  # speaks for
                        src = subjects(ctx, sents[k - 1], root) or src  # its author; what the text proposes is the
                        if any(e.type == typ and e.sources == src for e in out[-4:]):  # presenting told again
                            continue
                if not src and k > 0 and sents[k - 1].para is s.para and any(
                        c.dep_ == "nsubj" and c.lower_ in ("it", "they") for c in children_of(tok)):
                    src = _previous_group(ctx, sents[k - 1]) or _named_subject(sents[k - 1], sents[k - 1].span.root, names)
                    # "Harbourline rejects the findings. … it accused the comptroller": the previous sentence's subject
                if typ == "AGREE" and lem in ENDINGS and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and kind(c) == "CONSULT" for c in (
                        *children_of(tok), *(children_of(tok.head) if tok.dep_ == "conj" else ()))):
                    talks = [e for e in [*per_type.values(), *reversed(out[-8:])] if e.type == "CONSULT"]
                    src = list(dict.fromkeys(talks[0].sources + talks[0].targets)) if talks else []
                    # "the talks ended with an agreement to meet again": the parties of the talks agreed
                if not src and tok.dep_ == "acl" and (tok.tag_ == "VBD" or tok.tag_ == "VBN" and tokens_of(tok.doc)[tok.i - 1].text == ","
                                                      and not any(c.dep_ in ("agent", "auxpass") for c in children_of(tok))) \
                        and tok.head.dep_ == "ROOT" and tok.head.pos_ in ("PROPN", "NOUN"):
                    # "Archbishop X, who chairs the council, called on …", "X's delegation, led by Y, objected to …": the
                    src = ctx.table.resolve(s.para, tok.head)  # parser hangs the sentence's main verb on its subject
                if defiant and not src:  # "Abiy told parliament the army would not allow anyone to …": the speaker's
                    said_by = next((h for h in (tok.head, tok.head.head) if h.lemma_.lower() in
                                    ctx.lex.reporting), None) if tok.dep_ == "ccomp" else None
                    src = subjects(ctx, s, said_by) if said_by is not None else src
                if threat_of is not None:
                    src = subjects(ctx, s, threat_of) or _described_subject(ctx, threat_of, union)
                    if k > 0 and sents[k - 1].para is s.para and set(src) & threatened.get(k - 1, set()):
                        continue  # "X warned that …. 'If they do not sign, we will look elsewhere,' he said.": one threat
                if party_relcl or not src and tok.dep_ == "relcl" and any(
                        c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that") for c in children_of(tok)):
                    head = tok.head  # "Sayles, who met both sides in Columbus": the noun the clause describes acts
                    src = list(dict.fromkeys(a for h in (head, *head.conjuncts) for a in [
                        ctx.table.at(s.para, h.i) or (names.get(h.lower_) if h.text[:1].isupper() else None)] if a))
                if not src and pledged is not None and pledged[1] is not tok:  # "is willing to withdraw"
                    src = subjects(ctx, s, pledged[1]) or _adjective_subject(ctx, s, pledged[1])
                if not src and pledged is not None and pledged[1].dep_ == "ccomp" and any(
                        c.dep_ == "nsubj" and c.pos_ == "PRON" for c in children_of(pledged[1])):
                    src = _adjective_subject(ctx, s, pledged[1].head)  # "the Fijian rebels said they will …"
                if not src and _own_members(tok) and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in ctx.lex.reporting:
                    src = subjects(ctx, s, tok.head)  # "the union said its members would walk off the job"
                own_poss = next((g for c in children_of(tok) if c.dep_ == "nsubj" and c.pos_ == "NOUN" and (
                    c.lemma_.lower() in followers or c.lemma_.lower() in MEMBER_NOUNS or c.lower_ in troops)
                    for g in children_of(c) if g.dep_ == "poss" and g.lower_ in ("its", "their")), None) if not src else None
                if own_poss is not None:  # "CONAIE called a strike, and its members have blocked highways": the body
                    src = _group_antecedent(ctx, s, own_poss)  # named before the pronoun acts through its members
                if not src and k > 0 and sents[k - 1].para is s.para and any(
                        c.dep_ == "nsubj" and c.pos_ == "NOUN" and any(g.dep_ == "poss" and g.lower_ in ("its", "their")
                                                                       for g in children_of(c)) for c in children_of(tok)):
                    src = _previous_group(ctx, sents[k - 1])  # "The Africa Group warned … Its members walked out"
                src = _crew_of(ctx, s, tok) or src  # "fighters from the Stability Support Apparatus attacked"
                src = _two_named(ctx, s, tok) or src
                src += [a for a in _leader_of(ctx, s, tok) if a not in src]
                if _collective_parties(tok, party_nouns):  # "the two sides agreed to meet again": the talks' parties
                    src = list(dict.fromkeys(a for ev in [*out, *per_type.values()] if ev.type == "CONSULT"
                                             for a in ev.sources + ev.targets)) or src
                    src += [f for a in list(src) if a in ctx.table.actors and ctx.table.actors[a].type == "Person"
                            for f in ctx.table.actors[a].affiliations if f in ctx.table.actors and f not in src]
                    # the negotiators' own states or bodies are the parties too
                objs = [c for c in children_of(tok) if c.dep_ in ("dobj", "dative", "prep", "attr", "oprd", "xcomp", "ccomp")
                        and c.lower_ != "according"]  # "according to X" names the source of the news, no target
                tgt = objects(ctx, s, tok) or [  # "arrested Russian students": the state of the object's nationality
                    a for c in children_of(tok) if c.dep_ == "dobj" for m in children_of(c)
                    if m.dep_ in ("amod", "compound") and m.i < c.i for a in modifier_actor(ctx, s, m)] or ([
                    a for c in children_of(tok) for h in ((c,) if c.dep_ == "prep" else children_of(c) if c.dep_ == "dobj" else ())
                    if h.dep_ == "prep" and h.lower_ in ("on", "against") for n in children_of(h) if n.dep_ == "pobj"
                    for m in children_of(n) if m.dep_ == "amod" and m.i < n.i for a in modifier_actor(ctx, s, m)
                ] if typ in ("SANCTION", "ASSAULT", "COERCE", "THREATEN", "PROTEST") else [])  # "imposed sanctions on
                # Russian banks", "raised tariffs on Chinese goods", "fired on Armenian positions": the state of those hit
                if typ == "REJECT" and not tgt and lem in object_complements and _bare_refusal(ctx, s, tok):
                    tgt = [a for c in children_of(tok) if c.dep_ == "nsubj" for r in children_of(c) if r.dep_ == "relcl"
                           and r.lemma_.lower() in REQUESTS for g in children_of(r) if g.dep_ == "nsubj"
                           for a in ctx.table.resolve(s.para, g)]  # "China, which Washington has urged to join, declined"
                addressed = typ == "REQUEST" and any(c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ in (
                    "on", "upon", "to") and any(g.dep_ == "pobj" for g in children_of(c)) for c in children_of(tok))
                # ("called on the museum to …", "appealed to X to …")
                for c in objs:
                    if addressed and c.dep_ in ("xcomp", "ccomp"):
                        continue  # "urged the trustees to accept Ethiopia's terms": the one asked is the object, a party
                        # named inside what is asked is not (no one when the object is no actor)
                    kin = {x.i for t in subtree_of(c) if t.lemma_.lower() in kin_nouns for g in children_of(t)
                           if g.dep_ == "prep" and g.lower_ == "of" for x in subtree_of(g)}
                    # ("demanded the release of a brother of Commander Tala": Tala's kin is released, Tala is not asked)
                    asked_for = typ == "REQUEST" and c.dep_ == "prep" and c.lower_ == "for"
                    for t in subtree(c, stop={"relcl", "advcl", "ccomp"} if c.dep_ != "ccomp" else {"relcl"}):
                        if t.i in kin:
                            continue
                        if asked_for and _deeper_phrase(t, c):
                            continue  # "asking for access to the World Bank's model": a party named deep inside the
                            # thing asked for is not asked ("asked for Russia's help" asks Russia)
                        a = ctx.table.at(s.para, t.i)
                        if a and a not in tgt and a not in src:
                            tgt.append(a)
                if typ == "REQUEST" and not addressed and tok.dep_ == "advcl" and tok.tag_ == "VBG":
                    tgt = _letter_addressee(ctx, s, tok.head) + tgt  # "wrote to the ministry asking for …": the one
                    # written to is asked
                if tok.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in RELATIVES or typ == "REQUEST" and c.dep_ == "xcomp"
                                               and not any(x.dep_ == "dobj" for x in children_of(tok)) and any(
                        g.dep_ == "dobj" and g.lower_ in RELATIVES for g in children_of(c)) for c in children_of(tok)):
                    tgt += [a for a in ctx.table.resolve(s.para, tok.head) if a not in tgt and a not in src]  # "X, whom it accused"
                    # "China, which Washington has repeatedly urged to join the talks": the one asked is the antecedent
                    # (the parser hangs "which" on "join")
                brokers = [a for c in children_of(tok) for n in ((c,) if c.dep_ == "dobj" else children_of(c) if c.dep_ == "prep"
                                                                  else ()) if n.dep_ in ("dobj", "pobj")
                           for v in children_of(n) if v.dep_ == "acl" and _deal_act(v) is tok and (
                               v.lemma_.lower() in brokering or (_trigger(v, triggers, nouns) or ("", None))[1] == "third-party")
                           for a in _broker(ctx, s, v)] if typ != "CONSULT" else []
                src += [a for a in brokers if a not in src]  # "signed a peace deal brokered by Qatar": Qatar too
                tgt = [a for a in tgt if a not in brokers]
                if typ == "CONSULT" and any(c.dep_ == "agent" for c in children_of(tok)) and (
                        _passive(tok) or any(c.dep_ == "auxpass" for c in children_of(tok))):
                    src = [a for c in children_of(tok) if c.dep_ == "nsubjpass" for a in ctx.table.resolve(s.para, c)]
                    # "the children … were met by relatives near the border, Lubinets said":
                    # those met and those meeting are named; the reporter took no part
                agent = _agent(ctx, s, tok, typ) or (_broker(ctx, s, tok) if mode == "third-party" and src and (
                    _trigger(tok.head, triggers, nouns) or ("",))[0] != "CONSULT" else [])  # "Belarus and Lithuania … in
                # a deal brokered by the UAE": the UAE brokered, the two were brought together ("talks mediated by X" are
                # the talks' own; "the truce, brokered by X, took effect" names no parties and stays no event)
                if agent:  # "the camp was attacked by Burundian militiamen": the agent acts on the subject
                    tgt = [a for a in src + tgt if a not in agent]
                    src = agent
                elif _passive(tok) and threat_of is None and not answered:
                    tgt, src = src, []  # "Kyiv was hit by drones": the subject suffered it, whoever the agent is
                    # (not "said any attempt … would be treated as war": the speaker threatens)
                phrase = [t for c in children_of(tok) if (c.dep_ in ("dobj", "prep", "prt", "dative", "attr", "acomp", "xcomp", "nsubjpass", "ccomp", "oprd") or (
                              typ == "REQUEST" and c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))))
                          for t in subtree(c, stop={"relcl"} if typ == "ACCUSE" and c.dep_ == "prep" else {"relcl", "advcl", "acl"})]
                # "accused Washington of using the treaty to embolden provocations": the charge is all of it
                cut = {t.i for c in subtree_of(tok) if c.dep_ == "conj" and c.i > tok.i and c.pos_ in ("VERB", "AUX") and any(
                    g.dep_ in ("nsubj", "nsubjpass", "mark") for g in children_of(c)) for t in subtree_of(c)}
                phrase += [t for c in children_of(tok) if c.dep_ == "dobj" for a in children_of(c) if a.dep_ == "acl" and any(
                    x.dep_ == "aux" and x.lower_ == "to" for x in children_of(a)) for t in subtree(a, stop={"relcl", "advcl"})]
                # "would instruct the trustee to file a claim": the parser hangs the infinitive on the object; it is
                # what the act is for, so the label keeps it
                phrase = [t for t in phrase if t.i not in cut]  # "agreed to meet again and that a text would be circulated"
                subj = [t for c in children_of(tok) if c.dep_ in ("nsubj",) for t in subtree(c, stop={"relcl", "appos", "acl"})]
                pre = subtree(tok.head, stop={"relcl", "acl", "appos"} | ({"prep"} if tok.dep_ == "relcl" else set())) if (
                    tok.dep_ == "relcl" or tok.dep_ == "acl" and mode == "propose") and tok.head.pos_ == "NOUN" \
                    and not any(c.dep_ in ("dobj", "ccomp") and c.lower_ not in ("which", "that") for c in children_of(tok)) else []
                # "an idea the federation rejected", "the checkpoint, which Bangkok closed"
                negs = [c for c in children_of(tok) if c.dep_ in ("aux", "neg") and c.i < tok.i and any(
                    g.dep_ == "neg" for g in children_of(tok))] if typ == "REJECT" or left_open is tok else []
                # "would not release the vessel", "did not rule out sanctions"
                parts = pre[:4] + subj[:6] + negs + [tok] + phrase
                label = compact(parts)
                front = {t.i for c in children_of(tok) if c.dep_ == "prep" and c.i < tok.i for t in subtree_of(c)}
                if front and len(compact(parts, limit=len(parts)).split()) > len(label.split()):  # "In a statement read
                    # on state television on Monday, X accused Y of …": a fronted setting gives way to what was done
                    label = compact([t for t in parts if t.i not in front])
                pron = next((c for c in children_of(tok) if c.dep_ == "dobj" and (c.lower_ in ANAPHORIC_OBJECTS and c.pos_ in (
                    "PRON", "DET") or _pointing_noun(c))), None) if typ in REFERRING_TYPES else None
                # "rejected it", "rejected that plan": what the object points back to
                what = _antecedent(sents, k, pron, text_nouns) if pron is not None else ""
                if what and what.lower() not in label.lower():
                    label = f"{label} ({what})"  # "Beijing turned it down (phased-resumption plan Japan tabled in November)"
                if typ == "AGREE" and lem in ENDINGS and any(c.dep_ == "prep" and c.lower_ in ("with", "in") for c in children_of(tok)):
                    # "ended with an agreement to meet again in Athens": all of what was agreed ("closed two chapters"
                    # keeps its own object)
                    label = compact([tok] + [t for c in children_of(tok) if c.dep_ == "prep" for t in subtree(c, stop={"relcl"})])
            else:
                src, tgt = _noun_sources(ctx, s, tok, typ == "CONSULT")
                onset = _onset_verb(ctx, tok) if typ == "PROTEST" else None
                onset = onset if onset is not None and onset.tag_ not in ("VBD", "VBN") and _if_clause(onset) else None
                if onset is not None:
                    typ, mode = "THREATEN", "strike"  # '"If the assembly brings back the fee, we are back on strike the
                    # next morning"': a strike promised on a condition is a threat
                    if not src and any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in children_of(onset)):
                        src = list((speakers or {}).get(s.idx) or [])  # the speaker's own side
                if not src and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
                    src = _described_subject(ctx, tok.head, union)  # "the union … and the alliance … reached a deal"
                if union and mode == "strike" and union not in src and _told_strike(tok, stoppages) and (not src or not any(
                        c.dep_ in ("poss", "compound") and ctx.table.at(s.para, c.i) for c in children_of(tok))):
                    # "the strike halted services": the dispute's union strikes; "It follows a 24-hour strike on
                    # Monday": a dated stoppage no one else is said to hold
                    src = [union]
                if not src and not tgt:
                    continue
                np = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok  # "strike notice"
                label = compact(subtree(np, stop={"relcl", "advcl"}))
                if onset is not None:  # "we are back on strike the next morning": the threatened act, not its noun
                    label = compact([t for t in subtree(onset, stop={"advcl", "relcl"}) if not t.is_punct])
                if np.head.pos_ == "VERB" and np.dep_ in ("dobj",):
                    extra = [t for c in children_of(np.head) if c.dep_ in ("prep", "prt") and c.i > np.i for t in subtree(c)]
                    label = compact([np.head] + [c for c in children_of(np.head) if c.dep_ == "prt"]
                                    + subtree(np, stop={"relcl", "acl", "advcl"}) + extra)
            if not src and typ == "CONSULT" and (tok.pos_ == "NOUN" or tok.dep_ in ("nsubj", "nsubjpass")) and tgt and \
                    _with_partner(tok):  # (a noun the tagger took for a verb: "that talks with … had ended")
                src = _speakers_side(ctx, list((speakers or {}).get(s.idx) or []), tgt)
                # "Kenya's trade secretary said talks with a Tanzanian delegation had ended": his side met theirs
            if not src and typ == "CONSULT" and tok.pos_ == "NOUN":
                src = _neighbour_subjects(ctx, sents, k)
            if union and ("PROTEST" in (typ, trig[0]) or tok.pos_ == "VERB") and _by_workers(ctx, s, tok, workers):
                src = [union]  # "pilots staged pickets", "protests by Air Meridian pilots", "nurses rejected the offer":
                # the union's members act, whatever the act
            if typ in HOSTILE - {"THREATEN"} and tok.pos_ == "VERB" and any(
                    c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in children_of(c))
                    for c in children_of(tok)):
                typ, mode = "THREATEN", None  # "If there is no ban by June 30, we walk out on July 1": a threat
            if not src and typ == "THREATEN" and tok.pos_ == "VERB" and any(
                    c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in children_of(tok)):
                src = list((speakers or {}).get(s.idx) or [])  # "… we walk out on July 1," he said: the speaker's threat
                # (a quoted "we cannot sign that" mostly restates a refusal the narration tells: not coded)
            if not src and typ in ("PROTEST", "MOBILIZE") and tok.pos_ == "VERB":
                src = _crowd_actor(ctx, s, tok, names) or _member_body(ctx, tok)
            if not src and typ in ("ASSAULT", "COERCE", "MOBILIZE") and tok.pos_ == "VERB":
                src = _force_owner(ctx, s, tok, armed) or _police_owner(ctx, tok, police)
            if tabled:  # "the offer, tabled by the airline on …": its agent, else the text's owner ("the league's latest
                # offer, presented on Monday"), never the doer of the clause it sits in ("Unite rejected the offer, tabled …")
                src = [a for c in children_of(tok) if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"
                       for a in ctx.table.resolve(s.para, g)] or _text_owner(ctx, sents, k, tok.head, proposing, union)
            if not src and tok.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") and any(
                    g.lower_ in ("no", "neither", "none", "nobody") for g in subtree_of(c)) for c in children_of(tok)):
                continue  # "neither side walked out": nobody did it
            passive = tok.pos_ == "VERB" and any(c.dep_ == "nsubjpass" for c in children_of(tok))
            if not src and passive and mode == "arrest" and (reporting := _reporting_head(ctx, tok)) is not None:
                src = _police_owner(ctx, reporting, police)  # "14 people were arrested, police said": who reports an
                # arrest no agent is named for made it
            if not src and typ in ("ASSAULT", "COERCE") and tok.pos_ == "VERB" and any(
                    c.dep_ == "nsubj" and c.pos_ == "PRON" for c in children_of(tok)):
                continue  # "'We fight inside the council,' she said": a doer named by a pronoun no one resolved is
                # no act on record (and mostly a figure of speech); "X was attacked" keeps its victim
            if not src and (typ not in ("CONSULT", "ASSAULT", "COERCE") and not passive or not tgt or typ == "ACCUSE" and tok.dep_ == "relcl") \
                    and typ not in actorless and not (typ == "PROTEST" and _counted_crowd(tok, crowd_people, crowd_sizes)):
                continue  # a threat or demand nobody is named making is no one's; "X was attacked" is X's, but "X,
                # who is accused of …" with no accuser describes X, no act (141 articles: 2 such, both noise)
            if typ == "SUPPORT" and tok.pos_ == "VERB" and _but_refused(tok, kind, ctx.lex.reporting):
                continue  # "welcomed the changes but could not accept any veto": a mixed stance, no support
            loc = _location(ctx, s, tok, typ)
            if typ == "CONSULT" and mode == "visit" and tok.dep_ == "relcl" and not tgt and loc is None:
                continue  # "gunmen who arrived in two speedboats": how the doers came, no visit of anyone anywhere
            if loc is None and typ in SPEECH_TYPES and s.para.dateline and s.span.start == s.para.doc[:].start \
                    and s.span.start_char == min(x.span.start_char for x in sents if x.para is s.para):
                e = ctx.table.gaz.lookup(s.para.dateline)  # "ABU DHABI – X said on Tuesday …"
                loc = e.name if e is not None and e.kind == "place" else s.para.dateline if e is None else None
            own = subtree(tok, stop={"advcl", "relcl", "ccomp", "conj"} if tok.pos_ == "VERB" else {"relcl"})
            if _historical(tok, own, ctx.published):
                continue  # "the union's last major strike, in 1977", "ended the 1991 ceasefire in 2020": background
            if typ == "REQUEST" and tok.pos_ == "VERB" and (_standing(tok) or _progressive_wish(ctx, s, tok)):
                continue  # "the union demands …", "is demanding a 6% rise", "would ask the court": a standing or planned
                # wish (a demand or position), not a request made on a day
            # "met in August (and initialled the text)": no day, and not the day the story tells of either, nor
            # the day another clause of its sentence names ("The Greens, who had joined the talks in September,
            # pulled out on Monday"); a participle shares its verb's time: "took office in November promising to …"
            coarse = _coarse(tok, iterative)
            date = _clause_date(ctx, s, own, tok, anchor, own_only=coarse)
            to_come = _coming(tok, own)
            date = None if to_come and (date is None or ctx.published is None or date <= ctx.published) else date
            # ("said on Wednesday they would take the proposal to the UN negotiations next month": not Wednesday)
            coarse = coarse and date is None
            if date is None and not coarse and tok.pos_ == "VERB" and (told is None or told[0] is not s.para) and (
                    _narrated(tok) or carry is not None and _perfect(tok)):
                date = _dated_next(ctx, sents, k, anchor)  # "X denied the claim. Its spokesman said on Tuesday …"
                # (a perfect takes no other paragraph's day but its own's: "Gabon has also asked Finland to …. In a
                # note delivered on Tuesday, Libreville asked for …")
            earlier = _told_as_earlier(tok)
            if date is None and not coarse and told is not None and told[0] is s.para and _narrated(tok) and not earlier:
                date = typ == "REJECT" and _dated_next(ctx, sents, k, anchor, reported=True) or told[1]
                # "Ethiopia's delegation brushed the demands aside.": the day the paragraph tells of, unless it is a
                # denial whose report follows ("Kyiv denied it. "…," its minister wrote on Thursday")
            told_of = told[1] if told is not None and told[0] is s.para else live_day.get(s.para.idx, ctx.published) if (
                live is not None and s.para.idx >= live) else None if vague is s.para or carry is not None and _perfect(tok) else (
                (latest if background or _flashback(carry, latest) else carry) or first)
            # (an act in the present perfect, "Egypt and Jordan have backed the demand", is one up to now: it takes
            # no day another paragraph told of; a lede's "X has rejected the offer" is the story's news, its first day)
            # another paragraph's day, unless this one has placed its act in a month ("said in an opinion last month
            # that …. It called on the Commission to …") or that day was a background one ("The fighting erupted on
            # Aug. 12 … Kaekin warriors retaliated the next day."): then the story's present, its latest day
            story_day = told_of if date is None and not coarse and told_of is not None and ctx.published is not None and \
                told_of <= ctx.published and not _to_come(tok) and not to_come and not (typ == "THREATEN" and _perfect(tok)) \
                and not earlier and not (
                typ in STATED_TYPES and not (told is not None and told[0] is s.para) and not (live is not None and s.para.idx >= live)) \
                else None
            # (an accusation, a threat or a word of support told in a paragraph that names no day is not dated by another
            # paragraph's: over 243 studied articles the gold dated such a carried day right 3 times, wrong or not at all 116)
            # (given once the story's acts are merged; "Finland has threatened to veto the package": a threat that
            # stands, made on no day the story names)
            if tok.pos_ != "VERB" and typ == "CONSULT" and any(
                    c.dep_ == "det" and c.lower_ in ("the", "these", "those") or c.dep_ == "poss" and c.lower_ == "their"
                    for c in children_of(tok)):  # "the talks", "their first meeting": talks told before ("his visit" is his own)
                again = next((e for e in reversed(out[-8:]) if e.type == "CONSULT" and (date is None or e.date in (None, date))
                              and (loc is None or e.place in (None, loc)) and (
                                  not src or not any(c.dep_ == "poss" for c in children_of(tok))
                                  or set(src) & set(e.sources + e.targets))), None)
                if again is not None:  # "The talks, mediated by Brazil and CARICOM, …": the talks told before
                    again.sources += [a for a in src if a not in again.sources]
                    again.targets += [a for a in tgt if a not in again.targets and a not in again.sources]
                    again.place = again.place or loc
                    again.date = again.date if id(again) in coarse_ids else again.date or date
                    continue
            if tok.pos_ != "VERB" and typ != "CONSULT" and any(
                    c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those", "that") or c.dep_ == "poss"
                    and c.lower_ in ANAPHORIC_POSS for c in children_of(tok)) and any(
                    e.type == typ and (not src or set(src) & set(e.sources)) and (date is None or e.date == date) for e in out):
                continue  # "the walkouts violated a no-strike clause": the walkouts told before, named again
            if typ == "CONSULT" and tok.pos_ == "NOUN" and any(
                    c.dep_ == "det" and c.lower_ in ("those", "these") for c in children_of(tok)) and any(
                    e.type == "CONSULT" for e in out):
                continue  # "patients protested outside the ministry during those talks": the talks told before
            named = tok.head if tok.dep_ == "compound" else tok  # "issued a lockout notice": the notice issued
            if typ == "AGREE" and tok.pos_ == "VERB" and src and _denied_report(ctx, sents, k, tok, src, speakers):
                continue  # "X's spokesman said Lithuania had agreed to reopen … Lithuania's premier denied that": X's claim
            if typ == "AGREE" and tok.pos_ == "VERB" and lem not in AGREEING and any(
                    c.dep_ == "xcomp" and c.lemma_.lower() in hosting for c in children_of(tok)):
                continue  # "Egypt has offered to host a reconstruction conference": a venue offered, no agreement
            if typ == "THREATEN" and tok.pos_ == "NOUN" and named.dep_ != "dobj" and _onset_verb(ctx, tok) is None and not any(
                    c.dep_ in ("acl", "relcl", "ccomp", "compound") for c in children_of(named)):
                continue  # "the government's threat has drawn criticism", "talks overshadowed by a warning from
                # Washington": a threat named, with no content and not issued here, is one told elsewhere (a
                # compound threat noun, ``tok`` itself, counts as content: so it has always behaved)
            key = next((k2 for k2, t2 in trig_at.items() if k2[0] == typ and (_linked(tok, t2) or _siblings(tok, t2) or (
                k2[1] == lem and _clause(tok).i == _clause(t2).i)) or (
                {k2[0], typ} == {"REJECT", "ACCUSE"} and _linked(tok, t2) and "relcl" not in (tok.dep_, t2.dep_)
                and _rebuttal(tok if typ == "REJECT" else t2, disputables)) or (
                k2[0] == typ == "THREATEN" and (_said_in(tok, t2) or bool(src) and set(per_type[k2].sources) == set(src))) or (
                k2[0] == typ and typ in ("ASSAULT", "PROTEST") and bool(src) and set(per_type[k2].sources) == set(src)
                and date in (None, per_type[k2].date))),
                (typ, lem, tok.i))  # one side's threats in one sentence ("would leave the talks, and … would review …"): one
            # (one raid or one walkout told by several verbs of one doer: "set fire to the school and wounded a guard")
            # "warned that it would block adoption": the warning and the act it threatens are one threat
            nested = key in trig_at and _said_in(tok, trig_at[key])
            if typ == "AGREE" and tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ not in (
                    "after", "by", "since", "following", "in", "despite"):
                continue  # "focused on reaching a deal", "close to signing", "hopes of agreeing": an aim, not yet an act
            if typ != "THREATEN" and any(a.dep_ == "aux" and a.lower_ in UNDONE_AUX for a in children_of(tok)) and any(
                    k2[0] == "THREATEN" and _said_in(tok, t2) for k2, t2 in trig_at.items()):
                continue  # "warned that Washington would not conclude trade deals": what is threatened is the threat
            # "denied the report and accused Armenian troops of firing first": one rebuttal, told by two verbs
            if typ == "REQUEST" and any(k2[0] == "PROTEST" and (_linked(tok, t2) or _siblings(tok, t2))
                                        for k2, t2 in trig_at.items()) and not (
                    tok.dep_ == "conj" and tgt):
                continue  # "marched to demand a halt", "rallied, demanding …": the protest's aim, told with it
                # ("burned a flag and called on the president to …": a second act, addressed to someone)
            if typ in ("REJECT", "ACCUSE", "CONSULT") and tgt and src and tok.pos_ == "VERB":
                served = {f for a in src if a in ctx.table.actors and ctx.table.actors[a].type == "Person"
                          for f in ctx.table.actors[a].affiliations}
                inner = {ctx.table.at(s.para, t.i) for c in children_of(tok) if c.dep_ == "ccomp" for t in subtree_of(c)}
                tgt = [x for x in tgt if not (x in served and (typ == "CONSULT" and mode == "visit" and len(src) == 1 or x in inner))]
                # "Norway's foreign minister denied that Oslo had made a deal", "Zambia's minister arrived in …": the
                # state he serves is neither what he turns down (it is the subject of what he denies) nor whom he visits
            if key not in per_type and typ == "REJECT" and src:
                key = next((k2 for k2, e2 in per_type.items() if k2[0] == typ and e2.sources == src), key)
                # "objected to the reference and said it would not sign": one party's refusal told twice in a sentence
            if key in per_type:
                ev = per_type[key]
                if nested:
                    pass  # the warning's label already holds the threatened act
                elif label and ev.label in label:
                    ev.label = label  # "Turkish drone" → "Turkish drone struck a vehicle"
                elif label and label not in ev.label and len(ev.label.split()) + len(label.split()) < 19:
                    ev.label = f"{ev.label} and {label}"  # "marched … and blocked the entrance": one protest
                ev.sources += [x for x in src if x not in ev.sources]
                ev.targets += [x for x in tgt if x not in ev.targets and x not in ev.sources]
                ev.place = ev.place or loc
                ev.date = ev.date if id(ev) in coarse_ids else ev.date or date
                continue
            if typ not in MATERIAL_TYPES and tgt and src:
                spk = set((speakers or {}).get(s.idx) or [])
                tgt = [x for x in tgt if not (x in spk and x in ctx.table.actors and set(
                    ctx.table.actors[x].affiliations) & set(src))]  # "Bessent said the administration would not sign up
                # to what he called …": the speaker speaks for his side, he is not what it turns down
            trig_at[key] = tok
            per_type[key] = EventRecord(type=typ, label=label or tok.text, mode=mode, sources=src,
                                        targets=[x for x in tgt if x not in src], place=loc, date=date,
                                        evidence=evidence(ctx, s))
            charged = _charged_attack(ctx, s, tok, triggers, nouns, tgt) if typ == "ACCUSE" and lem in ("accuse", "blame") \
                else None
            if charged is not None:  # "accused the army of bombing its positions in Masisi on Sunday": the attack
                act, doers = charged  # charged is told as done, by whom it is charged to (PLOVER codes both)
                hit = [x for x in objects(ctx, s, act) if x not in doers]
                per_type[("ASSAULT", act.lemma_.lower(), act.i)] = EventRecord(
                    type="ASSAULT", label=compact(subtree(act, stop={"relcl", "advcl"})), sources=doers,
                    targets=hit, place=_location(ctx, s, act, "ASSAULT") or loc, date=date, evidence=evidence(ctx, s))
            if story_day is not None:
                day_of[id(per_type[key])] = story_day
            if coarse:
                coarse_ids.add(id(per_type[key]))
        if True:
            spk = (speakers or {}).get(s.idx) or []
            if not spk and k > 0 and sents[k - 1].para is s.para:
                spk = (speakers or {}).get(s.idx - 1, [])
            for ev in _phrase_events(ctx, s, spk):
                if not any(k[0] == ev.type for k in per_type):
                    per_type[(ev.type, "")] = ev
        for ev in per_type.values():
            out.append(ev)
            if ev.type == "THREATEN":
                threatened.setdefault(k, set()).update(ev.sources)
        found = _dates(s.text, ctx.published, anchor)
        said = [d for _, d in found]
        anchor = said[-1] if said else anchor
        main = [(pos, d) for pos, d in found if _on_main_verb(ctx, s, pos)]  # days the sentence's own act or report is
        # told on, not one of a clause under it ("X said troops had pulled back on Sunday. Y denied that.": the denial
        # is not Sunday's; over 243 studied articles such days carried were right 8 times, wrong or undated in the gold 44)
        days = _story_days(s.text, main, ctx.published)
        carry = days[-1] if days else carry
        background = (anchored_day(s.text, found[-1][0]) or _pluperfect_at(s, found[-1][0])) if found else background
        # ("said its members had rejected a pay offer in a ballot on Feb. 20": a day before the story's)
        latest = max([d for pos, d in found if (ctx.published is None or d <= ctx.published) and not _pluperfect_at(s, pos)]
                     + ([latest] if latest else []), default=None)  # (not a day told in the past perfect: "said troops
        # had pulled back on Sunday. The military denied that.": Sunday is the claim's day, no present of the story)
        own_days = [d for pos, d in main if not stand_in(s.text, pos)]
        told = (s.para, own_days[-1]) if own_days else told if said or (
            told is not None and told[0] is s.para) else None  # ("… than last week. Indonesia appealed the ruling."
        # the week is no day of the paragraph)
        vague = None if said else s.para if coarse_time(s.text) else vague
    _venue(ctx, sents, out)
    merged = _merge_repeats(_merge_meetings(ctx, out, coarse_ids), coarse_ids)
    for ev in merged:
        if ev.date is None:  # an undated act of the story happened on the last day the story named (the first
            ev.date = day_of.get(id(ev))  # for a lede told before any date); not one still to come
        if ev.type in ("ASSAULT", "COERCE", "MOBILIZE"):  # "the Myanmar army struck": the state's forces act for the state
            ev.sources += [f for a in list(ev.sources) if a in ctx.table.actors and ctx.table.actors[a].type != "Person"
                           and any(w in a.lower() for w in FORCE_WORDS) for f in ctx.table.actors[a].affiliations
                           if f in ctx.table.actors and ctx.table.actors[f].type == "State" and f not in ev.sources]
        if ev.type == "THREATEN" and ev.sources:  # "warned that Egypt would suspend coordination with Israel":
            own = ctx.table.camp(ev.sources)  # the side that would act is the threatener's, not a target
            ev.targets = [t for t in ev.targets if t not in own]
        words = ev.label.split()  # a label is a name, not the sentence: past MAX_LABEL words it stops naming the act
        if len(words) > MAX_LABEL:
            ev.label = " ".join(words[:MAX_LABEL])
    # an act of no one on no one ("trawlers blockaded the harbour") names no party the graph could tie it to; a
    # measure or a pledge done to a party by no one named (``doer_required_types``: "X was detained", "funding for
    # X was approved") was background every time over 141 studied articles (killings, charges, talks, a counted
    # crowd's protest stay: "three soldiers were killed", "X has been accused of …" are coded events)
    needs_doer = ctx.lex.cached("events.doer_required", lambda r: frozenset(r.get("doer_required_types", [])))
    return [ev for ev in merged if ev.sources or ev.targets and ev.type not in needs_doer]


VENUE_NOUNS = {"talks", "meeting", "meetings", "negotiations", "summit", "conference", "session"}


def _first_meeting_places(ctx: Context, sents: list[Sentence]) -> list[str]:
    """The towns of the phrase where the article first puts a meeting ("signed the truce at a meeting in the
    provincial capital, Wabag", "talks in the Red Sea resort of Sharm el-Sheikh"): the story's venue in its own words."""
    for s in sents:
        if s.kind != "body":
            continue
        for tok in s.tokens:
            if tok.pos_ != "NOUN" or tok.lower_ not in VENUE_NOUNS:
                continue
            for c in children_of(tok):
                if c.dep_ == "prep" and c.lower_ in ("in", "at"):
                    found = [p for u in subtree_of(c) for p in (place_of(ctx, s, u),) if p]
                    if found:  # a town is a venue; a building ("at the Palais des Nations") may lie in the dateline's
                        return [p for p in found if (ctx.table.places.get(p) or {}).get("kind") == "city"]
    return []


def _venue(ctx: Context, sents: list[Sentence], events: list[EventRecord]) -> None:
    """The dateline city is where the article's talks are held ("GENEVA – …"): a meeting with no place of
    its own is there, and so is what was said or done on a day the talks met there (a walkout, a rejection,
    an appeal). Material acts happen on the ground, not at the venue."""
    line = next((x.para.dateline for x in sents if x.para.dateline), None)
    e = ctx.table.gaz.lookup(line) if line else None
    if e is not None and e.kind != "place" or not line:
        return
    venue = e.name if e is not None else line  # a dateline names a place even when the gazetteer lacks it ("RIVERTON –")
    held = _first_meeting_places(ctx, sents)
    if held and not any(p == venue or _inside(ctx, p, venue) or _inside(ctx, venue, p) for p in held):
        return  # "PORT MORESBY – … signed a truce at a meeting in the provincial capital, Wabag": the reporter's city
    def at_venue(ev: EventRecord) -> bool:
        return ev.type == "CONSULT" and bool(ev.date) and bool(ev.place) and (
            ev.place == venue or _inside(ctx, ev.place or "", venue))
    days = {ev.date for ev in events if at_venue(ev)}
    for ev in events:
        if ev.place is None and ev.mode != "phone" and ev.type == "CONSULT" and (not ev.date or not days or ev.date in days):
            ev.place = venue
    days |= {ev.date for ev in events if at_venue(ev)}
    for ev in events:
        if ev.place is None and ev.mode != "phone" and ev.date in days and ev.type not in MATERIAL_TYPES - {"PROTEST"}:
            ev.place = venue
