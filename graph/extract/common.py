"""Helpers shared by the record extractors: evidence spans, compact phrases, actors of a clause."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from graph.extract.actors import ActorTable, closes_region_adjective
from graph.extract.lexicon import Lexicon
from graph.extract.paragraphs import Sentence, children_of, clear_tokens, token_tables, tokens_of
from graph.records import Span

MAX_WORDS = 18
TEXT_WORDS = 20  # a claim's or demand's text: the scorer reads up to 20 words (split at spaces); compact counts
# "'s" and "%" as words of their own, so its count is never below the text's
DROP = {"DET"}
MEDIA = {"outlet", "media", "newspaper", "broadcaster", "channel", "network", "report", "reporter", "journalist"}
FIRST_PERSON = {"we", "i"}
FIRST_PERSON_OBJECTS = {"us", "me"}  # "they want us to …", "they are offering us crumbs": the speaker's side as object
QUOTE_MARKS = {'"', "\u201c", "\u201d", "'", "\u2018", "\u2019"}
FUTURE = {"will", "would", "'ll", "shall"}
WILL_WOULD = frozenset({"will", "would", "'ll"})  # the future and conditional auxiliaries, without "shall"
OFFER_MODALS = frozenset({"would", "will", "'d", "'ll"})  # an act offered or promised ("would accept …", "we'd sign")
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})  # the tags of a finite verb: a clause of its own ("provided X trained …")


@dataclass
class Context:
    text: str
    table: ActorTable
    lex: Lexicon
    published: Any
    speakers: dict[int, list[str]] = field(default_factory=dict)  # sentence → who says it (set after frames)


def evidence(ctx: Context, s: Sentence) -> Span:
    """The sentence, trimmed of surrounding spaces, exactly as it stands in the article."""
    start, end = s.start, s.end
    raw = ctx.text[start:end]
    start += len(raw) - len(raw.lstrip())
    end -= len(raw) - len(raw.rstrip())
    # offsets of a non-blank sentence of the parse: skip pydantic's per-span validation (called for every record)
    return Span.model_construct(start=start, end=end, text=ctx.text[start:end])


def _inner_hyphen(doc: Any, h: int) -> bool:
    """Is token ``h`` a hyphen inside one written word ("de-escalation", "45-day"), no space on either side?"""
    toks = tokens_of(doc)
    return (0 < h < len(toks) - 1 and toks[h].text == "-" and toks[h - 1].whitespace_ == "" and toks[h].whitespace_ == ""
            and not toks[h - 1].is_punct and not toks[h + 1].is_punct)


def whole_words(tokens: list[Any]) -> list[Any]:
    """The tokens plus the rest of any word the tokenizer split at a hyphen: the parser hangs the pieces apart
    ("de" and "escalation" as two subjects, the hyphen as punctuation a phrase leaves out), and a phrase cut
    inside a word ("de come first", "long term") no longer reads as the article wrote it."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    hyphens = inner_hyphens(doc)  # read once per doc, not four times per token
    if not hyphens:
        return tokens  # (most docs: no word to complete, no token to read)
    have = {t.i for t in tokens}
    toks = tokens_of(doc)
    extra: list[Any] = []
    for t in tokens:
        j = t.i
        if j in hyphens:
            j -= 1
        while j - 1 in hyphens:  # leftwards over "e-", "de-"
            j -= 2
        k = t.i
        if k in hyphens:
            k += 1
        while k + 1 in hyphens:
            k += 2
        for i in range(j, k + 1):
            if i not in have:
                have.add(i)
                extra.append(toks[i])
    return tokens + extra if extra else tokens


def kind_word(name: str) -> str:
    """The word a name is a kind of: its last, or the last before "of"/"for" ("union" of "National Union of
    Mineworkers"); a kind word elsewhere in a name only modifies ("the airline" is no "Airline Pilots Association").

    >>> kind_word("Writers Guild of America"), kind_word("Coastal Airline Pilots Association")
    ('guild', 'association')
    """
    words, cut = _kind_split(name)
    return words[cut - 1] if cut else ""


def member_words(name: str) -> set[str]:
    """The words after a name's "of"/"for": whom the body is of ("ports" of "Association of Ports").

    >>> sorted(member_words("National Union of Mineworkers")), member_words("Writers Guild")
    (['mineworkers'], set())
    """
    words, cut = _kind_split(name)
    return set(words[cut + 1:])


def _kind_split(name: str) -> tuple[list[str], int]:
    """A name's words, lower-cased and stripped of quotes and punctuation, and the index of its first "of"/"for"
    after the first word (the word count when none): the kind word stands before it, the members after it."""
    words = [w.strip("'’,.()").lower() for w in name.split()]
    return words, next((k for k, w in enumerate(words) if w in ("of", "for") and k), len(words))


