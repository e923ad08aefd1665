"""How uvicorn is configured for Parley (``parley serve`` and the integration tests alike).

A SPARQL GET carries the whole query in its URL. uvicorn's HTTP parsers stop near 64 KB: h11 at
its ``h11_max_incomplete_event_size``, httptools because its URL parser keeps 16-bit offsets.
Here both take request lines and headers up to MAX_URL (the size of the largest body a query may
be POSTed with). With httptools (uvicorn[standard] installs it, and it is then always used), a
request past that, or one the parser cannot read, gets the JSON error shape with a hint to POST
instead of uvicorn's bare "Invalid HTTP request received.". The h11 fallback gets the larger
buffer, but h11 bounds only a head that has not yet arrived whole, so a longer URL sent at once
would be served: there the app is wrapped (:func:`_size_guard`) so the same request gets the same
JSON 414, and h11's buffer is twice MAX_URL so a head up to there is read whole whatever the reads'
sizes. A head still incomplete past that, and h11's parse errors, keep uvicorn's plain-text 400.
"""

from __future__ import annotations

import json
from typing import Any

import uvicorn

MAX_URL = 1_000_000 + 64 * 1024  # the 1 MB body limit plus room for the other parameters and headers
_TOO_LONG = ("E136", 414, f"the request line or headers are over the {MAX_URL} byte limit; send a long "
             "query with POST (application/sparql-query, or a form with query=)")
_MALFORMED = ("E137", 400, "malformed HTTP request: the server could not parse its request line or headers")


def _error_body(code: str, status: int, message: str) -> bytes:
    """The JSON error shape the app's own errors have."""
    return json.dumps({"ok": False, "error": message, "code": code, "status": status},
                      separators=(",", ":")).encode("ascii")


def _error_bytes(code: str, status: int, message: str) -> bytes:
    body = _error_body(code, status, message)
    phrase = {400: b"Bad Request", 414: b"URI Too Long"}[status]
    return b"".join([b"HTTP/1.1 %d %s\r\n" % (status, phrase), b"content-type: application/json\r\n",
                     b"content-length: %d\r\n" % len(body), b"connection: close\r\n\r\n", body])


def _protocol_class() -> type | None:
    """httptools' protocol with long URLs allowed and the JSON error shape; None without httptools
    (uvicorn then uses h11 with ``h11_max_incomplete_event_size``)."""
    try:
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
    except ImportError:
        return None

    class LongURLProtocol(HttpToolsProtocol):  # type: ignore[misc]
        _too_long = False
        _header_bytes = 0

        def on_message_begin(self) -> None:
            super().on_message_begin()
            self._too_long = False
            self._header_bytes = 0

        def on_url(self, url: bytes) -> None:
            super().on_url(url)
            if len(self.url) > MAX_URL:
                self._too_long = True
                raise ValueError("request line too long")  # httptools reports it as a parser error

        def on_header(self, name: bytes, value: bytes) -> None:
            super().on_header(name, value)
            self._header_bytes += len(name) + len(value)
            if self._header_bytes > MAX_URL:
                self._too_long = True
                raise ValueError("headers too long")

        def on_headers_complete(self) -> None:
            url = self.url
            if len(url) <= 65535:  # httptools.parse_url's limit: 16-bit offsets
                super().on_headers_complete()
                return
            path, _, rest = url.partition(b"?")
            query = rest.partition(b"#")[0]
            self.url = path
            try:
                super().on_headers_complete()  # builds the scope and schedules the app, which runs later
            finally:
                self.url = url
            self.scope["query_string"] = query

        def send_400_response(self, msg: str) -> None:
            code, status, message = _TOO_LONG if self._too_long else _MALFORMED
            self.transport.write(_error_bytes(code, status, message))
            self.transport.close()

    return LongURLProtocol


def _size_guard(app: Any) -> Any:
    """The app behind a check of the request target's and headers' size, for the parsers that let
    a longer one through (h11): past MAX_URL, the same JSON 414 as httptools gets, before the app
    sees the request."""
    status = _TOO_LONG[1]
    body = _error_body(*_TOO_LONG)

    async def guarded(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            query = scope.get("query_string") or b""
            target = len(scope.get("raw_path") or b"") + (len(query) + 1 if query else 0)
            headers = sum(len(n) + len(v) for n, v in scope.get("headers") or ())
            if target > MAX_URL or headers > MAX_URL:
                await send({"type": "http.response.start", "status": status, "headers": [
                    (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close")]})
                await send({"type": "http.response.body", "body": body})
                return
        await app(scope, receive, send)

    return guarded


def config(app: Any, **kw: Any) -> uvicorn.Config:
    """uvicorn's Config with Parley's request-size limits, whichever HTTP parser serves."""
    proto = _protocol_class()
    if proto is not None:
        kw.setdefault("http", proto)
    if proto is None or kw["http"] is not proto:  # h11 (no httptools, or asked for): checked in front of the app
        # h11 refuses, in plain text, a head still incomplete past this size, wherever the reads
        # happened to cut it; twice the limit lets every head up to there arrive whole and get the JSON 414
        kw.setdefault("h11_max_incomplete_event_size", 2 * MAX_URL)
        app = _size_guard(app)
    else:
        kw.setdefault("h11_max_incomplete_event_size", MAX_URL)
    return uvicorn.Config(app, **kw)
