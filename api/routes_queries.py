"""Named queries over HTTP: ``/queries`` lists them, ``/queries/{name}`` runs one like /sparql."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response

from api.models import PROTOCOL_ERRORS
from api.sparql import build_query_request, result_response
from api.state import state
from graph.named_queries import named_queries, named_query

router = APIRouter(tags=["queries"], responses=PROTOCOL_ERRORS)


@router.get("/queries", summary="The named queries an analyst can run")
def list_queries() -> dict[str, Any]:
    items = [{"name": q.name, "description": q.description, "url": f"/queries/{q.name}", "sparql": q.sparql}
             for q in named_queries().values()]
    return {"total": len(items), "items": items}


@router.get("/queries/{name}", summary="Run a named query (results negotiated as for /sparql)",
            response_class=Response)
async def run_query(name: str, request: Request) -> Response:
    """Same engine, timeout, row cap and content negotiation as ``/sparql`` (``?format=`` too)."""
    st = state(request)
    q = named_query(name)
    params = [(k, v) for k, v in request.query_params.multi_items() if k == "format"]
    req = build_query_request(st, request, q.sparql, params)
    res = await st.engine.arun(req)
    return result_response(res, st.settings.row_cap)
