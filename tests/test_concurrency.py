"""Concurrency with real threads and processes: readers during ingestion see each article whole
or not at all; concurrent writers are serialised and corrupt nothing."""

from __future__ import annotations

import datetime as dt
import json
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from graph.store import Store
from tests.conftest import ROOT
from tests.served import Served, record_figures, start, stop
from tests.synthetic import talks_text

TOKEN = "concurrency-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
ENTITIES = "https://w3id.org/parley/graph/entities"


def articles(prefix: str, n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        out.append({"id": f"{prefix}-{i:02d}", "title": f"{prefix} {i}", "published": f"2025-0{1 + i % 9}-1{i % 9}",
                    "text": talks_text(rng, accusation=True)})
    return out


SET_READ = articles("read", 8, 1)
SET_THREADS = articles("thread", 4, 2)
SET_PROCS = articles("proc", 3, 3)
SET_CLI = articles("cli", 6, 4)


def graph_iri(aid: str) -> str:
    return f"https://w3id.org/parley/graph/article/{aid}"


@pytest.fixture(scope="module")
def reference() -> dict[str, int]:
    """Triples in each article's graph after an uninterrupted, single-threaded ingest."""
    from graph.pipeline import ingest_article
    from graph.records import ArticleMeta

    store = Store.open(None)
    sizes = {}
    for body in SET_READ + SET_THREADS + SET_PROCS + SET_CLI:
        meta = ArticleMeta(id=body["id"], text=body["text"], title=body["title"],
                           published=dt.date.fromisoformat(body["published"]))
        ingest_article(store, meta)
        sizes[body["id"]] = len(store.article_graph(body["id"]))
    return sizes


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Served:
    tmp = tmp_path_factory.mktemp("concurrency")
    served = start(tmp / "db", tmp / "serve.log", token=TOKEN, write=True, args=("--workers", "2"))
    try:
        # load spaCy in the server before the clock-sensitive tests
        r = httpx.post(served.base + "/articles", json={"id": "warm-up", "text": "Warm up\nTalks went on."},
                       headers=AUTH, timeout=120)
        assert r.status_code == 201, r.text
        yield served
    finally:
        stop(served)


def graph_sizes(base: str) -> dict[str, int]:
    q = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    r = httpx.get(base + "/sparql", params={"query": q}, headers={"Accept": "application/sparql-results+json"},
                  timeout=60)
    assert r.status_code == 200, r.text
    return {b["g"]["value"]: int(b["n"]["value"]) for b in r.json()["results"]["bindings"]}


def assert_no_orphans_or_dangling(base: str) -> None:
    q = f"""ASK {{
      {{ GRAPH <{ENTITIES}> {{ ?e a ?t }}
         FILTER NOT EXISTS {{ GRAPH ?g {{ ?x ?y ?e }} FILTER(?g != <{ENTITIES}>) }}
         FILTER NOT EXISTS {{ GRAPH ?h {{ ?e ?y2 ?x2 }} FILTER(?h != <{ENTITIES}>) }} }}
      UNION
      {{ GRAPH ?g {{ ?a <https://w3id.org/parley/ns#mentioned> ?e }} FILTER(?g != <{ENTITIES}>)
         FILTER NOT EXISTS {{ GRAPH <{ENTITIES}> {{ ?e a ?t2 }} }} }}
    }}"""
    r = httpx.get(base + "/sparql", params={"query": q}, headers={"Accept": "application/sparql-results+json"},
                  timeout=60)
    assert r.status_code == 200 and r.json()["boolean"] is False, "orphan or dangling entity"


def test_queries_during_http_ingestion_see_each_article_whole_or_not_at_all(server: Served, reference) -> None:
    per_reader: list[list[dict[str, int]]] = [[], [], []]
    errors: list[str] = []
    done = threading.Event()

    def reader(seen: list[dict[str, int]]) -> None:
        with httpx.Client(base_url=server.base, timeout=60) as c:
            while not done.is_set():
                q = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
                r = c.get("/sparql", params={"query": q}, headers={"Accept": "application/sparql-results+json"})
                if r.status_code != 200:
                    errors.append(f"{r.status_code} {r.text[:200]}")
                    continue
                seen.append({b["g"]["value"]: int(b["n"]["value"]) for b in r.json()["results"]["bindings"]})
                # the JSON API reads the live store: an article it lists has all its facts
                r = c.get("/articles", params={"limit": 200})
                for a in r.json()["items"]:
                    if a["id"] in reference:
                        facts = c.get(f"/articles/{a['id']}/facts")
                        if facts.status_code != 200:
                            errors.append(f"facts of listed {a['id']}: {facts.status_code}")

    readers = [threading.Thread(target=reader, args=(mine,), daemon=True) for mine in per_reader]
    for t in readers:
        t.start()
    with httpx.Client(base_url=server.base, timeout=120, headers=AUTH) as c:
        for body in SET_READ:
            r = c.post("/articles", json=body)
            assert r.status_code == 201, r.text
            time.sleep(0.05)
    time.sleep(0.5)
    done.set()
    for t in readers:
        t.join(60)
    assert not errors, errors[:5]
    seen = [s for mine in per_reader for s in mine]
    assert len(seen) >= len(SET_READ), f"readers ran only {len(seen)} queries"
    for sizes in seen:
        for body in SET_READ:
            n = sizes.get(graph_iri(body["id"]), 0)
            assert n in (0, reference[body["id"]]), f"{body['id']} seen with {n} of {reference[body['id']]} triples"
    final = graph_sizes(server.base)
    assert all(final[graph_iri(b["id"])] == reference[b["id"]] for b in SET_READ)
    for mine in per_reader:
        counts = [sum(graph_iri(b["id"]) in s for b in SET_READ) for s in mine]
        assert counts == sorted(counts), "a reader saw an article vanish again"
    record_figures(concurrent_reads_checked=len(seen), concurrent_partial_articles_seen=0)


def test_concurrent_http_writers_of_one_article_store_it_once(server: Served, reference) -> None:
    body = SET_THREADS[0]
    results: list[tuple[int, str]] = []

    def write() -> None:
        r = httpx.post(server.base + "/articles", json=body, headers=AUTH, timeout=120)
        results.append((r.status_code, r.json().get("status", r.text)))

    threads = [threading.Thread(target=write) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert sorted(results) == [(200, "unchanged")] * 3 + [(201, "added")]
    assert graph_sizes(server.base)[graph_iri(body["id"])] == reference[body["id"]]


def test_concurrent_http_writers_of_different_articles_are_serialised(server: Served, reference) -> None:
    statuses: list[int] = []

    def write(body: dict) -> None:
        statuses.append(httpx.post(server.base + "/articles", json=body, headers=AUTH, timeout=120).status_code)

    threads = [threading.Thread(target=write, args=(b,)) for b in SET_THREADS[1:]]
    deleter = threading.Thread(target=lambda: statuses.append(
        httpx.delete(server.base + "/articles/warm-up", headers=AUTH, timeout=120).status_code))
    for t in [*threads, deleter]:
        t.start()
    for t in [*threads, deleter]:
        t.join(120)
    assert sorted(statuses) == [201] * len(threads) + [204]
    sizes = graph_sizes(server.base)
    for body in SET_THREADS:
        assert sizes[graph_iri(body["id"])] == reference[body["id"]]
    assert graph_iri("warm-up") not in sizes
    assert_no_orphans_or_dangling(server.base)


CLIENT = """
import json, sys, httpx
base, token = sys.argv[1], sys.argv[2]
out = []
for body in json.loads(sys.stdin.read()):
    r = httpx.post(base + "/articles", json=body, headers={"Authorization": "Bearer " + token}, timeout=120)
    out.append(r.status_code)
print(json.dumps(out))
"""


def test_client_processes_writing_at_once_all_land_whole(server: Served, reference) -> None:
    procs = []
    for i in range(3):
        bodies = SET_PROCS[i:] + SET_PROCS[:i]  # same articles, different orders: races on each
        p = subprocess.Popen([sys.executable, "-c", CLIENT, server.base, TOKEN], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, cwd=ROOT)
        p.stdin.write(json.dumps(bodies))
        p.stdin.close()
        procs.append(p)
    codes = []
    for p in procs:
        assert p.wait(240) == 0
        codes += json.loads(p.stdout.read())
    assert sorted(codes) == [200] * 6 + [201] * 3, codes  # each article added once, then unchanged
    sizes = graph_sizes(server.base)
    for body in SET_PROCS:
        assert sizes[graph_iri(body["id"])] == reference[body["id"]]
    assert_no_orphans_or_dangling(server.base)
    assert server.alive()


def test_cli_ingest_processes_on_one_store_are_serialised_by_its_lock(tmp_path: Path, reference) -> None:
    """Several `parley ingest` at once: each one finishes or is refused with E011; none corrupts."""
    folders = []
    for i in range(3):
        f = tmp_path / f"corpus{i}"
        f.mkdir()
        for body in SET_CLI[2 * i: 2 * i + 2]:
            (f / f"{body['id']}.txt").write_text(body["text"], encoding="utf-8")
            (f / f"{body['id']}.json").write_text(json.dumps({"title": body["title"],
                                                              "published": body["published"]}))
        folders.append(f)
    db = tmp_path / "db"
    cmds = [[sys.executable, "-m", "api.cli", "ingest", str(f), "--db", str(db), "--silent", "-j", "1"]
            for f in folders]
    procs = [subprocess.Popen(c, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for c in cmds]
    refused = []
    for cmd, p in zip(cmds, procs, strict=True):
        _out, err = p.communicate(timeout=300)
        assert "Traceback" not in err
        if p.returncode != 0:
            assert p.returncode == 1 and "[E011]" in err, err
            refused.append(cmd)
    assert len(refused) < len(cmds)
    for cmd in refused:  # run again once the store is free
        res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert res.returncode == 0, res.stderr
    with Store.open(db, read_only=True) as store:
        assert sorted(store.article_ids()) == sorted(b["id"] for b in SET_CLI)
        for body in SET_CLI:
            assert len(store.article_graph(body["id"])) == reference[body["id"]]
    record_figures(cli_processes_refused_by_lock=len(refused))


def test_store_threads_reading_while_one_writes_see_whole_articles(seed_built) -> None:
    """The embedded store with real threads: COUNT per graph during writes is 0 or complete."""
    from graph.build import build
    from graph.extract import extract
    from graph.records import ArticleMeta

    store = Store.open(None)
    built = [seed_built] + [build(extract(ArticleMeta(id=b["id"], text=b["text"], title=b["title"])))
                            for b in SET_READ[:3]]
    full = {str(b.graph_iri): len(b.article) for b in built}
    done = threading.Event()
    bad: list[str] = []
    reads = [0]

    def reader() -> None:
        while not done.is_set():
            for row in store.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                                    union=False):
                if row["g"] in full and int(row["n"]) != full[row["g"]]:
                    bad.append(f"{row['g']}: {row['n']} of {full[row['g']]}")
            reads[0] += 1

    threads = [threading.Thread(target=reader, daemon=True) for _ in range(3)]
    for t in threads:
        t.start()
    for _ in range(3):  # write, replace and delete, over and over
        for b in built:
            store.write_article(b)
        for b in built:
            store.delete_article(b.article_id)
    done.set()
    for t in threads:
        t.join(30)
    assert not bad, bad[:5]
    assert reads[0] > 0 and len(store) == 0
