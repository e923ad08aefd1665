"""SPARQL 1.1 Protocol at /sparql: query by GET, form POST and direct POST; update with a token.

Queries run in worker processes (api/sparql_worker.py) that the server ends when a query
outlives the timeout: pyoxigraph cannot cancel a query, and a thread cannot be killed. Workers
open the store read-only; when the server can write, they read a checkpoint taken after each
write instead (RocksDB forbids reading a directory another process writes to). An in-memory
store cannot be shared with a process, so it falls back to a thread: the client still gets its
503 on time, but the runaway query keeps a CPU busy until it ends (tests and `extract` only).

Short queries are dominated by fixed costs, so the path is kept short: GET/POST /sparql is a bare
ASGI app ahead of FastAPI (``sparql_app``), the event loop talks to the worker's socket itself
(``QueryEngine.arun``, no thread hop), the worker sends Oxigraph's serialised bytes raw (not pickled),
and on a read-only store a request that a worker already answered within ``Settings.inline_ms``
runs in the server process: same text on the same data is the same work, so it cannot run away.
"""

from __future__ import annotations

import asyncio
import codecs
import concurrent.futures
import contextlib
import functools
import multiprocessing as mp
import os
import shutil
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import URL
from starlette.types import Receive, Scope, Send

from api import sparql_worker
from api.models import PROTOCOL_ERRORS
from api.sparql_text import (
    CACHE_MAX_CHARS,
    add_using,
    cap_select,
    has_dataset_clause,
    query_form,
    refuse_forbidden,
)
from api.state import AppState, error_response, internal_error, state
from graph.errors import ParleyError
from graph.ns import PREFIXES
from graph.store import Store

# -- content negotiation ------------------------------------------------------------------------
RESULTS_TYPES: dict[str, str] = {
    "application/sparql-results+json": "JSON",
    "application/json": "JSON",
    "application/sparql-results+xml": "XML",
    "application/xml": "XML",
    "text/xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
}
RDF_TYPES: dict[str, str] = {
    "text/turtle": "TURTLE",
    "application/x-turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "text/plain": "N_TRIPLES",
    "application/ld+json": "JSON_LD",
    "application/json": "JSON_LD",
    "application/rdf+xml": "RDF_XML",
    "application/xml": "RDF_XML",
    "text/xml": "RDF_XML",
}
# the media type each format is answered with (whatever the Accept range that chose it)
SERVED = {"JSON": "application/sparql-results+json", "XML": "application/sparql-results+xml", "CSV": "text/csv",
          "TSV": "text/tab-separated-values", "TURTLE": "text/turtle", "N_TRIPLES": "application/n-triples",
          "JSON_LD": "application/ld+json", "RDF_XML": "application/rdf+xml", "TRIG": "application/trig",
          "N_QUADS": "application/n-quads"}
