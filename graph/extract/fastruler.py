"""An output-identical fast path for the model's ``attribute_ruler`` (a tenth of spaCy's time).

The shipped ruler runs a Matcher of ~180 token patterns over every token, then applies the
attributes of each match in rule order. Almost all patterns look at one token only, through its
tag, dependency, whitespace flag and lower-case form, and a lower-case form matters only when
some pattern names it. So the rules that fire on a token are a function of a small key: (tag,
dep, is_space, lower-case form or "none of the named ones"). We remember that function as we
meet keys, computing it with the original Matcher on the first document that holds a new key;
the few two-token patterns keep running through a Matcher of their own. Attributes are then set
with spaCy's own ``set_token_attrs``, in rule order, so every token ends up exactly as the stock
component leaves it (``tests/test_extract.py`` and ``bench/extract_speed.py --check`` compare).

Only ``nlp.pipe`` takes this path (what extraction uses); ``nlp(text)`` runs the stock code.
Rules the key cannot describe (operators, other attributes) make :func:`speed_up` a no-op.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

_KEY_ATTRS = {"TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE, "LOWER": LOWER}
_NONE = -1  # stands for every lower-case form that no pattern names


class _Unsupported(Exception):
    pass


class FastRuler:
    """Replaces ``pipe`` on one AttributeRuler instance; see the module docstring."""

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        vocab = ruler.vocab
        self.strings = vocab.strings
        self.single = Matcher(vocab)
        self.multi = Matcher(vocab)
        self.has_multi = False
        self.lowers: set[str] = set()  # lower-case forms named by single-token patterns
        self.regexes: list[re.Pattern[str]] = []
        for i, rule in enumerate(ruler.patterns):
            key = self.strings.add(str(i))
            singles = [p for p in rule["patterns"] if len(p) == 1]
            multis = [p for p in rule["patterns"] if len(p) > 1]
            for p in singles:
                self._check(p[0])
            if singles:
                self.single.add(key, singles)
            if multis:
                self.multi.add(key, multis)
                self.has_multi = True
        # Most documents hold no token that can open a two-token pattern ("gon", "let", an
        # expletive …): whether a token can is a function of its key too, so the two-token
        # Matcher runs only where one does. A first token the key cannot describe: always run it.
        self.first: Matcher | None = Matcher(vocab) if self.has_multi else None
        firsts = [[p[0]] for rule in ruler.patterns for p in rule["patterns"] if len(p) > 1]
        try:
            for p in firsts:
                self._check(p[0])
        except _Unsupported:
            self.first = None
        if self.first is not None:
            self.first.add(self.strings.add("first"), firsts)
        self.attrs: list[dict] = ruler.attrs
        self.indices: list[int] = ruler.indices
        self.by_key: dict[tuple[int, ...], tuple[tuple[int, ...], bool]] = {}  # → (rules, opens a pair)
        self.merged: dict[tuple[int, ...], dict | None] = {(): None}
        self.lower_ids: dict[int, int] = {}

    def _check(self, tok: dict) -> None:
        for name, value in tok.items():
            if name not in _KEY_ATTRS:
                raise _Unsupported(name)
            if name != "LOWER":
                if isinstance(value, dict) and not set(value) <= {"IN", "NOT_IN"}:
                    raise _Unsupported(f"{name}: {value}")
                continue
            if isinstance(value, str):
                self.lowers.add(value)
            elif isinstance(value, dict) and set(value) <= {"IN", "REGEX"}:
                self.lowers.update(value.get("IN", ()))
                if "REGEX" in value:
                    self.regexes.append(re.compile(value["REGEX"]))
            else:  # NOT_IN, comparisons …: any form could matter
                raise _Unsupported(f"LOWER: {value}")

    def _lower(self, h: int) -> int:
        """The lower-case hash itself when a pattern could match it, else _NONE."""
        v = self.lower_ids.get(h)
        if v is None:
            s = self.strings[h]
            v = h if s in self.lowers or any(rx.search(s) for rx in self.regexes) else _NONE
            self.lower_ids[h] = v
        return v

    def _merge(self, ids: tuple[int, ...]) -> dict | None:
        """One dict with the attributes of rules ``ids`` applied in order (later rules win)."""
        m = self.merged.get(ids)
        if m is None and ids:
            m = {}
            for i in ids:
                m.update(self.attrs[i])
            self.merged[ids] = m
        return m

    def _rule_ids(self, doc: Doc, matches: Iterable[tuple[int, int, int]]) -> dict[int, set[int]]:
        out: dict[int, set[int]] = {}
        for m_id, s, e in matches:
            i = int(self.strings[m_id])
            out.setdefault(range(s, e)[self.indices[i]], set()).add(i)
        return out

    def __call__(self, doc: Doc) -> Doc:
        arr = doc.to_array([TAG, DEP, IS_SPACE, LOWER]).tolist()
        keys = [(t, d, sp, self._lower(lo)) for t, d, sp, lo in arr]
        by_key = self.by_key
        if any(k not in by_key for k in keys):
            found = self._rule_ids(doc, self.single(doc, allow_missing=True, as_spans=False))
            opens = {s for _, s, _ in self.first(doc, allow_missing=True, as_spans=False)} if self.first else set()
            for i, k in enumerate(keys):
                by_key.setdefault(k, (tuple(sorted(found.get(i, ()))), i in opens))
        known = [by_key[k] for k in keys]
        ids = [rid for rid, _ in known]
        if self.has_multi and (self.first is None or any(o for _, o in known)):
            extra = self._rule_ids(doc, self.multi(doc, allow_missing=True, as_spans=False))
            for i, more in extra.items():
                ids[i] = tuple(sorted(set(ids[i]) | more))
        for i, rid in enumerate(ids):
            if rid:
                set_token_attrs(doc[i], self._merge(rid))
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:  # noqa: ARG002
        for doc in stream:
            yield self(doc)


def speed_up(nlp: Any) -> bool:
    """Give ``nlp``'s attribute ruler the fast path; False (and nothing changed) when its rules
    are of a kind the fast path does not cover."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        fast = FastRuler(ruler)
    except _Unsupported:
        return False
    ruler.pipe = fast.pipe
    return True
