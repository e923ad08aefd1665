"""Paragraphs and sentences with absolute character offsets; each paragraph is parsed once.

Headlines and photo captions carry no full stop, so spaCy sees one paragraph (line) at a time.
The headline and caption give actors and roles but no events; photo credits and datelines are
cut out so that "Picture: X/Pool via AP" yields no actor.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from spacy.attrs import DEP, HEAD, IDX, LEMMA, LOWER, ORTH, POS, TAG
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Token

from graph.extract.dates import WEEKDAYS

CREDIT = re.compile(r"\b(?:Picture|Photo|Photograph|Credit|Image|Source)\s*:\s*[^\n]*$")
# A wire's staff line is no text of the story: "(Reporting by A; Editing by B)", "Additional reporting by C in D",
# "Associated Press writer E contributed to this report." — its names would be read as people who speak. After
# "by" come names only, or the line is in brackets, so "Reporting by local media suggested …" stays a sentence.
STAFF_LINE = re.compile(r"^[(\[]?\s*(?:(?:Additional\s+)?[Rr]eporting|Writing|Editing|Compiled|Written|Edited)\s+by\s+"
                        r"(?:[A-Z][\w'.-]*|and)(?:[\s,;]+(?:[A-Z][\w'.-]*|and|in|at|from|by|with|de|da|van|von|al|el|"
                        r"editing|writing|reporting|additional))*[\s,;]*[)\]]?\s*$"
                        r"|^\((?:Additional\s+)?[Rr]eporting\s+by\b[^()\n]*\)$"
                        r"|^[^.\n]{3,160}\bcontributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)\.?\)?$")
_MONTH_DAY = r"(?:[A-Z][a-z]{2,5}day,\s*)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}"  # "Thursday, June 18", "Jan 19", "Mar. 5"
# "OSLO –", "LOMÉ –", "CORK, March 6 –", "WICHITA, Kansas –", "YANGON/KUNMING, Jan 19 (Mekong Wire) –": blanked so the sentence parses
DATELINE = re.compile(r"^([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'/-]{2,40}?)(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=,|\s*[–—-]\s))?"
                      r"(?:,\s*" + _MONTH_DAY + r"(?:,\s*\d{4})?)?"
                      r"(?:\s*\([^)\n]{1,40}\))?"
                      r"\s*[–—-]\s+")
# Wires that set the city in title case ("Mexico City, May 28, 2026 –", "New Delhi, Mar 5 (PTI) Farm unions …"):
# only near the top and only with a day of the month, so a body sentence is never taken for one
MIXED_DATELINE = re.compile(r"^([A-Z][a-z]+(?:[ -](?:[a-z]{1,3}[ -])?[A-Z][a-z]+){0,3}),\s*" + _MONTH_DAY
                            + r"(?:(?:,\s*\d{4})?(?:\s*\([^)\n]{1,40}\))?\s*[–—-](?:\s+|$)|\s*\([A-Za-z ]{2,30}\)\s+)")

# A live blog's time stamp opens its entry and is no part of the name after it: "10:50 - The Office of the High
# Representative said …", "17:45-German Foreign Minister …", "10:50 GMT: …", "1050 GMT - …" (a clock, then a zone
# or a dash or colon; "10.5 million …" has neither)
TIME_STAMP = re.compile(r"^(?:\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|CET|CEST|BST|EST|EDT|ET|local(?:\s+time)?))?"
                        r"\s*[–—:-]\s*(?=[A-Z\"“'‘(])"
                        r"|\d{3,4}\s*(?:GMT|UTC)\b\s*(?:[–—:-]\s*)?(?=[A-Z\"“'‘(]))")


class Tok(Token):
    """A Token whose most read attributes are plain slots, filled once per doc (``tokens_of``): a Token looks each
    one up anew on every read (``pos_`` ~220 ns, ``text`` ~180 ns, ``lower_`` ~140 ns, and ``head`` builds a new
    Token), a slot is read in ~10 ns. Same doc and index, so it compares, hashes and reads every other attribute
    as the Token does; the rules never change a parse, so the slots stay true."""

    __slots__ = ("i", "idx", "text", "lower_", "lemma_", "pos_", "tag_", "dep_", "head", "kids")  # kids: ``children_of``


_Tables = tuple[Any, list[Tok], list[tuple[Tok, ...]]]


class _PerThread(threading.local):
    """doc id → (doc, its tokens, each token's children), read once per doc; the doc is held, so its id cannot be
    another doc's while cached. ``doc[i]`` builds a new Token on every call, and ``Token.children`` walks the token's
    left and right edges building one at every step (about 1 µs a call, from some 1,400 sites of the rules).

    One table per thread: the rules compare tokens by identity (``v is verb``), so an article's tokens must stay the
    same objects until it is read; a server extracting two articles at once (``POST /articles`` runs in a thread
    pool) would otherwise have one article's ``clear_doc_caches`` hand the other a second set of tokens midway."""

    def __init__(self) -> None:
        self.tokens: dict[int, _Tables] = {}


_LOCAL = _PerThread()
_NAMES: dict[int, str] = {}  # string id → string, looked up in the string store once per string, not per token
_READ = [IDX, ORTH, LOWER, LEMMA, TAG, DEP, POS, HEAD]  # one array: the ids as signed ints, HEAD's offsets signed


def _name(strings: Any, key: int) -> str:
    """The string of a (signed) string id, from the string store the first time."""
    name = _NAMES.get(key)
    if name is None:
        if len(_NAMES) >= 1 << 17:  # (a long run's vocabulary: keep the table bounded)
            _NAMES.clear()
        name = _NAMES[key] = strings[key & 0xFFFFFFFFFFFFFFFF]
    return name


def _read_tokens(doc: Any) -> _Tables:
    """Fill this thread's table for ``doc``: one array read of the parse, each string looked up once (``_name``)."""
    cache = _LOCAL.tokens
    if len(cache) >= 256:
        cache.clear()
    vocab, strings, get = doc.vocab, doc.vocab.strings, _NAMES.get
    toks: list[Tok] = []
    heads: list[int] = []
    for i, (idx, orth, lower, lemma, tag, dep, pos, h) in enumerate(doc.to_array(_READ).astype("int64").tolist()):
        t = Tok(vocab, doc, i)
        t.i, t.idx, t.pos_ = i, idx, POS_NAMES[pos]
        # (``get``, not ``in`` then ``[]``: another thread may clear ``_NAMES`` between the two; "" is looked up again)
        t.text = get(orth) or _name(strings, orth)
        t.lower_ = get(lower) or _name(strings, lower)
        t.lemma_ = get(lemma) or _name(strings, lemma)
        t.tag_ = get(tag) or _name(strings, tag)
        t.dep_ = get(dep) or _name(strings, dep)
        toks.append(t)
        heads.append(i + h)
    kids: list[list[Tok]] = [[] for _ in toks]
    for t, h in zip(toks, heads, strict=True):
        t.head = toks[h]
        if h != t.i:
            kids[h].append(t)  # in document order, as Token.children gives them (left ones, then right)
    table = [tuple(k) for k in kids]
    for t, k in zip(toks, table, strict=True):
        t.kids = k
    got = cache[id(doc)] = (doc, toks, table)
    return got


def tokens_of(doc: Any) -> list[Tok]:
    """The doc's tokens as ``Tok``, listed once per doc: ``doc[i]`` builds a new Token on every call."""
    got = _LOCAL.tokens.get(id(doc))
    if got is None or got[0] is not doc:
        got = _read_tokens(doc)
    return got[1]


def token_tables(doc: Any) -> tuple[list[Tok], list[tuple[Tok, ...]]]:
    """The doc's tokens and each one's children (``tokens_of``, ``children_of``), for a walk over many of them."""
    got = _LOCAL.tokens.get(id(doc))
    if got is None or got[0] is not doc:
        got = _read_tokens(doc)
    return got[1], got[2]


def children_of(tok: Any) -> tuple[Tok, ...]:
    """``tok.children`` as a tuple read once per doc (same tokens, same order)."""
    if type(tok) is Tok:
        return tok.kids
    doc = tok.doc
    got = _LOCAL.tokens.get(id(doc))
    if got is None or got[0] is not doc:
        got = _read_tokens(doc)
    return got[2][tok.i]


def subtree_of(tok: Any) -> list[Tok]:
    """``tok.subtree`` from the cached children (same tokens, same order: each left child's subtree, the token, each
    right child's): the Token's walks edge to edge with a generator per level and a new Token per step."""
    toks, kids = token_tables(tok.doc)
    out: list[Tok] = []

    def walk(t: Tok) -> None:
        i = t.i
        below = kids[i]
        for c in below:
            if c.i < i:
                walk(c)
        out.append(t)
        for c in below:
            if c.i > i:
                walk(c)

    walk(toks[tok.i])
    return out


def clear_tokens() -> None:
    """Forget this thread's token tables: an article's parse need not be held once it is read."""
    _LOCAL.tokens.clear()


@dataclass
class Paragraph:
    idx: int
    start: int  # absolute offset of text[0]
    text: str
    kind: str = "body"  # headline | caption | body
    doc: Any = None
    dateline: str | None = None
    skip: list[tuple[int, int]] = field(default_factory=list)  # relative char ranges to ignore

    @cached_property
    def doc_text(self) -> str:
        """The parsed text (``_blanked``), read once: ``doc.text`` and a Span's ``.text`` join their tokens anew."""
        return self.doc.text


@dataclass
class Sentence:
    idx: int
    para: Paragraph
    span: Any  # spaCy Span

    @cached_property
    def tokens(self) -> list[Tok]:
        """The span's tokens, listed once, as the doc's ``Tok`` (``tokens_of``): iterating a Span builds every Token
        anew, and the rules walk each sentence dozens of times."""
        span = self.span
        return tokens_of(span.doc)[span.start:span.end]

    @cached_property
    def text(self) -> str:
        """The span's text, read once: a Span joins its tokens' texts anew on every ``.text``."""
        span = self.span
        return self.para.doc_text[span.start_char:span.end_char]  # = span.text, sliced from the doc's text

    @cached_property
    def lowers(self) -> frozenset[str]:
        """Its words in lower case, read once: a rule that needs one of a few words tests the sentence for
        them before it reads every token (``for t in s.tokens if "for" in s.lowers else ()``)."""
        return frozenset(t.lower_ for t in self.tokens)

    @cached_property
    def lemmas(self) -> frozenset[str]:
        """Its lemmas in lower case, read once, for the same pre-check before a loop that tests ``t.lemma_``
        (one that also tests ``t.lower_`` needs ``lowers`` in its guard too: "sides" has the lemma "side")."""
        return frozenset(t.lemma_.lower() for t in self.tokens)

    @property
    def start(self) -> int:
        return self.para.start + self.span.start_char

    @property
    def end(self) -> int:
        return self.para.start + self.span.end_char

    @property
    def kind(self) -> str:
        return self.para.kind


def split_paragraphs(text: str) -> list[Paragraph]:
    """Non-empty lines with their offsets; the first is the headline."""
    out: list[Paragraph] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append(Paragraph(len(out), pos + lead, stripped))
        pos += len(line) + 1
    if out and len(out) > 1:
        out[0].kind = "headline"
    for p in out:
        if p.kind != "headline" and STAFF_LINE.match(p.text):
            p.skip.append((0, len(p.text)))
            continue
        m = CREDIT.search(p.text)
        if m:
            p.skip.append((m.start(), len(p.text)))
        d = DATELINE.match(p.text)
        if d and d.group(1).strip().isupper():
            p.dateline = d.group(1).strip().title()
            p.skip.append((0, d.end()))
        elif p.idx <= 2 and p.kind != "headline" and (d := MIXED_DATELINE.match(p.text)) is not None:
            if d.group(1).lower() not in WEEKDAYS:  # "Thursday, June 18, 2026 -" is a date line, not a place
                p.dateline = d.group(1)
            p.skip.append((0, d.end()))
        if p.kind != "headline" and not p.skip and (t := TIME_STAMP.match(p.text)) is not None:
            p.skip.append((0, t.end()))
    return out


def _blanked(p: Paragraph) -> str:
    """Paragraph text with datelines and credits blanked out (same length, so offsets hold). A dateline that opens
    the paragraph ends in a full stop, so the lede's first word is tagged as a sentence's first word ("Talks" a noun)."""
    if not p.skip:
        return p.text
    chars = list(p.text)
    for a, b in p.skip:
        for k in range(a, b):
            chars[k] = " "
        if a == 0 and 3 <= b < len(chars):
            chars[b - 2] = "."  # (not the last blank: the stop stays apart from the lede's first word)
    return "".join(chars)


def _looks_like_caption(p: Paragraph) -> bool:
    if p.skip and CREDIT.search(p.text):
        return True
    sents = list(p.doc.sents)
    if len(sents) > 2 or len(p.text.split()) > 45:
        return False
    roots = [s.root for s in sents]
    return all(r.tag_ in ("VBZ", "VBP") or r.pos_ not in ("VERB", "AUX") for r in roots)


def parse(text: str, nlp: Any) -> tuple[list[Paragraph], list[Sentence]]:
    paras = split_paragraphs(text)
    for p, doc in zip(paras, nlp.pipe(_blanked(p) for p in paras), strict=True):
        p.doc = doc
    if len(paras) > 2 and paras[1].kind == "body" and _looks_like_caption(paras[1]):
        paras[1].kind = "caption"
    sents: list[Sentence] = []
    for p in paras:
        for s in p.doc.sents:
            sent = Sentence(len(sents), p, s)
            if sent.text.strip():  # ``text`` is cached: the span's text is joined once
                sents.append(sent)
    return paras, sents


def skipped(p: Paragraph, start: int, end: int) -> bool:
    return bool(p.skip) and any(a <= start < b or a < end <= b for a, b in p.skip)  # (most skip nothing: no generator)