FORMAT_PARAM = {"json": ("JSON", "JSON_LD"), "xml": ("XML", "RDF_XML"), "csv": ("CSV", None),
                "tsv": ("TSV", None), "turtle": (None, "TURTLE"), "ttl": (None, "TURTLE"),
                "nt": (None, "N_TRIPLES"), "ntriples": (None, "N_TRIPLES"), "jsonld": (None, "JSON_LD"),
                "rdfxml": (None, "RDF_XML")}


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Media ranges by preference (q-value, then order)."""
    if not header:
        return [("*/*", 1.0)]
    out: list[tuple[str, float, int]] = []
    for i, part in enumerate(header.split(",")):
        bits = [b.strip() for b in part.split(";")]
        if not bits[0]:
            continue
        q = 1.0
        for b in bits[1:]:
            if b.lower().startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        out.append((bits[0].lower(), q, i))
    out.sort(key=lambda x: (-x[1], x[2]))
    return [(m, q) for m, q, _ in out if q > 0]


def negotiate(accept: str | None, table: dict[str, str], default: str) -> str | None:
    """The best format in ``table`` for an Accept header; None when nothing fits (406)."""
    for media, _q in parse_accept(accept):
        if media in table:
            return table[media]
        if media in ("*/*", "application/*", "text/*"):
            if media == "*/*":
                return default
            pref = media[:-1]  # the type answered must match too: text/xml is answered as application/…
            hit = next((v for k, v in table.items() if k.startswith(pref) and SERVED.get(v, k).startswith(pref)),
                       None)
            if hit:
                return hit
    return None


# -- the engine ----------------------------------------------------------------------------------
@dataclass
class QueryResult:
    media_type: str
    body: bytes
    rows: int = -1
    truncated: bool = False
    seconds: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)


ALLOCATORS = ("libmimalloc.so.2", "libjemalloc.so.2")
ALLOCATOR_DIRS = ("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib",
                  "/usr/local/lib")


def query_allocator(setting: str | None = None) -> str | None:
    """The malloc the query workers are started with (LD_PRELOAD), or None for the system's.

    Oxigraph's evaluation is allocation-heavy: with mimalloc or jemalloc preloaded, pyoxigraph ran
    ``actor_positions`` in 3.5 ms instead of 4.4 and an aggregate in 66–72 ms instead of 81 (bench
    figures in the README). ``PARLEY_QUERY_MALLOC``: ``auto`` (default) takes the first of
    ALLOCATORS found in ALLOCATOR_DIRS, ``off`` keeps the system malloc, a path names the library.

    >>> query_allocator("off") is None
    True
    """
    setting = (setting if setting is not None else os.environ.get("PARLEY_QUERY_MALLOC", "auto")).strip()
    if setting.lower() in ("", "off", "no", "0", "none", "system"):
        return None
    if setting.lower() != "auto":
        return setting if os.path.isfile(setting) else None
    for d in ALLOCATOR_DIRS:
        for name in ALLOCATORS:
            if os.path.isfile(os.path.join(d, name)):
                return os.path.join(d, name)
    return None


_spawn_lock = threading.Lock()


@contextlib.contextmanager
def _preloaded(allocator: str | None) -> Iterator[None]:
    """LD_PRELOAD ``allocator`` for processes spawned inside the block (a spawned interpreter
    inherits os.environ when it starts); the server's own environment is put back after."""
    with _spawn_lock:
        before = os.environ.get("LD_PRELOAD")
        if allocator:
            os.environ["LD_PRELOAD"] = f"{allocator} {before}" if before else allocator
        try:
            yield
        finally:
            if allocator and before is None:
                os.environ.pop("LD_PRELOAD", None)
            elif allocator:
                os.environ["LD_PRELOAD"] = before or ""


class _Worker:
    def __init__(self, ctx: Any, allocator: str | None = None) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=sparql_worker.main, args=(child,), daemon=True,
                                name="parley-sparql-worker")
        with _preloaded(allocator):
            self.proc.start()
        child.close()

    def kill(self) -> None:
        try:
            self.proc.kill()
            self.proc.join(1)
        except (OSError, ValueError):
            pass
        self.conn.close()


