"""Export routes: a view as GEXF, GraphML, PNG or SVG; the whole graph as Turtle, N-Quads, JSON-LD, TriG.

``GET /export/{view}.gexf`` (view: actors, stances, full) and ``GET /export/graph.ttl`` etc.
The store comes from the app's shared state (``app.state.parley.store``); a bare
``app.state.store`` works too, so the router mounts on any FastAPI app.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from api.models import PROTOCOL_ERRORS
from graph.errors import ParleyError
from graph.store import Store

router = APIRouter(tags=["export"], responses=PROTOCOL_ERRORS)


def _store(request: Request) -> Store:
    st = getattr(request.app.state, "parley", None)
    store = getattr(st, "store", None) or getattr(request.app.state, "store", None)
    if store is None:
        raise ParleyError("E076", "no store is attached to this app", status=503)
    return store


async def _export(request: Request, fmt: str, view: str, filename: str) -> Response:
    from graph.export import export

    try:
        store = _store(request)
        data, media_type = await run_in_threadpool(export, store, fmt, view)
    except ParleyError as exc:
        return JSONResponse(exc.to_json(), status_code=exc.status)
    return Response(data, media_type=media_type,
                    headers={"Content-Disposition": f'inline; filename="{filename}"'})


def _view_route(fmt: str, summary: str) -> None:
    async def handler(request: Request, view: str) -> Response:
        return await _export(request, fmt, view, f"parley-{view}.{fmt}")

    handler.__name__ = f"export_view_{fmt}"
    handler.__doc__ = f"{summary} of one view: actors, stances or full."
    router.add_api_route(f"/export/{{view}}.{fmt}", handler, methods=["GET"], summary=f"View as {fmt.upper()}",
                         response_class=Response, operation_id=f"export_view_{fmt}")


def _rdf_route(fmt: str, summary: str) -> None:
    async def handler(request: Request) -> Response:
        return await _export(request, fmt, "full", f"parley-graph.{fmt}")

    handler.__name__ = f"export_graph_{fmt}"
    handler.__doc__ = f"The whole graph as {summary}."
    router.add_api_route(f"/export/graph.{fmt}", handler, methods=["GET"], summary=f"Graph as {summary}",
                         response_class=Response, operation_id=f"export_graph_{fmt}")


for _fmt, _summary in (("ttl", "Turtle (union of all graphs)"), ("nq", "N-Quads"), ("jsonld", "JSON-LD"),
                       ("trig", "TriG")):
    _rdf_route(_fmt, _summary)
for _fmt, _summary in (("gexf", "GEXF 1.3 for Gephi"), ("graphml", "GraphML"), ("png", "A PNG picture"),
                       ("svg", "An SVG picture")):
    _view_route(_fmt, _summary)
