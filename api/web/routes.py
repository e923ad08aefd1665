"""The browsable Parley: server-rendered HTML pages under ``/ui``, each with a ``.json`` twin.

Pages live beside the JSON API rather than on its URLs so the API keeps its paths and
responses: ``/ui/actors/vladimir-putin`` is the page, ``/ui/actors/vladimir-putin.json`` the data
it was drawn from (a client that prefers ``application/json`` in Accept gets the same). The data
comes from graph.views / graph.pages; this module only picks the page and renders it.

A user error on a page is an HTML page with the same status and code; on a ``.json`` twin it is
the API's one error shape ``{"ok": false, "error", "code", "status"}``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.concurrency import run_in_threadpool

from api.state import AppState, state
from graph import pages, views
from graph.errors import ParleyError
from graph.ns import ID, ISSUE, PREFIXES, sparql_prefixes

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
STATIC_TYPES = {".css": "text/css", ".js": "text/javascript", ".svg": "image/svg+xml"}
MAX_TABLE_ROWS = 1000  # rows a SPARQL result table shows on the page
router = APIRouter(include_in_schema=False)

# -- links -----------------------------------------------------------------------------------------
_SECTIONS = {"actor": "actors", "proposal": "proposals", "place": "places", "issue": "issues",
             "article": "articles"}


def page_url(ref: dict[str, Any] | None) -> str | None:
    """The page of an entity reference (``{"kind", "id"}``) or an assertion (``{"iri"}``)."""
    if not ref:
        return None
    kind = ref.get("kind")
    if kind in _SECTIONS and ref.get("id"):
        return f"/ui/{_SECTIONS[kind]}/{quote(str(ref['id']), safe='')}"
    return iri_url(str(ref.get("iri") or ""))


def iri_url(iri: str) -> str | None:
    """The page that shows an IRI, if Parley has one."""
    fr = pages.fact_ref(iri)
    if fr:
        return f"/ui/facts/{quote(fr['article'], safe='')}/{fr['kind']}/{quote(fr['key'], safe='')}"
    if iri.startswith(str(ISSUE)):
        return "/ui/issues/" + quote(iri[len(str(ISSUE)):], safe="")
    if iri.startswith(str(ID)):
        kind, _, rest = iri[len(str(ID)):].partition("/")
        if kind in _SECTIONS and rest and "/" not in rest:
            return f"/ui/{_SECTIONS[kind]}/{quote(rest, safe='')}"
    return None


def evidence_url(fact: dict[str, Any]) -> str | None:
    """The highlighted sentence of a fact in its article: ``/ui/articles/{id}#f-kind-key``."""
    ev = fact.get("evidence") or {}
    art = ev.get("article") or fact.get("article")
    iri = fact.get("iri") or fact.get("assertion")
    if not art or not iri:
        return None
    return f"/ui/articles/{quote(art, safe='')}#{pages.fact_anchor(iri)}"


def _date(s: str | None) -> str:
    return s or "undated"


env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]),
                  trim_blocks=True, lstrip_blocks=True)
env.globals.update(page_url=page_url, iri_url=iri_url, evidence_url=evidence_url, kinds=pages.FACT_KINDS,
                   when=pages.when, fact_anchor=pages.fact_anchor)
env.filters["undated"] = _date
env.filters["tojson_attr"] = lambda v: json.dumps(v, ensure_ascii=False)


# -- rendering -------------------------------------------------------------------------------------
def wants_json(request: Request) -> bool:
    """True when Accept ranks application/json above text/html (content negotiation)."""
    from api.sparql import parse_accept

    for media, q in parse_accept(request.headers.get("accept")):
        if q <= 0:
            continue
        if media in ("application/json", "application/*"):
            return True
        if media in ("text/html", "text/*", "*/*", "application/xhtml+xml"):
            return False
    return False


def _split(ref: str) -> tuple[str, bool]:
    """``"putin.json"`` → ``("putin", True)``: the twin of a page is its URL plus ``.json``."""
    return (ref[:-5], True) if ref.endswith(".json") and len(ref) > 5 else (ref, False)


def _json_url(request: Request) -> str:
    path = request.url.path.rstrip("/") or "/ui"
    q = request.url.query
    return path + ".json" + (f"?{q}" if q else "")