class QueryEngine:
    """Evaluates user SPARQL with a timeout: in killable worker processes, except requests already
    proven cheap on a read-only store (``inline_ms``), which run on the event loop."""

    def __init__(self, store: Store, *, timeout: float = 10.0, row_cap: int = 10_000, workers: int = 2,
                 max_workers: int = 4, writable: bool = False, inline_ms: float = 0.0,
                 allocator: str | None = None) -> None:
        self.store = store
        self.timeout = timeout
        self.row_cap = row_cap
        self.max_workers = max(1, max_workers)
        self._lock = threading.Lock()
        self._idle: list[_Worker] = []
        self._busy = 0
        self._cond = threading.Condition(self._lock)
        self._snap_dir: str | None = None
        self._snapshots: list[str] = []
        self._threads: concurrent.futures.ThreadPoolExecutor | None = None
        self.in_process = store.path is None
        self.writable = writable
        # Proven-cheap queries run inline (see arun): only on a read-only store, whose data and so
        # whose query costs cannot change.
        stable = not self.in_process and not writable and getattr(store, "read_only", False) is True
        self.inline_s = max(0.0, inline_ms) / 1000 if stable else 0.0
        self._cheap: OrderedDict[tuple[Any, ...], None] = OrderedDict()
        self.allocator = None if self.in_process else query_allocator(allocator)
        if self.in_process:
            self._threads = concurrent.futures.ThreadPoolExecutor(max_workers=self.max_workers,
                                                                  thread_name_prefix="parley-sparql")
            self._read_path = None
        else:
            self._ctx = mp.get_context("spawn")
            if writable:
                self._snap_dir = tempfile.mkdtemp(prefix=".parley-snapshots-",
                                                  dir=str(Path(store.path).resolve().parent))
                self._read_path = self._take_snapshot()
            else:
                self._read_path = store.path
            for _ in range(max(0, min(workers, self.max_workers))):
                self._idle.append(_Worker(self._ctx, self.allocator))

    # -- snapshots for writable stores -------------------------------------------------------
    def _take_snapshot(self) -> str:
        assert self._snap_dir is not None
        target = os.path.join(self._snap_dir, f"s{time.time_ns()}")
        self.store.ox.flush()
        self.store.ox.backup(target)
        self._snapshots.append(target)
        for old in self._snapshots[:-3]:  # workers reopen before their next query
            shutil.rmtree(old, ignore_errors=True)
        self._snapshots = self._snapshots[-3:]
        return target

    def notify_write(self) -> None:
        """A write happened: later queries must see it."""
        if self.in_process or not self.writable:
            return
        with self._lock:
            self._read_path = self._take_snapshot()

    # -- running ------------------------------------------------------------------------------
    def _acquire(self) -> _Worker:
        deadline = time.monotonic() + self.timeout
        with self._cond:
            while True:
                if self._idle:
                    w = self._idle.pop()
                    self._busy += 1
                    return w
                if self._busy < self.max_workers:
                    self._busy += 1
                    break
                left = deadline - time.monotonic()
                if left <= 0:
                    raise ParleyError("E110", "the server is busy with other queries; try again shortly",
                                      status=503)
                self._cond.wait(left)
        try:
            return _Worker(self._ctx, self.allocator)
        except Exception:
            with self._cond:
                self._busy -= 1
                self._cond.notify()
            raise

    def _release(self, w: _Worker | None) -> None:
        with self._cond:
            self._busy -= 1
            if w is not None:
                self._idle.append(w)
            self._cond.notify()

    def run(self, req: dict[str, Any]) -> QueryResult:
        """Evaluate a query request (see sparql_worker.evaluate). Blocks; call from a thread."""
        if self.in_process:
            return self._run_thread(req)
        w = self._acquire()
        with self._lock:
            req["path"] = self._read_path
        t0 = time.monotonic()
        try:
            w.conn.send(req)
            if not w.conn.poll(self.timeout):
                w.kill()
                self._release(None)
                w = None
                raise ParleyError("E108", f"the query ran longer than the {self.timeout:g} s limit and was "
                                  "stopped; narrow it (LIMIT, more specific patterns)", status=503)
            reply = _recv_reply(w.conn)
        except (EOFError, OSError, BrokenPipeError) as exc:
            if w is not None:
                w.kill()
                self._release(None)
            raise ParleyError("E109", f"the query worker failed ({exc.__class__.__name__}); "
                              "the query may need too much memory", status=503) from None
        except ParleyError:
            raise
        except BaseException:
            if w is not None:
                w.kill()
                self._release(None)
            raise
        self._release(w)
        return self._reply(reply, time.monotonic() - t0)

    async def arun(self, req: dict[str, Any]) -> QueryResult:
        """``run`` without a thread hop, for the event loop: the request goes down an idle worker's
        socket and the loop wakes when the reply is readable. Falls back to ``run`` in a thread
        when waiting or spawning would block: no idle worker, an in-memory store, a big request.

        A request that a worker already answered within ``inline_s`` on this read-only store runs
        on the loop itself, skipping two process wake-ups (~0.2 ms here, a fifth of a short query).
        Its cost is known: same text, same data, same work, so it cannot run away; one that is
        not known cheap (first sight, too slow, an error) always goes to a killable worker."""
        key = _cost_key(req) if self.inline_s else None
        if key is not None and key in self._cheap:
            return self._run_inline(key, req)
        if self.in_process or len(req["query"]) > INLINE_MAX:
            return await run_in_threadpool(self.run, req)
        with self._lock:
            w = self._idle.pop() if self._idle else None
            if w is not None:
                self._busy += 1
            req["path"] = self._read_path
        if w is None:
            return await run_in_threadpool(self.run, req)
        t0 = time.monotonic()
        try:
            w.conn.send(req)
            await _readable(w.conn.fileno(), self.timeout)
            meta = w.conn.recv()
            if meta[0] == "ok":  # the body follows at once; read big ones off the loop
                body = w.conn.recv_bytes() if meta[3] <= INLINE_MAX else await run_in_threadpool(
                    w.conn.recv_bytes)
                meta = meta[:3] + (body,) + meta[4:]
        except TimeoutError:
            w.kill()
            self._release(None)
            raise ParleyError("E108", f"the query ran longer than the {self.timeout:g} s limit and was "
                              "stopped; narrow it (LIMIT, more specific patterns)", status=503) from None
        except (EOFError, OSError) as exc:
            w.kill()
            self._release(None)
            raise ParleyError("E109", f"the query worker failed ({exc.__class__.__name__}); "
                              "the query may need too much memory", status=503) from None
        except BaseException:  # cancelled mid-query: the worker's state is unknown
            w.kill()
            self._release(None)
            raise
        self._release(w)
        if key is not None and meta[0] == "ok" and meta[-1] <= self.inline_s:
            self._cheap[key] = None
            while len(self._cheap) > CHEAP_MAX:
                self._cheap.popitem(last=False)
        return self._reply(meta, time.monotonic() - t0)

    def _run_inline(self, key: tuple[Any, ...], req: dict[str, Any]) -> QueryResult:
        """A known-cheap request on the parent's read-only store. One that turns out much slower
        than when it qualified (a loaded machine) goes back to the workers next time."""
        t0 = time.monotonic()
        reply = sparql_worker.evaluate(self.store.ox, req)
        took = time.monotonic() - t0
        if reply[0] != "ok" or took > 4 * self.inline_s:
            self._cheap.pop(key, None)
        else:
            self._cheap.move_to_end(key)
        return self._reply(reply + (took,), took)

    def _run_thread(self, req: dict[str, Any]) -> QueryResult:
        assert self._threads is not None
        t0 = time.monotonic()
        fut = self._threads.submit(sparql_worker.evaluate, self.store.ox, req)
        try:
            reply = fut.result(timeout=self.timeout)
        except concurrent.futures.TimeoutError:
            raise ParleyError("E108", f"the query ran longer than the {self.timeout:g} s limit and was "
                              "abandoned; narrow it (LIMIT, more specific patterns)", status=503) from None
        return self._reply(reply + (time.monotonic() - t0,), time.monotonic() - t0)

    @staticmethod
    def _reply(reply: tuple[Any, ...], seconds: float) -> QueryResult:
        if reply[0] == "error":
            raise ParleyError(reply[1], reply[3], status=reply[2])
        _, _kind, media, body, rows, truncated, _t = reply
        return QueryResult(media, body, rows, truncated, seconds)

    def close(self) -> None:
        with self._lock:
            for w in self._idle:
                try:
                    w.conn.send(None)
                except OSError:
                    pass
                w.kill()
            self._idle.clear()
        if self._threads is not None:
            self._threads.shutdown(wait=False, cancel_futures=True)
        if self._snap_dir:
            shutil.rmtree(self._snap_dir, ignore_errors=True)


