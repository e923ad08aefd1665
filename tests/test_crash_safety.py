"""kill -9 during ingest, at many seeded random points: every article is whole or absent."""

from __future__ import annotations

import os
import pty
import random
import re
import select
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
from tests.synthetic import talks_text

KILL_POINTS = 20


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    rng = random.Random(7)
    for i in range(8):
        text = talks_text(rng, accusation=False)
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


def _kill_after_article(cmd: list[str], k: int, delay: float) -> None:
    """Run ``cmd`` with its progress bar on a pseudo-terminal and kill -9 it ``delay`` seconds after the bar
    shows ``k`` articles done (or let it end, if it ends first): a kill inside the writing, whatever the
    machine's speed."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([c for c in cmd if c != "--silent"], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=slave, stdin=subprocess.DEVNULL)
    os.close(slave)
    seen = b""
    try:
        while proc.poll() is None:
            ready, _, _ = select.select([master], [], [], 0.05)
            if not ready:
                continue
            try:
                seen += os.read(master, 4096)
            except OSError:  # the child closed the terminal: it is ending
                break
            done = [int(n) for n in re.findall(rb"\] (\d+)/\d+", seen)]
            if done and done[-1] >= k:
                time.sleep(delay)
                break
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        os.close(master)


def test_kill_9_during_ingest_loses_nothing_and_resume_completes(corpus: Path, clean, tmp_path: Path) -> None:
    db = tmp_path / "db"
    rng = random.Random(20251203)
    seen_counts = set()
    articles = len(clean) - 1

    def ingest_into(to: Path) -> list[str]:
        return [sys.executable, "-m", "api.cli", "ingest", str(corpus), "--db", str(to), "--silent", "-j", "1"]

    cmd = ingest_into(db)
    # half the kills land at a random time within one uninterrupted run's length (start-up, parsing,
    # writing, alike on a busy machine); the other half just after the k-th article is written, so some
    # surely land between two writes
    started = time.monotonic()
    timed = subprocess.run(ingest_into(tmp_path / "timed"), cwd=ROOT, capture_output=True, timeout=600)
    assert timed.returncode == 0, timed.stderr
    whole = time.monotonic() - started
    for point in range(KILL_POINTS):
        if point % 2:
            _kill_after_article(cmd, rng.randint(1, articles - 1), rng.uniform(0.0, 0.3))
        else:
            proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.1, 1.0) * whole)
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=60)
        stored = _check_whole_or_absent(db, clean)
        seen_counts.add(stored)
        if stored == articles:  # all written: start over so later kills land mid-corpus again
            shutil.rmtree(db)
    final = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert final.returncode == 0, final.stderr
    with Store.open(db) as store:
        assert store.snapshot() == clean["*"]
    assert len(seen_counts) >= 3, f"kills landed at too few points: {seen_counts}"
    from tests.served import record_figures

    record_figures(ingest_crash_points=KILL_POINTS, ingest_articles_lost=0,
                   ingest_stored_after_kills=" ".join(map(str, sorted(seen_counts))))


# -- the server killed during POST /articles ------------------------------------------------------
SERVER_KILL_POINTS = 5
TOKEN = "crash-test-token"


def _http_articles(corpus: Path) -> list[dict]:
    """The corpus as POST /articles bodies (id, title, date as a client would send them)."""
    from graph.articles import read_article

    out = []
    for f in sorted(corpus.glob("*.txt")):
        meta = read_article(f)
        out.append({"id": meta.id, "text": meta.text, "title": meta.title,
                    "published": meta.published.isoformat() if meta.published else None})
    return out


@pytest.fixture(scope="module")
def clean_http(corpus: Path) -> dict[str, frozenset]:
    """What an uninterrupted run of those POSTs stores (built in memory the way the server does)."""
    import datetime as dt

    from graph.pipeline import ingest_article
    from graph.records import ArticleMeta

    store = Store.open(None)
    for body in _http_articles(corpus):
        published = dt.date.fromisoformat(body["published"]) if body["published"] else None
        ingest_article(store, ArticleMeta(id=body["id"], text=body["text"], title=body["title"],
                                          published=published))
    graphs = {aid: frozenset(store.article_graph(aid)) for aid in store.article_ids()}
    graphs["*"] = store.snapshot()
    return graphs


def _post_all(base: str, bodies: list[dict], statuses: list[int]) -> None:
    import httpx

    try:
        with httpx.Client(base_url=base, timeout=60, headers={"Authorization": f"Bearer {TOKEN}"}) as c:
            for body in bodies:
                statuses.append(c.post("/articles", json=body).status_code)
    except httpx.HTTPError:
        return  # the server was killed under us: that is the point


def test_kill_9_of_server_during_post_articles_loses_nothing_and_reposting_completes(
        corpus: Path, clean_http, tmp_path: Path) -> None:
    import threading

    import httpx

    from tests.served import record_figures, start, stop

    db = tmp_path / "db"
    log = tmp_path / "serve.log"
    bodies = _http_articles(corpus)
    rng = random.Random(20251204)
    stored_after_kill = []
    for _ in range(SERVER_KILL_POINTS):
        served = start(db, log, token=TOKEN, write=True, args=("--workers", "1"))
        statuses: list[int] = []
        poster = threading.Thread(target=_post_all, args=(served.base, bodies, statuses), daemon=True)
        poster.start()
        # kill after a random number of acknowledged POSTs, a random moment into the next one
        wait_for, deadline = rng.randrange(len(bodies)), time.monotonic() + 120
        while len(statuses) < wait_for and poster.is_alive() and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, 0.1))
        os.kill(served.proc.pid, signal.SIGKILL)
        served.proc.wait(timeout=60)
        poster.join(60)
        assert all(s in (200, 201) for s in statuses), statuses
        stored = _check_whole_or_absent(db, clean_http)
        assert stored >= sum(s in (200, 201) for s in statuses), "an acknowledged article was lost"
        stored_after_kill.append(stored)
        if stored == len(clean_http) - 1:
            shutil.rmtree(db)
    served = start(db, log, token=TOKEN, write=True, args=("--workers", "1"))
    try:
        statuses = []
        _post_all(served.base, bodies, statuses)
        assert statuses and all(s in (200, 201) for s in statuses), statuses
        assert httpx.get(served.base + "/stats", timeout=30).json()["articles"] == len(bodies)
    finally:
        stop(served)
    with Store.open(db) as store:
        assert store.snapshot() == clean_http["*"]
    record_figures(server_crash_points=SERVER_KILL_POINTS, server_articles_lost=0,
                   server_stored_after_kills=" ".join(map(str, stored_after_kill)))


def test_parallel_ingest_equals_serial(corpus: Path, clean) -> None:
    store = Store.open(None)
    summary = ingest(store, iter_articles([corpus]), workers=2)
    assert summary.failed == 0 and summary.articles == len(clean) - 1
    assert store.snapshot() == clean["*"]


def test_parallel_cli_ingest_into_a_disk_store_equals_serial_and_reopens(corpus: Path, clean, tmp_path: Path) -> None:
    """Workers start from the writer process (fork, with the store open on disk): the store must
    come out the same as a serial ingest, and open again cleanly after the command exits."""
    db = tmp_path / "db"
    cmd = [sys.executable, "-m", "api.cli", "ingest", str(corpus), "--db", str(db), "--silent", "-j", "2"]
    run = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    with Store.open(db) as store:
        assert store.snapshot() == clean["*"]
    again = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    assert _check_whole_or_absent(db, clean) == len(clean) - 1


def _early_tasks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One-article tasks, so that a corpus of nine articles sends some while it is still read; returns the
    number of articles read each time a task went out."""
    import graph.pipeline as pipeline

    monkeypatch.setattr(pipeline, "_CHUNK", 1)
    real = pipeline._sure_full_task
    went: list[int] = []

    def spy(read: int, sent: int, workers: int) -> bool:
        sure = real(read, sent, workers)
        if sure:
            went.append(read)
        return sure

    monkeypatch.setattr(pipeline, "_sure_full_task", spy)
    return went


