"""Hostile input, end to end: a table of cases through the CLI (`python -m api.cli`, a real
subprocess) and HTTP (`parley serve` in a real subprocess on 127.0.0.1). Each case names the exit
code or status and the error code it must get; after each one the server still answers, nothing
stored changed, and the listener the test runs on 127.0.0.1 (the target of SERVICE and LOAD) was
never contacted."""

from __future__ import annotations

import json
import random
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox
import pytest

from tests.conftest import ROOT, SEED
from tests.served import Served, record_figures, start, stop

TOKEN = "hostile-test-token-7c1f"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
WRONG = {"Authorization": "Bearer hostile-test-token-7c1X"}  # same length, last byte differs
ENGLISH = ("Envoys from France and Egypt met in Geneva on Tuesday, officials said. The foreign minister "
           "said that the talks were useful and that both sides would meet again after the holiday. "
           "He told reporters the ceasefire was holding but warned of new attacks in the south.\n")
FRENCH = ("Les pourparlers de paix reprennent à Genève\nLe ministre des affaires étrangères de la France a "
          "rencontré son homologue égyptien à Genève mardi, ont déclaré des responsables. Les deux pays "
          "ont discuté d'un cessez-le-feu et de l'échange de prisonniers dans la région.\n")
RUSSIAN = ("Мирные переговоры возобновились в Женеве\nМинистр иностранных дел Франции встретился со своим "
           "египетским коллегой в Женеве во вторник, сообщили официальные лица. Стороны обсудили "
           "прекращение огня и обмен пленными.\n")
KELLER = ("Anna Keller and Hans Keller hold talks in Vienna\nAnna Keller, the foreign minister of Austria, "
          "met Hans Keller of Germany in Vienna on Tuesday, officials said. Anna Keller told reporters "
          "that Germany had rejected the proposal. Hans Keller accused Austria of delaying the talks.\n")
BOMB = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


