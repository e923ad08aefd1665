"""The web pages over plain HTTP (no browser): every page answers HTML, has a `.json` twin and a
permalink, errors keep one shape, and the existing JSON API is untouched. A real uvicorn on
127.0.0.1 over seeds/ plus two hand-built articles (tests/web_store.py)."""

from __future__ import annotations

import re

import httpx
import lxml.html
import pyoxigraph
import pytest

from tests.conftest import SEED_ID
from tests.served import assert_error_shape

ARTICLE = f"/ui/articles/{SEED_ID}"
PAGES = [  # (page, its JSON twin, a key the twin holds)
    ("/ui", "/ui.json", "counts"),
    ("/ui/search?q=putin", "/ui/search.json?q=putin", "actors"),
    (ARTICLE, ARTICLE + ".json", "segments"),
    ("/ui/actors/vladimir-putin", "/ui/actors/vladimir-putin.json", "timeline"),
    ("/ui/proposals/28-point-plan", "/ui/proposals/28-point-plan.json", "stances"),
    ("/ui/places/pokrovsk", "/ui/places/pokrovsk.json", "facts"),
    ("/ui/paths?from=Putin&to=Pokrovsk", "/ui/paths.json?from=Putin&to=Pokrovsk", "result"),
    ("/ui/graph?view=stances", "/ui/graph.json?view=stances", "edges"),
    ("/ui/sparql", "/ui/sparql.json", "examples"),
]


@pytest.fixture(scope="module")
def client(web_base):
    with httpx.Client(base_url=web_base, timeout=30) as c:
        yield c


def html(r: httpx.Response) -> lxml.html.HtmlElement:
    assert r.headers["content-type"].startswith("text/html"), r.headers["content-type"]
    return lxml.html.fromstring(r.text)


@pytest.mark.parametrize(("page", "twin", "key"), PAGES)
def test_every_page_is_html_with_a_json_twin_and_a_permalink(client, page, twin, key):
    r = client.get(page)
    assert r.status_code == 200, r.text[:500]
    doc = html(r)
    assert doc.xpath("//main//h1"), "every page has a heading"
    assert doc.xpath("//a[@rel='bookmark']/@href")[0].endswith(page.split("/ui", 1)[1] or "/ui")
    assert doc.xpath("//a[contains(@class,'json-twin')]/@href") == [twin]
    j = client.get(twin)
    assert j.status_code == 200 and j.headers["content-type"].startswith("application/json")
    assert key in j.json()


def test_a_client_preferring_json_gets_the_twin_from_the_page_url(client):
    page = client.get("/ui/actors/vladimir-putin", headers={"Accept": "application/json"})
    twin = client.get("/ui/actors/vladimir-putin.json")
    assert page.headers["content-type"].startswith("application/json")
    assert page.json() == twin.json()
    assert "Accept" in page.headers["vary"]


