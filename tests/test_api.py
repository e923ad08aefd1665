"""The HTTP server end to end: a real uvicorn on 127.0.0.1, a temp on-disk store with the seed
ingested and a hand-built article, and httpx as the client."""

from __future__ import annotations

import socket
import threading
import time

import httpx
import pytest

from api.state import Settings
from tests.api_sample import sample_extraction
from tests.api_server import running_server
from tests.conftest import SEED_ID, SEEDS
from tests.served import assert_error_shape

TOKEN = "test-token-not-secret"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    from graph.articles import iter_articles
    from graph.build import build
    from graph.pipeline import ingest
    from graph.store import Store

    db = tmp_path_factory.mktemp("api") / "db"
    with Store.open(db) as store:
        ingest(store, iter_articles([SEEDS]))
        store.write_article(build(sample_extraction()))
    with running_server(Settings(db=str(db), write=True, token=TOKEN, timeout=2.0, row_cap=5,
                                 workers=1, max_workers=3)) as url:
        yield url


@pytest.fixture(scope="module")
def client(base):
    with httpx.Client(base_url=base, timeout=30) as c:
        yield c


# -- JSON API ---------------------------------------------------------------------------------------
def test_actor_search_finds_by_alias_and_filters_by_type(client):
    r = client.get("/actors", params={"q": "zelensky"})
    assert r.status_code == 200
    names = [a["name"] for a in r.json()["items"]]
    assert "Volodymyr Zelenskyy" in names
    states = client.get("/actors", params={"type": "State"}).json()
    assert {a["type"] for a in states["items"]} == {"State"}
    assert states["total"] >= 2


def test_actor_list_pages_with_totals(client):
    first = client.get("/actors", params={"limit": 2}).json()
    second = client.get("/actors", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] > 4
    assert len(first["items"]) == 2
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}


def test_actor_detail_has_positions_demands_and_events_with_evidence(client):
    a = client.get("/actors/vladimir-putin").json()
    assert "Putin" in a["aliases"]
    mine = lambda xs: [x for x in xs if x["article"] == "sample-1"]  # noqa: E731 - the seed may add more
    assert [p["stance"] for p in mine(a["positions"])] == ["support"]
    assert mine(a["demands_made"])[0]["of"][0]["name"] == "Ukraine"
    ev = mine(a["events"])[0]["evidence"]
    text = sample_extraction().article.text
    assert text[ev["start"]:ev["end"]] == ev["text"]
    assert ev["article"] == "sample-1"
    assert {x["name"] for x in a["affiliations"]} == {"Russia"}


def test_unknown_actor_is_404_with_suggestions(client):
    body = assert_error_shape(client.get("/actors/vladimir-poutine-xx"), 404)
    assert "no actor" in body["error"]


def test_bad_parameters_are_422_in_the_one_error_shape(client):
    assert_error_shape(client.get("/actors", params={"limit": 0}), 422)
    assert_error_shape(client.get("/actors", params={"type": "Robot"}), 422)
    assert_error_shape(client.get("/events", params={"type": "PARTY"}), 422)
    assert_error_shape(client.get("/events", params={"from": "last week"}), 422)
    assert_error_shape(client.get("/timeline"), 422)


def test_events_filter_by_type_actor_place_and_dates(client):
    r = client.get("/events", params={"type": "ASSAULT", "place": "Pokrovsk"}).json()
    mine = [e for e in r["items"] if e["article"] == "sample-1"]
    assert len(mine) == 1 and mine[0]["label"] == "shelled" and r["total"] >= 1
    assert {e["type"] for e in r["items"]} == {"ASSAULT"}
    assert mine[0]["place"]["name"] == "Pokrovsk"
    by_actor = client.get("/events", params={"actor": "Putin"}).json()
    assert "CONSULT" in [e["type"] for e in by_actor["items"] if e["article"] == "sample-1"]
    dated = client.get("/events", params={"from": "2025-12-02", "to": "2025-12-31"}).json()
    assert all("2025-12-02" <= (e.get("date") or e["published"]) <= "2025-12-31" for e in dated["items"])
    assert [e["type"] for e in dated["items"] if e["article"] == "sample-1"] == ["CONSULT"]


def test_proposal_lists_who_supports_and_opposes(client):
    p = client.get("/proposals/28-point-plan").json()
    assert "Vladimir Putin" in [x["holder"]["name"] for x in p["stances"]["support"]]
    assert "Volodymyr Zelenskyy" in [x["holder"]["name"] for x in p["stances"]["oppose"]]
    assert p["proposers"][0]["name"] == "Donald Trump"
    assert client.get("/proposals").json()["total"] >= 1


