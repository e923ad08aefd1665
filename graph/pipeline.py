"""Article → records → triples → store, with idempotency and a closing summary.

The hash check runs before extraction, so re-ingesting an unchanged corpus costs no NLP.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from graph.build import build
from graph.extract import extract
from graph.records import ArticleMeta, Extraction
from graph.store import Store


@dataclass
class IngestSummary:
    articles: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    actors: int = 0
    events: int = 0
    positions: int = 0
    demands: int = 0
    claims: int = 0
    triples: int = 0
    seconds: float = 0.0
    words: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, ex: Extraction) -> None:
        self.actors += len(ex.actors)
        self.events += len(ex.events)
        self.positions += len(ex.positions)
        self.demands += len(ex.demands)
        self.claims += len(ex.claims)

    def line(self) -> str:
        rate = self.words / self.seconds if self.seconds else 0.0
        return (
            f"{self.articles} articles ({self.unchanged} unchanged, {self.replaced} replaced, "
            f"{self.failed} failed): {self.actors} actors, {self.events} events, {self.positions} positions, "
            f"{self.demands} demands, {self.claims} claims; {self.triples} triples in store; "
            f"{self.seconds:.1f} s ({rate:,.0f} words/s)"
        )


def ingest_article(store: Store, meta: ArticleMeta, *, force: bool = False) -> tuple[str, Extraction | None]:
    """Store one article. Returns ("unchanged"|"added"|"replaced", extraction or None)."""
    old = store.content_hash(meta.id)
    if old == meta.content_hash and not force:
        return "unchanged", None
    ex = extract(meta)
    built = build(ex)
    if force and old == meta.content_hash:
        store.delete_article(meta.id)
    store.write_article(built)
    return ("replaced" if old else "added"), ex


def ingest(
    store: Store,
    articles: Iterable[ArticleMeta],
    *,
    on_article: Callable[[ArticleMeta, str], None] | None = None,
    keep_going: bool = True,
) -> IngestSummary:
    """Ingest many articles; each is whole or absent. Errors are collected, not raised."""
    from graph.errors import ParleyError

    summary = IngestSummary()
    t0 = time.perf_counter()
    it = iter(articles)
    while True:
        try:
            meta = next(it)
        except StopIteration:
            break
        except ParleyError as exc:
            summary.failed += 1
            summary.errors.append(str(exc))
            if not keep_going:
                raise
            if on_article:
                on_article(None, "failed")  # type: ignore[arg-type]
            continue
        summary.articles += 1
        summary.words += len(meta.text.split())
        try:
            status, ex = ingest_article(store, meta)
        except ParleyError as exc:
            summary.failed += 1
            summary.errors.append(f"{meta.id}: {exc}")
            if not keep_going:
                raise
            status, ex = "failed", None
        if status == "unchanged":
            summary.unchanged += 1
        elif status == "replaced":
            summary.replaced += 1
        if ex is not None:
            summary.add(ex)
        if on_article:
            on_article(meta, status)
    summary.seconds = time.perf_counter() - t0
    summary.triples = len(store)
    return summary


def extract_to_memory(meta: ArticleMeta) -> Store:
    """Run the whole pipeline into a fresh in-memory store (``parley extract``)."""
    store = Store.open(None)
    store.write_article(build(extract(meta)))
    return store