def key_heads(keys: Iterable[str]) -> frozenset[str]:
    """Every ``k[:j]`` with ``k[j] == " "``: the words a multi-word key can open on ("call" of "call on"), so a token
    whose word is none of them skips the multi-word look-ups (an exact shortcut).

    >>> sorted(key_heads(["call on", "press for", "urge"]))
    ['call', 'press']
    """
    return frozenset(k[:j] for k in keys for j, ch in enumerate(k) if ch == " ")


def compact(tokens: list[Any], limit: int = MAX_WORDS) -> str:
    """A short phrase from tokens: determiners and quote marks dropped, at most ``limit`` words; a word the
    tokenizer split at a hyphen is taken whole (:func:`whole_words`)."""
    words: list[str] = []
    n = 0  # words so far: the pieces of "son-in-law" are one
    by_i = {t.i: t for t in whole_words(tokens)}
    for i in sorted(by_i):  # each attribute read once per token (a Token builds each string anew)
        t = by_i[i]
        if t.is_space:
            continue
        pos = t.pos_
        if pos in DROP and t.lower_ in ("the", "a", "an"):
            continue
        if t.dep_ in ("aux", "auxpass") and t.lower_ in ("had", "has", "have", "was", "were", "is", "are", "been", "be", "being"):
            continue
        if pos == "ADV" and t.lower_ in ("also", "still", "even", "very", "just", "now", "already", "then", "severely", "further", "repeatedly"):
            continue
        text = t.text
        if text in QUOTE_MARKS or text in ("…", "..."):
            continue
        if t.is_punct and text not in ("-", "%") or text == "-" and t.i not in inner_hyphens(t.doc):
            continue  # a spaced dash ("the offer - and the ministry …") is punctuation, not a word's hyphen
        if text != "-" and not (words and words[-1] == "-"):
            if n == limit:
                break
            n += 1
        words.append(text)
    out = " ".join(words)
    return out.replace(" 's", "'s").replace(" \u2019s", "'s").replace(" - ", "-").replace(" %", "%")


_FIGURE_WORD = re.compile(r"\S*\d\S*")
_FIGURE_PIECE = re.compile(r"\d[\d.,]*|[^\W\d_]+|[^\w\s]")
_EDGE = "\"'\u201c\u201d\u2018\u2019()[],.;:!?"


@lru_cache(maxsize=4096)
def _figure_split(word: str) -> re.Pattern[str] | None:
    """The figure ``word`` ("€48m") as the tokenizer may have split it ("€ 48 m"), compiled once per word;
    None when it is not made of two or more pieces."""
    pieces = _FIGURE_PIECE.findall(word)
    if len(pieces) < 2 or "".join(pieces) != word:
        return None
    return re.compile(r"\s?".join(re.escape(x) for x in pieces))


def glue(text: str, source: str) -> str:
    """Figures written solid in the article ("€48m", "$620-million", "43.8p") stay solid in a phrase the
    tokenizer split ("€ 48 m"): readers and keyword search look for the article's spelling."""
    if not any(ch.isdigit() for ch in text):
        return text
    for raw in sorted(set(_FIGURE_WORD.findall(source)), key=lambda w: (-len(w), w)):  # a fixed order, longest first
        word = raw.strip(_EDGE)
        split = _figure_split(word)
        if split is not None:
            text = split.sub(lambda _m, w=word: w, text)
    return text


class _PerThread(threading.local):
    """doc id → (doc, its inner hyphens), read once per doc: ``whole_words`` looks for hyphens around every token of
    every phrase ``compact`` makes. Per thread, as ``tokens_of``'s tables are: ``clear_doc_caches`` clears the caller's."""

    def __init__(self) -> None:
        self.hyphens: dict[int, tuple[Any, frozenset[int]]] = {}


_LOCAL = _PerThread()


def inner_hyphens(doc: Any) -> frozenset[int]:
    """The doc's hyphens inside one written word (``_inner_hyphen``)."""
    cache = _LOCAL.hyphens
    got = cache.get(id(doc))
    if got is None or got[0] is not doc:  # the doc is held here, so its id cannot be another doc's while cached
        if len(cache) >= 256:
            cache.clear()
        got = cache[id(doc)] = (doc, frozenset(t.i for t in tokens_of(doc) if t.text == "-" and _inner_hyphen(doc, t.i)))
    return got[1]


def clear_doc_caches() -> None:
    """Forget this thread's doc tables (``inner_hyphens``, ``tokens_of``): an article's parse need not be held once
    it is read."""
    _LOCAL.hyphens.clear()
    clear_tokens()


