"""The JSON API: actors, proposals, assertions, articles, timeline, stats, paths, ingestion.

Routes are plain ``def`` so FastAPI runs them in its thread pool (pyoxigraph releases the GIL);
the views they call live in graph/ and know nothing of HTTP.
"""

from __future__ import annotations

import hashlib
import json
from typing import Annotated, Any, get_args, get_origin

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from api.models import (
    ActorDetail,
    ActorSummary,
    ArticleDetail,
    ArticleIn,
    ArticleSummary,
    Assertion,
    ErrorOut,
    IngestOut,
    NeighborsOut,
    Page,
    PathsOut,
    ProposalDetail,
    ProposalSummary,
)
from api.state import AppState, state
from graph import views
from graph.errors import ParleyError

ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorOut, "description": "unknown id or name"},
    422: {"model": ErrorOut, "description": "bad parameters"},
}


def _is_list(annotation: Any) -> bool:
    return get_origin(annotation) is list or any(_is_list(a) for a in get_args(annotation))


def strict_query(request: Request) -> None:
    """A query parameter the route does not take is a 422 naming the ones it does (``/claims?by=``
    used to return every claim), and a single-valued one given twice is a 422 too (the last one
    silently won); list filters (``?type=A&type=B``) take each value and match any."""
    if request.method not in ("GET", "HEAD"):
        return  # POST /articles reads text/plain metadata from the query string itself
    dep = getattr(request.scope.get("route"), "dependant", None)
    if dep is None:
        return
    fields = {f.alias: f for f in dep.query_params}
    for key in dict.fromkeys(request.query_params.keys()):
        field = fields.get(key)
        if field is None:
            valid = ", ".join(sorted(fields)) or "no parameters"
            raise ParleyError("E313", f"unknown parameter {key!r} for {request.url.path}; it takes: {valid}",
                              status=422)
        if len(request.query_params.getlist(key)) > 1 and not _is_list(field.field_info.annotation):
            raise ParleyError("E314", f"{key!r} given more than once; it takes one value", status=422)


router = APIRouter(responses=ERRORS, dependencies=[Depends(strict_query)])

Limit = Annotated[int, Query(ge=1, le=views.MAX_LIMIT, description="page size")]
Offset = Annotated[int, Query(ge=0, le=views.MAX_OFFSET, description="items to skip")]
Ref = Annotated[list[str] | None, Query(description="id, IRI or name/alias, read as /paths reads names (accents and "
                                                   "case folded, near spellings last); repeat it to match any of several")]
Id = Annotated[str, Path(min_length=1, max_length=2000, description="an id, an IRI or a name")]


def _res(st: AppState, refs: list[str] | None, kind: str) -> list[str] | None:
    """IRIs for each name, id or IRI given (a repeated filter matches any of them)."""
    return [views.resolve(st.store, r, kind) for r in refs] if refs else None


def _either(*groups: list[str] | None) -> list[str] | None:
    """Several parameters meaning one filter (``actor=`` and ``holder=``) as one list."""
    vals = [v for g in groups if g for v in g]
    return vals or None


@router.get("/actors", response_model=Page[ActorSummary], tags=["actors"], summary="Actors, by name/alias search and type")
def actors(request: Request, q: Annotated[str | None, Query(description="part of a name or alias")] = None,
           type: Annotated[str | None, Query(description="Person, State, Organization or Group (any case)")] = None,
           limit: Limit = 50, offset: Offset = 0) -> Any:
    return views.list_actors(state(request).store, q, type, limit=limit, offset=offset)


@router.get("/actors/{actor_id:ref}", response_model=ActorDetail, tags=["actors"],
            summary="One actor: aliases, roles, affiliations, positions, demands, events, statements")
def actor(request: Request, actor_id: Id) -> Any:
    return views.get_actor(state(request).store, actor_id)


@router.get("/proposals", response_model=Page[ProposalSummary], tags=["proposals"])
def proposals(request: Request, q: str | None = None, limit: Limit = 50, offset: Offset = 0) -> Any:
    return views.list_proposals(state(request).store, q, limit=limit, offset=offset)


@router.get("/proposals/{proposal_id:ref}", response_model=ProposalDetail, tags=["proposals"],
            summary="One proposal: versions, who supports, opposes or sets conditions")
def proposal(request: Request, proposal_id: Id) -> Any:
    return views.get_proposal(state(request).store, proposal_id)


@router.get("/events", response_model=Page[Assertion], tags=["facts"],
            summary="Events by PLOVER type, actor, place, proposal and date range")