INLINE_MAX = 128 * 1024  # requests and result bodies up to this size cross the pipe on the event loop
CHEAP_MAX = 512  # known-cheap requests remembered


def _cost_key(req: dict[str, Any]) -> tuple[Any, ...] | None:
    """Everything in a request that decides its work (not the snapshot path); None for big texts."""
    if len(req["query"]) > CACHE_MAX_CHARS:
        return None
    return tuple((k, tuple(sorted(v.items())) if isinstance(v, dict) else tuple(v) if isinstance(v, list)
                  else v) for k, v in sorted(req.items()) if k != "path")


def _recv_reply(conn: Any) -> tuple[Any, ...]:
    """A worker reply (see sparql_worker.send_reply) with the body joined back in."""
    meta = conn.recv()
    if meta[0] != "ok":
        return meta
    return meta[:3] + (conn.recv_bytes(),) + meta[4:]


async def _readable(fd: int, timeout: float) -> None:
    """Wait on the event loop until ``fd`` can be read; TimeoutError after ``timeout`` seconds.
    The fd is left blocking: uvloop makes it non-blocking, and the Connection reads that follow
    (and ``run`` in a thread) expect whole messages."""
    loop = asyncio.get_running_loop()
    ready = loop.create_future()
    loop.add_reader(fd, lambda: ready.done() or ready.set_result(None))
    try:
        async with asyncio.timeout(timeout):
            await ready
    finally:
        loop.remove_reader(fd)
        os.set_blocking(fd, True)


