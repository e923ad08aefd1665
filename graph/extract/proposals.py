"""Proposals and their versions: named plans, drafts, offers, frameworks, truces, draft laws and counted lists of demands.

What is a proposal. A noun phrase headed by a proposal word (graph/data/lexicon.json ``proposal_heads``) that carries
a distinguishing mark: a number ("28-point", or spelled out: "a two-month ceasefire"), a year ("the 2007 initiative"), a
sum it is worth ("a reconstruction plan worth 45 billion francs"), an actor ("US peace plan", "the Quad's roadmap",
"from/by X", or a side the table does not know: "the mediator's final proposal"), or a marker ("peace", "draft", "original", "updated"; stance.json ``proposal_markers_more``:
"a binding code of conduct", "an incentive package"; "tentative/interim" settlements). Also: money or a figure offered,
put on the table or put forward ("offered $6 million", "up from the 4% it put forward"); an offer of terms or of an act
with an object ("offered to lower the duty", "offered to take the dispute to the ICJ", but not "offered to host a
meeting"); "X proposed that …" or "X proposed suspending the case"; a "draft" of any document ("a draft statement");
a ban or closure one side imposes when the article comes back to it (``measure_heads``, ``imposing_verbs``); a revised
timetable or schedule, a compromise, an amendment; a bill or amendment told by what it would do or by a stage of
law-making ("a bill that would bar occupiers", "a bill approved by the cabinet": :func:`_pending_bill`).
Whatever a side floats, proposes, suggests or unveils, whatever its head noun ("floated a swap of stakes", "an idea,
floated by France, of a naval escort"), what sides agree or offer to set up ("a working group"), and what a side counters
or comes back with ("countered with a seven-year phase-out"), see :func:`_put_forward`; a sum or share a side asks for
("asked for $18 a barrel"), see :func:`_asked_figures`; a thing a side offers, told by more than its head word
("offered technical help with verifying the warheads"), see :func:`_offered_thing`; a clause a noun after a comma or
dash sums up as a proposal, an idea or an offer ("urged the union to suspend the strike …, a proposal the union
dismissed"), see :func:`_summed_up`.
A plan a side presents with its aim ("put forward a plan to cut overtime"; "tabled a scheme to share the revenue" for
stance.json ``aimed_plan_heads``), and a plan named by an act a side agreed, offered or proposed to do ("agreed to hold
a customary ceremony" … "the ceremony plan"), see :func:`_aimed_object`, :func:`_undertaken`.
Not a proposal: a plan a side will not put forward ("would not table a third text"), a "version of events",
"any/no plan" (``unreferring_determiners``), a plan word after "is" whose subject is already a plan
("This is a serious offer"), "talks on a new accord", "an agreement to meet again".

Who proposes. Actor modifiers, a demonym that introduces the plan ("an Egyptian paper", or a definite one told with
what it holds: "the Timorese proposal for a joint survey") and "from/by X"; who sought terms "under" a draft; the subject
of a verb putting the plan forward (being handed a plan does not make it yours; a relative clause's subject only if it
wrote, put forward or concluded the plan; who "came to Juba with a proposal" brings it); whoever demands a
described settlement (``demanding_verbs``); "its" agrees with its owner, and an object controls an infinitive ("gave the
authority ten days to improve its offer"). A subject the actor table does not resolve is still a side when the
article names an actor so ("the union" as an actor's alias), when it is a group led by one ("a group of breeders led
by X": X), or, named by nobody, when told as one side ("The commission has proposed …"): the plan is kept, its proposer
unknown (:func:`_unknown_side`).

One proposal or two. Mentions sharing a number or "original" are one proposal; one plan named again in other words
("plan" and "original plan"; "Rabat's new offer" as that camp's latest plan; a definite "the offer tabled by X" right
after the offer; the headline's short name for the plan the body first tells; "its offer" after the one unattributed
offer) is one, unless numbers, ordinals or sides tell them apart; steps named by ordinals ("the first phase", "the
second phase") are two. An unmarked first description ("circulated a two-page paper calling for …") names the proposal
a later marked mention makes, as do what a proposal asks and the date a draft was presented ("that January draft"). An
aside between commas ("the agreement, announced on Wednesday,") names no new plan.

Versions. "Updated/revised version", "X sweetened/raised its offer" (``revising_verbs``) and the like are a revision of
the original plan of the same side and kind, never of a step; one side's revisions are one revision, also named by what
they change ("added a retraining fund"), and what the side offers in that breath is part of it. A plan put forward
"first" is the original; a revision with no original gets one where the side "first offered" it.

Extra vocabulary: graph/data/stance.json.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from graph.extract.common import (
    MEDIA,
    Context,
    after_colon,
    compact,
    demonym_state,
    subjects,
    subtree,
    whole_words,
)
from graph.extract.paragraphs import Sentence, children_of, subtree_of, tokens_of
from graph.records import ProposalRecord, Span

NUMBERED = re.compile(r"\d")
PLANS = {"plan", "plans", "proposal", "proposals", "roadmap", "framework", "text", "document", "paper", "draft", "offer", "blueprint"}
REVISABLE = PLANS | {"package"}  # what a revising verb makes a side's revision: "sweetened its offer", "raised its package"
FIRSTS = {"original", "first", "initial", "earlier", "previous"}  # the version a revision revises
BEFORE = {"earlier", "previous"}  # a version set against a later one of its side, never that one restated
ORDINALS = FIRSTS | {"second", "third"}
ORDERED = ORDINALS | {"latest"}  # words that place a version in order: keys of its name
GENERIC = {"version", "text", "draft"}  # words that name any kind of proposal by its form
PLAN_WORDS = PLANS | GENERIC
STEPS = ORDINALS - FIRSTS | {"first"}  # ordinals that number the steps of one process ("first/second phase")
CONCLUDED = {"agreement", "deal", "accord", "treaty", "pact", "truce", "ceasefire", "memorandum"}  # a revised accord is no draft
YEAR = re.compile(r"(19|20)\d\d")
STRONG = {"plan", "plans", "proposal", "proposals", "roadmap", "road map", "framework", "initiative", "draft", "deal", "agreement",
          "offer", "blueprint", "accord", "pact", "declaration", "arrangement", "consensus", "version"}


@dataclass(frozen=True)
class _Words:
    """Proposal vocabulary from the lexicon (stance.json ``_doc_proposal_word_lists`` says what each is), read
    once per lexicon by :func:`_words`."""
    legislation: tuple[str, ...]  # one kind, named by the first ("the draft law" … "the amended bill")
    drafted: frozenset[str]
    lists: tuple[str, ...]
    listed: frozenset[str]
    responding: frozenset[str]  # "X answered with a draft law"
    anaphoric_forms: frozenset[str]  # "the text published by …" right after a plan is named is that plan
    topic_preps: frozenset[str]  # "talks on/over/towards a new accord": its subject
    step_heads: frozenset[str]  # steps of one process: never the plan a revision revises
    forwarding: frozenset[str]  # "the 18% it put forward in January"
    meeting: frozenset[str]  # "an agreement to meet again": talks about talks (events.json CONSULT triggers, occasions)
    unreferring: frozenset[str]  # "any plan that …", "no deal": a determiner that points at no plan on the table
    revising: frozenset[str]  # "X sweetened its offer": the object is X's revised offer
    putting_forward: frozenset[str]  # "floated a swap of stakes": a proposal whatever its head noun
    creating: frozenset[str]  # "agreed to set up a working group" (after ``undertaking``)
    undertaking: frozenset[str]
    narrative: frozenset[str]  # "a version of events" tells a story, not terms
    cited_parts: frozenset[str]  # "Section 107 of the Canada Labour Code": a rule in force, cited by its part
    processes: dict[str, list[str]]  # "would impose binding arbitration": a procedure proposed, when so qualified
    ready: frozenset[str]  # "Beijing was ready to share its data": a side ready to give something offers it
    offered_acts: frozenset[str]  # what such a side offers to do (concession, provision and ``offered_acts`` verbs)
    talks_offered: frozenset[str]  # "was ready to discuss a joint investigation": a new thing put on the table
    relations: frozenset[str]  # "ready to discuss a new partnership": a relation talked about, no terms
    vague_talked: frozenset[str]  # "ready to discuss a wide range of issues": a vague or quantity head, no terms
    asked_measures: frozenset[str]  # "demanded a freeze on rents": a kind of measure a side asks for (its proposal)
    measure_askers: frozenset[str]  # the verbs that ask for one as their object ("demanded a freeze on rents")
    measure_askers_for: frozenset[str]  # … and those that ask for one after "for" ("asking for a wealth tax")
    adopting: frozenset[str]  # "the parties backed plans for a tunnel": a plan brought in as a side takes it up
    outlining: frozenset[str]  # "they agreed the outline of a budget plan": the same, by its outline
    outline_nouns: frozenset[str]  # "outline", "details": the part of a plan such a verb takes up
    plan_kin: frozenset[str]  # one side's unnumbered "plan" and "proposal" are one plan
    owned_pacts: frozenset[str]  # "its truce": a pact its owner's possessive makes its proposal
    proposal_heads: frozenset[str]  # lexicon.json ``proposal_heads``: the words that head a plan
    kind_names: frozenset[str]  # "Peace", "Joint", "Plan": words of a plan's name that say what kind of plan, not
    # which (``kind_name_words`` and the proposal heads)
    reworked: frozenset[str]  # ``revision_markers`` and ``grown_revision_markers``: "revised", "amended", and a plan
    # changed in size or shape, "an expanded package" (a bare comparative, "a second, larger phase", only describes)
    describing: frozenset[str]  # "tabled what it called a revised offer": the plan a free relative names
    ratifying: frozenset[str]  # "voted to ratify a defence treaty": a law or treaty not yet in force
    bills: frozenset[str]  # "a bill that would bar …": a law not yet passed, when told as one (:func:`_pending_bill`)
    legislating: frozenset[str]  # "the cabinet approved the bill", "withdraw the bill": a stage only a bill goes through
    bill_costs: frozenset[str]  # "the wage bill, amounting to …", "a bill to cover the losses": a bill that is a cost
    naming: frozenset[str]  # "unveiled as X", "known as X", "which officials have called X": X is the plan's name
    aimed_heads: frozenset[str]  # "tabled a scheme to share the revenue": a plan when told with its aim
    presenting: frozenset[str]  # the verbs that put such a thing forward ("table", "put forward")
    unoffered: frozenset[str]  # "offered condolences", "offered an apology": things offered that are no terms
    countering: frozenset[str]  # "countered with a seven-year phase-out": the answer is the side's own terms
    unsided: frozenset[str]  # "The study suggested a levy": a subject that is no side of the talks


def _words(ctx: Context) -> _Words:
    return ctx.lex.cached("proposals.words", lambda raw: _Words(
        legislation=tuple(raw["legislation_heads"]),
        drafted=frozenset(raw["legislation_draft_markers"]), lists=tuple(raw["list_heads"]),
        listed=frozenset(raw["listed_nouns"]), responding=frozenset(raw["responding_verbs"]),
        anaphoric_forms=frozenset(raw["anaphoric_form_heads"]), topic_preps=frozenset(raw["talks_topic_preps"]),
        step_heads=frozenset(raw["step_heads"]), forwarding=frozenset(raw["forwarding_verbs"]),
        meeting=frozenset([w for w, v in raw.get("event_triggers", {}).items() if v and v[0] == "CONSULT"]
                          + raw.get("occasion_nouns", [])),
        unreferring=frozenset(raw.get("unreferring_determiners", [])), revising=frozenset(raw.get("revising_verbs", [])),
        putting_forward=frozenset(raw.get("object_proposing_verbs", [])), creating=frozenset(raw.get("creating_verbs", [])),
        undertaking=frozenset(raw.get("undertaking_verbs", [])), narrative=frozenset(raw.get("narrative_nouns", [])),
        cited_parts=frozenset(raw.get("cited_part_heads", [])), processes=dict(raw.get("process_heads", {})),
        ready=frozenset(raw.get("offering_states", [])), offered_acts=frozenset(
            raw.get("offered_acts", []) + raw.get("concession_verbs", []) + raw.get("provision_verbs", [])),
        talks_offered=frozenset(raw.get("offered_talk_verbs", [])),
        relations=frozenset(raw.get("relation_nouns", [])),
        vague_talked=frozenset(raw.get("vague_talk_heads", [])),
        asked_measures=frozenset(raw.get("asked_measure_heads", [])),
        measure_askers=frozenset(raw.get("asked_measure_verbs", [])),
        measure_askers_for=frozenset(raw.get("asked_for_measure_verbs", [])),
        adopting=frozenset(raw.get("plan_adopting_verbs", [])), outlining=frozenset(raw.get("plan_outline_verbs", [])),
        outline_nouns=frozenset(raw.get("plan_outline_nouns", [])),
        plan_kin=frozenset(raw.get("plan_synonyms", [])), owned_pacts=frozenset(raw.get("owned_pact_heads", [])),
        proposal_heads=frozenset(raw["proposal_heads"]),
        kind_names=frozenset(raw.get("kind_name_words", []) + raw["proposal_heads"]),
        reworked=frozenset(raw["revision_markers"] + raw["grown_revision_markers"]),
        describing=frozenset(raw.get("describing_verbs", [])), ratifying=frozenset(raw.get("ratifying_verbs", [])),
        bills=frozenset(raw.get("pending_legislation_heads", [])), legislating=frozenset(raw.get("legislating_verbs", [])),
        bill_costs=frozenset(raw.get("bill_cost_words", [])), naming=frozenset(raw.get("naming_verbs", [])),
        aimed_heads=frozenset(raw.get("aimed_plan_heads", [])), presenting=frozenset(raw.get("aim_presenting_verbs", [])),
        unoffered=frozenset(raw.get("unoffered_nouns", [])), countering=frozenset(raw.get("countering_verbs", [])),
        unsided=frozenset(raw.get("unsided_subject_nouns", []))))


# verbs whose subject puts forward their object: "Turkey circulated a paper"; stance.json adds more
PROPOSING = {"offer", "present", "propose", "table", "submit", "draft", "unveil", "put", "turn", "set", "make", "send"}


# verbs whose subject in a relative clause wrote, put forward or concluded the plan it qualifies ("the text the
# mediators drafted", "the accord both sides signed"); lexicon key ``authoring_verbs`` adds more
# (the first of them, PUT_FORWARD, also name a proposer in any relative or participle clause: "a plan unveiled by X")
PUT_FORWARD = {"present", "propose", "draft", "table", "put", "submit", "unveil", "offer", "announce", "release",
               "circulate", "publish", "issue"}
AUTHORING = PUT_FORWARD | {
    "sign", "reach", "agree", "negotiate", "broker", "conclude", "strike", "initial", "seal",
    "write", "prepare", "draw", "design", "craft", "devise", "outline", "sponsor", "champion", "float", "send",
    "make", "forge", "hammer", "pitch", "advance", "suggest", "push", "back", "endorse", "deliver", "lay"}

# verbs that put a plan forward on a date that then names it ("tabled … in December"); with stance.json
# ``proposing_verbs`` also what makes a plan put forward "first" the original. (PUT_FORWARD above, this set and
# stance.json ``forwarding_verbs`` overlap but differ in members; each is read only where its comment says.)
PUTTING = {"table", "present", "put", "submit", "unveil", "circulate", "publish", "propose", "send", "release"}


# a settlement marked by its standing ("a tentative agreement", "the interim deal") is the article's proposal even
# named once and with nobody behind it, and one across "deal"/"agreement"
STATUS = {"tentative", "provisional", "interim", "preliminary"}
FIRST_ADVS = {"first", "initially", "originally"}  # putting a plan forward "first" makes it the original
UNDOING_PARTICLES = {"down", "aside", "back", "off", "away"}
REFUSING = {"refuse", "decline", "reject", "fail", "oppose", "resist", "balk", "boycott"}


def _unpointed(name: str) -> str:
    """A plan's name without the word that only points at it or its owner ("its own counter-offer", "this plan")."""
    return re.sub(r"^(?:(?:its|their|his|her|our)(?:\s+own)?|own|this|that|these|those)\s+", "", name, flags=re.I)


def _written(pieces: list[Any]) -> str:
    """The word a token and the rest of it (``whole_words([tok])``) spell as the article wrote it: "counter-offer",
    though the tokenizer split it at the hyphen."""
    return "".join(t.text for t in sorted(pieces, key=lambda t: t.i)).lower()


def _span(s: Sentence, tok: Any) -> Span:
    """Where token ``tok`` of sentence ``s`` stands in the article text (a mention of a proposal)."""
    start = s.start + (tok.idx - s.span.start_char)
    return Span(start=start, end=start + len(tok.text), text=tok.text)


def _authored(v: Any, verbs: set[str]) -> bool:
    """The subject of relative clause ``v`` wrote or concluded the plan: "which Manila pledged to conclude" yes,
    "that the rebels refused to sign" or "did not draft" no."""
    if any(c.dep_ == "neg" for c in children_of(v)):
        return False
    if v.lemma_.lower() in verbs:
        return True
    return v.lemma_.lower() not in REFUSING and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in verbs and not any(g.dep_ == "neg" for g in children_of(c)) for c in children_of(v))


def _refer(tok: Any, mods: list[Any], props: list[_Prop], kind: dict[str, str], s: Sentence) -> None:
    """A bare definite "the framework", "the agreement" points back at the plan of that kind last named: one more
    mention of it (so a plan named once and then referred to is the article's proposal), not a proposal of its own;
    "Under the plan, X would …" tells what that plan holds, when nothing else has told it yet."""
    if s.kind != "body" or not any(t.dep_ == "det" and t.lower_ in ("the", "this", "that") for t in mods) or any(
            t.i != tok.i and t.dep_ != "det" for t in mods):
        return
    k = kind.get(tok.lower_, tok.lower_)
    same = [q for q in reversed(props) if kind.get(q.head, q.head) == k and q.mentions]
    # the plan someone stands behind, over a passing "in a trade deal"
    q = next((q for q in same if q.proposers or q.keys or q.revision), same[0] if same else None)
    if q is not None:
        sp = _span(s, tok)
        if all(m.start != sp.start for m in q.mentions):
            q.mentions.append(sp)
        if not q.aliases and (held := _held_under(tok)):
            q.aliases.add(held)


def _bare_definite(tok: Any, mods: list[Any], as_det: bool = False) -> bool:
    """"the offer", "this text": the plan word ``tok`` with no modifier in ``mods`` but a definite determiner (parsed as
    a determiner, with ``as_det``: "that" may also open a clause)."""
    return bool(mods) and all(t.i == tok.i or t.lower_ in ("the", "this", "that") and (not as_det or t.dep_ == "det")
                              for t in mods)


def _remember(unnamed: dict[str, str], tok: Any, mods: list[Any]) -> None:
    """Keep how an unmarked plan was described ("circulated a two-page paper calling for …") for the
    proposal a later mention makes of it ("Ankara's paper")."""
    if tok.lower_ not in PLANS:
        return
    acl = [t for c in children_of(tok) if c.dep_ == "acl" and c.pos_ == "VERB" for t in subtree(c, stop={"relcl"})]
    desc = compact([t for t in mods if t.dep_ not in ("det", "poss", "case")] + acl, 10)
    if desc.lower() != tok.lower_:
        unnamed[tok.lower_] = desc