def render(request: Request, template: str, data: dict[str, Any], *, title: str, status: int = 200,
           as_json: bool = False, canonical: str | None = None) -> Response:
    """The page, or its data when the client asked for JSON. ``canonical``: the permalink's path
    when the page was reached by another name (``/ui/actors/Vladimir%20Putin`` → its id URL)."""
    if as_json or wants_json(request):
        return JSONResponse(data, status_code=status, headers={"Vary": "Accept"})
    perma = str(request.url.replace(path=canonical, query="")) if canonical else str(request.url)
    html = env.get_template(template).render(data=data, title=title, request=request, permalink=perma,
                                             json_url=_json_url(request), path=request.url.path)
    return HTMLResponse(html, status_code=status, headers={"Vary": "Accept"})


def error_page(request: Request, exc: ParleyError) -> HTMLResponse:
    html = env.get_template("error.html").render(data=exc.to_json(), title=f"{exc.status}: {exc.code}",
                                                 request=request, permalink=str(request.url), json_url=None,
                                                 path=request.url.path)
    return HTMLResponse(html, status_code=exc.status)


async def page(request: Request, template: str, load: Callable[[AppState], dict[str, Any]], *,
               title: Callable[[dict[str, Any]], str], as_json: bool, section: str | None = None) -> Response:
    """Load a page's data in the thread pool; errors become an HTML page (or the JSON shape).
    ``section`` ("actors", …): an entity page, whose permalink is its id URL however it was named."""
    st = state(request)
    try:
        data = await run_in_threadpool(load, st)
    except ParleyError as exc:
        if as_json or wants_json(request):
            raise
        return error_page(request, exc)
    canonical = f"/ui/{section}/{quote(str(data['id']), safe='')}" if section and data.get("id") else None
    return render(request, template, data, title=title(data), as_json=as_json, canonical=canonical)


# -- home and search ---------------------------------------------------------------------------------
@router.get("/")
def root() -> RedirectResponse:
    """A browser opening the URL `parley serve` prints lands on the home page."""
    return RedirectResponse("/ui", status_code=307)


@router.get("/ui")
async def home(request: Request) -> Response:
    return await page(request, "home.html", lambda st: pages.home(st.store), title=lambda d: "Parley",
                      as_json=False)


@router.get("/ui.json")
async def home_json(request: Request) -> Response:
    return await page(request, "home.html", lambda st: pages.home(st.store), title=lambda d: "Parley",
                      as_json=True)


Q = Annotated[str, Query(max_length=200, description="part of a name, alias or headline")]


@router.get("/ui/search")
async def search(request: Request, q: Q = "") -> Response:
    return await page(request, "search.html", lambda st: pages.search(st.store, q),
                      title=lambda d: f"Search: {q}" if q else "Search", as_json=False)


@router.get("/ui/search.json")
async def search_json(request: Request, q: Q = "") -> Response:
    return await page(request, "search.html", lambda st: pages.search(st.store, q), title=lambda d: "",
                      as_json=True)


@router.get("/ui/suggest.json")
def suggest(request: Request, q: Q = "", limit: Annotated[int, Query(ge=1, le=50)] = 12) -> Any:
    """Autocomplete for the paths page: entity names and ids, best first."""
    return pages.suggest(state(request).store, q, limit=limit) if q.strip() else []


# -- articles, actors, proposals, places, issues, facts ----------------------------------------------


@router.get("/ui/articles/{ref}")
async def article(request: Request, ref: str) -> Response:
    aid, as_json = _split(ref)
    return await page(request, "article.html", lambda st: pages.article_page(st.store, aid),
                      title=lambda d: d.get("title") or aid, as_json=as_json)


def _actor(st: AppState, ref: str) -> dict[str, Any]:
    data = views.get_actor(st.store, ref)
    for key in ("positions", "demands_made", "demands_received", "events", "claims", "statements", "disputes"):
        for f in data[key]:
            f["anchor"] = pages.fact_anchor(f["iri"])
    data["timeline"] = pages.stance_series(data["positions"], "target")
    return data