# -- request parsing -----------------------------------------------------------------------------
def _media(request: Request) -> tuple[str, dict[str, str]]:
    raw = request.headers.get("content-type")
    if not raw:
        return "", {}
    main, *params = [p.strip() for p in raw.split(";")]
    opts = {}
    for p in params:
        k, _, v = p.partition("=")
        opts[k.strip().lower()] = v.strip().strip('"').lower()
    return main.lower(), opts


def _utf8(body: bytes, what: str) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ParleyError("E111", f"the {what} is not valid UTF-8 (byte {exc.start})", status=400) from None


def _one(params: list[tuple[str, str]], name: str) -> str | None:
    values = [v for k, v in params if k == name]
    if len(values) > 1:
        raise ParleyError("E112", f"exactly one `{name}` parameter is allowed, got {len(values)}", status=400)
    return values[0] if values else None


def _all(params: list[tuple[str, str]], name: str) -> list[str]:
    return [v for k, v in params if k == name]


SPARQL_VERSIONS = ("1.1", "1.2", "1.2-basic")


def _check_version(version: str | None) -> None:
    """The protocol's optional ``version`` (parameter or media-type parameter) must be known."""
    if version is not None and version not in SPARQL_VERSIONS:
        raise ParleyError("E130", f"unknown SPARQL version {version!r}; use one of "
                          + ", ".join(SPARQL_VERSIONS), status=400)


def _fast_qsl(raw: bytes, what: str = "query string") -> list[tuple[str, str]] | None:
    """``parse_qsl(keep_blank_values=True)`` for an ASCII query or form string, with the %XX
    escapes decoded in C: a form-encoded query is mostly escapes and the standard library
    decodes them one by one in Python (~40 us for 1 kB). None when an escape is malformed
    (the caller then uses the standard library, which keeps it as text)."""
    out: list[tuple[str, str]] = []
    for fld in raw.split(b"&"):
        if not fld:
            continue
        name, _, value = fld.partition(b"=")
        pair: list[str] = []
        for part in (name, value):
            part = part.replace(b"+", b" ")
            if b"%" in part:
                try:
                    part = codecs.escape_decode(part.replace(b"\\", b"\\\\").replace(b"%", b"\\x"))[0]
                except ValueError:
                    return None
            pair.append(_utf8(part, f"`{pair[0]}` parameter in the {what}" if pair else what))
        out.append((pair[0], pair[1]))
    return out


