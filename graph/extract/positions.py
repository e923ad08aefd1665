"""Positions: who supports, opposes, is mixed on, or conditionally accepts what.

From stance verbs ("objected to", "welcomed", "rejected") and evaluative phrases ("not
acceptable", "looks better", "could serve as a basis"). The holder is the verb's subject or the
speaker of the sentence; the target is the verb's object, or the subject the evaluation is
predicated of, or the object of a preposition ("attitude towards a number of proposals").
Also read: judgements ("called the offer 'a real opening' but said …" is mixed), refusals with a
modal ("could not accept"), threats conditioned on a measure, harms warned of, asks made of others
("wants Kabul to accept X": the one who wants holds it). Vocabulary: lexicon.json and stance.json.

Refusals in the passive ("rice will not be traded"), "X but that Y"
as two stances of one speaker, partial acceptance ("much of the report") as mixed, backing won ("the
plan won the backing of X"), asks to assent ("urged both sides to agree to arbitration"), holding out
"until" something happens, conditions the parser hangs on a time clause or reads "once" as an adverb,
things that "would reopen only once …" as the speaker's condition, "it"/"the industry" in a speaker's
report as the speaker's side, and no stance on outcomes ("would not tolerate violence") or denials.

Any negated will/would act with an object is a refusal ("would not pay a premium"),
except saying/knowing verbs (stance.json ``non_commitment_verbs``), with "while the law stays" adding what
is refused and "until"/"unless" making it conditional; pseudo-clefts ("What we will not do is repeal …");
scornful labels in an apposition or complement ("called the freeze 'a cosmetic pause'"); a descriptor
("the bloc", "the state") in what a person reports is that person's side; "accepted A while rejecting B";
a bare "it" naming the document of the sentences before; "only then" conditions; the one "committed to" X
holds it, not its reporter; two stances of one holder in one sentence stay two.

Any act a subject would/will do to an object on its own condition is a
conditional position on that act ("would shelve the referendum only if …"), unless a warning or threat
frames it; "would back X if …" is conditional too; "the guild" names the one actor whose name has that word;
wanting a settlement backs it ("want a single package"); "insisted on treating X" backs the act; a stance
verb in a relative clause takes the noun it hangs on ("an idea the federation rejected"); stance verbs
inside "until" clauses are conditions; praise predicated of X then "but did not …" is mixed; backing a
walkout or strike is a stance (stance.json ``backable_actions``), staying out of a dispute is none.

A stance verb under "should"/"must" in a report is the reporter's ("said the
Commission should not accept a deal": against the deal); an indefinite object keeps the clause saying which one
("a contract that lets studios …"); "that line", "the move" take what the same side says next in the paragraph;
a judgement in a clause hung on a noun is its subject's ("a remark X described as provocative": X against what
was remarked); what a condition asks the other side to give up is opposed beside the conditional; praise and
reproach of one thing in one judgement is mixed; scornful and approving adjectives as broad families;
terms laid down ("any undertaking has to …", "no deal without …", "no deal while …": conditional);
a bare "that" object is what the sentence before said; "declined to endorse" negates; hedges ("in
principle", "with reservations") make a backing conditional or mixed; "a step the government resisted" is
the act it is set beside; "X is against/in favour of Y" for actors only; refusing to cross, block or break
a thing backs it (stance.json ``breaking_verbs``); praise inside a clause on those punished ("sanction officials
who 'take concrete steps towards secession'") turns round; "X was a precondition for Y" makes X a condition;
a stance in the passive is the agent's ("was rejected by Kosovo's government"); "it" under a body's own report
is that body ("ESLA said it would consider it only if …"); asking others to scrap or avoid a thing opposes it
(stance.json ``killing_verbs``); promising to take part backs what is joined (``participation_verbs``);
welcoming part of a text but refusing the document is mixed.

Weighty words ("important", "vital": stance.json ``evaluative_judged``) are a verdict only
in a label given to a named object ('called the agreement "the most important step"'); a quoted passive verdict
('said the list was "inflated with names"') opposes its subject; "distanced itself from X" opposes X; an aside in a
"which/who" clause ("the ruling, which found the claims had no legal basis"; "the US, which is not a party to the
roadmap") is no verdict of the speaker; what "both sides" would do on a condition is procedure, no one's position;
backing a person ("backed Marsh", even where the parser reads "backed Marsh" as a noun phrase) is a stance on that
person and the position the article gave them; one holder for and against one target in one sentence is dropped.

From the paraphrase sweep (tests/test_positions.py ``SWEEP``): a condition phrase the parser hangs on the verb, or under
"said" on the reporting verb ("would sign the deal provided that …", "on condition that", "as long as") conditions the
act; a label with one word let in after its article ("a serious step forward"); nominal stances ("Morocco's rejection
of", "Kenya's endorsement of", "voiced concerns over"); a relative clause the parser labels acl ("an offer that
officials described as …") and one whose subject is no actor gives no position; "backed X but said it must …" is
conditional (terms on someone else stay a plain backing); "was committed/opposed to X" read as a passive verb; what
"could only go ahead/proceed if …" (stance.json ``commitment_verbs_more``) is the speaker's condition.

A harm said of a measure is opposition to it whether a harm verb, a state brought
about ("would make any deal harder", stance.json ``harm_states``) or a cost pushed up (``harm_raised_nouns``), also in
a second reported clause; a verdict whose subject is a relative pronoun is on the noun the clause hangs on; an aside by
a body named by a descriptor ("which the association says …") is that body's; an object-less act ("would sign only if")
signs the document named just before (``bare_act_verbs``); "that version" after a proposal is that proposal; "a step
X opposed" set beside a call is what the call asks (``asking_nouns``); "would consider X once …", "ready to study it,
but only after …" (``weighing_verbs``), "would begin handing over X only once …" (``phase_verbs``), "will stay shut until
…" (``closed_states``) are conditional, and so is any act one is "ready/prepared to" do on one's own condition ("ready
to renew the pact only if …"); "running the mine through a state company, an idea X opposed": the means the pointer
hangs on is part of the act; "use the powers … and send it to arbitration" names what the means are for
(``instrument_nouns``); a verb's own preposition set apart ("lobbied hard against", "rely instead on") still counts.

A verdict inside a generic frame ("an act of aggression", ``verdict_frames``);
infeasibility adjectives ("impossible to track") and "not on/off the table" oppose; "though not yet a solution",
"but short of" are reservations; "welcomed X but could not sign until …" withholds assent (conditional/mixed);
refusing to give an undertaking (``assurance_nouns``) and vowing to fight/block a proposal (``fighting_verbs``)
oppose; a frame nested in another's content owns its words; a bare "the demand" points back to the ask before it;
"it" in a coordinated clause is the first clause's object; no stance from reduced relatives ("agreements reached"),
past "nobody signed", expectations of others ("expects X to …"), or "both sides described the talks as …".

"falls short" is a reservation (mixed), and so is a limit said of the thing backed
after "but" ("welcomed the changes but said they covered only two points"); a particle after the object still makes the
verb ("turned it down"); undoing asked of another names what is undone ("urged Budapest to lift its veto", "lift it"
after "the ban"; "not to reverse it" backs it); a refusal inside an ask of another is the ask's terms; forecasts of
another's stance ("economists expect X to resist") and "nobody has …" without a modal are none; an account labelled
false ("rejected the accusation as fabricated") is a denial; hyphenated verdicts are read whole ("one-sided"); "the only
way out", "the most the Board can pay" back what they are said of; a harm in the passive ("being squeezed by the
expansion") or in a quote ('"A boycott hurts farmers first," he said') opposes what does the harm.

Asking another to take up a way to settle backs it ("urged X to refer the dispute to arbitration", "appealed to both
sides to return to talks": stance.json ``asked_process_nouns``, ``appeal_verbs``); "demanded that the bank accept X" is
the demander's stance, not the bank's; "would consider the proposal" is mixed; '"This is a fair offer"' is on the offer;
refusing what lacks a term ("an accord that does not protect X", ``unmet_terms_patterns``) is conditional; a person
titled by a body's initials ("CUPW president X") is in its camp, and a side's stance on one head word said again later
is one position.

"neither … nor" denies a verdict like "not"; a refused act with an actor object keeps the act ("would not negotiate
with the PKK"); "X is a risk we cannot accept" refuses X; joined praise ("a serious and realistic offer") names the
predicate noun; "would not join any further strikes" opposes what is joined; "wants a balanced relationship" backs it.

A pointing target ("the idea", "that plan") takes a stance's target of its own sentence or the one before (never a quoted
vow), else what a sentence just before put forward ("proposed that …", "a proposal of its own: a joint zone"), else stays
bare; "that condition" is the obligation set before it ("would have to scrap X"); only "that line" and a pointer with no
antecedent take the same side's next stance in the paragraph.

A stance phrase ends where a word ends ("illegal" is no verdict inside "crossed the border illegally"; "illegally
obtained" judges what was obtained); a sentence's condition cue is on the stance verb it hangs under ("welcomed X but
could accept Y only if …": Y on terms, X welcomed), and backing one thing beside terms on another are two stances; "but
would not agree to Y" withholds nothing from X when Y is another matter.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from spacy.symbols import ADJ, NOUN, VERB

from graph.extract.actors import ActorTable
from graph.extract.common import (
    FINITE,
    FIRST_PERSON,
    OFFER_MODALS,
    Context,
    after_colon,
    compact,
    evidence,
    kind_word,
    subtree,
)
from graph.extract.common import subjects as _clause_subjects
from graph.extract.paragraphs import Sentence, children_of, subtree_of, tokens_of
from graph.extract.speech import QUOTES, Frame
from graph.records import PositionRecord

STOP = {"relcl", "advcl", "ccomp", "appos"}
# what an act with no object keeps of its adverbs: "would go further", "will come back", "would press ahead"
BARE_ACT_ADVERBS = frozenset({"further", "back", "ahead", "forward", "on", "home"})
NOBODY = {"nobody", "none", "noone"}
NOBODY_NOTHING = NOBODY | {"nothing"}  # a subject naming no one and nothing ("none of the offers", "nothing about X")
INDEFINITE = {"anything", "something", "everything", "nothing", "any", "whatever"}
# a denial just before a phrase: 'was "not a solution"', "neither fair nor useful"
NOT_BEFORE = re.compile(r"\b(?:not|never|hardly|neither|nor)\W*(?:(?:a|an|the)\s+)?$")
COND = re.compile(r"\b(only if|unless|provided that|on condition that|as long as|only after)\b", re.I)
# "provided they were reviewed", "provided it is binding": a bare "provided" opening a clause
PROVIDED = re.compile(r"\bprovided(?: that)?(?= (?:they|it|we|he|she|both|all|each|such)\b)", re.I)


@functools.lru_cache(maxsize=4096)
def _whole_name_re(name: str) -> re.Pattern[str]:
    """A name as a whole word (compiled once: ``_titled_camp`` tries every actor's names on every title)."""
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")


@functools.lru_cache(maxsize=1024)
def _phrase_re(phrase: str) -> re.Pattern[str]:
    """A stance phrase whose words may be spread by the blanks left where quote marks were, ending where a word
    ends: a plural "s" is let in, and an adverb's "ly" ("illegally"), which passes a verdict only on a passive's
    subject (see ``extract_positions``)."""
    return re.compile(r"\s+".join(re.escape(w) for w in phrase.split()) + r"(?:e?s|ly)?(?![a-z])")


@functools.lru_cache(maxsize=1024)
def _loose_re(phrase: str) -> re.Pattern[str]:
    """A label phrase ("a step forward") with one word let in after its article ("a serious step forward");
    "a"/"an" follow the word let in. Labels of three words or more only: "a coup" must not take "a military coup"."""
    rest = r"\s+".join(re.escape(w) for w in phrase.split()[1:])
    return re.compile(rf"\ban?\s+(?!not\b|no\b)[a-z][a-z-]*\s+{rest}\b")


def _merged(lex: Any, key: str) -> dict[str, list[str]]:
    """A stance → words table from lexicon.json, extended by stance.json's ``KEY_more``; built once per
    lexicon (``Lexicon.cached``), so callers only read it."""
    def build(raw: dict[str, Any]) -> dict[str, list[str]]:
        out = {k: list(v) for k, v in raw.get(key, {}).items()}
        for k, v in raw.get(f"{key}_more", {}).items():
            out.setdefault(k, []).extend(w for w in v if w not in out[k])
        return out

    return lex.cached("positions.merged:" + key, build)


def _merged_sets(lex: Any, key: str) -> dict[str, frozenset[str]]:
    """``_merged`` with each stance's words as a set, stances in the same order, for the tables that are only looked
    up (built once per lexicon)."""
    return lex.cached("positions.merged_sets:" + key, lambda _raw: {k: frozenset(v) for k, v in _merged(lex, key).items()})


@functools.lru_cache(maxsize=4)
def _cond_re(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Sentence-level condition cues, longest first, from data (stance.json ``condition_phrases``)."""
    if not phrases:
        return COND
    alts = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"\b({alts})\b", re.I)


# the letters re.IGNORECASE matches to an ASCII one besides its own upper or lower case
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def _condition(lex: Any, text: str) -> re.Match[str] | None:
    """The condition cue of a sentence: "only if", "provided that", "only once", a clause-opening "provided"."""
    phrases = tuple(lex.raw.get("condition_phrases", []))
    # an ASCII cue the patterns find is in the lower-cased text too, unless the text has one of the letters that
    # fold to ASCII ones: a sentence holding none skips the searches, which try every cue at every word
    low = text.lower()
    plain = _FOLDS_TO_ASCII.search(text) is None
    if not phrases or not plain or not all(p.isascii() for p in phrases) or any(p.lower() in low for p in phrases):
        found = _cond_re(phrases).search(text)
        if found:
            return found
    return PROVIDED.search(text) if not plain or "provided" in low else None


_PROVISO_WORD = re.compile(r"provid(?:ed|ing)(?: that)?", re.I)


def is_proviso(t: Any, provisos: frozenset[str]) -> bool:
    """A bare "provided"/"providing" (lexicon ``proviso_marks``) opening a condition: "would agree to full coverage
    provided the fleet trained observers", "would accept the survey, providing Dili shared the costs". Not the verb:
    "the EU provided funds", "aid provided by X", "was provided"."""
    doc = t.doc
    if t.lower_ not in provisos or t.i == 0 or t.i + 1 >= len(doc):
        return False
    doc_toks = tokens_of(doc)
    prev, nxt = doc_toks[t.i - 1], doc_toks[t.i + 1]
    if nxt.pos_ == "ADP" and nxt.lower_ != "that" or prev.lemma_ in ("be", "have") or prev.dep_ in ("nsubj", "aux") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in children_of(t)):
        return False  # "aid provided by Kuwait", "has provided", "the EU provided": the verb, no condition
    return any(x.tag_ in FINITE for x in doc_toks[t.i + 2:t.sent.end])  # "provided Kiribati trained …": a clause


def _proviso_cue(ctx: Context, s: Sentence) -> Any | None:
    """The first :func:`is_proviso` token of ``s``, or None."""
    provisos = ctx.lex.words("proviso_marks")
    if s.lowers.isdisjoint(provisos):
        return None
    return next((t for t in s.tokens if is_proviso(t, provisos)), None)


def _proviso_match(ctx: Context, s: Sentence) -> re.Match[str] | None:
    """:func:`_proviso_cue` as a match in the sentence's text, as :func:`_condition` gives one, in a sentence that
    offers an act ("would accept the survey, provided …"; not "expected to return in July, 'provided the group has
    done its job'", a plan)."""
    if s.lowers.isdisjoint(OFFER_MODALS):
        return None
    t = _proviso_cue(ctx, s)
    return _PROVISO_WORD.match(s.text, t.idx - s.span.start_char) if t is not None else None


def _target_of_verb(tok: Any, fors: frozenset[str] = frozenset(), lent: frozenset[str] = frozenset(),
                    refused: bool = False) -> list[Any]:
    """What a stance verb is about: its object, else the object of its preposition ("for" only after the verbs
    in ``fors``: "voted for the resolution", not "accepted for the first time"); after an object in ``lent``
    ("lend its signature to a sham") the thing it goes to as well."""
    for c in children_of(tok):
        if c.dep_ in ("dobj", "attr"):
            drop = {t.i for a in children_of(c) if a.dep_ == "acl" and a.tag_ == "VBN" and any(  # "a mechanism overseen by X";
                g.dep_ == "agent" or g.lower_ == "by" for g in children_of(a)) for t in subtree(a)}  # "a levy linked to fuel" stays
            obj = [t for t in subtree(c, stop=STOP) if t.i not in drop]  # "a mechanism overseen by X": the mechanism
            obj += _defining_clause(c)  # "will not accept a contract that lets a studio …": which contract
            end = max(t.i for t in obj)
            joins = {"on", "over"}  # "a request for a quota on cheeses"
            if c.lemma_ == "part":
                joins.add("in")  # "take part in any arrangement"
            if c.lemma_.lower() in lent:
                joins |= {"to", "behind"}  # "lend its signature to a sham"
            if refused:
                joins |= {"to", "into"}  # "would not tie payments to gas output": the act refused, whole
            on = next((p for p in children_of(tok) if p.dep_ == "prep" and p.lower_ in joins and p.i == end + 1
                       and not any(g.ent_type_ in ("DATE", "TIME") for g in children_of(p))), None)  # not "on Thursday"
            return obj + subtree(on, stop=STOP) if on is not None else obj  # "a request for a quota on cheeses"
    for c in children_of(tok):
        if c.dep_ in ("prep", "prt") and (c.lower_ in ("to", "against", "on", "with", "of", "towards", "back", "behind",
                                                       "at", "out", "by") or (c.lower_ == "for" and tok.lemma_.lower() in fors)):
            # "stay out of the talks", "stood by the accord"
            for g in children_of(c):
                if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") and not (
                        c.lower_ == "by" and g.ent_type_ in ("PERCENT", "CARDINAL", "QUANTITY", "MONEY")):
                    return subtree(g, stop=STOP)  # "rejected by 71 per cent": a margin, not what is backed
                if g.dep_ == "pcomp" and g.pos_ == "VERB":  # "insisted on treating lumber separately": the act
                    return subtree(g, stop=STOP)
                if g.dep_ == "prep":
                    for h in children_of(g):
                        if h.dep_ == "pobj":
                            return subtree(h, stop=STOP)
    for c in children_of(tok):
        if c.dep_ in ("xcomp", "ccomp"):
            return subtree(c, stop={"relcl", "advcl"})
    return []


def _defining_clause(noun: Any) -> list[Any]:
    """The relative clause that says which one of an indefinite thing is meant ("a deal that let companies buy
    their way around the duties", "any text which ignores X"): without it the target is only "deal"."""
    if not any(d.dep_ == "det" and d.lower_ in ("a", "an", "any") for d in children_of(noun)):
        return []
    rel = next((r for r in children_of(noun) if r.dep_ == "relcl" and r.i > noun.i and any(
        w.lower_ in ("that", "which") and w.i < r.i for w in children_of(r))), None)
    if rel is None:
        return []
    return sorted(subtree(rel, stop={"advcl", "relcl", "appos"}), key=lambda t: t.i)[:14]


def _clauses(tok: Any) -> list[Any]:
    """The clauses a verb carries, and those hung on its own adverbial clauses: in "would return to work
    before the issue was settled only if X agreed" the parser attaches the condition to "settled"."""
    first = [c for c in children_of(tok) if c.dep_ in ("advcl", "conj")]
    if tok.dep_ == "ccomp" and tok.head.i != tok.i:  # "said talks would continue, but only if X ended …": the parser
        # makes the condition a conjunct of "said"; opened by "only", it narrows the reported act
        first += [c for c in children_of(tok.head) if c.dep_ == "conj" and c.i > tok.right_edge.i and any(
            m.dep_ == "mark" and any(o.dep_ == "advmod" and o.lower_ == "only" for o in (*children_of(m), *children_of(c)))
            for m in children_of(c))]
    return first + [g for c in first if c.dep_ == "advcl" for g in children_of(c) if g.dep_ == "advcl"]


def _marks(ctx: Context) -> frozenset[str]:
    """Subordinators that open a condition: lexicon ``condition_marks`` (load_lexicon folds in stance.json's ``condition_marks_more``)."""
    return ctx.lex.words("condition_marks")


def _conditioned(ctx: Context, tok: Any) -> bool:
    """Does the verb carry its own condition ("would sign … only if Y", "would not sign … unless Y")?"""
    return _condition_mark(ctx, tok) is not None


class _Held(set[int]):
    """The ids of records marked in one sentence, with the records themselves kept, so that a record replaced or
    dropped before the sentence is done cannot free its id for another record to take."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[PositionRecord] = []

    def hold(self, rec: PositionRecord) -> None:
        self.records.append(rec)
        self.add(id(rec))


def _dateline_subjects(s: Sentence) -> tuple[Any, Any]:
    """A place opening the sentence and closed by a dash ("LISBON, April 17 – The union X rejected …") that the
    parser took for a subject, and the subject after it (None when there is none): the place says where the story
    was filed, never who acts. (None, None) when the sentence opens with no such place."""
    dated = next((t for t in s.tokens[:4] if t.dep_ == "nsubj" and t.ent_type_ == "GPE" and any(
        c.dep_ == "punct" and c.text in ("\u2013", "\u2014", "-", "--") and c.i > t.i for c in children_of(t))), None)
    if dated is None:
        return None, None
    return dated, next((c for c in children_of(dated.head) if c.dep_ == "nsubj" and c.i > dated.i), None)


def _subjects(ctx: Context, s: Sentence, verb: Any) -> list[str]:
    """The clause's subject actors, except a place that only owns the plural group acting ("Bolivia's transport
    unions rejected …", "pilots at Portugal's airline"): the group's stance is not the place's. People who act for
    the owner ("China's negotiators") still pass it on (``possessor_agent_nouns``, ``representative_heads``). A
    dateline taken for the subject gives way to the subject after it (:func:`_dateline_subjects`)."""
    who = _clause_subjects(ctx, s, verb)
    dated, rest = _dateline_subjects(s) if who else (None, None)
    if rest is not None and who[:1] == ctx.table.resolve(s.para, dated)[:1]:
        # "MEXICO CITY, May 28 – The union CNTE rejected …, saying …": the dateline is where, not who
        return ctx.table.resolve(s.para, rest)
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None) if who else None
    if subj is None or subj.tag_ != "NNS" or subj.pos_ != "NOUN" \
            or subj.lower_ in ctx.lex.words("possessor_agent_nouns", "representative_heads"):
        return who
    owners = [c for c in children_of(subj) if c.dep_ == "poss" and c.pos_ == "PROPN"]
    owners += [h for x in children_of(subj) if x.dep_ == "prep" and x.lower_ == "at" for g in children_of(x)
               if g.dep_ == "pobj" for h in (g, *(d for d in children_of(g) if d.dep_ == "poss"))]
    if any(ctx.table.resolve(s.para, o)[:1] == who[:1] for o in owners):
        return []
    return who


def _owner_of(owner: dict[tuple[int, int], list[str]], s: Sentence, tok: Any) -> list[str]:
    """The actor a frame says speaks the clause at ``tok``, as a list of at most one (empty when nobody)."""
    return (owner.get((s.idx, tok.i)) or [])[:1]


def _names_none(subj: Any, nobody: set[str]) -> bool:
    """Does subject ``subj`` name none ("nobody", "none of the offers", "no plan")? What is said of it is denied
    of every one."""
    return subj.lower_ in nobody or any(d.dep_ == "det" and d.lower_ == "no" for d in children_of(subj))


def _collective_holder(ctx: Context, s: Sentence, verb: Any, owner: dict[tuple[int, int], list[str]]) -> list[str]:
    """A subject that names no actor but a share of one: "countries in the coalition", "81 per cent of
    members" in what a union said. The body the subject belongs to, else the speaker of the clause."""
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "NUM") or ctx.table.resolve(s.para, subj):
        return []
    for t in subtree(subj, stop={"relcl", "acl", "appos"}):
        if t.dep_ == "pobj" and t.head.lower_ in ("in", "of", "from") and t.i > subj.i:
            who = ctx.table.resolve(s.para, t)
            if who:
                return who
    if subj.lemma_.lower() not in ctx.lex.words("member_nouns"):
        return []  # "analysts opposed …" in a union's statement is not the union's stance
    clause = verb.head if verb.dep_ == "conj" else verb
    reported = clause.dep_ == "ccomp" or (  # "told a hearing that the ministry would not renew …"
        clause.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(clause)))
    if not reported:
        return []
    teller = clause.head.head if clause.dep_ == "acl" and clause.head.head.pos_ == "VERB" else None
    return (owner.get((s.idx, verb.i)) or (_subjects(ctx, s, teller) if teller is not None else []))[:1]


def _descriptor_holder(ctx: Context, verb: Any) -> list[str]:
    """"The union representing 3,100 teachers rejected …" before the union is named: the one actor the
    article calls "the union" elsewhere. Only a definite descriptor, and only when a single actor has it."""
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                 and any(d.dep_ == "det" and d.lower_ == "the" for d in children_of(c))), None)
    if subj is None:
        return []
    alias = f"the {subj.lower_}"
    hits = [n for n, a in ctx.table.actors.items() if any(x.lower() == alias for x in a.aliases)]
    if not hits and not any(c.dep_ in ("amod", "compound", "poss", "prep") for c in children_of(subj)):
        # "the guild rejected …" with "Writers Guild of America" the only actor whose name has that word
        head = subj.lower_
        hits = [n for n in ctx.table.actors if head in re.findall(r"[a-z]+", n.lower()) and kind_word(n) == head]
    return hits if len(hits) == 1 else []


def _wisher(ctx: Context, s: Sentence, verb: Any, wishes: set[str]) -> list[str]:
    """"Pakistan wants Kabul to accept a monitoring mechanism": the one who wants it holds the stance,
    not the one asked to accept."""
    v = verb
    for _ in range(4):  # "wants Kabul to give …, to move …, and to accept …": the parser chains the asks
        if v.dep_ in ("ccomp", "xcomp") or v.head.i == v.i or not (
                v.dep_ == "conj" or (v.dep_ == "advcl" and any(c.lower_ == "to" for c in children_of(v)))):
            break
        v = v.head
    if v.dep_ not in ("ccomp", "xcomp") or v.head.lemma_.lower() not in wishes:
        return []
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in (*children_of(v), *children_of(verb))):
        return []
    if not any(c.dep_ in ("nsubj", "dobj") and c.i > v.head.i for c in (*children_of(v), *children_of(v.head))):
        return []  # "wants to accept": the subject's own wish, read as usual
    return _subjects(ctx, s, v.head)