def _cited(tok: Any, parts: frozenset[str]) -> bool:
    """A plan word cited by a numbered part of it ("Section 107 of the Canada Labour Code", "Article 5 of the
    treaty") names a rule in force that a side invokes, not a plan on the table."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    part = tok.head.head
    return part.lower_ in parts and any(c.like_num for c in children_of(part))


def _dated(tok: Any) -> list[str]:
    """The month or day a plan was put forward, from "presented in January", "sent by the US in March"
    (a year alone names no version)."""
    out: list[str] = []
    verbs = [c for c in children_of(tok) if c.dep_ == "acl" and c.tag_ == "VBN" or (  # "the plan Tokyo tabled in November"
        c.dep_ == "relcl" and c.tag_ in ("VBD", "VBN") and c.lemma_.lower() in PUTTING)]
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in PUTTING:
        verbs.append(tok.head)  # "the mediators tabled their original package in December"
    if tok.dep_ == "attr":  # "was a US proposal, first put to the parties in January"
        verbs += [c for c in children_of(tok.head) if c.dep_ == "advcl" and c.tag_ in ("VBN", "VBD")
                  and c.lemma_.lower() in PUTTING and not any(g.dep_.startswith("nsubj") for g in children_of(c))]
    for c in verbs:
        for p in children_of(c):
            if p.dep_ == "prep" and p.lower_ in ("in", "on"):
                out += [g.text for g in children_of(p) if g.dep_ == "pobj" and g.ent_type_ == "DATE" and not YEAR.fullmatch(g.text)
                        and g.text[:1].isupper()]
    return out[:1]


def _plan_names(s: Sentence, naming: frozenset[str], heads: set[str]) -> dict[int, tuple[Any, Any]]:
    """Plans the sentence gives a proper name ("The government's own plan, unveiled in June as the Debt
    Sustainability Framework", "a revised proposal, which officials have called the Bridge Offer", "an earlier draft
    circulated in April, known in La Paz as the Illimani proposal"), as plan head's index → (the name's head token,
    the naming verb). The naming verb (stance.json ``naming_verbs``) hangs on the plan or on a participle clause of
    it; the name is capitalised, so "presented as a compromise" names nothing."""
    out: dict[int, tuple[Any, Any]] = {}
    for v in s.tokens:
        # ('…, known inside the talks as the "Baseline 2026" offer' may be parsed as a participle clause of the verb)
        loose = v.dep_ == "advcl" and v.tag_ == "VBN" and not any(c.dep_.startswith("nsubj") for c in children_of(v))
        # "the first draft, put forward by X in September and known as the Accra Framework": a participle joined to
        # the plan's own participle clause names the plan too
        joined = v.dep_ == "conj" and v.tag_ == "VBN" and v.head.dep_ in ("acl", "relcl") and not any(
            c.dep_.startswith("nsubj") for c in children_of(v))
        if (v.dep_ not in ("acl", "relcl") and not loose and not joined) or v.lemma_.lower() not in naming:
            continue
        g = next((x for c in children_of(v) if c.dep_ == "prep" and c.lower_ == "as"
                  for x in children_of(c) if x.dep_ == "pobj"), None) \
            or next((c for c in children_of(v) if c.dep_ in ("oprd", "xcomp") and c.pos_ in ("NOUN", "PROPN")), None)
        if g is None or not any(t.pos_ == "PROPN" and t.text[:1].isupper() and t.i > s.span.start
                                for t in subtree(g, stop={"prep", "relcl", "acl", "appos"}) if t.i <= g.i):
            continue
        u = v.head.head if joined else v.head
        for _ in range(4):  # "draft circulated to creditors in April, known …": up through the participle's phrases
            if u.lower_ in heads or u.dep_ not in ("pobj", "prep", "acl") or u.head.i == u.i:
                break
            u = u.head
        if u.lower_ not in heads and (loose or v.head.ent_type_ in ("DATE", "TIME")):
            # 'its own proposal in March, known inside the talks as the "Baseline 2026" offer': the parser hangs the
            # participle on the date after the plan, or on the verb; a date or an act is never what is named, the plan
            # just before it is
            u = next((t for t in reversed(s.tokens) if t.i < min(v.i, v.head.i if not loose else v.i)
                      and t.lower_ in heads and t.pos_ == "NOUN"), u)
        if u.lower_ in heads and u.i != g.i and u.i not in out:
            out[u.i] = (g, v)
    return out


def _name_of(g: Any) -> str:
    """"the Debt Sustainability Framework" → "Debt Sustainability Framework": a plan's proper name, without its article."""
    return compact([t for t in subtree(g, stop={"prep", "relcl", "acl", "appos", "punct"})
                    if t.i <= g.i and t.dep_ != "det" and not (t.dep_ == "poss" and t.pos_ == "PRON")], 8)


def _headline_plan(ctx: Context, headlined: list[_Prop], head: str, kind: dict[str, str], keys: set[str],
                   proposers: list[str]) -> _Prop | None:
    """The headline names in its own short words the plan the body then tells ("reject ministry's offer to halve quota
    hike" … "the government's offer to cut the increase by half"): the body's first plan of that head, unrevised and
    not told apart by figures or sides, is the headline's."""
    nums = {k for k in keys if NUMBERED.search(k)}
    for q in headlined:
        if q.mentions or q.revision or kind.get(q.head, q.head) != head or (nums and _numbers(q) and not nums & _numbers(q)):
            continue
        if not proposers or not _sided(ctx, q.proposers) or ctx.table.camp(proposers) & ctx.table.camp(q.proposers):
            return q
    return None


def _procedural(tok: Any, meeting: frozenset[str], steps: frozenset[str]) -> bool:
    """A plan or agreement whose aim is only to meet or talk again ("an agreement to meet again in Athens", "a plan
    to hold another round") names no terms: it is no proposal; nor is a step of the talks themselves ("an intensive
    phase of negotiations", "the final stage of the talks")."""
    if tok.lower_ in steps and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and g.lower_ in meeting for g in children_of(c)) for c in children_of(tok)):
        return True
    aim = next((c for c in children_of(tok) if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX")
                and any(x.dep_ == "aux" and x.lower_ == "to" for x in children_of(c))), None)
    return aim is not None and _meets(aim, meeting)


def _meets(verb: Any, meeting: frozenset[str]) -> bool:
    """Is the act ``verb`` names only to meet or talk ("meet again", "hold another round")?"""
    return verb.lemma_.lower() in meeting or any(c.dep_ == "dobj" and c.lemma_.lower() in meeting for c in children_of(verb))


def _of_actor(ctx: Context, para: int, tok: Any) -> bool:
    """``tok`` is an actor's name or a title before it ("Prime Minister" in "Prime Minister X's cabinet"): no word that
    tells one plan from another (two plans of one minister's are not one plan by "Minister")."""
    while True:
        if ctx.table.at(para, tok.i):
            return True
        if tok.dep_ != "compound" or tok.head.i == tok.i:
            return False
        tok = tok.head


def _named_possessor(tok: Any) -> bool:
    """A possessor of several words, named with "'s" or as a proper name ("the Labour Court's", "the city council's"):
    its words name the plan's side together; a bare quote mark the parser took for "'s" ("Canada Post sweetens
    'final offer'") makes no possessor."""
    return any(c.dep_ == "compound" for c in children_of(tok)) and (tok.pos_ == "PROPN" or any(
        c.dep_ == "case" and c.lower_ in ("'s", "\u2019s") for c in children_of(tok)))


def _named_what(tok: Any, describing: frozenset[str]) -> Any | None:
    """The verb putting forward a plan named in a free relative: "Quito put forward what officials called a 'border
    pact'", "tabled what it calls a humanitarian offer" (the plan is what "call" names; its side is the subject of
    the verb the "what" clause completes)."""
    v = tok.head
    if tok.dep_ not in ("dobj", "oprd") or v.lemma_.lower() not in describing or v.dep_ != "ccomp" or not any(
            c.lower_ == "what" for g in [v, *(c for c in children_of(v) if c.dep_ == "nsubj")] for c in children_of(g)):
        return None
    return v.head if v.head.pos_ == "VERB" else None


def _put_by_side(ctx: Context, s: Sentence, verb: Any, heads: set[str]) -> bool:
    """A side, not a plan, is the subject of ``verb``: "Kenya proposed a timetable" yes, "Kenya's original plan set a
    two-year timetable" no (the timetable is what the plan holds)."""
    subj = _subject_of(verb)
    return subj is not None and subj.lower_ not in heads and bool(subjects(ctx, s, verb))


def _copula_clauses(tok: Any) -> list[Any]:
    """Participle clauses hung on the copula of a plan named as its complement: "At the centre of the talks is a
    federal proposal, first presented in January, …" (the parser attaches "presented" to "is")."""
    if tok.dep_ != "attr" or tok.head.lemma_.lower() != "be":
        return []
    return [c for c in children_of(tok.head) if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > tok.i
            and not any(g.dep_.startswith("nsubj") for g in children_of(c))]


def _describes(ctx: Context, s: Sentence, tok: Any, heads: set[str]) -> bool:
    """A plan word as the complement of "be" with a subject that is already a plan says what that plan is, and names
    no plan of its own: "This is a serious offer", "the treaty is a binding international agreement", "It was the
    most ambitious offer X has made". (An inverted "At the centre of the talks was a US proposal" has no subject, and
    introduces one.)"""
    if tok.dep_ != "attr" or tok.head.lemma_.lower() != "be":
        return False
    subj = next((c for c in children_of(tok.head) if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > tok.i:
        return False
    if subj.lower_ in ("this", "that", "it", "which"):
        return True
    return not ctx.table.at(s.para, subj.i) and (subj.lower_ in heads or (
        subj.pos_ == "PROPN" and subj.ent_type_ not in ("GPE", "NORP", "PERSON")))


def _aim(ctx: Context, para: int, tok: Any, meeting: frozenset[str]) -> Any | None:
    """What plan ``tok`` is for, when the phrase says it: "a plan to cut overtime" (its infinitive), "a proposal for a
    joint survey", "a framework for resolving disputes" (a thing or an act after "for"); not "a plan for Gaza" (an
    actor or place), "a proposal for talks" (a meeting), "a plan to be managed by X" (no aim)."""
    for c in children_of(tok):
        if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX") and any(
                x.lower_ == "to" and x.dep_ == "aux" for x in children_of(c)) and not any(
                x.dep_ == "auxpass" for x in children_of(c)):
            return c
        if c.dep_ == "prep" and c.lower_ == "for" and _for_an_aim(ctx, para, c, meeting):
            return c
    return None


def _for_an_aim(ctx: Context, para: int, prep: Any, meeting: frozenset[str]) -> bool:
    """Does the "for" phrase ``prep`` tell what a plan is for: a thing or an act ("for a joint survey", "for resolving
    disputes"), not an actor or place ("for Gaza") nor a meeting ("for talks")?"""
    g = next((x for x in children_of(prep) if x.dep_ in ("pobj", "pcomp")), None)
    return g is not None and g.pos_ in ("NOUN", "VERB") and not g.ent_type_ and not ctx.table.at(para, g.i) \
        and g.lemma_.lower() not in meeting


def _aim_words(aim: Any) -> list[Any]:
    """The words of a plan's aim clause, without a clause set off after a comma that tells what else the side did
    ("a city plan to cap rents in the centre, reversing its position after …": the plan is to cap rents)."""
    toks = subtree(aim, stop={"relcl"})
    starts = [c.left_edge.i for c in children_of(aim) if c.dep_ == "advcl" and c.left_edge.i > aim.i
              and tokens_of(aim.doc)[c.left_edge.i - 1].text == ","]
    if not starts:
        return toks
    return [t for t in toks if t.i < min(starts) - 1]  # up to the comma before the set-off clause


def _undated(toks: list[Any]) -> list[Any]:
    """An aim without the day its verb was put forward on: "a plan to cut overtime on Tuesday" is "a plan to cut
    overtime" (the parser hangs the day on the infinitive); "to cut emissions by 2030" keeps its deadline."""
    day = {g.i for t in toks if t.dep_ == "prep" and t.lower_ == "on" and any(
        x.dep_ == "pobj" and x.ent_type_ in ("DATE", "TIME") for x in children_of(t)) for g in subtree_of(t)}
    return [t for t in toks if t.i not in day]


def _aimed_object(ctx: Context, s: Sentence, verb: Any, vocab: _Words) -> tuple[Any, Any] | None:
    """"Kenya tabled a scheme to share the revenue", "presented a mechanism for monitoring the releases": the object of a
    presenting verb (stance.json ``aim_presenting_verbs``) headed by an ``aimed_plan_heads`` word, and its aim (also the
    infinitive the parser hangs on the verb right after the object); None when no aim tells what it is for ("offered a
    payment mechanism they can bank on")."""
    lemma = verb.lemma_.lower()
    prt = next((c.lower_ for c in children_of(verb) if c.dep_ == "prt"), "")
    if verb.pos_ != "VERB" or (lemma not in vocab.presenting and f"{lemma} {prt}" not in vocab.presenting):
        return None
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in vocab.aimed_heads:
        return None
    aim = _aim(ctx, s.para, obj, vocab.meeting)
    if aim is None:
        end = max(t.i for t in subtree_of(obj))
        aim = next((c for c in children_of(verb) if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and c.i == end + 2
                    and any(x.dep_ == "aux" and x.lower_ == "to" and x.i == end + 1 for x in children_of(c))), None)
    return (obj, aim) if aim is not None else None


def _asks(tok: Any, verbs: list[str]) -> str:
    """What a proposal asks, when it is the subject of an asking verb: "the offer asked X to cut …"."""
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in verbs:
        return ""
    v = tok.head
    what = [c for c in children_of(v) if c.dep_ in ("xcomp", "ccomp")][:1] or [
        c for c in children_of(v) if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("to", "for", "on"))]
    toks = [t for c in what for t in subtree(c, stop={"relcl", "advcl"}) if not (t.dep_ in ("aux", "mark") and t.head.i == c.i)]
    return compact(toks, 14)


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
    presented: bool = False  # put forward with its aim ("put forward a plan to cut overtime"): on the table, even once


def _short(ctx: Context, who: str) -> str:
    """A side's name in few words, to name its plan: the name itself when short, a person's surname, or a body's
    one-word alias ("the commission", "DB"); "" when there is none."""
    if len(who) <= 12:
        return who
    a = ctx.table.actors.get(who)
    if a is None:
        return ""
    if a.type == "Person":
        return who.split()[-1]
    own = set(who.lower().split())  # ("the unit" is a description, not the body's name)
    words = [re.sub(r"^the\s+", "", x, flags=re.I) for x in a.aliases]
    # (shortest first, then alphabetical: the aliases are a set, so a tie must not fall to the hash seed)
    return min((w for w in words if w and " " not in w and len(w) <= 12 and (w.isupper() or w.lower() in own)),
               key=lambda w: (len(w), w), default="")


def _proposed_that(ctx: Context, sents: list[Sentence]) -> list[_Prop]:
    """"Beijing first proposed in January that boats notify its coast guard …": a proposal named by
    when and in what order it came, described by what it proposes."""
    out: list[_Prop] = []
    vocab = _words(ctx)
    heads, meeting = vocab.proposal_heads, vocab.meeting
    for s in sents:
        if s.kind != "body":
            continue
        for tok in s.tokens if "propose" in s.lemmas else ():
            if tok.pos_ != "VERB" or tok.lemma_.lower() != "propose":
                continue
            # "proposed that boats notify …", "proposed suspending the case for six months" (a gerund is the act)
            clause = next((c for c in children_of(tok) if c.dep_ == "ccomp" or (
                c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG") or (c.dep_ == "conj" and c.pos_ == "VERB" and any(
                    g.dep_ == "mark" and g.lower_ == "that" for g in children_of(c)))), None)  # (the parser may join a
            # that-clause set off by an aside as a conjunct: "proposed, according to a note, that the issues be …")
            who = subjects(ctx, s, tok) if clause is not None else []
            unknown = False
            if not who and clause is not None:  # ("Caribbean mediators proposed replacing …": a side all the same)
                who, unknown = _unknown_side(ctx, s, tok)
            if not (who or unknown) or any(c.dep_ == "nsubj" and c.lower_ in heads for c in children_of(tok)):
                continue  # ("Lithuania's original plan proposed reopening …" tells what a plan already named holds)
            if clause.tag_ == "VBG" and _meets(clause, meeting):
                continue  # "proposed holding another round in Ankara": talks about talks, no terms
            quals = [c.lower_ for c in children_of(tok) if c.dep_ == "advmod" and c.lower_ in ORDINALS]
            when = [g.text for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in ("in", "on")
                    for g in children_of(c) if g.ent_type_ == "DATE" and not YEAR.fullmatch(g.text)]
            # the proposer's short name keeps two sides' proposals apart ("Mbwambo proposal", "commission proposal")
            name = " ".join([*quals, *when, *([short] if who and (short := _short(ctx, who[0])) else []), "proposal"])
            aside = {t.i for c in children_of(clause) if c.lower_ == "according" for t in subtree(c)}  # "according to …"
            what = compact([t for t in subtree(clause) if not (t.dep_ == "mark" and t.head.i == clause.i)
                            and t.i not in aside], 12)
            q = _Prop(name, {w.lower() for w in quals + when}, "proposal", False, proposers=who[:1],
                      aliases={what} if what else set(), presented=unknown)
            q.mentions.append(_span(s, tok))
            out.append(q)
    return out


def _undertaken(ctx: Context, sents: list[Sentence]) -> dict[str, tuple[Sentence, Any, Any, list[str]]]:
    """"the committee had agreed to hold a customary ceremony …": what sides agree, offer or propose to do
    (stance.json ``undertaking_verbs``), by the word of its object ("ceremony"), the first time each is told, with
    the sentence, the verb, the act and who undertook it; meeting again is none."""
    vocab = _words(ctx)
    meeting, undertaking = vocab.meeting, vocab.undertaking
    out: dict[str, tuple[Sentence, Any, Any, list[str]]] = {}
    for s in sents:
        if s.kind != "body":
            continue
        for tok in s.tokens:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in undertaking or any(
                    c.dep_ in ("neg", "auxpass") for c in children_of(tok)):
                continue
            x = next((c for c in children_of(tok) if c.dep_ == "xcomp" and c.pos_ == "VERB" and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in children_of(c))), None)
            obj = next((g for g in children_of(x) if g.dep_ == "dobj" and g.pos_ == "NOUN"), None) if x is not None else None
            if obj is None or _meets(x, meeting) or obj.lemma_.lower() in out:
                continue
            who = subjects(ctx, s, tok)
            if who:
                out[obj.lemma_.lower()] = (s, tok, x, who)
    return out


def _agreed_to(ctx: Context, sents: list[Sentence], props: list[_Prop], kind: dict[str, str]) -> list[_Prop]:
    """"Canada and India agreed on Wednesday to restore visa services …" … "Business groups welcomed the agreement": a
    bare definite accord with no accord named before it is what the sides agreed to do, named by that act. Talks about
    talks ("agreed to meet again") and negated agreement are none."""
    meeting = _words(ctx).meeting
    accords = {w for w, k in kind.items() if k == kind.get("agreement", "agreement")} | {"agreement"}
    named = [m.start for q in props if kind.get(q.head, q.head) in accords and (q.proposers or q.keys or q.revision)
             for m in q.mentions]  # (the accord someone stands behind, over a passing "talks on a trade agreement")
    mentioned = {m.start for q in props for m in q.mentions}
    act: tuple[Sentence, Any, Any, list[str]] | None = None
    for s in sents:
        if s.kind != "body":
            continue
        for tok in s.tokens:
            if act is None and tok.pos_ == "VERB" and tok.lemma_.lower() == "agree" and not any(
                    c.dep_ in ("neg", "auxpass") for c in children_of(tok)):
                x = next((c for c in children_of(tok) if c.dep_ == "xcomp" and c.pos_ == "VERB" and any(
                    g.dep_ == "aux" and g.lower_ == "to" for g in children_of(c)) and any(
                    g.dep_ == "dobj" for g in children_of(c))), None)
                obj = next((g for g in children_of(x) if g.dep_ == "dobj"), None) if x is not None else None
                told = obj is not None and _span(s, obj).start in mentioned
                if x is not None and not told and not _meets(x, meeting) and len(who := subjects(ctx, s, tok)) >= 2:
                    act = (s, tok, x, who)  # ("agreed to extend their ceasefire": that ceasefire is the proposal)
                continue
            if act is None or tok.lower_ not in accords or tok.dep_ == "compound":
                continue
            mods = list(tok.lefts)
            start = _span(s, tok).start
            if not _bare_definite(tok, mods, as_det=True) or any(m < start for m in named):
                continue
            s0, verb, x, who = act
            what = _act_text(x, 12)
            q = _Prop(f"agreement to {what}", set(), "agreement", False, proposers=who,
                      mentions=[_span(s0, verb), _span(s, tok)])
            return [q]
    return []


