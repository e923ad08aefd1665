"""The FastAPI app: SPARQL Protocol (/sparql), Graph Store (/store), JSON API, paths, ingestion.

``create_app(settings)`` opens the store (read-only unless writes are enabled), starts the query
workers and wires one error shape for every failure: ``{"ok": false, "error", "code", "status"}``.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.sparql import QueryEngine
from api.state import AppState, Settings
from graph.errors import ParleyError
from graph.paths import PathIndex
from graph.store import Store, default_db_path

log = logging.getLogger("parley.api")


def _error(code: str, message: str, status: int) -> JSONResponse:
    return JSONResponse({"ok": False, "error": message, "code": code, "status": status}, status_code=status)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        loc = [str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body")]
        parts.append(f"{'.'.join(loc) or 'request'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts)


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app; the store, query workers and path index live as long as it does."""
    settings = settings or Settings()
    if settings.write and not settings.token:
        raise ParleyError("E400", "writes need a token: set PARLEY_TOKEN or pass --token")
    owns_store = settings.store is None
    store = settings.store or Store.open(settings.db or default_db_path(), read_only=not settings.write)
    engine = QueryEngine(store, timeout=settings.timeout, row_cap=settings.row_cap, workers=settings.workers,
                         max_workers=settings.max_workers, writable=settings.write and store.path is not None)
    paths = PathIndex(store)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        engine.close()
        if paths.article_changed in store.on_article_change:
            store.on_article_change.remove(paths.article_changed)
        if owns_store:
            store.close()

    app = FastAPI(title="Parley", version="0.1.0", lifespan=lifespan,
                  description="Negotiation positions as a knowledge graph: SPARQL 1.1 Protocol at "
                  "/sparql, Graph Store Protocol at /store, and a JSON API where every fact "
                  "carries its evidence (article, exact text, offsets).")
    app.state.parley = AppState(settings=settings, store=store, engine=engine, paths=paths)

    @app.exception_handler(ParleyError)
    async def parley_error(request: Request, exc: ParleyError) -> JSONResponse:
        return _error(exc.code, exc.message, exc.status)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        return _error("E422", _validation_message(exc), 422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        msg = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404:
            msg = f"no such resource: {request.url.path}"
        return _error(f"E{exc.status_code}", msg, exc.status_code)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.error("unexpected %s on %s %s: %s", exc.__class__.__name__, request.method, request.url.path, exc)
        return _error("E500", f"internal error ({exc.__class__.__name__}); see the server log", 500)

    if settings.cors:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"],
                           allow_headers=["*"], expose_headers=["X-Parley-Row-Cap", "X-Parley-Truncated",
                                                                "X-Parley-Rows"])

    from api import gsp, routes_api, routes_queries, sparql

    app.include_router(sparql.router)
    app.include_router(gsp.router)
    app.include_router(routes_api.router)
    app.include_router(routes_queries.router)
    try:
        from api import routes_export
    except ModuleNotFoundError as exc:
        if exc.name != "api.routes_export":
            raise
    else:
        app.include_router(routes_export.router)
    from api.web import routes as web_routes  # the HTML pages under /ui (issue 8)

    app.include_router(web_routes.router)
    return app
