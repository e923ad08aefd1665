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


_SHARED_SURNAME = r'''
import sys
from tests.extracting import extracted
ex = extracted("Talks resume in Doha\nArjun Osei, the chief negotiator of Israel, met Yusuf Osei, who is the defence minister "
               "of Lebanon, in Doha on Monday for talks on the plan. Mr Osei said that the new plan was not acceptable to his "
               "government and that he would not sign it.\n")
print(sorted({p.holder for p in ex.positions} | {s.speaker for s in ex.statements}))
'''


def test_a_shared_surname_goes_to_the_same_person_whatever_the_hash_seed() -> None:
    """Two people of one surname and equal-length names: "Mr Osei" went to either, by the order of a
    set of strings, so two runs of one article could differ. It must not depend on PYTHONHASHSEED."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    seen = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        run = subprocess.run([sys.executable, "-c", _SHARED_SURNAME], cwd=ROOT, capture_output=True, text=True,
                             timeout=300, env={**os.environ, "PYTHONHASHSEED": seed})
        assert run.returncode == 0, run.stderr[-2000:]
        seen.add(run.stdout.strip())
    assert seen == {"['Arjun Osei']"}, seen
