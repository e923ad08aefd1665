"""A real uvicorn server on 127.0.0.1 in a background thread, for integration tests."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import uvicorn

from api.app import create_app
from api.server import config
from api.state import Settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_server(settings: Settings, **uvicorn_kw: object) -> Iterator[str]:
    """Start the app with these settings (and uvicorn options, e.g. ``http="h11"``); yields the base
    URL; stops it afterwards."""
    app = create_app(settings)
    port = free_port()
    server = uvicorn.Server(config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on",
                                   **uvicorn_kw))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    httpx.get(base + "/stats", timeout=10)
    try:
        yield base
    finally:
        server.should_exit = True
        thread.join(15)
