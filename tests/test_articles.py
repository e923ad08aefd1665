"""Reading articles: sidecars, folders, JSON Lines and the refusals."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from graph.articles import discover, iter_articles, make_article, read_article
from graph.errors import ParleyError
from tests.conftest import SEED, SEED_ID, SEEDS


def test_seed_sidecar_gives_title_and_date() -> None:
    meta = read_article(SEED)
    assert meta.id == SEED_ID
    assert meta.published == dt.date(2025, 12, 3)
    assert meta.title.startswith("Putin says Russia is 'ready'")


def test_folder_discovery_skips_sidecars() -> None:
    assert discover([SEEDS]) == [SEED]


def test_jsonl_lines_become_articles(tmp_path: Path) -> None:
    f = tmp_path / "corpus.jsonl"
    rows = [{"text": "Headline one\nBody one.", "published": "2025-01-02", "id": "one"},
            {"text": "Headline two\nBody two.", "title": "Two"}]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    metas = list(iter_articles([f]))
    assert [m.id for m in metas] == ["one", "corpus-2"]
    assert metas[0].published == dt.date(2025, 1, 2) and metas[0].title == "Headline one"


def test_jsonl_bad_line_names_its_line(tmp_path: Path) -> None:
    f = tmp_path / "c.jsonl"
    f.write_text('{"text": "ok\\nfine"}\n{"title": "no text"}\n', encoding="utf-8")
    with pytest.raises(ParleyError, match=r"c.jsonl:2"):
        list(iter_articles([f]))


def test_content_hash_changes_with_text_and_metadata() -> None:
    a = make_article("H\nbody", article_id="x")
    assert a.content_hash == make_article("H\nbody", article_id="x").content_hash
    assert a.content_hash != make_article("H\nbody!", article_id="x").content_hash
    assert a.content_hash != make_article("H\nbody", article_id="x", published="2025-01-01").content_hash


@pytest.mark.parametrize("bad_id", ["../../etc/passwd", "a b<c>", "\u0416\u0443\u043a"])
def test_hostile_ids_become_safe(bad_id: str) -> None:
    meta = make_article("H\nbody", article_id=bad_id)
    assert "/" not in meta.id and " " not in meta.id and "<" not in meta.id and meta.id


def test_crlf_is_normalised() -> None:
    assert make_article("H\r\nbody\r\n", article_id="x").text == "H\nbody\n"


def test_lone_surrogates_are_replaced_not_fatal() -> None:
    meta = make_article("H\nbad \ud800 char", article_id="x")
    assert "\ufffd" in meta.text and len(meta.text) == len("H\nbad \ud800 char")


@pytest.mark.parametrize("published", ["20260301", "2026-W09-1", "2026-03-01xyz", "2026-03-01T10:00"])
def test_published_is_yyyy_mm_dd_on_ingest_as_over_http(tmp_path: Path, published: str) -> None:
    """A sidecar's date is read as POST /articles reads it (graph.articles.read_date): a week date
    used to become another day (2026-W09-1 is 23 February) and trailing text was cut off."""
    (tmp_path / "a.txt").write_text(Path(SEED).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"published": published}), encoding="utf-8")
    with pytest.raises(ParleyError) as exc:
        read_article(tmp_path / "a.txt")
    assert exc.value.code == "E003" and "YYYY-MM-DD" in exc.value.message