def _put_forward(ctx: Context, sents: list[Sentence], heads: frozenset[str] | set[str]) -> list[_Prop]:
    """"Ankara floated a swap of stakes for a port", "it proposed a levy of $1", "he suggested phasing in the rise over
    ten years": what a side puts forward is a proposal whatever its head noun (stance.json
    ``object_proposing_verbs``), named by what it is, as is what sides agree or offer to create (``creating_verbs``
    after ``undertaking_verbs``: "agreed to set up a working group"), and a reworked text a side tables ("tabled
    revised ground rules": a :data:`PUTTING` verb whose object a ``revision_markers`` word qualifies). Proposal
    heads are left to the main pass; a meeting, a pronoun or an actor put forward is none, nor is a negated or
    passive verb."""
    vocab = _words(ctx)
    verbs, creating, undertaking, meeting = vocab.putting_forward, vocab.creating, vocab.undertaking, vocab.meeting
    revs = vocab.reworked  # "tabled revised ground rules", "tabled expanded ground rules"
    out: list[_Prop] = []
    for s in sents:
        if s.kind != "body":
            continue
        for tok in s.tokens:
            if tok.pos_ != "VERB":
                continue
            lemma = tok.lemma_.lower()
            prt = next((c.lower_ for c in children_of(tok) if c.dep_ == "prt"), "")
            # "the ministers agreed to set up a working group": what the sides agree or offer to create is on the table
            creates = tok.dep_ == "xcomp" and f"{lemma} {prt}".strip() in creating and tok.head.pos_ == "VERB" \
                and tok.head.lemma_.lower() in undertaking
            # "the ministry tabled revised ground rules": a reworked text put on the table is a proposal whatever it is
            reworked = lemma in PUTTING and any(c.dep_ == "dobj" and any(
                g.dep_ == "amod" and g.lower_ in revs for g in children_of(c)) for c in children_of(tok))
            aimed = _aimed_object(ctx, s, tok, vocab)  # "tabled a scheme to share the revenue"
            asked = _asked_measure(tok, vocab)  # "came into the talks asking for a wealth tax"
            countered = _countered_with(tok, prt, vocab)  # "the Gulf side has countered with a seven-year phase-out"
            if lemma not in verbs and f"{lemma} {prt}" not in verbs and not creates and not reworked and aimed is None \
                    and asked is None and countered is None:
                continue
            # "an idea, floated last week by France, of a naval escort": the noun a participle puts forward, by its agent
            agent = [g for c in children_of(tok) if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"] \
                if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN" else []
            if not agent and any(c.dep_ in ("neg", "auxpass", "nsubjpass")
                                 for c in [*children_of(tok), *(children_of(tok.head) if creates else [])]):
                continue
            obj = tok.head if agent else aimed[0] if aimed else asked if asked is not None else countered if countered \
                is not None else next((
                c for c in children_of(tok) if c.dep_ == "dobj" or (
                c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" and lemma != "propose")), None)  # (_proposed_that)
            if obj is None or obj.pos_ == "PRON" or obj.lower_ in heads or ctx.table.at(s.para, obj.i) or _figure(obj):
                continue  # (a bare figure put forward is left to :func:`_offered_to`)
            if obj.lemma_.lower() in meeting or (obj.tag_ == "VBG" and _meets(obj, meeting)):
                continue  # "proposed talks in Doha", "suggested meeting again": talks about talks
            who = ctx.table.resolve(s.para, agent[0]) if agent else subjects(ctx, s, tok.head if creates else tok)
            if not who and asked is not None and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp"):
                who = subjects(ctx, s, tok.head)  # "X came into the talks asking for …": X asks
            unknown = False
            if not who and not agent and not creates:
                who, unknown = _unknown_side(ctx, s, tok.head if asked is not None and tok.tag_ == "VBG" and tok.dep_ in (
                    "advcl", "xcomp") else tok)
            if not who and not unknown:
                continue
            toks = [t for t in subtree(obj, stop={"relcl", "advcl", "acl"} if obj.tag_ != "VBG" else {"relcl"})
                    if not (t.dep_ == "mark" and t.head.i == obj.i)]
            if aimed is not None and aimed[1].dep_ != "prep":  # (an aim after "for" is in the object's phrase already)
                toks += _undated(subtree(aimed[1], stop={"relcl"}))
            # "propose a separate fisheries annex": the parser read the head noun after the object as a childless
            # verb or adverb of the verb, or a clause on the object
            nxt = tokens_of(obj.doc)[obj.i + 1] if obj.i + 1 < len(obj.doc) and max((t.i for t in toks), default=-1) == obj.i else None
            if nxt is not None and nxt.pos_ in ("NOUN", "VERB") and not list(children_of(nxt)) and (
                    (nxt.head.i == tok.i and nxt.dep_ in ("advmod", "npadvmod", "ccomp", "xcomp"))
                    or (nxt.head.i == obj.i and nxt.dep_ == "acl")):
                toks.append(nxt)
            quoted = _quoted_name(obj, tok)
            if quoted is not None:  # 'proposed its own formula, the "Merit Ladder", which …': named by the quoted name
                toks = [t for t in toks if t.i < quoted.left_edge.i]
                q = _Prop(_name_of(quoted), set(), obj.lower_, False, proposers=who[:1], presented=unknown)
                described = _unpointed(compact([t for t in toks if not t.is_punct and t.lower_ != "own"], 10))
                if len(described.split()) >= 2:
                    q.aliases.add(described)
                q.mentions.append(_span(s, obj))
                out.append(q)
                continue
            what = re.sub(r"([$\u20ac\u00a3]) (?=\d)", r"\1", _unpointed(compact(toks, 10)))  # "$15", not "$ 15"
            called = next((g for c in children_of(obj) if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in vocab.naming
                           | vocab.describing for g in children_of(c) if g.dep_ in ("dobj", "oprd", "xcomp")
                           and g.pos_ in ("NOUN", "PROPN")), None) if len(what.split()) < 2 else None
            if called is not None:  # 'proposed an alternative it calls the "carve-out plan"': named so
                what = _name_of(called)
            if len(what.split()) < 2:
                continue  # a bare "an idea", "a solution" names nothing (nor "its own counter-offer" the parser split)
            # "the Left Bloc and the Communist Party … demanded a freeze on rents": each of them asks it
            q = _Prop(what, set(), obj.lower_, False, proposers=who[:2] if asked is not None else who[:1], presented=unknown)
            q.mentions.append(_span(s, obj))
            out.append(q)
    return out


def _unknown_side(ctx: Context, s: Sentence, verb: Any) -> tuple[list[str], bool]:
    """Who a verb's subject is when :func:`subjects` finds no actor there: an actor the subject names in words the
    article gives it elsewhere ("The Social Democrats", "the union": one actor's name or alias, and only one), the
    side that leads a group ("a group of rival breeders led by X": X); else whether the subject is a side all the same,
    one the table does not know ("The commission has proposed a sliding scale", "Its bargaining committee is asking
    for a $51,000 minimum"): a noun phrase that is no pronoun and no plan ("The draft proposed …" tells the draft's
    terms)."""
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.lower_ in PLAN_WORDS \
            or subj.lower_ in _words(ctx).proposal_heads:
        return [], False
    for c in children_of(subj):  # "a group of rival breeders led by France's Limagrain"
        if c.dep_ == "acl" and c.lemma_.lower() in ("lead", "head", "chair"):
            for g in (g for a in children_of(c) if a.dep_ == "agent" for g in children_of(a) if g.dep_ == "pobj"):
                if who := ctx.table.resolve(s.para, g):
                    return who[:1], False
    if subj.lemma_.lower() in MEDIA or subj.lemma_.lower() in _words(ctx).unsided:
        return [], False  # "Several newspapers floated a swap", "The study suggested a levy": no side of the talks
    said = re.sub(r"^(?:the|its|their)\s+", "", compact(subtree(subj, stop={"relcl", "acl", "appos", "prep", "conj", "cc"}),
                                                        6).lower())
    hits = [a.name for a in ctx.table.actors.values() if said in {
        re.sub(r"^(?:the|its|their)\s+", "", x.lower()) for x in [a.name, *a.aliases]}]
    if len(hits) == 1:
        return hits, False
    # a side told as one ("The commission", "Its bargaining committee") or as a named group ("Caribbean mediators"), not
    # a count of anyone ("Several analysts floated …")
    told = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their", "his", "her") for c in children_of(subj)) \
        or any(c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN" or (
            c.text[:1].isupper() and c.pos_ == "ADJ")) for c in children_of(subj)) or subj.pos_ == "PROPN"
    return [], not hits and told


def _countered_with(verb: Any, prt: str, vocab: _Words) -> Any | None:
    """"The Gulf side has countered with a seven-year phase-out for vehicles", "it came back on Monday with a revised
    figure of $15": what a side answers an offer with (stance.json ``countering_verbs``) is its own terms, whatever
    its head noun, when told by more than an adjective ("came back with a smaller number" only says the offer moved).
    Plan words are left to the main pass ("answered with a counter-proposal"); not in a condition ("unless the
    committee came back with a better figure"), nor negated."""
    prt = prt or next((c.lower_ for c in children_of(verb) if c.dep_ == "advmod" and c.lower_ == "back"), "")  # (parsed
    # as an adverb: "came back on Monday with …")
    if f"{verb.lemma_.lower()} {prt}".strip() not in vocab.countering or any(
            c.dep_ in ("neg", "mark", "auxpass") for c in children_of(verb)):
        return None
    obj = next((g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "with"
                for g in children_of(c) if g.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "NOUN" or obj.lower_ in vocab.proposal_heads:
        return None
    told = any(c.dep_ in ("prep", "compound", "nummod") or (c.dep_ == "amod" and c.lower_ in vocab.reworked)
               for c in children_of(obj))
    return obj if told else None


def _put_by(ctx: Context, s: Sentence, plan: Any, proposing: set[str], responding: frozenset[str]) -> list[str]:
    """Who put forward the plan a later name is given to: the subject of the verb it is the object of ("proposed a
    paper, which …") or of a responding verb it comes "with" ("Russia answered with its own paper, which …")."""
    if plan.dep_ == "dobj" and plan.head.pos_ == "VERB" and plan.head.lemma_.lower() in proposing:
        v = plan.head
    elif plan.dep_ == "pobj" and plan.head.lower_ == "with" and plan.head.head.pos_ == "VERB" \
            and plan.head.head.lemma_.lower() in responding:
        v = plan.head.head
    else:
        return []
    if any(c.dep_ in ("auxpass", "nsubjpass", "neg") for c in children_of(v)):
        return []
    return (subjects(ctx, s, v) or _unknown_side(ctx, s, v)[0])[:1]


def _dubbed(tok: Any, naming: frozenset[str]) -> bool:
    """A plan word given in quotes as a name by a naming verb ('a middle route, dubbed the "Cormack compromise"',
    'what officials call the "Quiet Deal"'), its first word capitalised: a plan the article names, not a passing word."""
    if tok.dep_ not in ("oprd", "xcomp", "attr") or tok.head.lemma_.lower() not in naming:
        return False
    words = [t for t in subtree(tok, stop={"prep", "relcl", "acl", "appos"}) if t.i <= tok.i and t.dep_ != "det"]
    doc = tokens_of(tok.doc)
    first = min(t.i for t in words)
    if doc[first].text in QUOTES:  # (the parser may hang the opening quote on the name)
        first += 1
    return first <= tok.i and first > 0 and doc[first - 1].text in QUOTES and doc[first].text[:1].isupper()


def _dubbed_thing(tok: Any) -> Any | None:
    """The noun a quoted name is given to: the noun a naming participle hangs on ("a route, dubbed the X"), or the
    object the parser left the participle beside ("supported a middle route, dubbed …"); None when there is none."""
    v = tok.head
    if v.dep_ == "acl" and v.head.pos_ == "NOUN":
        return v.head
    if v.dep_ == "advcl":
        return next((c for c in children_of(v.head) if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < v.i), None)
    return None


def _surnamed(ctx: Context, word: str) -> list[str]:
    """The one person of the article whose surname is ``word`` ("the Cormack compromise": Dave Cormack), else []."""
    found = [n for n, a in ctx.table.actors.items() if a.type == "Person" and n.split()[-1] == word]
    return found if len(found) == 1 else []


QUOTES = {"\"", "\u201c", "\u201d", "``", "\u2018", "'"}


def _quoted_name(obj: Any, verb: Any) -> Any | None:
    """A proper name in quotes set beside what a side puts forward ('proposed its own formula, the "Merit Ladder",
    which …'): the head of the name, in apposition to the object (or left hanging on the verb by the parser, right
    after the object's comma); None when there is none. A name the text does not quote stays the object's words."""
    doc = tokens_of(obj.doc)
    after = obj.right_edge.i + 1
    for g in [*children_of(obj), *children_of(verb)]:
        if g.pos_ != "PROPN" or g.i <= obj.i or not (
                g.dep_ == "appos" and g.head.i == obj.i or g.dep_ == "dep" and after < len(doc) and doc[after].text == ","):
            continue
        words = [t for t in subtree(g, stop={"prep", "relcl", "acl", "appos"}) if t.i <= g.i]
        start = min(t.i for t in words)
        opened = any(t.text in QUOTES for t in words) or (start > 0 and doc[start - 1].text in QUOTES)
        if opened and all(t.text[:1].isupper() for t in words if t.pos_ == "PROPN"):
            return g
    return None


def _asked_measure(verb: Any, vocab: _Words) -> Any | None:
    """A policy measure a side asks for, told by what kind it is ("asking for a wealth tax", "demanded a freeze on
    rents", "wants spending cuts"; stance.json ``asked_measure_heads``, asked for by ``asked_measure_verbs`` or
    ``asked_for_measure_verbs``): the measure, that side's proposal. A bare "a tax", one that points back ("the
    freeze") or one refused is none."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or any(c.dep_ in ("neg", "auxpass", "nsubjpass") for c in children_of(verb)):
        return None
    if lemma in vocab.measure_askers:
        obj = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    elif lemma in vocab.measure_askers_for:
        obj = next((g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "for"
                    for g in children_of(c) if g.dep_ == "pobj"), None)
    else:
        return None
    if obj is None or obj.lower_ not in vocab.asked_measures or _plan_terms(verb) or any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in children_of(obj)):
        return None
    if any(t.like_num or t.lower_ in ("%", "percent", "cent") for t in subtree_of(obj) if t.i < obj.i):
        return None  # "sought a 60 per cent cut": a figure asked for is a bid (:func:`_asked_figures`), not a measure
    kinded = any(c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ") and c.i < obj.i for c in children_of(obj)) \
        or any(c.dep_ == "prep" and c.lower_ == "on" for c in children_of(obj))
    return obj if kinded else None


def _plan_terms(verb: Any) -> bool:
    """"The government's own plan … calls for a 45 per cent cut", "Under an earlier draft, the government had sought a
    60 per cent cut", "had asked for $38.5 billion in its own proposal": what a plan asks for, or a side asked for
    under or in it, is that plan's terms, no bid of its own."""
    for c in children_of(verb):
        if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in PLAN_WORDS:
            return True
        if c.dep_ == "prep" and c.lower_ in ("under", "in") and any(
                g.dep_ == "pobj" and g.lower_ in PLAN_WORDS for g in children_of(c)):
            return True  # "had asked for $38.5 billion in its own proposal": the proposal's terms
    return False


def _asked_figures(ctx: Context, sents: list[Sentence]) -> list[_Prop]:
    """"The union is asking for 26 million pesos", "Brussels has asked London for 6.5 billion euros", "called for a
    flat levy of $150 a tonne": a sum or share one side asks for (stance.json ``figure_asking_verbs``; the object, or
    what it is "of", is money or a share, ``currency_nouns``) is its opening bid, the counterpart of a figure offered,
    named by the figure (a bare sum) or by what is asked ("flat levy of $150 a tonne"). Not when negated, passive or
    only asked to be asked ("urged them to seek 5%")."""
    verbs = ctx.lex.cached("proposals.figure_asking", lambda r: frozenset(r.get("figure_asking_verbs", [])))
    currencies = ctx.lex.cached("proposals.currencies", lambda r: frozenset(r.get("currency_nouns", [])))
    out: list[_Prop] = []
    for s in sents:
        if s.kind != "body":
            continue
        for tok in s.tokens if not s.lemmas.isdisjoint(verbs) else ():
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs or any(
                    c.dep_ in ("neg", "auxpass", "nsubjpass") or (c.dep_ == "aux" and c.lower_ == "to") for c in children_of(tok)):
                continue
            obj = next((c for c in children_of(tok) if c.dep_ == "dobj" and c.pos_ != "PRON" and not ctx.table.at(s.para, c.i)),
                       None) or next(
                (g for c in children_of(tok) if c.dep_ == "prep" and (c.lower_ == "for" or c.lower_ == "on" and tok.lemma_.lower()
                 == "insist") for g in children_of(c) if g.dep_ == "pobj"), None)
            # ("asked London/them for 6.5 billion euros": the sum, not whom it is asked of; "asked on Sunday for …": not when)
            figure = phrase = None
            if obj is not None:
                phrase = subtree(obj, stop={"relcl", "acl", "advcl", "appos", "conj", "cc"})
                counted = any(t.lower_ in currencies for t in phrase)  # "6.5 billion euros" (a cardinal to the tagger)
                figure = next((t for t in phrase if NUMBERED.search(t.text) and t.ent_type_ not in ("DATE", "TIME") and (
                    t.ent_type_ in ("MONEY", "PERCENT") or _money(t) or (counted and t.like_num))), None)
                told = [t for t in subtree(obj, stop={"advcl", "appos", "conj", "cc"}) if t.i >= obj.i] \
                    if figure is None and obj.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                                     for c in children_of(obj)) else []
                # "has been seeking a sliding scale that peaks at 35%": a new thing asked for, its sum or share told by
                # the relative clause that describes it
                fig = next((t for t in told if t.ent_type_ in ("MONEY", "PERCENT") and NUMBERED.search(t.text)), None)
                if fig is not None and any(t.dep_ == "relcl" and t.head.i == obj.i for t in told):
                    figure, phrase = fig, [t for t in subtree(obj, stop={"advcl", "appos", "conj", "cc"}) if t.i < obj.i] + told
            if figure is None:
                asked = _asked_change(ctx, tok, obj)
                if asked is None:
                    continue
                obj, figure, phrase = asked
            if _plan_terms(tok):
                continue
            who = subjects(ctx, s, tok)
            unknown = False
            if not who:
                who, unknown = _unknown_side(ctx, s, tok)
            if not who and not unknown:
                continue
            bare = obj.i == figure.i or obj.lower_ in currencies or obj.ent_type_ in ("MONEY", "PERCENT")
            what = re.sub(r"([$\u20ac\u00a3]) (?=\d)", r"\1", compact(phrase, 8))  # "$150", not "$ 150"
            short = _short(ctx, who[0]) if who else ""
            name = f"{what} demand" if bare else what
            out.append(_Prop(name, {t.lower_ for t in phrase if NUMBERED.search(t.lower_)}, "demand", False,
                             proposers=who[:1], aliases={f"{short} demand"} if short else set(),
                             mentions=[_span(s, obj)], presented=unknown))
    return out


def _asked_change(ctx: Context, verb: Any, obj: Any | None) -> tuple[Any, Any, list[Any]] | None:
    """A figure a side asks for told as the change it asks of the other side, not as the object of its asking: "asked
    creditors to accept a 35 percent cut", "asked for the limit to be raised to 150,000 seats a week", "wanted the fee
    raised to $14,000" (the asking verb's clause, headed by one of stance.json ``figure_changing_verbs``: what is
    to be accepted, when it holds a figure, or what is to be changed "to" a figure). The thing asked for, its figure
    and the words that name it; None when the clause holds no figure (a date is none)."""
    changing = ctx.lex.words("figure_changing_verbs")
    accepting = ctx.lex.words("figure_accepting_verbs")
    for c in children_of(verb):
        if c.dep_ not in ("xcomp", "ccomp", "advcl") or c.pos_ != "VERB" or any(
                g.dep_ == "neg" for g in children_of(c)):
            continue
        if c.dep_ == "advcl" and not any(g.dep_ == "mark" and g.lower_ == "for" for g in children_of(c)):
            continue  # ("asked for the cap to be lifted to 90": the clause asked for; not "asked …, saying …")
        lemma = c.lemma_.lower()
        if lemma in accepting:
            what = next((g for g in children_of(c) if g.dep_ == "dobj"), None)
            if what is None:
                continue
            phrase = subtree(what, stop={"relcl", "acl", "advcl", "appos", "conj", "cc"})
            figure = next((t for t in phrase if NUMBERED.search(t.text) and t.ent_type_ in ("MONEY", "PERCENT")), None)
            if figure is not None:
                return what, figure, phrase
        elif lemma in changing:
            # "raised to 150,000", "capped at 350 shillings": the figure the change ends at
            to = next((g for g in children_of(c) if g.dep_ == "prep" and g.lower_ in ("to", "at")), None)
            target = next((g for g in children_of(to) if g.dep_ == "pobj"), None) if to is not None else None
            if target is None:
                continue
            amount = subtree(target)
            figure = next((t for t in amount if NUMBERED.search(t.text) and t.ent_type_ not in ("DATE", "TIME") and (
                t.like_num or t.ent_type_ in ("MONEY", "PERCENT"))), None)
            thing = next((g for g in children_of(c) if g.dep_ in ("nsubjpass", "nsubj", "dobj") and g.pos_ == "NOUN"),
                         None) or (obj if obj is not None and obj.pos_ == "NOUN" and c.dep_ == "ccomp" else None)
            if figure is None or thing is None:
                continue
            return thing, figure, [thing, c, to, *amount]
    return None


CHANGES = {"add", "drop", "include", "replace", "introduce", "guarantee", "set", "create", "keep", "require", "allow",
           "limit", "cap", "provide", "offer", "propose", "double", "remove", "delete", "omit", "expand", "establish"}


def _what_it_does(tok: Any, verbs: set[str]) -> str:
    """What a version changes, when it is the subject of a changing verb ("the revised text drops the reference to
    the court", "a revised version that adds a fund"): the distinguishing detail of a revision or an original."""
    v = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else next(
        (c for c in children_of(tok) if c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in ("that", "which")
                                                               for g in children_of(c))), None)
    if v is None or v.pos_ != "VERB" or v.lemma_.lower() not in verbs:
        return ""
    obj = next((c for c in children_of(v) if c.dep_ in ("dobj", "xcomp", "ccomp")), None)
    if obj is None:
        return ""
    return compact([v, *subtree(obj, stop={"relcl", "advcl", "acl"})], 12)


# a law is negotiated while it is a draft or a bill being amended ("Ukraine answered with a draft law on minorities",
# "the cabinet approved an amended version of the bill"); one side's list of terms is its proposal: lexicon keys
# ``legislation_heads``, ``legislation_draft_markers``, ``list_heads``, ``listed_nouns`` (:class:`_Words`)


def _fits(base: str, rev: str, kind: dict[str, str]) -> bool:
    """A revision of head ``rev`` can revise a plan of head ``base``: the same kind, a form word on either side
    ("revised version" of anything), or two unconcluded plans (an offer revising a package); a concluded accord
    ("the first deal with official creditors") is revised only by a settlement or a form word."""
    if kind.get(base, base) == kind.get(rev, rev) or {base, rev} & (GENERIC | FORMS):
        return True
    return base not in CONCLUDED and rev not in CONCLUDED


def _other_step(keys: set[str], other: set[str]) -> bool:
    """Two ordinals that differ name two steps ("the first phase", "the second phase"), not one plan."""
    a, b = keys & STEPS, other & STEPS
    return bool(a and b and not a & b)


def _money(tok: Any) -> bool:
    """A sum or share, even where the tagger names no entity: "an additional $300 million", "2 percent"."""
    if tok.ent_type_ in ("MONEY", "PERCENT"):
        return True
    return tok.pos_ == "NUM" and any(g.tag_ == "$" or g.lower_ in ("percent", "per", "%", "euros", "dollars", "pounds")
                                     for g in subtree_of(tok))


def _figure(tok: Any) -> bool:
    """A sum, share or price, even one the tagger reads as a noun: "the GH¢3,625", "the 18%"."""
    return _money(tok) or (tok.pos_ in ("NOUN", "PROPN", "NUM") and bool(NUMBERED.search(tok.text))
                           and not YEAR.fullmatch(tok.text))


def _spelled_counts(toks: list[Any]) -> set[str]:
    """Counts spelled out and joined to their unit by a hyphen ("a two-month ceasefire", "a five-point plan"), whole
    ("two-month"): they mark a plan as a figure does ("a 60-day truce"), and tell it from another plan as the whole
    word, never as the bare number ("two-month" is no "two-year")."""
    out: set[str] = set()
    for t in toks:
        doc = tokens_of(t.doc)
        if not t.like_num or NUMBERED.search(t.text) or t.i + 2 >= len(doc):
            continue
        hyphen, unit = doc[t.i + 1], doc[t.i + 2]
        if hyphen.text == "-" and not hyphen.whitespace_ and not t.whitespace_ and unit.pos_ == "NOUN" \
                and unit.lower_ not in ("page", "pages"):  # ("a four-page paper" tells its form, not its terms)
            out.add(f"{t.lower_}-{unit.lower_}")
    return out


def _counted(tok: Any) -> bool:
    """A figure, or a common noun counted by one ("the 30,000 cap", "the 37% cut", where the tagger may read "cut" as a
    verb in a noun's place): either names the offer a side put forward."""
    noun = tok.pos_ == "NOUN" or (tok.pos_ == "VERB" and tok.dep_ in ("pobj", "dobj"))
    return _figure(tok) or (noun and not tok.ent_type_ and any(
        c.dep_ == "nummod" and _figure(c) or (c.dep_ == "compound" and _money(c)) for c in children_of(tok)))


def _fold_into_revision(ctx: Context, sents: list[Sentence], q: _Prop, props: list[_Prop]) -> bool:
    """"Cork City Council raised its offer to 5% and offered to review staffing levels": what a side offers in the
    sentence that revises its plan (or the one before it in the paragraph) is part of that revision, not an offer of
    its own. Folds ``q``'s names (and, when of one camp, its proposers) into that revision, changing it, and says
    whether it did."""
    if not q.mentions or _numbers(q) or any(NUMBERED.search(a) for a in q.aliases):
        return False  # a figure is an offer of its own ("up from the 18% it put forward": the original)
    at = q.mentions[0].start
    i = next((i for i, s in enumerate(sents) if s.start <= at < s.end), None)
    if i is None:
        return False
    # the sentence itself, or the one before in its paragraph ("X revised its proposal. … it now offers to …")
    before = sents[i - 1] if i > 0 and sents[i - 1].para == sents[i].para else None
    start = before.start if before is not None else sents[i].start
    end = sents[i].end
    # (or the revision the sentence before lays out with the side as its actor: "Under the revised proposal, the
    # ministry would raise pay by 10%. The ministry also offered to …", whoever the table says put it forward)
    laid_out = before is not None and any(ctx.table.at(before.para, t.i) in q.proposers for t in before.tokens)
    ours = ctx.table.camp(q.proposers)
    host = next((r for r in props if r.revision and any(start <= m.start < end for m in r.mentions)
                 and (ctx.table.camp(r.proposers) & ours or laid_out and any(
                     before.start <= m.start < before.end for m in r.mentions))), None)
    if host is None:
        return False
    host.aliases |= q.aliases
    if ctx.table.camp(host.proposers) & ours:  # (a side only laid out as the actor may not
        host.proposers += [x for x in q.proposers if x not in host.proposers]  # be the proposer)
    return True


def _offered_to(ctx: Context, sents: list[Sentence]) -> list[_Prop]:
    """"On wine, India's negotiator offered to lower the duty to 75%": an offer of terms (the verb after
    "offered to" changes terms: stance.json ``concession_verbs``) or of money ("offered $6 million", "the 2
    percent it put on the table in June": stance.json ``tabling_verbs``), named by its topic, date or proposer; a
    concession a side promises (``promising_verbs``: "had promised to release three detainees") is offered too; and
    what a side is "ready to" give (:func:`_ready_to`), which only tells what an offer named otherwise holds."""
    moves = set(ctx.lex.raw.get("concession_verbs", []))
    tabling = set(ctx.lex.raw.get("tabling_verbs", []))
    promising = set(ctx.lex.raw.get("promising_verbs", []))  # "promised to release three detainees": an offer
    promised_moves = moves - set(ctx.lex.raw.get("unpromised_concession_verbs", []))  # (not "promised to raise it with …")
    occasions = set(ctx.lex.raw.get("occasion_nouns", []))
    vocab = _words(ctx)
    forwarding = vocab.forwarding
    out: list[_Prop] = []
    for s in sents:
        if s.kind != "body":
            continue
        for tok in s.tokens:
            if tok.lower_ in vocab.ready:
                q = _ready_to(ctx, s, tok, vocab) or _ready_to_discuss(ctx, s, tok, vocab)
                if q is not None:
                    out.append(q)
                continue
            tabled = tok.lemma_.lower() in tabling and any(  # "the 2 percent it put on the table in June"
                c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "table" for g in children_of(c)) for c in children_of(tok))
            # "up from the GH¢3,625 it put forward on Monday", "the 18% it had offered in January", "the 30,000 cap it
            # put forward": a figure one side put forward is its offer, named by the figure
            forwarded = tok.dep_ == "relcl" and tok.lemma_.lower() in forwarding and _counted(tok.head) and (
                tok.lemma_.lower() != "put" or any(c.lower_ == "forward" for c in children_of(tok)))
            promised = tok.lemma_.lower() in promising  # "had promised to release three suspected gang members"
            if tok.pos_ != "VERB" or (tok.lemma_.lower() != "offer" and not tabled and not forwarded and not promised):
                continue
            if promised:  # a promise offers terms only as a concession made to the other side, never a negated one
                what = next((c for c in children_of(tok) if c.dep_ == "xcomp" and c.lemma_.lower() in promised_moves and not any(
                    g.dep_ == "neg" for g in children_of(c))), None)
                if what is None or any(c.dep_ == "neg" for c in children_of(tok)):
                    continue
            if _aimed_object(ctx, s, tok, vocab) is not None:
                continue  # "offered a fund to pay for new pumps": the fund, told by :func:`_put_forward`
            what = next((c for c in children_of(tok) if c.dep_ == "xcomp" and c.lemma_.lower() in moves), None) or next(
                (c for c in children_of(tok) if c.dep_ == "dobj" and (_money(c) or any(  # "offered a 37-hour week"
                    t.i < c.i and NUMBERED.search(t.text) and not YEAR.fullmatch(t.text) for t in subtree_of(c)))),
                None) or next(
                (c for c in children_of(tok) if (c.dep_ == "xcomp" or c.dep_ == "advcl" and c.i > tok.i)
                 and c.pos_ in ("VERB", "NOUN") and not tabled and any(g.dep_ == "aux" and g.lower_ == "to" for g in children_of(c))
                 and any(g.dep_ == "dobj" and g.lemma_.lower() not in occasions for g in children_of(c))),
                None)  # "offered to take the dispute to the court" (the tagger may call "host" a noun after "to"): the
            # act; hosting a meeting is no proposal ("To sweeten the deal, X offered to buy …": the purpose is not it)
            thing = _offered_thing(ctx, s, tok, vocab, occasions) if what is None and not tabled and not forwarded else None
            if thing is not None:  # "offered technical help with verifying dismantled warheads": the thing offered
                what = thing
            if what is None and tabled and tok.dep_ == "relcl" and tok.head.ent_type_ in ("MONEY", "PERCENT"):
                what = tok.head
            if what is None and forwarded:
                what = tok.head
            if what is None or (tabled and not forwarded and what.ent_type_ not in ("MONEY", "PERCENT")):
                continue
            who = subjects(ctx, s, tok)
            if not who and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ == "VERB":
                who = subjects(ctx, s, tok.head)  # "The governor stepped in, offering X $300 million …": the governor
            if not who:  # "The governor of Ohio, Margaret Sayles, …": an apposition the parser hung on the place
                v = tok.head if tok.dep_ == "advcl" else tok
                subj = next((c for c in children_of(v) if c.dep_ == "nsubj"), None)
                who = next(([a] for t in (subtree(subj) if subj is not None else [])
                            if (a := ctx.table.at(s.para, t.i)) and a in ctx.table.actors
                            and ctx.table.actors[a].type == "Person"), [])
            if not who:
                continue
            when = [g.text for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in ("in", "on")
                    for g in children_of(c) if g.dep_ == "pobj" and g.ent_type_ == "DATE" and not YEAR.fullmatch(g.text)]
            topic = [g for c in s.tokens if c.dep_ == "prep" and c.lower_ == "on" and c.i < tok.i and c.head.i == tok.i
                     for g in children_of(c) if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]  # "On wine, …"
            # (not "On Wednesday evening, X offered …": a time is no topic)
            short = _short(ctx, who[0]) or who[0]  # "Angela Merkel offered …" → "Merkel offer"
            figure = [t for t in subtree(what, stop={"relcl", "acl", "appos", "prep"}) if t.dep_ != "det"] if forwarded else []
            name = f"{compact(figure, 5)} offer" if figure else f"{compact(subtree(topic[0]), 4)} offer" if topic else (
                f"{when[0]} offer" if tabled and when else (f"{short} offer" if short else ""))
            if not name:
                continue
            desc = _act_text(what, 16)
            if thing is not None:  # named by what is offered, the side's offer its alias
                name, desc = _unpointed(compact([t for t in subtree(thing, stop={"relcl", "acl", "advcl", "appos"}) if not (
                    t.pos_ == "ADV" and t.i < thing.i)], 10)), name  # (not "instead")
            q = _Prop(name, {t.lower_ for t in figure if NUMBERED.search(t.lower_)}, "offer", False, proposers=who[:1],
                      aliases={f"{when[0]} offer"} if figure and when else {desc} if desc and not figure else set())
            q.mentions.append(_span(s, tok))
            out.append(q)
    return out


def _in_relative(t: Any, verb: Any) -> bool:
    """Whether ``t`` hangs on ``verb`` through a relative clause ("X, who leads the delegation, offered …"): a wh-word
    there opens that clause, not a question about what the verb's clause offers."""
    x = t
    while x.i != verb.i and x.head.i != x.i:
        if x.dep_ == "relcl":
            return True
        x = x.head
    return False


def _offered_thing(ctx: Context, s: Sentence, verb: Any, vocab: _Words, occasions: set[str]) -> Any | None:
    """"The agency has offered technical help with verifying dismantled warheads", "offered instead coordinated naval
    patrols and a shared register", "offered property tax relief to owners who …": a thing a side offers, told by
    more than its head word, is its offer of terms. Not a plan word (the main pass reads "offered a new plan"), a
    figure (:func:`_offered_to`), one that points back ("offered the raw data"), a meeting, a person or body, what
    offers no terms (stance.json ``unoffered_nouns``: "offered condolences", "offered no details"), nor when negated
    or passive ("was offered a review": who offered it is not told)."""
    if verb.tag_ == "VBG" or any(c.dep_ in ("neg", "auxpass", "nsubjpass") for c in children_of(verb)) or _plan_terms(verb):
        return None  # (", offering ten inspections a year", "X's first draft had offered two options": a plan's terms)
    if any(t.tag_ in ("WDT", "WP") and t.i < verb.i and not _in_relative(t, verb) for t in subtree_of(verb)):
        return None  # "what protection the university will offer international students": no thing named (but "X, who
        # leads the delegation, offered …", "according to people who asked not to be named, X offered …" name one)
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or ctx.table.at(s.para, obj.i) or _figure(obj):
        return None
    lemma = obj.lemma_.lower()
    if lemma in vocab.proposal_heads or obj.lower_ in vocab.proposal_heads or lemma in occasions \
            or lemma in vocab.meeting or lemma in vocab.unoffered or obj.lower_ in vocab.unoffered:
        return None
    if any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in children_of(obj)):
        return None  # "offered the raw data", "offered its support", "offered no details"
    phrase = [t for t in subtree(obj, stop={"relcl", "acl", "advcl", "appos"}) if not t.is_punct and t.dep_ != "det"]
    if len(phrase) < 2:
        return None  # a bare "offered help", "offered cooperation": no terms
    return obj