def _asker(ctx: Context, s: Sentence, verb: Any, appealing: frozenset[str]) -> list[str]:
    """Who asks another party to do the act at ``verb`` ("urged X in a letter to refer …", "appealed to both
    sides to return …"): the subject of the asking verb, when someone other than the subject is asked."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        return []
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "pobj" and head.head.head.i != head.head.i:
        head = head.head.head  # "urged X in a letter … to refer": the parser hangs the act on the letter
    elif verb.dep_ not in ("xcomp", "ccomp", "advcl"):
        return []
    if head.i == verb.i or head.lemma_.lower() not in appealing:
        return []
    if not any(head.i < c.i < verb.i and (c.dep_ in ("dobj", "nsubj") or (c.dep_ == "prep" and c.lower_ in ("to", "on")))
               for c in (*children_of(head), *children_of(verb))):
        return []  # "wants to return to talks": one's own wish, read as usual
    return _subjects(ctx, s, head)


def _unmet_re(raw: dict[str, Any]) -> re.Pattern[str] | None:
    """A refused thing described by what it lacks ("any treaty that did not guarantee transit"): stance.json
    ``unmet_terms_patterns``, one regular expression for all."""
    pats = [x for x in raw.get("unmet_terms_patterns", []) if isinstance(x, str) and x]
    try:
        return re.compile(r"\b(?:" + "|".join(pats) + r")\b", re.I) if pats else None
    except re.error:  # a user's broken pattern turns the rule off, never the extractor
        return None


def _asked_of_other(verb: Any, demanding: set[str]) -> bool:
    """Is ``verb`` the act one party demands of another in a that-clause ("demanded that the bank accept …")?
    Not when its subject is a pronoun: "insisted that it would accept" is the speaker's own stance."""
    if verb.dep_ != "ccomp" or verb.head.i == verb.i or verb.head.lemma_.lower() not in demanding:
        return False
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ in ("NOUN", "PROPN") and not any(
        c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "can") for c in children_of(verb))


def _sought_process(verb: Any, nouns: frozenset[str]) -> list[Any]:
    """The act asked of another when it takes up a way to settle ("to refer the dispute to arbitration", "to
    return to talks", "to complete ratification"): the verb with its object and prepositional phrases."""
    if verb.tag_ != "VB":
        return []  # "to be agreed before any vote": no act asked
    kids = [c for c in children_of(verb) if c.dep_ in ("dobj", "prep", "prt")
            or (c.dep_ == "advmod" and any(g.dep_ == "prep" for g in children_of(c)))]  # "go back to the talks"
    preps = [c for c in kids if c.dep_ == "prep"] + [g for c in kids if c.dep_ == "advmod" for g in children_of(c)
                                                    if g.dep_ == "prep"]
    objs = [c for c in kids if c.dep_ == "dobj"] + [g for c in preps for g in children_of(c) if g.dep_ == "pobj"]
    hit = next((o for o in objs if o.lemma_.lower() in nouns or o.lower_ in nouns), None)
    if hit is None:
        return []
    # up to the phrase that holds it: "return to talks before the strike" is the return to talks
    return [verb, *(t for c in kids if c.i <= hit.i for t in subtree(c, stop=STOP))]


def _warned_against(ctx: Context, s: Sentence, verb: Any, owner: dict[tuple[int, int], list[str]],
                    stance: str = "oppose") -> PositionRecord | None:
    """"X warned that the levy would hurt exporters": X opposes the levy. The harm must be said of a
    thing (not an actor) by whoever reports it, or by whoever is given the quote it stands in; in an ongoing or
    expected passive ("were being squeezed by the expansion") the agent is what does the harm. A good said so
    ("said the scheme would help farming firms": :func:`_beneficial`) is backing, ``stance`` "support"."""
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    auxes = {c.lower_ for c in children_of(verb) if c.dep_ in ("aux", "auxpass")}
    # "are being squeezed by", "would be hurt by" (not "was hit by", "have been killed by": events): the agent does the
    # harm ("said domestic leagues were being squeezed by the expansion": the expansion)
    if subj is None and auxes & {"being", "is", "are", "would", "will", "could", "may", "might", "'s", "'re"} \
            and not auxes & {"was", "been"}:
        agent = next((c for c in children_of(verb) if c.dep_ == "agent"), None)
        if agent is not None:
            subj = next((g for g in children_of(agent) if g.dep_ == "pobj"), None)
    if subj is None:  # "said closing the border would hurt traders": the act named by its gerund does the harm
        subj = next((c for c in children_of(verb) if c.dep_ == "csubj" and c.tag_ == "VBG"
                     and any(g.dep_ == "dobj" and g.pos_ == "NOUN" for g in children_of(c))), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN", "VERB") or ctx.table.resolve(s.para, subj) and not (
            subj.pos_ == "NOUN" and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in children_of(subj))):
        return None  # "FIFA's expansion would squeeze the leagues": the expansion, not FIFA ("Israeli fire" is war)
    if any(c.dep_ == "det" and c.lower_ in ("every", "each") for c in children_of(subj)):
        return None  # "every delay puts lives at risk", "each day of strike action costs it …": a rule of thumb
    if subj.lemma_.lower() in ctx.lex.words("outcome_nouns") and (
            subj.lemma_.lower() not in ctx.lex.words("backable_actions")
            or any(c.dep_ == "poss" for c in children_of(subj))):
        # "failure in Belem would hurt the poorest": a fear, not a stance on a measure; "a strike would disrupt
        # deliveries" opposes the strike, a thing one can back or oppose ("our strike would hurt them": a threat)
        return None
    clause = verb
    for _ in range(3):  # "said the offer was final and that a higher rate would make it uneconomic": the second report
        if clause.dep_ != "conj":
            break
        clause = clause.head
    teller = clause.head if clause.dep_ == "ccomp" else verb.head
    quoted = clause.dep_ == "ROOT" and bool(_owner_of(owner, s, verb))  # '"A boycott hurts farmers first. …," he said'
    if teller.lemma_.lower() not in ctx.lex.reporting and not quoted:
        return None
    holder = _owner_of(owner, s, verb) if quoted else _subjects(ctx, s, teller) or _owner_of(owner, s, verb)
    target = subtree(subj, stop=STOP)
    if not holder or not any(t.pos_ == "NOUN" for t in target):
        return None
    return PositionRecord(holder=holder[0], stance=stance, target=compact(target), evidence=evidence(ctx, s))


def _beneficial(verb: Any, raw: dict[str, Any]) -> bool:
    """Does the clause say its subject does good? A verb of benefit ("the bill guarantees the right to strike", "the
    scheme would help farming firms", "the agreement protects our sovereignty"), or one that gives a good named so
    ("gave exporters much-needed certainty", "had yielded concrete results"): stance.json ``benefit_verbs``,
    ``benefit_giving_verbs``, ``benefit_nouns``."""
    table = _benefit_table(raw)
    lem = verb.lemma_.lower()
    if lem in table["benefit_verbs"]:  # "helped fund the war" (an xcomp) says what is helped along, no good done
        return any(c.dep_ == "dobj" for c in children_of(verb))
    return lem in table["benefit_giving_verbs"] and any(
        c.dep_ == "dobj" and c.lemma_.lower() in table["benefit_nouns"] for c in children_of(verb))


def _asked_whether(verb: Any) -> bool:
    """Is the clause an open question ("declined to say whether the government would help the council")?"""
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in children_of(verb))


def _agent_subject(ctx: Context, verb: Any) -> bool:
    """Is the clause's subject a side named by a common noun ("the government", "Chinese companies", "workers")?
    What such a subject would do is its own act or pledge, no good done by a measure."""
    subj = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lemma_.lower() in ctx.lex.words(
        "national_nouns", "member_nouns", "possessor_agent_nouns", "representative_heads")


@functools.lru_cache(maxsize=8)
def _benefit_sets(verbs: tuple[str, ...], giving: tuple[str, ...], nouns: tuple[str, ...]) -> dict[str, frozenset[str]]:
    return {"benefit_verbs": frozenset(verbs), "benefit_giving_verbs": frozenset(giving), "benefit_nouns": frozenset(nouns)}


def _benefit_table(raw: dict[str, Any]) -> dict[str, frozenset[str]]:
    return _benefit_sets(tuple(raw.get("benefit_verbs", [])), tuple(raw.get("benefit_giving_verbs", [])),
                         tuple(raw.get("benefit_nouns", [])))


def _harm_table(raw: dict[str, Any]) -> dict[str, frozenset[str]]:
    """The harm vocabulary of stance.json as sets, built once per lexicon."""
    keys = ("harm_verbs", "harm_states", "harm_raised_nouns", "harm_phrasal", "harm_losing_verbs", "harm_lost_nouns",
            "harm_bearing_verbs", "harm_breaching_verbs")
    return {k: frozenset(raw.get(k, [])) for k in keys}


def _harmful(verb: Any, harm: dict[str, frozenset[str]]) -> bool:
    """Does the clause say its subject does harm? A harm verb ("would squeeze margins"), a harm said in a phrase
    ("would wipe out jobs", "set the league back", "put the scheme at risk"), a loss brought about ("would cut
    income", "would cost European firms billions": a cost with whoever bears it), a state brought about ("would
    make any agreement harder to reach", "render the expansion uneconomic"), or a cost pushed up ("would raise
    prices for shoppers")."""
    lem = verb.lemma_.lower()
    states, raised = harm["harm_states"], harm["harm_raised_nouns"]
    if lem in harm["harm_verbs"]:
        return True
    kids = children_of(verb)
    # a loss, cost or breach told as done ("the duties had cost the sector C$2 billion", "appointing an envoy violated
    # earlier statements") is a grievance about the past, not a warning about a measure; one still running ("the
    # blockades were costing businesses 1.5 billion a day", "the levy breaches that agreement") is one
    told = verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in kids)
    if lem in harm["harm_breaching_verbs"]:
        return not told
    phrasal = harm["harm_phrasal"]
    for c in kids:
        if c.dep_ in ("prt", "advmod") and f"{lem} {c.lower_}" in phrasal:
            return True
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and f"{lem} {c.lower_} {g.lower_}" in phrasal for g in children_of(c)):
            return True
    if not told and lem in harm["harm_losing_verbs"] and any(
            c.dep_ == "dobj" and c.lemma_.lower() in harm["harm_lost_nouns"] for c in kids):
        return True
    if not told and lem in harm["harm_bearing_verbs"] and (any(c.dep_ == "dative" for c in kids) or sum(
            c.dep_ == "dobj" for c in kids) > 1):  # "would cost some workers up to £6,400": two objects, one bears it
        return True
    if lem in ("make", "render", "leave"):
        return any(c.dep_ in ("dobj", "oprd", "ccomp", "advmod", "acomp", "xcomp") and c.lemma_.lower() in states
                   or c.dep_ == "ccomp" and any(g.dep_ == "acomp" and g.lemma_.lower() in states for g in children_of(c))
                   for c in children_of(verb))
    if lem in ("raise", "increase", "push", "drive", "inflate", "double"):
        return any(c.dep_ == "dobj" and c.lemma_.lower() in raised for c in children_of(verb))
    return False


def _withheld(ctx: Context, s: Sentence, verb: Any, owner: dict[tuple[int, int], list[str]],
              speaker: list[str]) -> PositionRecord | None:
    """"insisted that rice will not be traded", "troops would not be withdrawn on demand": a refusal said
    in the passive, so whoever says it opposes giving the thing up (stance.json ``yield_verbs``)."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "neg" for c in children_of(verb)) or not any(
            c.dep_ == "auxpass" for c in children_of(verb)):
        return None
    if not {c.lower_ for c in children_of(verb) if c.dep_ == "aux"} & {"will", "would", "can", "could", "must", "shall"}:
        return None  # "were not withdrawn": a fact, not a refusal
    thing = next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
    if thing is None and verb.dep_ == "conj":  # "personnel were in Libya … and would not be withdrawn"
        thing = next((c for c in children_of(verb.head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if thing is None or thing.pos_ != "NOUN":
        return None
    holder = owner.get((s.idx, verb.i)) or speaker
    h = verb
    for _ in range(4):  # "Morimoto has insisted that …": the one who insists
        if holder or h.head.i == h.i:
            break
        h = h.head
        if h.lemma_.lower() in ctx.lex.reporting:
            holder = _subjects(ctx, s, h)
    if not holder:
        return None
    prt = [c for c in children_of(verb) if c.dep_ == "prt"]
    return PositionRecord(holder=holder[0], stance="oppose", target=compact([*subtree(thing, stop=STOP), verb, *prt]),
                          evidence=evidence(ctx, s))


def _won_backing(ctx: Context, s: Sentence, tok: Any, backing: set[str], winning: set[str]) -> PositionRecord | None:
    """"The plan won the backing of X", "the deal has the support of Y": the one whose backing it is
    supports the subject (stance.json ``winning_verbs``, lexicon ``support_nouns``)."""
    if tok.lemma_.lower() not in backing or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in winning:
        return None
    if any(c.dep_ == "neg" for c in children_of(tok.head)):
        return None
    who = next((ctx.table.resolve(s.para, g) for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in ("of", "from")
                for g in children_of(c) if g.dep_ == "pobj"), None)
    thing = next((c for c in children_of(tok.head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if not who or thing is None or thing.pos_ != "NOUN" or ctx.table.resolve(s.para, thing):
        return None
    return PositionRecord(holder=who[0], stance="support", target=compact(subtree(thing, stop=STOP)),
                          evidence=evidence(ctx, s))


def _held_until(ctx: Context, s: Sentence, owner: dict[tuple[int, int], list[str]],
                speaker: list[str]) -> PositionRecord | None:
    """'"Until we see a binding commitment on ratios, no offer will pass"': a speaker who holds out until
    something happens wants it. Only a clause opening the sentence (stance.json ``holdout_marks``)."""
    marks = ctx.lex.words("holdout_marks")
    first = next((t for t in s.tokens if not t.is_punct), None)
    if first is None or first.lower_ not in marks or first.dep_ != "mark" or first.head.dep_ != "advcl":
        return None
    v = first.head
    holder = owner.get((s.idx, v.i)) or speaker
    thing = next((c for c in children_of(v) if c.dep_ == "dobj"), None)
    if thing is not None:
        target = subtree(thing, stop=STOP)
    else:
        subj = next((c for c in children_of(v) if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
        target = [*subtree(subj, stop=STOP), v, *[c for c in children_of(v) if c.dep_ == "prt"]] if subj is not None else []
    if not holder or not any(t.pos_ == "NOUN" and not ctx.table.resolve(s.para, t) for t in target):
        return None
    return PositionRecord(holder=holder[0], stance="support", target=compact(target), evidence=evidence(ctx, s))


def _kept_until(ctx: Context, s: Sentence, owner: dict[tuple[int, int], list[str]], speaker: list[str],
               closed: set[str]) -> list[PositionRecord]:
    """"Thailand says the crossings will stay shut until Cambodia pulls back", "the sanctions would remain in
    place unless …": the speaker keeps a thing closed on a condition, a conditional stance on reopening it."""
    marks = ctx.lex.words("condition_marks", "holdout_marks")
    out: list[PositionRecord] = []
    for v in s.tokens if not s.lemmas.isdisjoint(("stay", "remain", "keep")) else ():
        if v.lemma_.lower() not in ("stay", "remain", "keep") or v.pos_ not in ("VERB", "AUX"):
            continue
        state = next((c for c in children_of(v) if c.dep_ in ("acomp", "oprd", "advmod", "prep")
                      and (c.lower_ in closed or " ".join(t.lower_ for t in subtree(c)) in closed)), None)
        subj = next((c for c in children_of(v) if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
        if state is None or subj is None or ctx.table.resolve(s.para, subj) or not any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in children_of(c)) for c in children_of(v)):
            continue
        holder = owner.get((s.idx, v.i)) or speaker
        if holder:
            out.append(PositionRecord(holder=holder[0], stance="conditional", evidence=evidence(ctx, s),
                                      target=compact([*subtree(subj, stop=STOP), v, *subtree(state)])))
    return out


def _deterred(ctx: Context, s: Sentence, verb: Any, owner: dict[tuple[int, int], list[str]]) -> PositionRecord | None:
    """"Moscow would reconsider its participation if the chair allowed a vote on production": a threat
    against what the condition names, so Moscow opposes the vote. The thing must not be an actor."""
    if not {c.lower_ for c in children_of(verb) if c.dep_ == "aux"} & {"would", "will"}:
        return None
    clause = next((c for c in children_of(verb) if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "if" for m in children_of(c))), None)
    if clause is None:
        return None
    thing = next((c for c in children_of(clause) if c.dep_ == "dobj" and c.pos_ == "NOUN"), None) or next(
        (c for c in children_of(clause) if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if thing is None or ctx.table.resolve(s.para, thing):
        return None
    holder = _subjects(ctx, s, verb) or _owner_of(owner, s, verb)
    if not holder:
        return None
    return PositionRecord(holder=holder[0], stance="oppose", target=compact(subtree(thing, stop=STOP)),
                          condition="if", evidence=evidence(ctx, s))


ORDINAL = {"first", "second", "third", "former", "latter", "last"}


def _nth_of(target: list[Any], s: Sentence, sents: list[Sentence]) -> str:
    """A bare "the first"/"the latter" target, named by the counted plural it picks from in the sentence
    before ("two options" → "first option")."""
    words = [t for t in target if t.pos_ != "DET"]
    if len(words) != 1 or words[0].lower_ not in ORDINAL:
        return ""
    prev = [sents[s.idx - 1]] if s.idx > 0 and sents[s.idx - 1].para is s.para else []
    pool = [t for x in prev for t in x.tokens  # an enumerated set: "two options", "three proposals"
            if t.tag_ == "NNS" and any(c.dep_ == "nummod" and c.lower_ != "one" for c in children_of(t))]
    return f"{words[0].lower_} {pool[-1].lemma_.lower()}" if pool else ""


def _referent(target: list[Any], s: Sentence, heads: set[str], sents: list[Sentence] | None = None) -> str:
    """For a bare "it"/"them" target, the proposal word the sentence named before it ("the offer"), else the
    least embedded one the nearest of the three sentences before it named ("… a revised text. X rejected it")."""
    if len(target) != 1 or target[0].lower_ not in ("it", "them", "this") or target[0].pos_ == "DET" and target[0].dep_ == "det":
        return ""
    prior = [t for t in s.tokens if t.i < target[0].i and t.pos_ == "NOUN" and t.lower_ in heads]
    verb = target[0].head
    if not prior and verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.lemma_ != "do":  # "Nepal endorsed a
        prior = [c for c in children_of(verb.head) if c.dep_ == "dobj" and c.pos_ == "NOUN"]  # new map, and India has
        # rejected it": the map ("… and will not do it again" is the act, read by the proposal words as before)
    for back in range(1, 4):
        if prior or sents is None or s.idx - back < 0 or s.idx - back >= len(sents):
            break
        named = _proposal_words(sents[s.idx - back], heads)
        prior = [_least_embedded(named)] if named else []
    if not prior:
        return ""
    return compact(_named(prior[-1]))


def _proposal_words(s: Sentence, heads: set[str]) -> list[Any]:
    """The proposal words a sentence names as things ("the offer"), not as modifiers ("offer talks")."""
    return [t for t in s.tokens if t.pos_ == "NOUN" and t.lower_ in heads and t.dep_ != "compound"]


def _least_embedded(toks: list[Any]) -> Any:
    """The sentence's own object, not a word buried in its clauses ("X put forward a proposal under which … by the end
    of the agreement. Y rejected it"): the least embedded of ``toks``, the last on a tie."""
    return min(reversed(toks), key=lambda t: sum(1 for _ in t.ancestors))


def _proposed_before(s: Sentence, sents: list[Sentence], heads: set[str], offering: frozenset[str]) -> str:
    """What the nearest of the three sentences before put forward, for a target that only points back ("the idea",
    "that plan"): the clause an offering verb governs ("X proposed that all units be moved"), else the least
    embedded proposal word of the nearest sentence naming one (or what a colon behind it says it holds: "a proposal
    of its own: a joint zone"). A word inside an adverbial clause ("would strike unless an agreement is reached",
    "wrote warning that mining outside the regime …") or "any" plan ("would not accept any arrangement") puts
    nothing forward, and the pointer stays bare."""
    for back in range(1, 4):
        if s.idx - back < 0 or s.idx - back >= len(sents):
            break
        toks = sents[s.idx - back].tokens
        put = next((c for t in toks if t.lemma_.lower() in offering and t.pos_ == "VERB"
                    for c in children_of(t) if c.dep_ == "ccomp"), None)
        if put is not None:
            return compact([t for t in subtree(put, stop=STOP) if not (t.dep_ == "mark" and t.head.i == put.i)], 8)
        named = _proposal_words(sents[s.idx - back], heads)
        if not named:
            continue
        prior = [t for t in named if not any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in children_of(t))
                 and not any(a.dep_ == "advcl" for a in t.ancestors)]
        if not prior:
            return ""
        head = _least_embedded(prior)
        return after_colon(head) or compact(_named(head))
    return ""


def _act_referent(s: Sentence, sents: list[Sentence], heads: set[str], verb: str) -> str:
    """What an act with no object is done to ("would sign only if …", "could not accept"): the document the
    sentence named before the verb, else the one of the two body sentences before (in any paragraph), else one
    named after it ("would sign only if the code set a floor"). The verb is found by its first four letters."""
    at = next((t.i for t in s.tokens if t.lower_.startswith(verb[:4]) and t.pos_ in ("VERB", "AUX")), None)
    if at is None:
        return ""
    def pool(toks: Any) -> list[Any]:
        return [t for t in toks if t.pos_ == "NOUN" and t.lower_ in heads and t.dep_ != "compound"]
    prior = pool(t for t in s.tokens if t.i < at)
    for back in (1, 2):  # news paragraphs are often one sentence long: the sentences before, wherever they stand
        if prior or s.idx - back < 0 or s.idx - back >= len(sents) or sents[s.idx - back].kind != "body":
            break
        prior = pool(sents[s.idx - back].span)
    prior = prior or pool(t for t in s.tokens if t.i > at)[:1]
    return compact(_named(prior[-1])) if prior else ""


def _antecedent(ctx: Context, s: Sentence, v: Any) -> list[Any]:
    """"a revised text that island states said was far too weak": a verdict whose subject is a relative pronoun
    is about the noun the relative clause hangs on, not about "that"."""
    gap = not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children_of(v)) and v.dep_ == "ccomp" \
        and v.head.dep_ == "relcl" and any(m.dep_ == "mark" and m.lower_ in ("that", "which") and m.i < v.head.i
                                           for m in children_of(v.head))  # the parser's "that" as a mark of "said"
    if not gap and not any(c.dep_ in ("nsubj", "nsubjpass") and (c.tag_ == "WDT" or c.lower_ in ("that", "which"))
                           for c in children_of(v)):
        return []
    up = v
    for _ in range(3):
        if up.dep_ == "relcl" or up.head.i == up.i:
            break
        up = up.head
    if up.dep_ != "relcl" or up.head.pos_ not in ("NOUN", "PROPN") or ctx.table.resolve(s.para, up.head):
        return []
    return subtree(up.head, stop=STOP)


# subordinators of a time clause that narrates what happened around a report ("…, hours after X demanded …")
NARRATING_MARKS = frozenset({"after", "before", "since", "when", "while"})


def _aside_frame(f: Any) -> set[int]:
    """Token ids of a frame's content that its aside cannot own. 'Canada was prepared to look at the quotas, which U.S.
    producers say favours processors, but that it would not create new quotas': the parser hangs the "but that …"
    clause on the aside's verb, but a relative aside ("which X say …") reports only its own clause; a conjunct with its
    own "that" goes on with the sentence's speaker."""
    if not f.content or f.verb is None or f.verb.dep_ not in ("ccomp", "relcl", "parataxis", "advcl", "conj"):
        return set()
    said = [c for c in children_of(f.verb) if c.dep_ == "ccomp"]
    if not any(w.dep_ in ("nsubj", "nsubjpass") and w.tag_ in ("WDT", "WP") for c in said for w in children_of(c)):
        return set()  # no "which …" clause told: not an aside
    out: set[int] = set()
    for c in said:
        for k in children_of(c):
            if k.dep_ == "conj" and any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(k)):
                out.update(t.i for t in subtree_of(k))
    return out


def _glossed(target: list[Any], ref: str) -> str:
    """A target phrase with what its pointing word stands for, when known: "consider it (revised offer)"."""
    return f"{compact(target)} ({ref})" if ref else compact(target)


