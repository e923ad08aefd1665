"""Settings and the per-app state every route shares (store, query engine, path index, auth)."""

from __future__ import annotations

import hmac
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fastapi import Request

from graph.errors import ParleyError
from graph.store import Store

if TYPE_CHECKING:
    from api.sparql import QueryEngine
    from graph.paths import PathIndex


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
