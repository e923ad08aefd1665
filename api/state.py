"""Settings and the per-app state every route shares (store, query engine, path index, auth)."""

from __future__ import annotations

import hmac
import logging
import os
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fastapi import Request
from fastapi.responses import JSONResponse
from starlette.convertors import Convertor, register_url_convertor

from graph.errors import ParleyError
from graph.store import Store

if TYPE_CHECKING:
    from api.sparql import QueryEngine
    from graph.paths import PathIndex

log = logging.getLogger("parley.api")


class RefConvertor(Convertor[str]):
    """``{ref:ref}`` in a route: the rest of the path, slashes (an IRI's) and any other character
    included; Starlette's ``path`` stops at a newline, which then answered a bare route 404."""

    regex = r"[\s\S]+"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("ref", RefConvertor())


def _env_float(name: str, default: float) -> float:
    """A number from the environment (settings with no command-line flag); bad values are an error."""
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        return float(raw)
    except ValueError:
        raise ParleyError("E420", f"{name} must be a number, not {raw!r}") from None


@dataclass
class Settings:
    """How the server runs. ``store`` (an open Store) wins over ``db`` (a path)."""

    db: str | None = None
    store: Any = None  # an open Store or RemoteStore
    write: bool = False
    token: str | None = None
    cors: bool = False
    timeout: float = 10.0
    row_cap: int = 10_000
    max_body: int = 1_000_000
    workers: int = 2
    max_workers: int = 4
    # a read-only store's queries that a worker answered within this many ms run in the server
    # process from then on (QueryEngine.arun); 0 sends every query to a worker
    inline_ms: float = field(default_factory=lambda: _env_float("PARLEY_INLINE_MS", 2.0))

    def __repr__(self) -> str:  # never show the token in logs or tracebacks
        return (f"Settings(db={self.db!r}, write={self.write}, token={'***' if self.token else None}, "
                f"timeout={self.timeout}, row_cap={self.row_cap})")


@dataclass
class AppState:
    settings: Settings
    store: Store
    engine: QueryEngine
    paths: PathIndex
    write_lock: threading.Lock = field(default_factory=threading.Lock)

    def require_write(self, request: Request) -> None:
        """403 unless writes are enabled and the request carries the bearer token."""
        s = self.settings
        if not s.write or not s.token:
            raise ParleyError("E401", "this server is read-only; start it with `parley serve --write` "
                              "and a token (PARLEY_TOKEN) to allow writes", status=403)
        auth = request.headers.get("authorization", "")
        scheme, _, given = auth.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), s.token.encode()):
            raise ParleyError("E402", "writes need the header `Authorization: Bearer <token>` with the "
                              "server's token", status=403)

    def after_write(self, article_id: str | None = None) -> None:
        """Let readers see a write: new query snapshot, path index refreshed (one article or all)."""
        self.engine.notify_write()
        if article_id is None:
            self.paths.invalidate()


def state(request: Request) -> AppState:
    return request.app.state.parley


def error_response(code: str, message: str, status: int, headers: dict[str, str] | None = None) -> JSONResponse:
    """The one error shape every route answers with (also /sparql's path around FastAPI); a 405
    keeps its ``Allow`` header."""
    return JSONResponse({"ok": False, "error": message, "code": code, "status": status}, status_code=status,
                        headers=headers)


def internal_error(request: Request, exc: Exception) -> JSONResponse:
    """An unexpected exception: logged with the route, answered without internals."""
    log.error("unexpected %s on %s %s: %s", exc.__class__.__name__, request.method, request.url.path, exc)
    return error_response("E500", f"internal error ({exc.__class__.__name__}); see the server log", 500)
