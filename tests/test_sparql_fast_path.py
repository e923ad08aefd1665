"""/sparql's short path (api/sparql.py ``sparql_app``, ``QueryEngine.arun``): the same protocol,
errors and safety as through FastAPI, with queries known to be cheap answered in the server
process and everything else in a killable worker."""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from api import sparql
from api.app import create_app
from api.sparql import INLINE_MAX, _fast_qsl, _form_params
from api.sparql_text import CACHE_MAX_CHARS, refuse_forbidden
from api.state import Settings
from graph.errors import ParleyError

EX = "http://example.org/"
ROWS = 3000  # long literals: the JSON answer is well over INLINE_MAX
ONE = f"SELECT ?o WHERE {{ <{EX}s0> <{EX}p> ?o }}"
BOMB = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
JSON = {"Accept": "application/sparql-results+json"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("fast") / "db"
    st = ox.Store(str(path))
    g = ox.NamedNode(f"{EX}g")
    st.extend(ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(f"{EX}p"), ox.Literal(f"value {i} " + "x" * 120), g)
              for i in range(ROWS))
    st.flush()
    del st
    return str(path)


@contextmanager
def served(db: str, **kw: Any) -> Iterator[TestClient]:
    settings = Settings(db=db, **{"workers": 1, "max_workers": 2, "row_cap": 100_000, **kw})
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        yield client


# -- form and query-string parsing ------------------------------------------------------------------
@pytest.mark.parametrize("raw", [
    b"query=SELECT+%2A+WHERE+%7B+%3Fs+%3Fp+%3Fo+%7D",
    b"query=a%2Bb&default-graph-uri=http%3A%2F%2Fx%2Fg&default-graph-uri=",
    b"&&query=x&&flag&=v&a=b=c",
    b"q=%5C%25%5Cx41%5C",  # escaped backslashes and percent signs stay literal
    b"q=back\\slash%41\\x41",  # raw backslashes
    b"q=%C3%A9t%C3%A9",  # UTF-8 escapes
    b"q=100%&r=%4g&s=%",  # malformed escapes: kept as text
    b"",
])
def test_fast_form_parsing_matches_the_standard_library(raw: bytes) -> None:
    expected = parse_qsl(raw.decode(), keep_blank_values=True)
    fast = _fast_qsl(raw)
    assert (fast if fast is not None else _form_params(raw)) == expected
    assert _form_params(raw) == expected


def test_escapes_that_are_not_utf8_are_refused_on_both_paths() -> None:
    """Not U+FFFD in the query: refused (E111) as a direct POST with such bytes is."""
    for raw in (b"q=%C3%A9t%C3%A9&bad=%FF%FE", "q=é&bad=%FF".encode()):  # the fast path, the standard one
        with pytest.raises(ParleyError) as err:
            _form_params(raw)
        assert err.value.code == "E111" and "form body" in err.value.message


def test_non_ascii_form_body_takes_the_standard_path() -> None:
    raw = "query=SELECT ?x { ?x ?p \"é\" }&x=%C3%A9".encode()
    assert _form_params(raw) == parse_qsl(raw.decode(), keep_blank_values=True)
    with pytest.raises(ParleyError) as err:
        _form_params(b"query=\xff")
    assert err.value.code == "E111"


def test_refusals_are_cached_but_raised_every_time() -> None:
    text = "SELECT * { SERVICE <http://127.0.0.1/> { ?s ?p ?o } }"
    for _ in range(2):
        with pytest.raises(ParleyError) as err:
            refuse_forbidden(text)
        assert err.value.code == "E104"
    big = "SELECT * { ?s ?p ?o } #" + "x" * CACHE_MAX_CHARS + "\nLOAD <file:///etc/passwd>"
    with pytest.raises(ParleyError) as err:
        refuse_forbidden(big)
    assert err.value.code == "E105"


