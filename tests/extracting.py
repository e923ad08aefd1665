"""One way for the extraction tests to turn a short text into records, as ingest would (the same
text, language and date checks), so a change to how articles are made reaches every test."""

from __future__ import annotations

import datetime as dt

from graph.articles import make_article
from graph.extract import extract
from graph.records import Extraction


def extracted(text: str, published: dt.date | str = dt.date(2025, 6, 11), *, article_id: str = "t") -> Extraction:
    """Records of ``text`` published on ``published`` (a date or an ISO string).

    >>> extracted("Talks\\nFrance and Germany met in Paris on Monday.\\n").article.id
    't'
    """
    day = dt.date.fromisoformat(published) if isinstance(published, str) else published
    return extract(make_article(text, article_id=article_id, published=day))
