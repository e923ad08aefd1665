"""The fast paths of the attribute ruler and the lemmatizer leave every token exactly as the stock
components do."""

from __future__ import annotations

import pytest

from graph.extract.fastlemma import FastLemmatizer, speed_up_lemmatizer
from graph.extract.fastruler import FastRuler, speed_up
from graph.extract.paragraphs import _blanked, split_paragraphs
from graph.nlp import load_nlp
from tests.conftest import SEED

TRICKY = [
    "Y'all gonna go, ain't it? Let's see. C'mon, we gotta try.",
    "There is a deal. There's one more, and there are two others; there were none.",
    "Iran's Foreign Ministry said it would not sign up to it.",
    "   ",
    "UNITED NATIONS —  The  envoy\u2019s   talks  (in Geneva)  ended.",
    "He said: \u201cWe won't accept it,\u201d and left at 5 p.m. on Dec. 3, 2025.",
]


@pytest.fixture(scope="module")
def pair():  # noqa: ANN201
    stock, fast = load_nlp.__wrapped__(), load_nlp.__wrapped__()
    assert speed_up(fast)
    return stock, fast


def test_fast_path_gives_the_stock_parse(pair) -> None:
    stock, fast = pair
    paras = TRICKY + [_blanked(p) for p in split_paragraphs(SEED.read_text(encoding="utf-8"))]
    for _ in range(2):  # first pass fills the key table, the second reads it
        for a, b in zip(stock.pipe(paras), fast.pipe(paras), strict=True):
            assert a.to_bytes() == b.to_bytes(), a.text
            assert [(t.pos_, t.lemma_, str(t.morph), t.tag_, t.dep_) for t in a] == \
                   [(t.pos_, t.lemma_, str(t.morph), t.tag_, t.dep_) for t in b]


def test_fast_lemmatizer_gives_the_stock_lemmas() -> None:
    """Both fast paths together, as extraction runs them; lemmas the ruler presets ("gon" -> "go")
    are kept, the others come from one lemmatizer call per form, tag and morphology."""
    stock, fast = load_nlp.__wrapped__(), load_nlp.__wrapped__()
    assert speed_up(fast) and speed_up_lemmatizer(fast)
    paras = TRICKY + ["We're gonna win, y'all.", "Talks talked; the talking talker talks."] + [
        _blanked(p) for p in split_paragraphs(SEED.read_text(encoding="utf-8"))]
    for _ in range(2):  # the first pass fills the memo, the second reads it
        for a, b in zip(stock.pipe(paras), fast.pipe(paras), strict=True):
            assert a.to_bytes() == b.to_bytes(), a.text
            assert [t.lemma_ for t in a] == [t.lemma_ for t in b]


def test_extraction_uses_the_fast_lemmatizer() -> None:
    from graph.extract.pipeline import extraction_nlp

    lem = extraction_nlp().get_pipe("lemmatizer")
    assert isinstance(getattr(lem.pipe, "__self__", None), FastLemmatizer)


def test_a_model_without_a_rule_lemmatizer_is_left_alone() -> None:
    nlp = load_nlp.__wrapped__()
    nlp.remove_pipe("lemmatizer")
    assert speed_up_lemmatizer(nlp) is False


def test_two_token_rules_still_apply(pair) -> None:
    _, fast = pair
    doc = next(fast.pipe(["We're gonna win, y'all."]))
    assert [t.lemma_ for t in doc if t.lower_ in ("gon", "na", "y'")] == ["go", "to", "you"]


def test_extraction_uses_the_fast_path() -> None:
    from graph.extract.pipeline import extraction_nlp

    ruler = extraction_nlp().get_pipe("attribute_ruler")
    assert isinstance(getattr(ruler.pipe, "__self__", None), FastRuler)


def test_rules_it_cannot_key_leave_the_ruler_alone() -> None:
    nlp = load_nlp.__wrapped__()
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": {"NOT_IN": ["x"]}, "OP": "?"}]], {"LEMMA": "y"})
    assert speed_up(nlp) is False
    assert "pipe" not in vars(nlp.get_pipe("attribute_ruler"))


def test_extract_many_parses_each_paragraph_once_and_changes_nothing(monkeypatch) -> None:
    """Batched extraction (folder ingest) gives the records of one-at-a-time extraction, and the
    batch really serves parse(): no paragraph is parsed a second time."""
    import datetime as dt

    import graph.extract.pipeline as pipeline_mod
    from graph.articles import make_article
    from graph.extract import extract
    from tests.conftest import ROOT

    texts = [SEED.read_text(encoding="utf-8")] + [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))[:2]]
    metas = [make_article(t, article_id=f"m{i}", published=dt.date(2025, 12, 3)) for i, t in enumerate(texts)]
    metas.append(make_article(texts[0], article_id="m-dup", published=dt.date(2025, 12, 3)))  # same text twice
    one_by_one = [extract(m).model_dump_json() for m in metas]

    nlp = pipeline_mod.extraction_nlp()
    parsed: list[int] = []

    class Counting:
        def pipe(self, texts, **kw):  # noqa: ANN001, ANN003, ANN201
            texts = list(texts)
            parsed.append(len(texts))
            return nlp.pipe(texts, **kw)

    monkeypatch.setattr(pipeline_mod, "extraction_nlp", lambda: Counting())
    batched = [ex.model_dump_json() for ex in pipeline_mod.extract_many(metas)]
    assert batched == one_by_one
    assert len(parsed) == 1 and parsed[0] == sum(len(split_paragraphs(t)) for t in texts + texts[:1])