# -- the engine --------------------------------------------------------------------------------------
def test_a_query_runs_in_a_worker_first_and_inline_once_known_cheap(db: str, monkeypatch) -> None:
    calls: list[str] = []
    real = sparql.sparql_worker.evaluate

    def counted(store: Any, req: dict[str, Any]) -> Any:
        calls.append(req["query"])
        return real(store, req)

    monkeypatch.setattr(sparql.sparql_worker, "evaluate", counted)  # only the server process sees it
    with served(db, inline_ms=10_000) as c:
        first = c.get("/sparql", params={"query": ONE}, headers=JSON)
        assert first.status_code == 200 and calls == []
        second = c.get("/sparql", params={"query": ONE}, headers=JSON)
        assert second.status_code == 200 and len(calls) == 1
        assert second.content == first.content
        other = c.get("/sparql", params={"query": ONE + " LIMIT 1"}, headers=JSON)  # new text: a worker
        assert other.status_code == 200 and len(calls) == 1


def test_no_inline_when_disabled_or_writable(db: str, tmp_path: Path) -> None:
    with served(db, inline_ms=0) as c:
        assert c.app.state.parley.engine.inline_s == 0
    with served(str(tmp_path / "w"), inline_ms=10_000, write=True, token="t") as c:
        assert c.app.state.parley.engine.inline_s == 0


def test_a_runaway_query_is_stopped_every_time_and_never_inlined(db: str) -> None:
    with served(db, inline_ms=10_000, timeout=1.0) as c:
        engine = c.app.state.parley.engine
        for _ in range(2):
            t = time.monotonic()
            r = c.post("/sparql", content=BOMB, headers={"Content-Type": "application/sparql-query", **JSON})
            assert r.status_code == 503 and r.json()["code"] == "E108"
            assert time.monotonic() - t < 5
            assert not any(BOMB in str(k) for k in engine._cheap)
            ok = c.get("/sparql", params={"query": ONE}, headers=JSON)  # the pool recovers
            assert ok.status_code == 200 and len(ok.json()["results"]["bindings"]) == 1


def test_known_cheap_queries_answer_while_every_worker_is_busy(db: str) -> None:
    with served(db, inline_ms=10_000, timeout=3.0, max_workers=1) as c:
        assert c.get("/sparql", params={"query": ONE}, headers=JSON).status_code == 200  # now known cheap
        outcome: list[int] = []
        runaway = threading.Thread(target=lambda: outcome.append(c.post(
            "/sparql", content=BOMB, headers={"Content-Type": "application/sparql-query"}).status_code))
        runaway.start()
        time.sleep(0.5)  # the only worker is busy with the runaway query
        t = time.monotonic()
        r = c.get("/sparql", params={"query": ONE}, headers=JSON)
        assert r.status_code == 200 and time.monotonic() - t < 1.0
        unknown = c.get("/sparql", params={"query": ONE + " LIMIT 5"}, headers=JSON)  # must wait for a worker
        assert unknown.status_code in (200, 503)
        runaway.join()
        assert outcome == [503]


def test_a_result_bigger_than_the_inline_limit_arrives_whole(db: str) -> None:
    with served(db, inline_ms=0) as c:
        for _ in range(2):
            r = c.post("/sparql", data={"query": f"SELECT ?s ?o WHERE {{ ?s <{EX}p> ?o }}"}, headers=JSON)
            assert r.status_code == 200
            assert len(r.content) > INLINE_MAX
            assert len(json.loads(r.content)["results"]["bindings"]) == ROWS


def test_malformed_query_keeps_the_parser_message(db: str) -> None:
    with served(db) as c:
        r = c.get("/sparql", params={"query": "SELEC ?x WHERE {"})
        assert r.status_code == 400
        body = r.json()
        assert body["ok"] is False and body["code"] == "E102" and "malformed SPARQL query" in body["error"]


# -- the short path around FastAPI -------------------------------------------------------------------
def test_unexpected_errors_keep_the_one_error_shape(db: str, monkeypatch) -> None:
    with served(db) as c:
        async def broken(req: dict[str, Any]) -> Any:
            raise RuntimeError("boom")

        monkeypatch.setattr(c.app.state.parley.engine, "arun", broken)
        r = c.get("/sparql", params={"query": ONE})
        assert r.status_code == 500
        assert r.json() == {"ok": False, "code": "E500", "status": 500,
                            "error": "internal error (RuntimeError); see the server log"}


def test_other_methods_and_paths_still_go_through_fastapi(db: str) -> None:
    with served(db) as c:
        r = c.put("/sparql", content=b"x")
        assert r.status_code == 405 and r.json()["code"] == "E118"
        head = c.head("/sparql", params={"query": ONE})  # as before the short path: FastAPI's 405
        assert head.status_code == 405
        assert c.get("/openapi.json").json()["paths"]["/sparql"]