def test_the_root_sends_a_browser_to_the_home_page(client):
    r = client.get("/", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/ui"


def test_home_counts_every_kind_and_lists_articles_by_date(client):
    doc = html(client.get("/ui"))
    counts = dict(zip(doc.xpath("//dl[@class='counts']//dt/text()"), doc.xpath("//dl[@class='counts']//dd/text()"),
                      strict=True))
    assert int(counts["articles"]) == 3 and int(counts["actors"]) >= 10
    dates = doc.xpath("//section[@aria-labelledby='arts-h']//h3/time/text()")
    assert dates == sorted(dates, reverse=True) and "2025-12-10" in dates
    assert doc.xpath(f"//a[@href='{ARTICLE}']")
    assert doc.xpath("//form[@role='search' and @action='/ui/search']//input[@name='q']")


def test_search_finds_actors_by_alias_proposals_places_and_articles(client):
    found = client.get("/ui/search.json", params={"q": "zelensky"}).json()
    assert [a["name"] for a in found["actors"]] == ["Volodymyr Zelenskyy"]
    assert found["actors"][0]["matched"] == "Zelensky"
    plan = client.get("/ui/search.json", params={"q": "28-point"}).json()
    assert "28-point-plan" in [p["id"] for p in plan["proposals"]]
    assert [p["name"] for p in client.get("/ui/search.json", params={"q": "pokrov"}).json()["places"]] == ["Pokrovsk"]
    assert [a["id"] for a in client.get("/ui/search.json", params={"q": "softens"}).json()["articles"]] == ["sample-2"]
    doc = html(client.get("/ui/search", params={"q": "zelensky"}))
    assert doc.xpath("//a[@href='/ui/actors/volodymyr-zelenskyy']/text()") == ["Volodymyr Zelenskyy"]
    none = html(client.get("/ui/search", params={"q": "no such thing at all"}))
    assert "Nothing matches" in none.text_content()


def test_search_text_over_the_limit_is_a_422_in_the_one_error_shape(client):
    assert_error_shape(client.get("/ui/search.json", params={"q": "x" * 201}), 422)


def test_autocomplete_suggests_names_best_match_first(client):
    items = client.get("/ui/suggest.json", params={"q": "pok"}).json()
    assert items[0]["name"] == "Pokrovsk" and items[0]["kind"] == "place"
    assert client.get("/ui/suggest.json", params={"q": " "}).json() == []


def test_article_page_highlights_each_fact_at_its_evidence_span(client):
    data = client.get(ARTICLE + ".json").json()
    text = data["text"]
    assert "".join(s["text"] for s in data["segments"]) == text
    assert len(data["facts"]) == sum(data["counts"].values())
    doc = html(client.get(ARTICLE))
    for f in data["facts"]:
        ev = f["evidence"]
        covered = "".join(s["text"] for s in data["segments"] if f["anchor"] in s["facts"])
        assert covered == text[ev["start"]:ev["end"]] == ev["text"]
        assert doc.get_element_by_id(f["anchor"]) is not None, f["anchor"]
        marks = doc.xpath(f"//mark[contains(concat(' ', @data-facts, ' '), ' {f['anchor']} ')]")
        assert "".join(m.text_content() for m in marks).replace("\n", "") == ev["text"].replace("\n", "")
    kinds = {c for m in doc.xpath("//div[@id='article-text']//mark") for c in m.get("class").split()}
    assert {"k-event", "k-position", "k-demand", "k-claim", "k-statement", "k-dispute"} <= kinds
    # the facts beside the text link to their actors and to their own pages
    side = doc.xpath("//aside[@class='side']")[0]
    assert side.xpath(".//a[@href='/ui/actors/vladimir-putin']")
    assert side.xpath(".//a[starts-with(@href, '/ui/facts/')]")


def test_actor_page_shows_roles_aliases_timeline_and_quotes_linking_to_their_sentence(client):
    doc = html(client.get("/ui/actors/volodymyr-zelenskyy"))
    assert "Zelensky" in doc.xpath("//dd[@class='aliases']")[0].text_content()
    assert "president" in doc.xpath("//dd[@class='roles']")[0].text_content()
    dots = doc.xpath("//figure[@class='timeline']//circle")
    assert {d.get("class") for d in dots} >= {"dot stance-oppose", "dot stance-conditional"}
    links = doc.xpath("//section[@id='statements']//a[@class='evidence-link']/@href")
    assert links and all("#f-statement-" in h for h in links)
    # every quote link resolves to a sentence anchored on its article page
    art, _, anchor = links[0].partition("#")
    assert html(client.get(art)).get_element_by_id(anchor) is not None


def test_proposal_page_shows_who_supports_opposes_and_how_that_changed(client):
    data = client.get("/ui/proposals/28-point-plan.json").json()
    assert [p["holder"]["name"] for p in data["stances"]["support"]] == ["Vladimir Putin"]
    zel = next(r for r in data["timeline"] if r["label"] == "Volodymyr Zelenskyy")
    assert zel["changed"] and zel["stances"] == ["oppose", "conditional"]
    doc = html(client.get("/ui/proposals/28-point-plan"))
    row = doc.xpath("//table[@class='stances']//tr[@class='changed']")[0]
    assert "oppose → conditional" in row.text_content()
    assert "Donald Trump" in doc.xpath("//dd[@class='proposers']")[0].text_content()


def test_fact_page_shows_the_assertion_and_links_to_its_highlight(client):
    data = client.get(ARTICLE + ".json").json()
    claim = next(f for f in data["facts"] if f["kind"] == "claim")
    key = claim["iri"].rsplit("/", 1)[1]
    doc = html(client.get(f"/ui/facts/{SEED_ID}/claim/{key}"))
    assert doc.xpath("//blockquote")[0].text_content() == claim["evidence"]["text"]
    assert doc.xpath("//a[@class='evidence-link']/@href") == [f"{ARTICLE}#{claim['anchor']}"]
    assert client.get(f"/ui/facts/{SEED_ID}/claim/{key}.json").json()["iri"] == claim["iri"]


def test_paths_page_draws_paths_with_evidence_for_each_hop(client):
    doc = html(client.get("/ui/paths", params={"from": "Putin", "to": "Pokrovsk", "k": 2}))
    figures = doc.xpath("//figure[@class='path']")
    assert 1 <= len(figures) <= 2
    assert figures[0].xpath(".//svg//circle") and figures[0].xpath(".//blockquote")
    assert figures[0].xpath(".//a[@class='evidence-link' and contains(@href, '#f-')]")
    assert doc.xpath("//input[@name='from']/@value") == ["Putin"]


def test_paths_page_without_names_shows_the_form_and_unknown_names_a_404(client):
    blank = client.get("/ui/paths")
    assert blank.status_code == 200 and html(blank).xpath("//input[@data-suggest]")
    bad = client.get("/ui/paths", params={"from": "Putin", "to": "Atlantis"})
    assert bad.status_code == 404
    assert "E322" in html(bad).xpath("//p[@role='alert']")[0].text_content()
    assert_error_shape(client.get("/ui/paths.json", params={"from": "Putin", "to": "Atlantis"}), 404)


def test_graph_page_embeds_the_view_and_links_the_gephi_exports(client):
    doc = html(client.get("/ui/graph", params={"view": "actors"}))
    assert doc.xpath("//a[@href='/export/actors.gexf']") and doc.xpath("//a[@href='/export/actors.graphml']")
    data = client.get("/ui/graph.json", params={"view": "actors"}).json()
    ids = {n["id"] for n in data["nodes"]}
    assert data["edges"] and all(e["source"] in ids and e["target"] in ids for e in data["edges"])
    assert set(data["relations"]) == {e["relation"] for e in data["edges"]}
    assert data["date_min"] <= data["date_max"]
    assert_error_shape(client.get("/ui/graph.json", params={"view": "everything"}), 404)


def test_sparql_page_runs_a_query_server_side_with_linked_results(client):
    q = "SELECT ?a ?name WHERE { ?a a parley:Person ; skos:prefLabel ?name } ORDER BY ?name"
    doc = html(client.get("/ui/sparql", params={"query": q}))
    assert doc.xpath("//textarea[@name='query']")[0].text_content() == q
    assert doc.xpath("//table[@class='results']//a[@href='/ui/actors/vladimir-putin']")
    posted = client.post("/ui/sparql", data={"query": q})
    assert posted.status_code == 200 and "/ui/actors/vladimir-putin" in posted.text
    twin = client.get("/ui/sparql.json", params={"query": q}).json()
    assert twin["result"]["head"]["vars"] == ["a", "name"] and "parley" in twin["prefixes"]


def test_sparql_page_shows_a_syntax_error_at_its_line_and_column(client):
    q = "SELECT ?x WHERE {\n  ?x ?y ?z FILTER(\n}"
    with pytest.raises(SyntaxError) as raised:  # where the engine itself puts the error
        pyoxigraph.Store().query(q)
    line, col = re.search(r"at (\d+):(\d+)", str(raised.value)).groups()
    assert line in ("2", "3")
    r = client.get("/ui/sparql", params={"query": q})
    assert r.status_code == 400
    pos = html(r).xpath("//span[@class='pos']")[0]
    assert (pos.get("data-line"), pos.get("data-column")) == (line, col)
    assert html(r).xpath("//pre[@class='caret']")[0].text_content().splitlines()[0] == q.split("\n")[int(line) - 1]
    assert_error_shape(client.get("/ui/sparql.json", params={"query": "SELEKT"}), 400)


@pytest.mark.parametrize("path", ["/ui/actors/nobody", "/ui/proposals/nothing", "/ui/places/atlantis",
                                  "/ui/articles/missing", "/ui/issues/none", f"/ui/facts/{SEED_ID}/event/0000"])
def test_unknown_things_are_404_pages_and_404_json_twins(client, path):
    page = client.get(path)
    assert page.status_code == 404
    assert html(page).xpath("//p[@role='alert']/code/text()")[0].startswith("E")
    assert_error_shape(client.get(path + ".json"), 404)


def test_static_files_come_from_the_app_and_nothing_else_does(client):
    css = client.get("/ui/static/parley.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert client.get("/ui/static/graph.js").headers["content-type"].startswith("text/javascript")
    for bad in ("/ui/static/..%2Froutes.py", "/ui/static/routes.py", "/ui/static/.hidden.js"):
        assert_error_shape(client.get(bad), 404)
    for page in ("/ui", "/ui/graph", "/ui/sparql", ARTICLE):  # works offline: no CDN, nothing fetched elsewhere
        doc = html(client.get(page))
        assets = doc.xpath("//script/@src | //link[@rel='stylesheet' or @rel='icon']/@href | //img/@src")
        assert assets and all(a.startswith(("/ui/static/", "data:")) for a in assets), assets


def test_the_json_api_keeps_its_urls_and_answers(client):
    r = client.get("/actors/vladimir-putin", headers={"Accept": "text/html"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    assert r.json()["name"] == "Vladimir Putin"
    assert client.get(f"/articles/{SEED_ID}").json()["id"] == SEED_ID


# -- from an analyst's walkthrough of the pages ------------------------------------------------------
def test_dispute_links_land_on_a_marked_span(client):
    data = client.get(ARTICLE + ".json").json()
    doc = html(client.get(ARTICLE))
    disputes = [f for f in data["facts"] if f["kind"] == "dispute"]
    assert disputes and data["counts"]["dispute"] == len(disputes)
    for f in disputes:
        assert doc.get_element_by_id(f["anchor"]) is not None
        marks = doc.xpath(f"//mark[contains(concat(' ', @data-facts, ' '), ' {f['anchor']} ')]")
        assert "".join(m.text_content() for m in marks).replace("\n", "") == f["evidence"]["text"].replace("\n", "")
        assert all("k-dispute" in m.get("class").split() for m in marks)
        # the dispute's own page links to that highlight
        key = f["iri"].rsplit("/", 1)[1]
        page = html(client.get(f"/ui/facts/{SEED_ID}/dispute/{key}"))
        assert page.xpath("//a[@class='evidence-link']/@href") == [f"{ARTICLE}#{f['anchor']}"]
    # and so do the graph page's "disputes" edges
    graph = html(client.get("/ui/graph", params={"view": "actors"}))
    links = [h for h in graph.xpath("//a/@href") if "#f-dispute-" in h]
    assert links
    for h in links:
        art, _, anchor = h.partition("#")
        assert html(client.get(art)).xpath(f"//mark[contains(concat(' ', @data-facts, ' '), ' {anchor} ')]"), h


def test_every_kind_a_mark_carries_is_on_it(client):
    doc = html(client.get(ARTICLE))
    marks = doc.xpath("//div[@id='article-text']//mark")
    several = 0
    for m in marks:
        kinds = m.get("data-kinds").split()
        assert set(m.get("class").split()) == {f"k-{k}" for k in kinds}
        assert m.get("data-show") == kinds[0]
        several += len(kinds) > 1
    assert several, "the sample has spans shared by facts of several kinds"
    statements = [m for m in marks if "statement" in m.get("data-kinds").split()]
    assert len(doc.xpath("//div[@id='article-text']//mark[contains(concat(' ', @class, ' '), ' k-statement ')]")) \
        == len(statements)


def test_entity_pages_take_iris_and_their_permalink_is_the_id_url(client):
    for path in ("/ui/actors/https://w3id.org/parley/id/actor/vladimir-putin",
                 "/ui/actors/https%3A%2F%2Fw3id.org%2Fparley%2Fid%2Factor%2Fvladimir-putin",
                 "/ui/actors/Vladimir%20Putin", "/ui/actors/vladimir-putin"):
        r = client.get(path)
        assert r.status_code == 200, path
        perma = html(r).xpath("//a[@rel='bookmark']/@href")[0]
        assert perma.endswith("/ui/actors/vladimir-putin") and " " not in perma, (path, perma)
    twin = client.get("/ui/actors/https://w3id.org/parley/id/actor/vladimir-putin.json").json()
    assert twin["id"] == "vladimir-putin"
    plan = client.get("/ui/proposals/https://w3id.org/parley/id/proposal/28-point-plan")
    assert plan.status_code == 200


def test_accented_searches_find_unaccented_names(client):
    for q in ("Zelénskyy", "Zelenskýy"):
        found = client.get("/ui/search.json", params={"q": q}).json()
        assert [a["name"] for a in found["actors"]] == ["Volodymyr Zelenskyy"], q
        assert client.get("/ui/suggest.json", params={"q": q}).json()[0]["name"] == "Volodymyr Zelenskyy"
    assert client.get("/ui/suggest.json", params={"q": "Pókrovsk"}).json()[0]["name"] == "Pokrovsk"


def test_sparql_page_states_the_true_count_and_notes_rows_the_table_cuts(client):
    q = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 1500"
    twin = client.get("/ui/sparql.json", params={"query": q}).json()
    assert (twin["rows"], twin["shown"], twin["truncated"]) == (1500, 1000, False)
    doc = html(client.get("/ui/sparql", params={"query": q}))
    assert doc.xpath("//p[@id='sparql-count']")[0].text_content().startswith("1500 rows")
    assert "first 1000 of 1500" in doc.xpath("//p[@id='sparql-cut']")[0].text_content()
    assert len(doc.xpath("//table[@class='results']/tbody/tr")) == 1000
    small = client.get("/ui/sparql.json", params={"query": "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3"}).json()
    assert (small["rows"], small["shown"], small["truncated"]) == (3, 3, False)
    assert not html(client.get("/ui/sparql", params={"query": "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3"})).xpath(
        "//p[@id='sparql-cut']")


def test_dates_from_the_article_are_marked_as_such_on_every_page(client):
    actor = client.get("/ui/actors/volodymyr-zelenskyy.json").json()
    fallback = next(p for p in actor["statements"] + actor["positions"] if p["date_source"] == "article")
    doc = html(client.get("/ui/actors/volodymyr-zelenskyy"))
    item = doc.xpath(f"//li[@data-anchor='{fallback['anchor']}']")[0]
    assert "(article date)" in item.xpath(".//span[contains(@class,'when')]")[0].text_content()
    kind, key = fallback["iri"].rsplit("/", 2)[1:]
    fact = html(client.get(f"/ui/facts/{fallback['article']}/{kind}/{key}"))
    assert "none stated" in fact.xpath("//dd[@class='date']")[0].text_content()
    stated = next(p for p in actor["statements"] + actor["positions"] if p["date_source"] == "stated")
    item = doc.xpath(f"//li[@data-anchor='{stated['anchor']}']")[0]
    assert "(article date)" not in item.text_content()


def test_actor_page_lists_the_claims_it_disputed(client):
    doc = html(client.get("/ui/actors/ukraine"))
    items = doc.xpath("//section[@id='disputes']//li[contains(@class,'fact')]")
    assert items and any("Russia" in li.text_content() and "captured Pokrovsk" in li.text_content() for li in items)


def test_a_quoted_link_a_path_hop_points_at_lands_on_a_mark(client):
    """A membership hop's "in the article" link (#f-grounding-…) must find its sentence marked."""
    doc = html(client.get(ARTICLE))
    marked = {a for m in doc.xpath("//div[@id='article-text']//mark") for a in m.get("data-facts").split()}
    groundings = {a for a in marked if a.startswith("f-grounding-")}
    assert groundings, "the seed states affiliations (Kremlin aide Yuri Ushakov …)"
    assert doc.xpath("//fieldset[@id='kind-filter']//input[@value='link']")