def subtree(tok: Any, *, stop: set[str] | None = None) -> list[Any]:
    """Tokens of a phrase, leaving out embedded clauses when ``stop`` names their dependencies: the token,
    then each child's phrase in turn (depth first, children in document order)."""
    kids = token_tables(tok.doc)[1]
    order: list[Any] = [tok]
    todo = list(kids[tok.i][::-1])
    while todo:
        c = todo.pop()
        if stop and c.dep_ in stop:
            continue
        order.append(c)
        todo.extend(kids[c.i][::-1])
    return order


def after_colon(tok: Any) -> str:
    """What a plan holds, told after a colon right behind it: "answered with a counterproposal on Thursday: two
    flights a month, …", "a proposal of its own: a joint development zone in which …" (the noun the parser sets in
    apposition after the colon, in a few words). A plan's alias in proposals.py, what "the idea" after it points to
    in positions.py."""
    end = tok.sent.end
    colon = next((t for t in tok.doc[tok.i + 1:min(tok.i + 6, end)] if t.text == ":"), None)
    if colon is None:
        return ""
    held = next((t for t in tok.doc[colon.i + 1:end] if t.dep_ == "appos"), None)
    if held is None or held.left_edge.i > colon.i + 2:  # (a clause after the colon: "a revised version: the age would …")
        return ""
    return compact(subtree(held, stop={"relcl", "acl", "advcl", "appos", "conj", "cc", "prep"}), 6)


def _reporter_speaks(ctx: Context, verb: Any, clause: Any) -> bool:
    """A speech act ("warned", "called on", "urged") joined to a clause reported by a speech verb
    continues the reporter's words, not the reported subject's: same simple past on both verbs."""
    speech = ctx.lex.reporting
    # "X backed them, saying the law "guts the right", and called on Y …": a past speech act cannot
    # continue a present-tense clause a participle reports; it is the participle's subject's act
    return (verb.lemma_.lower() in speech and verb.tag_ == "VBD" and clause.head.lemma_.lower() in speech
            and (clause.head.tag_ == "VBD" or (clause.head.tag_ == "VBG" and clause.tag_ in ("VBZ", "VBP")))
            and clause.head.i < clause.i < verb.i)


def demonym_state(ctx: Context, tok: Any) -> str | None:
    """"Russian air strikes", "a Pakistani request": the state a capitalised adjective modifier names, if that
    state acts in the article; else None."""
    if tok.dep_ != "amod" or not tok.text[:1].isupper():
        return None
    e = ctx.table.gaz.adjective(tok.text)
    return e.name if e is not None and e.name in ctx.table.actors and not closes_region_adjective(ctx.table.gaz, tok) \
        else None


SUBJECT_CONTROL = {"promise", "vow", "pledge"}  # "X promised Y to …": X still does it


def subjects(ctx: Context, s: Sentence, verb: Any) -> list[str]:
    """Actors of a verb's subject, inheriting it through conjunctions and 'adding'/'saying' clauses."""
    p = s.para
    v = verb
    via_conj = False
    for _ in range(5):
        stop = False
        for c in children_of(v):
            if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
                if (c.lemma_.lower() in MEDIA or any(g.lemma_.lower() in MEDIA for g in children_of(c) if g.dep_ == "compound")) \
                        and not (c.text[:1].isupper() and ctx.table.at(p, c.i) is not None):  # not "Reporters Without Borders"
                    # "a report by the OECD said …": the report speaks for its author
                    by = [ctx.table.resolve(p, g) for x in children_of(c) if x.dep_ == "prep" and x.lower_ in ("by", "from")
                          for g in children_of(x) if g.dep_ == "pobj"]
                    return next((w for w in by if w), [])
                if via_conj and v.dep_ == "ccomp" and _reporter_speaks(ctx, verb, v):
                    stop = True  # "X said that Y had started it and warned that …": X warned
                    break
                who = ctx.table.resolve(p, c)
                if not who and c.lower_ in FIRST_PERSON:
                    who = ctx.speakers.get(s.idx, [])[:1]  # "we will back a deal" in a quote: its speaker
                if not who:  # a garbled title parse gives several subjects: "army chief X Y" → try them all
                    for c2 in children_of(v):
                        if c2.dep_ in ("nsubj", "nsubjpass") and c2.i != c.i:
                            who = ctx.table.resolve(p, c2)
                            if who:
                                break
                if who:
                    return who
                if not via_conj or v.dep_ != "ccomp":
                    return []
                stop = True  # "said that neither … had accepted …, and urged …": the reporter urged
        if stop:
            v = v.head
            via_conj = False
            continue
        if v.dep_ == "conj" and v is verb:
            via_conj = True
            agent = next((c for c in children_of(v) if c.dep_ == "agent"), None)
            if agent is not None:  # "… and was attacked by militiamen": the passive's agent
                for g in children_of(agent):
                    who = ctx.table.resolve(p, g)
                    if who:
                        return who
        if v is verb and v.dep_ == "xcomp" and v.lemma_.lower() in ctx.lex.reporting \
                and v.head.lemma_.lower() not in SUBJECT_CONTROL:
            obj = next((c for c in children_of(v.head) if c.dep_ in ("dobj", "dative") and c.i < v.i), None)
            who = ctx.table.resolve(p, obj) if obj is not None else []
            if who:  # "prompting the minister to warn that …", "led X to say": the object is the one who speaks
                return who
        if v.dep_ == "acl" and v.tag_ in ("VBD", "VBZ") and v.head.dep_ == "appos" and v.head.head.i != v.head.i:
            who = ctx.table.resolve(p, v.head.head)  # "X, the premier's coalition partner, called for …": the
            if who:  # parse hangs a finite verb on the apposition; the name it describes is the subject
                return who
        if v.dep_ in ("conj", "advcl", "xcomp", "acl", "pcomp", "prep", "pobj", "dobj", "npadvmod", "oprd") and v.head.i != v.i:
            v = v.head
            continue
        if v.dep_ == "relcl":
            return ctx.table.resolve(p, v.head)
        break
    return []


