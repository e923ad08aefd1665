"""The web pages in a real browser: Debian's headless Chromium driven by Playwright (its own browser
downloads are never used) against a real uvicorn on 127.0.0.1 over seeds/ and two sample articles.

Set PARLEY_SCREENSHOTS=1 to write the screenshots into docs/screenshots/ (the README shows them);
otherwise they go to a temp folder and only their size is checked.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import urlencode

import pytest

from graph.pages import EXAMPLE_QUERIES
from tests.conftest import ROOT, SEED_ID

CHROMIUM = os.environ.get("PARLEY_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

if not Path(CHROMIUM).exists():
    pytest.skip(f"no Chromium at {CHROMIUM}: install Debian's `chromium` (.ci/run does)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (the [test] extra) is not installed")


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, web_base):
    """A fresh tab; any script error or failed request on a page fails the test."""
    ctx = browser.new_context(base_url=web_base, viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    problems: list[str] = []
    pg.on("pageerror", lambda e: problems.append(f"script error: {e}"))
    # a 4xx a test provokes (a bad query) is expected; a 5xx or a script error never is
    pg.on("console", lambda m: problems.append(f"console: {m.text}")
          if m.type == "error" and "status of 4" not in m.text else None)
    pg.set_default_timeout(10_000)
    yield pg
    ctx.close()
    assert not problems, problems


def expect(locator):
    return sync_api.expect(locator)


def test_search_actor_evidence_highlight_and_path(page):
    page.goto("/ui")
    page.get_by_label("Find an actor, proposal, place or article").fill("Putin")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/ui/search\?q=Putin"))
    page.locator("section.results").get_by_role("link", name="Vladimir Putin").click()
    page.wait_for_url("**/ui/actors/vladimir-putin")
    expect(page.locator("main h1")).to_contain_text("Vladimir Putin")

    # a statement's quote → its sentence, highlighted in the article
    item = page.locator("#statements li.fact").first
    anchor = item.get_attribute("data-anchor")
    item.get_by_role("link", name="in the article").click()
    page.wait_for_url(re.compile(rf"/ui/articles/{SEED_ID}#{anchor}$"))
    current = page.locator("#article-text mark.current")
    expect(current.first).to_be_visible()
    expect(current.first).to_be_in_viewport()
    shown = "".join(current.all_text_contents())
    quote = page.evaluate(f"fetch('/ui/articles/{SEED_ID}.json').then(r => r.json())")
    evidence = next(f["evidence"]["text"] for f in quote["facts"] if f["anchor"] == anchor)
    assert shown.replace("\n", "") == evidence.replace("\n", "")
    expect(page.locator(f".side li.fact[data-anchor='{anchor}']")).to_have_class(re.compile("current"))

    # back to the actor, on to a path with autocomplete
    page.go_back()
    page.get_by_role("link", name="Paths from Vladimir Putin").click()
    page.wait_for_url(re.compile(r"/ui/paths\?from=vladimir-putin"))
    to = page.get_by_label("To", exact=True)
    to.press_sequentially("Pokr", delay=30)
    expect(page.locator("#p-to-list option[value='Pokrovsk']")).to_have_count(1)
    to.fill("Pokrovsk")
    page.get_by_role("button", name="Find paths").click()
    page.wait_for_url(re.compile(r"to=Pokrovsk"))
    first = page.locator("figure.path").first
    expect(first.locator("svg circle").first).to_be_visible()
    expect(first.locator("blockquote").first).to_be_visible()
    first.get_by_role("link", name="in the article").first.click()
    page.wait_for_url(re.compile(r"/ui/articles/.+#f-"))
    expect(page.locator("#article-text mark.current").first).to_be_in_viewport()


def test_sparql_editor_runs_a_query_and_shows_errors_at_their_position(page):
    page.goto("/ui/sparql")
    editor = page.get_by_label(re.compile("^Query"))
    editor.fill("SELECT ?actor ?name WHERE {\n  ?actor a parley:State ; skos:prefLabel ?name\n} ORDER BY ?name")
    page.get_by_role("button", name="Run query").click()
    rows = page.locator("#sparql-results table.results tbody tr")
    expect(rows.first).to_be_visible()
    assert rows.count() >= 2
    expect(page.locator("#sparql-results a[href='/ui/actors/russia']")).to_have_text(
        "https://w3id.org/parley/id/actor/russia")
    assert "/ui/sparql?query=SELECT" in page.url  # the address bar is the query's permalink

    # an example fills the editor and runs (Ctrl+Enter runs too)
    page.get_by_role("link", name="Events by PLOVER type").click()
    expect(page.locator("#sparql-results thead th")).to_have_text(["?type", "?events"])

    editor.fill("SELECT ?x WHERE {\n  ?x ?y ?z FILTER(\n}")
    editor.press("Control+Enter")
    err = page.locator("#sparql-error")
    expect(err).to_be_visible()
    expect(err.locator(".pos")).to_contain_text("line")
    line = int(err.locator(".pos").get_attribute("data-line"))
    expect(page.locator("#sparql-gutter .bad")).to_have_text(str(line))
    expect(page.locator("#sparql-results table")).to_have_count(0)


def test_graph_view_filters_zooms_and_opens_a_page(page):
    page.goto("/ui/graph?view=actors")
    svg = page.locator("#graph")
    expect(svg.locator("g.gnode").first).to_be_visible()
    total_edges = svg.locator("line.gedge").count()
    assert total_edges > 0
    # keep one relation: fewer edges drawn, the status says so
    boxes = page.locator("#graph-filters input[name=relation]")
    for i in range(1, boxes.count()):
        boxes.nth(i).uncheck()
    visible = svg.locator("line.gedge:visible")
    assert 0 < visible.count() < total_edges
    expect(page.locator("#g-status")).to_contain_text(f"of {total_edges} edges")
    # a date range before everything hides every edge
    page.locator("#g-from").fill("2000-01-01")
    page.locator("#g-to").fill("2000-01-02")
    page.locator("#g-to").dispatch_event("change")
    expect(page.locator("#g-status")).to_contain_text(f"0 of {total_edges} edges")
    page.get_by_role("button", name="Reset view").click()
    expect(page.locator("#g-status")).to_contain_text(f"{total_edges} of {total_edges} edges")
    # zoom in changes the view box
    before = svg.get_attribute("viewBox")
    page.get_by_role("button", name="Zoom in").click()
    assert svg.get_attribute("viewBox") != before
    # drag a node: it moves and stays
    node = svg.locator("g.gnode[data-id='actor/vladimir-putin']")
    box = node.locator("circle").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + 80, box["y"] + 60, steps=5)
    page.mouse.up()
    moved = node.locator("circle").bounding_box()
    assert abs(moved["x"] - box["x"]) > 20
    # keyboard: focus a node and press Enter to open its page
    node.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/ui/actors/vladimir-putin")


def test_article_kind_toggles_and_keyboard_skip_link(page):
    page.goto(f"/ui/articles/{SEED_ID}")
    page.keyboard.press("Tab")
    expect(page.locator("a.skip")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    mark = page.locator("#article-text mark[data-kinds=statement]").first  # a statement's alone
    painted = mark.evaluate("m => getComputedStyle(m).backgroundColor")
    page.locator("#kind-filter").get_by_label(re.compile("statements")).uncheck()
    assert mark.evaluate("m => getComputedStyle(m).backgroundColor") != painted


SHOTS = [("home", "/ui"), ("article", f"/ui/articles/{SEED_ID}#f-event-5758ff43ed09"),
         ("actor", "/ui/actors/volodymyr-zelenskyy"), ("proposal", "/ui/proposals/28-point-plan"),
         ("paths", "/ui/paths?from=Putin&to=Pokrovsk&k=2"), ("graph", "/ui/graph?view=actors"),
         ("sparql", "/ui/sparql?" + urlencode({"query": EXAMPLE_QUERIES[0]["query"]}))]


def test_main_pages_render_on_wide_and_narrow_screens(browser, web_base, tmp_path):
    out = ROOT / "docs" / "screenshots" if os.environ.get("PARLEY_SCREENSHOTS") else tmp_path
    out.mkdir(parents=True, exist_ok=True)
    for width, suffix in ((1280, ""), (390, "-narrow")):
        ctx = browser.new_context(base_url=web_base, viewport={"width": width, "height": 860})
        pg = ctx.new_page()
        for name, url in SHOTS if not suffix else SHOTS[1:3]:
            assert pg.goto(url).ok, url
            pg.wait_for_load_state("networkidle")
            if name == "graph":
                pg.wait_for_selector("#graph[data-settled=true]", timeout=15_000)
            # nothing spills sideways, even on a phone
            assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), (name, width)
            path = out / f"{name}{suffix}.png"
            pg.screenshot(path=str(path))
            assert path.stat().st_size > 10_000
        ctx.close()


def test_highlight_toggles_keep_every_span_of_a_kind_that_stays_on(page):
    page.goto(f"/ui/articles/{SEED_ID}")
    transparent = "rgba(0, 0, 0, 0)"
    for only in ("statement", "claim", "dispute"):
        for box in page.locator("#kind-filter input[name=kind]").all():
            box.set_checked(box.get_attribute("value") == only)
        colours = page.evaluate("""k => Array.from(document.querySelectorAll('#article-text mark'))
            .map(m => [m.dataset.kinds.split(' ').includes(k), getComputedStyle(m).backgroundColor])""", only)
        kept = [c for has, c in colours if has]
        assert kept and all(c != transparent for c in kept), (only, kept.count(transparent), len(kept))
        assert all(c == transparent for has, c in colours if not has), only
    # all back on: each mark takes its first kind's colour again
    for box in page.locator("#kind-filter input[name=kind]").all():
        box.check()
    shows = page.evaluate("Array.from(document.querySelectorAll('#article-text mark'))"
                          ".map(m => [m.dataset.show, m.dataset.kinds.split(' ')[0]])")
    assert all(a == b for a, b in shows)


def test_sparql_editor_states_the_true_count_and_says_when_rows_are_cut(page):
    page.goto("/ui/sparql")
    page.locator("#sparql-query").fill("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 1500")
    page.get_by_role("button", name="Run query").click()
    expect(page.locator("#sparql-count")).to_have_text("1500 rows")
    expect(page.locator("#sparql-cut")).to_contain_text("first 1000 of 1500")
    assert page.locator("#sparql-results table tbody tr").count() == 1000

    # at the server's row cap (/sparql says so in X-Parley-Truncated) the editor says so too
    def capped(route):
        resp = route.fetch()
        route.fulfill(response=resp, headers={**resp.headers, "x-parley-truncated": "true",
                                              "x-parley-row-cap": "3"})
    page.route("**/sparql", capped)
    page.locator("#sparql-query").fill("SELECT ?s WHERE { ?s ?p ?o } LIMIT 3")
    page.get_by_role("button", name="Run query").click()
    expect(page.locator("#sparql-count")).to_have_text("3 rows, cut at the server's row cap of 3: the query has more")
    expect(page.locator("#sparql-cut")).to_have_count(0)


def test_nothing_spills_sideways_on_a_360px_phone(browser, web_base):
    """Long article ids, IRIs and names wrap (overflow-wrap: anywhere), measured in a real layout."""
    ctx = browser.new_context(base_url=web_base, viewport={"width": 360, "height": 740})
    pg = ctx.new_page()
    facts = pg.goto(f"/ui/articles/{SEED_ID}.json").json()["facts"]
    fact_pages = sorted({f"/ui/facts/{SEED_ID}/{f['kind']}/{f['iri'].rsplit('/', 1)[1]}" for f in facts
                         if f["kind"] in ("statement", "dispute", "claim")})[:3]
    urls = ["/ui/actors/vladimir-putin", "/ui/actors/ukraine", "/ui/actors/volodymyr-zelenskyy",
            "/ui/proposals/28-point-plan", f"/ui/articles/{SEED_ID}", "/ui/places/pokrovsk", *fact_pages]
    try:
        for url in urls:
            assert pg.goto(url).ok, url
            wide = pg.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            assert wide[0] <= wide[1] + 1, (url, wide)
    finally:
        ctx.close()