class Listener:
    """A TCP listener on 127.0.0.1 that records every connection (it must record none)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.hits: list[bytes] = []
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/sparql"

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            with conn:
                conn.settimeout(1)
                try:
                    self.hits.append(conn.recv(4096) or b"<connect>")
                except OSError:
                    self.hits.append(b"<connect>")

    def close(self) -> None:
        self._stop.set()
        self.thread.join(2)
        self.sock.close()


@dataclass
class Env:
    tmp: Path
    db_cli: Path
    served: Served
    listener: Listener
    http: httpx.Client
    counter: list[int] = field(default_factory=lambda: [0])

    def file(self, name: str, data: str | bytes) -> Path:
        """A fresh folder holding one input file (sidecars go beside it)."""
        self.counter[0] += 1
        folder = self.tmp / f"in{self.counter[0]:03d}"
        folder.mkdir()
        p = folder / name
        if isinstance(data, bytes):
            p.write_bytes(data)
        else:
            p.write_text(data, encoding="utf-8")
        return p


@dataclass(frozen=True)
class Outcome:
    status: int  # exit code (CLI) or HTTP status
    out: str
    err: str = ""
    headers: dict[str, str] = field(default_factory=dict)


def cli(env: Env, *args: str, stdin: str | None = None) -> Outcome:
    res = subprocess.run([sys.executable, "-m", "api.cli", *args], cwd=ROOT, capture_output=True, text=True,
                         timeout=120, input=stdin, env=_env_without_token())
    return Outcome(res.returncode, res.stdout, res.stderr)


def _env_without_token() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k != "PARLEY_TOKEN"}


def ingest(env: Env, path: Path, *extra: str) -> Outcome:
    return cli(env, "ingest", str(path), "--db", str(env.db_cli), "--silent", "-j", "1", *extra)


def sidecar(env: Env, meta: dict[str, Any] | str) -> Path:
    p = env.file("article.txt", "Talks resume in Geneva\n" + ENGLISH)
    p.with_suffix(".json").write_text(meta if isinstance(meta, str) else json.dumps(meta), encoding="utf-8")
    return p


def http(env: Env, method: str, url: str, **kw: Any) -> Outcome:
    r = env.http.request(method, url, **kw)
    return Outcome(r.status_code, r.text, headers=dict(r.headers))


def post(env: Env, body: Any = None, *, headers: dict[str, str] | None = None, **kw: Any) -> Outcome:
    h = {**AUTH, **(headers or {})}
    if body is not None:
        kw["json"] = body
    return http(env, "POST", "/articles", headers=h, **kw)


def sparql(env: Env, query: str, **kw: Any) -> Outcome:
    return http(env, "POST", "/sparql", content=query.encode(),
                headers={"Content-Type": "application/sparql-query", **kw.pop("headers", {})}, **kw)


def update(env: Env, text: str, headers: dict[str, str] | None = None) -> Outcome:
    return http(env, "POST", "/sparql", content=text.encode(),
                headers={"Content-Type": "application/sparql-update", **(headers if headers is not None else AUTH)})


@dataclass(frozen=True)
class Hostile:
    id: str
    via: str  # cli | http
    expect: int  # exit code or HTTP status
    code: str | None  # the error code the answer must name
    run: Callable[[Env], Outcome]
    check: Callable[[Env, Outcome], None] | None = None


def _truncated(env: Env, out: Outcome) -> None:
    assert out.headers.get("x-parley-truncated") == "true"
    assert int(out.headers["x-parley-rows"]) == 50


def _took_about_timeout(env: Env, out: Outcome) -> None:
    assert "2 s limit" in json.loads(out.out)["error"]


CASES: list[Hostile] = [
    # -- files through `parley ingest` ----------------------------------------------------------
    Hostile("cli-empty-file", "cli", 1, "E005", lambda e: ingest(e, e.file("a.txt", ""))),
    Hostile("cli-whitespace-only", "cli", 1, "E005", lambda e: ingest(e, e.file("a.txt", " \n\t\n  "))),
    Hostile("cli-binary", "cli", 1, "E002", lambda e: ingest(e, e.file("a.txt", bytes(range(256)) * 8))),
    Hostile("cli-not-utf8-latin1", "cli", 1, "E002",
            lambda e: ingest(e, e.file("a.txt", ("Talks in Zürich\n" + ENGLISH).encode("latin-1")))),
    Hostile("cli-utf16", "cli", 1, "E002",
            lambda e: ingest(e, e.file("a.txt", ("Talks in Geneva\n" + ENGLISH).encode("utf-16")))),
    Hostile("cli-10mb-text", "cli", 1, "E004",
            lambda e: ingest(e, e.file("a.txt", "Talks\n" + ENGLISH * 36_000))),
    Hostile("cli-1mb-single-line", "cli", 1, "E004",
            lambda e: ingest(e, e.file("a.txt", "Talks\n" + "the word " * 120_000))),
    Hostile("cli-html-document", "cli", 1, "E006",
            lambda e: ingest(e, e.file("a.txt", "<!DOCTYPE html><html><body><p>Talks</p></body></html>"))),
    Hostile("cli-html-fragment", "cli", 1, "E006",
            lambda e: ingest(e, e.file("a.txt", "Talks resume\n<div class='x'><p>" + ENGLISH + "</p><br/></div>"))),
    Hostile("cli-french-article", "cli", 1, "E009", lambda e: ingest(e, e.file("a.txt", FRENCH))),
    Hostile("cli-russian-article", "cli", 1, "E009", lambda e: ingest(e, e.file("a.txt", RUSSIAN))),
    Hostile("cli-malformed-sidecar", "cli", 1, "E008", lambda e: ingest(e, sidecar(e, "{not json"))),
    Hostile("cli-sidecar-not-object", "cli", 1, "E008", lambda e: ingest(e, sidecar(e, "[1, 2]"))),
    Hostile("cli-date-feb-30", "cli", 1, "E003", lambda e: ingest(e, sidecar(e, {"published": "2025-02-30"}))),
    Hostile("cli-date-year-0", "cli", 1, "E003", lambda e: ingest(e, sidecar(e, {"published": "0000-01-01"}))),
    Hostile("cli-date-year-9999", "cli", 1, "E003", lambda e: ingest(e, sidecar(e, {"published": "9999-12-31"}))),
    Hostile("cli-date-tomorrow", "cli", 1, "E003", lambda e: ingest(e, sidecar(e, {"published": "tomorrow"}))),
    Hostile("cli-date-number", "cli", 1, "E003", lambda e: ingest(e, sidecar(e, {"published": 20250101}))),
    Hostile("cli-published-flag-month-13", "cli", 1, "E003",
            lambda e: ingest(e, e.file("a.txt", "Talks\n" + ENGLISH), "--published", "2025-13-01")),
    Hostile("cli-control-characters", "cli", 1, "E002",
            lambda e: ingest(e, e.file("a.txt", "Talks\n" + ENGLISH + "\x01\x02\x1b[31m" * 40))),
    Hostile("cli-jsonl-malformed-line", "cli", 1, "E008",
            lambda e: ingest(e, e.file("c.jsonl", '{"text": oops}\n'))),
    Hostile("cli-jsonl-no-text", "cli", 1, "E008",
            lambda e: ingest(e, e.file("c.jsonl", '{"title": "no text here"}\n'))),
    Hostile("cli-missing-file", "cli", 1, "E001", lambda e: ingest(e, e.tmp / "does-not-exist.txt")),
    Hostile("cli-folder-without-articles", "cli", 1, "E001",
            lambda e: ingest(e, e.file("notes.csv", "a,b\n").parent)),
    # -- `parley query`, `facts`, `path`, `serve` -------------------------------------------------
    Hostile("cli-sparql-malformed", "cli", 1, "E050",
            lambda e: cli(e, "query", "SELEC ?x WHERE {", "--db", str(e.db_cli))),
    Hostile("cli-sparql-deeply-nested", "cli", 1, "E119",
            lambda e: cli(e, "query", "SELECT * WHERE " + "{" * 20_000 + "}" * 20_000, "--db", str(e.db_cli))),
    Hostile("cli-sparql-service-to-listener", "cli", 1, "E104",
            lambda e: cli(e, "query", f"SELECT * WHERE {{ SERVICE <{e.listener.url}> {{ ?s ?p ?o }} }}",
                          "--db", str(e.db_cli))),
    Hostile("cli-sparql-from-stdin-service", "cli", 1, "E104",
            lambda e: cli(e, "query", "-", "--db", str(e.db_cli),
                          stdin=f"select * {{ service silent <{e.listener.url}> {{ ?s ?p ?o }} }}")),
    Hostile("cli-facts-unknown-article", "cli", 1, "E020",
            lambda e: cli(e, "facts", "no-such-article", "--db", str(e.db_cli))),
    Hostile("cli-path-unknown-name", "cli", 1, "E322",
            lambda e: cli(e, "path", "Nobody Atall", "Geneva", "--db", str(e.db_cli))),
    Hostile("cli-path-empty-name", "cli", 1, "E320", lambda e: cli(e, "path", "  ", "Geneva", "--db", str(e.db_cli))),
    Hostile("cli-path-ambiguous-name", "cli", 1, "E321",
            lambda e: cli(e, "path", "Keller", "Vienna", "--db", str(e.db_cli))),
    Hostile("cli-path-huge-depth", "cli", 1, "E325",
            lambda e: cli(e, "path", "Anna Keller", "Vienna", "--max-length", "1000000000", "--db", str(e.db_cli))),
    Hostile("cli-no-store-at-path", "cli", 1, "E010", lambda e: cli(e, "stats", "--db", str(e.tmp / "nowhere"))),
    Hostile("cli-serve-write-without-token", "cli", 1, "E400",
            lambda e: cli(e, "serve", "--write", "-p", "0", "--db", str(e.tmp / "unused"))),
    # -- POST /articles -------------------------------------------------------------------------
    Hostile("http-empty-text", "http", 422, "E334", lambda e: post(e, {"text": ""})),
    Hostile("http-whitespace-text", "http", 400, "E005", lambda e: post(e, {"text": "  \n\n  "})),
    Hostile("http-nul-bytes-as-text", "http", 400, "E002",
            lambda e: post(e, content=b"Talks\n\x00\x00\x00" + ENGLISH.encode(), headers={"Content-Type": "text/plain"})),
    Hostile("http-binary-body", "http", 415, "E332",
            lambda e: post(e, content=random.Random(1).randbytes(4096), headers={"Content-Type": "text/plain"})),
    Hostile("http-not-utf8", "http", 415, "E332",
            lambda e: post(e, content=("Zürich\n" + ENGLISH).encode("latin-1"),
                           headers={"Content-Type": "text/plain"})),
    Hostile("http-10mb-body", "http", 413, "E331",
            lambda e: post(e, content=("Talks\n" + ENGLISH * 36_000).encode(), headers={"Content-Type": "text/plain"})),
    Hostile("http-1mb-single-line", "http", 413, "E331",
            lambda e: post(e, content=("Talks\n" + "the word " * 120_000).encode(),
                           headers={"Content-Type": "text/plain"})),
    Hostile("http-200kb-single-line", "http", 413, "E004",
            lambda e: post(e, {"text": "Talks\n" + "the word " * 22_000})),
    Hostile("http-html", "http", 400, "E006",
            lambda e: post(e, {"text": "<html><head><title>x</title></head><body>" + ENGLISH + "</body></html>"})),
    Hostile("http-french", "http", 422, "E009", lambda e: post(e, {"text": FRENCH})),
    Hostile("http-declared-german", "http", 422, "E009", lambda e: post(e, {"text": "Talks\n" + ENGLISH, "language": "de"})),
    Hostile("http-malformed-json", "http", 400, "E333",
            lambda e: post(e, content=b'{"text": "x",', headers={"Content-Type": "application/json"})),
    Hostile("http-json-array", "http", 422, "E333", lambda e: post(e, ["Talks", ENGLISH])),
    Hostile("http-unknown-field", "http", 422, "E334", lambda e: post(e, {"text": ENGLISH, "evil": 1})),
    Hostile("http-path-traversal-id", "http", 422, "E334",
            lambda e: post(e, {"text": "Talks\n" + ENGLISH, "id": "../../etc/passwd"})),
    Hostile("http-date-feb-30", "http", 422, "E334",
            lambda e: post(e, {"text": "Talks\n" + ENGLISH, "published": "2025-02-30"})),
    Hostile("http-date-year-0", "http", 422, "E334",
            lambda e: post(e, {"text": "Talks\n" + ENGLISH, "published": "0000-01-01"})),
    Hostile("http-date-year-9999", "http", 422, "E334",
            lambda e: post(e, {"text": "Talks\n" + ENGLISH, "published": "9999-12-31"})),
    Hostile("http-date-tomorrow", "http", 422, "E334",
            lambda e: post(e, {"text": "Talks\n" + ENGLISH, "published": "tomorrow"})),
    Hostile("http-control-characters", "http", 400, "E002",
            lambda e: post(e, {"text": "Talks\n" + ENGLISH + "\x01\x02\x1b[31m" * 40})),
    Hostile("http-wrong-content-type", "http", 415, "E335",
            lambda e: post(e, content=b"<a>Talks</a>", headers={"Content-Type": "application/xml"})),
    Hostile("http-no-content-type", "http", 415, "E335", lambda e: post(e, content=ENGLISH.encode())),
    Hostile("http-post-article-without-token", "http", 403, "E402",
            lambda e: http(e, "POST", "/articles", json={"text": "Talks\n" + ENGLISH})),
    Hostile("http-post-article-wrong-token", "http", 403, "E402",
            lambda e: http(e, "POST", "/articles", json={"text": "Talks\n" + ENGLISH}, headers=WRONG)),
    Hostile("http-post-article-basic-auth", "http", 403, "E402",
            lambda e: http(e, "POST", "/articles", json={"text": ENGLISH}, auth=("parley", TOKEN))),
    Hostile("http-delete-article-without-token", "http", 403, "E402",
            lambda e: http(e, "DELETE", "/articles/000_50ee412626375c89")),
    Hostile("http-gsp-put-without-token", "http", 403, "E402",
            lambda e: http(e, "PUT", "/store?default", content=b"<x:a> <x:b> <x:c> .",
                           headers={"Content-Type": "application/n-triples"})),
    # -- SPARQL -----------------------------------------------------------------------------------
    Hostile("sparql-malformed", "http", 400, "E102", lambda e: sparql(e, "SELEC ?x WHERE {")),
    Hostile("sparql-deeply-nested-groups", "http", 400, "E119",
            lambda e: sparql(e, "SELECT * WHERE " + "{" * 20_000 + " ?s ?p ?o " + "}" * 20_000)),
    Hostile("sparql-deeply-nested-parens", "http", 400, "E119",
            lambda e: sparql(e, "SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * 20_000 + "1" + ")" * 20_000 + ") }")),
    Hostile("sparql-deeply-nested-update-with-token", "http", 400, "E119",
            lambda e: update(e, "INSERT { <x:a> <x:b> <x:c> } WHERE " + "{" * 20_000 + "}" * 20_000)),
    Hostile("sparql-cartesian-bomb", "http", 503, "E108", lambda e: sparql(e, BOMB), _took_about_timeout),
    Hostile("sparql-service-to-listener", "http", 403, "E104",
            lambda e: sparql(e, f"SELECT * WHERE {{ SERVICE <{e.listener.url}> {{ ?s ?p ?o }} }}")),
    Hostile("sparql-service-silent-in-subquery-lowercase", "http", 403, "E104",
            lambda e: http(e, "GET", "/sparql", params={"query": "select * { { select * { service silent "
                                                               f"<{e.listener.url}> {{ ?s ?p ?o }} }} }} }}"})),
    Hostile("sparql-service-after-comment", "http", 403, "E104",
            lambda e: sparql(e, f"SELECT * WHERE {{ # SERVICE is off\n SeRvIcE <{e.listener.url}> {{ ?s ?p ?o }} }}")),
    Hostile("sparql-service-variable-endpoint", "http", 403, "E104",
            lambda e: sparql(e, f"SELECT * WHERE {{ BIND(<{e.listener.url}> AS ?u) SERVICE ?u {{ ?s ?p ?o }} }}")),
    Hostile("sparql-load-listener-with-token", "http", 403, "E105", lambda e: update(e, f"LOAD <{e.listener.url}>")),
    Hostile("sparql-load-silent-into-graph", "http", 403, "E105",
            lambda e: update(e, f"load silent <{e.listener.url}> into graph <x:g>")),
    Hostile("sparql-load-etc-passwd", "http", 403, "E105", lambda e: update(e, "LOAD <file:///etc/passwd>")),
    Hostile("sparql-load-in-form-post", "http", 403, "E105",
            lambda e: http(e, "POST", "/sparql", data={"update": "LOAD <file:///etc/passwd>"}, headers=AUTH)),
    Hostile("sparql-update-without-token", "http", 403, "E402", lambda e: update(e, "CLEAR ALL", headers={})),
    Hostile("sparql-update-wrong-token", "http", 403, "E402", lambda e: update(e, "DROP ALL", headers=WRONG)),
    Hostile("sparql-update-by-get", "http", 400, "E113",
            lambda e: http(e, "GET", "/sparql", params={"update": "CLEAR ALL"}, headers=AUTH)),
    Hostile("sparql-huge-limit", "http", 200, None,
            lambda e: sparql(e, "SELECT * WHERE { ?s ?p ?o } LIMIT 99999999999999999999999"), _truncated),
    Hostile("sparql-huge-offset", "http", 400, "E102",
            lambda e: sparql(e, "SELECT * WHERE { ?s ?p ?o } OFFSET 99999999999999999999999")),
    Hostile("sparql-get-without-query", "http", 400, "E101", lambda e: http(e, "GET", "/sparql")),
    Hostile("sparql-two-queries", "http", 400, "E112",
            lambda e: http(e, "GET", "/sparql?query=ASK%7B%7D&query=ASK%7B%7D")),
    Hostile("sparql-wrong-content-type", "http", 415, "E116",
            lambda e: http(e, "POST", "/sparql", content=b"ASK {}", headers={"Content-Type": "text/html"})),
    Hostile("sparql-latin1-charset", "http", 415, "E115",
            lambda e: http(e, "POST", "/sparql", content=b"ASK {}",
                           headers={"Content-Type": "application/sparql-query; charset=latin-1"})),
    Hostile("sparql-oversized-body", "http", 413, "E114", lambda e: sparql(e, "ASK {} #" + "x" * 2_000_000)),
    Hostile("sparql-not-utf8-body", "http", 400, "E111",
            lambda e: http(e, "POST", "/sparql", content=b"ASK { \xff }",
                           headers={"Content-Type": "application/sparql-query"})),
    Hostile("sparql-unknown-format", "http", 400, "E117",
            lambda e: http(e, "GET", "/sparql", params={"query": "ASK {}", "format": "exe"})),
    Hostile("sparql-put-method", "http", 405, "E118", lambda e: http(e, "PUT", "/sparql", content=b"ASK {}")),
    # -- paths and query parameters -------------------------------------------------------------
    Hostile("paths-unknown-name", "http", 404, "E322",
            lambda e: http(e, "GET", "/paths", params={"from": "Nobody Atall", "to": "Vienna"})),
    Hostile("paths-empty-name", "http", 422, "E422", lambda e: http(e, "GET", "/paths", params={"from": "", "to": "x"})),
    Hostile("paths-blank-name", "http", 422, "E320",
            lambda e: http(e, "GET", "/paths", params={"from": "   ", "to": "Vienna"})),
    Hostile("paths-ambiguous-name", "http", 404, "E321",
            lambda e: http(e, "GET", "/paths", params={"from": "Keller", "to": "Vienna"})),
    Hostile("paths-huge-depth", "http", 422, "E422",
            lambda e: http(e, "GET", "/paths", params={"from": "Anna Keller", "to": "Vienna", "max_length": 10**12})),
    Hostile("paths-huge-k", "http", 422, "E422",
            lambda e: http(e, "GET", "/paths", params={"from": "Anna Keller", "to": "Vienna", "k": 10**6})),
    Hostile("neighbors-huge-depth", "http", 422, "E422",
            lambda e: http(e, "GET", "/neighbors/anna-keller", params={"depth": 99})),
    Hostile("actors-negative-limit", "http", 422, "E422", lambda e: http(e, "GET", "/actors", params={"limit": -1})),
    Hostile("actors-limit-not-a-number", "http", 422, "E422",
            lambda e: http(e, "GET", "/actors", params={"limit": "lots"})),
    Hostile("actors-unknown-type", "http", 422, "E306", lambda e: http(e, "GET", "/actors", params={"type": "Dragon"})),
    Hostile("events-odd-date", "http", 422, "E311", lambda e: http(e, "GET", "/events", params={"from": "2025-02-30"})),
    Hostile("timeline-no-subject", "http", 422, "E330", lambda e: http(e, "GET", "/timeline")),
    Hostile("actor-id-with-quotes-and-brackets", "http", 404, "E304",
            lambda e: http(e, "GET", '/actors/x"> <y> .%0A<z'),),
    Hostile("gsp-graph-not-an-iri", "http", 400, "E122", lambda e: http(e, "GET", "/store", params={"graph": "not an iri"})),
    Hostile("unknown-route", "http", 404, "E404", lambda e: http(e, "GET", "/../../etc/passwd")),
]


@pytest.fixture(scope="module")
def env(tmp_path_factory) -> Any:
    from graph.articles import iter_articles
    from graph.pipeline import ingest as ingest_many
    from graph.store import Store

    tmp = tmp_path_factory.mktemp("hostile")
    corpus = tmp / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / SEED.name)
    shutil.copy(SEED.with_suffix(".json"), corpus / SEED.with_suffix(".json").name)
    (corpus / "keller.txt").write_text(KELLER, encoding="utf-8")
    db_cli = tmp / "db-cli"
    with Store.open(db_cli) as store:
        summary = ingest_many(store, iter_articles([corpus]))
        assert summary.failed == 0, summary.errors
    shutil.copytree(db_cli, tmp / "db-http")
    listener = Listener()
    served = start(tmp / "db-http", tmp / "serve.log", token=TOKEN, write=True,
                   args=("--timeout", "2", "--row-cap", "50", "--workers", "1"))
    try:
        with httpx.Client(base_url=served.base, timeout=60) as client:
            yield Env(tmp, db_cli, served, listener, client)
    finally:
        stop(served)
        listener.close()
    assert listener.hits == [], f"the listener was contacted: {listener.hits[:3]}"


def cli_snapshot(db: Path) -> frozenset[str]:
    from graph.store import Store

    with Store.open(db, read_only=True) as store:
        return store.snapshot()


def http_snapshot(env: Env) -> frozenset[str]:
    r = env.http.get("/store", headers={"Accept": "application/n-quads"})
    assert r.status_code == 200
    return frozenset(line for line in r.text.splitlines() if line.strip())


TRIED: list[str] = []


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_input_gets_its_coded_refusal_and_loses_nothing(env: Env, case: Hostile) -> None:
    before = cli_snapshot(env.db_cli) if case.via == "cli" else http_snapshot(env)
    t0 = time.monotonic()
    out = case.run(env)
    seconds = time.monotonic() - t0
    TRIED.append(case.id)
    detail = f"{case.id}: got {out.status}\n{out.out[:600]}\n{out.err[:600]}"
    if case.via == "http" and out.status >= 500 and case.expect < 500:
        detail += "\nserver log:\n" + env.served.log_text()[-3000:]
    assert out.status == case.expect, detail
    if case.via == "cli":
        assert "Traceback" not in out.err, detail
        if case.expect != 0:
            lines = [ln for ln in out.err.splitlines() if ln.strip()]
            assert lines and all(ln.startswith("error: ") for ln in lines), detail
            assert f"[{case.code}]" in out.err, detail
        assert cli_snapshot(env.db_cli) == before, f"{case.id} changed the store"
    else:
        if case.expect >= 400:
            body = json.loads(out.out)
            assert set(body) == {"ok", "error", "code", "status"}, detail
            assert body["ok"] is False and body["status"] == case.expect and body["code"] == case.code, detail
            assert "Traceback" not in body["error"] and TOKEN not in body["error"], detail
        assert env.served.alive(), f"the server died on {case.id}"
        assert http_snapshot(env) == before, f"{case.id} changed the store"
    assert seconds < 60, f"{case.id} took {seconds:.1f} s"
    if case.check:
        case.check(env, out)
    assert env.listener.hits == [], f"{case.id}: the listener was contacted: {env.listener.hits[:1]}"


def test_server_answers_quickly_right_after_a_query_bomb(env: Env) -> None:
    assert sparql(env, BOMB).status == 503
    t0 = time.monotonic()
    r = env.http.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
    assert r.status_code == 200 and time.monotonic() - t0 < 5


def test_the_table_holds_at_least_40_cases_on_both_channels() -> None:
    assert len(CASES) >= 40
    assert len({c.id for c in CASES}) == len(CASES)
    assert sum(c.via == "cli" for c in CASES) >= 20 and sum(c.via == "http" for c in CASES) >= 40
    record_figures(hostile_cases=len(CASES), hostile_cases_cli=sum(c.via == "cli" for c in CASES),
                   hostile_cases_http=sum(c.via == "http" for c in CASES))


# -- names with quotes, <>, newlines and great length: no RDF injection --------------------------
EVIL = ['Evil" . <http://evil.example/s> <http://evil.example/p> <http://evil.example/o> . #',
        "Mal<script>alert(1)</script>", "Line\nBreak\r\nName", "Q'uote\\\"d", "x" * 5000,
        "> <http://evil.example/p> \"", "\u202eReversed\u202c", "名字 مرحبا"]


def _iris(nquads: str) -> list[str]:
    out = []
    for q in ox.parse(nquads.encode(), format=ox.RdfFormat.N_QUADS):
        for t in (q.subject, q.predicate, q.object, q.graph_name):
            if isinstance(t, ox.NamedNode):
                out.append(t.value)
    return out


def test_hostile_names_titles_and_urls_over_http_make_valid_iris_and_no_extra_triples(env: Env) -> None:
    """Names in the text, title, source and URL full of quotes, brackets and newlines: stored
    as literals, every IRI valid, exactly the triples an in-memory build makes."""
    from rdflib.term import _is_valid_uri

    from graph.build import build
    from graph.extract import extract
    from graph.records import ArticleMeta
    from graph.store import Store

    before = http_snapshot(env)
    text = ("Talks with \"Evil\" . <http://evil.example/s> Keller resume in Vienna\n"
            "Anna Keller met Omar <Haddad> of \"Egypt\" . <http://evil.example/o> in Vienna on Tuesday, "
            "officials said. Anna Keller said that the talks with Egypt were useful.\n")
    body = {"id": "evil-names", "text": text, "title": EVIL[0], "source": EVIL[1] + EVIL[2],
            "url": "http://example.org/a> <http://evil.example/p> \"x", "published": "2025-03-04"}
    r = env.http.post("/articles", json=body, headers=AUTH)
    assert r.status_code == 201, r.text
    try:
        after = http_snapshot(env)
        assert before <= after, "an injected article removed stored triples"
        added = "\n".join(sorted(after - before))
        iris = _iris(added)
        assert iris and all(_is_valid_uri(i) for i in iris)
        assert not [i for i in iris if i.startswith("http://evil")], "an IRI was injected"
        assert {i for i in iris if "evil" in i} <= {i for i in iris if i.startswith("https://w3id.org/parley/")}
        mem = Store.open(None)
        meta = ArticleMeta(id="evil-names", text=text, title=body["title"], source=body["source"], url=body["url"],
                           published=body["published"])
        mem.write_article(build(extract(meta)))
        g = "<https://w3id.org/parley/graph/article/evil-names>"
        stored = {q for q in after if q.endswith(f"{g} .")}
        assert len(stored) == len(mem.article_graph("evil-names"))
    finally:
        assert env.http.delete("/articles/evil-names", headers=AUTH).status_code == 204
    assert http_snapshot(env) == before


def test_hostile_names_through_the_builder_stay_literals_with_valid_iris() -> None:
    """Actor, place, proposal and issue names straight into graph building and the store."""
    from rdflib.term import _is_valid_uri

    from graph.build import build
    from graph.records import (
        ActorRecord,
        ArticleMeta,
        EventRecord,
        Extraction,
        IssueRecord,
        PlaceRecord,
        ProposalRecord,
        Relation,
        Span,
    )
    from graph.store import Store

    text = "Headline\n" + " ".join(EVIL)
    span = Span(start=0, end=8, text="Headline")
    ex = Extraction(
        article=ArticleMeta(id="evil", text=text, title=EVIL[0], source=EVIL[1], url=EVIL[5]),
        actors=[ActorRecord(name=n, type="Person", aliases=[n + "'"], roles=[n],
                            relations=[Relation(kind=n, to=EVIL[0])], mentions=[span]) for n in EVIL],
        places=[PlaceRecord(name=n, aliases=[n], mentions=[span]) for n in EVIL],
        issues=[IssueRecord(name=n, broader=EVIL[0]) for n in EVIL],
        proposals=[ProposalRecord(name=n, proposers=[n], issues=[n]) for n in EVIL],
        events=[EventRecord(type="CONSULT", label=n, sources=[n], targets=EVIL, place=n, evidence=span) for n in EVIL],
    )
    built = build(ex)
    store = Store.open(None)
    store.write_article(built)
    assert len(store) == len(built.article) + len(built.entities)
    dump = store.ox.dump(format=ox.RdfFormat.N_QUADS).decode()
    iris = _iris(dump)
    assert all(_is_valid_uri(i) for i in iris)
    assert not [i for i in iris if i.startswith("http://evil") or "<" in i or "\n" in i or '"' in i]
    names = {q.object.value for q in store.ox.quads_for_pattern(None, ox.NamedNode(
        "http://www.w3.org/2004/02/skos/core#prefLabel"), None)}
    assert set(EVIL) <= names, "a name did not survive as a literal"


def teardown_module() -> None:
    if TRIED:
        record_figures(hostile_inputs_tried=len(TRIED))
