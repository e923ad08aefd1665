"""One way for the extraction tests to turn a short text into records, as ingest would (the same
text, language and date checks), so a change to how articles are made reaches every test."""

from __future__ import annotations

import datetime as dt

from graph.articles import make_article
from graph.extract import extract
from graph.records import ActorRecord, Extraction


def extracted(text: str, published: dt.date | str = dt.date(2025, 6, 11), *, article_id: str = "t") -> Extraction:
    """Records of ``text`` published on ``published`` (a date or an ISO string).

    >>> extracted("Talks\\nFrance and Germany met in Paris on Monday.\\n").article.id
    't'
    """
    day = dt.date.fromisoformat(published) if isinstance(published, str) else published
    return extract(make_article(text, article_id=article_id, published=day))


def actor(ex: Extraction, name: str) -> ActorRecord | None:
    """The actor of that name, or None."""
    return next((a for a in ex.actors if a.name == name), None)


def aliases(ex: Extraction, name: str) -> set[str]:
    """That actor's aliases, lower-cased (empty when there is no such actor)."""
    a = actor(ex, name)
    return {x.lower() for x in a.aliases} if a is not None else set()