def _conditional_offers(ctx: Context, sents: list[Sentence]) -> list[_Prop]:
    """"The committee could move to a 25 percent haircut, but only if …", "the army would consider a pause in
    specific areas only if …", "Iceland would accept a two-year moratorium on licences if Norway …": what a side
    says it would or could accept, consider or move to (stance.json ``conditional_offer_verbs``) on a condition
    (stance.json ``condition_phrases``, or "if" after it) is its conditional offer, named by the new thing told by its
    content ("a"/"an", or a figure). Not when negated, nor a meeting, a plan word (read by the main pass: "would
    accept a deal if"), a name or a pronoun."""
    verbs = set(ctx.lex.raw.get("conditional_offer_verbs", []))
    phrases = [f" {c} " for c in ctx.lex.raw.get("condition_phrases", []) if c != "unless"] + [" if "]  # ("unless": a threat)
    modals = {"would", "could", "might", "'d"}
    vocab = _words(ctx)
    out: list[_Prop] = []
    for s in sents:
        if s.kind != "body":
            continue
        for tok in s.tokens:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs:
                continue
            kids = children_of(tok)
            if not any(c.dep_ == "aux" and c.lower_ in modals for c in kids) or any(c.dep_ == "neg" for c in kids):
                continue
            obj = next((c for c in kids if c.dep_ == "dobj" and tok.lemma_.lower() != "move"), None) or next(
                (g for c in kids if c.dep_ == "prep" and c.lower_ in ("to", "for") for g in children_of(c) if g.dep_ == "pobj"),
                None)  # ("move to", "settle for"; "would move two aircraft to Spain": a thing moved, no terms)
            if obj is None or obj.pos_ in ("PRON", "PROPN") or ctx.table.at(s.para, obj.i):
                continue
            low, lemma = obj.lower_, obj.lemma_.lower()
            if low in vocab.proposal_heads or lemma in vocab.proposal_heads or lemma in vocab.meeting \
                    or lemma in vocab.anaphoric_forms or lemma in vocab.vague_talked or lemma in vocab.unoffered:
                continue
            words = [t for t in subtree(obj, stop={"relcl", "acl", "appos", "advcl"}) if not t.is_punct or t.tag_ == "HYPH"]
            det = next((c.lower_ for c in children_of(obj) if c.dep_ in ("det", "poss")), None)
            if any(c.tag_ in ("JJR", "RBR") for c in children_of(obj)):
                continue  # "could accept a lower figure": a term on the table changed, no new thing
            figured = any(t.i <= obj.i and (t.ent_type_ in ("PERCENT", "MONEY", "QUANTITY", "CARDINAL") or t.like_num)
                          and not YEAR.fullmatch(t.text) for t in words)
            if not (det in ("a", "an") and len(words) >= 3 or figured and det in (None, "a", "an")):
                continue  # ("would accept the plan if": a stance on a plan named already; "a pause": no terms)
            after = " " + " ".join(t.lower_ for t in s.tokens if t.i > words[-1].i) + " "
            if not any(c in after for c in phrases):
                continue
            who = subjects(ctx, s, tok)
            subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
            if not who and (subj is None or subj.pos_ == "PRON"):
                continue  # ("her country would accept …": a side the table does not resolve still offers; "it would" none)
            name = _unpointed(compact(words, 10))
            if not name:
                continue
            short = (_short(ctx, who[0]) or who[0]) if who else ""
            out.append(_Prop(name, {t.lower_ for t in words if NUMBERED.search(t.lower_)}, lemma, False, proposers=who[:1],
                             aliases={f"{short} offer"} if short else set(), mentions=[_span(s, obj)], presented=True))
    return out


def _called_what(ctx: Context, sents: list[Sentence]) -> list[_Prop]:
    """"The union tabled what it called a 'fair shift formula'", "arrived in Lima with what her delegation called a
    'dry-season pumping protocol'": a thing a side puts forward (PUTTING, stance.json ``proposing_verbs``) or comes
    with (``responding_verbs``) under a quoted name its own side gives it is its proposal, whatever the head word
    (the plan words are read by the main pass). Not what a side denounces or rejects ("what it called a 'campaign
    of lies'")."""
    vocab = _words(ctx)
    putting = PUTTING | PROPOSING | set(ctx.lex.raw.get("proposing_verbs", [])) | vocab.putting_forward
    out: list[_Prop] = []
    for s in sents:
        if s.kind != "body" or "what" not in s.lowers:
            continue
        for tok in s.tokens:
            v = tok.head
            if tok.dep_ not in ("oprd", "dobj", "attr") or tok.pos_ not in ("NOUN", "PROPN") or v.lemma_.lower() not in vocab.naming \
                    or not any(c.lower_ == "what" for c in children_of(v)):
                continue
            host = v.head
            if v.dep_ == "pcomp" and host.lower_ == "with":
                host = host.head
                if host.lemma_.lower() not in vocab.responding and host.lemma_.lower() not in putting:
                    continue
            elif v.dep_ != "ccomp" or host.lemma_.lower() not in putting:
                continue
            words = [t for t in subtree(tok, stop={"relcl", "acl", "appos", "prep"})]
            if not any(t.text in QUOTES for t in words) and not (
                    words[-1].i + 1 < s.span.end and tokens_of(tok.doc)[words[-1].i + 1].text in QUOTES):
                continue  # only a name the side gives it, in quotes
            name = _unpointed(compact([t for t in words if t.dep_ != "det" and (not t.is_punct or t.tag_ == "HYPH")], 8))
            if not name or tok.lemma_.lower() in vocab.proposal_heads:
                continue
            who = subjects(ctx, s, host)
            short = (_short(ctx, who[0]) or who[0]) if who else ""
            out.append(_Prop(name, set(), tok.lemma_.lower(), False, proposers=who[:1],
                             aliases={f"{short} proposal"} if short else set(), mentions=[_span(s, tok)], presented=True))
    return out


def _colon_gloss(ctx: Context, sents: list[Sentence], q: _Prop) -> str:
    """"Britain and Germany have floated a compromise, two negotiators told us: doubling the fund by 2028 instead of
    tripling it", "tabled a counter-proposal on Tuesday: a joint flow study before any new pumping": what follows a
    colon right after the phrase of a proposal's first mention says what it holds (between them only the phrase
    itself, or a reporting clause: lexicon.json ``reporting_verbs``). "" when there is none."""
    if not q.mentions:
        return ""
    m = q.mentions[0]
    s = next((x for x in sents if x.start <= m.start < x.end), None)
    if s is None:
        return ""
    at = m.start - s.para.start
    head = next((t for t in s.tokens if t.idx == at), None)
    if head is None:
        return ""
    colon = next((t for t in s.tokens if t.i > head.i and t.text == ":"), None)
    if colon is None or colon.i + 2 >= s.span.end:
        return ""
    reporting = set(ctx.lex.raw.get("reporting_verbs", [])) | {"say", "tell"}
    inside = {t.i for t in subtree(head)}
    told = {t.i for v in s.tokens if head.i < v.i < colon.i and v.lemma_.lower() in reporting and v.pos_ == "VERB"
            for t in subtree(v) if t.i < colon.i}
    verb = head.head if head.dep_ in ("dobj", "pobj", "attr") else None
    tail = {t.i for c in (children_of(verb) if verb is not None else []) if c.i > head.i and c.dep_ in ("prep", "npadvmod")
            for t in subtree(c)}  # ("tabled a counter-proposal on Tuesday: …")
    if any(not (t.is_punct or t.i in inside or t.i in told or t.i in tail) for t in s.tokens if head.i < t.i < colon.i):
        return ""
    gloss: list[Any] = []
    for t in s.tokens:
        if t.i <= colon.i:
            continue
        if t.text in (";", ":"):
            break
        gloss.append(t)
    return _unpointed(compact([t for t in gloss if not t.is_punct or t.tag_ == "HYPH"], 10))


MODALS = {"would", "will", "could", "might", "should", "'d", "wo"}  # "a plan that would cap rents": what it would do
FRAMES = {"under", "by", "in", "through"}  # "a deal under which …", "rents are capped under the plan": what it holds
CORE = {"nsubj", "nsubjpass", "aux", "auxpass", "neg", "dobj", "prt", "attr", "acomp", "xcomp", "dative", "oprd", "ccomp"}


