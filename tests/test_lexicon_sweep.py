"""Every word the lexicons know, in the frames the rules look for, must not crash the extractor.

Blind articles have twice lost every fact to one TypeError ("the union called it 'an insult'" outside an
adverbial clause, next() handed None; "said the fishermen had rejected the plan and blamed Oslo for the
breakdown", a blame verb with no clause of its own joined to a said-clause): the articles and fuzz texts never put that word in that frame.
This sweep puts each stance, demand, claim and event word into a handful of reporting, quoting,
conditional and calling frames, many to a document, so each rule's branches meet words they were not
written for.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from graph.extract import extract
from graph.records import ArticleMeta

DATA = Path(__file__).resolve().parents[1] / "graph" / "data"
FRAMES = (
    'The union said it would {w} the offer, calling it "a {w}".',
    '"We will {w} it," the envoy said, adding that the {w} was "a basis for talks".',
    "Rebels, led by Colonel Joseph Mbeki, would not {w} the plan unless the army agreed to {w} its troops.",
    "The federation called on the government to {w} the {w} and warned it would strike on Monday.",
    'Its leader, Ana Ferreira, called it "a {w}" before the board voted to {w} the revised draft.',
    'Mr Okoro said the council had described it as "a {w}", and he urged both sides to {w} it.',
    "Ms Rivera told reporters that Norway and the European Union could {w} the {w} only if Brazil did.",
    "The {w}, which the ministry tabled last week, was {w} by the opposition party.",
    "Karl Berg said the fishermen had {w} the plan and blamed Oslo for the {w}.",
    "The council said on Friday that it had {w} the drivers' petition and accused Mayor Ortiz of {w} the talks.",
)


def _words() -> list[str]:
    words: set[str] = set()

    def walk(x: object) -> None:
        if isinstance(x, str):
            words.update(w for w in x.lower().split() if re.fullmatch(r"[a-z]+", w))
        elif isinstance(x, list):
            for y in x:
                walk(y)
        elif isinstance(x, dict):
            for v in x.values():
                walk(v)

    for name in ("stance.json", "demands_claims.json", "events.json", "issues.json"):
        walk(json.loads((DATA / name).read_text(encoding="utf-8")))
    return sorted(words)


WORDS = _words()
CHUNK = 40


@pytest.mark.parametrize("start", range(0, len(WORDS), CHUNK))
def test_every_lexicon_word_in_every_frame_extracts_without_error(start: int) -> None:
    chunk = WORDS[start:start + CHUNK]
    paras = [" ".join(f.format(w=w) for f in FRAMES) for w in chunk]
    text = "Talks on the border resumed in Geneva\n\n" + "\n\n".join(paras)
    ex = extract(ArticleMeta(id=f"sweep{start}", text=text, published=dt.date(2026, 3, 4)))
    assert ex.article.id == f"sweep{start}"
    for item in [*ex.events, *ex.positions, *ex.demands, *ex.claims]:  # evidence stays exact text
        assert text[item.evidence.start:item.evidence.end] == item.evidence.text


def test_the_sweep_covers_the_lexicons() -> None:
    assert len(WORDS) > 500 and {"reject", "accept", "demand"} <= set(WORDS)


def test_a_blame_verb_joined_to_a_said_clause_is_read_not_crashed_on() -> None:
    text = "Talks\n\nKarl Berg said the fishermen had rejected the plan and blamed Oslo for the breakdown.\n"
    ex = extract(ArticleMeta(id="blame", text=text, published=dt.date(2026, 3, 4)))
    assert any(e.type == "REJECT" for e in ex.events)
