"""The same store-level and facts-view behaviour on a remote SPARQL endpoint (Virtuoso).

Runs when ``PARLEY_TEST_VIRTUOSO`` names a Virtuoso SPARQL endpoint (``.ci/run`` starts one on
127.0.0.1 with scripts/virtuoso.sh); ``PARLEY_TEST_VIRTUOSO_GSP`` its Graph Store URL.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from graph.build import build
from graph.errors import ParleyError
from graph.facts import facts_view
from graph.records import ActorRecord, ArticleMeta, Extraction, Span
from graph.store import Store
from tests.conftest import ROOT, SEED, SEED_ID

URL = os.environ.get("PARLEY_TEST_VIRTUOSO")
GSP = os.environ.get("PARLEY_TEST_VIRTUOSO_GSP")
pytestmark = pytest.mark.skipif(not URL, reason="PARLEY_TEST_VIRTUOSO not set (no Virtuoso started)")


def _tiny(aid: str, text: str, actors: list[str]) -> Extraction:
    meta = ArticleMeta(id=aid, text=text, title=text.split("\n")[0])
    recs = [ActorRecord(name=n, type="Person", mentions=[Span(start=text.index(n), end=text.index(n) + len(n), text=n)])
            for n in actors]
    return Extraction(article=meta, actors=recs)


@pytest.fixture(params=["sparql-update", "graph-store"])
def remote(request):
    from graph.remote import RemoteStore

    if request.param == "graph-store" and not GSP:
        pytest.skip("PARLEY_TEST_VIRTUOSO_GSP not set")
    store = RemoteStore.open(URL, gsp_url=GSP if request.param == "graph-store" else None)
    store.clear()
    yield store
    store.clear()
    store.close()


def test_remote_reingest_is_idempotent(remote, seed_built) -> None:
    assert remote.write_article(seed_built) is True
    before = remote.snapshot()
    assert remote.write_article(seed_built) is False
    assert remote.snapshot() == before


def test_remote_holds_the_same_triples_as_oxigraph(remote, seed_built) -> None:
    local = Store.open(None)
    local.write_article(seed_built)
    remote.write_article(seed_built)
    assert set(remote.article_graph(SEED_ID)) == set(local.article_graph(SEED_ID))
    assert set(remote.entities_graph()) == set(local.entities_graph())
    assert len(remote) == len(local)


def test_remote_facts_view_equals_embedded(remote, seed_built) -> None:
    local = Store.open(None)
    local.write_article(seed_built)
    remote.write_article(seed_built)
    assert facts_view(remote, SEED_ID) == facts_view(local, SEED_ID)


def test_remote_replace_and_entity_gc(remote) -> None:
    remote.write_article(build(_tiny("r1", "One.\nAlice Smith met Bob Jones.", ["Alice Smith", "Bob Jones"])))
    remote.write_article(build(_tiny("r2", "Two.\nAlice Smith met Dan Brown.", ["Alice Smith", "Dan Brown"])))
    remote.write_article(build(_tiny("r1", "One v2.\nAlice Smith met Eve Green.", ["Alice Smith", "Eve Green"])))
    names = {r["n"] for r in remote.select(
        "SELECT ?n WHERE { GRAPH <https://w3id.org/parley/graph/entities> { ?a skos:prefLabel ?n } }")}
    assert names == {"Alice Smith", "Dan Brown", "Eve Green"}
    assert remote.article_ids() == ["r1", "r2"]
    assert remote.delete_article("r2") is True
    assert remote.article_ids() == ["r1"]


def test_remote_entity_keeps_one_name_whatever_the_order(remote) -> None:
    remote.write_article(build(_tiny("r1", "One.\nMahamat Idriss Deby met Bob Jones.", ["Mahamat Idriss Deby", "Bob Jones"])))
    remote.write_article(build(_tiny("r2", "Two.\nMahamat Idriss Déby met Dan Brown.", ["Mahamat Idriss Déby", "Dan Brown"])))
    names = sorted(r["n"] for r in remote.select(
        "SELECT ?n WHERE { GRAPH <https://w3id.org/parley/graph/entities> { ?a skos:prefLabel ?n } }"))
    assert names == ["Bob Jones", "Dan Brown", "Mahamat Idriss Déby"]


def test_remote_truncation_is_an_error_not_a_short_answer(remote, monkeypatch) -> None:
    import httpx

    real = remote._post

    def capped(data, accept, *, update=False):  # what Virtuoso sends when ResultSetMaxRows bites
        resp = real(data, accept, update=update)
        return httpx.Response(200, headers={"Content-Type": resp.headers["Content-Type"], "X-SPARQL-MaxRows": "2"},
                              content=resp.content)

    monkeypatch.setattr(remote, "_post", capped)
    with pytest.raises(ParleyError, match="E061"):
        remote.select("SELECT ?s WHERE { VALUES ?s { 1 2 3 } }")


def test_remote_syntax_error_is_a_syntax_error(remote) -> None:
    with pytest.raises(SyntaxError):
        remote.select("SELECT ?s WHERE { ?s ?p }")


def test_cli_ingest_and_facts_against_remote(remote) -> None:
    env = {**os.environ, "PARLEY_STORE": URL}
    if remote.gsp_url:
        env["PARLEY_STORE_GSP"] = remote.gsp_url
    cli = [sys.executable, "-m", "api.cli"]
    run = subprocess.run([*cli, "ingest", str(SEED), "--silent"], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    out = subprocess.run([*cli, "facts", SEED_ID], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert '"Vladimir Putin"' in out.stdout


def test_unreachable_endpoint_is_a_clear_error() -> None:
    from graph.remote import RemoteStore

    with pytest.raises(ParleyError, match="E060"):
        RemoteStore.open("http://127.0.0.1:9/sparql", timeout=2)


def test_remote_paths_equal_embedded(remote, seed_built) -> None:
    from graph.paths import PathIndex

    local = Store.open(None)
    local.write_article(seed_built)
    remote.write_article(seed_built)
    a, b = PathIndex(local), PathIndex(remote)

    def edges(idx: PathIndex) -> set[tuple[str, ...]]:
        return {tuple(sorted(e)) for e in idx.graph().edges()}

    assert edges(a) == edges(b)
    pa, pb = a.paths("Vladimir Putin", "Ukraine", k=3), b.paths("Vladimir Putin", "Ukraine", k=3)
    # equally short paths may come in another order; their lengths and ends may not differ
    assert [p["length"] for p in pa["paths"]] == [p["length"] for p in pb["paths"]]
    assert pa["from"] == pb["from"] and pa["to"] == pb["to"]


def test_remote_exports_equal_embedded(remote, seed_built) -> None:
    import datetime as dt

    from graph.export import export

    local = Store.open(None)
    local.write_article(seed_built)
    remote.write_article(seed_built)
    day = dt.date(2025, 12, 3)
    for view in ("actors", "stances", "full"):
        assert export(remote, "gexf", view, modified=day) == export(local, "gexf", view, modified=day)


def test_http_server_serves_a_remote_store(remote, seed_built) -> None:
    import httpx

    from api.state import Settings
    from tests.api_server import running_server

    remote.write_article(seed_built)
    with running_server(Settings(store=remote)) as base:
        q = "SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://w3id.org/parley/ns#Person> }"
        r = httpx.post(base + "/sparql", data={"query": q}, headers={"Accept": "application/sparql-results+json"})
        assert r.status_code == 200 and int(r.json()["results"]["bindings"][0]["n"]["value"]) >= 8
        actors = httpx.get(base + "/actors", params={"q": "Putin"}).json()
        assert any(a["name"] == "Vladimir Putin" for a in actors["items"])
        path = httpx.get(base + "/paths", params={"from": "Vladimir Putin", "to": "Ukraine"})
        assert path.status_code == 200 and path.json()["paths"]
        gexf = httpx.get(base + "/export/actors.gexf")
        assert gexf.status_code == 200 and b"<gexf" in gexf.content
        svc = httpx.post(base + "/sparql", data={"query": "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"})
        assert svc.status_code == 403


def test_remote_article_graph_with_two_versions_is_not_current(remote) -> None:
    # as tests/test_store.py: which version counted followed the endpoint's row order
    from graph.build import article_graph_iri, article_iri
    from graph.ns import PARLEY

    built = build(_tiny("r1", "One.\nBob Jones met Dan Brown.", ["Bob Jones", "Dan Brown"]))
    remote.write_article(built)
    assert remote.is_current("r1", built.content_hash)
    for extra in ("parley-extract/0.0", "parley-extract/9.9"):
        remote.update(f'INSERT DATA {{ GRAPH <{article_graph_iri("r1")}> {{ <{article_iri("r1")}> '
                      f'<{PARLEY.extractorVersion}> "{extra}" }} }}')
        assert not remote.is_current("r1", built.content_hash)
    assert remote.write_article(built) is True
    assert remote.is_current("r1", built.content_hash)


def test_remote_article_graph_without_a_hash_is_replaced_and_deletable(remote) -> None:
    from tests.remote_cases import graph_without_hash_is_replaced_and_deletable

    graph_without_hash_is_replaced_and_deletable(remote)


def test_remote_settled_name_and_class_follow_replaces_and_deletes(remote) -> None:
    from tests.remote_cases import settled_values_follow_replaces_and_deletes

    settled_values_follow_replaces_and_deletes(remote)