def _strict_qsl(text: str, what: str) -> list[tuple[str, str]]:
    """``parse_qsl`` that refuses %XX escapes which are not UTF-8 (E111) instead of putting U+FFFD
    in the query, as a direct POST with such bytes is refused."""
    try:
        return parse_qsl(text, keep_blank_values=True, errors="strict")
    except UnicodeDecodeError as exc:
        raise ParleyError("E111", f"the {what} is not valid UTF-8 (byte {exc.start} of an escape)",
                          status=400) from None


def _url_params(request: Request) -> list[tuple[str, str]]:
    raw: bytes = request.scope.get("query_string", b"")
    fast = _fast_qsl(raw) if raw.isascii() else None
    return fast if fast is not None else _strict_qsl(_utf8(raw, "query string"), "query string")


def _form_params(body: bytes) -> list[tuple[str, str]]:
    fast = _fast_qsl(body, "form body") if body.isascii() else None
    return fast if fast is not None else _strict_qsl(_utf8(body, "form body"), "form body")


def _graph_iris(values: list[str], param: str) -> list[str]:
    """Protocol graph IRIs, checked here: a bad one is the client's mistake (400 naming the
    parameter), not an engine failure."""
    for v in values:
        try:
            ox.NamedNode(v)
        except ValueError as exc:
            raise ParleyError("E135", f"{param}={v!r} is not an absolute IRI ({exc}); give one like "
                              "http://example.org/graph", status=400) from None
    return values


