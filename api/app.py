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
from starlette.types import ASGIApp, Receive, Scope, Send

from api.sparql import QueryEngine
from api.state import AppState, Settings, error_response, internal_error
from graph.errors import ParleyError
from graph.paths import PathIndex
from graph.store import Store, default_db_path

log = logging.getLogger("parley.api")


_error = error_response


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        loc = [str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body")]
        parts.append(f"{'.'.join(loc) or 'request'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts)


class ParleyAPI(FastAPI):
    """FastAPI that hands GET and POST /sparql straight to ``sparql_app`` (api/sparql.py), past
    the router and middleware (~60 us a request, a tenth of a short query's round trip).
    Everything else, including other methods on /sparql, takes the usual way."""

    sparql_app: ASGIApp | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (self.sparql_app is not None and scope["type"] == "http" and scope["path"] == "/sparql"
                and scope["method"] in ("GET", "POST")):
            scope["app"] = self
            await self.sparql_app(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app; the store, query workers and path index live as long as it does."""
    settings = settings or Settings()
    if settings.write and not settings.token:
        raise ParleyError("E400", "writes need a token: set PARLEY_TOKEN or pass --token")
    owns_store = settings.store is None
    # `is None`, not `or`: an empty Store is falsy (it has a length), and would open the default db
    store = Store.open(settings.db or default_db_path(), read_only=not settings.write) if settings.store is None \
        else settings.store
    engine = QueryEngine(store, timeout=settings.timeout, row_cap=settings.row_cap, workers=settings.workers,
                         max_workers=settings.max_workers, writable=settings.write and store.path is not None,
                         inline_ms=settings.inline_ms)
    paths = PathIndex(store)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        engine.close()
        paths.detach()  # a store that outlives the app (settings.store) gets a fresh index next time
        if owns_store:
            store.close()

    app = ParleyAPI(title="Parley", version="0.1.0", lifespan=lifespan,
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
        return _error(f"E{exc.status_code}", msg, exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        return internal_error(request, exc)

    from api import gsp, routes_api, routes_queries, sparql

    app.sparql_app = sparql.sparql_app
    if settings.cors:
        from fastapi.middleware.cors import CORSMiddleware

        cors = {"allow_origins": ["*"], "allow_methods": ["GET", "POST"], "allow_headers": ["*"],
                "expose_headers": ["X-Parley-Row-Cap", "X-Parley-Truncated", "X-Parley-Rows"]}
        app.add_middleware(CORSMiddleware, **cors)  # type: ignore[arg-type]
        app.sparql_app = CORSMiddleware(sparql.sparql_app, **cors)  # type: ignore[arg-type]

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
