"""The query worker: a child process that evaluates SPARQL and returns serialised bytes.

pyoxigraph has no query timeout, so the server runs user queries here and ends the process when
one runs too long. This module imports only pyoxigraph, so starting a worker is quick. Results
are serialised by Oxigraph (no per-row Python); the row cap goes through TSV, which is lossless
and has one row per line, so rows are counted and cut in bytes.
"""

from __future__ import annotations

import time
from multiprocessing.connection import Connection
from typing import Any

import pyoxigraph as ox

Request = dict[str, Any]
Reply = tuple[Any, ...]


def _graphs(names: list[str] | None) -> list[Any] | None:
    if names is None:
        return None
    return [ox.NamedNode(n) for n in names]


def evaluate(store: ox.Store, req: Request) -> Reply:
    """Run one query. Replies ("ok", kind, media_type, body, rows, truncated) or
    ("error", code, status, message)."""
    kw: dict[str, Any] = {"prefixes": req.get("prefixes") or None, "base_iri": req.get("base_iri")}
    if req.get("default_graph") is not None or req.get("named_graphs") is not None:
        kw["default_graph"] = _graphs(req.get("default_graph") or [])
        if req.get("named_graphs") is not None:
            kw["named_graphs"] = _graphs(req["named_graphs"])
    else:
        kw["use_default_graph_as_union"] = bool(req.get("union", True))
    try:
        res = store.query(req["query"], **kw)
    except SyntaxError as exc:
        return ("error", "E102", 400, f"malformed SPARQL query: {exc}")
    except (OSError, ValueError, RuntimeError) as exc:
        return ("error", "E103", 400, f"query failed: {exc}")
    try:
        if isinstance(res, ox.QueryBoolean):
            fmt = req.get("results_format")
            if fmt is None:
                return ("error", "E107", 406, "no acceptable media type for an ASK result; use "
                        "application/sparql-results+json, +xml, text/csv or text/tab-separated-values")
            f = getattr(ox.QueryResultsFormat, fmt)
            return ("ok", "boolean", f.media_type, res.serialize(format=f), 1, False)
        if isinstance(res, ox.QuerySolutions):
            fmt = req.get("results_format")
            if fmt is None:
                return ("error", "E107", 406, "no acceptable media type for SELECT results; use "
                        "application/sparql-results+json, +xml, text/csv or text/tab-separated-values")
            f = getattr(ox.QueryResultsFormat, fmt)
            cap = req.get("row_cap")
            if not req.get("capped") or cap is None:
                return ("ok", "tabular", f.media_type, res.serialize(format=f), -1, False)
            tsv = res.serialize(format=ox.QueryResultsFormat.TSV)
            rows = tsv.count(b"\n") - 1
            truncated = rows > cap
            if truncated:
                cut = -1
                for _ in range(cap + 1):
                    cut = tsv.index(b"\n", cut + 1)
                tsv = tsv[: cut + 1]
                rows = cap
            if f == ox.QueryResultsFormat.TSV:
                return ("ok", "tabular", f.media_type, tsv, rows, truncated)
            again = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
            return ("ok", "tabular", f.media_type, again.serialize(format=f), rows, truncated)
        fmt = req.get("rdf_format")
        if fmt is None:
            return ("error", "E107", 406, "no acceptable media type for an RDF graph result; use "
                    "text/turtle, application/n-triples, application/ld+json or application/rdf+xml")
        f = getattr(ox.RdfFormat, fmt)
        return ("ok", "graph", f.media_type, res.serialize(format=f), -1, False)
    except (OSError, ValueError, RuntimeError, SyntaxError) as exc:
        return ("error", "E103", 400, f"query failed: {exc}")


def main(conn: Connection) -> None:
    """Serve requests from the parent until it closes the pipe. Each request names the store
    directory; the store is reopened when that changes (a new snapshot after a write)."""
    store: ox.Store | None = None
    opened: str | None = None
    while True:
        try:
            req = conn.recv()
        except (EOFError, OSError):
            return
        if req is None:
            return
        if req.get("ping"):
            conn.send(("pong",))
            continue
        t0 = time.perf_counter()
        try:
            if opened != req["path"]:
                store = None
                store = ox.Store.read_only(req["path"])
                opened = req["path"]
            assert store is not None
            reply = evaluate(store, req)
        except OSError as exc:
            reply = ("error", "E012", 503, f"cannot open the store: {exc}")
        except Exception as exc:  # noqa: BLE001 - the parent gets one clear line, never a dead pipe
            reply = ("error", "E100", 500, f"{exc.__class__.__name__}: {exc}")
        send_reply(conn, reply, time.perf_counter() - t0)


def send_reply(conn: Connection, reply: Reply, seconds: float) -> None:
    """An error goes as one pickled tuple. A result goes as a small pickled header (with the body's
    length) and then the body as raw bytes: the body is not pickled, and the parent can read the
    header on its event loop and decide whether the body is small enough to read there too."""
    if reply[0] != "ok":
        conn.send(reply + (seconds,))
        return
    body = reply[3]
    conn.send(reply[:3] + (len(body),) + reply[4:] + (seconds,))
    conn.send_bytes(body)
