"""An output-identical fast path for the model's rule ``lemmatizer`` (a few per cent of spaCy's time).

The stock component visits every token in Python and asks ``rule_lemmatize`` for its lemma, which
is a function of the token's form, part of speech and morphology: spaCy itself memoises it on
exactly that key, and the paths it does not memoise (no part of speech, a base form) read nothing
else either. So we read the three, with any preset lemma, for the whole doc in one array, ask the
stock lemmatizer once per new key, and write every lemma back in one ``from_array`` call. Tokens
whose lemma another component already set keep it, as the stock code does when ``overwrite`` is
off. ``tests/test_extract.py`` compares every token attribute with the stock pipeline.

Only ``nlp.pipe`` takes this path, as with graph/extract/fastruler.py; ``nlp(text)`` runs the
stock code. A lemmatizer in another mode (lookup tables) makes :func:`speed_up_lemmatizer` a no-op.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.tokens import Doc


class FastLemmatizer:
    """Replaces ``pipe`` on one rule-mode Lemmatizer instance; see the module docstring."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lem = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.memo: dict[tuple[int, int, int], int] = {}  # (orth, pos, morph) -> lemma hash

    def __call__(self, doc: Doc) -> Doc:
        lem = self.lem
        if not lem._validated or not len(doc):  # the stock call validates the tables once
            return lem(doc)
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = arr[:, 3].copy()
        memo, keep = self.memo, not lem.overwrite
        for i, (orth, pos, morph, preset) in enumerate(arr.tolist()):
            if keep and preset != 0:
                continue
            key = (orth, pos, morph)
            h = memo.get(key)
            if h is None:
                h = memo[key] = self.strings.add(lem.lemmatize(doc[i])[0])
            lemmas[i] = h
        doc.from_array([LEMMA], numpy.ascontiguousarray(lemmas.reshape(-1, 1)))
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:  # noqa: ARG002
        for doc in stream:
            yield self(doc)


def speed_up_lemmatizer(nlp: Any) -> bool:
    """Give ``nlp``'s rule lemmatizer the fast path; False (and nothing changed) otherwise."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    lem = nlp.get_pipe("lemmatizer")
    if getattr(lem, "mode", None) != "rule" or not hasattr(lem, "lemmatize"):
        return False
    lem.pipe = FastLemmatizer(lem).pipe
    return True