def events(request: Request,
           type: Annotated[list[str] | None, Query(description="PLOVER category, e.g. ASSAULT (any case); "
                                                   "repeat it to match any of several")] = None,
           actor: Ref = None, place: Ref = None, proposal: Ref = None,
           date_from: Annotated[str | None, Query(alias="from", description="YYYY-MM-DD; a fact's own date, "
                                                  "else its article's (date_source)")] = None,
           date_to: Annotated[str | None, Query(alias="to", description="YYYY-MM-DD, as from")] = None,
           limit: Limit = 50, offset: Offset = 0) -> Any:
    st = state(request)
    return views.list_assertions(st.store, kinds=["event"], type=type, actor=_res(st, actor, "actor"),
                                 place=_res(st, place, "place"), proposal=_res(st, proposal, "proposal"),
                                 date_from=date_from, date_to=date_to, limit=limit, offset=offset)


@router.get("/positions", response_model=Page[Assertion], tags=["facts"])
def positions(request: Request, actor: Ref = None,
              holder: Annotated[list[str] | None, Query(description="the same as actor=: who holds it")] = None,
              proposal: Ref = None,
              stance: Annotated[list[str] | None, Query(description="support, oppose, mixed, conditional; "
                                                    "repeat it to match any of several")] = None,
              limit: Limit = 50, offset: Offset = 0) -> Any:
    st = state(request)
    return views.list_assertions(st.store, kinds=["position"], actor=_res(st, _either(actor, holder), "actor"),
                                 proposal=_res(st, proposal, "proposal"), stance=stance, limit=limit,
                                 offset=offset)


@router.get("/demands", response_model=Page[Assertion], tags=["facts"])
def demands(request: Request, by: Ref = None, of: Ref = None, actor: Ref = None, limit: Limit = 50,
            offset: Offset = 0) -> Any:
    st = state(request)
    return views.list_assertions(st.store, kinds=["demand"], by=_res(st, by, "actor"), of=_res(st, of, "actor"),
                                 actor=_res(st, actor, "actor"), limit=limit, offset=offset)


@router.get("/claims", response_model=Page[Assertion], tags=["facts"], summary="Claims with their disputes")
def claims(request: Request, actor: Ref = None,
           by: Annotated[list[str] | None, Query(description="the same as actor=: who claims it")] = None,
           disputed: bool | None = None,
           disputed_by: Annotated[list[str] | None, Query(description="who disputed it")] = None,
           limit: Limit = 50, offset: Offset = 0) -> Any:
    st = state(request)
    return views.list_assertions(st.store, kinds=["claim"], actor=_res(st, _either(actor, by), "actor"),
                                 disputed=disputed, disputed_by=_res(st, disputed_by, "actor"),
                                 limit=limit, offset=offset)


@router.get("/statements", response_model=Page[Assertion], tags=["facts"])
def statements(request: Request, actor: Ref = None, limit: Limit = 50, offset: Offset = 0) -> Any:
    st = state(request)
    return views.list_assertions(st.store, kinds=["statement"], actor=_res(st, actor, "actor"),
                                 limit=limit, offset=offset)


@router.get("/timeline", response_model=Page[Assertion], tags=["facts"],
            summary="Everything involving one actor or one proposal, oldest first")
def timeline(request: Request, actor: Ref = None, proposal: Ref = None, limit: Limit = 100,
             offset: Offset = 0) -> Any:
    st = state(request)
    if (actor is None) == (proposal is None):
        raise ParleyError("E330", "give exactly one of ?actor= or ?proposal=", status=422)
    kinds = list(views.KIND_CLASS) if actor else ["event", "position"]
    return views.list_assertions(st.store, kinds=kinds, actor=_res(st, actor, "actor"),
                                 proposal=_res(st, proposal, "proposal"), limit=limit, offset=offset)


@router.get("/articles", response_model=Page[ArticleSummary], tags=["articles"])
def articles(request: Request, limit: Limit = 50, offset: Offset = 0) -> Any:
    return views.list_articles(state(request).store, limit=limit, offset=offset)


@router.get("/articles/{article_id}", response_model=ArticleDetail, tags=["articles"])
def article(request: Request, article_id: Id) -> Any:
    return views.article_meta(state(request).store, article_id)


@router.get("/articles/{article_id}/facts", tags=["articles"], summary="The facts view of one article")
def article_facts(request: Request, article_id: Id) -> Any:
    from graph.facts import facts_view

    return facts_view(state(request).store, article_id)


