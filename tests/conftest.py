"""Shared fixtures. Helpers add fixtures here with small additive edits."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_50ee412626375c89.txt"
SEED_ID = "000_50ee412626375c89"


def shared_dir() -> Path | None:
    """../shared beside the project (or $PARLEY_SHARED); None when absent."""
    p = Path(os.environ.get("PARLEY_SHARED") or ROOT.parent / "shared")
    return p if p.is_dir() else None


@pytest.fixture(scope="session")
def seed_extraction():
    """The seed article's records, extracted once per test session."""
    from graph.articles import read_article
    from graph.extract import extract

    return extract(read_article(SEED))


@pytest.fixture(scope="session")
def seed_built(seed_extraction):
    from graph.build import build

    return build(seed_extraction)


@pytest.fixture
def mem_store():
    from graph.store import Store

    return Store.open(None)


@pytest.fixture(scope="session")
def web_base(tmp_path_factory):
    """One real server for the web-page tests (tests/test_web*.py): seeds plus two sample articles."""
    from tests.web_store import running_web_server

    with running_web_server(tmp_path_factory.mktemp("web") / "db") as url:
        yield url
