"""kill -9 during ingest, at many seeded random points: every article is whole or absent."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph.articles import iter_articles
from graph.pipeline import ingest
from graph.store import Store
from tests.conftest import ROOT, SEED

KILL_POINTS = 20
TEMPLATE = (
    "{a} and {b} hold talks in {city}\n"
    "{a}, the foreign minister of {x}, met {b} of {y} in {city} on Tuesday, officials said.\n"
    "\"We discussed a ceasefire and the exchange of prisoners,\" {a} told reporters.\n"
    "{b} said {y} rejected the proposal but was ready for further talks.\n"
)
PEOPLE = ["Anna Keller", "Omar Haddad", "Li Wei", "Maria Santos", "Kofi Mensah", "Ingrid Berg",
          "Ravi Menon", "Elena Petrova", "Tomas Novak", "Aiko Tanaka"]
STATES = ["France", "Germany", "China", "Iran", "Israel", "Lebanon", "Sudan", "Ukraine", "Russia", "Egypt"]
CITIES = ["Geneva", "Doha", "Oslo", "Vienna", "Cairo", "Istanbul", "Nairobi", "Jeddah"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    rng = random.Random(7)
    for i in range(8):
        a, b = rng.sample(PEOPLE, 2)
        x, y = rng.sample(STATES, 2)
        text = TEMPLATE.format(a=a, b=b, x=x, y=y, city=rng.choice(CITIES))
        (folder / f"synthetic_{i:02d}.txt").write_text(text, encoding="utf-8")
    (folder / SEED.name).write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / SEED.with_suffix(".json").name).write_text(
        SEED.with_suffix(".json").read_text(encoding="utf-8"), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def clean(corpus: Path) -> dict[str, frozenset]:
    """Each article's graph from an uninterrupted in-memory ingest, plus the whole dataset."""
    store = Store.open(None)
    summary = ingest(store, iter_articles([corpus]))
    assert summary.failed == 0
    graphs = {aid: frozenset(store.article_graph(aid)) for aid in store.article_ids()}
    graphs["*"] = store.snapshot()
    return graphs


def _check_whole_or_absent(db: Path, clean: dict[str, frozenset]) -> int:
    with Store.open(db) as store:
        present = store.article_ids()
        for aid in present:
            assert frozenset(store.article_graph(aid)) == clean[aid], f"article {aid} is half-written"
        # every entity the stored articles use is in the shared graph, and no orphan is left
        orphans = store.select("""SELECT ?e WHERE { GRAPH <https://w3id.org/parley/graph/entities> { ?e a ?t }
            FILTER NOT EXISTS { GRAPH ?g { ?x ?y ?e } FILTER(?g != <https://w3id.org/parley/graph/entities>) }
            FILTER NOT EXISTS { GRAPH ?h { ?e ?y2 ?x2 } FILTER(?h != <https://w3id.org/parley/graph/entities>) } }""")
        assert orphans == []
        return len(present)


def test_kill_9_during_ingest_loses_nothing_and_resume_completes(corpus: Path, clean, tmp_path: Path) -> None:
    db = tmp_path / "db"
    rng = random.Random(20251203)
    seen_counts = set()
    cmd = [sys.executable, "-m", "api.cli", "ingest", str(corpus), "--db", str(db), "--silent", "-j", "1"]
    for _ in range(KILL_POINTS):
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 3.0))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        stored = _check_whole_or_absent(db, clean)
        seen_counts.add(stored)
        if stored == len(clean) - 1:  # all written: start over so later kills land mid-corpus again
            shutil.rmtree(db)
    final = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert final.returncode == 0, final.stderr
    with Store.open(db) as store:
        assert store.snapshot() == clean["*"]
    assert len(seen_counts) >= 2, f"kills all landed at the same point: {seen_counts}"