def test_claims_carry_their_disputes(client):
    items = client.get("/claims", params={"disputed": "true"}).json()["items"]
    c = next(x for x in items if x["article"] == "sample-1")
    assert all(x["disputes"] for x in items)
    assert c["by"]["name"] == "Russia"
    assert c["disputes"][0]["by"]["name"] == "Ukraine"
    assert c["disputes"][0]["evidence"]["text"] == "which Ukraine denied"


def test_positions_and_demands_filter(client):
    opp = client.get("/positions", params={"stance": "oppose"}).json()["items"]
    assert {x["stance"] for x in opp} == {"oppose"} and any(x["article"] == "sample-1" for x in opp)
    dem = client.get("/demands", params={"of": "Ukraine"}).json()["items"]
    assert "withdraw from the Donbas" in [d["text"] for d in dem]


def test_timeline_for_an_actor_is_in_date_order(client):
    items = client.get("/timeline", params={"actor": "Vladimir Putin"}).json()["items"]
    dates = [i.get("date") or i.get("published") for i in items]
    assert dates == sorted(dates)
    assert {i["kind"] for i in items} >= {"event", "position", "demand"}


def test_articles_and_facts_view(client):
    arts = client.get("/articles").json()
    assert {a["id"] for a in arts["items"]} >= {SEED_ID, "sample-1"}
    one = client.get("/articles/sample-1").json()
    assert one["counts"]["event"] == 2 and one["text"].startswith("Russian forces")
    facts = client.get("/articles/sample-1/facts").json()
    assert facts["article"]["id"] == "sample-1" and len(facts["events"]) == 2
    assert_error_shape(client.get("/articles/nope"), 404)
    assert_error_shape(client.get("/articles/nope/facts"), 404)


def test_stats_counts_what_is_stored(client):
    s = client.get("/stats").json()
    assert s["articles"] == 2 and s["events"] >= 2 and s["triples"] > 0


def test_openapi_docs_are_served(client):
    assert client.get("/docs").status_code == 200
    spec = client.get("/openapi.json").json()
    assert "/actors/{actor_id}" in spec["paths"] and "/paths" in spec["paths"]


# -- paths --------------------------------------------------------------------------------------------
def test_path_between_names_has_evidence_on_each_assertion_hop(client):
    r = client.get("/paths", params={"from": "Putin", "to": "Pokrovsk"})
    assert r.status_code == 200, r.text
    path = r.json()["paths"][0]
    assert path["nodes"][0]["name"] == "Vladimir Putin" and path["nodes"][-1]["name"] == "Pokrovsk"
    last = path["hops"][-1]["relations"][0]
    assert last["relation"] == "place"
    ev = last["evidence"]
    text = client.get(f"/articles/{ev['article']}").json()["text"]
    assert text[ev["start"]:ev["end"]] == ev["text"]


def test_path_alternatives_and_unknown_names(client):
    r = client.get("/paths", params={"from": "Zelensky", "to": "Pokrovsk", "k": 3}).json()
    lengths = [p["length"] for p in r["paths"]]
    assert len(lengths) == 3 and lengths == sorted(lengths)
    body = assert_error_shape(client.get("/paths", params={"from": "Zelenskx", "to": "Nowhere-at-all"}), 404)
    assert "Nowhere-at-all" in body["error"] or "Zelenskx" in body["error"]
    assert_error_shape(client.get("/paths", params={"from": "Putin"}), 422)


def test_neighbors_of_an_actor(client):
    r = client.get("/neighbors/vladimir-putin", params={"depth": 1}).json()
    names = {n["name"] for n in r["nodes"]}
    assert {"Vladimir Putin", "Russia", "28-point plan"} <= names


# -- SPARQL protocol ------------------------------------------------------------------------------------
SELECT_ACTORS = "SELECT ?a ?n WHERE { ?a a parley:Person ; skos:prefLabel ?n } ORDER BY ?n"