def _head_at(sents: list[Sentence], m: Span) -> tuple[Sentence, Any] | None:
    s = next((x for x in sents if x.start <= m.start < x.end), None)
    if s is None:
        return None
    at = m.start - s.para.start
    head = next((t for t in s.tokens if t.idx == at), None)
    return (s, head) if head is not None else None


def _relative_gloss(ctx: Context, sents: list[Sentence], q: _Prop) -> str:
    """"France tabled a plan that would cap rents for three years", "a deal under which drivers get a raise", "a plan
    capping rents": a relative clause (or an -ing clause) on a mention of the plan that says what the plan would do or
    holds; and "Belarus and Lithuania exchanged prisoners in a deal brokered by …", "Under the plan, rents would be
    capped": the act a clause says is done in or under the plan (its subject, verb and object). What it holds, or ""."""
    content = set(ctx.lex.raw.get("plan_content_verbs", []))
    reporting = set(ctx.lex.raw.get("reporting_verbs", [])) | {"say", "tell"}
    for m in q.mentions:
        found = _head_at(sents, m)
        if found is None:
            continue
        s, head = found
        for v in children_of(head):
            if v.dep_ == "acl" and v.tag_ == "VBG" and v.i > head.i and v.lemma_.lower() not in reporting:
                return _unpointed(compact(subtree_of(v), 10))  # "a plan capping rents at 3%"
            if v.dep_ != "relcl" or v.i < head.i:
                continue
            kids = children_of(v)
            frame = next((c for c in kids if c.dep_ == "prep" and c.lower_ in FRAMES and c.i < v.i and any(
                g.tag_ in ("WDT", "WP") for g in children_of(c))), None)
            subj = next((c for c in kids if c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP")), None)
            if frame is not None:  # "under which rents would be capped"
                drop = {t.i for t in subtree_of(frame)}
            elif subj is not None and (any(c.dep_ == "aux" and c.lower_ in MODALS for c in kids)
                                       or v.lemma_.lower() in content):  # "that would cap rents", "which calls for"
                drop = {subj.i}
            else:
                continue
            words = [t for t in subtree_of(v) if t.i not in drop and t.i > head.i]
            if len(words) >= 2:
                return _unpointed(compact(words, 10))
        if head.dep_ == "dobj":  # "presented a counter-proposal on Monday, offering a smaller haircut …"
            told = set(ctx.lex.raw.get("plan_gloss_adverbial_verbs", []))
            adv = next((c for c in children_of(head.head) if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > head.i
                        and c.lemma_.lower() in told), None)
            if adv is not None:
                return _unpointed(compact(subtree_of(adv), 10))
        # the act done in or under the plan: "exchanged eleven prisoners in a deal brokered by …"
        # ("Under a draft …, players would be …" is :func:`_held_under`'s)
        if q.head in CONCLUDED | PLANS and head.dep_ == "pobj" and head.head.lower_ in ("in", "through"):
            v = head.head.head
            while v.pos_ in ("NOUN", "PROPN") and v.dep_ in ("dobj", "conj") and v.head.i != v.i:
                v = v.head  # ("offered a haircut and a longer maturity in a proposal delivered …": the offering)
            if v.pos_ in ("VERB", "AUX") and v.lemma_.lower() not in reporting and v.dep_ not in ("relcl", "acl") and any(
                    c.dep_ in ("dobj", "nsubjpass", "attr") for c in children_of(v)):
                inside = {t.i for t in subtree_of(head.head)} | {t.i for c in children_of(v) if c.dep_ in CORE
                                                                for x in subtree_of(c) if x.dep_ in ("relcl", "appos", "acl")
                                                                for t in subtree_of(x)}  # (its subject's asides)
                words = [v] + [t for c in children_of(v) if c.dep_ in CORE for t in subtree_of(c) if t.i not in inside]
                return _unpointed(compact(sorted(words, key=lambda t: t.i), 10))
    return ""


DASHES = {",", "\u2013", "\u2014", "-"}  # what sets off a noun that sums up the clause before it


def _summed_up(ctx: Context, sents: list[Sentence]) -> list[tuple[_Prop, set[int]]]:
    """"X urged the union to suspend the strike for four weeks while a review is carried out, a proposal the union
    dismissed", "opposed any move to split the pact in two, an idea floated by some officials", 'Jakarta would
    "guarantee the safety of anyone who hands the pilot over" – an offer …': a noun set off after the clause that sums
    it up as a proposal, an idea or an offer (stance.json ``summing_plan_nouns``) puts forward what the clause says,
    named by it. The clause is what the framing verb before it asks, proposes, rejects or reports (up to that verb,
    or the clause's own verb); its side is the noun's agent ("floated by X"), the clause's own subject, or who asks or
    proposes it (not who rejects or reports it). None when the clause tells a plan's terms and no side ("The original
    pilot would have sent 3,000 people …, an idea the refugees rejected"), nor a noun heading its own phrase ("a
    proposal to …", "an offer of …")."""
    vocab = _words(ctx)
    summing = ctx.lex.cached("proposals.summing", lambda r: frozenset(r.get("summing_plan_nouns", [])))
    framing = ctx.lex.reporting | vocab.putting_forward | vocab.undertaking | set(REFUSING) | ctx.lex.cached(
        "proposals.framing", lambda r: frozenset(r.get("demanding_verbs", []) + r.get("asking_verbs", [])
                                                + r.get("summed_framing_verbs", [])))
    against = set(REFUSING) | ctx.lex.cached("proposals.against", lambda r: frozenset(r.get("summed_against_verbs", [])))
    out: list[tuple[_Prop, set[int]]] = []
    for s in sents:
        if s.kind != "body" or s.lowers.isdisjoint(summing):
            continue
        toks = tokens_of(s.span.doc)
        for tok in s.tokens:
            if tok.lower_ not in summing or tok.pos_ != "NOUN" or not any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") and c.i == tok.i - 1 for c in children_of(tok)):
                continue
            if any(c.dep_ in ("prep", "acl") and (c.lower_ in ("of", "to", "for", "on") or any(
                    x.dep_ == "aux" and x.lower_ == "to" for x in children_of(c))) for c in children_of(tok)):
                continue  # "an offer of talks", "a proposal to …": a noun with its own content
            k = tok.i - 2
            if k <= s.tokens[0].i or toks[k].text not in DASHES:
                continue
            k -= 1
            while k > s.tokens[0].i and toks[k].is_punct:
                k -= 1  # (a closing quote before the comma)
            node = toks[k]
            frame = None
            for _ in range(12):  # up from the clause's last word to the verb that frames it
                h = node.head
                if h.i == node.i or h.i > tok.i:
                    break
                if h.pos_ == "VERB" and h.lemma_.lower() in framing and node.dep_ in (
                        "xcomp", "ccomp", "dobj", "pcomp", "advcl", "prep"):
                    frame = h
                    break
                node = h
            if node.i >= tok.i or node.head.i == tok.i:
                continue
            agent = [g for c in children_of(tok) if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN" and c.lemma_.lower()
                     in framing for a in children_of(c) if a.dep_ == "agent" for g in children_of(a) if g.dep_ == "pobj"]
            own = node.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in children_of(node)) and not any(
                c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in children_of(node))  # ("said Canada
            # should become …, a suggestion": the one who says it, not Canada)
            asked = frame is not None and frame.lemma_.lower() not in against
            who = (ctx.table.resolve(s.para, agent[0]) if agent else []) or (subjects(ctx, s, node) if own else []) or (
                subjects(ctx, s, frame) if asked else [])
            if not who and not (asked and not own):
                continue  # (a clause asked or put forward by a side the table does not know is still put forward)
            words = [t for t in subtree(node) if t.i < tok.i - 1 and not (t.dep_ == "det" and t.head.i == node.i)
                     and not (t.dep_ in ("nsubj", "aux", "neg") and t.head.i == node.i) and not (
                         t.pos_ == "ADV" and t.head.i == node.i and t.i < node.i)]
            name = _unpointed(compact(words, 12))
            if len(name.split()) < 3:
                continue
            q = _Prop(name, set(), tok.lower_, False, proposers=who[:1], mentions=[_span(s, tok)], presented=True)
            if who:
                q.aliases.add(f"{_short(ctx, who[0]) or who[0]} {tok.lower_}")
            for c in children_of(tok):  # "an offer the ministry described as safe passage": also so named
                if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in vocab.describing:
                    named = [g for x in children_of(c) if x.dep_ == "prep" and x.lower_ == "as" for g in children_of(x)]
                    if named:
                        q.aliases.add(compact(subtree(named[0], stop={"relcl", "acl", "conj", "cc"}), 8))
            out.append((q, {_span(s, t).start for t in (frame, node) if t is not None}))
    return out


def _ready_to(ctx: Context, s: Sentence, tok: Any, vocab: _Words) -> _Prop | None:
    """"Beijing was ready to share hydrological data all year round", "Vietnam was prepared to purchase 50 aircraft": a
    side ready to give or change something (stance.json ``offering_states``, ``offered_acts``) offers it. Not when
    negated, nor readiness to meet or to sign a plan (a stance on it, not an offer). Headed "ready": it only tells
    what an offer the article names otherwise ("China's offer") holds."""
    v = tok.head if tok.dep_ == "acomp" else tok
    x = next((c for c in children_of(tok) if c.dep_ == "xcomp" and c.pos_ == "VERB"
              and any(g.dep_ == "aux" and g.lower_ == "to" for g in children_of(c))), None)
    if x is None or any(c.dep_ == "neg" for c in [*children_of(tok), *children_of(v)]):
        return None
    # "Russia was ready to cap deployed warheads at 1,550 …, provided Washington dropped its plans": readiness on a
    # condition (stance.json ``condition_phrases``) is a conditional offer of its own, whatever the act
    after = " " + " ".join(t.lower_ for t in s.tokens if t.i > x.i) + " "
    conditional = any(f" {c} " in after for c in ctx.lex.raw.get("condition_phrases", []) if c != "unless") or \
        " provided " in after or " on condition " in after
    if x.lemma_.lower() not in vocab.offered_acts and not (conditional and x.lemma_.lower() not in vocab.meeting):
        return None
    obj = next((c for c in children_of(x) if c.dep_ == "dobj"), None)
    # "was prepared to raise its offer to $34 billion, but only if …": its own offer raised to a new figure on a
    # condition is a conditional offer of its own, not the offer it revises
    revised = conditional and obj is not None and obj.lower_ in vocab.proposal_heads and x.lemma_.lower() in \
        vocab.revising and any(c.dep_ == "prep" and c.lower_ == "to" and any(_counted(g) for g in children_of(c))
                               for c in children_of(x))
    if obj is None or obj.pos_ == "PRON" or (obj.lower_ in vocab.proposal_heads and not revised) or \
            obj.lemma_.lower() in vocab.meeting:
        return None
    who = subjects(ctx, s, v)
    if not who:
        return None
    short = _short(ctx, who[0]) or who[0]
    return _Prop(f"{short} conditional offer" if revised else f"{short} offer", set(), "ready", False,
                 proposers=who[:1], aliases={_act_text(x, 16)}, mentions=[_span(s, x)], presented=conditional)


def _ready_to_discuss(ctx: Context, s: Sentence, tok: Any, vocab: _Words) -> _Prop | None:
    """"Moscow was ready to discuss a joint investigation", "the Centre was willing to discuss an autonomous
    territorial council": a side ready to discuss (stance.json ``offered_talk_verbs``) a new thing named by its
    content puts it on the table, named by that content. Only a thing told as new: "a"/"an", or a bare singular
    with its own modifier ("compensation for drivers"); not a plan already named ("the revised roadmap": a stance on
    it), a meeting, a pronoun or a name, a vague or quantity head ("a wide range of issues", ``vague_talk_heads``),
    nor when negated."""
    v = tok.head if tok.dep_ == "acomp" else tok
    x = next((c for c in children_of(tok) if c.dep_ == "xcomp" and c.pos_ == "VERB"
              and c.lemma_.lower() in vocab.talks_offered), None)
    if x is None or any(c.dep_ == "neg" for c in [*children_of(tok), *children_of(v), *children_of(x)]):
        return None
    obj = next((c for c in children_of(x) if c.dep_ == "dobj"), None)
    # "ready to discuss cooperation on exchanging data about offshore assets": a relation whose content is spelled out
    # (an "on"/"over" phrase holding an act or a modified thing) is terms put on the table; "closer ties" is none
    spelled = obj is not None and any(c.dep_ == "prep" and c.lower_ in ("on", "over") and any(
        g.dep_ == "pcomp" and g.pos_ == "VERB" or g.dep_ == "pobj" and any(
            k.dep_ in ("prep", "acl") for k in children_of(g)) for g in children_of(c))
        for c in children_of(obj))
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() in vocab.proposal_heads or obj.lemma_.lower() in \
            vocab.meeting or obj.lemma_.lower() in vocab.anaphoric_forms or (
                obj.lemma_.lower() in vocab.relations and not spelled) \
            or obj.lemma_.lower() in vocab.vague_talked or obj.lower_ in vocab.vague_talked:
        return None  # ("a wide range of issues", "a number of options": no terms named)
    kids = children_of(obj)
    det = next((c.lower_ for c in kids if c.dep_ in ("det", "poss")), None)
    modified = any(c.dep_ in ("amod", "compound", "prep") for c in kids)
    if not (det in ("a", "an") or det is None and obj.tag_ == "NN" and modified):
        return None
    if any(c.tag_ in ("JJR", "RBR") for c in kids):
        return None  # "a longer transition", "a higher quota": a term on the table changed, no new thing
    who = subjects(ctx, s, v)
    if not who:
        return None
    words = [t for t in subtree(obj, stop={"relcl", "acl", "appos"}) if not (t.dep_ == "det" and t.head.i == obj.i)]
    name = compact(words, 8)
    if not name:
        return None
    return _Prop(name, set(), obj.lemma_.lower(), False, proposers=who[:1], aliases={_act_text(x, 16)},
                 mentions=[_span(s, obj)])


def _act_text(x: Any, most: int) -> str:
    """What act ``x`` does, in at most ``most`` words, without its own "to" and the clauses that say more of it
    ("agreed to restore visa services" → "restore visa services"): the terms an offer or an accord names."""
    setting = {i for c in children_of(x) if c.dep_ == "prep" and c.lower_ in SETTING_PREPS
               for i in (t.i for t in subtree_of(c))}  # "… after two days of talks in Jeddah": when, not what
    toks = [t for t in subtree(x, stop={"relcl", "advcl"}) if not (t.dep_ == "aux" and t.head.i == x.i) and t.i not in setting]
    text = compact(toks, most)
    return text if text == compact(toks, most + 40) else _whole_phrase(text, toks)


SETTING_PREPS = {"after", "before", "since", "following", "amid", "despite", "during"}  # time or cause, not terms
LOOSE_ENDS = {"ADP", "CCONJ", "DET", "PART", "SCONJ", "PRON"}  # words that cannot end a phrase cut short


def _whole_phrase(text: str, toks: list[Any]) -> str:
    """A phrase cut at its word limit ends on a word that can end it: "restore visa services and to restore" →
    "restore visa services" (the dangling "and to", "in", "of" of a cut phrase dropped)."""
    words = text.split()
    by_text: dict[str, set[str]] = {}
    for t in toks:
        by_text.setdefault(t.text, set()).add(t.pos_)
    while len(words) > 1 and (words[-1].lower() == "to" or by_text.get(words[-1], set()) & LOOSE_ENDS
                              and not by_text.get(words[-1], set()) - LOOSE_ENDS):
        words.pop()
    return " ".join(words)


FORMS = {"version", "revision", "text", "draft"}  # words naming a proposal by its form, not by what it is


def _held_under(tok: Any) -> str:
    """What a plan holds, told by the clause it opens: "Under a draft circulated last month, players would be allowed
    to join one foreign league a year" (the clause after the fronted "Under …,", in a few words)."""
    prep, verb = tok.head, tok.head.head
    if verb.dep_ == "advcl" and verb.tag_ in ("VBN", "VBD") and not any(c.dep_.startswith("nsubj") for c in children_of(verb)):
        verb = verb.head  # "Under the plan presented in May, Mexico would …": the parser hung "Under" on the aside
    if tok.dep_ != "pobj" or prep.lower_ != "under" or prep.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX") \
            or verb.left_edge.i != prep.i:
        return ""  # ("costs which under the framework are borne by X": the clause is no plan's terms)
    # from the clause's subject on ("Under the plan, presented in May, Mexico would …": not the aside)
    start = min((c.left_edge.i for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i > prep.i),
                default=max(t.i for t in subtree_of(prep)) + 1)
    return compact([t for t in subtree(verb, stop={"relcl", "advcl"})
                    if t.i >= start and not (t.dep_ == "aux" and t.head.i == verb.i)], 10)


def _revised_of(tok: Any, revs: set[str]) -> bool:
    """``tok`` is what a revision revises: "the revised version of its observer-mission proposal"."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.lower_ not in FORMS:
        return False
    outer = tok.head.head
    return outer.lower_ == "revision" or any(t.lower_ in revs for t in outer.lefts)


def _named_document(ctx: Context, para: int, tok: Any, revs: set[str]) -> bool:
    """A plan known by its proper name, whatever its head word ("an amended version of the Arawa Covenant", "a revised
    draft of the Minsk Protocol"): what the revision revises is a proposal of its own (not a body or a place)."""
    return tok.pos_ == "PROPN" and _revised_of(tok, revs) and tok.ent_type_ not in ("GPE", "LOC", "NORP", "PERSON") \
        and not ctx.table.at(para, tok.i)


def _pending_bill(tok: Any, vocab: _Words) -> bool:
    """"a bill that would bar occupiers from …", "a bill forcing the operator to …", "the bill to ratify the pact", "an
    amendment tabled by the opposition", "a bill approved by the cabinet", "withdraw the bill", "a vote on the bill": a
    bill or amendment (stance.json ``pending_legislation_heads``) told by what it would do, by who put it forward or by a
    stage of law-making (``legislating_verbs``) is a law on the table, named once or more; "the wage bill", "pick up
    the bill" are costs, not laws."""
    if tok.lower_ not in vocab.bills:
        return False
    if tok.head.lemma_.lower() in vocab.bill_costs or any(
            c.lemma_.lower() in vocab.bill_costs for c in children_of(tok) if c.dep_ in ("compound", "nmod", "acl", "relcl")):
        return False  # "will face a bill to cover the losses", "the wage bill, amounting to …": a cost
    if any(c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX") and (
            c.lemma_.lower() in vocab.legislating or c.lemma_.lower() in PUT_FORWARD or c.tag_ == "VBG"
            or any(g.dep_ == "aux" and g.lower_ in ("would", "will", "to") for g in children_of(c))) for c in children_of(tok)):
        return True
    v = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "against", "for") else tok.head
    return tok.dep_ in ("dobj", "nsubjpass", "pobj") and v.pos_ in ("VERB", "NOUN") and v.lemma_.lower() in vocab.legislating


def _drafted(tok: Any) -> bool:
    """A document a "draft" introduces, whatever its head word ("a draft statement", "the draft exploitation
    regulations"): a text on the table."""
    return tok.pos_ == "NOUN" and tok.dep_ != "compound" and any(
        d.dep_ in ("compound", "amod", "nmod") and d.lower_ == "draft" for left in tok.lefts for d in subtree_of(left))