async def _read_body(request: Request, max_body: int) -> bytes:
    """The body, or 413 past ``max_body``: the rest is read and dropped (the client still gets
    the answer instead of a reset connection) but never kept."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size <= max_body:
            chunks.append(chunk)
    if size > max_body:
        raise ParleyError("E114", f"the request body is over the {max_body} byte limit", status=413)
    return b"".join(chunks)


async def read_operation(request: Request, max_body: int) -> tuple[str, str, list[tuple[str, str]]]:
    """("query"|"update", text, all parameters) from a protocol request, or a 4xx ParleyError."""
    url_params = _url_params(request)
    if request.method == "GET":
        if _one(url_params, "update") is not None:
            raise ParleyError("E113", "updates must be sent with POST", status=400)
        q = _one(url_params, "query")
        if q is None:
            raise ParleyError("E101", "missing the `query` parameter, e.g. /sparql?query=ASK%20%7B%7D",
                              status=400)
        if request.headers.get("content-length", "0") != "0" or "transfer-encoding" in request.headers:
            raise ParleyError("E129", "a GET query must not have a body: put the query in ?query= or "
                              "POST it", status=400)
        _check_version(_one(url_params, "version"))
        return "query", q, url_params
    body = await _read_body(request, max_body)
    media, opts = _media(request)
    charset = opts.get("charset")
    if charset and charset.replace("-", "") != "utf8":
        raise ParleyError("E115", f"only UTF-8 is accepted, not charset={charset}", status=415)
    if media == "application/x-www-form-urlencoded":
        form = _form_params(body)
        params = url_params + form
        q, u = _one(form, "query"), _one(form, "update")
        if (q is None) == (u is None):
            raise ParleyError("E101", "a form POST needs exactly one of `query` or `update`", status=400)
        _check_version(_one(params, "version"))
        return ("query", q, params) if q is not None else ("update", u or "", params)
    if media in ("application/sparql-query", "application/sparql-update"):
        _check_version(_one(url_params, "version"))
        _check_version(opts.get("version"))
        kind = "query" if media == "application/sparql-query" else "update"
        return kind, _utf8(body, kind), url_params
    shown = media or "none"
    raise ParleyError("E116", f"unsupported Content-Type {shown}: use application/sparql-query, "
                      "application/sparql-update or application/x-www-form-urlencoded", status=415)


def endpoint_iri(request: Request) -> str:
    """The endpoint's URL (the base IRI of queries and updates), as Starlette builds it; cached,
    since it depends only on the scheme, server, path and Host header."""
    scope = request.scope
    host = next((v for k, v in scope["headers"] if k == b"host"), None)
    server = scope.get("server")
    return _endpoint_iri(scope.get("scheme", "http"), tuple(server) if server else None, scope["path"], host)


@functools.lru_cache(maxsize=64)
def _endpoint_iri(scheme: str, server: tuple[Any, ...] | None, path: str, host: bytes | None) -> str:
    scope = {"type": "http", "scheme": scheme, "server": server, "path": path,
             "headers": [(b"host", host)] if host is not None else []}
    return str(URL(scope=scope).replace(query=None, fragment=None))


def build_query_request(st: AppState, request: Request, text: str,
                        params: list[tuple[str, str]]) -> dict[str, Any]:
    refuse_forbidden(text)
    accept = request.headers.get("accept")
    fmt = (_one(params, "format") or "").lower()
    if fmt:
        if fmt not in FORMAT_PARAM:
            raise ParleyError("E117", f"unknown format={fmt}; use one of {', '.join(FORMAT_PARAM)}",
                              status=400)
        results_fmt, rdf_fmt = FORMAT_PARAM[fmt]
    else:
        results_fmt = negotiate(accept, RESULTS_TYPES, "JSON")
        rdf_fmt = negotiate(accept, RDF_TYPES, "TURTLE")
    capped = False
    own_dataset = has_dataset_clause(text)  # before the row cap: the user's text is tokenized already
    if query_form(text) == "SELECT" and st.settings.row_cap > 0:
        text, capped = cap_select(text, st.settings.row_cap)
    req: dict[str, Any] = {"query": text, "prefixes": PREFIXES, "base_iri": endpoint_iri(request),
                           "results_format": results_fmt, "rdf_format": rdf_fmt,
                           "row_cap": st.settings.row_cap, "capped": capped}
    default, named = _all(params, "default-graph-uri"), _all(params, "named-graph-uri")
    if default or named:  # the protocol dataset replaces the query's FROM/FROM NAMED
        req["default_graph"] = _graph_iris(default, "default-graph-uri")
        req["named_graphs"] = _graph_iris(named, "named-graph-uri")
    elif own_dataset:  # FROM / FROM NAMED: Oxigraph's union flag would override the query's dataset
        req["union"] = False
    return req


async def run_query(st: AppState, req: dict[str, Any], text: str) -> QueryResult:
    """Run a built request; a syntax error is reported at its place in ``text``, the user's own
    query, not in the rewrite that carries the row cap."""
    try:
        return await st.engine.arun(req)
    except ParleyError as exc:
        if exc.code != "E102" or not req.get("capped"):
            raise
        raise _user_syntax_error(text, req, exc) from None


def _user_syntax_error(text: str, req: dict[str, Any], exc: ParleyError) -> ParleyError:
    """Parse the user's text alone (only on this error path, on an empty store): its error, or,
    when only the added row cap fails to parse after it, an error "at the end of the query"."""
    try:
        ox.Store().query(text, prefixes=req.get("prefixes") or None, base_iri=req.get("base_iri"))
    except SyntaxError as own:
        return ParleyError("E102", f"malformed SPARQL query: {own}", status=400)
    except (OSError, ValueError, RuntimeError):
        return exc
    detail = exc.message.split(": expected", 1)[-1] if ": expected" in exc.message else ""
    return ParleyError("E102", "malformed SPARQL query: error at the end of the query"
                       + (f": expected{detail}" if detail else ""), status=400)


def result_response(res: QueryResult, cap: int) -> Response:
    headers = {"Vary": "Accept", "X-Parley-Seconds": f"{res.seconds:.4f}"}
    if res.rows >= 0:
        headers["X-Parley-Rows"] = str(res.rows)
        headers["X-Parley-Row-Cap"] = str(cap)
    if res.truncated:
        headers["X-Parley-Truncated"] = "true"
        headers["Warning"] = f'199 parley "results cut at the row cap of {cap} rows"'
    return Response(content=res.body, media_type=with_charset(res.media_type), headers=headers)


def with_charset(media: str) -> str:
    """The media type with ``charset=utf-8`` for text and XML types (/sparql and /store answer
    alike), once: Oxigraph's CSV and TSV types carry it already.

    >>> with_charset("text/csv; charset=utf-8"), with_charset("application/rdf+xml")
    ('text/csv; charset=utf-8', 'application/rdf+xml; charset=utf-8')
    >>> with_charset("application/sparql-results+json")
    'application/sparql-results+json'
    """
    if "charset=" in media:
        return media
    return media + "; charset=utf-8" if media.startswith("text/") or media.endswith("+xml") else media


def run_update(st: AppState, request: Request, text: str, params: list[tuple[str, str]]) -> None:
    st.require_write(request)
    refuse_forbidden(text)
    text = add_using(text, _graph_iris(_all(params, "using-graph-uri"), "using-graph-uri"),
                     _graph_iris(_all(params, "using-named-graph-uri"), "using-named-graph-uri"))
    with st.write_lock:
        try:
            st.store.ox.update(text, base_iri=endpoint_iri(request), prefixes=PREFIXES)
        except SyntaxError as exc:
            raise ParleyError("E102", f"malformed SPARQL update: {exc}", status=400) from None
        except (OSError, ValueError, RuntimeError) as exc:
            raise ParleyError("E103", f"update failed: {exc}", status=400) from None
    st.after_write()


router = APIRouter(tags=["sparql"], responses=PROTOCOL_ERRORS)


@router.get("/sparql", summary="SPARQL 1.1 Protocol: query by GET", response_class=Response)
async def sparql_get(request: Request) -> Response:
    """``?query=`` with optional ``default-graph-uri``/``named-graph-uri``. SELECT/ASK answer
    JSON, XML, CSV or TSV; CONSTRUCT/DESCRIBE Turtle, N-Triples, JSON-LD or RDF/XML (Accept).
    SERVICE and LOAD are refused; a query that outlives the timeout gets a 503."""
    return await _sparql(request)


@router.post("/sparql", summary="SPARQL 1.1 Protocol: query or update by POST", response_class=Response)
async def sparql_post(request: Request) -> Response:
    """Form (``query=``/``update=``) or direct (application/sparql-query, application/sparql-update)
    POST. Updates need writes enabled and ``Authorization: Bearer <token>``."""
    return await _sparql(request)


async def _sparql(request: Request) -> Response:
    st = state(request)
    kind, text, params = await read_operation(request, st.settings.max_body)
    if kind == "update":
        await run_in_threadpool(run_update, st, request, text, params)
        return Response(status_code=204)
    req = build_query_request(st, request, text, params)
    res = await run_query(st, req, text)
    return result_response(res, st.settings.row_cap)


async def sparql_app(scope: Scope, receive: Receive, send: Send) -> None:
    """GET and POST /sparql as a bare ASGI app, which the app calls before FastAPI's routing,
    dependency solving and middleware (api/app.py): the same handler and the same error shape,
    without the framework's ~60 us a request (measured against a bare endpoint). The routes above
    still document the endpoint and answer when the app is used without this shortcut."""
    request = Request(scope, receive)
    try:
        response = await _sparql(request)
    except ParleyError as exc:
        response = error_response(exc.code, exc.message, exc.status)
    except Exception as exc:  # noqa: BLE001 - as the app's catch-all handler: one shape, details logged
        response = internal_error(request, exc)
    await response(scope, receive, send)


@router.api_route("/sparql", methods=["PUT", "DELETE", "PATCH"], include_in_schema=False)
async def sparql_bad_method(request: Request) -> Response:
    return error_response("E118", f"{request.method} is not a SPARQL Protocol method; use GET or POST",
                          405, headers={"Allow": "GET, POST"})