@router.get("/stats", tags=["articles"], response_model=dict[str, int], summary="What the store holds")
def stats(request: Request) -> Any:
    from graph.query import stats as _stats

    return _stats(state(request).store)


@router.get("/paths", response_model=PathsOut, response_model_by_alias=True, tags=["paths"],
            summary="Shortest paths between two entities, each hop with its evidence")
def paths(request: Request, from_: Annotated[str, Query(alias="from", min_length=1, description="name, alias, id or IRI")],
          to: Annotated[str, Query(min_length=1)], k: Annotated[int, Query(ge=1, le=20)] = 1,
          max_length: Annotated[int, Query(ge=1, le=12)] = 6,
          relation: Annotated[list[str] | None, Query(description="keep only these relations")] = None) -> Any:
    return state(request).paths.paths(from_, to, k=k, max_length=max_length, relations=relation)


@router.get("/neighbors/{ref:path}", response_model=NeighborsOut, tags=["paths"],
            summary="Nodes within `depth` hops; takes the ids the API returns (event ids contain '/') or IRIs")
def neighbors(request: Request, ref: Annotated[str, Path(min_length=1, max_length=2000)],
              depth: Annotated[int, Query(ge=1, le=3)] = 1) -> Any:
    return state(request).paths.neighbors(ref, depth)


# -- writes ---------------------------------------------------------------------------------------
async def _article_in(request: Request, max_body: int) -> ArticleIn:
    body = await request.body()
    if len(body) > max_body:
        raise ParleyError("E331", f"the article is over the {max_body} byte limit", status=413)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ParleyError("E332", f"the body is not UTF-8 (byte {exc.start})", status=415) from None
    media = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
    try:
        if media == "application/json":
            try:
                data = json.loads(text)
            except json.JSONDecodeError as exc:
                raise ParleyError("E333", f"malformed JSON: {exc}", status=400) from None
            if not isinstance(data, dict):
                raise ParleyError("E333", "the JSON body must be an object with at least `text`", status=422)
            return ArticleIn.model_validate(data)
        if media == "text/plain":
            params = dict(request.query_params)
            return ArticleIn.model_validate({**params, "text": text})
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err.get("loc", ()))
        msg = str(err.get("msg", "invalid")).removeprefix("Value error, ")
        raise ParleyError("E334", f"{where}: {msg}", status=422) from None
    raise ParleyError("E335", "send the article as application/json {text, title, published, ...} or "
                      "as text/plain with metadata in the query string", status=415)


@router.post("/articles", response_model=IngestOut, status_code=201, tags=["articles"],
             responses={200: {"model": IngestOut, "description": "already stored: replaced or unchanged"},
                        400: {"model": ErrorOut}, 403: {"model": ErrorOut}, 413: {"model": ErrorOut},
                        415: {"model": ErrorOut}},
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/json": {"schema": ArticleIn.model_json_schema()},
                 "text/plain": {"schema": {"type": "string", "minLength": 1}}}}},
             summary="Ingest an article (needs the write token); returns its facts view")
async def post_article(request: Request) -> Any:
    st = state(request)
    st.require_write(request)
    art = await _article_in(request, st.settings.max_body)
    result = await run_in_threadpool(_ingest, st, art)
    code = 201 if result["status"] == "added" else 200
    return JSONResponse(result, status_code=code)


def _ingest(st: AppState, art: ArticleIn) -> dict[str, Any]:
    from graph.articles import make_article
    from graph.facts import facts_view
    from graph.pipeline import ingest_article

    # make_article, as for files: the same refusals (empty, binary, HTML, oversized lines, not
    # English), the same id rule and the same title default (the first line)
    meta = make_article(art.text, article_id=art.id or "api-" + hashlib.sha1(art.text.encode("utf-8")).hexdigest()[:16],
                        title=art.title or None, published=art.published, source=art.source, url=art.url,
                        language=art.language, where="the article")
    status, _ex = ingest_article(st.store, meta, lock=st.write_lock)
    if status != "unchanged":
        st.after_write(meta.id)
    return {"ok": True, "status": status, "article": meta.id, "facts": facts_view(st.store, meta.id)}


@router.delete("/articles/{article_id}", status_code=204, tags=["articles"],
               responses={403: {"model": ErrorOut}, 404: {"model": ErrorOut}})
def delete_article(request: Request, article_id: Id) -> Response:
    st = state(request)
    st.require_write(request)
    with st.write_lock:
        gone = st.store.delete_article(article_id)
    if not gone:
        raise ParleyError("E020", f"no article {article_id!r} in the store", status=404)
    st.after_write(article_id)
    return Response(status_code=204)