def _signed(tok: Any) -> tuple[list[Any], set[str]]:
    """Who else is party to a concluded accord and the place and year it was made in: "the memorandum of understanding
    Ethiopia signed with Somaliland", "a peace agreement that two states signed in a capital in 2019"."""
    parties: list[Any] = []
    made_in: set[str] = set()
    for c in [tok, *(c for c in children_of(tok) if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB")]:
        for prep in children_of(c):
            if prep.dep_ != "prep" or prep.lower_ not in ("with", "in"):
                continue
            for g in children_of(prep):
                if g.dep_ != "pobj":
                    continue
                if prep.lower_ == "with" and g.pos_ == "PROPN":
                    parties.append(g)
                elif prep.lower_ == "in" and c is not tok and g.ent_type_ in ("GPE", "LOC") and g.pos_ == "PROPN":
                    made_in.add(g.lower_)
                elif prep.lower_ == "in" and c is not tok and YEAR.fullmatch(g.text):
                    made_in.add(g.text)  # "the renegotiated agreement concluded in 2024" is "the 2024 agreement"
    return parties, made_in


def _one_revision_each(ctx: Context, props: list[_Prop]) -> list[_Prop]:
    """"The revised package" … "the revised offer" … "the revised version", all revising one original and put
    forward by one side (or by nobody said): one revision named three ways, not three proposals."""
    out: list[_Prop] = []
    for q in props:
        hp = _sided(ctx, q.proposers)
        host = next((h for h in out if h.revision and q.revision and h.revision_of and h.revision_of == q.revision_of
                     and not {h.head, q.head} & CONCLUDED
                     and (not _sided(ctx, h.proposers) or not hp
                          or ctx.table.camp(h.proposers) & ctx.table.camp(q.proposers))), None)
        if host is None or not q.mentions:
            out.append(q)
            continue
        _absorb(host, q)
    return out


def _agrees(ctx: Context, pron: Any, who: list[str], tok: Any | None) -> bool:
    """"its" is one body, "his"/"her" one person: "the unions … its offer" is not the unions' offer."""
    a = ctx.table.actors.get(who[0]) if who else None
    if a is None:
        return False
    if pron.lower_ in ("his", "her"):
        return a.type == "Person"
    if pron.lower_ == "its":
        # ("Sky Sports raised its offer": a body's name that looks plural is still one body)
        return a.type != "Person" and (tok is None or tok.tag_ != "NNS" and (
            tok.tag_ != "NNPS" or a.type in ("Organization", "State")))
    return True


def _summed_up_by(ctx: Context, s: Sentence, tok: Any, proposing: set[str]) -> list[str]:
    """A plan word set off after a comma that sums up what a side proposed ("X proposed to sell its lettuce
    business, a plan the companies called …"; "Y offered a ceasefire, a proposal …"): the proposer's plan."""
    if tok.left_edge.i == 0 or tokens_of(tok.doc)[tok.left_edge.i - 1].text != ",":
        return []
    v = tok.head
    for _ in range(4):  # up from the object of "to sell" to "proposed"
        if v.pos_ == "VERB" and v.lemma_.lower() in proposing:
            break
        if v.head.i == v.i or v.dep_ not in ("dobj", "xcomp", "ccomp", "npadvmod", "appos") and v.pos_ != "VERB":
            return []
        v = v.head
    else:
        return []
    if any(c.dep_ in ("neg", "auxpass", "nsubjpass") for c in children_of(v)):
        return []  # (the loop ends only at a proposing verb)
    return subjects(ctx, s, v)


def _backed_new(tok: Any, vocab: _Words) -> Any | None:
    """The verb by which a side takes up a plan the article brings in with it: its own plan, as the article tells it
    ("the parties backed plans for a tunnel", stance.json ``plan_adopting_verbs``; "they agreed the outline of a budget
    plan", ``plan_outline_verbs`` with ``plan_outline_nouns``). A definite plan ("backed the plan") was brought in before, by whoever put it forward."""
    if any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in children_of(tok)) or (
            tok.tag_ != "NNS" and not any(c.dep_ == "det" for c in children_of(tok))):
        return None
    obj, verbs = tok, vocab.adopting
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in vocab.outline_nouns:
        obj, verbs = tok.head.head, vocab.outlining  # "agreed the outline of a budget plan": the plan is what is agreed
    v = obj.head  # (two sides that agree "a roadmap" outright conclude it: no more their own than the other's)
    if obj.dep_ != "dobj" or v.pos_ != "VERB" or v.lemma_.lower() not in verbs or any(
            c.dep_ in ("neg", "auxpass", "nsubjpass") for c in children_of(v)):
        return None
    return v


def _plural_antecedent(ctx: Context, s: Sentence, pron: Any, found: str) -> list[str] | None:
    """"their" points to the nearest plural before it: "the Commission told the companies that their offer …" is the
    companies' offer, not the Commission's. Only a plural that names an actor (a group, coordinated actors, "the
    companies" resolved to firms, or unresolved, :func:`_bodies_named`) or that is the subject of the pronoun's own
    clause: "after weeks of talks with managers their offer" is still the speaker's. The actors that plural names (none when the table cannot say which), or None
    when the actor the table found is nearer or no such plural comes before."""
    if pron.lower_ != "their":
        return None
    bodies = ctx.lex.words("company_nouns", "org_words", "group_nouns")
    for t in reversed(tokens_of(pron.doc)[s.span.start:pron.i]):
        who = ctx.table.resolve(s.para, t) if t.pos_ in ("NOUN", "PROPN") else []
        if found in who:
            return None
        if t.tag_ in ("NNS", "NNPS") and t.dep_ in ("nsubj", "dobj", "dative", "pobj", "conj") and (
                who or _bodies_named(t, bodies) or t.dep_ == "nsubj" and any(a.i == t.head.i for a in pron.ancestors)):
            return who  # ("factory owners raised their offer": the subject of its own clause, whoever they are)
    return None


def _bodies_named(t: Any, bodies: frozenset[str]) -> bool:
    """"the firms", "both unions": a definite plural of a body's word points at the story's bodies of that kind,
    though the actor table may not say which (then the pronoun is theirs, and no proposer is named)."""
    return (t.lemma_.lower() in bodies or t.lower_ in bodies) and any(
        c.dep_ in ("det", "predet") and c.lower_ in ("the", "both", "these", "those") for c in children_of(t))


def _whose(ctx: Context, s: Sentence, pron: Any, found: str, v: Any) -> str | None:
    """Check the body the actor table gave a possessive: the object that controls an infinitive wins ("gave the
    authority ten days to improve its offer"); a plural subject is never "its" ("the workers … its offer")."""
    ctrl = _controlled(ctx, s, pron, v)
    if ctrl:
        return ctrl[0]
    nearer = _plural_antecedent(ctx, s, pron, found)
    if nearer is not None:
        return nearer[0] if nearer else None
    subj = _subject_of(v)
    if pron.lower_ == "its" and subj is not None and subj.tag_ in ("NNS", "NNPS") and found in ctx.table.resolve(s.para, subj):
        return None
    return found


def _subject_of(v: Any) -> Any | None:
    """The subject token of ``v`` or of the clause it hangs from ("unions have given … to improve": "unions")."""
    for _ in range(3):
        subj = next((c for c in children_of(v) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or v.head.i == v.i:
            return subj
        v = v.head
    return None


def _controlled(ctx: Context, s: Sentence, pron: Any, v: Any) -> list[str]:
    """The object of "give/urge/press X to …" that the infinitive's possessive points to."""
    if any(g.dep_ == "aux" and g.lower_ == "to" for g in children_of(v)) and v.dep_ in ("xcomp", "advcl"):
        for o in children_of(v.head):
            if o.dep_ in ("dobj", "dative"):
                who = ctx.table.resolve(s.para, o)
                if _agrees(ctx, pron, who, o):
                    return who[:1]
    return []


def _owner(ctx: Context, s: Sentence, pron: Any, v: Any) -> list[str]:
    """Whose plan "its offer" is: under "give/urge/press X to improve its offer" the object X controls the
    infinitive; otherwise the clause's subject, when the pronoun agrees with it ("unions … its" does not)."""
    ctrl = _controlled(ctx, s, pron, v)
    if ctrl:
        return ctrl
    who = subjects(ctx, s, v)
    if who and not _agrees(ctx, pron, who, _subject_of(v)):
        return []
    who = who or subjects(ctx, s, s.span.root)
    nearer = _plural_antecedent(ctx, s, pron, who[0]) if who else None
    return who if nearer is None else nearer


def _sided(ctx: Context, names: list[str]) -> list[str]:
    """Proposers whose side is known: a person the article ties to no body ("Government Minister Mariana
    Cevallos presented the revised offer") could be on either side, so does not set their plan apart."""
    return [n for n in names if (a := ctx.table.actors.get(n)) is None or a.type != "Person" or a.affiliations]


def _rival_bodies(ctx: Context, a: _Prop, b: _Prop) -> bool:
    """Two plans put forward by bodies of different camps ("the league's plan" … "Sky raised its offer"): one is
    never the other's revision. People are left out (whose side a person speaks for the table may not know), and so
    are states: "Moscow would send a revised version" of a US-drafted plan revises it."""
    bodies = [[n for n in q.proposers if (x := ctx.table.actors.get(n)) is not None and x.type not in ("Person", "State")]
              for q in (a, b)]
    return all(bodies) and len(bodies[0]) == len(a.proposers) and len(bodies[1]) == len(b.proposers) \
        and not ctx.table.camp(bodies[0]) & ctx.table.camp(bodies[1])


def _absorb(host: _Prop, q: _Prop) -> None:
    """``q`` is ``host`` named another way: its name, keys, proposers and mentions join the host's."""
    if q.name.lower() != host.name.lower():
        host.aliases.add(q.name)
    host.aliases |= q.aliases
    host.keys |= q.keys
    host.proposers += [x for x in q.proposers if x not in host.proposers]
    host.mentions = sorted([*host.mentions, *q.mentions], key=lambda m: m.start)


def _numbers(q: _Prop) -> set[str]:
    return {k for k in q.keys if NUMBERED.search(k)}


FIGURE = re.compile(r"\d[\d,.]*\d|\d")


def _figures_of(text: str) -> set[str]:
    """The figures a plan's name or alias holds, years left out ("15,000-seat offer" → {"15,000"})."""
    return {f for f in FIGURE.findall(text) if not YEAR.fullmatch(f)}


def _bare_side(q: _Prop) -> str:
    """The words of a plan's name before its head word, without dots ("U.S. plan" → "us"): two plans named only by one
    side ("U.S proposal", "U.S. plan") share it."""
    words = q.name.lower().replace(".", "").split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] == q.head else "\x00" + q.name


def _glossed_as(a: _Prop, b: _Prop) -> bool:
    """"The committee offer" glossed as "a 15 percent haircut … in the proposal delivered in Maputo on Monday", and
    "the proposal delivered in Maputo on Monday": one plan's gloss names the other by its whole described name (three
    words or more, not a side's "X offer"), so the two are one plan told twice."""
    def described(name: str) -> bool:
        return len(name.split()) >= 3 and not name[:1].isupper()

    def within(name: str, texts: set[str]) -> bool:
        return any(f" {name.lower()} " in f" {t.lower()} " for t in texts)
    return (described(b.name) and within(b.name, a.aliases)) or (described(a.name) and within(a.name, b.aliases))


def _restatements(ctx: Context, props: list[_Prop]) -> list[_Prop]:
    """One plan named again in other words is one proposal: "the Lithuanian plan" … "the original plan" of one
    side; "the revised offer" … "the improved proposal" (a second revision with nobody named, or the same side);
    "the first version" with nobody behind it is the earliest plan of the side whose revision revises it; a plan whose
    gloss names another by its described name is that one (:func:`_glossed_as`). Plans told apart by their numbers or ordinals ("first phase", "second phase") or by their sides stay apart."""
    def same_side(a: _Prop, b: _Prop) -> bool:  # one proposer is the other or its own body (not two members of a bloc)
        return any(x in ctx.table.camp([y]) or y in ctx.table.camp([x]) for x in a.proposers for y in b.proposers)

    def apart(a: _Prop, b: _Prop) -> bool:
        na, nb = _numbers(a), _numbers(b)
        return bool(na and nb and not na & nb) or _other_step(a.keys, b.keys) or (
            bool(a.keys & ORDINALS - FIRSTS) != bool(b.keys & ORDINALS - FIRSTS)) or (
            bool(a.keys & BEFORE) != bool(b.keys & BEFORE))  # "an earlier Greek draft" is not Greece's offer now

    revisers = [q for q in props if q.revision and q.proposers]
    kin = _words(ctx).plan_kin

    def kindred(a: _Prop, b: _Prop) -> bool:  # "X proposal" … "the X plan": one side's unnumbered plan in two words
        # (also once one of them is the original a revision revises: "X offer" … "a revised version of X's proposal")
        return {a.head, b.head} <= kin and a.keys <= FIRSTS and b.keys <= FIRSTS and _bare_side(a) == _bare_side(b)

    def sole(h: _Prop, q: _Prop) -> bool:  # "the 9% it offered" … "the first offer": the only other plan of its head
        return bool(revisers) and [r for r in props if r is not q and r.head == q.head and not r.revision] == [h]
    out: list[_Prop] = []
    renamed: dict[str, str] = {}
    for q in props:
        plan = q.head in PLAN_WORDS
        host = None
        if q.mentions:
            for h in out:
                if not plan and h.head not in GENERIC:
                    continue  # (a side's "draft" and the "agreement" it "initially proposed" are one, its two deals not)
                if h.head not in PLAN_WORDS or h.revision != q.revision or apart(h, q) or (
                        not q.revision and h.head != q.head and not {h.head, q.head} & GENERIC and not kindred(h, q)):
                    # (X's "wage proposal" and its "contingency plan" are two)
                    continue  # "the Malaysian offer to send officers" is not "the original proposal" of Malaysia
                if same_side(h, q) or (q.revision and not q.proposers) or (
                        not q.revision and not q.proposers and q.keys and q.keys <= FIRSTS and h.proposers
                        and (any(same_side(h, r) for r in revisers) or sole(h, q))):
                    host = h
                    break
        if host is None and q.mentions and not q.revision and q.proposers and q.keys <= FIRSTS and not q.aliases \
                and not _bare_side(q).startswith("\x00"):
            # "The league put forward its 'Fair Share' model … Doncaster defended the board's plan": a plan named by
            # its side alone points back at the side's latest plan before it
            start = q.mentions[0].start
            host = max((h for h in out if h.mentions and h.mentions[0].start < start and not h.revision
                        and same_side(h, q) and not apart(h, q)), key=lambda h: h.mentions[0].start, default=None)
        if host is None and q.mentions and not q.revision and not q.proposers and (figs := _figures_of(q.name)):
            # "India had offered an extra 15,000 seats a week" … "the 15,000-seat offer": a plan nobody is named behind,
            # named by a figure of a plan of its kind told before, is that plan
            start = q.mentions[0].start
            host = next((h for h in out if h.mentions and h.mentions[0].start < start and not h.revision and (
                h.head == q.head or {h.head, q.head} <= kin) and figs <= _figures_of(" ".join([h.name, *h.aliases]))), None)
        if host is None and q.mentions:
            host = next((h for h in out if h.revision == q.revision and not apart(h, q) and not (
                h.proposers and q.proposers and not same_side(h, q)) and _glossed_as(h, q)), None)
        if host is None:
            out.append(q)
            continue
        if host.name in q.aliases and q.name[:1].isupper() and not host.name.lower().startswith(q.name.lower()):
            # "Burkina Faso proposal" … 'a counter-proposal, which the junta called the Ouagadougou Memorandum' (also
            # "Burkina Faso proposal"): the proper name names the one plan, the side's description is an alias
            old, host.name = host.name, q.name
            host.aliases.add(old)
            q.aliases.discard(old)
            renamed[old] = host.name
        renamed[q.name] = host.name
        _absorb(host, q)
    for q in out:
        if q.revision_of in renamed:
            q.revision_of = renamed[q.revision_of]
    return out


def _first_put(sents: list[Sentence], putting: set[str]) -> Span | None:
    """Where a side "first/initially offered" a plan ("the panel had first offered the contracts on February 26"):
    the first such verb in the body, or None."""
    for s in sents:
        if s.kind != "body":
            continue
        verb = next((t for t in s.tokens if t.pos_ == "VERB" and t.lemma_.lower() in putting and any(
            c.dep_ == "advmod" and c.lower_ in FIRST_ADVS for c in children_of(t))), None)
        if verb is not None:
            return _span(s, verb)
    return None


def _implied_originals(ctx: Context, sents: list[Sentence], props: list[_Prop], marks: set[str],
                       putting: set[str]) -> list[_Prop]:
    """A revision implies the plan it revises, even when the article names that plan only by what it did ("had
    first offered the contracts in February", "up from £3bn in March"): a revision with no original is given one,
    "the original X", put forward by the same side. Its mention is where the side "first/initially offered" it,
    when the article says so."""
    names = {q.name for q in props}
    told = {q.name for q in props if q.mentions}  # (a plan only the headline names is no original the body tells of)
    out: list[_Prop] = []
    first: list[Span | None] | None = None
    for q in props:
        if not q.revision or not q.mentions or (q.revision_of and q.revision_of in told):
            continue
        words = [w for w in q.name.split() if w.lower() not in marks]
        if not words or words[-1].lower() in FORMS | {"of"} or words[0].lower() == "of":
            plain = next((a for a in sorted(q.aliases, key=lambda a: (len(a), a)) if len(a.split()) <= 4 and a.split()[0].lower() in marks
                          and a.split()[-1].lower() not in FORMS), "")
            words = plain.split()[1:] or words
        if not words or any(w.lower() in FIRSTS for w in words):
            continue
        name = "original " + " ".join(words)
        if name in names:
            continue
        if first is None:  # the same for every revision: looked for once, and only when one needs it
            first = [_first_put(sents, putting)]
        if first[0] is None:  # (without such a sign the original may not matter to the article: nothing is made up)
            continue
        orig = _Prop(name, {"original"}, q.head, False, proposers=list(q.proposers), mentions=[first[0].model_copy()])
        q.revision_of = name
        names.add(name)
        out.append(orig)
    return out


def extract_proposals(ctx: Context, sents: list[Sentence]) -> list[ProposalRecord]:
    vocab = _words(ctx)
    legislation, drafted, lists, listed = vocab.legislation, vocab.drafted, vocab.lists, vocab.listed
    responding, anaphoric_forms, topic_preps = vocab.responding, vocab.anaphoric_forms, vocab.topic_preps
    step_heads = vocab.step_heads
    heads = set(vocab.proposal_heads)
    kind_names = vocab.kind_names  # ("the Joint Comprehensive Plan Towards Peace" is no "Ramadan Peace Initiative")
    proposing = PROPOSING | set(ctx.lex.raw.get("proposing_verbs", []))
    named_by_of = {"version", "draft", "revision", "text"} | set(ctx.lex.raw.get("proposal_heads_more", []))
    markers = set(ctx.lex["proposal_markers"]) | STATUS  # "a tentative agreement" is marked by its standing
    measures = set(ctx.lex.raw.get("measure_heads", []))  # "the British closure": a measure one side imposed
    imposing = set(ctx.lex.raw.get("imposing_verbs", []))
    demanding = set(ctx.lex.raw.get("demanding_verbs", []))
    describing, ratifying = vocab.describing, vocab.ratifying  # "what it called a revised offer", "voted to ratify"
    heads |= measures | set(legislation) | set(lists) | vocab.bills
    named_by_of |= set(lists)
    processes = vocab.processes  # (qualified like "a side-letter": "binding arbitration" yes, "arbitration" no)
    heads |= set(processes)
    imposed = measures | set(processes)  # what a side imposes is its proposal: "extended the ban", "binding arbitration"
    qualified: dict[str, list[str]] = {**ctx.lex.raw.get("qualified_heads", {}), **processes}
    settling = set(ctx.lex.raw.get("proposal_markers_more", [])) | STATUS
    # words that are a proposal by what they mean ("its counterproposal", "a counter-offer"): no further mark needed
    selfmarked = set(ctx.lex.raw.get("self_marked_heads", []))
    authoring = AUTHORING | set(ctx.lex.raw.get("authoring_verbs", []))
    written = authoring | proposing  # a relative clause's subject who wrote or put forward the plan
    putting = PUTTING | proposing  # "first presented", "initially proposed": the original
    strong = STRONG | selfmarked
    named_alone = strong | set(processes)  # heads a proposal with no more than their own mark ("binding arbitration")
    pacts = strong | vocab.owned_pacts  # "its truce": a pact its owner stands behind
    undrafted = measures | step_heads  # heads a "draft" does not make a proposal of
    own_named = measures | selfmarked  # heads named by their proposer alone ("X put forward a proposal")
    standalone = settling | selfmarked | {"draft"}  # words in a name that make a plan named once a proposal (below)
    kind = {w: group[0] for group in ctx.lex.raw.get("proposal_synonyms", []) for w in group}  # "deal" = "agreement"
    for w in legislation:
        kind.setdefault(w, legislation[0])  # "the draft law" … "the amended bill": one kind
    # a ban or closure is argued over only when the article comes back to it; "imposed entry bans" once is a sanction
    if sum(t.lower_ in measures for s in sents if s.kind == "body" for t in s.tokens) < 2:
        heads -= measures
    revs = set(vocab.reworked)
    bare_version = revs | FIRSTS | GENERIC | {"new", "latest", "of", "the"}  # "a revised version": named by what it changes
    changing = set(ctx.lex.raw.get("concession_verbs", [])) | CHANGES  # what a bare "revised version" is named by
    props: list[_Prop] = []
    unnamed: dict[str, str] = {}  # head → description of a plan met before anything marked it as a proposal
    last_in_sentence: dict[int, tuple[int, _Prop]] = {}
    headlined: list[_Prop] = []  # plans the headline names, before the body has said anything of them
    undertaken = _undertaken(ctx, sents)  # "agreed to hold a customary ceremony": acts a later "ceremony plan" names
    for s in sents:
        if s.kind == "caption":
            continue
        p = s.para
        drafting = "draft" in s.lowers  # ("a draft statement": read only where a draft is named)
        called = _plan_names(s, vocab.naming, heads) if vocab.naming else {}
        given = {g.i: k for k, (g, _v) in called.items()}  # the names themselves: no plan of their own once their
        made: set[int] = set()  # plan is one ("the package, which the tour calls its X framework": X, if the package is not)
        for tok in s.tokens:
            if (tok.lower_ not in heads and not _named_document(ctx, p, tok, revs) and not (drafting and _drafted(tok))
                    and not (tok.lower_ == "plans" and _backed_new(tok, vocab) is not None)) \
                    or (tok.pos_ not in ("NOUN", "PROPN") and not (
                        tok.pos_ == "VERB" and tok.dep_ in ("pobj", "dobj"))):  # "improves on the 25 per cent raise"
                continue
            if tok.dep_ == "compound" or _describes(ctx, s, tok, heads) or _cited(tok, vocab.cited_parts):
                continue
            if (who := ctx.table.at(p, tok.i)) is not None and ctx.table.actors[who].type in ("Organization", "Group"):
                continue  # "The Parties to the Nauru Agreement said": the text a body's name holds is no plan of the article
            if given.get(tok.i, -1) in made:
                continue  # "…, known in La Paz as the Illimani proposal": the name of the plan before it, not another plan
            proper, naming_verb = called.get(tok.i, (None, None))
            mods = [t for t in subtree(tok, stop={"relcl", "acl", "prep", "appos", "conj", "cc", "advcl"}) if t.i <= tok.i]
            if any(t.dep_ == "det" and t.head.i == tok.i and t.lower_ in vocab.unreferring for t in mods):
                continue  # "would not put to a vote any law that …": a plan nobody has put forward
            head_kind = kind.get(tok.lower_, tok.lower_)  # "deal" and "agreement" are one kind of plan
            extra: list[Any] = []
            made_in: set[str] = set()  # where or when a concluded accord was made: "the agreement X signed in Cairo"
            described = False  # the name is a participle clause ("an agreement first reached in 2013 and revised in 2015")
            proposers: list[str] = []
            for c in children_of(tok):
                if c.dep_ == "prep" and c.lower_ in ("of", "from", "by", "for", "on"):
                    g = next((x for x in children_of(c) if x.dep_ == "pobj"), None)
                    if g is None:
                        continue
                    if c.lower_ in ("from", "by"):
                        proposers += ctx.table.resolve(p, g)
                    if c.lower_ in ("of", "on") and tok.pos_ == g.pos_ == "PROPN" and not extra and not ctx.table.at(p, g.i):
                        extra = [c] + subtree(g, stop={"relcl", "acl", "appos"})  # "the Joint Agreement on Safety and
                        # Immunity Guarantees": one proper name, told apart from "the Comprehensive Agreement on …"
                    if c.lower_ in ("of", "on") and tok.lower_ in measures and not extra:  # "a ban on sandeel fishing"
                        extra = [c] + subtree(g, stop={"relcl", "acl"})
                    if c.lower_ == "of" and tok.lower_ in named_by_of and not (
                            tok.lower_ in FORMS and (g.lower_ in heads or _named_document(ctx, p, g, revs))):
                        # "a package of confidence-building measures"
                        # ("the revised version of its mission proposal" is named "revised version": the plan it
                        # revises is a proposal of its own)
                        extra = [c] + subtree(g, stop={"relcl", "acl"})
                        for t in subtree(g):
                            a = ctx.table.at(p, t.i)
                            if a:
                                proposers.append(a)
                if c.dep_ in ("acl", "relcl") and (c.lemma_ in proposing or c.lemma_ in PUT_FORWARD or (
                        c.dep_ == "acl" and c.lemma_ in authoring)):
                    # "a memorandum sent by the US side", "a proposal, backed by the United Nations, to …"
                    for g in subtree(c):
                        if (g.dep_ == "pobj" and g.head.lower_ == "by") or (g.dep_ == "nsubj" and g.head.i == c.i):
                            proposers += ctx.table.resolve(p, g)
                if c.dep_ == "relcl" and _authored(c, written):
                    # "the plan Turkey drew up", "the accord both sides signed"; not "the deal Congress has to live
                    # with", "an agreement the rebels refused to sign": who merely meets a plan does not put it forward
                    for g in children_of(c):
                        if g.dep_ == "nsubj":
                            proposers += ctx.table.resolve(p, g)
            # "the Timorese proposal for a joint survey", "the Kenyan plan to share the fund": a plan told with what it
            # holds is introduced by the phrase, definite or not
            introduced_as = any(t.dep_ == "det" and t.head.i == tok.i and t.lower_ in ("a", "an") for t in mods) or (
                tok.lower_ in STRONG and _aim(ctx, p, tok, vocab.meeting) is not None)
            for t in mods:
                # "an Egyptian paper": a plan a demonym introduces is that state's, when it acts in the article ("the
                # Mexican offer" only points back at a plan named before, "Tunisian proposals" at none on the table)
                a = ctx.table.at(p, t.i) or (demonym_state(ctx, t) if t.head.i == tok.i and introduced_as else None)
                if a and t.dep_ == "poss" and t.pos_ == "PRON" and t.head.i == tok.i:
                    a = _whose(ctx, s, t, a, tok.head if tok.head.pos_ in ("VERB", "AUX") else tok.head.head)
                if a:
                    proposers.append(a)
            if not extra and all(t.i == tok.i or t.pos_ in ("DET", "PRON") for t in mods):
                acl = next((c for c in children_of(tok) if c.dep_ == "acl" and c.tag_ == "VBN"), None)
                aside = acl is not None and tok.i + 1 < acl.i and tokens_of(tok.doc)[tok.i + 1].text == "," and any(
                    kind.get(q.head, q.head) == head_kind for q in props)
                if acl is not None and not aside:  # "the agreement reached in Geneva in May" (but "the agreement,
                    # announced on Wednesday, grants …" only tells more of the agreement already named)
                    extra = subtree(acl, stop={"cc", "conj"})
                    described = True
            if not extra and tok.lower_ in STRONG and any(c.dep_ == "poss" for c in children_of(tok)):
                of = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
                if of is not None:  # "the employers' offer of a 50 per cent raise"
                    extra = subtree(of, stop={"relcl"})
            for c in children_of(tok):  # "a proposal to triple adaptation finance to $120 billion": the aim names it
                if c.dep_ in ("acl", "relcl") and tok.lower_ in STRONG and any(x.lower_ == "to" and x.dep_ == "aux" for x in children_of(c)) \
                        and (not extra or described) and not any(x.dep_ == "auxpass" for x in children_of(c)):
                    # the aim names it better than "backed by the UN"; "…, to be managed by X" is no aim
                    extra, described = _undated(_aim_words(c)), False  # ("a plan to settle arrears that it put at
                    # more than $1 billion": the aim, not what the clause says of its object)
            if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in putting and any(
                    c.dep_ == "neg" for c in children_of(tok.head)) and not any(c.dep_ == "poss" for c in children_of(tok)):
                continue  # "would not table a third text", "did not present a new offer": no plan put on the table
            if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and any(c.dep_ == "neg" for c in children_of(tok.head)) and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(tok)) and any(c.dep_ == "relcl" for c in children_of(tok)):
                continue  # "we will not accept a one-sided arrangement in which …": a plan supposed, not on the table (but
                # "will not sign a revised treaty unless …" is the one on it)
            if tok.lower_ in FORMS and any(c.dep_ == "prep" and c.lower_ == "of" and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in vocab.narrative for g in children_of(c)) for c in children_of(tok)):
                continue  # "the union's version of events" tells a story, not terms (stance.json ``narrative_nouns``)
            if _procedural(tok, vocab.meeting, step_heads):
                continue  # "ended with an agreement to meet again in Athens": an outcome of talks, not a plan
            worth = next((c for c in children_of(tok) if c.lower_ == "worth" and c.i > tok.i), None) \
                if not extra and tok.lower_ in STRONG | PLANS | {"package"} else None
            if worth is not None:  # "a reconstruction plan worth 45 billion CFA francs": named, and marked, by its sum
                tail = [t for t in subtree(worth, stop={"relcl", "acl", "appos"}) if t.i < next(
                    (x.i for x in subtree(worth) if x.text == "("), len(tokens_of(tok.doc)))]
                if any(NUMBERED.search(t.text) and not YEAR.fullmatch(t.text) for t in tail):
                    extra = tail
            words = [t.lower_ for t in mods + extra]
            if _revised_of(tok, revs) and (any(t.dep_ in ("poss", "amod", "compound", "nmod") for t in mods) or extra):
                words.append("original")  # "an amended version of her commission proposal": that proposal is the original
            if tok.lower_ in qualified and not set(qualified[tok.lower_]) & set(words) and not (
                    tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and (tok.head.lemma_.lower() in vocab.putting_forward
                                                                        or tok.head.lemma_.lower() == "table"
                                                                        # "we want a binding schedule": a settlement
                                                                        # a side demands, as "wants a binding agreement"
                                                                        or (tok.head.lemma_.lower() in demanding
                                                                            and bool(settling & set(words))))
                    and not any(c.dep_ == "neg" for c in children_of(tok.head)) and _put_by_side(ctx, s, tok.head, heads)):
                continue  # "a letter from the minister" is mail; "a revised side-letter" a proposal, as is "proposed a
                # timetable under which …": what a side proposes or tables (not what a draft "had set", nor a letter sent)
            ratified = tok.lower_ in legislation and tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in ratifying
            if ratified and tok.dep_ == "dobj" and not proposers:
                proposers = subjects(ctx, s, tok.head)  # "Kenya's parliament ratified a treaty": Kenya is party to it
            pending = _pending_bill(tok, vocab)  # "a bill that would bar …": a draft law by its very word
            if tok.lower_ in legislation and not set(words) & (drafted | revs) and not _revised_of(tok, revs) and not (
                    tok.dep_ == "dobj" and tok.head.lemma_.lower() in proposing) and not ratified and not pending:
                continue  # "a draft law", "the amended bill", "introduced a bill", "a revised draft of the X Protocol" are
                # proposed; "the 2017 law", "the wage bill", "the 1951 Mutual Defense Treaty" in force are not
            if tok.lower_ in lists and not (set(words) & listed and any(t.like_num for t in mods + extra)):
                continue  # "an 11-point list of demands", "a list of six demands" are one side's terms; "a list of names" not
            keys = {w for w in words if (NUMBERED.search(w) and not YEAR.fullmatch(w)) or w in ORDERED}
            keys |= _spelled_counts(mods)  # "a two-month ceasefire" is as marked as "a 60-day truce"
            first_put = False  # put forward "first": the original, though no word in its name says so
            keys |= {t.lower_ for t in mods + extra if t.pos_ == "PROPN" and not _of_actor(ctx, p, t)}
            if any(v.lemma_.lower() in putting and any(c.dep_ == "advmod" and c.lower_ in FIRST_ADVS for c in children_of(v))
                   for v in ([tok.head] if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else [])
                   + [c for c in children_of(tok) if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"]
                   + _copula_clauses(tok)):
                first_put = True
                keys.add("first")  # "Mr Mensah first presented his roadmap", "Washington initially proposed a deal",
                # "a phased plan Tokyo first tabled in November"
            if tok.lower_ in CONCLUDED:  # a signed accord is named by its year, its place and its parties
                parties, made_in = _signed(tok)
                keys |= {w for w in words if YEAR.fullmatch(w)} | made_in
                for g in parties:
                    proposers += ctx.table.resolve(p, g)
            said = [t.lower_ for t in mods] if described else words  # "… and revised in 2015" tells its story
            # "Canada sweetened its offer", "TfL raised its offer to 4.1%": what the verb makes is the side's revision
            reviser = tok.head if s.kind == "body" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" \
                and tok.lower_ in REVISABLE and tok.head.tag_ in ("VBD", "VBN", "VBZ", "VBP") \
                and tok.head.lemma_.lower() in vocab.revising and not any(
                    c.dep_ in ("neg", "auxpass") for c in children_of(tok.head)) and not FIRSTS & {t.lower_ for t in mods} else None
            # ("raised its original offer of 25% to 35%": what the verb starts from is the original, not the revision)
            is_rev = tok.lower_ not in step_heads and (  # a step of a process is never a revised plan
                bool(revs & set(said)) or any(" ".join(said).find(r) >= 0 for r in revs if " " in r) or reviser is not None)
            if reviser is not None and not proposers and not any(c.dep_ == "poss" for c in children_of(tok)):
                proposers = subjects(ctx, s, reviser)  # ("its offer" is whose the possessive says, below)
            # ("The bloc has proposed instead a 'cooperation and dialogue' text": a text a side puts forward, told by
            # its own words, is its plan; a bare "proposed a text" is left to what the article says next)
            forwarded = tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in proposing and not any(
                c.dep_ in ("neg", "auxpass", "nsubjpass") for c in children_of(tok.head)) and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(tok)) and any(
                t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("compound", "nmod") and t.head.i == tok.i for t in mods) \
                and bool(subjects(ctx, s, tok.head))  # (not "put a fair text on the table": a verdict, no words of its own)
            if tok.lower_ in ("text", "regime", "version", "document", "paper", "consensus") and not (
                    keys or is_rev or proposers or "draft" in words or forwarded):
                _remember(unnamed, tok, mods)
                continue
            if tok.lower_ == "resolution" and "draft" not in words:
                continue
            if tok.lower_ in ctx.lex.raw.get("rule_heads", []) and all(
                    t.i == tok.i or ctx.table.at(p, t.i) or t.pos_ in ("DET", "PRON", "PART", "ADJ") for t in mods + extra):
                continue  # "the Taliban regime" is who rules, not a proposed regime ("a sanctions regime")
            named_in = _named_what(tok, describing) if not proposers else None
            if named_in is not None and named_in.lemma_.lower() in proposing and not any(
                    c.dep_ in ("neg", "auxpass", "nsubjpass") for c in children_of(named_in)):
                proposers = subjects(ctx, s, named_in)  # "X put forward what it called a revised offer": X's
            if not proposers and tok.dep_ in ("npadvmod", "appos"):
                proposers = _summed_up_by(ctx, s, tok, proposing)
            # "they had agreed the outline of a budget plan", "the two parties backed plans for a motorway tunnel"
            backer = _backed_new(tok, vocab) if tok.lower_ in PLANS and s.kind == "body" else None
            if not proposers and backer is not None:
                proposers = subjects(ctx, s, backer)
            if not proposers and tok.dep_ in ("dobj", "pobj") and tok.head.pos_ in ("VERB", "ADP"):
                v = tok.head if tok.head.pos_ == "VERB" else tok.head.head
                # "Britain extended the ban", "Egypt wants a binding agreement": who imposes a measure or demands a
                # described settlement puts it forward (a bare "wants a deal" names none)
                asked = tok.head.lower_ in ("for", "on") if tok.dep_ == "pobj" else v.lemma_ not in ("call", "press", "push")
                # "turned down the revised proposal", "sent the draft back": a particle undoing the verb puts nothing forward
                # (a putting verb puts forward its object, not what it is "on": "made progress on a new deal"); who
                # "answered/came back with a draft law" put it forward (not who is urged "to return with a serious offer")
                put = (v.lemma_ in proposing and (tok.dep_ == "dobj" or tok.head.lower_ == "into")  # "turned it into an offer"
                       and not any(c.dep_ == "prt" and c.lower_ in UNDOING_PARTICLES for c in children_of(v))) \
                    or (tok.dep_ == "pobj" and tok.head.lower_ == "with" and v.lemma_ in responding and not any(
                        c.dep_ == "aux" and c.lower_ == "to" for c in children_of(v))) \
                    or (tok.lower_ in imposed and v.lemma_ in imposing) or (
                    # "Under an earlier draft …, the government had sought a 60 per cent cut": who asked for terms
                    # under a draft put that draft forward (not "Under the plan, Kyiv would cede …")
                    tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.lower_ in PLAN_WORDS
                    and v.lemma_ in demanding) or (
                    v.lemma_ in demanding and asked and any(t.i != tok.i and t.pos_ in ("ADJ", "VERB", "NOUN", "PROPN", "NUM")
                                                            and t.dep_ in ("amod", "compound", "nummod") and not
                                                  ctx.table.at(p, t.i) for t in mods))
                if v.pos_ == "VERB" and put and not any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(v)):
                    proposers = subjects(ctx, s, v)  # "we were handed a pay raise": not ours
            if not proposers and tok.i in given:  # 'answered with its own paper, which an official called the "X
                proposers = _put_by(ctx, s, tokens_of(tok.doc)[given[tok.i]], proposing, responding)  # Framework"'
            for c in children_of(tok):
                if c.dep_ == "poss" and c.pos_ == "PRON" and not proposers and tok.lower_ in pacts:
                    proposers = _owner(ctx, s, c, tok.head if tok.head.pos_ in ("VERB", "AUX") else tok.head.head)
                if c.dep_ == "acl" and c.pos_ == "VERB" and any(x.lower_ == "to" for x in children_of(c)):
                    extra = extra + [t for t in _undated(_aim_words(c)) if t not in extra]
            if kind.get(tok.lower_, tok.lower_) in CONCLUDED and tok.dep_ == "pobj" and tok.head.lower_ in topic_preps \
                    and any(t.dep_ == "amod" and t.lower_ == "new" for t in mods) and not is_rev:
                continue  # "talks on a new defence agreement": the settlement sought is what the talks are about, not a
                # plan on the table ("a new offer", "a new draft" are)
            # "a counter-offer" (split at its hyphen) is a plan by what it means; "the counter-proposal", "London's
            # counter-offer" with nothing more point back at one already told
            pieces = whole_words([tok])  # (the parser may hang "a" on "counter")
            self_made = _written(pieces) in selfmarked and (bool(extra) or any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for t in pieces for c in children_of(t)) or any(
                t.dep_ not in ("det", "poss", "case") and t.lower_ != "own" and t.head.i == tok.i and t not in pieces
                for t in mods))
            # "the final offer Canada Post presented on September 25": a plan a side put forward on a date is a version of
            # its own, even when the table does not know the side (a bare "circulated a proposal on Friday" is not told apart)
            put_on_date = tok.lower_ in PLANS and any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" for g in children_of(c))
                                                      for c in children_of(tok)) and bool(_dated(tok))
            # "Unite put forward a plan to cut overtime": a plan a side presents with its aim is on the table, named
            # by that aim, whoever the side is
            presented = tok.dep_ == "dobj" and tok.lower_ in STRONG and tok.head.pos_ == "VERB" and (
                tok.head.lemma_.lower() in vocab.presenting or " ".join([tok.head.lemma_.lower(), *(
                    c.lower_ for c in children_of(tok.head) if c.dep_ == "prt")]) in vocab.presenting) and not any(
                c.dep_ in ("neg", "auxpass") for c in children_of(tok.head)) and _aim(ctx, p, tok, vocab.meeting) is not None
            # "would no longer oppose a city plan to cap rents": a plan brought in with whose kind it is and its aim
            owned_aim = tok.lower_ in STRONG and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(tok)) \
                and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in children_of(tok)) and any(
                    c.dep_ == "acl" and any(x.dep_ == "aux" and x.lower_ == "to" for x in children_of(c)) for c in children_of(tok))
            dubbed = _dubbed(tok, vocab.naming)
            if dubbed and not proposers:  # 'a middle route, dubbed the "Cormack compromise"': the plan bears its author's name
                proposers = [a for t in mods if t.i != tok.i and t.text[:1].isupper()
                             for a in ctx.table.resolve(p, t) or _surnamed(ctx, t.text)][:1]
            # "the mediator's final proposal": a plan owned by a side the table does not know is still that side's
            owner_word = next((c for c in children_of(tok) if c.dep_ == "poss" and c.pos_ == "NOUN" and not ctx.table.at(p, c.i)
                               and c.lower_ not in heads), None) if tok.lower_ in STRONG and not proposers else None
            marked = bool(keys) or bool(proposers) or bool(markers & set(words)) or is_rev or self_made or proper is not None \
                or dubbed \
                or tok.lower_ in processes or pending or presented or owned_aim \
                or put_on_date or (
                tok.lower_ in STRONG and any(c.dep_ == "poss" for c in children_of(tok))) or (
                tok.lower_ in STRONG and any(YEAR.fullmatch(w) for w in words))  # "the 2007 autonomy initiative"
            aim_alias = ""  # "Addis Ababa's proposal for commercial access to the sea": also told by what it is for
            # (even when X's; "framework" marks other plans, not its own head: "a framework for resolving disputes")
            if not extra and tok.lower_ in PLANS and not (keys or is_rev or markers & (set(words) - {tok.lower_})):
                aim = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "for"), None)
                if aim is None and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in putting:
                    # "tabled a proposal on Tuesday for joint monitoring": the parser hangs the aim on the verb
                    aim = next((c for c in children_of(tok.head) if c.dep_ == "prep" and c.lower_ == "for" and c.i > tok.i), None)
                tail = subtree(aim, stop={"relcl", "acl", "advcl"}) if aim is not None else []
                figures = {t.lower_ for t in tail if NUMBERED.search(t.lower_) and not YEAR.fullmatch(t.lower_)}
                if figures and not any(ctx.table.at(p, t.i) for t in tail[:2]):
                    # "a proposal for a development fund of 30 million soles": named by what it is for, with its figure
                    extra, keys, marked = tail, keys | figures, True
                    words += [t.lower_ for t in tail]
                elif aim is not None and _for_an_aim(ctx, p, aim, vocab.meeting):
                    aim_alias = compact([tok, *tail], 8)
            # "… had agreed to hold a customary ceremony …" … "the ceremony plan": the plan named by what it does is
            # that act, undertaken before
            by_act = next((c for c in children_of(tok) if c.dep_ == "compound" and c.pos_ == "NOUN"), None) \
                if not marked and tok.lower_ in PLANS and s.kind == "body" else None
            act = undertaken.get(by_act.lemma_.lower()) if by_act is not None else None
            if act is not None and (act[1].i < tok.i if act[0] is s else act[0].start < s.start):
                s0, verb, x, who = act
                name = f"{by_act.lower_} {tok.lower_}"
                q = next((r for r in props if r.name.lower() == name), None)
                if q is None:
                    q = _Prop(name, set(), tok.lower_, False, proposers=list(who), aliases={_act_text(x, 12)},
                              mentions=[_span(s0, verb)])
                    props.append(q)
                q.mentions.append(_span(s, tok))
                made.add(tok.i)
                continue
            if not marked:
                _refer(tok, mods, props, kind, s)
                _remember(unnamed, tok, mods)
                continue
            settled = bool(settling & set(words))  # "a binding code of conduct"
            if tok.lower_ not in named_alone and not (keys or proposers or is_rev or settled or pending or proper is not None or dubbed
                                                 or ("draft" in words and tok.lower_ not in undrafted)):
                continue
            if proper is not None:  # "a draft circulated in April, known as X": the description stops before its name
                edge = naming_verb.left_edge.i
                extra = [t for t in extra if t.i < edge]
                while extra and extra[-1].is_punct:
                    extra = extra[:-1]
            # "the Labour Court's proposals": a possessor of several words is named whole ("Labour Court proposals"),
            # never by the words before its head alone ("Labour proposals"); a one-word possessor goes ("RABAT'S")
            # ("IG Metall's own proposal" is "IG Metall proposal": "own" only stresses whose it is)
            toks = [t for t in mods if (t.dep_ != "poss" or _named_possessor(t)) and t.lower_ not in ("'s", "\u2019s")
                    and not (t.lower_ == "own" and t.head.i == tok.i)] + extra
            name = compact(toks, 10)
            name = _unpointed(name)
            name = re.sub(r"^so-called\s+", "", name, flags=re.I)  # "the so-called X" names X itself
            if reviser is not None and not revs & set(name.lower().split()):  # "sweetened offer", "revised proposal"
                name = f"{reviser.lower_ if reviser.tag_ in ('VBD', 'VBN') and reviser.lower_.endswith('ed') else 'revised'} {name}"
            if name.lower() == tok.lower_ and proposers and not (backer is not None and aim_alias):
                # "Mr Mensah presented his roadmap" → "Mensah roadmap"; a plan a side puts forward ("the mediator,
                # Elaine Fortier, put forward a proposal") is named by the side's short name even with no other mark
                introduced = tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in proposing \
                    and any(t.head.i == tok.i and ((t.dep_ == "det" and t.lower_ in ("a", "an")) or t.lower_ == "own")
                            for t in mods)  # ("put forward its own plan": as new as "a plan")
                short = (_short(ctx, proposers[0]) or (proposers[0] if introduced else "")) if keys or introduced \
                    else proposers[0] if len(proposers[0]) <= 12 else ""  # ("Britain floated a compromise": the
                # side's whole name when it has no short one, "United Kingdom compromise")
                # (a bare "our offer" in a quote points back at the side's plan: no new name for it)
                if short or keys or tok.lower_ in own_named:  # "X first put forward a proposal": X's
                    name = f"{short or proposers[0]} {name}"  # "the Quad … set out its roadmap" → "Quad roadmap"
            if pending and name.lower() == tok.lower_:  # "a bill that would bar occupiers …": named by what it would do
                # (or by what the article says of it: "the bill, which the government calls the X Law")
                name = compact([tok, *(t for c in children_of(tok) if c.dep_ in ("acl", "relcl") for t in subtree(c))], 10)
            described_as = ""
            proper_keys: set[str] = set()
            if proper is not None:  # the plan is named by its proper name; what describes it is an alias
                described_as = name if name.lower() != tok.lower_ else ""
                name = _name_of(proper)
                proper_keys = {t.lower_ for t in subtree(proper) if t.pos_ == "PROPN" and t.i <= proper.i}  # its own
                # words keep it once named, but do not tell it from the plan it describes ("Under the plan, which
                # officials have called the X package": the offer told before)
                for t in children_of(proper):  # "which the tour calls its X framework": the tour's
                    if not proposers and t.dep_ == "poss":
                        proposers = _owner(ctx, s, t, naming_verb) if t.pos_ == "PRON" else ctx.table.resolve(p, t)
            if (presented or backer is not None) and name.lower() == tok.lower_ and aim_alias:
                name = aim_alias  # "submitted a framework for resolving disputes": named by what it is for
            if not name or name.lower() == tok.lower_ and not self_made:
                _refer(tok, mods, props, kind, s)
                continue
            colon = next((t.i for t in s.tokens if t.text == ":" and t.i < tok.i), None)
            if colon is not None and last_in_sentence.get(s.idx) is not None and last_in_sentence[s.idx][0] < colon:
                host = last_in_sentence[s.idx][1]  # "its roadmap: a three-month truce …" describes the roadmap
                host.aliases.add(name)
                made.add(tok.i)
                continue
            proposers = list(dict.fromkeys(proposers))
            prev = last_in_sentence.get(s.idx)
            # "a revised proposal for a 60-day joint ceasefire": the pact the plan is for is what the plan says
            aim_of = tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lower_ in PLANS
            if (tok.dep_ == "appos" or aim_of) and prev is not None and prev[0] == (tok.head.head.i if aim_of else tok.head.i) \
                    and not is_rev and not _other_step(keys, prev[1].keys):  # "first phase …, second phase delayed": two
                host = prev[1]  # "the X roadmap, a 12-point draft prepared by Y": one proposal, described twice
                if name.lower() != host.name.lower():
                    host.aliases.add(name)
                host.keys |= keys
                host.proposers += [x for x in proposers if x not in host.proposers]
                made.add(tok.i)
                continue
            sp = _span(s, tok)
            target = None
            generic = not keys - {"latest"} and not is_rev and tok.lower_ in PLANS and (
                "latest" in words or "new" in words or "current" in words)
            if generic:  # "the latest proposal", "Rabat's new offer": the plan (of that camp) most recently named
                target = next((q for q in reversed(props) if q.head in PLANS and (
                    not proposers or not q.proposers or ctx.table.camp(proposers) & ctx.table.camp(q.proposers))), None)
            elif tok.lower_ in PLANS and described and not is_rev and not keys and _bare_definite(tok, mods) and (target := next((
                        q for q in reversed(props) if kind.get(q.head, q.head) == head_kind and (
                            not proposers or not _sided(ctx, q.proposers)
                            or ctx.table.camp(proposers) & ctx.table.camp(q.proposers))), None)) is not None:
                pass  # "a revised contract offer from the authority" … "the offer tabled by the authority last week": the
                # definite description of the offer just named, not a second one
            elif proper is not None and tok.lower_ in PLANS and not is_rev and not keys and _bare_definite(tok, mods) \
                    and not self_made and any(t.lower_ in ("the", "this", "that") for t in mods) and (
                    # ("responded with a counter-proposal, which the junta called the X Memorandum": a new plan)
                    target := next((q for q in reversed(props) if q.head in PLANS and q.mentions and (
                        not proposers or not q.proposers or ctx.table.camp(proposers) & ctx.table.camp(q.proposers))),
                                   None)) is not None:
                pass  # "The offer was put to them on Tuesday. Under the plan, which officials have called the X package,
                # …": the plan just told, now with its name
            elif tok.lower_ in anaphoric_forms and props and not is_rev and not (
                    keys & ORDINALS or any(NUMBERED.search(k) for k in keys)) and (
                    not proposers if tok.lower_ == "version" else described and _bare_definite(tok, mods)):
                target = props[-1]  # "the version presented in Geneva", "the text published by the ministry": a version
                proposers = []  # of what was just named (its publisher need not be its author)
            for q in ([] if target else props):
                if q.name.lower() == name.lower():
                    target = q
                elif keys & (q.keys - kind_names) and not is_rev and not q.revision and not _other_step(keys, q.keys) \
                        and ((tok.lower_ in step_heads) == (q.head in step_heads) or q.head in words
                             or tok.lower_ in re.split(r"[\s-]+", q.name.lower())):  # a plan's "first phase" is not the plan (but "the first
                    # phase" is "the first-phase agreement")
                    target = q
                elif keys & FIRSTS and q.keys & FIRSTS and not is_rev and not q.revision and not _other_step(keys, q.keys) \
                        and (kind.get(q.head, q.head) == head_kind or {q.head, tok.lower_} & GENERIC) \
                        and (not proposers or not q.proposers or ctx.table.camp(proposers) & ctx.table.camp(q.proposers)):
                    target = q  # "the draft it revises" … "the first draft", "the initial text": one original, said twice
                elif settled and not is_rev and not q.revision and kind.get(q.head, q.head) == head_kind \
                        and set(q.name.lower().split()) & set(words) & settling:
                    target = q  # "a legally binding agreement" … "a binding deal": one settlement asked for
                elif is_rev and q.revision and (q.head == tok.lower_ or {q.head, tok.lower_} & GENERIC or (
                        kind.get(q.head, q.head) == head_kind and not (
                            proposers and q.proposers and not ctx.table.camp(proposers) & ctx.table.camp(q.proposers))) or (
                        q.head in STRONG and tok.lower_ in STRONG and proposers and q.proposers
                        and ctx.table.camp(proposers) & ctx.table.camp(q.proposers))):
                    target = q  # "a revised version tabled by the EU" … "the revised offer": one revision
                elif q.head == tok.lower_ and proposers and ctx.table.camp(proposers) & ctx.table.camp(q.proposers) and not keys \
                        and not (is_rev and not q.revision):  # (the side's revised roadmap is not its roadmap)
                    target = q  # "the employers' offer …", later "a fair and generous offer": one offer
                elif q.head == tok.lower_ and proposers and not q.proposers and not q.revision and not is_rev \
                        and keys <= FIRSTS and all(t.i == tok.i or t.dep_ in ("det", "poss", "case") for t in mods) \
                        and sum(r.head == q.head and not r.revision for r in props) == 1:
                    target = q  # "the government's offer to cut the increase" … "a revised version of its offer": the one
                    # offer named so far, now with its side
                elif is_rev and not q.revision and {k for k in keys if NUMBERED.search(k)} == _numbers(q) \
                        and _numbers(q) and (not proposers or not q.proposers
                                             or ctx.table.camp(proposers) & ctx.table.camp(q.proposers)):
                    target = q  # "its N105,000 wage offer" … "the improved offer of N105,000": one figure, one offer
                if target:
                    break
            dated = _dated(tok)  # "the first draft, presented in January": when it came names the version
            keys |= {w.lower() for w in dated}
            if target is None and s.kind == "body" and not is_rev:
                target = _headline_plan(ctx, headlined, head_kind, kind, keys, proposers)
            if target is None:
                target = _Prop(name, keys, tok.lower_, is_rev)
                if s.kind == "headline":
                    headlined.append(target)
                if not keys and not is_rev and not self_made and unnamed.get(tok.lower_, name).lower() != name.lower():
                    target.aliases.add(unnamed.pop(tok.lower_))
                given_to = _dubbed_thing(tok) if dubbed else None
                if given_to is not None:  # 'a middle route, dubbed the "X compromise"': also the middle route
                    target.aliases.add(_unpointed(compact(subtree(given_to, stop={"relcl", "acl", "appos", "prep"}), 6)))
                asks = _asks(tok, ctx.lex.raw.get("asking_verbs", []))
                if asks:  # "the Commission's opening offer had asked New Delhi to cut its duty on cars"
                    target.aliases.add(asks)
                if set(name.lower().split()) - {tok.lower_} <= bare_version:
                    change = _what_it_does(tok, changing)
                    if change:  # "a revised version … added a retraining fund of $150 million": named by what it changes
                        target.aliases.add(change)
                if is_rev:
                    base = next((q for q in props if not q.revision and ("original" in q.keys or q.keys)), None) \
                        or next((q for q in props if not q.revision), None)
                    target.revision_of = base.name if base else None
                props.append(target)
            elif name.lower() != target.name.lower():
                target.aliases.add(name)
            if first_put and not FIRSTS & set(" ".join([target.name, *target.aliases]).lower().split()):
                target.aliases.add(f"original {tok.lower_}")  # "the proposal New Delhi first circulated last year"
            if aim_alias and aim_alias.lower() != target.name.lower():
                target.aliases.add(aim_alias)
            if described_as and described_as.lower() != target.name.lower():
                target.aliases.add(described_as)  # "the Debt Sustainability Framework" is the government's own plan
            if held := after_colon(tok) or ("" if target.aliases else _held_under(tok)):
                target.aliases.add(held)  # (what "Under …," says names only a plan told by nothing else yet)
            if dated and not any(w.lower() in target.name.lower() for w in dated):
                target.aliases.add(f"{' '.join(dated)} {tok.lower_}")  # "January draft"
            for w in sorted(made_in):
                if w not in target.name.lower():
                    target.aliases.add(f"{w.title()} {tok.lower_}")  # "the agreement signed in Cairo" = "Cairo agreement"
            for who in proposers:
                short = who if len(who) <= 12 else None
                if short and short.lower() not in name.lower():
                    target.aliases.add(f"{short} {tok.lower_}")  # "E3 offer": who proposed it, in few words
            target.keys |= keys | proper_keys
            target.proposers += [x for x in proposers if x not in target.proposers]
            target.presented |= presented or owner_word is not None
            if owner_word is not None and not target.proposers and not target.aliases:
                target.aliases.add(f"{owner_word.lower_} {tok.lower_}")  # "mediator proposal"
            if s.kind == "body":
                target.mentions.append(sp)
            last_in_sentence[s.idx] = (tok.i, target)
            made.add(tok.i)
    props[:0] = [q for q in _proposed_that(ctx, sents) if not any(q.name == r.name for r in props)]
    props += _agreed_to(ctx, sents, props, kind)
    props += [q for q in _asked_figures(ctx, sents) if not any(  # (a figure already named as a plan's: that plan)
        m.start <= q.mentions[0].start < m.end for r in props for m in r.mentions)]
    for q in _put_forward(ctx, sents, heads):
        if any(q.mentions[0].start == m.start for r in props for m in r.mentions) or any(
                q.name.lower() in a.lower() for r in props for a in [r.name, *r.aliases]):
            continue  # ("proposed setting up a joint commission": the proposal already told by what it proposes, as is
            # the working group "the sides agreed to set up" in "the agreement to set up a working group")
        revisions = [r for r in props if r.revision] if revs & set(q.name.lower().split()) else []
        host = next((r for r in revisions if ctx.table.camp(r.proposers) & ctx.table.camp(q.proposers)), None) or (
            revisions[0] if len(revisions) == 1 and not revisions[0].proposers else None)
        if host is not None:  # "the Indian side tabled revised terms": the side's revision, in other words (or the one
            host.aliases.add(q.name)  # revision nobody was named behind: "… revised terms. Under the amended proposal")
            host.proposers = host.proposers or q.proposers
            continue
        props.insert(0, q)
    for q, at in _summed_up(ctx, sents):
        if not any(m.start in at for r in props for m in r.mentions):
            props.append(q)  # (a plan the clause already tells, "he suggested phasing in …, an idea …", is that plan)
    fresh: list[_Prop] = []
    for q in _offered_to(ctx, sents):
        if _fold_into_revision(ctx, sents, q, props):
            continue
        # an offer named as one already is (the "China offer" the body then tells) adds what it offers
        same = next((r for r in props if q.name.lower() == r.name.lower()), None)
        if same is not None:
            same.aliases |= q.aliases
        elif q.head != "ready" or q.presented:  # (a side merely "ready to" do something makes no offer of its own:
            fresh.append(q)  # measured, mostly not the article's proposals; ready on a condition, it does)
    props[:0] = fresh
    for q in props:  # what a colon after a plan's first mention says it holds ("floated a compromise: doubling …")
        if (gloss := _colon_gloss(ctx, sents, q)) and gloss.lower() not in q.name.lower():
            q.aliases.add(gloss)
        if (rel := _relative_gloss(ctx, sents, q)) and rel.lower() not in " ".join([q.name, *q.aliases]).lower():
            q.aliases.add(rel)  # what a relative clause says it would do ("a plan that would cap rents")
    for q in [*_conditional_offers(ctx, sents), *_called_what(ctx, sents)]:
        if any(m.start <= q.mentions[0].start < m.end for r in props for m in r.mentions) or any(
                q.name.lower() in a.lower() for r in props for a in [r.name, *r.aliases]):
            continue  # (the offer already told: "offered a 15 percent haircut" … "would accept a 15 percent haircut if")
        props.append(q)
    revisable = (PLANS | set(legislation) | named_by_of) - step_heads - set(lists)
    for q in props:  # a revision revises the original plan, wherever the article names it
        if q.revision:
            first = q.mentions[0].start if q.mentions else 0
            # a revision revises its own side's plan: "the revised wage offer" is not a revision of the governor's offer
            # (and a plan, not a step of one: "left out of the first phase" is no original)
            sided = _sided(ctx, q.proposers)
            own = [b for b in props if b.head not in step_heads and (b.head not in lists or q.head in lists) and (not _sided(ctx, b.proposers) or not sided
                   or ctx.table.camp(b.proposers) & ctx.table.camp(q.proposers))]
            before = [b for b in own if not b.revision and b.head in revisable and b.mentions
                      and b.mentions[0].start < first]  # ("a revised version of the memorandum": the draft memorandum)
            firsts = [b for b in own if not b.revision and b.keys & FIRSTS]
            keyed = [b for b in own if not b.revision and b.keys]
            same = kind.get(q.head, q.head)
            # an offer revises "the first offer" over "the previous deal", a package the package of its kind; a plan
            # that cannot be its kind's original ("the first deal with official creditors" for a revised offer) is none,
            # unless someone put it forward ("Washington initially proposed a five-year agreement")
            base = next((b for b in firsts if kind.get(b.head, b.head) == same), None) or next(
                (b for b in firsts if _fits(b.head, q.head, kind) or b.proposers), None) or (
                # "a Turkish draft …" then "a revised version": the version revises the draft just named
                max(before, key=lambda b: b.mentions[0].start) if q.head in GENERIC and before else None) or next(
                (b for b in keyed if kind.get(b.head, b.head) == same), None) or next(
                (b for b in keyed if _fits(b.head, q.head, kind)), None) or next(
                (b for b in own if not b.revision and b.head in PLANS), None)
            if base is not None:
                q.revision_of = base.name
            elif (init := next((b for b in props if b.name == q.revision_of), None)) is not None and (
                    not init.proposers and not _fits(init.head, q.head, kind) or _rival_bodies(ctx, init, q)):
                q.revision_of = None  # (the plan first guessed cannot be this revision's original either, nor another
                # side's: "Sky raised its offer" revises no plan of the league's)
    props = _one_revision_each(ctx, props)
    props = _restatements(ctx, props)
    revised_forms = {v + ("d" if v.endswith("e") else "ed") for v in vocab.revising}  # "raised offer" names no original
    props += _implied_originals(ctx, sents, props, revs | {"new", "latest", "improved"} | revised_forms, putting)
    revised = {q.revision_of for q in props if q.revision}
    out = []
    for q in props:
        if not q.mentions:
            continue
        named = {k for k in q.keys if k not in ORDERED}
        if len(q.mentions) == 1 and not q.proposers and not named and not q.revision and q.name not in revised and not q.presented \
                and not YEAR.search(q.name) and not set(q.name.lower().split()) & standalone \
                and q.head not in processes and q.head not in vocab.bills:  # ("a vote on a bill that would …" once)
                # "the 2007 initiative", "a legally binding code of conduct", "the single draft text" are proposals of
                # their own (a draft is a text on the table even when the article names it once, a counter-offer too)
            continue  # a passing "the original framework" with nobody behind it is not a proposal of the article
        if q.name in revised and not q.revision and q.head in REVISABLE and not FIRSTS & set(
                " ".join([q.name, *q.aliases]).lower().split()):
            q.aliases.add(f"original {q.head}")  # what a later version revises is the original, however it was named
        kept: list[str] = []
        budget = 20 - len(q.name.split())
        for al in sorted(q.aliases, key=lambda a: (len(a), a)):  # the facts view reads name + aliases as one short label
            if f" {al.lower()} " in f" {q.name.lower()} ":
                continue  # "NHS Employers offer" beside "NHS Employers offer to halve pay gap" says nothing more
            if len(al.split()) <= budget:
                kept.append(al)
                budget -= len(al.split())
        # a reader names a plan by who put it forward ("the Boulos plan", "the UNSMIL roadmap"): each proposer's
        # short name, when no word of the label holds it yet and the label has room left after what it says
        for who in q.proposers:
            short = _short(ctx, who)
            label = " ".join([q.name, *kept]).lower()
            alias = f"{short} {q.head if q.head != 'ready' else 'offer'}"
            if short and short.lower() not in label and len(alias.split()) <= budget:
                kept.append(alias)
                budget -= len(alias.split())
        q.aliases = set(kept)
        out.append(ProposalRecord(name=q.name, aliases=sorted(q.aliases), proposers=q.proposers,
                                  revision_of=q.revision_of, mentions=q.mentions))
    return out