def test_parallel_ingest_sending_tasks_while_reading_equals_serial(corpus: Path, clean,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    went = _early_tasks(monkeypatch)
    store = Store.open(None)
    summary = ingest(store, iter_articles([corpus]), workers=2)
    assert went and min(went) < len(clean) - 1  # some tasks left before the last article was read
    assert summary.failed == 0 and summary.articles == len(clean) - 1
    assert store.snapshot() == clean["*"]


def test_a_reading_error_after_tasks_were_sent_leaves_the_store_as_it_was(corpus: Path, clean,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Tasks sent while reading are written only once all is read: a generator that raises midway, after the
    workers have sent back what they were given, still leaves nothing ingested, as when the workers started
    after the reading."""
    from multiprocessing.pool import Pool

    went = _early_tasks(monkeypatch)
    sent: list = []
    real = Pool.apply_async
    monkeypatch.setattr(Pool, "apply_async", lambda self, *a, **kw: sent.append(real(self, *a, **kw)) or sent[-1])

    waited: list = []

    def then_fails():  # noqa: ANN202
        articles = list(iter_articles([corpus]))
        yield from articles[:-1]
        for result in sent:  # the early tasks are done and back before the next article is read
            result.wait(300)
            waited.append(result.ready())
        yield articles[-1]
        raise RuntimeError("the disk went away")

    store = Store.open(None)
    with pytest.raises(RuntimeError, match="the disk went away"):
        ingest(store, then_fails(), workers=2)
    assert went and waited and all(waited)
    assert len(store) == 0