# {ref:ref} (api/state.py): an IRI names an entity too, slashes and all, as /neighbors/{ref:path} takes it
@router.get("/ui/actors/{ref:ref}")
async def actor(request: Request, ref: str) -> Response:
    rid, as_json = _split(ref)
    return await page(request, "actor.html", lambda st: _actor(st, rid), title=lambda d: d["name"],
                      as_json=as_json, section="actors")


def _proposal(st: AppState, ref: str) -> dict[str, Any]:
    data = views.get_proposal(st.store, ref)
    positions = [p for s in views.STANCES for p in data["stances"][s]]
    for f in positions + data["events"]:
        f["anchor"] = pages.fact_anchor(f["iri"])
    data["timeline"] = pages.stance_series(positions, "holder")
    return data


@router.get("/ui/proposals/{ref:ref}")
async def proposal(request: Request, ref: str) -> Response:
    rid, as_json = _split(ref)
    return await page(request, "proposal.html", lambda st: _proposal(st, rid), title=lambda d: d["name"],
                      as_json=as_json, section="proposals")


@router.get("/ui/places/{ref:ref}")
async def place(request: Request, ref: str) -> Response:
    rid, as_json = _split(ref)
    return await page(request, "entity.html", lambda st: pages.entity_page(st.store, "place", rid),
                      title=lambda d: d["name"], as_json=as_json, section="places")


@router.get("/ui/issues/{ref:ref}")
async def issue(request: Request, ref: str) -> Response:
    rid, as_json = _split(ref)
    return await page(request, "entity.html", lambda st: pages.entity_page(st.store, "issue", rid),
                      title=lambda d: d["name"], as_json=as_json, section="issues")


@router.get("/ui/facts/{article_id}/{kind}/{key}")
async def fact(request: Request, article_id: str, kind: str, key: str) -> Response:
    k, as_json = _split(key)
    return await page(request, "fact.html", lambda st: pages.fact_page(st.store, article_id, kind, k),
                      title=lambda d: f"{d.get('kind', kind)} in {article_id}", as_json=as_json)


# -- paths -------------------------------------------------------------------------------------------
def _paths(st: AppState, src: str, dst: str, k: int, max_length: int) -> dict[str, Any]:
    data: dict[str, Any] = {"from_ref": src, "to_ref": dst, "k": k, "max_length": max_length, "result": None}
    if not src.strip() or not dst.strip():
        return data
    res = st.paths.paths(src, dst, k=k, max_length=max_length)
    for p in res["paths"]:
        for hop in p["hops"]:
            for r in hop["relations"]:
                r["anchor"] = pages.fact_anchor(r["assertion"]) if r["assertion"] else None
                r["url"] = evidence_url(r) if r["assertion"] and r.get("evidence") else None
                r["page"] = iri_url(r["assertion"]) if r["assertion"] else None
    data["result"] = res
    return data


async def _paths_page(request: Request, src: str, dst: str, k: int, max_length: int, as_json: bool) -> Response:
    st = state(request)
    try:
        data = await run_in_threadpool(_paths, st, src, dst, k, max_length)
    except ParleyError as exc:
        if as_json or wants_json(request):
            raise
        data = {"from_ref": src, "to_ref": dst, "k": k, "max_length": max_length, "result": None,
                "error": exc.to_json()}
        return render(request, "paths.html", data, title="Paths", status=exc.status)
    return render(request, "paths.html", data, title="Paths", as_json=as_json)


K = Annotated[int, Query(ge=1, le=10)]
MaxLen = Annotated[int, Query(ge=1, le=12)]
FromQ = Annotated[str, Query(alias="from", max_length=300)]


@router.get("/ui/paths")
async def paths(request: Request, from_: FromQ = "", to: Annotated[str, Query(max_length=300)] = "",
                k: K = 3, max_length: MaxLen = 6) -> Response:
    return await _paths_page(request, from_, to, k, max_length, False)


@router.get("/ui/paths.json")
async def paths_json(request: Request, from_: FromQ = "", to: Annotated[str, Query(max_length=300)] = "",
                     k: K = 3, max_length: MaxLen = 6) -> Response:
    return await _paths_page(request, from_, to, k, max_length, True)


# -- graph view --------------------------------------------------------------------------------------
View = Annotated[str, Query(description="actors or stances")]