def _named(n: Any) -> list[Any]:
    """A proposal word with the words that say which one ("revised offer", "peace plan")."""
    own = [c for c in children_of(n) if c.dep_ in ("amod", "compound")] + [n]
    if n.lower_ in ("version", "versions", "revision", "draft"):  # "an amended version of the draft amnesty law"
        of = next((g for c in children_of(n) if c.dep_ == "prep" and c.lower_ == "of" for g in children_of(c)
                   if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        if of is not None:
            own += [c for c in children_of(of) if c.dep_ in ("amod", "compound")] + [of]
    return own


def _condition_mark(ctx: Context, tok: Any) -> str | None:
    """The mark of the condition a verb carries ("if", "unless")."""
    marks = _marks(ctx)
    for c in _clauses(tok):  # the parser often hangs "…, but only if Y stops" on as a conjunct
        m = next((m for m in children_of(c) if m.dep_ == "mark" and m.lower_ in marks), None)
        if m is not None:
            return m.lower_
    for m in children_of(tok):  # "would reopen only once X was in place": "once" parsed as the verb's adverb
        if m.dep_ == "advmod" and m.lower_ in marks and any(
                c.dep_ in ("ccomp", "advcl") and c.i > m.i for c in children_of(tok)):
            return m.lower_
    provisos = ctx.lex.words("proviso_marks")
    # a proviso after a conjoined verb is that conjunct's: "welcomed X and was willing to discuss Y, provided …"
    # holds only the talks on terms (the parser may hang it on the first verb)
    conj = next((x.i for x in children_of(tok) if x.dep_ == "conj" and x.pos_ in ("VERB", "AUX")), None)
    kids = [c for c in children_of(tok) if conj is None or c.i < conj]
    dobj = [g for c in kids if c.dep_ == "dobj" for g in children_of(c)]
    if any(c.i > tok.i and is_proviso(c, provisos) for c in [*kids, *dobj]):
        return "provided"  # "would agree to X provided Y trained …", "would accept the offer providing the company kept …"
    # "would sign X provided that Y …", "on condition that …", "as long as …": the parser hangs the phrase on the
    # verb, or, under "said", on the reporting verb after the reported clause
    after = [c for c in children_of(tok.head) if c.i > tok.right_edge.i] if tok.dep_ == "ccomp" else []
    if tok.dep_ == "conj":  # (… or on the first conjunct, or on "said" after both)
        after = [c for c in children_of(tok.head) if c.i > tok.right_edge.i] + (
            [c for c in children_of(tok.head.head) if c.i > tok.right_edge.i] if tok.head.dep_ == "ccomp" else [])
    if conj is not None:
        after = []
    for c in [*kids, *after]:
        if c.i > tok.i and c.dep_ in ("prep", "advcl", "advmod", "mark", "npadvmod", "ccomp"):
            lead = next((t for t in tokens_of(c.doc)[c.left_edge.i:c.i + 1] if not t.is_punct), c)
            if is_proviso(lead, provisos):
                return "provided"  # "said it was ready to cap warheads …, provided Washington dropped …": the
                # parser makes "Washington dropped" a second clause of "said", opened by "provided"
            head = c.doc[c.left_edge.i:c.left_edge.i + 5].text
            m2 = _condition(ctx.lex, head)
            if m2 is not None and m2.start() == 0:
                return m2.group(0).lower()
    return None


def _narrow_condition(ctx: Context, tok: Any) -> bool:
    """Does the verb carry a condition that only narrows it ("only if", "only once", "provided", "on condition
    that"), not a bare "if"/"unless" that may hold a threat over the other side ("would walk out unless …")?"""
    mark = _condition_mark(ctx, tok)
    if mark is None or mark in ("unless", "as long as", "so long as"):
        return False  # ("will stay as long as it takes": a vow to hold out, no terms)
    if mark not in ("if", "once", "after", "when"):
        return True  # "provided", "on condition that", "only if" read whole
    if any(c.dep_ == "advmod" and c.lower_ == "only" for c in children_of(tok)):
        return True  # "could only go ahead if …"
    return any(m.dep_ == "mark" and m.lower_ == mark and any(o.dep_ == "advmod" and o.lower_ == "only"
                                                            for o in (*children_of(c), *children_of(m)))
               for c in _clauses(tok) for m in children_of(c))  # "would proceed only if Y guaranteed …" ("only" may
    # hang on the mark: "would be paid only once the accord was approved")


def _willed_on_terms(ctx: Context, willing: Any, act: Any, cond: re.Match[str] | None) -> bool:
    """Any act one is "ready/prepared to" do on one's own condition is held on terms ("ready to renew the pact
    only if …", "prepared to drop the claims once …"), not only agreeing or giving; a bare "if" may be a threat.
    The parser may hang "…, but only if X agreed" on the reporting verb: the sentence's own cue then speaks."""
    if cond is not None:
        return True
    mark = _condition_mark(ctx, act) or (
        _condition_mark(ctx, willing.head) if willing.head.pos_ in ("VERB", "AUX") else None)
    return mark is not None and mark != "if"


def _offered_act(act: Any, unready: set[str] | frozenset[str]) -> bool:
    """Is the act one is "ready/willing/prepared to" do an act offered, done to a thing ("willing to invest in the mine", "prepared to cap warheads at 1,550"), rather than a threat or a harm (the
    verbs in ``unready``: "ready to suspend coordination", "prepared to fight")? An offered act backs itself."""
    if act.pos_ != "VERB" or act.lemma_.lower() in unready or act.lemma_ in ("do", "use"):  # "ready to do our
        # part", "ready to use every instrument": no act named, or a means held over the other side
        return False
    return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") or c.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in children_of(c)) for c in children_of(act))


def _go_between(ctx: Context, name: str, go_betweens: frozenset[str]) -> bool:
    """Is the actor a mediator or chair by one of its roles ("the state mediator")? What it offers or tables is a
    bridge, no side's stance."""
    actor = ctx.table.actors.get(name)
    return actor is not None and any(r.split()[-1:] and r.split()[-1].lower() in go_betweens for r in actor.roles)


def _offered_freely(ready: Any, warning: set[str]) -> bool:
    """Is "ready/willing to …" said as an offer, not as a warning ("warned that it was prepared to lock out
    workers"), a question ("whether Brussels is willing to use its leverage") or a duty ("should be ready to")?"""
    said = ready.head if ready.dep_ in ("acomp", "oprd", "amod") else ready
    if any(c.dep_ in ("mark", "aux") and c.lower_ in ("whether", "if", "should", "must") for c in children_of(said)):
        return False
    return not any(a.lemma_.lower() in warning for a in said.ancestors)


def _cooperative(ctx: Context, act: Any) -> bool:
    """Is the act one is "ready/prepared to" do working with the other side ("ready to cooperate on migration",
    "ready to work with X on security", stance.json ``cooperation_verbs``)? That backs the cooperation offered."""
    words = ctx.lex.words("cooperation_verbs")
    nxt = tokens_of(act.doc)[act.i + 1].lower_ if act.i + 1 < len(act.doc) else ""
    return act.lemma_.lower() in words or f"{act.lemma_.lower()} {nxt}" in words


def _alleged(ctx: Context, noun: Any, disputed: set[str]) -> bool:
    """Is the object a report of what someone did or does ("suggestions that the board was punishing players", "the
    charge that other regions would lose out")? A disputed noun (or stance.json ``allegation_nouns``) with a finite
    "that" clause states a fact put about; refusing it is a denial. A clause of what should be done ("the suggestion
    that the vote be delayed", "the claim that X should pay") is a proposal, and a stance on it stays."""
    if noun.lemma_.lower() not in disputed and noun.lower_ not in ctx.lex.words("allegation_nouns"):
        return False
    for c in children_of(noun):
        if c.dep_ in ("acl", "ccomp") and c.i > noun.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c)):
            aux = [a for a in children_of(c) if a.dep_ in ("aux", "auxpass")]
            if any(a.lower_ in ("should", "must", "ought", "shall") for a in aux):
                return False
            return c.tag_ in ("VBD", "VBZ", "VBP") or any(a.tag_ in ("MD", "VBD", "VBZ", "VBP") for a in aux)
    return False


def _owned_thing(ctx: Context, p: Any, tok: Any) -> bool:
    """A thing named by its owner ("the ECOWAS sanctions", "Russia's plan"): the actor is only a modifier of
    a common noun, so the noun is what a verdict is on, not the actor."""
    return tok.pos_ == "NOUN" and any(c.dep_ in ("compound", "poss", "amod") and ctx.table.resolve(p, c)
                                      for c in children_of(tok))


def _achieved(tok: Any, verb: Any, achieving: set[str], offers: set[str]) -> bool:
    """Is the word inside what a subject made or achieved ("had made 'real but fragile progress'")? That reports
    how far someone got, not a verdict on a text; "made further progress conditional on X" (a causative) is not."""
    if verb.lemma_.lower() not in achieving or verb.i > tok.i or any(
            c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") for c in children_of(verb)):
        return False
    return any(a.dep_ == "dobj" and a.head.i == verb.i and a.lemma_.lower() not in offers  # "made a fair offer"
               for a in (tok, *tok.ancestors))


def _earlier_thing(ctx: Context, p: Any, s: Sentence, pron: Any) -> Any | None:
    """What "them"/"it" stands for within its sentence: the nearest earlier common noun of the same number that is a
    subject or object and no actor ("the cameras are used to … and wants them removed": the cameras)."""
    plural = pron.lower_ == "them"
    for deps in (("nsubj", "nsubjpass"), ("dobj",)):  # the topic the sentence is about first
        for t in reversed(s.tokens):
            if t.i < pron.i and t.pos_ == "NOUN" and t.dep_ in deps and (
                    (t.tag_ == "NNS") == plural) and not ctx.table.resolve(p, t):
                return t
    return None


WAITING = ("unless", "only", "provided", "on condition", "so long as")
UNTIL = ("until", "till", "unless")  # marks of a clause an act waits on: "would not sign it until …"


def _waits_on(ctx: Context, s: Sentence, tok: Any, cond: re.Match[str] | None) -> bool:
    """Does a refusal wait on something ("would not sign it until …", "could not accept it unless …", would "not
    accept any timetable" … "only once security is restored")? Then it is a conditional stance; a bare "if"
    ("would not accept a deal if it cut pensions") refuses one version and stays a refusal."""
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in UNTIL for m in children_of(c))
           for c in children_of(tok)):
        return True
    mark = _condition_mark(ctx, tok) or ""
    if mark.startswith(WAITING):
        return True
    return cond is not None and cond.group(0).lower().startswith(WAITING) and \
        cond.start() > tok.idx - s.span.start_char


def _held_until_mark(tok: Any) -> str | None:
    """The mark of an "until"/"unless" clause a verb carries ("would not lend until the debt was sustainable")."""
    for c in children_of(tok):
        if c.dep_ == "advcl":
            m = next((m for m in children_of(c) if m.dep_ == "mark" and m.lower_ in UNTIL), None)
            if m is not None:
                return m.lower_
    return None


def _wanted_going(ctx: Context, s: Sentence, tok: Any, starting: set[str], desire: set[str]) -> str | None:
    """What one wants, urges or pushes for to "go ahead", "take effect", "be switched on": the thing set going,
    which the one who wants it backs. Only a thing (no actor, no pronoun) as the subject of the wished clause."""
    lem = tok.lemma_.lower()
    if lem not in starting and not any(f"{lem} {c.lower_}" in starting for c in children_of(tok)
                                       if c.dep_ in ("prt", "advmod", "prep") and c.i > tok.i):
        return None
    head = tok.head
    if head.i == tok.i or head.lemma_.lower() not in desire or tok.dep_ not in ("ccomp", "xcomp", "advcl", "oprd"):
        return None
    if tok.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ == "for" for c in children_of(tok)):
        return None  # "pushed on, to go ahead …" is a purpose, not a wish
    if any(c.dep_ == "dobj" for c in children_of(tok)):
        return None  # "wants parliament to ratify the treaty": who is to act, not what is to go ahead
    if tok.tag_ in ("VBD", "VBZ") and not any(c.dep_ in ("aux", "auxpass") for c in children_of(tok)):
        return None  # "insisted that similar rules already applied": a fact asserted, not a wish (wished: "apply")
    subj = next((c for c in children_of(tok) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or ctx.table.resolve(s.para, subj):
        return None  # "wants Kabul to go ahead": an ask of another side, read elsewhere
    moved = [c for c in children_of(tok) if c.dep_ in ("prt", "advmod", "prep") and c.i == tok.i + 1
             and not any(g.dep_ == "pobj" for g in children_of(c))]  # "go ahead", "switched on"; not "reopened at …"
    return compact([*subtree(subj, stop=STOP), tok, *moved]) or None  # "the grounds reopened"


def _weighed(ctx: Context, s: Sentence, tok: Any, weighing: set[str], things: set[str],
             sents: list[Sentence]) -> str | None:
    """What a side says it "would study", "will assess", "would look at": a proposal it neither takes nor refuses.

    Only a will/would act on a proposal-like object, outside any condition (an "only if" there is read as
    conditional elsewhere), so "would review the crisis" or "if they would study it" give nothing.
    """
    lem = tok.lemma_.lower()
    preps = [c for c in children_of(tok) if c.dep_ == "prep" and f"{lem} {c.lower_}" in weighing]  # "look at", "look into"
    if lem not in weighing and not preps:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in OFFER_MODALS for c in children_of(tok)):
        return None
    if tok.dep_ not in ("ROOT", "ccomp", "conj") or _in_condition(ctx, tok) or _conditioned(ctx, tok) or any(
            c.dep_ == "conj" and c.pos_ == "VERB" and (_conditioned(ctx, c) or _waits_on(ctx, s, c, None))
            for c in children_of(tok)):
        return None  # "would assess the bill and would decide only after …": the terms are the stance
    objs = [c for c in children_of(tok) if c.dep_ == "dobj"] + [g for c in preps for g in children_of(c) if g.dep_ == "pobj"]
    if not objs:
        return None
    obj = objs[0]
    if obj.lower_ in ("it", "them"):
        ref = _referent([obj], s, things, sents)
        return f"{obj.lower_} ({ref})" if ref else None
    if obj.lemma_.lower() not in things:
        return None
    return compact(subtree(obj, stop=STOP)) or None


def _in_condition(ctx: Context, tok: Any) -> bool:
    """Is the verb inside a condition clause ("… unless they reach deals")? Then it states the condition,
    not a position."""
    # "until Islamabad stopped supporting militant groups": a holdout's term is a condition too
    marks = ctx.lex.words("condition_marks", "holdout_marks")
    v = tok
    for _ in range(6):
        if v.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in children_of(v)):
            return True
        if v.head.i == v.i:
            break
        v = v.head
    return False


def _commitment_target(tok: Any) -> list[Any]:
    """What a commitment verb is about: "sign any deal", "return to implementing the agreement". The
    first of object and "to"-phrase wins: in "return to talks …, a rotating presidency" the noun after
    the talks is a misparsed condition, not what is returned to."""
    prep_to = next((c.i for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in ("to", "on") and c.i > tok.i), None)
    for c in children_of(tok):
        if c.dep_ == "dobj" and (prep_to is None or c.i < prep_to):
            return subtree(c, stop=STOP)
    for c in children_of(tok):
        if c.dep_ == "prep" and c.lower_ in ("to", "on"):
            for g in children_of(c):
                if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME"):  # "would proceed on Monday only if": when
                    return subtree(g, stop=STOP)
                if g.dep_ == "pcomp":
                    return [g] + next((subtree(d, stop=STOP) for d in children_of(g) if d.dep_ == "dobj"), [])
    return []


def _acted_on(tok: Any, phases: set[str]) -> list[Any]:
    """The dependants that say what a verb acts on; for "begin"/"start"/"resume" those of the act begun."""
    kids = list(children_of(tok))
    if tok.lemma_.lower() in phases:
        kids += [g for c in kids if c.dep_ == "xcomp" and c.pos_ == "VERB" for g in children_of(c)]
    return kids


def _pledged_not_to(tok: Any, non_acts: set[str], not_willing: frozenset[str] = frozenset()) -> bool:
    """A negated will/would on an act with an object ("would not pay a premium", "will not renew the
    permit", "would not return to parliament"), or a negated means or intent governing it ("could not afford to pay
    the levy", ``negated_will_verbs``): a refusal of that act, whatever the verb. Not for saying, knowing or
    predicting ("would not comment on the talks", "would not say when")."""
    if tok.lemma_.lower() in non_acts:
        return False
    unwilled = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in not_willing and any(
        c.dep_ == "neg" for c in children_of(tok.head)) and tok.head.dep_ in ("ROOT", "ccomp", "conj")
    # ("a commitment that Washington would not seek to remove X": a term of a deal, no side's refusal)
    content = tok.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(tok))  # "told a hearing that"
    if not unwilled and ((tok.dep_ not in ("ROOT", "ccomp", "conj", "xcomp") and not content)
                         or not any(c.dep_ == "neg" for c in children_of(tok))):
        return False  # "no property would change hands": a rule stated, no one's refusal
    if not unwilled and not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "shall") for c in children_of(tok)):
        return False
    return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in children_of(tok)) or any(
        g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for c in children_of(tok)
        if c.dep_ == "prep" and c.lower_ in ("to", "with", "on", "in", "into", "for") for g in children_of(c))


