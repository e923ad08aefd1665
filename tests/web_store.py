"""The store the web-page tests browse: seeds/ ingested, the hand-built sample article, and a later
article in which Zelenskyy's stance on the 28-point plan changes (oppose → conditional)."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from graph.records import ActorRecord, ArticleMeta, Extraction, PositionRecord, ProposalRecord, Span
from tests.api_sample import sample_extraction
from tests.conftest import SEEDS

LATER = ("Volodymyr Zelenskyy said Ukraine could accept the 28-point plan if it came with security "
         "guarantees.")


def later_extraction() -> Extraction:
    """A second article, a week on: the same actor, the same proposal, a different stance."""
    ev = "Volodymyr Zelenskyy said Ukraine could accept the 28-point plan"
    return Extraction(
        article=ArticleMeta(id="sample-2", text=LATER, title="Kyiv softens on the plan",
                            published=dt.date(2025, 12, 10), source="test"),
        actors=[ActorRecord(name="Volodymyr Zelenskyy", type="Person", aliases=["Zelensky"],
                            mentions=[Span(start=0, end=19, text="Volodymyr Zelenskyy")])],
        proposals=[ProposalRecord(name="28-point plan", proposers=["Donald Trump"],
                                  mentions=[Span(start=LATER.index("28-point plan"),
                                                 end=LATER.index("28-point plan") + 13, text="28-point plan")])],
        positions=[PositionRecord(holder="Volodymyr Zelenskyy", stance="conditional", target="28-point plan",
                                  target_kind="proposal", target_ref="28-point plan",
                                  condition="security guarantees", date=dt.date(2025, 12, 10),
                                  evidence=Span(start=0, end=len(ev), text=ev))],
    )


def build_web_store(db: Path) -> Path:
    """Ingest everything the web tests look at into an on-disk store at ``db``."""
    from graph.articles import iter_articles
    from graph.build import build
    from graph.pipeline import ingest
    from graph.store import Store

    with Store.open(db) as store:
        ingest(store, iter_articles([SEEDS]))
        store.write_article(build(sample_extraction()))
        store.write_article(build(later_extraction()))
    return db


@contextlib.contextmanager
def running_web_server(db: Path) -> Iterator[str]:
    """A real uvicorn on 127.0.0.1 over :func:`build_web_store`; yields its base URL."""
    from api.state import Settings
    from tests.api_server import running_server

    build_web_store(db)
    with running_server(Settings(db=str(db), timeout=10.0, workers=1, max_workers=2)) as url:
        yield url
