"""Choosing a store: the embedded Oxigraph default or a remote SPARQL 1.1 endpoint.

``--store`` / ``PARLEY_STORE``: ``embedded`` (default; the folder from ``--db`` / ``PARLEY_DB``)
or an ``http(s)://`` SPARQL endpoint URL. For a remote store, ``PARLEY_STORE_UPDATE`` names a
separate update URL, ``PARLEY_STORE_GSP`` a Graph Store Protocol URL (writes in one request),
``PARLEY_STORE_GSP_PARAM`` its graph parameter (``graph``; Virtuoso also takes ``graph-uri``),
``PARLEY_STORE_USER`` / ``PARLEY_STORE_PASSWORD`` (``PARLEY_STORE_DIGEST=1`` for digest)
credentials, and ``PARLEY_STORE_TOKEN`` a bearer token (QLever's access token).
"""

from __future__ import annotations

import os
from typing import Any

from graph.errors import ParleyError
from graph.store import Store, default_db_path

EMBEDDED = ("embedded", "oxigraph", "")


def store_spec(store: str | None = None) -> str:
    return store if store is not None else os.environ.get("PARLEY_STORE", "embedded")


def open_store(db: str | None = None, *, store: str | None = None, read_only: bool = False) -> Any:
    """A :class:`Store` or a :class:`graph.remote.RemoteStore`, by ``store`` or ``PARLEY_STORE``."""
    spec = store_spec(store)
    if spec in EMBEDDED:
        return Store.open(db or default_db_path(), read_only=read_only)
    if spec.startswith(("http://", "https://")):
        from graph.remote import RemoteStore

        env = os.environ
        user, password = env.get("PARLEY_STORE_USER"), env.get("PARLEY_STORE_PASSWORD")
        return RemoteStore.open(
            spec,
            update_url=env.get("PARLEY_STORE_UPDATE") or None,
            gsp_url=env.get("PARLEY_STORE_GSP") or None,
            gsp_param=env.get("PARLEY_STORE_GSP_PARAM") or "graph",
            auth=(user, password or "") if user else None,
            digest=env.get("PARLEY_STORE_DIGEST") == "1",
            token=env.get("PARLEY_STORE_TOKEN") or None,
        )
    raise ParleyError("E013", f"unknown store {spec!r}; expected 'embedded' or an http(s):// SPARQL endpoint URL")
