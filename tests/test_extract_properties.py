"""Any text gives valid records and never an exception; evidence is always exact text."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.articles import make_article
from graph.errors import ParleyError
from graph.extract import extract

WORDS = ["Mr", "Smith", "said", "the", "talks", "in", "Geneva", "on", "Tuesday", "Russia", "urged", "Iran", "to",
         "halt", "strikes", ",", ".", "and", "\u201c", "\u201d", "he", "rejected", "plan", "President", "Ana", "Lopez",
         "demanded", "only", "if", "claimed", "disputed", "claim", "\n", "Kremlin", "'s", "army", "the", "group"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
    st.text(max_size=200),
))
def test_any_text_gives_valid_records(text: str) -> None:
    try:
        meta = make_article(text, article_id="prop", published=dt.date(2025, 12, 3))
    except ParleyError:
        return  # empty or binary input is refused with a one-line error, which is fine
    ex = extract(meta)
    for rec in [*ex.events, *ex.positions, *ex.demands, *ex.claims, *ex.statements]:
        assert meta.text[rec.evidence.start:rec.evidence.end] == rec.evidence.text
    names = {a.name for a in ex.actors}
    for ev in ex.events:
        assert set(ev.sources) | set(ev.targets) <= names
    for d in ex.demands:
        assert d.by in names