@router.get("/ui/graph")
async def graph(request: Request, view: View = "actors") -> Response:
    return await page(request, "graph.html", lambda st: pages.graph_data(st.store, view),
                      title=lambda d: f"Graph: {view}", as_json=False)


@router.get("/ui/graph.json")
async def graph_json(request: Request, view: View = "actors") -> Response:
    return await page(request, "graph.html", lambda st: pages.graph_data(st.store, view), title=lambda d: "",
                      as_json=True)


# -- SPARQL ------------------------------------------------------------------------------------------
_POSITION = re.compile(r"\b(?:error )?at (\d+):(\d+)")
DEFAULT_QUERY = pages.EXAMPLE_QUERIES[0]["query"]


def _sparql_base(query: str | None) -> dict[str, Any]:
    return {"prefixes": PREFIXES, "prefix_lines": sparql_prefixes(), "examples": pages.EXAMPLE_QUERIES,
            "query": query if query is not None else DEFAULT_QUERY, "result": None, "error": None}


def error_position(query: str, line: int, column: int) -> dict[str, int]:
    """Line and column in the editor's text; past its end (the row cap adds a LIMIT line) → its end."""
    lines = query.split("\n")
    if line > len(lines) or line < 1:
        return {"line": len(lines), "column": len(lines[-1]) + 1}
    return {"line": line, "column": max(1, min(column, len(lines[line - 1]) + 1))}


async def _sparql_page(request: Request, query: str | None, as_json: bool) -> Response:
    """Run the query through the same engine as /sparql (workers, timeout, row cap); show the table."""
    from api.sparql import build_query_request, run_query

    st = state(request)
    data = _sparql_base(query)
    status = 200
    if query and query.strip():
        try:  # the engine declares graph.ns.PREFIXES, so error positions are the editor's own
            req = build_query_request(st, request, query, [("format", "json")])
            res = await run_query(st, req, query)
            body = json.loads(res.body)
            # one true count: the rows the engine answered (the worker may not count them: -1);
            # `shown` the rows the table draws, `truncated` whether the server's row cap cut them
            rows = len(body["results"]["bindings"]) if isinstance(body, dict) and "results" in body else None
            if rows is not None:
                body["results"]["bindings"] = body["results"]["bindings"][:MAX_TABLE_ROWS]
            data["result"] = body if isinstance(body, dict) and ("head" in body or "boolean" in body) else {
                "graph": res.body.decode("utf-8", "replace")}
            data["truncated"] = res.truncated
            data["rows"] = rows
            data["shown"] = min(rows, MAX_TABLE_ROWS) if rows is not None else None
            data["row_cap"] = st.settings.row_cap
        except ParleyError as exc:
            if as_json or wants_json(request):
                raise
            status = exc.status
            data["error"] = exc.to_json()
            m = _POSITION.search(exc.message)
            if m:
                data["error"].update(error_position(query, int(m.group(1)), int(m.group(2))))
    return render(request, "sparql.html", data, title="SPARQL", status=status, as_json=as_json)


@router.get("/ui/sparql")
async def sparql_page(request: Request, query: Annotated[str | None, Query(max_length=100_000)] = None) -> Response:
    return await _sparql_page(request, query, False)


@router.post("/ui/sparql")
async def sparql_form(request: Request, query: Annotated[str, Form(max_length=100_000)] = "") -> Response:
    """The editor's form without JavaScript: run it and show the page (the URL keeps a permalink)."""
    return await _sparql_page(request, query, False)


@router.get("/ui/sparql.json")
async def sparql_json(request: Request, query: Annotated[str | None, Query(max_length=100_000)] = None) -> Response:
    return await _sparql_page(request, query, True)


# -- static files ------------------------------------------------------------------------------------
@router.get("/ui/static/{name}")
def static(name: str) -> Response:
    """Our own CSS and JS (no CDN); only files in static/, nothing outside it."""
    path = STATIC / name
    if "/" in name or name.startswith(".") or path.suffix not in STATIC_TYPES or not path.is_file():
        raise ParleyError("E345", f"no static file {name!r}", status=404)
    return FileResponse(path, media_type=STATIC_TYPES[path.suffix], headers={"Cache-Control": "max-age=300"})


def sparql_link(query: str) -> str:
    return "/ui/sparql?" + urlencode({"query": query})


env.globals["sparql_link"] = sparql_link