def _undoing_asked(ctx: Context, p: Any, verb: Any, nouns: frozenset[str], askers: set[str],
                   agents: frozenset[str]) -> Any | None:
    """"demanded the cancellation of the lease", "called for the repeal of the law": undoing a thing, asked for as a
    noun (stance.json ``undoing_nouns``), opposes the thing, returned; None otherwise. Not troops or people withdrawn
    ("the withdrawal of troops"), nor a party named as the thing, nor a negated ask."""
    if verb.lemma_.lower() not in askers or any(c.dep_ == "neg" for c in children_of(verb)):
        return None
    asked = [c for c in children_of(verb) if c.dep_ == "dobj"] + [
        g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "for" for g in children_of(c) if g.dep_ == "pobj"]
    for a in list(asked):  # "the release of the men, the return of their boats and the scrapping of the levy"
        more = [c for c in children_of(a) if c.dep_ == "appos"]
        asked += [*a.conjuncts, *more, *(c for m in more for c in m.conjuncts)]
    for noun in asked:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns and noun.lower_ not in nouns:
            continue
        thing = next((g for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of"
                      for g in children_of(c) if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        if thing is not None and thing.lemma_.lower() not in agents and thing.lower_ not in agents \
                and not ctx.table.resolve(p, thing):
            return thing
    return None


def _while_kept(tok: Any) -> list[Any]:
    """What must go before a refused act resumes: "would not return while the law stayed on the books"."""
    for c in children_of(tok):
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "while" for m in children_of(c)):
            subj = next((g for g in children_of(c) if g.dep_ in ("nsubj", "nsubjpass") and g.pos_ == "NOUN"), None)
            if subj is not None:
                return [t for t in subtree(c, stop=STOP) if t.dep_ != "mark"]
    return []


def _speakers_body(ctx: Context, s: Sentence, tok: Any, holder: list[str],
                   owner: dict[tuple[int, int], list[str]]) -> list[str]:
    """"Gvaramia said the bloc would not return …", "the governor said the state supported …": a descriptor
    ("the bloc", "the state") in what a person reports is their own side, not the other actor the article
    also calls so (the EU, the country). The reporter holds it unless the descriptor's actor is their camp."""
    clause = tok.head if tok.dep_ == "conj" else tok
    subj = next((c for v in (tok, clause) for c in children_of(v) if c.dep_ == "nsubj"), None)  # "… and would oppose X"
    if holder and subj is not None and clause.dep_ == "ccomp" and subj.tag_ == "NNS" and subj.text.islower() \
            and not any(d.dep_ in ("det", "poss", "amod", "compound", "nummod", "prep") for d in children_of(subj)) \
            and subj.lemma_.lower() in ctx.lex.words("member_nouns"):
        spk = owner.get((s.idx, tok.i)) or []  # "the union's leader said workers would not pay again for X": the
        if spk and spk[0] in ctx.table.actors and spk[0] != holder[0]:  # speaker's side, not a group of its own
            return spk[:1]
    if not holder or subj is None or not subj.text.islower() or clause.dep_ != "ccomp" \
            or not any(d.dep_ == "det" and d.lower_ == "the" for d in children_of(subj)) \
            or subj.lemma_.lower() in ctx.lex.words("national_nouns"):
        return holder  # "the government", "the country": the state, whoever reports it
    actor = ctx.table.actors.get(holder[0])
    if actor is None or f"the {subj.lower_}" not in {a.lower() for a in actor.aliases}:
        return holder  # named outright, or a descriptor the reporter's text does not share
    spk = owner.get((s.idx, tok.i)) or []
    if not spk or spk[0] not in ctx.table.actors or ctx.table.actors[spk[0]].type != "Person" \
            or holder[0] in ctx.table.camp([spk[0]]):
        return holder
    return spk[:1]


def _reported_body(ctx: Context, s: Sentence, tok: Any, owner: dict[tuple[int, int], list[str]]) -> list[str]:
    """"Ipatas said the provincial government could not afford to pay X", "he said the military would not release
    any detainee": a body named by a bare descriptor (``national_nouns``, ``org_words``, ``reported_body_nouns``)
    that resolves to no actor, in what someone reports, is the reporter's own side; the reporter holds the stance."""
    v = tok
    while v.dep_ in ("xcomp", "conj") and v.head.pos_ in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head  # "could not afford to pay", "… but would not release"
    if v.dep_ != "ccomp" or v.head.lemma_.lower() not in ctx.lex.reporting:
        return []
    subj = next((c for c in children_of(v) if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or not subj.text.islower() or ctx.table.resolve(s.para, subj) \
            or subj.lower_ not in ctx.lex.words("national_nouns", "org_words", "reported_body_nouns") \
            or not any(d.dep_ in ("det", "poss") and d.lower_ in ("the", "its", "our", "their", "his", "her")
                       for d in children_of(subj)):
        return []
    spk = owner.get((s.idx, v.i)) or owner.get((s.idx, tok.i)) or _subjects(ctx, s, v.head)
    return spk[:1] if spk and spk[0] in ctx.table.actors else []


def _relative_head(ctx: Context, p: Any, rel: Any) -> list[Any]:
    """What a stance said in a relative clause is about: the noun the clause hangs on ("a deal we can live with"), or,
    when that noun only restates the subject of "be" ('"The text is something we can work with"'), the subject."""
    noun = rel.head
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        subj = next((c for c in children_of(noun.head) if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        if subj is not None and not ctx.table.resolve(p, subj):
            return subtree(subj, stop=STOP)
    if noun.pos_ != "NOUN" or ctx.table.resolve(p, noun):
        return []
    inner = {t.i for t in subtree(rel)}
    return [t for t in subtree(noun, stop=STOP) if t.i not in inner]


def _urger(ctx: Context, s: Sentence, tok: Any, owner: dict[tuple[int, int], list[str]]) -> list[str]:
    """A stance verb under "should"/"must" in what someone reports ("said the Commission should not accept a
    deal", '"Europe must reject this text," she said') is the reporter's view of the thing, not the subject's."""
    clause = tok.head if tok.dep_ == "conj" and tok.head.i != tok.i else tok
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in ctx.lex.reporting:
        who = _subjects(ctx, s, clause.head)
        if who:
            return who[:1]
    if clause.dep_ not in ("ccomp", "ROOT"):
        return []
    return _owner_of(owner, s, tok)


def _judged_noun(ctx: Context, s: Sentence, verb: Any) -> tuple[list[str], list[Any]] | None:
    """A judgement in a clause hung on a noun ("a remark Guler described as provocative", "a levy which the
    union called unfair"): the clause's subject judges that noun, whoever reports the sentence."""
    noun = verb.head
    # "an offer that officials described as …": a relative clause the parser may label acl, known by its own subject
    rel = verb.dep_ == "relcl" or (verb.dep_ == "acl" and any(c.dep_ == "nsubj" for c in children_of(verb)))
    if not rel or noun.pos_ != "NOUN" or noun.i > verb.i or ctx.table.resolve(s.para, noun) \
            or noun.lemma_.lower() in ctx.lex["dispute_objects"] \
            or (any(c.dep_ == "dobj" and c.lower_ not in ("which", "that", "what") for c in children_of(verb))
                and any(c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as") for c in children_of(verb))):
        return None  # "the body CEEV called the offer 'an opening'" is no clause on "body"; "a claim X called a lie" a dispute
    who = _subjects(ctx, s, verb)
    if not who:  # "an offer that analysts described as …": judged by no actor, so no one's position
        return ([], []) if any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in children_of(verb)) else None
    act = _pointed_act(ctx, s, noun)
    if act:
        return who[:1], act
    return who[:1], [*(c for c in children_of(noun) if c.dep_ in ("amod", "compound", "nummod") and c.i < noun.i), noun]


def _pointed_act(ctx: Context, s: Sentence, noun: Any) -> list[Any]:
    """The act a pointing noun set beside a clause stands for ("ended health insurance …, a step the union
    called cruel", "called for the country to quit the treaty, a step the government has resisted")."""
    # an ask summed up ("demanded that X allow inspections, a demand Y accepted") points back like "a step"
    pointers = ctx.lex.words("anaphoric_nouns") | ctx.lex.words("asking_nouns")
    act = noun.head
    for _ in range(6):  # "troops were deployed along the edge of Tigray, a move …": up to the act
        if act.pos_ == "VERB" or act.head.i == act.i:
            break
        act = act.head
    if noun.lemma_.lower() not in pointers or noun.dep_ not in ("appos", "dobj", "npadvmod", "attr", "conj") \
            or act.pos_ != "VERB" or act.i > noun.i:
        return []
    inner = next((c for c in children_of(act) if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and c.i < noun.i
                  and any(g.dep_ == "dobj" for g in children_of(c))), None)
    act = inner or act  # "called for the country to quit the treaty": the act called for
    obj = next((c for c in children_of(act) if c.dep_ in ("dobj", "nsubjpass") and c.i != noun.i), None)
    if obj is None and noun.lemma_.lower() in ctx.lex.words("asking_nouns"):
        # "demanded that the Taliban allow engineers to inspect the dams, a demand X accepted": what was asked
        said = next((c for c in children_of(act) if c.dep_ == "ccomp" and c.i < noun.i and c.pos_ in ("VERB", "AUX")), None)
        if said is not None:
            return sorted([t for t in subtree(said, stop={"relcl", "appos"}) if t.i < noun.i and t.pos_ != "PUNCT"
                           and not (t.dep_ == "mark" and t.head.i == said.i)], key=lambda t: t.i)
    if obj is None or obj.pos_ in ("PROPN", "PRON") and ctx.table.resolve(s.para, obj):
        return []
    if obj.lemma_.lower() in ctx.lex.words("asking_nouns"):  # "renewed its call for the areas to be referred to
        # the court, a step X opposed": the step is what the call asks for, clause and all
        asked = [t for c in children_of(act) if c.dep_ == "advcl" and c.i > obj.i and any(  # the parser's "call … for X
            m.dep_ == "mark" and m.lower_ == "for" for m in children_of(c)) for t in subtree(c)]  # to be referred" split
        return sorted([t for t in subtree(obj, stop={"appos"}) + asked if t.i < noun.i and t.pos_ != "PUNCT"],
                      key=lambda t: t.i)
    # "running the mine through a state company or a joint venture, an idea X opposed": the means or place the
    # pointer hangs on is part of the act
    how = [t for c in children_of(act) if c.dep_ == "prep" and c.i < noun.i <= c.right_edge.i
           for t in subtree(c, stop=STOP) if t.i < noun.i and t.pos_ != "PUNCT"]
    return sorted([act, *subtree(obj, stop=STOP), *how], key=lambda t: t.i)  # (the verb's phrases never overlap)


def _undone_in_condition(ctx: Context, s: Sentence, tok: Any, undoing: set[str], outcomes: set[str]) -> list[list[Any]]:
    """What a condition asks the other side to give up ("only if the envoy gave up the Bonn powers and if the
    law was withdrawn", "unless Brussels lifts the duties"): whoever sets the condition is against it."""
    marks = _marks(ctx)
    out: list[list[Any]] = []
    for c in _clauses(tok):
        if not any(m.dep_ == "mark" and m.lower_ in marks for m in children_of(c)):
            continue
        for v in (c, *(x for x in children_of(c) if x.dep_ == "conj" and x.pos_ == "VERB")):
            prt = " ".join(x.lower_ for x in children_of(v) if x.dep_ == "prt")
            if (v.lemma_.lower() not in undoing and f"{v.lemma_.lower()} {prt}" not in undoing) \
                    or v.lemma_.lower() in ("extend", "ease"):  # "if Greece extends its waters": no undoing
                continue
            passive = any(x.dep_ == "auxpass" for x in children_of(v))
            obj = next((x for x in children_of(v) if x.dep_ == ("nsubjpass" if passive else "dobj")), None)
            if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.lemma_.lower() in outcomes \
                    or ctx.table.resolve(s.para, obj):
                continue
            out.append(subtree(obj, stop=STOP))
    return out


def _term_holder(ctx: Context, s: Sentence, verb: Any, owner: dict[tuple[int, int], list[str]],
                 speaker: list[str]) -> list[str]:
    """Who sets a term: the speaker of the words, the reporter ("said there could be no deal …"), or the
    one whose position it is ("Sudan's position is that any referendum must …")."""
    who = owner.get((s.idx, verb.i)) or []
    if not who and verb.dep_ == "ccomp":
        head = verb.head
        if head.lemma_.lower() in ctx.lex.reporting:
            who = _subjects(ctx, s, head)
        elif head.lemma_ == "be":
            subj = next((c for c in children_of(head) if c.dep_ == "nsubj"), None)
            poss = next((c for c in children_of(subj) if c.dep_ == "poss"), None) if subj is not None else None
            who = ctx.table.resolve(s.para, poss) if poss is not None else []
    return (who or speaker)[:1]


def _any_stance_verb(ctx: Context) -> frozenset[str]:
    """Every stance verb (``stance_verbs``), whatever its stance, as one set built once per lexicon."""
    return ctx.lex.cached("positions.any_stance_verb",
                          lambda _raw: frozenset(w for ws in _merged(ctx.lex, "stance_verbs").values() for w in ws))


def _conditioned_verb(ctx: Context, s: Sentence, cond: re.Match[str] | None) -> int:
    """The stance verb a sentence's condition cue hangs under, the first one up from the cue (-1: none). "welcomed
    parts of the offer but said it could consider the soybean meal only if …": the condition is on considering the
    meal, not on the welcome."""
    if cond is None:
        return -1
    at = s.span.start_char + cond.start()
    tok = next((t for t in s.tokens if t.idx >= at), None)
    stance_verbs = _any_stance_verb(ctx)
    while tok is not None:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in stance_verbs:
            return tok.i
        if tok.head.i == tok.i:
            return -1
        tok = tok.head
    return -1


def _act_done_for_a_denied_purpose(verb: Any) -> bool:
    """A done act negated for what it was done for: "we did not sign in Pretoria to be governed by appointment",
    "we have not come this far to accept crumbs". The "not" denies the purpose (a to-infinitive clause after the
    verb), not the act, which was done; said of what one will do ("will not sign it to please X") it stays a
    refusal."""
    return any(c.dep_ == "neg" for c in children_of(verb)) and not any(
        c.dep_ == "aux" and c.lower_ in NO_MODALS for c in children_of(verb)) and any(
        c.dep_ == "advcl" and c.i > verb.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
        for c in children_of(verb))


def _is_a_denied_purpose(verb: Any) -> bool:
    """Is ``verb`` the purpose a done act is denied for ("have not come this far to accept crumbs": against
    accepting them)? Only a verb with a stance of its own turns round; "did not come here to negotiate X" is no
    refusal of X."""
    return verb.dep_ == "advcl" and verb.head.i < verb.i and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in children_of(verb)) and _act_done_for_a_denied_purpose(verb.head)


def _withheld_without(ctx: Context, verb: Any) -> Any:
    """What a side will not do, or lets no one do, without something: "no accord could be signed without
    the congress", "would not take on the cost without new money": the thing is the passive subject (the
    caller asks for its "no"), or the object of a negated verb that is no stance verb of its own (those say
    oppose already)."""
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"), None)
    if subj is not None:
        return subj
    if not any(c.dep_ == "neg" for c in children_of(verb)) or verb.lemma_.lower() in _any_stance_verb(ctx):
        return None
    return next((c for c in children_of(verb) if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)


def _terms_set(ctx: Context, s: Sentence, owner: dict[tuple[int, int], list[str]], speaker: list[str],
               outcomes: set[str]) -> list[PositionRecord]:
    """Terms laid down for a thing: "any undertaking has to remove the injury", "any referendum must include
    the Misseriya", "no deal without a refund": whoever sets them takes the thing only on those terms
    (conditional); "there is no deal on the jets while X waits" refuses it only while X waits (conditional too)."""
    out: list[PositionRecord] = []
    low = s.text.lower()
    if "any" not in low and "without" not in low and "while" not in low and "unless" not in low:
        return out  # neither an "any" subject nor a "no X without/while/unless" in the sentence
    for tok in s.tokens:
        thing = negated = None
        if tok.pos_ in ("VERB", "AUX") and not any(c.dep_ == "auxpass" for c in children_of(tok)):
            subj = next((c for c in children_of(tok) if c.dep_ == "nsubj" and c.pos_ == "NOUN" and any(
                d.dep_ == "det" and d.lower_ == "any" for d in children_of(c))), None)
            must = any(c.dep_ == "aux" and c.lower_ in ("must", "should", "shall") for c in children_of(tok)) or (
                tok.lemma_ in ("have", "need") and any(c.dep_ == "xcomp" and any(
                    g.dep_ == "aux" and g.lower_ == "to" for g in children_of(c)) for c in children_of(tok)))
            if subj is not None and must:
                thing, verb = subj, tok
        elif tok.lower_ in ("without", "while", "unless") and tok.dep_ in ("prep", "mark"):  # "until": _held_until
            verb = tok.head.head if tok.dep_ == "mark" else tok.head
            if verb.lemma_ == "be":  # "there is no deal … while X waits"
                thing = next((c for c in children_of(verb) if c.dep_ in ("attr", "nsubj") and c.pos_ == "NOUN"), None)
            elif verb.pos_ == "NOUN":  # "no deal without a refund"
                thing, verb = verb, verb.head
            elif tok.lower_ == "without" and verb.pos_ in ("VERB", "AUX"):
                thing = _withheld_without(ctx, verb)
                if thing is not None and thing.dep_ == "dobj":
                    negated = thing  # a negated verb's object needs no "no"
            if negated is None and thing is not None and not any(d.dep_ == "det" and d.lower_ == "no"
                                                                 for d in children_of(thing)):
                thing = None
        if thing is None or thing.lemma_.lower() in outcomes or ctx.table.resolve(s.para, thing):
            continue
        holder = _term_holder(ctx, s, verb, owner, speaker)
        if not holder:
            continue
        if negated is not None:  # "the ruling showed Britain cannot close waters without …": another side's bind
            doer = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
            who = ctx.table.resolve(s.para, doer) if doer is not None and doer.pos_ == "PROPN" else []
            if who and not set(who) & ctx.table.camp(holder):
                continue
        target = [t for t in subtree(thing, stop=STOP) if t.dep_ != "det" or t.head.i != thing.i]
        if tok.lower_ == "while" and tok.dep_ == "mark":  # what it is refused against: "… while the blockade lasts"
            target += [t for t in subtree(tok.head, stop={"advcl", "relcl", "ccomp"}) if t.i >= tok.i]
        # "no deal without a refund": on terms; "no normalisation while X walks free" too — refused only as things
        # stand, taken once the obstacle goes (how annotators read it in every studied case)
        out.append(PositionRecord(holder=holder[0], stance="conditional", target=compact(target),
                                  condition=tok.lower_ if tok.dep_ in ("prep", "mark") else "must",
                                  evidence=evidence(ctx, s)))
    return out


def _points_back(tok: Any) -> bool:
    """Is the verb's object a bare "that"/"this" ("rejects that, saying …", "rejected this within hours")?
    The parser may tag it a conjunction or hang it on the next clause; a "that" opening a clause is no object."""
    doc = tok.doc
    doc_toks = tokens_of(doc)
    if tok.i + 1 >= len(doc):
        return False
    nxt = doc_toks[tok.i + 1]
    after = doc_toks[nxt.i + 1] if nxt.i + 1 < len(doc) else None
    return nxt.lower_ in ("that", "this") and nxt.dep_ in ("dobj", "nsubj") and (
        after is None or after.is_punct or after.pos_ == "ADP")


def _hedged(tok: Any, hedges: dict[str, set[str]]) -> str | None:
    """A backing said with a hedge on the verb ("in principle", "with reservations", "reluctantly"): the
    stance the hedge makes of it (stance.json ``hedge_phrases``)."""
    for c in children_of(tok):
        if c.dep_ not in ("prep", "advmod", "npadvmod") or (c.i < tok.i and c.dep_ != "advmod"):
            continue
        words = " ".join(t.lower_ for t in sorted(subtree(c), key=lambda t: t.i) if not t.is_punct)
        for st, phrases in hedges.items():
            if words in phrases:
                return st
    return None


def _aside_resumed(ctx: Context, s: Sentence, tok: Any) -> list[str]:
    """"LeBlanc said Canada was prepared to look at the quotas, which U.S. producers say favours processors, but that
    it would not create new quotas": the parser hangs "but that it …" on the aside, whose reporters the pronoun would
    take; a relative aside reports only its own clause, so "it" resumes the subject of the clause the speaker reported."""
    clause = tok.head if tok.dep_ == "conj" and tok.head.i != tok.i else tok
    if clause.i == tok.i or not any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(tok)) \
            or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in children_of(tok)):
        return []
    told = None
    if clause.lemma_.lower() in ctx.lex.reporting:  # "said that Canada was prepared …, but that it would not …"
        told = next((c for c in children_of(clause) if c.dep_ == "ccomp" and c.i < tok.i), None)
    elif any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in children_of(clause)) \
            and clause.dep_ == "ccomp" and clause.head.lemma_.lower() in ctx.lex.reporting:  # hung on the aside
        told = next((a for a in clause.head.ancestors if a.dep_ == "ccomp"
                     and a.head.lemma_.lower() in ctx.lex.reporting), None)
    who = _subjects(ctx, s, told)[:1] if told is not None else []
    actor = ctx.table.actors.get(who[0]) if who else None
    return who if actor is not None and actor.type != "Person" else []  # "it" is no person


def _self_report(ctx: Context, s: Sentence, tok: Any) -> list[str]:
    """"ESLA said it would consider it only if …", "the union said they rejected …": "it"/"they" under a body's
    own report is that body, whatever other actor the pronoun could also stand for."""
    clause = tok.head if tok.dep_ == "conj" and tok.head.i != tok.i else tok
    if clause.i != tok.i and any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(tok)) and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in children_of(clause)):
        return []  # "…, which U.S. producers say favours X, but that it would not …": not the aside's reporter
    subj = next((c for v in (tok, clause) for c in children_of(v) if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in ("it", "they") or clause.dep_ != "ccomp" \
            or clause.head.lemma_.lower() not in ctx.lex.reporting:
        return []
    who = _subjects(ctx, s, clause.head)
    actor = ctx.table.actors.get(who[0]) if who else None
    if actor is None or actor.type == "Person":
        return []
    if subj.lower_ == "they":  # "the Left Bloc and the Communists said they would vote against it": each of them
        return [w for w in who if w in ctx.table.actors and ctx.table.actors[w].type != "Person"]
    return who[:1]


def _passive_stances(ctx: Context, s: Sentence, verbs: dict[str, frozenset[str]]) -> list[PositionRecord]:
    """"The original draft was rejected by Kosovo's government", "the plan has been welcomed by the EU": the
    agent holds the stance on the subject; "a copy was seen by X", "the plan was considered by Y" are no stance."""
    out: list[PositionRecord] = []
    tentative = ctx.lex.words("tentative_verbs")
    for tok in s.tokens:
        if tok.pos_ != "VERB" or tok.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in children_of(tok)):
            continue
        prt = " ".join(c.lower_ for c in children_of(tok) if c.dep_ == "prt")
        lem = tok.lemma_.lower()
        stance = None if lem in tentative else next((st for st, ws in verbs.items() if lem in ws or f"{lem} {prt}" in ws), None)
        thing = next((c for c in children_of(tok) if c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN")), None)
        agent = next((g for c in children_of(tok) if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"), None)
        if stance not in ("support", "oppose") or thing is None or agent is None or _in_condition(ctx, tok):
            continue
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(tok)):
            continue  # "must be approved by Congress", "would be welcomed by X": asked or foreseen, not yet held
        who = ctx.table.resolve(s.para, agent)
        if not who:
            continue
        if any(c.dep_ == "neg" for c in children_of(tok)):
            stance = "oppose" if stance == "support" else "support"
        out.append(PositionRecord(holder=who[0], stance=stance, target=compact(subtree(thing, stop=STOP)),
                                  evidence=evidence(ctx, s)))
    return out


def _first_stances(raw: dict[str, Any]) -> dict[str, str]:
    """Each feeling verb with the first stance (in stance.json's order) that lists it."""
    first: dict[str, str] = {}
    for st, ws in raw.get("feeling_verbs", {}).items():
        for w in ws:
            first.setdefault(w, st)
    return first


def _felt_stances(ctx: Context, s: Sentence, feeling: dict[str, str]) -> list[PositionRecord]:
    """"The revision did not satisfy India", "the offer angered the unions", "failed to reassure Japan": verbs
    of feeling put the one who feels in the object, so the object holds the stance on the subject
    (stance.json ``feeling_verbs``). Negation and "failed to" flip it; the subject must be a thing, not an actor."""
    out: list[PositionRecord] = []
    for tok in s.tokens if not s.lemmas.isdisjoint(feeling) else ():
        lem = tok.lemma_.lower()
        stance = feeling.get(lem)  # the first stance whose words hold the lemma, as the table orders them
        if stance is None or tok.pos_ != "VERB" or _in_condition(ctx, tok):
            continue
        who_tok = next((c for c in children_of(tok) if c.dep_ == "dobj"), None)
        head = tok.head if tok.dep_ == "xcomp" else tok  # "failed to satisfy India": the subject of "failed"
        thing = next((c for c in children_of(head) if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        if who_tok is None or thing is None or ctx.table.resolve(s.para, thing):
            continue
        who = ctx.table.resolve(s.para, who_tok)
        if not who:
            continue
        negated = any(c.dep_ == "neg" for c in (*children_of(tok), *children_of(head))) or (
            head is not tok and head.lemma_.lower() in ("fail", "refuse"))
        if negated:
            stance = "oppose" if stance == "support" else "support"
        out.extend(PositionRecord(holder=h, stance=stance, target=compact(subtree(thing, stop=STOP)),
                                  evidence=evidence(ctx, s)) for h in who[:2])
    return out


def _joined(tok: Any, participation: set[str]) -> list[Any]:
    """What one says one will take part in ("would take part in arbitration", "agreed to join the talks"): the
    thing, when the act is promised (will/would) or agreed to (stance.json ``participation_verbs``)."""
    lem = tok.lemma_.lower()
    part = next((c for c in children_of(tok) if c.dep_ == "dobj" and f"{lem} {c.lower_}" in participation), None)
    if lem not in participation and part is None:
        return []
    promised = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in children_of(tok)) or (
        tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("agree", "decide", "promise", "pledge", "vow", "offer"))
    if not promised:
        return []
    if part is None and lem == "join":
        return [c for c in children_of(tok) if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")][:1]
    return [g for host in (tok, part) if host is not None for c in children_of(host)
            if c.dep_ == "prep" and c.lower_ in ("in", "for") for g in children_of(c) if g.dep_ == "pobj"][:1]


def _punished(tok: Any, punishing: set[str]) -> Any | None:
    """The punishing verb whose object a clause describes ("sanction officials who take steps towards
    secession", "will punish anyone who backs the plan"): what the clause praises is what is punished."""
    for anc in tok.ancestors:
        if anc.dep_ == "relcl":
            noun = anc.head
            if noun.dep_ == "dobj" and noun.head.lemma_.lower() in punishing:
                return noun.head
            # "prepared to sanction officials who …" read as a compound "sanction officials"
            return next((c for c in children_of(noun) if c.dep_ == "compound" and c.lemma_.lower() in punishing), None)
    return None


def _said_before(s: Sentence, sents: list[Sentence], prev_content: list[Any]) -> list[Any]:
    """What a bare "that"/"this" object points back to: the words reported in the sentence before, else that
    sentence's own object ("X proposed a truce. Y rejected that." → the truce). Same paragraph only."""
    if prev_content:
        return [t for t in prev_content if not (t.dep_ == "mark" and t.lower_ == "that")]
    if s.idx < 1 or s.idx - 1 >= len(sents) or sents[s.idx - 1].para is not s.para:
        return []
    root = sents[s.idx - 1].span.root
    obj = next((c for c in children_of(root) if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    return subtree(obj, stop=STOP) if obj is not None else []


def _anaphor(words: list[str], anaphoric: set[str]) -> bool:
    """A target that only points back: "that line", "this approach", "the move" (lexicon ``anaphoric_nouns``)."""
    if not words or len(words) > 2:
        return False
    first = words[0].lower()
    return (first in ("that", "this", "these", "those") and len(words) == 2 and words[1].isalpha()) or (
        len(words) == 1 and first in anaphoric)


def _cleft_refusals(ctx: Context, s: Sentence) -> list[tuple[str, PositionRecord]]:
    """"What we will not do is repeal a law": the act after the copula is refused by whoever will not do it; so
    is "what we cannot do is agree to X" said by a side of itself (what "it cannot do" is only impossible)."""
    out: list[tuple[str, PositionRecord]] = []
    for tok in s.tokens if "do" in s.lemmas else ():
        if tok.lemma_ != "do" or tok.dep_ != "csubj" or not any(c.dep_ == "neg" for c in children_of(tok)) \
                or not any(c.dep_ == "dobj" and c.lower_ == "what" for c in children_of(tok)):
            continue
        first_person = any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in children_of(tok))
        modals = CLEFT_REFUSING + (CLEFT_UNABLE if first_person else ())
        if not any(c.dep_ == "aux" and c.lower_ in modals for c in children_of(tok)):
            continue
        act = next((c for c in children_of(tok.head) if c.dep_ in ("xcomp", "attr", "ccomp") and c.pos_ == "VERB"), None)
        if act is None:
            continue
        target = [act, *(t for c in children_of(act) if c.dep_ in ("dobj", "prt") for t in subtree(c, stop=STOP))]
        target += [t for c in children_of(act) if c.dep_ == "dobj" for t in _defining_clause(c)]  # "write a law that suits X"
        if not any(c.dep_ == "dobj" for c in children_of(act)):  # "is go back to a subsidy that …": where it goes back to
            target += [t for c in children_of(act) if c.dep_ in ("advmod", "prep") and c.i > act.i
                       for t in subtree(c, stop=STOP)][:10]
        for h in _subjects(ctx, s, tok)[:1]:
            out.append((h, PositionRecord(holder=h, stance="oppose", target=compact(target), evidence=evidence(ctx, s))))
    return out


def _titled_camp(table: ActorTable, name: str, memo: dict[str, set[str]]) -> set[str]:
    """An actor and its bodies, with the body its title names ("CUPW national president X", "KRG spokesman X")
    when the actor table linked none: one side's word said twice is one position, not two."""
    if name in memo:
        return memo[name]
    out = table.camp([name])
    a = table.actors.get(name)
    if a is not None and a.type == "Person" and not a.affiliations:
        last = name.split()[-1]
        titles = [al for al in a.aliases if last not in al.split()] + [al.rsplit(last, 1)[0] for al in a.aliases
                                                                     if last in al.split()[1:]]
        caps = {w for t in titles for w in t.split() if len(w) > 1 and w.isupper() and w.isalpha()}
        for b in table.actors.values():
            if b.type == "Person" or b.name == name:
                continue
            # by its initials ("CUPW" for a union the article never calls so) or by a name or alias in the title
            # (``n in t`` first: no pattern is compiled for a name the title does not hold at all, most of them)
            initials = "".join(w[0] for w in b.name.split() if w[:1].isupper())
            if initials in caps or any(
                    n in t and _whole_name_re(n).search(t) for n in (b.name, *b.aliases)
                    if len(n) > 1 and n[:1].isupper() for t in titles):
                out.add(b.name)
    memo[name] = out
    return out


def _head_word(target: str) -> set[str]:
    """The last word of a short noun-phrase target, without a plural "s" ("the ECOWAS sanctions" → "sanction"):
    what two wordings of one stance share; none for a clause, a bare pointer or a long phrase."""
    words = target.split("(")[0].lower().split()
    if not 1 <= len(words) <= 5 or len(words[-1]) < 4 or not words[-1].isalpha():
        return set()
    w = words[-1]
    return {w[:-1] if w.endswith("s") and not w.endswith("ss") else w}


def _words(target: str) -> set[str]:
    """The content words of a target, to tell two stances of one holder apart from one said twice."""
    return {w.strip("()").lower() for w in target.split()} - {"the", "a", "an", "of", "to", "it", "that", "this"}


def _prep_object_after(s: Sentence, pos: int, last: bool = False) -> list[Any]:
    best: list[Any] = []
    for t in s.tokens:
        if t.dep_ in ("pobj", "pcomp") and t.head.lower_ in ("towards", "toward", "on", "to", "with", "against", "of", "about", "from", "behind") \
                and t.i >= pos and t.ent_type_ not in ("DATE", "TIME"):  # "said on Wednesday evening": a when, not a what
            best = subtree(t, stop=STOP)
            if not last:
                return best
    return best


def _noun_verdict(tok: Any, nouns: dict[str, set[str]], adjs: dict[str, frozenset[str]], judging: set[str],
                  frames: frozenset[str] = frozenset()) -> str | None:
    """The stance carried by a verdict noun predicated of something: 'the text was "a capitulation"', 'called the
    offer "theatre"', 'described the plan as a practical step' (stance.json ``evaluative_nouns``). Its own
    modifiers weigh first ("a step backwards", "a dangerous basis"); "no basis" and an ordinal ("the first step
    of the plan", a sequence, not a verdict) are read apart. Only a predicate counts: "the trap was sprung" is none."""
    lem = tok.lemma_.lower()
    whole = _hyphenated(tok)  # "hostage-taking", "sell-out": the tokenizer splits the listed word at its hyphen
    # "a land grab", "a talking shop": a listed two-word verdict is the noun with the word just before it
    pair = next((f"{c.lower_} {lem}" for c in children_of(tok) if c.i == tok.i - 1 and c.dep_ in ("compound", "amod")), "")
    st = next((k for k, ws in nouns.items() if lem in ws or whole in ws or pair in ws), None)
    if st is None and lem in frames:  # "an act of aggression", "a recipe for disaster": the verdict is the inner noun
        inner = next((g.lemma_.lower() for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in ("of", "for")
                      for g in children_of(c) if g.dep_ == "pobj"), "")
        st = next((k for k, ws in nouns.items() if inner in ws), None)
    if st is None and tok.dep_ in ("attr", "oprd"):  # 'called the threat "a punishment tactic"': the verdict modifies
        st = next((k for c in children_of(tok) if c.dep_ == "compound"  # the noun it is said of
                   for k, ws in nouns.items() if c.lemma_.lower() in ws), None)
    if st is None:
        return None
    as_of = tok.dep_ == "pobj" and tok.head.lower_ == "as" and (tok.head.head.lemma_.lower() in judging or (
        tok.head.head.dep_ == "dobj" and tok.head.head.head.lemma_.lower() in judging))  # "as" hung on the object
    # 'was "a step, not a solution"': a verdict set beside the predicate one is predicated too
    paired = tok.dep_ in ("appos", "conj") and tok.head.dep_ in ("attr", "oprd")
    if tok.dep_ not in ("attr", "oprd") and not as_of and not paired and _verdict_object(tok, judging) is None:
        return None
    kids = list(children_of(tok))
    if any(c.lower_ in ORDINAL or c.lower_ in ("next", "final", "only") or c.dep_ == "nummod" for c in kids):
        return None
    if any(c.dep_ == "advmod" and c.lower_ in ("backwards", "backward", "back") for c in kids):
        st = "oppose"
    else:
        mods = {c.lower_ for c in kids if c.dep_ in ("amod", "compound")}
        st = next((k for k in ("oppose", "support") if mods & set(adjs.get(k, []))), st)
    if any(c.dep_ == "det" and c.lower_ == "no" for c in kids) and st in ("support", "oppose"):
        st = "oppose" if st == "support" else "support"
    return st


def _extraposed(v: Any, after: int) -> bool:
    """"It would be a mistake to recognise …", "it is a scandal that …": the "it" stands for the clause after the
    verdict, not for a proposal named before."""
    return any(t.i > after and t.dep_ in ("xcomp", "ccomp", "csubj", "acl", "advcl") and any(
        c.lower_ in ("to", "that") and c.dep_ in ("aux", "mark") for c in children_of(t)) for t in subtree_of(v))


def _verdict_object(tok: Any, judging: set[str]) -> Any | None:
    """What a verdict noun judges when the parser made the verdict the object and hung the real object on it
    ('called the Russian offer "theatre"': offer ← nmod ← theatre): the noun before the quote mark."""
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in judging:
        return None
    return next((c for c in children_of(tok) if c.dep_ in ("nmod", "compound", "amod") and c.pos_ == "NOUN" and c.i < tok.i
                 and any(t.text in ("\"", "\u201c", "'", "\u2018") for t in tok.doc[c.i + 1:tok.i])), None)


def _phrase_plan(phrases: dict[str, list[str]]) -> tuple[list[tuple[str, str]], dict[str, list[int]]]:
    """The stance phrases in table order, as (stance, phrase), and each key word's phrase numbers (see
    ``extract_positions``); built once per lexicon."""
    phrase_plan: list[tuple[str, str]] = [(st, ph) for st, plist in phrases.items() for ph in plist]
    phrase_keys: dict[str, list[int]] = {}
    for n, (_, ph) in enumerate(phrase_plan):
        ph_words = ph.split()
        phrase_keys.setdefault(max(ph_words[1:], key=len) if len(ph_words) > 1 else "".join(ph_words), []).append(n)
    return phrase_plan, phrase_keys


def _key_runs(phrase_keys: dict[str, list[int]]) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """The runs of the characters the phrase keys are written with, and a memo of the keys each run holds (built
    once per lexicon, see ``_keys_in``)."""
    chars = sorted(set("".join(phrase_keys)))
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]+"), {}


def _keys_in(runs: tuple[re.Pattern[str], dict[str, tuple[str, ...]]], phrase_keys: dict[str, list[int]],
             texts: tuple[str, ...]) -> set[str]:
    """The phrase keys in any of ``texts``. A key lies within one run of its characters, so a text holds it just
    when one of its runs does: the runs' keys are memoised, and a sentence, whose runs are mostly words seen
    before, looks them up instead of searching for each of two hundred keys (the same keys, exactly)."""
    pattern, memo = runs
    if len(memo) > 100_000:
        memo.clear()  # (bounded: a long-lived process meets ever new words)
    out: set[str] = set()
    for text in texts:
        for run in set(pattern.findall(text)):
            got = memo.get(run)
            if got is None:
                got = memo[run] = tuple(k for k in phrase_keys if k in run)
            out.update(got)
    return out


def extract_positions(ctx: Context, sents: list[Sentence], frames: list[Frame]) -> list[PositionRecord]:
    # each stance's words as a set (only looked up), stances in the table's order
    verbs, evaluative = _merged_sets(ctx.lex, "stance_verbs"), _merged_sets(ctx.lex, "evaluative")
    verdicts = {st: set(ws) for st, ws in ctx.lex.raw.get("evaluative_nouns", {}).items()}
    feeling = ctx.lex.cached("positions.feeling_first", _first_stances)  # feeling verb → its stance
    achieving = set(ctx.lex.raw.get("achieving_verbs", []))
    signing = set(ctx.lex.raw.get("signing_verbs", []))
    weighty = ctx.lex.raw.get("evaluative_judged", {})  # "important", "vital": a verdict only when something is called so
    predicative = _merged(ctx.lex, "evaluative_predicative")  # a verdict only when said of the thing
    able = set(ctx.lex.raw.get("able_modals", []))
    judging = set(ctx.lex.raw.get("evaluation_verbs", []))
    framing = frozenset(ctx.lex.raw.get("verdict_frames", []))  # "an act of", "a form of", "a recipe for"
    asks = set(ctx.lex.raw.get("asking_nouns", [])) - {"proposal", "push", "bid"}  # "the demand", "that request"
    terms_nouns = ctx.lex.words("demand_nouns")  # "that condition", "the terms": pointing back, what was asked before
    demanding_heads = set(ctx.lex.raw.get("demanding_verbs", [])) | {"demand", "insist", "urge", "call", "ask", "want"}
    assurances = set(ctx.lex.raw.get("assurance_nouns", []))  # what one may refuse to give: "an undertaking"
    proposer = ctx.lex.words("proposer_verbs")  # "floated a compromise": the proposer backs what it puts forward
    put_forward = ctx.lex.words("proposal_heads", "aimed_plan_heads", "asked_measure_heads")
    assenting = ctx.lex.words("conditional_assent_verbs")  # "would agree to X only if …": X on those terms
    go_betweens = ctx.lex.words("go_between_roles")  # "the mediator tabled a bridging proposal": no stance of its own
    fighting = set(ctx.lex.raw.get("fighting_verbs", []))  # "fight", "block", "scupper" a proposal: against it
    # a measure in force or planned is fought as a proposal is ("has fought the rent cap since February")
    fought = ctx.lex.words("fought_measures")
    imminent = ctx.lex.words("imminence_heads")  # "is set to veto", "is poised to block": no passive
    deliberating = ctx.lex.words("past_deliberation_verbs")  # "had considered approving the deal": weighed, then not
    regrets = ctx.lex.words("regret_words")  # "disappointed", "regretted" (that something did not happen)
    tentative = set(ctx.lex.raw.get("tentative_verbs", []))
    wishes = set(ctx.lex.raw.get("wish_verbs", []))
    undo_askers = wishes | demanding_heads  # "wants sanctions lifted", "demands that X be ended": against X
    harm = ctx.lex.cached("positions.harm", _harm_table)  # harm verbs, phrases, states, losses, costs raised
    threats = set(ctx.lex.raw.get("threat_verbs", []))
    yields = set(ctx.lex.raw.get("yield_verbs", []))
    outcomes = set(ctx.lex.raw.get("outcome_nouns", []))
    denials = set(ctx.lex.raw.get("denial_verbs", []))
    assent = set(ctx.lex.raw.get("assent_verbs", []))
    specified = set(ctx.lex.raw.get("specified_non_targets", []))
    backing = set(ctx.lex.raw.get("support_nouns", []))
    winning = set(ctx.lex.raw.get("winning_verbs", []))
    partial = set(ctx.lex.raw.get("partial_words", []))
    undoing = set(ctx.lex.raw.get("undoing_verbs", []))
    declining = set(ctx.lex.raw.get("declining_verbs", []))
    not_willing = ctx.lex.words("negated_will_verbs")  # "could not afford to pay X": X refused
    appraising = ctx.lex.words("appraisal_verbs")  # "considered the fee excessive": a verdict on the fee
    opening = ctx.lex.words("opening_verbs")  # refusals whose negation only keeps a door open
    dropping = ctx.lex.words("dropping_verbs")  # "dropped its opposition to X": a stance given up, not held
    hedges = {st: set(ws) for st, ws in ctx.lex.raw.get("hedge_phrases", {}).items()}
    fors = frozenset(w.split()[0] for ws in verbs.values() for w in ws if w.endswith(" for"))  # "vote for"
    lent = ctx.lex.words("lent_nouns")
    withholding = ctx.lex.words("consent_withholding_verbs")  # "withheld its consent to X": against X
    undo_nouns = ctx.lex.words("undoing_nouns")  # "the cancellation of X" asked for: against X
    agents = ctx.lex.words("possessor_agent_nouns")  # "the withdrawal of troops": people moved, no measure undone
    # "the company remained committed to the deal": the subject is bound to X, never judged by "to X"
    self_bound = ctx.lex.words("self_bound_adjectives")
    breaking = set(ctx.lex.raw.get("breaking_verbs", []))
    punishing = set(ctx.lex.raw.get("punishing_verbs", []))
    participation = set(ctx.lex.raw.get("participation_verbs", []))
    asking = set(ctx.lex.raw.get("asking_verbs", []))
    # what one asks others to do away with, one opposes ("urged X to scrap the levy"); an extension asked is no undoing
    killing = (undoing - {"extend", "postpone", "delay", "ease", "suspend"}) | set(ctx.lex.raw.get("killing_verbs", []))
    heads = set(ctx.lex.raw.get("proposal_heads", []))
    askers = (wishes | asking | demanding_heads) - {"insist", "need"}  # asks made of another: their terms, no refusal
    forecasts = set(ctx.lex.raw.get("forecast_verbs", []))  # "expect/predict X to reject Y": no stance of X
    going_heads = wishes | demanding_heads - forecasts - tentative  # for _wanted_going: built once, not per token
    measures = set(ctx.lex.raw.get("measure_heads", []))  # "ban", "closure": what "lift it" may point back to
    # what a bare "it" may stand for: proposal words and the documents a stance is taken on ("the treaty")
    referents = heads | set(ctx.lex.raw.get("referent_heads", []))
    kind = {w: group[0] for group in ctx.lex.raw.get("proposal_synonyms", []) for w in group}
    # "rejected the improved contract offer" … later "turned down the revised proposal": one text, one stance
    kind.update({w: group[0] for group in ctx.lex.raw.get("stance_target_synonyms", []) for w in group})
    said_on: list[tuple[set[str], str, set[str]]] = []  # (camp, stance, proposal word) already stated in the article
    refusals = set(ctx.lex.raw.get("refusal_verbs", []))
    acts_not = set(ctx.lex.raw.get("non_commitment_verbs", []))
    deferring = ctx.lex.words("deferring_verbs")  # "would decide on X only after …": a decision put off
    light_acts = ctx.lex.words("light_act_verbs")
    negotiating = set(ctx.lex.raw.get("negotiation_verbs", []))  # "ready to keep talking"
    weighing_open = set(ctx.lex.raw.get("open_weighing_verbs", []))  # "would study/assess the revised plan": mixed
    starting = set(ctx.lex.raw.get("starting_verbs", []))  # what one wants to "go ahead", "take effect": backed
    commitments = set(ctx.lex.raw.get("commitment_verbs", []))
    disputed = set(ctx.lex["dispute_objects"])
    non_targets = set(ctx.lex.raw.get("non_targets", []))
    anaphoric = set(ctx.lex.raw.get("anaphoric_nouns", []))
    lines = ctx.lex.words("line_nouns")  # "that line", "this approach": a side's own line, told after it
    offering = ctx.lex.words("offering_mandatives")  # "proposed that …": what "that plan" after it points to
    last_target, last_at = "", -9  # the last named stance target and its sentence (-9: none yet)
    # anaphoric targets ("that line", "the move") as read, before their antecedent is added; by id, with the record
    # kept beside it so that a record dropped later in its sentence cannot free its id for another
    bare: dict[int, tuple[PositionRecord, str]] = {}
    phrases = _merged(ctx.lex, "stance_phrases")
    unnegotiable = ctx.lex.words("unnegotiable_phrases")  # "X is not on the table": no concessions on X
    # Each phrase is looked for in every sentence (hundreds of phrases): a phrase's longest word after its first (its
    # only word if it has one) is in any text the phrase matches — as it is, quote-split or loosened after its article
    # — so a sentence tries only the phrases whose key word it contains (``_keys_in``), in table order
    phrase_plan, phrase_keys = ctx.lex.cached("positions.phrase_plan", lambda _raw: _phrase_plan(phrases))
    key_runs = ctx.lex.cached("positions.phrase_key_runs", lambda _raw: _key_runs(phrase_keys))
    willing = set(ctx.lex.raw.get("willingness_words", []))
    endorse = set(ctx.lex.raw.get("endorsement_verbs", []))
    settlements = heads | set(ctx.lex.raw.get("settlement_nouns", []))
    # what one is "ready to" do that backs something: agree to it, or give it ("ready to supply gas", "to deepen …")
    giving = set(ctx.lex.raw.get("provision_verbs", [])) - commitments - endorse
    # what one is "ready to" do that is no threat, harm or good offices: an act offered, backed ("ready to invest")
    unready = threats | killing | punishing | fighting | breaking | undoing | harm.get("harm_verbs", frozenset()) \
        | ctx.lex.words("good_offices_verbs")  # "ready to host a meeting": good offices, no stance
    agreeable = commitments | endorse | negotiating | giving \
        | set(ctx.lex.raw.get("weighing_verbs", []))  # "ready to study it, but only after …"
    warning_verbs = set(ctx.lex.raw.get("warning_verbs", []))
    backable = set(ctx.lex.raw.get("backable_actions", []))
    wantable = settlements | referents  # what one can want that is itself backing: a settlement or proposal
    occasions = set(ctx.lex.raw.get("occasion_nouns", []))
    bare_acts = set(ctx.lex.raw.get("bare_act_verbs", []))
    phases = set(ctx.lex.raw.get("phase_verbs", []))  # "would begin/start/resume handing over …": the act phased
    closed = set(ctx.lex.raw.get("closed_states", []))  # "shut", "closed", "frozen", "on hold"
    national = set(ctx.lex.raw.get("national_nouns", []))
    instruments = set(ctx.lex.raw.get("instrument_nouns", []))  # "use the powers … to", "use every tool … and"
    # what one may ask another to go to, finish or take up that is itself a way to settle: backed by the asker
    asked_for = ctx.lex.words("settlement_nouns", "asked_process_nouns")
    appealing = ctx.lex.words("wish_verbs", "appeal_verbs")  # "appealed to both sides to …"
    # asked acts other rules read
    ask_read = ctx.lex.words("signing_verbs", "commitment_verbs", "endorsement_verbs", "assent_verbs")
    purposes = ctx.lex.words("purpose_marks")  # "so that we accept …": an aim ascribed
    reaching = ctx.lex.words("settling_verbs")  # "reach" backs only a settlement or one of ``settled_objects``
    reachable = ctx.lex.words("settled_objects")
    out: list[PositionRecord] = []
    titled: dict[str, set[str]] = {}
    para_seen: dict[int, list[PositionRecord]] = {}
    speaker_of: dict[int, list[str]] = {}
    for f in frames:
        speaker_of.setdefault(f.sent.idx, f.speakers)
    content_of: dict[int, list[Any]] = {}
    owner: dict[tuple[int, int], list[str]] = {}
    for f in frames:
        if f.content:
            content_of.setdefault(f.sent.idx, f.content)
    # a frame nested in another's content ("X rejected it, arguing that …, while Y said it could live with it")
    # owns its own words: the smaller content is assigned last
    nested = sorted(((k, f) for k, f in enumerate(frames) if f.content), key=lambda kf: (-len(kf[1].content), -kf[0]))
    for _, f in nested:  # on a tie the first frame keeps its words, as before
        aside = _aside_frame(f)
        for t in f.content:
            if aside and t.i in aside:
                continue  # "…, which U.S. producers say favours X, but that it would not …": the outer speaker's
            owner[(f.sent.idx, t.i)] = f.speakers
    for s in sents:
        if s.kind != "body":
            continue
        p = s.para
        prev_content = content_of.get(s.idx - 1, []) if s.idx > 0 and sents[s.idx - 1].para is p else []
        found: dict[tuple[str, ...], PositionRecord] = {}
        judged = _Held()  # positions read from a judgement ("called X 'a step forward'")
        reserve = _Held()  # oppositions read from a warned harm: a reservation beside a stance, not a second one
        weighed_ids = _Held()  # "would study the plan": open to it, second to any terms set in the sentence
        late: list[PositionRecord] = []  # read last, so a plainer stance of the same side comes first
        cond = _condition(ctx.lex, s.text) or _proviso_match(ctx, s)
        cond_at = _conditioned_verb(ctx, s, cond)
        for tok in s.tokens:
            if tok.pos != VERB and not (tok.pos == NOUN and tok.dep_ == "ccomp" and tok.tag_ == "NNS"  # (ids: cheaper)
                                          and any(c.dep_ == "nsubj" for c in children_of(tok))):
                continue  # a verb the tagger read as a plural noun: 'said the revision "empties the idea"'
            lem = tok.lemma_.lower()
            stance = None
            doc, i = tok.doc, tok.i
            after = tokens_of(doc)[i + 1] if i + 1 < len(doc) else None
            nxt = after.lower_ if after is not None else ""
            if nxt and any(g.ent_type_ in ("DATE", "TIME") for g in children_of(after)):
                nxt = ""  # "insisted on Tuesday that …": a date, not the preposition of "insist on"
            kids = children_of(tok)
            kid_deps = [c.dep_ for c in kids]  # its children's dependencies, in order
            preps = [f"{lem} {low}" for c in kids if c.i > i + 1 and c.dep_ == "prep"
                     and (low := c.lower_) in ("against", "for", "behind")]
            # "turned it down", "ruled the idea out": a particle after the object is still the verb's own
            preps += [f"{lem} {c.lower_}" for c in kids if c.i > i + 1 and c.dep_ == "prt"]
            pair = f"{lem} {nxt}"
            for st, words in verbs.items():  # "lobbied hard against the levy": the verb's own preposition, set apart
                if lem in words or pair in words or any(w in words for w in preps):
                    stance = st
            said_stance = stance  # the verb's own stance, before any negation, breach or refusal reading
            if stance is not None and tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(
                    c.dep_ == "agent" for c in children_of(tok)):
                continue  # "agreements reached at the bargaining table": a description; "a plan backed by X" is X's
            if stance in ("support", "oppose") and tok.tag_ == "VBD" and tok.dep_ == "amod" and tok.head.i > tok.i \
                    and s.span.root.pos_ in ("NOUN", "PROPN") and tok.head.pos_ in ("NOUN", "PROPN"):
                # "The federation, which represents most of the fleet, backed Marsh." parsed as one noun phrase: the
                # root noun is who backed, the noun the verb hangs on what (a person: the position that person holds)
                holder = ctx.table.resolve(p, s.span.root)
                if holder:
                    whom = ctx.table.resolve(p, tok.head)
                    txt = _person_stance(whom[0], out) if whom else compact(subtree(tok.head, stop=STOP))
                    found.setdefault((holder[0], stance), PositionRecord(
                        holder=holder[0], stance=stance, target=txt, evidence=evidence(ctx, s)))
                continue
            if stance is None and (tok.dep_ in ("ccomp", "conj") or tok.dep_ == "ROOT" and _owner_of(owner, s, tok)) \
                    and _harmful(tok, harm) \
                    and "neg" not in kid_deps:
                warned = _warned_against(ctx, s, tok, owner)  # "warned that tariffs would hit small boats hardest"
                if warned is not None:
                    reserve.hold(found.setdefault((warned.holder, "oppose"), warned))
                continue
            if stance is None and (tok.dep_ in ("ccomp", "conj") or tok.dep_ == "ROOT" and _owner_of(owner, s, tok)) \
                    and "neg" not in kid_deps and _beneficial(tok, ctx.lex.raw) and not _asked_whether(tok) \
                    and not _agent_subject(ctx, tok):
                praised = _warned_against(ctx, s, tok, owner, "support")  # "said the scheme would help farming firms"
                if praised is not None:
                    reserve.hold(found.setdefault((praised.holder, "support"), praised))
                    continue
            if stance is None and lem in undoing and tok.tag_ == "VBN" and tok.head.lemma_.lower() in undo_askers and (
                    tok.dep_ in ("ccomp", "oprd", "xcomp") or (tok.dep_ == "advcl" and any(  # "called for the plan to be
                        c.dep_ == "mark" and c.lower_ == "for" for c in children_of(tok)))):  # withdrawn"; "wanted the deadline
                # extended", "wants sanctions lifted", "demands that free movement be ended"
                thing = next((c for c in children_of(tok) if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
                pron = next((c for c in children_of(tok) if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("them", "it")),
                            None) if thing is None else None
                if pron is not None:  # "says the cameras are used to … and wants them removed": the cameras
                    thing = _earlier_thing(ctx, p, s, pron)
                holder = _subjects(ctx, s, tok.head) or _owner_of(owner, s, tok.head) \
                    if thing is not None and not ctx.table.resolve(p, thing) else []
                if holder:  # beside "opposes X and demands that Y be ended": a second stance of its own
                    found.setdefault((holder[0], "oppose", "undone"), PositionRecord(
                        holder=holder[0], stance="oppose", target=compact(subtree(thing, stop=STOP)),
                        evidence=evidence(ctx, s)))
                continue
            undone = _undoing_asked(ctx, p, tok, undo_nouns, undo_askers, agents)
            if undone is not None:  # "demanded the cancellation of the lease", "called for the repeal of the law"
                holder = _subjects(ctx, s, tok) or _owner_of(owner, s, tok)
                if holder:
                    found.setdefault((holder[0], "oppose", "undone"), PositionRecord(
                        holder=holder[0], stance="oppose", target=compact(subtree(undone, stop=STOP)),
                        evidence=evidence(ctx, s)))
                continue
            # "urged the unions to obey the order and call off the strike": the second of two asked acts
            asked_tok = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "xcomp" else tok
            phr = " ".join([lem, *(c.lower_ for c in kids if c.dep_ == "prt")])
            if stance is None and (lem in killing or phr in killing) and asked_tok.dep_ in ("xcomp", "advcl", "ccomp") \
                    and asked_tok.head.lemma_.lower() in wishes | asking and any(
                        c.dep_ == "aux" and c.lower_ == "to" for c in children_of(asked_tok)) \
                    and any(asked_tok.head.i < c.i < asked_tok.i and (
                        c.dep_ in ("dobj", "nsubj") or (c.dep_ == "prep" and c.lower_ == "on"))
                            for c in (*children_of(asked_tok.head), *children_of(asked_tok))) \
                    and not _restraint_asked(asked_tok, tok, backable):  # of another, not "want to avoid X"
                # "called on the government to 'bury this agreement'", "urged Pristina to avoid unilateral operations"
                thing = next((c for c in children_of(tok) if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
                pron = next((c for c in children_of(tok) if c.dep_ == "dobj" and c.lower_ in ("it", "them")), None)
                # "… no basis for the ban, and we call on China to lift it": the measure named before
                ref = _referent([pron], s, referents | measures | anaphoric, sents) if thing is None and pron is not None else ""
                if pron is not None and thing is None and not ref:  # "said the levy was painful and urged X not to
                    ref = next((compact(_named(t)) for t in reversed(list(s.tokens)) if t.i < asked_tok.head.i  # reverse it"
                                and t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass", "dobj")
                                and not ctx.table.resolve(p, t)), "")
                kept = "neg" in kid_deps  # "urged the government not to reverse it": for it
                thing = pron if ref else thing
                holder = _subjects(ctx, s, asked_tok.head) if thing is not None and not ctx.table.resolve(p, thing) else []
                if not holder and thing is not None and any(c.dep_ == "nsubj" and c.lower_ in ("we", "i")
                                                            for c in children_of(asked_tok.head)):
                    holder = _owner_of(owner, s, asked_tok.head)  # '"We call on X to lift it," the minister said'
                if holder and thing is not None and (thing.lemma_.lower() not in outcomes or (  # "call off the strike" is
                        phr != lem and thing.lemma_.lower() in backable)):  # an action; "halt the strikes" is war
                    whose = next((c for c in children_of(asked_tok.head) if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")
                                  and c.i < asked_tok.i), None) if any(
                        c.dep_ == "poss" and c.lower_ in ("its", "their") for c in children_of(thing)) else None
                    st = "support" if kept else "oppose"
                    found.setdefault((holder[0], st), PositionRecord(  # "urged Budapest to lift its veto": Budapest's
                        holder=holder[0], stance=st, evidence=evidence(ctx, s), target=_glossed(
                            subtree(thing, stop=STOP), ref or (compact(_named(whose)) if whose is not None else ""))))
                    continue
            if stance is None and lem in yields:
                withheld = _withheld(ctx, s, tok, owner, speaker_of.get(s.idx) or [])
                if withheld is not None:
                    found.setdefault((withheld.holder, "oppose"), withheld)
                    continue
            if stance is None and lem in threats and "neg" not in kid_deps:
                deterred = _deterred(ctx, s, tok, owner)  # "would impose measures if the levy began to bite"
                if deterred is not None:
                    found.setdefault((deterred.holder, "oppose"), deterred)
                continue
            nobody = "nsubj" in kid_deps and any(  # "no government will ever sign it": the speaker's refusal
                c.dep_ == "nsubj" and _names_none(c, NOBODY) for c in children_of(tok)) and tok.tag_ != "VBD" and any(
                c.dep_ == "aux" and c.lower_ in NO_MODALS for c in children_of(tok))  # "Nobody signed anything about us":
            # a fact, "nobody has given up …" too
            negated = nobody or "neg" in kid_deps or _is_a_denied_purpose(tok) or (  # "declined to endorse the roadmap"
                stance is not None and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in declining
                and lem not in declining) or (  # "declined to discuss its terms" is no refusal of them
                tok.dep_ == "xcomp" and tok.head.lemma_.lower() in not_willing
                and any(c.dep_ == "neg" for c in children_of(tok.head)))  # "could not afford to pay the levy"
            prt = [c for c in kids if c.dep_ == "prt"]
            phrasal = any(f"{lem} {c.lower_}" in commitments for c in prt) or "advmod" in kid_deps and any(
                c.dep_ == "advmod" and f"{lem} {c.lower_}" in commitments for c in children_of(tok))  # "could only go ahead if …"
            # any act a subject "would"/"will" do to an object on its own condition ("would complete the handover
            # only if …", "would shelve the referendum only if …") is a conditional position on that act
            willed = not negated and (lem not in acts_not or lem in light_acts) and lem not in threats \
                and "aux" in kid_deps and (any(c.dep_ == "aux" and c.lower_ in OFFER_MODALS for c in children_of(tok)) or (
                    any(c.dep_ == "aux" and c.lower_ in ("could", "can") for c in children_of(tok))  # "could only pay X if"
                    and any(c.dep_ == "advmod" and c.lower_ == "only" for c in children_of(tok)))) \
                and any(c.dep_ == "dobj" and c.lemma_.lower() not in outcomes for c in _acted_on(tok, phases))
            # "said it would proceed only if …", "talks would continue, but only if …": an act with no object,
            # willed on a condition that only narrows it, is held on those terms like one with an object
            # (its own subject says whose act it is; "would decide on the veto only after …" defers, holds nothing)
            willed_bare = not negated and not willed and tok.pos_ == "VERB" and lem not in acts_not \
                and lem not in threats and lem not in deferring and "nsubj" in kid_deps \
                and any(c.dep_ == "aux" and c.lower_ in OFFER_MODALS for c in kids) \
                and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "attr", "acomp", "dative", "nsubjpass") for c in kids) \
                and _narrow_condition(ctx, tok)
            # "the money would be paid only once the accord was approved", "the vote would not be put on the agenda
            # until …", "the Fund would not lend until …": a thing done, or an act held back, on terms; the thing
            # done is the passive subject (no actor), the act held back the bare verb of its own subject
            until = _held_until_mark(tok) if stance is None and negated else None
            done_thing = next((c for c in kids if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"
                               and not ctx.table.resolve(p, c)), None) if stance is None else None
            willed_held = stance is None and not willed and not willed_bare and tok.pos_ == "VERB" \
                and lem not in acts_not and lem not in threats and lem not in deferring \
                and any(c.dep_ == "aux" and c.lower_ in OFFER_MODALS for c in kids) \
                and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "attr", "acomp", "dative") for c in kids) \
                and ((done_thing is not None and "auxpass" in kid_deps and (until or not negated and _narrow_condition(
                    ctx, tok))) or (done_thing is None and until and "nsubj" in kid_deps and not nobody))
            # "warned that members would stage a strike if …", "threatened to halt exports if …": a threat
            warned = tok.head.lemma_.lower() in warning_verbs and tok.head.i != tok.i
            urged = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in wishes  # "urged X to go ahead with Y if …": read below
            if stance is None and (lem in commitments or phrasal or lem in yields or willed or willed_bare or willed_held) \
                    and not warned and not (urged and phrasal) and (_conditioned(ctx, tok) or willed_held):
                # "would return to implementing X only if …", "would not sign any deal unless …",
                # "would call off the stoppage if the authority agreed …"
                if _both_sides(tok):
                    continue  # "if no agreement is reached, both sides would set provisional limits": a rule, no one's stance
                holder = _self_report(ctx, s, tok) or _subjects(ctx, s, tok)  # "ESLA said it would consider it only if"
                subj = next((c for c in children_of(tok) if c.dep_ == "nsubj"), None)
                if willed_held and done_thing is not None:
                    subj = done_thing  # "the money would be paid only once …": what is done, by the speaker's side
                if not holder and subj is not None and subj.pos_ == "NOUN" and tok.dep_ == "ccomp":
                    holder = _owner_of(owner, s, tok)  # "Keady said the union would …": her side
                target = _commitment_target(tok)
                act = next((c for c in children_of(tok) if c.dep_ == "xcomp" and c.pos_ == "VERB"), None) \
                    if lem in phases and not target else None
                if act is not None:  # "would begin handing over their weapons only once …": the act begun
                    target = [act, *(c for c in children_of(act) if c.dep_ == "prt"), *_commitment_target(act)]
                means = next((c for c in children_of(tok) if c.dep_ == "dobj" and c.lemma_.lower() in instruments), None)
                # the parser hangs "… and send X" on a relative clause of the means ("the powers the law gives me")
                kin = [*children_of(tok), *(g for r in (children_of(means) if means is not None else []) if r.dep_ == "relcl"
                                        for g in children_of(r) if g.dep_ == "conj")]
                purpose = next((c for c in kin if c.pos_ == "VERB" and c.i > tok.i and (
                    c.dep_ == "conj" or c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in children_of(c)))),
                    None) if means is not None and lem in ("use", "invoke", "exercise", "deploy", "employ") else None
                if purpose is not None:  # "will use the powers the law gives me and send this dispute to arbitration":
                    target = [tok, means, *[t for t in subtree(purpose, stop={"relcl", "advcl", "appos"})  # what for
                                            if t.dep_ not in ("aux", "cc", "punct")]][:14]
                elif phrasal and target:
                    target = [tok, *prt, *target]
                elif target and target[0].dep_ == "dobj" and target[0].i > tok.i:  # "pull our fighters out of X":
                    where = [t for c in children_of(tok) if c.dep_ in ("prep", "prt") and c.i > target[-1].i
                             and c.lower_ in ("out", "from", "back") for t in subtree(c, stop=STOP)]
                    target = [tok, *target, *where]  # the act, not only what it moves
                if not target and lem in endorse:
                    target = [tok, *prt]  # "We will sign tomorrow if they tell us …"
                if not target and (willed_bare or willed_held and done_thing is None) and (
                        subj is None or subj.pos_ != "NOUN" or ctx.table.resolve(p, subj)):
                    # "it would proceed only if …", "we will come back only if …": the act itself, with its particle
                    target = [tok, *prt, *(c for c in kids if c.dep_ == "advmod" and c.lower_ in BARE_ACT_ADVERBS)]
                if not target and subj is not None and subj.pos_ == "NOUN" and not ctx.table.resolve(p, subj):
                    target = [*subtree(subj, stop=STOP), tok, *prt]  # "the crossings would reopen only once …"
                mark = cond.group(0) if cond is not None else _condition_mark(ctx, tok) or (until if willed_held else None)
                if willed and not (lem in commitments or phrasal or lem in yields) and purpose is None and (
                        mark or "").lower() in ("if", "unless") and not any(c.lower_ == "only" for c in children_of(tok)):
                    continue  # "if forced to, we will bring the ports to a standstill": one's own act held over the
                    # other side is a threat (an event), not terms for a proposal ("would sign only if …", "will use
                    # my powers to send the dispute to arbitration if …" stay)
                obj0 = min(target, key=lambda t: t.i) if target else None
                pointed = _referent([obj0], s, referents, sents) if obj0 is not None and obj0.i == tok.i + 1 else ""
                if pointed and obj0 is not None:  # "would consider it only if …": it is the proposal named before
                    target = [tok, obj0]
                if holder and target and (any(t.pos_ in ("NOUN", "PROPN") for t in target) or target[0].i == tok.i) \
                        and mark:
                    for h in holder[:2]:
                        found.setdefault((h, "conditional"), PositionRecord(
                            holder=h, stance="conditional", condition=mark, evidence=evidence(ctx, s),
                            target=_glossed(target, pointed)))
                    for undone in _undone_in_condition(ctx, s, tok, undoing, outcomes)[:1]:
                        # "would shelve the referendum only if the envoy gave up the Bonn powers": against the powers
                        found.setdefault((holder[0], "oppose"), PositionRecord(
                            holder=holder[0], stance="oppose", target=compact(undone), evidence=evidence(ctx, s)))
                continue
            if stance is None and (lem in assent or f"{lem} {nxt}" in assent or any(  # "to rely instead on X"
                    f"{lem} {c.lower_}" in assent for c in children_of(tok) if c.dep_ == "prep")) and not negated \
                    and _wisher(ctx, s, tok, wishes):
                stance = "support"  # "urged both sides to agree to arbitration": the one urging backs it
            sought = _sought_process(tok, asked_for) if stance is None and not negated and lem not in killing \
                and lem not in threats and lem not in ask_read else []  # "urged X to sign it": read as before
            asker = _asker(ctx, s, tok, appealing) if sought else []
            if asker and not ctx.table.resolve(p, sought[-1]):
                # "urged X to refer the dispute to arbitration", "appealed to both sides to return to talks": the one
                # asking backs the process or settlement asked for, whatever the verb that asks it
                found.setdefault((asker[0], "support"), PositionRecord(
                    holder=asker[0], stance="support", target=compact(sought, limit=14), evidence=evidence(ctx, s)))
                continue
            going = _wanted_going(ctx, s, tok, starting, going_heads) \
                if not negated else None
            if going is not None:  # "wants the expert's process to go ahead", "pushing for the package to be switched on"
                holder = _subjects(ctx, s, tok.head) or _owner_of(owner, s, tok.head)
                if holder:  # second to any other stance of the same side in the sentence (added after them)
                    st = "oppose" if any(c.dep_ == "neg" for c in children_of(tok.head)) else "support"
                    late.append(PositionRecord(holder=holder[0], stance=st, target=going, evidence=evidence(ctx, s)))
                continue
            # "would consider the proposal on its merits": a tentative stance verb that weighs is open, not backing
            weighed = _weighed(ctx, s, tok, weighing_open, referents | wantable, sents) \
                if (stance is None or lem in tentative) and not negated and not warned else None
            if weighed is not None:  # "said it would study the revised plan": neither yes nor no, open to it
                holder = _self_report(ctx, s, tok) or _speakers_body(ctx, s, tok, _subjects(ctx, s, tok), owner) \
                    or _owner_of(owner, s, tok)
                if holder:
                    weighed_ids.hold(found.setdefault((holder[0], "mixed", "weighed"), PositionRecord(
                        holder=holder[0], stance="mixed", target=weighed, evidence=evidence(ctx, s))))
                continue
            signed = next((c for c in children_of(tok) if c.dep_ == "dobj" and c.lemma_.lower() in wantable), None) \
                if stance is None and willed and lem in signing and tok.dep_ == "ccomp" \
                and tok.head.lemma_.lower() in ctx.lex.reporting and not _in_condition(ctx, tok) else None
            if signed is not None:  # "said it would sign the agreement as it stands", "says it will ratify the treaty"
                holder = _self_report(ctx, s, tok) or _subjects(ctx, s, tok) or _owner_of(owner, s, tok)
                if holder:
                    found.setdefault((holder[0], "support"), PositionRecord(
                        holder=holder[0], stance="support", target=compact(subtree(signed, stop=STOP)),
                        evidence=evidence(ctx, s)))
                continue
            joined = _joined(tok, participation) if stance is None else []
            if joined:  # "would take part in arbitration", "agreed to join the talks": for it; "would not join": against
                thing = joined[0]
                holder = _self_report(ctx, s, tok) or _subjects(ctx, s, tok) or (
                    _subjects(ctx, s, tok.head) if tok.dep_ == "xcomp" else [])
                side = "oppose" if negated else "support"
                if holder and not ctx.table.resolve(p, thing) and (
                        thing.lemma_.lower() not in outcomes or thing.lemma_.lower() in backable):
                    found.setdefault((holder[0], side), PositionRecord(
                        holder=holder[0], stance=side, target=compact(subtree(thing, stop=STOP)),
                        evidence=evidence(ctx, s)))
                continue
            if stance is None and not negated and lem in fighting and tok.pos_ == "VERB" and any(
                    c.dep_ == "dobj" and (c.lemma_.lower() in wantable or c.lower_ in fought)
                    for c in children_of(tok)) and not any(
                    a.lemma_.lower() in ("accuse", "blame", "allege", "deny", "fear", "worry") for a in tok.ancestors):
                stance = "oppose"  # "vowed to fight any agreement", "will block the treaty": against it
            if stance is None and not negated and lem in withholding and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in lent for c in children_of(tok)):
                stance = "oppose"  # "withheld its consent to closing the chapter": against what the consent would go to
            if stance is None and lem in ("give", "provide", "offer", "grant", "make", "extend", "issue") and (
                    negated or tok.dep_ == "xcomp" and tok.head.lemma_.lower() in declining) and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in assurances for c in children_of(tok)):
                stance, negated = "support", True  # "declined to give any such undertaking": against giving it
            if stance is None and negated and not nobody and lem in breaking and any(
                    c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in children_of(tok)) and any(
                    c.dep_ == "aux" and c.lower_ in NO_MODALS for c in children_of(tok)):
                stance = "oppose"  # "would not cross the picket lines", "will not block the deal": for it (flipped below)
            refusal = negated and stance is None and not _act_done_for_a_denied_purpose(tok) and not _is_a_denied_purpose(tok) and (
                lem in refusals or f"{lem} {nxt}" in refusals or any(f"{lem} {c.lower_}" in refusals for c in prt)
                or _pledged_not_to(tok, acts_not, not_willing))  # "would not pay a premium", "will not renew the permit"
            if refusal and _asked_terms(tok, askers) and not (
                    tok.dep_ == "xcomp" and tok.head.lemma_.lower() in askers
                    and not any(c.dep_ == "prep" and c.lower_ == "without" for c in children_of(tok))):
                continue  # "called on Brussels to put in writing that its staff would not wear uniforms": the ask's terms
                # ("urged the government not to sign the deal" asks the refusal itself: the one who asks opposes it)
            if refusal:
                stance = "support"  # "does not recognise the court", "would not lay down its weapons"
            if nobody and lem in tentative:
                continue  # "Nobody expected a breakthrough": a forecast, not a refusal
            if lem in tentative and any(c.dep_ in ("ccomp", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in
                                                                         children_of(c))
                                        and any(a.dep_ in ("nsubj", "nsubjpass") and (a.pos_ == "PRON" or ctx.table.resolve(
                                            p, a)) for a in children_of(c)) for c in children_of(tok)):
                continue  # "expects Uganda to honour the deal", "expect it to be respected": asked of another
                # ("expected the truce to be extended" backs the extension)
            put_by = False  # a stance read from putting a plan forward: the proposer's own, never a mediator's
            if stance is None and not negated and (lem in proposer or phr in proposer or pair in proposer) and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in put_forward and any(  # said what it is: "a plan for X"
                        a.dep_ in ("amod", "compound", "prep", "acl", "relcl", "nummod", "nmod") for a in children_of(c))
                    for c in kids) and not (
                    tok.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in children_of(tok.head))):  # not asked of another
                stance, put_by = "support", True  # "floated a compromise", "put forward a plan for a joint fund": backed
            if stance is None and not negated and lem in assenting and any(
                    c.dep_ == "aux" and c.lower_ in ("would", "could", "will", "can") for c in kids) and any(
                    c.dep_ == "prep" and c.lower_ == "to" or c.dep_ == "xcomp" for c in kids) and (
                    cond is not None and cond_at in (-1, tok.i) or _conditioned(ctx, tok)):
                stance = "support"  # "could agree to close the chapter if …": assent on terms, made conditional below
            # "they want a single package": wanting a settlement or proposal itself backs it; other wants are asks
            # ("wants a balanced relationship": a thing praised as it is named is wanted as a settlement is)
            wanted = lem == "want" and any(
                c.dep_ == "dobj" and (c.lemma_.lower() in wantable or any(
                    a.dep_ == "amod" and a.lower_ in evaluative.get("support", ()) for a in children_of(c)))
                and not any(g.dep_ in ("acl", "xcomp") and g.tag_ == "VBN" for g in children_of(c))
                for c in children_of(tok)) and not any(c.dep_ in ("xcomp", "ccomp", "oprd") for c in children_of(tok))
            if stance is None or (lem in ("see", "want") and not wanted) \
                    or "nsubjpass" in kid_deps:
                continue
            if _in_condition(ctx, tok):
                continue
            if negated and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in regrets:
                continue  # "disappointed the two sides had not reached a deal": a wish it had happened, no refusal
            if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in purposes for c in children_of(tok)):
                continue  # "they offer us crumbs so that we accept a law …": an aim ascribed, no one's stance taken
            if _both_sides(tok) and any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c))
                                        for c in children_of(tok)):
                continue  # "both sides accepted that the law is on the table": common ground, no one side's stance
            if tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in forecasts and any(
                    c.i < tok.i for c in (*(c for c in children_of(tok.head) if c.dep_ in ("dobj", "nsubjpass")),
                                          *(c for c in children_of(tok) if c.dep_ == "nsubj" and c.pos_ != "PRON"))):
                continue  # "economists expect the Treasury to resist any settlement": a forecast, not the Treasury's word
            weighed = tok.head if tok.dep_ in ("xcomp", "ccomp") else tok
            if weighed.lemma_.lower() in deliberating and any(c.dep_ == "aux" and c.lower_ == "had"
                                                              for c in children_of(weighed)):
                continue  # "the government had considered approving the deal with conditions, but …": a deliberation
                # over and done, no stance the side holds
            if any(c.dep_ == "mark" and c.lower_ == "whether" for c in children_of(tok)) or (
                    tok.dep_ == "xcomp" and tok.head.lower_ not in imminent  # ("Italy is set to veto the bid": its act)
                    and any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(tok.head))) or (
                    tok.dep_ == "conj" and tok.head.dep_ == "xcomp"  # "asked to sit … and to accept rosters"
                    and any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(tok.head.head))):
                continue  # "asked whether she expected a breakthrough", "had been told to expect delays": no stance
            modal = {c.lower_ for c in children_of(tok) if c.dep_ == "aux"} & {"should", "must", "could", "would", "will",
                                                                           "might", "may", "ought"}
            # "would not accept X" is a refusal, "would accept X only if Y" a condition: positions both
            decided = modal <= {"would", "will"} | able and (negated or (stance == "support" and (
                cond is not None or _conditioned(ctx, tok))))  # "would consider a compensation scheme once …"
            # "would support whatever arrangement …", "would oppose any concession": the subject's own stance
            decided = decided or (modal <= {"would", "will"} and tok.dep_ in ("ROOT", "ccomp", "conj")
                                  and lem not in tentative)
            # "signalled it could accept leaving out milk but still wanted …": open to it, with a reservation
            leaning = bool(modal) and modal <= able and stance == "support" and not negated and not decided \
                and tok.dep_ in ("ROOT", "ccomp") and lem in endorse
            decided = decided or leaning
            # "Lange said the Commission should not accept a deal": the reporter's stance on the deal
            urged = _urger(ctx, s, tok, owner) if modal & {"should", "must", "ought"} and not decided else []
            if (modal and not decided and not urged) or (tok.dep_ == "xcomp" and tok.head.lemma_ == "have"):
                continue  # "both sides should accept": a demand of the speaker, not a position of the subject
            if negated and stance == "oppose" and (lem in opening or pair in opening or any(w in opening for w in preps)):
                if "ccomp" in kid_deps:
                    continue  # "did not rule out that the leaders would meet without one": a possibility allowed
                stance = "conditional"  # "would not rule out back-to-work legislation": open to it, no backing
            elif negated:
                if said_stance == "oppose" and stance == "oppose" and cond is None:
                    continue  # "did not reject the plan", "would not oppose the bill": no objection is no backing
                    # (with terms, "would not oppose it provided …", it is read as backing on those terms below)
                stance = "oppose" if stance == "support" else "support"
            if urged and stance == "support" and any(c.dep_ == "advmod" and c.lower_ in ("first", "beforehand")
                                                     for c in children_of(tok)):
                stance = "conditional"  # "insisted every returnee must first accept the card": a precondition
            if (refusal or modal and stance == "oppose") and _waits_on(ctx, s, tok, cond):
                stance = "conditional"  # "would not sign it until …", "could not accept it unless …", "would vote
                # against the bill unless …": backing held back until something is given
            # "demanded that the bank accept X", "insists that Kabul sign it": the one who asks backs it, not the asked
            asked_other = _asked_of_other(tok, demanding_heads)
            demander = _subjects(ctx, s, tok.head) if asked_other else []
            holder = _wisher(ctx, s, tok, undo_askers) or demander \
                or _subjects(ctx, s, tok) or _collective_holder(ctx, s, tok, owner) or _descriptor_holder(ctx, tok)
            if asked_other and not urged and not demander:
                continue  # "crowds rallied to demand that the government accept the deal": no actor asks, none holds
            if not holder and any(c.dep_ == "nsubj" and c.lower_ in ("it", "they") for c in children_of(tok)):
                holder = _owner_of(owner, s, tok)  # "Boukhalfa said … that it supported X": his side
            if not holder and tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.head.pos_ == "VERB":
                holder = _subjects(ctx, s, tok.head)  # "accepted A while rejecting B", "walked out, rejecting X"
            if not holder and not asked_other:
                holder = _reported_body(ctx, s, tok, owner)  # "X said the provincial government could not afford …"
            holder = urged or _self_report(ctx, s, tok) or _speakers_body(ctx, s, tok, holder, owner)
            holder = _aside_resumed(ctx, s, tok) or holder
            pron = next((c for c in children_of(tok) if c.dep_ == "nsubj"), None)
            if pron is not None and pron.lower_ in ("it", "he", "she") and tok.dep_ == "ccomp" \
                    and tok.head.lemma_.lower() in ctx.lex.reporting and not urged:
                reporter = _subjects(ctx, s, tok.head)  # "Y said it could live with the draft": "it" is Y, whoever
                if reporter and not set(reporter) & ctx.table.camp(holder[:1]):  # the sentence named before
                    holder = reporter
            if nobody:
                holder = (owner.get((s.idx, tok.i)) or speaker_of.get(s.idx) or holder)[:1]
            if any(c.dep_ in ("oprd", "ccomp") and c.pos_ == "ADJ" and any(g.dep_ == "nsubj" for g in children_of(c))
                   for c in children_of(tok)):
                continue  # "considered the offer inadequate": an appraisal, read by its adjective (below), no stance
                # of the verb's own ("would consider the offer" is one)
            target = _target_of_verb(tok, fors, lent, refused=negated and tok.pos_ == "VERB")
            if tok.dep_ == "relcl" and len(target) == 1 and target[0].tag_ == "WDT":
                # "…, which India rejected outright": the relative pronoun stands for what the clause hangs on; set off
                # after the object of an act's preposition ("asked X to postpone the rise under the accord, which the
                # union refused") it takes up the act
                target = _act_of_aside(tok, target[0])
            first = min(target, key=lambda t: t.i) if target else None
            if first is not None and first.i == tok.i + 1 and first.lower_ in ("it", "them") and first.dep_ == "nsubj":
                target = [first]  # "would consider it only if …" read as a clause "it … covered": it is the object
            if _points_back(tok):  # "Beijing said the probe was political. The Commission rejects that, saying …"
                target = _said_before(s, sents, prev_content)
            if not target and tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i \
                    and lem not in tentative and tok.head.lemma_.lower() not in disputed \
                    and not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok)):
                # "an idea the federation rejected", "the plan which Kyiv welcomed": the noun the clause hangs on
                target = _pointed_act(ctx, s, tok.head) or sorted(subtree(tok.head, stop=STOP), key=lambda t: t.i)
                if tok.head.dep_ == "attr" and tok.head.head.lemma_ == "be":
                    # "another dam is a risk we cannot accept": the dam the copula equates the risk with is refused
                    subj = next((c for c in children_of(tok.head.head) if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
                                 and not ctx.table.resolve(p, c)), None)
                    if subj is not None:
                        target = subtree(subj, stop=STOP)
            referent = _referent(target, s, referents, sents)
            nth = _nth_of(target, s, sents)
            if target and target[0].lower_ in INDEFINITE:  # "anything that restricted access": the clause says what
                target = subtree(target[0], stop={"advcl", "ccomp", "appos"})
            if refusal and not target:  # "would not negotiate under the threat of a strike"
                target = [t for c in children_of(tok) if c.dep_ in ("prep", "advmod") for t in subtree(c)]
            kept = _while_kept(tok) if refusal else []
            if kept:  # "would not return to parliament while the law stayed": the law too is what is refused
                target = sorted({t.i: t for t in (*target, *kept)}.values(), key=lambda t: t.i)
            head0 = target[0] if target else None
            if refusal and target:  # the refused act, not only its object: "lay down its weapons"
                target = sorted({tok.i: tok, **{c.i: c for c in prt}, **{t.i: t for t in target}}.values(),
                                key=lambda t: t.i)
            if not holder or not target:
                continue
            if put_by and (not any(c.dep_ == "nsubj" and (c.pos_ == "PRON" or ctx.table.resolve(p, c)) for c in kids)
                           or modal  # "would present a revised draft next week": not yet put forward
                           or _go_between(ctx, holder[0], go_betweens)
                           if holder[0] in ctx.table.actors else True):
                continue  # "the mediator put forward a proposal": a bridge offered, no side's stance; the proposer named
            if head0 is not None and head0.pos_ not in ("NOUN", "PROPN"):  # "denounced what they called a violation"
                head0 = next((t for t in target if t.pos_ == "NOUN"), head0)
            if lem in reaching and (head0 is None or (
                    head0.lemma_.lower() not in wantable and head0.lemma_.lower() not in reachable)):
                continue  # "needs to reach a two-thirds majority", "reach the top rate": a goal met, nothing settled
            if lem in tentative and not cond and target[0].dep_ == "xcomp" and target[0].head.i == tok.i:
                continue  # "expected to reconvene the talks next week": a plan, not a stance
            if (head0 is not None and head0.lemma_.lower() in outcomes and (stance != "support" or negated or (
                    head0.lemma_.lower() not in backable))) \
                    or tok.head.lemma_.lower() in denials:  # backing a walkout is a stance, refusing violence none
                continue  # "would not tolerate any violence", "denounced a violation": no proposal; "denies backing X"
            own_cond = cond if cond is not None and cond_at in (-1, tok.i) else None  # not another stance verb's
            if stance == "support" and (own_cond or (modal <= {"would", "will"} | able and modal and _conditioned(ctx, tok))):
                stance = "conditional"
            elif stance == "support" and len(target) > 2 and target[0].lower_ in partial and target[1].lower_ == "of":
                stance = "mixed"  # "accepted much of the report", "backs parts of the plan": not all of it
            elif leaning:  # "could accept the higher fee but rejected the landing requirement": two stances
                stance = "mixed" if _contrast_at(ctx, s) >= 0 and not _refused_apart(tok, head0, verbs.get(
                    "oppose", [])) else "conditional"
            if stance == "support":  # "backed the timetable 'in principle'", "accepted it with reservations"
                stance = _hedged(tok, hedges) or stance
            txt = compact(target)
            whom = ctx.table.resolve(p, head0) if head0 is not None and head0.pos_ == "PROPN" and len(target) <= 3 else []
            if whom and stance in ("support", "oppose") and whom[0] not in holder and not refusal:
                txt = _person_stance(whom[0], out)  # "backed Marsh": Marsh and what Marsh stands for
            if referent:  # "would put the offer to a vote but would not recommend it": it is the offer
                txt = f"{txt} ({referent})"
            elif nth:  # "two options: … Countries had rallied behind the first" → "first option"
                txt = nth
            elif not txt or not any(t.pos_ in ("NOUN", "PROPN") and t.is_alpha and t.ent_type_ not in ("DATE", "TIME")
                                    for t in target):
                continue  # "pressed for 20%", "results expected that evening": no object of a stance
            if any(t.lemma_.lower() in disputed for t in target if t.dep_ in ("dobj", "pobj") or t.i == target[0].i) \
                    and len(target) <= 3:
                named = _act_referent(s, sents, referents - disputed, tok.lower_) \
                    if any(t.lower_ in heads for t in target) else ""
                if not named:
                    continue  # "rejects that reading": a dispute, not a position
                txt = f"{txt} ({named})"  # "… an Ethiopian proposal. Somalia rejected that version": of the proposal
            if head0 is not None and _alleged(ctx, head0, disputed):
                continue  # "rejected suggestions that the board was punishing players": a denial, not a position
            if any(t.lower_ in non_targets and (t.i == target[0].i or t.head.i == tok.i) and not any(
                    c.dep_ == "poss" or (t.lower_ in specified and c.dep_ == "prep" and c.lower_ in ("to", "of"))
                    for c in children_of(t)) for t in target):
                continue  # "defend its interests" is no stance; "backed Abdi's position", "the right of X to Y" are
            spk = owner.get((s.idx, tok.i)) or speaker_of.get(s.idx) or []
            if len(holder) > 1 and spk and spk[0] in ctx.table.actors:
                # every speaker's side: "the Left Bloc and the Communists said they …" speak for both
                camp = {a for w in spk if w in ctx.table.actors for a in (w, *ctx.table.actors[w].affiliations)}
                holder = [h for h in holder if h in camp] or holder  # "the two sides reached …", says one side
            for h in holder[:2]:
                found.setdefault((h, stance), PositionRecord(
                    holder=h, stance=stance, target=txt, condition=own_cond.group(0) if own_cond else None,
                    evidence=evidence(ctx, s)))
        low = s.text.lower().replace("\u2019", "'")
        quoted = re.sub("[\"\u201c\u201d]", " ", low) if any(q in low for q in "\"\u201c\u201d") else ""
        live: dict[str, list[str]] = {}  # stance → its phrases this sentence may hold, in the table's order
        for n in sorted(n for key in _keys_in(key_runs, phrase_keys, (low, quoted) if quoted else (low,))
                        for n in phrase_keys[key]):
            live.setdefault(phrase_plan[n][0], []).append(phrase_plan[n][1])
        for stance, plist in live.items():
            for ph in plist:
                ph_words = ph.split()
                m = _phrase_re(ph).search(low)
                if m is None and quoted:  # 'was "not a party" to any agreement': the quote marks split the phrase
                    m = _phrase_re(ph).search(quoted)
                i = m.start() if m else -1
                # 'nodules mined under a US permit would be "illegally obtained"' judges the nodules; "crossed the
                # border illegally" judges the crossing, no thing anyone takes a stance on
                adverb = m is not None and m.group(0).endswith("ly") and not ph.endswith("ly")
                if i < 0 and ph.startswith(("a ", "an ")) and len(ph_words) >= 3:
                    m = _loose_re(ph).search(quoted or low)  # "a serious step forward", "an absolute dead end"
                    i = m.start() if m else -1
                if i < 0:
                    continue
                toks = [t for t in s.tokens if t.idx - s.span.start_char >= i]
                if not toks:
                    continue
                t0 = toks[0]
                if adverb and not any(c.dep_ == "auxpass" for c in children_of(t0.head)):
                    continue
                after = next((t for t in toks if t.idx - s.span.start_char >= i + len(ph)), None)
                # '"an ultimatum, not a basis for talks"': a verdict denied ("not a step forward") says the opposite
                denied = ph_words[0] not in ("no", "not", "never") and stance in ("support", "oppose") \
                    and NOT_BEFORE.search(low[max(0, i - 16):i]) is not None
                if " " not in ph and (t0.dep_ == "compound" or any(c.dep_ == "poss" for c in children_of(t0))):
                    continue  # "monthly progress reports", "basis points", "a report on their progress": the word
                    # names a thing, it passes no verdict
                if ph.endswith("enough") and after is not None and after.lower_ in ("to", "for"):
                    continue  # "was not enough to stop the vote": a fact about means, not a verdict on an offer
                if _in_condition(ctx, t0):
                    continue  # "only once Pristina took 'concrete steps'": the condition, not a verdict
                if " " not in ph and t0.dep_ == "acomp" and _meeting_tone(ctx, t0, t0.head, t0.lower_):
                    continue  # 'said the talks had been "constructive"': how a meeting went, no stance on a measure
                if ph_words[0] in ("a", "an") and t0.dep_ == "det" and t0.head.dep_ == "pobj" \
                        and t0.head.head.lower_ == "for" and t0.head.head.head.pos_ == "VERB":
                    continue  # "ordered the operator to pay $220 million for a licence to use the band": the thing
                    # paid or applied for, no verdict ("called the bill a licence to pollute" is one)
                if any(t.dep_ == "dobj" and t.head.lemma_.lower() in dropping for t in toks[:len(ph_words)]):
                    continue  # "after Jakarta dropped its opposition to a joint survey": a stance given up, not held
                aside = next((a for a in t0.ancestors if a.dep_ == "relcl" and a.head.pos_ in ("NOUN", "PROPN")
                              and any(w.dep_ == "nsubj" and w.lower_ in ("which", "who") for w in children_of(a))), None)
                if aside is not None and aside.lemma_.lower() not in judging and aside.head.i < t0.i \
                        and _punished(t0, punishing) is None:  # "sanction officials who 'take concrete steps …'" is read below
                    continue  # "the ruling, which found the claims had 'no legal basis'", "the US, which is 'not a party
                    # to' the roadmap": an aside on the noun, not a verdict of the sentence's speaker
                quoted_here = t0.i > 0 and tokens_of(t0.doc)[t0.i - 1].text in ("\"", "\u201c", "'", "\u2018")
                if " " not in ph and t0.pos_ == "VERB" and any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(t0)) \
                        and not quoted_here:  # 'said the list was "inflated with names"' is the speaker's verdict
                    continue  # "fighters would be welcomed as individuals": done to someone, no one's stance
                if " " not in ph and t0.dep_ == "amod" and t0.head.lemma_.lower() not in settlements \
                        and t0.head.dep_ not in ("appos", "oprd", "attr"):
                    continue  # "the worst border fighting": a description; "called the freeze 'a cosmetic pause'" a verdict
                holder = owner.get((s.idx, t0.i)) or speaker_of.get(s.idx) or []
                teller = next((a for a in t0.ancestors if a.lemma_.lower() in ctx.lex.reporting), None)
                if teller is not None and not owner.get((s.idx, t0.i)) and teller.dep_ != "relcl":
                    holder = _subjects(ctx, s, teller) or holder  # "X rejected it, while Y said it could live with it": Y
                if t0.pos_ == "VERB" and teller is None and not owner.get((s.idx, t0.i)) \
                        and t0.dep_ in ("ROOT", "conj") and not any(c.dep_ in ("agent", "auxpass") for c in children_of(t0)):
                    own = next((c for c in children_of(t0) if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
                    holder = _subjects(ctx, s, t0) or ([] if own is not None else holder)
                    if not holder:  # "X backed the demand, while Y accused Z of …": X, not Y; "Several deans backed
                        continue  # the call": a subject no actor names holds it, not the sentence's speaker
                elif t0.pos_ == "VERB" and " " not in ph and (teller is None or teller.dep_ != "relcl") and any(
                        c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in children_of(t0)) and any(
                        c.dep_ == "dobj" for c in children_of(t0)):
                    # "The smaller states also backed the plan, the Commission said": the states back it, the
                    # Commission only reports; a subject no actor names holds it, never its reporter (a verdict
                    # verb's subject is what is judged: "said the new text 'looks better'")
                    doer = next(c for c in children_of(t0) if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN"))
                    named = any(x.pos_ == "PROPN" and x.text[:1].isupper()  # (not "the bloc" the parser took for a name)
                                for x in (doer, *(c for c in children_of(doer) if c.dep_ == "conj")))
                    doers = _subjects(ctx, s, t0)  # ("its chairman said the bloc backed X": his own side, his words)
                    # (a person saying "the council backed X" of the body they head speaks for it, as
                    # :func:`_speakers_body` reads it)
                    person = bool(holder) and getattr(ctx.table.actors.get(holder[0]), "type", None) == "Person"
                    holder = holder if doers and holder and (set(doers) & ctx.table.camp(holder[:1]) or (
                        person and not named and doer.text.islower())) else doers or ([] if named else holder)
                    if not holder:  # ("Hearts and Hibernian also backed it, the league said": nobody's stance here;
                        continue  # "said the bishops welcomed the draft" is still the speaker's own side)
                bare_subj = next((c for c in children_of(teller) if c.dep_ == "nsubj" and not any(
                    d.dep_ in ("compound", "amod", "poss") for d in children_of(c))), None) if teller is not None else None
                named = _descriptor_holder(ctx, teller) if teller is not None and teller.dep_ == "relcl" and \
                    bare_subj is not None and bare_subj.lemma_.lower() not in national else []
                if named and not set(named) & ctx.table.camp(holder[:1]):  # "loans, which the association says are
                    holder = named  # not enough": the one actor the article calls by that word, not a guess
                poss = next((c for c in children_of(t0) if c.dep_ == "poss"), None)
                if poss is not None and poss.pos_ != "PRON":  # "the general's rejection of the plan": the general's
                    holder = ctx.table.resolve(p, poss)
                    if not holder:
                        continue
                if not holder:
                    root = s.span.root
                    holder = _subjects(ctx, s, root)
                    if not holder and root.lemma_.lower() in ctx.lex.reporting and s.idx > 0 \
                            and sents[s.idx - 1].para is p and any(
                                c.dep_ == "nsubj" and c.lower_ in ("it", "they", "he", "she") for c in children_of(root)):
                        holder = speaker_of.get(s.idx - 1, [])[:1]  # "X's office said …. It added that …": X
                if not holder:
                    continue
                told_by = next((a for a in t0.ancestors if a.pos_ == "VERB"), None)
                if told_by is not None and told_by.dep_ == "advcl" and any(
                        c.dep_ == "mark" and c.lower_ in NARRATING_MARKS for c in children_of(told_by)) and any(
                        c.dep_ == "nsubj" for c in children_of(told_by)):
                    # "X said Canada would not give it up, hours after Trump demanded full access as a condition for
                    # extending the pact": the time clause tells what another did; its subject holds the terms
                    doer = _subjects(ctx, s, told_by)
                    if doer and not set(doer) & ctx.table.camp(holder[:1]):
                        holder = doer
                # the subject the evaluation is predicated of
                v = t0
                while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
                    v = v.head
                if _achieved(t0, v, achieving, wantable):
                    continue  # "said the parties had made 'real progress'": a report on the talks, no verdict on a text
                target: list[Any] = []
                subj = next((c for c in children_of(v) if c.dep_ == "nsubj"), None)
                if subj is not None and subj.lower_ in NOBODY_NOTHING:
                    continue  # '"nothing about the rights of women is off the table"': openness, no verdict on a text
                if ph_words[0] == "no" and ph_words[-1] == "to" and stance == "oppose" and any(
                        c.dep_ == "expl" for c in children_of(v)):  # ("there is no place for X" stays a refusal)
                    continue  # "there is still no plan to fill the posts": a lack complained of, nobody's refusal
                if v.lemma_ == "have" and ph_words[0] == "no" and subj is not None and subj.pos_ != "PRON" \
                        and not ctx.table.resolve(p, subj):
                    continue  # "because the companies have no plans to …": a fact about others, not a verdict
                if ph_words[-1] == "against" and (subj is None or subj.lower_ in ("it", "this", "that") or (
                        subj.pos_ != "PRON" and not ctx.table.resolve(p, subj))):
                    continue  # "the move was against the spirit of the accord": a charge, not a stance
                # "a recipe for disaster" is said of a thing, not of disaster; "support for X depended on Y": of X
                label = ph_words[0] in ("a", "an", "the", "too") or stance == "conditional"
                if ph_words[-1] in ("to", "for", "behind", "of", "on", "in", "about", "over", "against", "from",
                                      "with", "by") and not label:  # "distanced itself from the threat": the object of the phrase's preposition
                    end = next((t for t in s.tokens if t.i >= t0.i and t.lower_ == ph_words[-1]), None)
                    # "no place for X", "voiced support for X": the object of the noun's own preposition ("good
                    # for both countries" names who gains, not what is backed)
                    obj = next((g for g in children_of(end) if g.dep_ in ("pobj", "pcomp")), None) \
                        if end is not None and (end.head.pos_ == "NOUN" or end.lower_ == "against" or (
                            end.dep_ == "agent" and end.head.i == t0.i)) else None  # "unimpressed by the deal"
                    held = _relative_head(ctx, p, v) if obj is None and v.dep_ == "relcl" and v.head.i < v.i else []
                    target = subtree(obj, stop=STOP) if obj is not None else held or _prep_object_after(s, t0.i)
                    act = end.head if end is not None and end.dep_ == "aux" and end.head.pos_ == "VERB" \
                        and end.head.i > end.i and end.head.dep_ in ("acl", "xcomp") else None
                    if obj is None and act is not None and stance == "oppose":  # "had no plans to pay into the fund":
                        target = [t for t in subtree(act, stop=STOP) if t.i != end.i]  # the act planned (or not), not a noun met later
                rel = _judged_noun(ctx, s, v) if v.lemma_.lower() in judging else None
                if rel is not None and not rel[0]:
                    continue  # "an offer that analysts described as 'a basis'": judged by no actor
                if rel is not None:  # "a move the union called 'a step backwards'": the union on the move
                    holder, target = rel
                elif v.lemma_.lower() in judging:  # 'called the extension "a gift to criminals"': the extension
                    called = next((c for c in children_of(v) if c.dep_ == "dobj" and c.i < t0.i), None)
                    if called is not None and called.pos_ in ("NOUN", "PROPN") and (
                            not ctx.table.resolve(p, called) or _owned_thing(ctx, p, called)):
                        target = subtree(called, stop=STOP)
                    elif called is not None and called.lower_ == "it":  # "denounced the decision …, calling it …"
                        first = next((c for c in children_of(v.head) if c.dep_ == "dobj" and c.pos_ == "NOUN"),
                                     None) if v.dep_ == "advcl" else None
                        near = [t for t in s.tokens if t.i < called.i and t.pos_ == "NOUN" and t.lower_ in referents]
                        target = _named(first) if first is not None else _named(near[-1]) if near else target
                pointed_at = ""
                seen_as = next((c for c in children_of(v) if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                                and not ctx.table.resolve(p, c)), None) if not target and (
                    t0.i == v.i and owner.get((s.idx, t0.i)) or any(  # a verb in what someone reports
                    a.lower_ == "as" and a.dep_ == "prep" and a.head.i == v.i for a in t0.ancestors)) else None
                if seen_as is not None:  # "welcomed the amended draft as 'a serious step'": the draft, not who welcomed
                    target = subtree(seen_as, stop=STOP)
                target = target or _antecedent(ctx, s, v)
                # '"This is a fair offer"': the sentence itself names what the pronoun is, a proposal word
                called_as = next((c for c in children_of(v) if c.dep_ == "attr" and c.lemma_.lower() in referents),
                                 None) if v.lemma_ == "be" else None
                named_thing = next((t for t in reversed(toks[:len(ph_words)]) if t.pos_ == "NOUN"), None) if label else None
                if not target and named_thing is not None and named_thing.dep_ == "dobj" and named_thing.head.i == v.i \
                        and v.lemma_ not in ("be", "have") and not ctx.table.resolve(p, named_thing):
                    target = subtree(named_thing, stop=STOP)  # "said the government had put a fair deal on the table":
                    # the deal is what the label judges, not the subject that tabled it
                for c in ([] if target else children_of(v)):
                    act = tokens_of(c.doc)[c.i - 1] if c.i > 0 and c.lower_ == "it" else None
                    if c.dep_ == "nsubj" and act is not None and act.dep_ == "acl" and act.pos_ == "VERB" \
                            and act.head.pos_ == "NOUN" and act.head.dep_ == "dobj" and act.head.head.i != v.i:
                        # 'said any move to weaken it would be "a betrayal"': "it" is the object of the infinitive
                        # the parser took for the subject; the subject is the move, not what was said before
                        target = [t for t in subtree(act.head, stop=STOP) if t.i < c.i] + [c]
                        break
                    if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("this", "that", "it") and (
                            called_as is not None or prev_content):
                        target = _named(called_as) if called_as is not None else prev_content
                        break
                    if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "it":  # 'asked about the proposal, said it
                        near = [t for t in s.tokens if t.i < c.i and t.pos_ == "NOUN" and t.lower_ in referents]
                        if near:  # was "a good basis"': the proposal
                            target = _named(near[-1])
                            break
                        ref = "" if v.lemma_ != "be" or _extraposed(v, t0.i) \
                            else _referent([c], s, referents, sents)  # "It is a mistake to …" points at nothing
                        if ref:  # "… tabled a revised offer. 'It is an insult,' said X": the offer
                            target = [c]
                            pointed_at = ref
                            break
                    if c.dep_ == "nsubj" and t0.i == v.i and v.lemma_ != "be" and teller is not None:
                        continue  # "said the bloc backed Kiribati's demand": who backs, not what is backed (below)
                    if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ctx.lex.role_words:
                        cand = subtree(c, stop=STOP)
                        if not ctx.table.resolve(p, c) and c.pos_ != "PRON" and any(
                                (x.idx - s.span.start_char < i or x.idx - s.span.start_char >= i + len(ph))
                                and x.pos_ in ("NOUN", "PROPN") for x in cand):
                            target = cand
                if not target:
                    for c in children_of(v):
                        if c.dep_ == "dobj" and (not ctx.table.resolve(p, c) or t0.i == v.i and c.pos_ == "NOUN"
                                                 and teller is not None) \
                                and c.pos_ != "PRON":  # ("backed Kiribati's demand": the demand, whoever holds it)
                            target = subtree(c, stop=STOP)
                if not target and v.dep_ == "relcl" and v.head.i < v.i:
                    target = _relative_head(ctx, p, v)  # '"The text is something we can work with"': the text
                if not target and content_of.get(s.idx) and speaker_of.get(s.idx):
                    target = [t for t in content_of[s.idx] if not (t.dep_ == "mark" and t.lower_ == "that")]
                if not target:
                    target = _prep_object_after(s, t0.i, last=stance == "mixed")
                if not target:  # "On sandeel, Brussels is in no mood to compromise": the fronted topic
                    first = s.tokens[0]
                    if first.lower_ in ("on", "over") and first.dep_ == "prep":
                        target = [g for g in children_of(first) if g.dep_ == "pobj"][:1]
                if not target or not pointed_at and all(t.pos_ in ("PRON", "DET", "PUNCT") for t in target) or (
                        target[0].lemma_.lower() in outcomes and target[0].dep_ == "pobj"):
                    continue  # "not a party to the conflict": neutrality, no stance on a proposal
                # "could work with the revised standard if the phase-in were stretched": backing on that condition
                cv = v.head if v.dep_ == "aux" else v  # "could work with": the condition hangs on "work"
                marked = stance == "support" and not cond and cv.pos_ in ("VERB", "AUX") and (
                    _condition_mark(ctx, cv) or cv.dep_ == "relcl" and cv.head.dep_ == "attr"  # '"The text is something we
                    and _condition_mark(ctx, cv.head.head))  # can work with, provided …"': the terms hang on "is"
                st = "conditional" if (cond or marked) and stance == "support" else stance
                if denied:
                    st = {"support": "oppose", "oppose": "support"}.get(st, st)
                punisher = _punished(t0, punishing)
                if punisher is not None and st in ("support", "oppose"):  # "would sanction officials who 'take
                    st = "oppose" if st == "support" else "support"  # concrete steps towards secession'"
                    holder = _subjects(ctx, s, punisher) or holder
                key: tuple[str, ...] = (holder[0], st)
                if key in found:
                    key = (holder[0], st, "2")  # "called the freeze 'cosmetic' and would not return while …": two
                    if st != "oppose" or key in found or _words(found[(holder[0], st)].target) & _words(compact(target)):
                        continue
                said_of = _glossed(target, pointed_at)
                if ph in unnegotiable and v.lemma_ == "be" and subj is not None and any(t.i == subj.i for t in target):
                    # '"Supply management is not on the table"': no concessions on it, which defends it
                    said_of = f"concessions on {said_of}"
                found[key] = PositionRecord(holder=holder[0], stance=st, condition=cond.group(0) if cond else None,
                                            target=said_of,
                                            evidence=evidence(ctx, s))
                if v.lemma_.lower() in judging or v.lemma_.lower() == "be":  # "X was 'a step forward' but did not …"
                    judged.hold(found[key])
                break
        for rec in _passive_stances(ctx, s, verbs):  # "the original draft was rejected by Kosovo's government"
            found.setdefault((rec.holder, rec.stance), rec)
        for rec in _felt_stances(ctx, s, feeling):  # "the revision did not satisfy India"
            found.setdefault((rec.holder, rec.stance), rec)
        for h, rec in _cleft_refusals(ctx, s):  # "What we will not do is repeal a law …"
            found.setdefault((h, "oppose"), rec)
        for rec in _terms_set(ctx, s, owner, speaker_of.get(s.idx) or [], outcomes):
            found.setdefault((rec.holder, rec.stance), rec)  # "any undertaking has to remove …", "no deal without …"
        for rec in _kept_until(ctx, s, owner, speaker_of.get(s.idx) or [], closed):
            found.setdefault((rec.holder, "conditional"), rec)  # "the crossings will stay shut until X pulls back"
        held_until = _held_until(ctx, s, owner, speaker_of.get(s.idx) or [])
        if held_until is not None:  # "Until the district puts caps in writing, the strike stands": the caps
            found.setdefault((held_until.holder, "support"), held_until)
        for tok in s.tokens:  # "the plan won the backing of X": X supports the plan
            won = _won_backing(ctx, s, tok, backing, winning)
            if won is not None:
                found.setdefault((won.holder, "support"), won)
        # willingness: "Ethiopia is ready to agree guidelines", "remains willing to discuss the roadmap"
        for tok in s.tokens if not s.lowers.isdisjoint(willing) else ():
            if tok.lower_ not in willing:
                continue  # (first: the test below reads the children of every token)
            # "Athens was prepared to sign …": the parser may make the word the clause's own passive head
            heads_clause = tok.pos_ in ("ADJ", "VERB") and tok.dep_ in ("ccomp", "ROOT", "conj") and any(
                c.dep_ == "auxpass" for c in children_of(tok))
            if not heads_clause and (tok.pos_ != "ADJ" or tok.dep_ not in ("acomp", "oprd", "amod")):
                continue
            xc = next((c for c in children_of(tok) if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
            pobj = next((g for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in ("for", "to")
                         for g in children_of(c) if g.dep_ == "pobj" and g.lemma_.lower() in settlements), None)
            talks = next((g for g in children_of(xc) if g.dep_ in ("xcomp", "ccomp") and g.tag_ == "VBG"
                          and g.lemma_.lower() in negotiating), None) if xc is not None \
                and xc.lemma_.lower() in ("keep", "continue", "go") else None  # "ready to keep talking": for the talks
            if xc is None and pobj is not None:
                xc = pobj  # "ready for an all-for-all exchange" (a settlement, not "ready for war")
            elif talks is None and (xc is None or xc.lemma_.lower() in threats or (
                    xc.lemma_.lower() not in agreeable and not _cooperative(ctx, xc) and not (
                        _offered_act(xc, unready) and _offered_freely(tok, warning_verbs)) and not (
                        xc.lemma_ == "be" and any(c.dep_ == "attr" and c.lower_ == "part" for c in children_of(xc)))
                    and not _willed_on_terms(ctx, tok, xc, cond))):
                continue  # "ready to host" is an offer; "prepared to suspend coordination" a threat
            if xc.lemma_.lower() in giving and (xc.i < 1 or tokens_of(xc.doc)[xc.i - 1].lower_ != "to"):
                continue  # "ready to fly released detainees": a participle the parser took for the verb
            said = tok if heads_clause else tok.head  # the verb the readiness is said with
            if any(c.dep_ == "neg" for c in children_of(said)) or said.dep_ in ("acl", "relcl", "advcl"):
                continue  # "skepticism that Russia is ready to …" is nobody's stance
            holder = _subjects(ctx, s, said) if said.pos_ in ("AUX", "VERB") or heads_clause else []
            holder = holder or owner.get((s.idx, tok.i)) or speaker_of.get(s.idx) or []
            if holder and xc.pos_ == "VERB" and xc.lemma_.lower() not in agreeable and not _cooperative(ctx, xc) \
                    and _go_between(ctx, holder[0], go_betweens):
                continue  # "the state mediator said she was ready to call the parties back": a go-between's offer
            target = [t for t in subtree(xc, stop=STOP) if not (t.dep_ == "aux" and t.head.i == xc.i)]
            it = next((c for c in children_of(xc) if c.dep_ == "dobj" and c.lower_ in ("it", "them")), None)
            ref = _referent([it], s, referents, sents) if it is not None else ""  # "ready to discuss it": the draft
            if talks is not None and not any(t.pos_ in ("NOUN", "PROPN") for t in target):
                target = [xc, talks]  # "keep talking"
            if holder and (ref or talks is not None or any(t.pos_ in ("NOUN", "PROPN") for t in target)):
                # "willing to sign the accord once the border is demarcated": on that condition
                # "said it was ready to lift its veto … if Skopje wrote …", "once X withdraws, Y remains ready to …":
                # the condition hangs on the verb "ready" is said with
                st = "conditional" if cond or (xc.pos_ in ("VERB", "AUX") and _condition_mark(ctx, xc)) or (
                    said.pos_ in ("VERB", "AUX") and _condition_mark(ctx, said)) \
                    else "support"
                txt = _glossed(target, ref)
                found.setdefault((holder[0], st), PositionRecord(holder=holder[0], stance=st, target=txt,
                                                                 condition=cond.group(0) if cond else None,
                                                                 evidence=evidence(ctx, s)))
        # evaluative adjectives: "a very substantial framework", called the proposal "the worst yet"
        for tok in s.tokens:
            pos = tok.pos  # (the part of speech's id, read once: ``pos_`` looks the name up on every read)
            # "China was committed to the code", "Japan is opposed to the plan": the parser reads a passive verb
            passive_adj = tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in children_of(tok)) \
                and any(c.dep_ == "prep" and c.lower_ in ("to", "towards", "toward") for c in children_of(tok))
            verdict = _noun_verdict(tok, verdicts, evaluative, judging, framing) if pos == NOUN else None
            if pos != ADJ and not (pos == VERB and tok.dep_ in ("acomp", "oprd")) and not passive_adj \
                    and verdict is None:
                continue  # a participle used as an adjective: "remained committed to"
            if pos == ADJ and any(c.dep_ == "mark" for c in children_of(tok)) and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children_of(tok)):
                continue  # "would approach the court if necessary", "where possible": a hedge, not a verdict
            word = _hyphenated(tok)  # "one-sided", "ill-conceived": the tokenizer splits them at the hyphen
            stance = verdict or next((st for st, words in evaluative.items() if word in words), None)
            if stance is None and tok.dep_ in ("acomp", "oprd"):  # "the offer was consistent with its analysis",
                stance = next((st for st, words in predicative.items() if word in words), None)  # not "our consistent position"
            if stance is None and tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "oprd") and any(
                    c.dep_ == "advmod" and c.lower_ == "too" for c in children_of(tok)) and not any(
                    word in words for words in weighty.values()) and not any(
                    c.dep_ in ("xcomp", "ccomp") for c in children_of(tok)) and any(
                    c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in children_of(tok.head)):
                stance = "oppose"  # "said the sum was too small", "the charge was far too low": a measure found wanting
                # ("stocks were too low to support fishing" is a fact that argues, "16 is too many" a slogan)
            gv = tok if passive_adj else tok.head
            while gv.pos_ not in ("VERB", "AUX") and gv.head.i != gv.i:
                gv = gv.head
            if verdict is None and gv.dep_ == "relcl" and gv.lemma_ in ("be", "have", "remain", "stay") and any(
                    c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in children_of(gv)):
                continue  # "the posts that have been empty for years": a description of a thing, not a verdict on it
            if _achieved(tok, gv, achieving, wantable):
                continue  # 'the delegations had made "real but insufficient" progress': how far the talks got
            if verdict is None and tok.dep_ == "amod" and tok.head.pos_ == "NOUN" and gv.lemma_.lower() in judging \
                    and _noun_verdict(tok.head, verdicts, evaluative, judging, framing) is not None:
                continue  # 'described the plan as "a practical step"': the verdict noun, with its modifiers, speaks
            if stance is None and gv.lemma_.lower() in judging and (tok.dep_ in ("oprd", "acomp") or (
                    tok.dep_ == "amod" and tok.head.dep_ in ("oprd", "attr"))) and any(
                    c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in children_of(gv)):  # 'called the agreement "the most
                # important step"' is a verdict; 'hailed what he called the "important" capture' describes the capture
                stance = next((st for st, words in weighty.items() if tok.lower_ in words), None)
            if stance is None:
                continue
            if any((c.dep_ == "neg" or c.dep_ == "preconj" and c.lower_ == "neither") and c.i < tok.i
                   for c in (*children_of(tok), *children_of(tok.head))) or any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i and _names_none(c, NOBODY_NOTHING)
                    for c in children_of(gv)):
                # "had never been acceptable"; the "not" after it ('"a provocation, not a basis"') denies what follows;
                # "none of the offers was acceptable", "no plan is workable": denied of every one
                stance = "oppose" if stance == "support" else "support"
            judge = gv.lemma_.lower() in judging
            if judge and _both_sides(gv):
                continue  # 'both sides described the talks as "constructive"': the talks' tone, no one's stance
            if verdict is None and tok.dep_ == "acomp" and _meeting_tone(ctx, tok, gv, word):
                continue  # 'said the talks had been "constructive"': how a meeting went, no stance on a measure
            # "the United States 'remains committed' to the mission": the one committed holds it, not who reports it
            tos = [c for c in (*children_of(tok), *(children_of(gv) if tok.dep_ == "acomp" else ()))  # 'remains "committed" to X'
                   if c.dep_ == "prep" and c.lower_ in ("to", "towards", "toward") and c.i > tok.i and verdict is None]
            bound = (tok.dep_ in ("acomp", "oprd") or passive_adj) and gv.pos_ in ("VERB", "AUX") and bool(tos)
            bound_holder = _subjects(ctx, s, gv) if bound else []
            if bound and not bound_holder and not passive_adj and word not in self_bound and any(
                    c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in children_of(gv)):
                tos, bound = [], False  # 'the agreement was "fair to our people"': the agreement is judged, "to" gains
            # "the company still considered the fee excessive": a verdict in a small clause, held by the one who
            # finds it so, on the clause's own subject
            small = next((c for c in children_of(tok) if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
                          and not ctx.table.resolve(p, c)), None) \
                if (tok.dep_ == "oprd" or tok.dep_ == "ccomp" and pos == ADJ) and gv.pos_ == "VERB" \
                and gv.lemma_.lower() in appraising and verdict is None else None
            holder = bound_holder or (_speakers_body(ctx, s, gv, _subjects(ctx, s, gv), owner) if small is not None else []) \
                or owner.get((s.idx, tok.i)) or speaker_of.get(s.idx) or []
            if not holder and judge:  # "she called the revised text 'weaker than …'": who called it
                holder = _subjects(ctx, s, gv)
            if not holder and gv.dep_ in ("ccomp", "conj") and gv.head.lemma_.lower() in ctx.lex.reporting:
                holder = _subjects(ctx, s, gv.head)  # "X, who chaired it, said the text was 'a basis'": a frame missed
            rel = _judged_noun(ctx, s, gv) if judge else None
            if rel is not None:  # "a remark X described as provocative": X judges the remark
                holder = rel[0]
            if not holder:
                continue
            target = []
            pointed = ""
            pobj = [g for c in tos for g in children_of(c) if g.dep_ == "pobj"]
            if pobj and (tok.dep_ in ("acomp", "oprd") or passive_adj) and not ctx.table.resolve(p, pobj[0]):
                target = subtree(pobj[0], stop=STOP)  # "remained fully committed to the ceasefire"
            elif tok.dep_ == "amod" and judge and tok.head.dep_ == "dobj" and tok.head.head.i == gv.i:
                inner = {t.i for t in subtree(tok)}  # a quoted judgement the parser hung on the object
                target = [t for t in subtree(tok.head, stop=STOP) if t.i not in inner and t.i < tok.i]
            elif tok.dep_ == "amod" or (tok.dep_ == "conj" and tok.head.dep_ == "amod" and tok.head.head.dep_ == "attr"):
                h = tok.head if tok.dep_ == "amod" else tok.head.head  # 'a serious and realistic offer': the offer
                target = subtree(h, stop=STOP)
                if not judge and h.dep_ not in ("oprd", "attr") and not any(c.dep_ in ("det", "poss") for c in children_of(h)):
                    continue  # "essential services", "fair trade", "critical minerals": a bare noun's adjective
                    # classifies what is named; a verdict picks out its object ("the unfair deal") or is predicated
                if h.dep_ in ("oprd", "attr"):
                    v = h.head
                    kids = sorted(children_of(v), key=lambda c: c.dep_ != "dobj")
                    obj = next((c for c in kids if c.dep_ in ("dobj", "nsubj") and c.pos_ != "PRON"
                                and c.lower_ not in ctx.lex.role_words and not ctx.table.resolve(p, c)), None)
                    if obj is not None:
                        target = subtree(obj, stop=STOP)
                        if v.lemma_ == "be":
                            target = [t for t in subtree(v, stop={"ccomp", "conj", "cc"}) if t.dep_ != "mark"]
                elif content_of.get(s.idx) and any(t.i == tok.i for t in content_of[s.idx]) and (
                        h.dep_ in ("nsubj", "nsubjpass") or h.lemma_.lower() in settlements):
                    target = [t for t in content_of[s.idx] if not (t.dep_ == "mark" and t.lower_ == "that")]
                else:
                    target = [] if h.lemma_.lower() not in settlements and not judge else target
            elif tok.dep_ in ("acomp", "oprd", "attr", "conj") or small is not None or (  # 'was "a step, not a solution"'
                    tok.dep_ == "appos" and verdict is not None and tok.head.dep_ in ("attr", "oprd")):
                v = tok.head
                while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
                    v = v.head
                # "said that repealing the law was not viable": a clause subject is the act judged
                obj = small or next((c for c in children_of(v) if c.dep_ in ("dobj", "nsubj", "nsubjpass", "csubj")
                                     and c.pos_ != "PRON" and not ctx.table.resolve(p, c)), None)
                if obj is not None:
                    target = subtree(obj, stop=STOP)
                    if v.lemma_ == "be" and verdict is None:  # "the controls are normal, lawful steps to refine …": the clause
                        target = [t for t in subtree(v, stop={"relcl", "advcl", "ccomp"}) if t.dep_ != "mark"]
                elif tok.dep_ in ("acomp", "oprd") and v.dep_ == "conj" and not any(
                        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in children_of(v)):
                    # "the demands would cost $60 million and were 'incompatible with …'": the subject both verbs share
                    obj = next((c for c in children_of(v.head) if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
                                and not ctx.table.at(p, c.i)), None)  # "the union's demands": the demands are judged
                    target = subtree(obj, stop=STOP) if obj is not None else target
                pron = next((c for c in children_of(v) if c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that")), None)
                if obj is None and verdict is not None and v.lemma_ == "be" and pron is not None \
                        and not _extraposed(v, tok.i):
                    # "It is an insult", "we think that is a serious proposal": what the pronoun points back to
                    ref = _referent([pron], s, referents, sents) if pron.lower_ == "it" else ""
                    target = [pron] if ref else _said_before(s, sents, prev_content)
                    pointed = ref
                target = _antecedent(ctx, s, v) or target
            if rel is not None:
                target = rel[1]
            elif verdict is not None and judge and (tok.dep_ == "dobj" or tok.head.lower_ == "as"):
                obj = _verdict_object(tok, judging) or next(  # 'called the offer "theatre"', 'described the plan as …'
                    (c for c in children_of(gv) if c.dep_ == "dobj" and c.i != tok.i and c.pos_ in ("NOUN", "PROPN")
                     and not ctx.table.resolve(p, c)), None)
                verdict_span = {t.i for t in subtree(tok.head if tok.head.lower_ == "as" else tok)}
                if obj is not None and obj.head.i == tok.i:  # the split parse: the object hangs on the verdict
                    verdict_span -= {t.i for t in subtree(obj)}
                target = [t for t in subtree(obj, stop=STOP) if t.i < tok.i and t.i not in verdict_span] \
                    if obj is not None else []
            elif judge and tok.head.lower_ == "as" and tok.head.head.i == gv.i:  # "described the framework as fair"
                obj = next((c for c in children_of(gv) if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                            and not ctx.table.resolve(p, c)), None)
                target = subtree(obj, stop=STOP) if obj is not None else target
            if not target or ctx.table.resolve(p, tok.head) and tok.dep_ == "amod" and \
                    ctx.table.at(p, tok.head.i):
                continue
            st = "conditional" if cond and stance == "support" else stance
            if (holder[0], st) in found and _words(found[(holder[0], st)].target) - {"not", "no", "to", "them"} \
                    or not pointed and all(t.pos_ in ("PRON", "DET", "PUNCT") for t in target):
                continue  # one stance said once; a target of bare function words ("chosen not to") gives way
            found[(holder[0], st)] = PositionRecord(holder=holder[0], stance=st, evidence=evidence(ctx, s),
                                                    target=_glossed(target, pointed))
            if judge or verdict is not None:
                judged.hold(found[(holder[0], st)])
        for rec in late:
            found.setdefault((rec.holder, rec.stance), rec)
        merged: dict[str, PositionRecord] = {}
        denied = _labelled_accounts(s, disputed - referents)
        found = {k: v for k, v in found.items() if (first := v.target.split()[:1]) and first[0].lower() not in denied}
        found = {k: v for k, v in found.items() if any(w.strip("()").isalpha() and w.lower() not in ("that", "this", "it", "them", "to")
                                                       for w in v.target.split())
                 and not re.fullmatch(r"(?:its|their|his|her|our)\s+\S+", v.target, flags=re.I)}
        dated, rest = _dateline_subjects(s)
        if dated is not None:  # a speaker read off the dateline ("MEXICO CITY, May 28 – The union … rejected …,
            place = ctx.table.resolve(p, dated)[:1]  # saying …"): the sentence's other subject speaks
            actor = ctx.table.resolve(p, rest)[:1] if rest is not None else []
            if place and actor:
                for r in found.values():
                    if r.holder == place[0]:
                        r.holder = actor[0]
            if place and rest is not None and not actor:  # a subject no actor names: never the dateline's state
                found = {k: r for k, r in found.items() if r.holder != place[0]}
        for r in found.values():
            if not r.target or re.fullmatch(r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
                                            r.target.lower()):
                continue
            camp = set(ctx.table.actors[r.holder].affiliations) if r.holder in ctx.table.actors else set()
            if any((h in camp or r.holder in (ctx.table.actors[h].affiliations if h in ctx.table.actors else []))
                   and merged[h].stance == r.stance for h in merged):
                continue  # "Gargash said the UAE welcomed …": one position for the camp
            kin = next((h for h in merged if (h in camp or r.holder in ctx.table.camp([h])) and {merged[h].stance, r.stance}
                        == {"support", "conditional"} and _words(merged[h].target) & _words(r.target)), None)
            if kin is not None:  # "committed to the treaty but would not sign it until …": one conditional stance
                merged[kin].stance = "conditional"
                continue
            if r.holder in merged:
                first = merged[r.holder]
                if {id(first), id(r)} & weighed_ids and first.stance != r.stance:
                    if r.stance == "conditional":  # "would study the text but would not sign until …": one, on terms
                        merged[r.holder] = r
                    elif first.stance != "conditional" and r.holder + "\x04" not in merged:
                        merged[r.holder + "\x04"] = r  # "would assess the plan but would not reopen the settlement"
                    continue
                if {id(first), id(r)} & reserve and first.stance != r.stance and not _words(first.target) & _words(
                        r.target) and r.holder + "\x03" not in merged and _contrast_at(ctx, s) < 0:  # "said the
                    # revision had watered down the agreement and that it still preferred the original draft": two;
                    # "backed the offer but said the floor would hurt farmers" is one stance with a reservation
                    merged[r.holder + "\x03"] = r
                    continue
                if id(first) in reserve and id(r) not in reserve:
                    merged[r.holder] = r  # the stance itself outranks the reservation read beside it
                    continue
                if first.stance != r.stance and {first.stance, r.stance} & {"support", "mixed"} == {first.stance, r.stance}:
                    first.stance = "mixed"
                elif {first.stance, r.stance} == {"support", "oppose"} and _contrast_at(ctx, s) >= 0 and (all(
                        set(x.target.lower().replace("'s", "").split()) & referents for x in (first, r))
                        or (first.stance == "support" and next(iter(r.target.split()), "").lower() in POINTING)):
                    # "welcomed the roadmap's focus on access but could not endorse a document that …": one text, mixed;
                    # "welcomed the change but said it was not enough": the "it" is the thing just welcomed
                    first.stance, first.target = "mixed", f"{first.target}; {r.target}"
                elif {first.stance, r.stance} == {"support", "conditional"} and _words(first.target) & _words(r.target):
                    first.stance = "conditional"  # "the withdrawal of X was a precondition for any progress"
                elif {first.stance, r.stance} == {"support", "oppose"} and r.holder + "\x00" not in merged and \
                        not {id(first), id(r)} & reserve and not (
                        set(first.target.lower().split()) & set(r.target.lower().split())):
                    merged[r.holder + "\x00"] = r  # "supports a treaty … but opposes production limits": two stances
                elif first.stance == r.stance == "oppose" and r.holder + "\x01" not in merged and not (
                        _words(first.target) & _words(r.target)):
                    merged[r.holder + "\x01"] = r  # "called the freeze 'cosmetic' and would not return while the law stayed"
                elif {first.stance, r.stance} == {"support", "oppose"} and not {id(first), id(r)} & reserve \
                        and {id(first), id(r)} & judged and _words(first.target) & _words(r.target):
                    first.stance = "mixed"  # 'the revised figure was "a step in the right direction but still far from fair"'
                elif {first.stance, r.stance} == {"conditional", "oppose"} and r.holder + "\x02" not in merged and not (
                        _words(first.target) & _words(r.target)):
                    merged[r.holder + "\x02"] = r  # "would shelve the referendum only if X gave up the powers": two
                elif r.stance == "conditional" and first.stance in ("support", "mixed") and r.holder + "\x05" not in merged \
                        and not _words(first.target) & _words(r.target):
                    merged[r.holder + "\x05"] = r  # "accepted the memorandum but would not discuss X until …": two
                continue
            merged[r.holder] = r
        contrast = _contrast_at(ctx, s)
        text_low = s.text.lower()
        merged = {k: r for k, r in merged.items()  # "called the meeting 'useful'": a verdict on an occasion, no stance
                  if not (id(r) in judged and set(r.target.lower().split()[:3]) & occasions)}
        if contrast >= 0:
            for r in merged.values():
                at = text_low.find(r.target.split()[0].lower())
                if r.stance == "support" and id(r) in judged and 0 <= at < contrast and r.target.lower() not in text_low[contrast:]:
                    r.stance = "mixed"  # "called the offer 'a real opening' but said the floor would shut out …"
                elif r.stance == "support" and 0 <= at < contrast and _terms_after(text_low[contrast:], r.target):
                    r.stance = "conditional"  # "backed the plan but said it must include monitors": on terms
                elif r.stance == "support" and 0 <= at < contrast:
                    r.stance = _withheld_after(ctx, s, contrast, r.holder, r.target, national, bare_acts) or (
                        "mixed" if _limited_after(s, contrast, r.target, acts_not, _marks(ctx)) else r.stance)
        for r in merged.values():  # "said it would sign only if …": sign what the sentence (or the one before) named
            words = r.target.lower().split()
            if words and words[0] in bare_acts and "(" not in r.target and (
                    len(words) == 1 or len(words) == 2 and words[1] in ("on", "up", "in", "off", "to")):
                ref = _act_referent(s, sents, referents, words[0])
                if ref:
                    r.target = f"{r.target} ({ref})"
        for r in sorted(merged.values(), key=lambda r: text_low.find(r.target.split()[0].lower())):
            words = r.target.split()
            last = words[-1].lower() if words else ""
            # "the demand", "that request"; "that condition" or "terms" only bare or after a pointing word
            if 0 < len(words) <= 2 and "(" not in r.target and (last in asks or (
                    last in terms_nouns and (len(words) == 1 or words[0].lower() in POINTING))):
                asked = _asked_before(s, sents, demanding_heads)  # "rejected the demand": the ask made just before
                if asked:
                    r.target = f"{r.target} ({asked})"
                    continue
            if _anaphor(words, anaphoric):
                bare[id(r)] = (r, r.target)
                # "the move" → what was just named: a stance's target of this sentence or the one before, else the
                # proposal word a sentence before named; one said further back, or a quoted vow, is another matter
                ante = last_target if s.idx - last_at <= 1 else _proposed_before(s, sents, referents, offering)
                if ante and ante != r.target:
                    r.target = f"{r.target} ({' '.join(ante.split()[:3])})"
            elif len(words) > 1 and s.text.lstrip()[:1] not in QUOTES:
                last_target, last_at = r.target, s.idx
        for r in merged.values():
            camp = _titled_camp(ctx.table, r.holder, titled)
            same = next((o for o in para_seen.get(id(p), []) if o.stance == r.stance and camp & _titled_camp(ctx.table, o.holder, titled)
                         and not (  # two in one sentence stay two
                    (o.evidence == r.evidence or o.condition and r.condition) and not _words(o.target) & _words(r.target))),
                        None)  # "on condition that …" on one thing, "only if …" on another: two sets of terms
            if same is not None:
                if id(same) in bare and id(r) not in bare and (
                        bare[id(same)][1].split()[-1].lower() in lines or same.target == bare[id(same)][1]):
                    # "Berlin backed that line. X said the government supported a negotiated settlement": that line is
                    # it; "the move", "that formula" point back, and only with nothing named before is this the guess
                    same.target = f"{bare.pop(id(same))[1]} ({r.target})"
                continue  # "Russia criticised the plan. Its spokeswoman said Moscow would not recognise …": one position
            named = {kind.get(w, w) for w in r.target.lower().split() if w in heads or w in kind}  # "deal" = "treaty"
            named |= _head_word(r.target)  # "rejected the rulings" … later "still rejects the ruling": one stance
            if any(st == r.stance and named & h and camp & c for c, st, h in said_on):
                continue  # "Belgrade rejected the revised statute" … later "could not accept the revised statute"
            said_on.append((camp, r.stance, named))
            para_seen.setdefault(id(p), []).append(r)
            out.append(r)
    # "would not sign a document that is not legally binding": refused as it stands, taken once it is: on terms
    unmet = ctx.lex.cached("positions.unmet_terms", _unmet_re)
    if unmet is not None:
        for r in out:
            if r.stance == "oppose" and unmet.search(r.target):
                r.stance = "conditional"
    # "would decide its stance once the text is out": a decision deferred, no stance on anything
    deferring, deferred = ctx.lex.words("deferring_verbs"), ctx.lex.words("deferred_nouns")
    out = [r for r in out if not _deferred(r.target, deferring, deferred)]
    # "rejected that description", "dismissed the minister's account": a dispute over what was said, not a stance
    told = ctx.lex.words("said_thing_nouns")
    out = [r for r in out if _head_noun(r.target) not in told]
    # one holder for and against one target in one sentence is a misreading of it, not two positions
    clash = {_reading(r) for r in out if r.stance == "support"} & {_reading(r) for r in out if r.stance == "oppose"}
    return [r for r in out if r.stance not in ("support", "oppose") or _reading(r) not in clash]


def _head_noun(target: str) -> str:
    """The target's first word after its determiners and possessives ("the minister's account" → "account",
    "that reading on Friday" → "reading"): the noun a stance is taken on when the target is a noun phrase."""
    for w in target.split("(")[0].lower().split():
        if w in ("that", "this", "these", "those", "the", "such", "his", "her", "their", "its", "our", "your") \
                or w.endswith(("'s", "\u2019s", "'")):
            continue
        return w
    return ""


def _deferred(target: str, deferring: frozenset[str], deferred: frozenset[str]) -> bool:
    """Is the target a decision put off ("decide its stance", "determine our position"), which is no stance?"""
    words = target.lower().split()
    return bool(words) and words[0] in deferring and bool(set(words[1:4]) & deferred)  # "decide its stance on X"


def _reading(r: PositionRecord) -> tuple[str, str, frozenset[str]]:
    """Who, in which sentence, on what: a support and an oppose with one reading clash."""
    return r.holder, r.evidence.text or str(r.evidence), frozenset(_words(r.target))


def _person_stance(name: str, said: list[PositionRecord]) -> str:
    """Backing or opposing an actor is a stance on what that actor holds: "backed Marsh" → "Marsh (sandeel
    closure)", from the latest position the article gave that actor (the name alone when it gave none)."""
    own = next((r for r in reversed(said) if r.holder == name and r.stance in ("support", "conditional")), None)
    return f"{name} ({' '.join(own.target.split()[:6])})" if own is not None else name


def _both_sides(tok: Any) -> bool:
    """The subject is every party at once ("both sides", "the two sides", "each side", "all parties"): what they would
    do on a condition is the procedure of the talks, not a position of either."""
    for c in children_of(tok):
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if _all_parties(c) or (c.lower_ in ("each", "either") and c.dep_ == "nsubj"):
            return True
    return False


def _restraint_asked(asked: Any, act: Any, backable: set[str]) -> bool:
    """Is an act asked of every party at once ("urged both sides to avoid any act of violence", "called on all
    parties to stop")? A call for restraint, no stance on a measure; unless what is to stop is a strike, which one
    side calls and another can oppose."""
    whom = [c for c in (*children_of(asked.head), *children_of(asked)) if c.dep_ in ("dobj", "nsubj")]
    whom += [g for c in children_of(asked.head) if c.dep_ == "prep" and c.lower_ in ("on", "to") for g in children_of(c)
             if g.dep_ == "pobj"]
    return any(_all_parties(c) for c in whom) and not any(t.lemma_.lower() in backable for t in subtree_of(act))


def _all_parties(c: Any) -> bool:
    """Is the noun every party at once ("both sides", "the two governments", "all parties", "both")?"""
    words = {g.lower_ for g in children_of(c) if g.dep_ in ("det", "predet", "nummod", "amod")}
    return c.lower_ == "both" or (bool(words & {"both", "each", "either", "neither", "all", "two"}) and c.lemma_.lower() in (
        "side", "party", "country", "government", "delegation", "camp"))


MUST = re.compile(r"\b(it|they|this|that|the (\w+)) (?:must|should|has to|have to|needs to|need to|would have to|would need to)\b")


def _terms_after(rest: str, target: str) -> bool:
    """Does the reservation lay terms on the thing backed ("… but said it must include monitors", "but the plan
    should be phased")? Terms laid on someone else ("but Ethiopia must withdraw") are a demand, not a condition."""
    m = MUST.search(rest)
    return m is not None and (m.group(2) is None or m.group(2) in _words(target))


def _asked_before(s: Sentence, sents: list[Sentence], demanding: set[str]) -> str:
    """What a bare "the demand" / "that request" points back to: the latest ask in the three sentences before
    ("X said Guyana must freeze new oil concessions … Y rejected the demand" → "freeze new oil concessions")."""
    for k in range(s.idx - 1, max(-1, s.idx - 4), -1):
        if k >= len(sents) or sents[k].kind != "body":
            continue
        for t in reversed(list(sents[k].tokens)):
            if t.pos_ != "VERB":
                continue
            must = any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in children_of(t)) or (
                t.dep_ == "xcomp" and t.head.lemma_ in ("have", "need"))  # "would have to place its weapons …"
            asked = t.dep_ in ("ccomp", "xcomp") and t.head.lemma_.lower() in demanding
            obj = next((c for c in children_of(t) if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
            if (must or asked) and obj is not None:
                return compact([t, *(c for c in children_of(t) if c.dep_ == "prt"), *subtree(obj, stop=STOP)], 8)
    return ""


NO_MODALS = {"could", "would", "will", "can", "ca", "wo", "shall"}  # "would not", "can't", "won't": a refusal's modal


def _withheld_after(ctx: Context, s: Sentence, contrast: int, holder: str, target: str, national: set[str],
                    assenting: set[str]) -> str | None:
    """The reservation after "but" withholds the holder's own assent ("welcomed the changes but said the government
    could not sign until …"): conditional when it waits on something (until, unless), else mixed. A refusal said of
    another party ("… but said Russia would not accept it") is none."""
    camp = ctx.table.camp([holder])
    for t in s.tokens:
        if t.idx - s.span.start_char <= contrast or t.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ == "neg" for c in children_of(t)) or not any(
                c.dep_ == "aux" and c.lower_ in NO_MODALS for c in children_of(t)):
            continue
        subj = next((c for c in children_of(t) if c.dep_ in ("nsubj", "nsubjpass")), None)
        own = subj is None or subj.lower_ in ("it", "we", "he", "she", "they", "i") or (
            subj.lemma_.lower() in national) or bool(set(ctx.table.resolve(s.para, subj) or []) & camp)
        # "… but would not agree to 'a retroactive change'": the object of the verb's preposition is what is refused
        obj = next((c for c in children_of(t) if c.dep_ == "dobj"), None) or next(
            (g for c in children_of(t) if c.dep_ == "prep" and c.i == t.i + 1 for g in children_of(c) if g.dep_ == "pobj"), None)
        if not own or t.lemma_.lower() not in assenting or t.lower_ in target.lower().split() or obj is not None and obj.lower_ not in (
                "it", "them", "this", "that") and not _words(compact(subtree(obj, stop=STOP))) & _words(target):
            continue  # "… but would not send troops", "… but would not accept any plan that …": another matter
        waits = any(c.dep_ in ("advcl", "prep") and (c.lower_ in UNTIL or any(
            m.dep_ == "mark" and m.lower_ in UNTIL for m in children_of(c))) for c in children_of(t))
        return "conditional" if waits or _condition(ctx.lex, s.text[contrast:]) else "mixed"
    return None


def _meeting_tone(ctx: Context, tok: Any, gv: Any, word: str) -> bool:
    """'the talks had been "constructive"', 'the meeting was frank and useful': a past copula whose subject is a
    meeting and whose complement is a word of its tone reports how the meeting went, not a stance on any measure
    ('dialogue is the only way' and 'the offer was constructive' stay verdicts)."""
    if gv.lemma_ != "be" or word not in ctx.lex.words("meeting_tone_words"):
        return False
    past = gv.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in children_of(gv))
    return past and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in ctx.lex.words("schedule_nouns")
                        for c in children_of(gv))


def _hyphenated(tok: Any) -> str:
    """The word a token ends, with the part before a hyphen the tokenizer split off ("one-sided", "half-baked")."""
    doc = tok.doc
    doc_toks = tokens_of(doc)
    if tok.i >= 2 and doc_toks[tok.i - 1].text == "-" and doc_toks[tok.i - 1].idx == doc_toks[tok.i - 2].idx + len(doc_toks[tok.i - 2].text):
        return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
    return tok.lower_


def _asked_terms(tok: Any, askers: set[str]) -> bool:
    """Is the clause at ``tok`` the content of an ask made of another party ("urged Peru to promise that its navy
    would not enter …", "called on Brussels to put in writing that …")? Followed up through complements only, so
    "called the freeze 'cosmetic' and said the bloc would not return" (a judgement, then a report) is no ask."""
    up = tok
    for _ in range(4):
        if up.dep_ not in ("ccomp", "xcomp") or up.head.i == up.i:
            return False
        up = up.head
        if up.lemma_.lower() in askers and any(c.dep_ == "dobj" and c.i < tok.i or c.dep_ == "prep" and c.lower_ == "on"
                                               for c in children_of(up)):
            return True
    return False


def _labelled_accounts(s: Sentence, accounts: set[str]) -> set[str]:
    """Accounts labelled by a verb with "as" ("rejected the accusation as 'fabricated'", "dismissed the claim as pure
    fiction"): a denial of what was said, not a position on a proposal (stance.json/lexicon ``dispute_objects``)."""
    return {t.lower_ for t in s.tokens if t.dep_ == "dobj" and t.lemma_.lower() in accounts and any(
        c.dep_ == "prep" and c.lower_ == "as" and c.i > t.i for c in (*children_of(t), *children_of(t.head)))}


LIMITING = {"only", "hardly", "barely", "scarcely", "never", "merely"}  # "covered only two of the points"
POINTING = {"it", "they", "this", "these", "that", "those"}
CLEFT_REFUSING = ("will", "would", "wo", "shall")  # "what we will not do is …": a refusal
CLEFT_UNABLE = ("can", "ca", "could")  # "what we cannot do is …": a refusal only said by a side of itself


def _refused_apart(tok: Any, head0: Any, refusing: list[str]) -> bool:
    """The verb (or the verb reporting it) goes on, after "but", to refuse another thing of its own ("said it could
    accept the higher fee but rejected the landing requirement"): a second stance, no reservation on the first."""
    for verb in (tok, tok.head) if tok.dep_ == "ccomp" else (tok,):
        for c in children_of(verb):
            if c.dep_ == "conj" and c.i > tok.i and c.pos_ == "VERB" and c.lemma_.lower() in refusing and any(
                    g.dep_ == "dobj" and (head0 is None or g.lemma_.lower() != head0.lemma_.lower())
                    for g in children_of(c)) and any(g.dep_ == "cc" and g.lower_ in ("but", "yet") for g in children_of(verb)):
                return True
    return False


def _limited_after(s: Sentence, contrast: int, target: str, saying: set[str], marks: frozenset[str]) -> bool:
    """The reservation after "but" limits the thing backed itself ("welcomed the changes but said they covered only
    two of the points", "… but said it did not replace a fair price"): its subject points back to the target, and
    it is negated or limited. A subject that is someone else ("but said Russia would not …") is no reservation, nor is
    a condition clause ("… could accept the tariff only if it were phased in": terms on another thing)."""
    words = _words(target)
    for t in s.tokens:
        if t.idx - s.span.start_char <= contrast or t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() in saying:
            continue
        subj = next((c for c in children_of(t) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not (subj.lower_ in POINTING or subj.lemma_.lower() in words and subj.pos_ == "NOUN") \
                or any(c.dep_ == "mark" and c.lower_ in marks for c in children_of(t)):
            continue
        if any(c.dep_ == "aux" and c.lower_ in NO_MODALS for c in children_of(t)):
            continue  # "… but said it would not send inspectors": the holder's own act, another matter
        if any(c.dep_ == "neg" for c in children_of(t)) or any(
                g.lower_ in LIMITING and g.dep_ == "advmod" for c in children_of(t) for g in (c, *children_of(c))):
            return True
    return False


def _act_of_aside(rel: Any, pron: Any) -> list[Any]:
    """The act a "…, which X refused" aside takes up when it hangs on the object of a preposition of an act done to
    something ("to postpone the rise under the accord, which the union refused": the postponement, not the accord);
    else nothing, and the noun the clause hangs on is the target, as in "an idea the federation rejected"."""
    noun = rel.head
    act = noun.head.head
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or act.pos_ != "VERB" or pron.i < 1 \
            or tokens_of(rel.doc)[pron.i - 1].text != "," or not any(c.dep_ == "dobj" for c in children_of(act)):
        return []
    return sorted((t for t in subtree(act, stop=STOP | {"conj", "cc"}) if t.dep_ != "punct"), key=lambda t: t.i)


def _contrast_at(ctx: Context, s: Sentence) -> int:
    """Offset in the sentence of a "but" that goes on with the same subject ("… but said", "… but would not"):
    a reservation that makes what came before it mixed. -1 when there is none."""
    words = ctx.lex.cached("positions.contrast_words", lambda raw: frozenset(raw.get("contrast_words", ["but"])))
    if s.lowers.isdisjoint(words) and "while" not in s.lowers:
        return -1  # (each offset below is a "while" or a contrast word's)
    toks = s.tokens  # listed once per sentence (read only here)
    for k, t in enumerate(toks[:-1]):
        if t.lower_ == "while" and t.dep_ == "mark" and t.head.tag_ == "VBG":
            return t.idx - s.span.start_char  # "accepted A while rejecting B": one subject, two stances
        if t.lower_ not in words or t.dep_ != "cc" and not (t.lower_ in ("though", "although") and t.dep_ in (
                "prep", "mark", "advmod")):
            continue
        nxt = next((x for x in toks[k + 1:] if x.pos_ not in ("ADV", "PUNCT", "PART")), None)
        if nxt is not None and (nxt.pos_ == "ADJ" and nxt.dep_ in ("conj", "acomp", "amod") or nxt.pos_ == "DET" and
                                nxt.head.pos_ == "NOUN" and nxt.head.dep_ in ("attr", "conj", "oprd", "appos", "dep")):
            return t.idx - s.span.start_char  # 'a step forward but short of …', '"a real movement, though not yet a fix"'
        if nxt is not None and nxt.lower_ == "that" and nxt.dep_ == "mark":
            return t.idx - s.span.start_char  # "said it supported X but that Y would not …": one speaker
        if nxt is not None and nxt.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "expl") and t.i < c.i < nxt.i
                                                                       for c in children_of(nxt)):
            return t.idx - s.span.start_char
    return -1