def objects(ctx: Context, s: Sentence, verb: Any, preps: tuple[str, ...] = ("with", "on", "against", "to", "at", "of")) -> list[str]:
    p = s.para
    out: list[str] = []
    for c in children_of(verb):
        if c.dep_ in ("dobj", "dative", "iobj", "obj"):
            out += ctx.table.resolve(p, c)
        elif c.dep_ == "prep" and c.lower_ in preps:
            for g in children_of(c):
                if g.dep_ == "pobj":
                    out += ctx.table.resolve(p, g)
    return list(dict.fromkeys(out))


def set_off_participle(t: Any) -> bool:
    """Is ``t`` a participle set off by a comma that the parse hangs on a clause ("X urged Y to resign, saying …",
    "X had fought the cap since Y unveiled it, threatening to …")? Such a participle tells more of what the main
    clause's subject did, whatever clause the parser hung it on (speech._participle_host, events._participle_owner)."""
    return t.tag_ == "VBG" and t.dep_ == "advcl" and t.i > 0 and tokens_of(t.doc)[t.i - 1].text == ","


def subjunctive(verb: Any) -> bool:
    """A that-clause in the mandative subjunctive ("insisted that any deal include X", "that the army
    withdraw"): it asks for something rather than asserting it. The tagger calls the bare verb VB, or
    VBP after a singular subject."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(verb)):
        return False
    aux = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    if aux:  # "demanding that the disappeared be included": a bare "be"
        return [a.lower_ for a in aux] == ["be"] and any(c.dep_ == "nsubjpass" for c in children_of(verb))
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    return verb.tag_ == "VB" or (verb.tag_ == "VBP" and subj.tag_ in ("NN", "NNP"))


def past_mandative(verb: Any) -> bool:
    """A that-clause in the present after a mandative verb in the past ("has insisted that bondholders take
    comparable losses", "insisted that the creditors accept"): the tense does not follow the report's, so the plain
    form is the subjunctive, whatever the tagger reads after a plural subject. The caller checks that the governing
    verb is mandative."""
    head = verb.head
    if verb.dep_ != "ccomp" or verb.tag_ != "VBP" or head.pos_ != "VERB" or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in children_of(verb)):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in children_of(verb)) or not any(c.dep_ == "nsubj" for c in children_of(verb)):
        return False
    if any(c.dep_ == "nsubj" and any(d.dep_ == "det" and d.lower_ == "no" for d in children_of(c)) for c in children_of(verb)):
        return False  # "insisted that no militants operate from its soil": a state of things asserted, nothing asked
    return head.tag_ == "VBD" or head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had")
                                                          for c in children_of(head))


def will_insist(verb: Any, mandative: set[str] | frozenset[str]) -> Any:
    """"would insist that replicas require consent", "will demand that the bonus is paid": a mandative verb
    of the side's own future asks, whatever the mood of its clause. Returns that clause, or None."""
    if verb.lemma_.lower() not in mandative or any(c.dep_ == "neg" for c in children_of(verb)) or not any(
            c.dep_ == "aux" and c.lower_ in FUTURE for c in children_of(verb)):
        return None
    return next((c for c in children_of(verb) if c.dep_ == "ccomp" and c.i > verb.i and c.pos_ in ("VERB", "AUX")
                 and any(g.dep_ == "mark" and g.lower_ == "that" for g in children_of(c))
                 and not any(g.dep_ == "aux" and g.tag_ == "MD" for g in children_of(c)) and c.tag_ != "VBD"), None)