def test_cors_headers_on_the_short_path(db: str) -> None:
    origin = {"Origin": "https://example.net"}
    with served(db, cors=True) as c:
        r = c.get("/sparql", params={"query": ONE}, headers={**origin, **JSON})
        assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "*"
        assert "X-Parley-Rows" in r.headers["access-control-expose-headers"] or \
            "x-parley-rows" in r.headers["access-control-expose-headers"].lower()
        pre = c.options("/sparql", headers={**origin, "Access-Control-Request-Method": "POST"})
        assert pre.status_code == 200
    with served(db) as c:
        r = c.get("/sparql", params={"query": ONE}, headers={**origin, **JSON})
        assert "access-control-allow-origin" not in r.headers


def test_body_over_the_limit_is_refused_whole(db: str) -> None:
    with served(db, max_body=1000) as c:
        r = c.post("/sparql", content=b"SELECT * {} #" + b"x" * 5000,
                   headers={"Content-Type": "application/sparql-query"})
        assert r.status_code == 413 and r.json()["code"] == "E114"


def test_inline_budget_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("PARLEY_INLINE_MS", "0")
    assert Settings().inline_ms == 0
    monkeypatch.setenv("PARLEY_INLINE_MS", "fast")
    with pytest.raises(ParleyError) as err:
        Settings()
    assert err.value.code == "E420"
    monkeypatch.delenv("PARLEY_INLINE_MS")
    assert Settings().inline_ms == 2.0


@pytest.mark.parametrize("scope", [
    {"scheme": "http", "server": ("127.0.0.1", 7802), "path": "/sparql", "query_string": b"query=x",
     "headers": [(b"host", b"127.0.0.1:7802")]},
    {"scheme": "https", "server": ("10.0.0.1", 443), "path": "/sparql", "query_string": b"", "headers": []},
    {"scheme": "http", "server": ("::1", 80), "path": "/sparql", "query_string": b"", "headers": [(b"host", b"bad:xx")]},
    {"scheme": "http", "server": None, "path": "/sparql", "query_string": b"a=b", "headers": []},
    {"scheme": "http", "server": ("testserver", 80), "path": "/sp?a#q", "query_string": b"",
     "headers": [(b"host", b"testserver")]},
])
def test_cached_endpoint_iri_is_starlettes(scope: dict[str, Any]) -> None:
    from starlette.requests import Request

    request = Request({"type": "http", **scope})
    for _ in range(2):
        assert sparql.endpoint_iri(request) == str(request.url.replace(query=None, fragment=None))


# -- the query workers' allocator ---------------------------------------------------------------------
def _maps(pid: int) -> str:
    return Path(f"/proc/{pid}/maps").read_text()


def test_query_workers_run_on_the_preloaded_allocator_and_the_server_does_not(db: str, monkeypatch) -> None:
    lib = sparql.query_allocator("auto")
    if lib is None:
        pytest.skip("neither mimalloc nor jemalloc is installed (.ci/run installs libmimalloc2.0)")
    monkeypatch.delenv("LD_PRELOAD", raising=False)
    monkeypatch.setenv("PARLEY_QUERY_MALLOC", "auto")
    with served(db) as c:
        r = c.get("/sparql", params={"query": ONE + " LIMIT 1"}, headers=JSON)
        assert r.status_code == 200 and len(r.json()["results"]["bindings"]) == 1
        engine = c.app.state.parley.engine
        worker = engine._idle[0]
        assert lib in _maps(worker.proc.pid)
        assert "LD_PRELOAD" not in os.environ  # put back after the spawn
    monkeypatch.setenv("PARLEY_QUERY_MALLOC", "off")
    with served(db) as c:
        worker = c.app.state.parley.engine._idle[0]
        assert Path(lib).name not in _maps(worker.proc.pid)


def test_the_allocator_setting_names_a_library_or_turns_it_off(tmp_path: Path) -> None:
    assert sparql.query_allocator("off") is None and sparql.query_allocator("system") is None
    assert sparql.query_allocator(str(tmp_path / "missing.so")) is None  # a wrong path: the system malloc
    fake = tmp_path / "libfake.so"
    fake.write_bytes(b"")
    assert sparql.query_allocator(str(fake)) == str(fake)