@pytest.mark.parametrize("accept,ctype,marker", [
    ("application/sparql-results+json", "application/sparql-results+json", b'"bindings"'),
    ("application/sparql-results+xml", "application/sparql-results+xml", b"<sparql"),
    ("text/csv", "text/csv", b"a,n"),
    ("text/tab-separated-values", "text/tab-separated-values", b"?a\t?n"),
])
def test_select_content_negotiation(client, accept, ctype, marker):
    r = client.get("/sparql", params={"query": SELECT_ACTORS}, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(ctype)
    assert marker in r.content


@pytest.mark.parametrize("accept,ctype", [
    ("text/turtle", "text/turtle"), ("application/n-triples", "application/n-triples"),
    ("application/ld+json", "application/ld+json"), ("application/rdf+xml", "application/rdf+xml"),
])
def test_construct_content_negotiation(client, accept, ctype):
    q = "CONSTRUCT { ?a skos:prefLabel ?n } WHERE { ?a a parley:State ; skos:prefLabel ?n }"
    r = client.post("/sparql", content=q, headers={"Content-Type": "application/sparql-query", "Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(ctype)
    assert b"Russia" in r.content


def test_unacceptable_media_type_is_406(client):
    r = client.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": "image/png"})
    assert_error_shape(r, 406)


def test_malformed_query_is_400_with_position(client):
    body = assert_error_shape(client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p }"}), 400)
    assert "1:" in body["error"]


def test_row_cap_is_stated_when_hit(client):
    r = client.get("/sparql", params={"query": "SELECT ?s WHERE { ?s ?p ?o }"})
    assert r.status_code == 200
    assert r.headers["X-Parley-Truncated"] == "true" and r.headers["X-Parley-Row-Cap"] == "5"
    assert len(r.json()["results"]["bindings"]) == 5
    small = client.get("/sparql", params={"query": "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3"})
    assert "X-Parley-Truncated" not in small.headers and len(small.json()["results"]["bindings"]) == 3


class _Listener:
    """A TCP listener on 127.0.0.1 that records whether anyone connected."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(5)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.hits = 0
        self.stop = False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stop:
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            self.hits += 1
            conn.close()

    def close(self) -> None:
        self.stop = True
        self.thread.join(2)
        self.sock.close()


def test_service_is_refused_and_the_server_fetches_nothing(client):
    lis = _Listener()
    try:
        q = f"SELECT * WHERE {{ service <http://127.0.0.1:{lis.port}/sparql> {{ ?s ?p ?o }} }}"
        assert_error_shape(client.get("/sparql", params={"query": q}), 403)
        upd = f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <http://127.0.0.1:{lis.port}/> {{ ?s ?p ?o }} }}"
        assert_error_shape(client.post("/sparql", data={"update": upd}, headers=AUTH), 403)
        load = f"LOAD <http://127.0.0.1:{lis.port}/data.ttl>"
        assert_error_shape(client.post("/sparql", content=load, headers={
            **AUTH, "Content-Type": "application/sparql-update"}), 403)
        time.sleep(0.3)
        assert lis.hits == 0
    finally:
        lis.close()
    harmless = 'SELECT * WHERE { ?s <http://example.org/SERVICE> "LOAD" } # SERVICE'
    assert client.get("/sparql", params={"query": harmless}).status_code == 200


def test_runaway_query_times_out_with_503_and_does_not_stall_others(client):
    slow = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
    result: dict = {}

    def run() -> None:
        t0 = time.monotonic()
        result["r"] = client.get("/sparql", params={"query": slow})
        result["t"] = time.monotonic() - t0

    t = threading.Thread(target=run)
    t.start()
    time.sleep(0.3)
    t0 = time.monotonic()
    quick = client.get("/actors", params={"limit": 1})
    ask = client.get("/sparql", params={"query": "ASK {}"})
    fast = time.monotonic() - t0
    t.join(30)
    assert quick.status_code == 200 and ask.status_code == 200
    assert fast < 1.5
    body = assert_error_shape(result["r"], 503)
    assert "limit" in body["error"] and result["t"] < 6
    assert client.get("/sparql", params={"query": "ASK {}"}).status_code == 200


def test_updates_need_the_token(client):
    upd = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> 1 } }"
    h = {"Content-Type": "application/sparql-update"}
    assert_error_shape(client.post("/sparql", content=upd, headers=h), 403)
    assert_error_shape(client.post("/sparql", content=upd, headers={**h, "Authorization": "Bearer wrong"}), 403)
    assert client.post("/sparql", content=upd, headers={**h, **AUTH}).status_code == 204
    ask = "ASK { GRAPH <http://example.org/g> { <http://example.org/s> ?p 1 } }"
    assert client.get("/sparql", params={"query": ask}).json()["boolean"] is True
    assert client.delete("/store", params={"graph": "http://example.org/g"}, headers=AUTH).status_code == 204


# -- Graph Store Protocol ----------------------------------------------------------------------------
def test_graph_store_put_get_post_delete(client):
    g = {"graph": "http://example.org/gsp"}
    ttl = "<http://example.org/a> <http://example.org/p> <http://example.org/b> ."
    assert_error_shape(client.put("/store", params=g, content=ttl, headers={"Content-Type": "text/turtle"}), 403)
    r = client.put("/store", params=g, content=ttl, headers={**AUTH, "Content-Type": "text/turtle"})
    assert r.status_code == 201
    r = client.post("/store", params=g, content="<http://example.org/a> <http://example.org/p> \"x\" .",
                    headers={**AUTH, "Content-Type": "application/n-triples"})
    assert r.status_code == 204
    got = client.get("/store", params=g, headers={"Accept": "application/n-triples"})
    assert got.status_code == 200 and got.text.count("\n") == 2
    bad = client.put("/store", params=g, content="<a> <b", headers={**AUTH, "Content-Type": "text/turtle"})
    assert_error_shape(bad, 400)
    assert client.get("/store", params=g, headers={"Accept": "application/n-triples"}).text.count("\n") == 2
    assert client.delete("/store", params=g, headers=AUTH).status_code == 204
    assert_error_shape(client.get("/store", params=g), 404)
    whole = client.get("/store", headers={"Accept": "application/n-quads"})
    assert whole.status_code == 200 and "sample-1" in whole.text


# -- ingestion ---------------------------------------------------------------------------------------------
def test_post_article_needs_token_and_returns_facts(client):
    art = {"id": "posted-1", "title": "Posted", "published": "2025-12-05",
           "text": "Vladimir Putin met Steve Witkoff in Moscow on Tuesday."}
    assert_error_shape(client.post("/articles", json=art), 403)
    r = client.post("/articles", json=art, headers=AUTH)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["status"] == "added" and body["facts"]["article"]["id"] == "posted-1"
    assert client.post("/articles", json=art, headers=AUTH).json()["status"] == "unchanged"
    assert client.get("/articles/posted-1").status_code == 200
    q = 'ASK { ?a dcterms:identifier "posted-1" }'
    assert client.get("/sparql", params={"query": q}).json()["boolean"] is True
    assert client.delete("/articles/posted-1", headers=AUTH).status_code == 204
    assert_error_shape(client.delete("/articles/posted-1", headers=AUTH), 404)
    assert client.get("/sparql", params={"query": q}).json()["boolean"] is False


def test_an_article_graph_put_through_the_graph_store_is_replaced_and_deleted_like_any(client):
    """A user's own triples PUT into an article's graph (no content hash): DELETE /articles drops
    them (it answered 404), and POST /articles over them says "replaced" (it said "added" every time)."""
    g = {"graph": "https://w3id.org/parley/graph/article/gsp-own-1"}
    ttl = "<http://example.org/a> <http://example.org/p> <http://example.org/b> ."
    put = lambda: client.put("/store", params=g, content=ttl, headers={**AUTH, "Content-Type": "text/turtle"})  # noqa: E731
    assert put().status_code == 201
    assert client.delete("/articles/gsp-own-1", headers=AUTH).status_code == 204
    assert_error_shape(client.get("/store", params=g), 404)
    assert_error_shape(client.delete("/articles/gsp-own-1", headers=AUTH), 404)
    assert put().status_code == 201
    art = {"id": "gsp-own-1", "title": "Own", "text": "Vladimir Putin met Steve Witkoff in Moscow on Tuesday."}
    r = client.post("/articles", json=art, headers=AUTH)
    assert r.status_code == 200 and r.json()["status"] == "replaced", r.text
    assert client.post("/articles", json=art, headers=AUTH).json()["status"] == "unchanged"
    got = client.get("/store", params=g, headers={"Accept": "application/n-triples"}).text
    assert "http://example.org/p" not in got and "gsp-own-1" in got
    assert client.delete("/articles/gsp-own-1", headers=AUTH).status_code == 204


def test_the_h11_fallback_gives_the_json_414_too():
    """uvicorn's h11 parser bounds only a request head that has not arrived whole, so an over-long
    URL sent at once reached the app and was served; it gets Parley's JSON 414, as under httptools."""
    from urllib.parse import quote

    from graph.store import Store

    with running_server(Settings(store=Store.open(None)), http="h11") as base:
        def get(path: str, extra: str = "") -> bytes:
            return _raw_get(base, path, extra)

        assert get("/sparql?query=" + quote("ASK { } #" + "x" * 200_000)).startswith(b"HTTP/1.1 200")
        over = get("/sparql?query=" + quote("ASK { } #" + "x" * 1_100_000))
        assert over.startswith(b"HTTP/1.1 414") and b'"code":"E136"' in over and b"POST" in over
        assert b'"status":414' in over and b"content-type: application/json" in over.lower()
        big_header = get("/stats", "X-Pad: " + "y" * 1_100_000 + "\r\n")
        assert big_header.startswith(b"HTTP/1.1 414") and b'"code":"E136"' in big_header


def test_post_article_rejects_bad_bodies(client):
    assert_error_shape(client.post("/articles", content=b"x" * 1_000_001,
                                   headers={**AUTH, "Content-Type": "text/plain"}), 413)
    assert_error_shape(client.post("/articles", content="caf\xe9".encode("latin-1"),
                                   headers={**AUTH, "Content-Type": "text/plain"}), 415)
    assert_error_shape(client.post("/articles", json={"title": "no text"}, headers=AUTH), 422)
    r = client.post("/articles", params={"title": "plain", "id": "plain-1"}, content="Ukraine and Russia talked.",
                    headers={**AUTH, "Content-Type": "text/plain"})
    assert r.status_code == 201 and r.json()["article"] == "plain-1"
    assert client.delete("/articles/plain-1", headers=AUTH).status_code == 204


def test_post_article_reads_metadata_as_files_do(client):
    """No title: the first line, as for a file; an id longer than file ids may be is refused."""
    art = {"id": "posted-untitled", "published": "2025-12-05",
           "text": "Envoys meet in Geneva\n\nVladimir Putin met Steve Witkoff in Moscow on Tuesday."}
    r = client.post("/articles", json=art, headers=AUTH)
    assert r.status_code == 201, r.text
    assert r.json()["facts"]["article"]["title"] == "Envoys meet in Geneva"
    assert client.delete("/articles/posted-untitled", headers=AUTH).status_code == 204
    assert_error_shape(client.post("/articles", json={**art, "id": "a" * 121}, headers=AUTH), 422)


def test_path_index_follows_ingest_and_delete(client):
    second = sample_extraction("sample-2")
    second.events = second.events[:1]
    second.events[0].place = "Moscow"
    second.places = [p for p in second.places if p.name == "Moscow"]
    from graph.build import build

    # written through the API's own store by posting its graph with GSP would skip the hook, so
    # check the hook path in test_paths.py; here the whole-index refresh after a GSP write.
    assert client.get("/paths", params={"from": "Putin", "to": "Pokrovsk"}).status_code == 200
    nt = build(second).article.serialize(format="nt")
    g = {"graph": "https://w3id.org/parley/graph/article/sample-2"}
    assert client.put("/store", params=g, content=nt,
                      headers={**AUTH, "Content-Type": "application/n-triples"}).status_code == 201
    r = client.get("/neighbors/moscow", params={"depth": 1}).json()
    assert any(e["relation"] == "place" for e in r["edges"])
    assert client.delete("/store", params=g, headers=AUTH).status_code == 204


def test_read_only_server_refuses_writes(tmp_path):
    from graph.build import build
    from graph.store import Store

    db = tmp_path / "db"
    with Store.open(db) as store:
        store.write_article(build(sample_extraction()))
    with running_server(Settings(db=str(db), workers=1)) as url, httpx.Client(base_url=url) as c:
        r = c.post("/sparql", content="CLEAR ALL", headers={**AUTH, "Content-Type": "application/sparql-update"})
        assert_error_shape(r, 403)
        assert c.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True


# -- third-party SPARQL clients ---------------------------------------------------------------------
def test_sparqlwrapper_client_reads_select_and_construct(base):
    from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

    sw = SPARQLWrapper(base + "/sparql")
    sw.setQuery("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                "SELECT ?n WHERE { ?a skos:prefLabel ?n } ORDER BY ?n LIMIT 3")
    sw.setReturnFormat(JSON)
    rows = sw.query().convert()["results"]["bindings"]
    assert len(rows) == 3
    sw.setQuery("CONSTRUCT { ?a ?p ?o } WHERE { ?a ?p ?o } LIMIT 5")
    sw.setReturnFormat(TURTLE)
    assert b"@prefix" in sw.query().convert() or b"<http" in sw.query().convert()


def test_rdflib_sparqlstore_client_queries(base):
    from rdflib import Graph
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    g = Graph(store=SPARQLStore(base + "/sparql", returnFormat="json"))
    rows = list(g.query("SELECT ?n WHERE { ?a a <https://w3id.org/parley/ns#State> ; "
                        "<http://www.w3.org/2004/02/skos/core#prefLabel> ?n }"))
    assert {str(r[0]) for r in rows} >= {"Russia", "Ukraine"}
    assert bool(g.query("ASK { ?s ?p ?o }").askAnswer) is True


# -- findings from the HTTP review ------------------------------------------------------------------
def test_put_without_a_graph_is_refused(client):
    trig = "<http://example.org/g> { <http://example.org/a> <http://example.org/p> 1 . }"
    r = client.put("/store", content=trig, headers={**AUTH, "Content-Type": "application/trig"})
    body = assert_error_shape(r, 400)
    assert body["code"] == "E134" and "?graph=" in body["error"] and "POST" in body["error"]
    assert "sample-1" in client.get("/store", headers={"Accept": "application/n-quads"}).text  # nothing emptied
    named = client.put("/store", params={"graph": "http://example.org/one"}, content=trig,
                       headers={**AUTH, "Content-Type": "application/trig"})
    assert "POST" in assert_error_shape(named, 400)["error"]  # E127 points to POST, not to a dataset PUT


def test_from_in_a_query_sets_its_default_graph(client):
    q = "SELECT (COUNT(*) AS ?n) FROM <http://example.org/empty> WHERE { ?s ?p ?o }"
    assert client.get("/sparql", params={"query": q}).json()["results"]["bindings"][0]["n"]["value"] == "0"
    g = "https://w3id.org/parley/graph/article/sample-1"
    one = client.get("/sparql", params={"query": q.replace("http://example.org/empty", g)}).json()
    every = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}).json()
    assert 0 < int(one["results"]["bindings"][0]["n"]["value"]) < int(every["results"]["bindings"][0]["n"]["value"])
    quoted = 'ASK { ?s ?p "FROM <http://example.org/empty>" } # FROM <x:y>'  # not a dataset clause
    assert client.get("/sparql", params={"query": quoted}).status_code == 200


# the README's example ("Serving it"): updates address article graphs with GRAPH ?g
README_UPDATE = 'DELETE WHERE { GRAPH ?g { <https://w3id.org/parley/id/actor/russia> skos:altLabel "RF" } }'


def test_update_with_graph_g_deletes_from_article_graphs(client):
    from tests.conftest import ROOT

    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())  # lines wrapped
    assert README_UPDATE in readme
    h = {**AUTH, "Content-Type": "application/sparql-update"}
    ins = ('INSERT DATA { GRAPH <https://w3id.org/parley/graph/article/sample-1> '
           '{ <https://w3id.org/parley/id/actor/russia> skos:altLabel "RF" } }')
    ask = {"query": 'ASK { <https://w3id.org/parley/id/actor/russia> skos:altLabel "RF" }'}
    assert client.post("/sparql", content=ins, headers=h).status_code == 204
    assert client.post("/sparql", content=README_UPDATE.replace("GRAPH ?g { ", "").replace(" } }", " }"),
                       headers=h).status_code == 204
    assert client.get("/sparql", params=ask).json()["boolean"] is True  # the default graph alone: nothing
    assert client.post("/sparql", content=README_UPDATE, headers=h).status_code == 204
    assert client.get("/sparql", params=ask).json()["boolean"] is False


@pytest.mark.parametrize("param", ["default-graph-uri", "named-graph-uri"])
@pytest.mark.parametrize("value", ["http://a b", "foo", "%FF"])
def test_bad_graph_uri_parameters_are_400_naming_the_parameter(client, param, value):
    url = f"/sparql?query=ASK%20%7B%7D&{param}={value if value == '%FF' else value.replace(' ', '%20')}"
    body = assert_error_shape(client.get(url), 400)
    assert (param in body["error"]) or body["code"] == "E111"
    form = client.post("/sparql", data={"query": "ASK {}", param: value})
    assert param in assert_error_shape(form, 400)["error"]
    direct = client.post(f"/sparql?{param}=foo", content="ASK {}", headers={"Content-Type": "application/sparql-query"})
    assert param in assert_error_shape(direct, 400)["error"]


def test_bad_using_graph_uri_is_400_naming_the_parameter(client):
    upd = "DELETE WHERE { ?s <http://example.org/never> ?o }"
    r = client.post("/sparql", data={"update": upd, "using-graph-uri": "not an iri"}, headers=AUTH)
    body = assert_error_shape(r, 400)
    assert "using-graph-uri" in body["error"] and "1:39" not in body["error"]


def test_syntax_errors_are_placed_in_the_users_own_text(client):
    body = assert_error_shape(client.get("/sparql", params={"query": "SELECT ?x WHERE { ?x ?y }"}), 400)
    assert "1:26" in body["error"], body  # the row cap's added LIMIT line is not the user's
    ui = client.get("/ui/sparql.json", params={"query": "SELECT ?x WHERE { ?x ?y }"})
    assert "1:26" in ui.json()["error"]


def test_neighbors_takes_the_ids_it_returns(client):
    nodes = client.get("/neighbors/vladimir-putin").json()["nodes"]
    ev = next(n for n in nodes if n["kind"] == "event")
    assert "/" in ev["id"]
    for ref in (ev["id"], ev["iri"], ev["id"].replace("/", "%2F")):
        r = client.get(f"/neighbors/{ref}")
        assert r.status_code == 200, (ref, r.text)
        assert r.json()["center"]["iri"] == ev["iri"]


def _raw_get(base: str, path: str, extra: str = "") -> bytes:
    """A GET sent as raw bytes, so a request line past any client's limit reaches the server as written."""
    from urllib.parse import urlsplit

    u = urlsplit(base)
    with socket.create_connection((u.hostname, u.port), timeout=30) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\n{extra}Connection: close\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    return data


def test_long_get_queries_work_and_too_long_ones_get_the_json_error(base):
    from urllib.parse import quote

    def get(path: str) -> bytes:
        return _raw_get(base, path)

    long_q = "ASK { } #" + "x" * 200_000  # past h11's and httptools' 64 KB
    assert get("/sparql?query=" + quote(long_q)).startswith(b"HTTP/1.1 200")
    over = get("/sparql?query=" + quote("ASK { } #" + "x" * 1_100_000))
    assert over.startswith(b"HTTP/1.1 414") and b'"code":"E136"' in over and b"POST" in over


def test_csv_and_tsv_name_their_charset_once(client):
    for accept in ("text/csv", "text/tab-separated-values"):
        r = client.get("/sparql", params={"query": "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"}, headers={"Accept": accept})
        assert r.headers["content-type"] == f"{accept}; charset=utf-8"


def test_accept_text_any_gets_a_text_format(client):
    r = client.get("/sparql", params={"query": "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"}, headers={"Accept": "text/*"})
    assert r.status_code == 200 and r.headers["content-type"].split(";")[0] in ("text/csv", "text/tab-separated-values")


def test_405_answers_name_the_allowed_methods(client):
    for method, path in (("DELETE", "/actors"), ("PUT", "/sparql"), ("HEAD", "/sparql"), ("OPTIONS", "/stats")):
        r = client.request(method, path)
        assert r.status_code == 405 and "GET" in r.headers.get("allow", ""), (method, path)


def test_invalid_utf8_in_a_get_query_is_refused_like_a_direct_post(client):
    bad = client.get("/sparql?query=ASK%20%7B%7D%20%23%FF")
    assert assert_error_shape(bad, 400)["code"] == "E111"
    direct = client.post("/sparql", content=b"ASK {} #\xff", headers={"Content-Type": "application/sparql-query"})
    assert assert_error_shape(direct, 400)["code"] == "E111"


@pytest.mark.parametrize("published", [20260301, "1700-01-01", "2026-13-01", "01/03/2026"])
def test_bad_published_dates_are_one_422_naming_the_format(client, published):
    r = client.post("/articles", json={"text": "Ukraine and Russia talked.", "published": published}, headers=AUTH)
    body = assert_error_shape(r, 422)
    assert "YYYY-MM-DD" in body["error"] and "zero time" not in body["error"]


def test_every_endpoint_reads_names_the_same_way(client):
    for ref in ("Zelenskiy", "vladimir putin", "Putin"):  # a near spelling, a folded name, an alias
        assert client.get(f"/actors/{ref}").status_code == 200, ref
        assert client.get("/events", params={"actor": ref}).status_code == 200, ref
        assert client.get("/neighbors/" + ref).status_code == 200, ref
    assert client.get("/actors/Zelenskiy").json()["name"] == "Volodymyr Zelenskyy"


# -- from an analyst's walkthrough of the API ------------------------------------------------------
@pytest.mark.parametrize(("param", "value"), [("from", "20251201"), ("to", "20251201"), ("from", "2025-W49-1"),
                                              ("from", "2025-12-1"), ("to", "2025-335")])
def test_dates_are_only_yyyy_mm_dd_never_silently_empty(client, param, value):
    body = assert_error_shape(client.get("/events", params={param: value}), 422)
    assert body["code"] == "E311" and "YYYY-MM-DD" in body["error"]


def test_accented_queries_find_unaccented_names(client):
    for q in ("Zelénskyy", "Zelenskýy", "Pútin"):
        names = [a["name"] for a in client.get("/actors", params={"q": q}).json()["items"]]
        assert names and all(n in ("Volodymyr Zelenskyy", "Vladimir Putin") for n in names), (q, names)
    assert client.get("/actors", params={"q": "Pútin"}).json()["items"][0]["name"] == "Vladimir Putin"
    assert client.get("/proposals", params={"q": "28-póint"}).json() == client.get(
        "/proposals", params={"q": "28-point"}).json()


@pytest.mark.parametrize("path", ["/actors/https://w3id.org/parley/id/actor/vladimir-putin",
                                  "/actors/https%3A%2F%2Fw3id.org%2Fparley%2Fid%2Factor%2Fvladimir-putin",
                                  "/proposals/https://w3id.org/parley/id/proposal/28-point-plan",
                                  "/proposals/https%3A%2F%2Fw3id.org%2Fparley%2Fid%2Fproposal%2F28-point-plan"])
def test_actor_and_proposal_urls_take_iris(client, path):
    r = client.get(path)
    assert r.status_code == 200, r.text[:300]
    assert r.json()["iri"] == "https://w3id.org/parley/id/" + path.split("id%2F")[-1].replace("%2F", "/").split("/id/")[-1]


def test_unknown_actor_404_says_which_forms_are_taken(client):
    body = assert_error_shape(client.get("/actors/https://w3id.org/parley/id/actor/nobody-at-all"), 404)
    assert "an id such as vladimir-putin" in body["error"] and "an IRI such as https://" in body["error"]


@pytest.mark.parametrize(("path", "params", "bad"), [
    ("/claims", {"by": "Russia", "claimant": "Russia"}, "claimant"), ("/positions", {"owner": "Putin"}, "owner"),
    ("/events", {"date": "2025-12-01"}, "date"), ("/actors", {"name": "Putin"}, "name")])
def test_unknown_parameters_are_422_naming_the_valid_ones(client, path, params, bad):
    body = assert_error_shape(client.get(path, params=params), 422)
    assert body["code"] == "E313" and repr(bad) in body["error"] and "limit" in body["error"]


def test_single_valued_parameters_given_twice_are_refused(client):
    body = assert_error_shape(client.get("/events?from=2025-12-01&from=2025-12-02"), 422)
    assert body["code"] == "E314" and "'from'" in body["error"]
    assert client.get("/events?limit=5&offset=0").status_code == 200  # paging stays valid


def test_repeated_filter_values_match_any_of_them(client):
    def iris(url: str) -> set[str]:
        return {x["iri"] for x in client.get(url + "&limit=500").json()["items"]}  # (params= would replace the query)

    both = iris("/events?type=CONSULT&type=ASSAULT")
    assert both == iris("/events?type=CONSULT") | iris("/events?type=ASSAULT") and iris("/events?type=ASSAULT")
    pair = iris("/positions?actor=Putin&actor=Zelenskyy")
    assert pair == iris("/positions?actor=Putin") | iris("/positions?actor=Zelenskyy")
    assert iris("/positions?actor=Putin") and iris("/positions?actor=Zelenskyy")
    assert iris("/positions?stance=support&stance=oppose") == (iris("/positions?stance=support")
                                                              | iris("/positions?stance=oppose"))


def test_claims_by_and_disputed_by_and_positions_by_holder(client):
    by = client.get("/claims", params={"by": "Russia"}).json()["items"]
    assert by and {c["by"]["name"] for c in by} == {"Russia"}
    assert by == client.get("/claims", params={"actor": "Russia"}).json()["items"]
    disputed = client.get("/claims", params={"disputed_by": "Ukraine"}).json()["items"]
    assert disputed and all("Ukraine" in [d["by"]["name"] for d in c["disputes"]] for c in disputed)
    assert not client.get("/claims", params={"disputed_by": "Donald Trump"}).json()["items"]
    held = client.get("/positions", params={"holder": "Putin"}).json()
    assert held["total"] and held == client.get("/positions", params={"actor": "Putin"}).json()


def test_actor_type_and_event_type_are_case_insensitive(client):
    assert client.get("/actors", params={"type": "person"}).json() == client.get(
        "/actors", params={"type": "Person"}).json()
    assert client.get("/positions", params={"stance": "OPPOSE"}).json()["total"] >= 1


def test_each_fact_says_whether_its_date_is_its_own_or_its_articles(client):
    statements = client.get("/statements", params={"limit": 500}).json()["items"]
    items = client.get("/events", params={"limit": 500}).json()["items"]
    for x in statements + items:
        assert x["date_source"] == ("stated" if x["date"] else "article"), x
    undated = next(x for x in items if x["date"] is None)
    assert undated["published"]
    # the date filters place it at its article's date, as the item says
    day = undated["published"]
    same = client.get("/events", params={"from": day, "to": day, "limit": 500}).json()["items"]
    assert undated["iri"] in [x["iri"] for x in same]
    assert all((x["date"] or x["published"]) == day for x in same)


def test_actor_lists_the_claims_it_disputed(client):
    ukraine = client.get("/actors/ukraine").json()
    d = next(x for x in ukraine["disputes"] if x["article"] == "sample-1")
    assert d["kind"] == "dispute" and d["by"]["name"] == "Ukraine"
    assert d["claim"]["by"]["name"] == "Russia" and d["evidence"]["text"] == "which Ukraine denied"


def test_sparql_page_says_when_the_row_cap_cut_the_answer(client):
    """This server's row cap is 5: the page, its twin and /sparql agree that rows were cut."""
    q = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 50"
    twin = client.get("/ui/sparql.json", params={"query": q}).json()
    assert (twin["rows"], twin["shown"], twin["truncated"], twin["row_cap"]) == (5, 5, True, 5)
    page = client.get("/ui/sparql", params={"query": q}).text
    assert "5 rows, cut at the server&#39;s row cap of 5" in page or "5 rows, cut at the server's row cap of 5" in page
    assert client.get("/sparql", params={"query": q}).headers["X-Parley-Truncated"] == "true"
