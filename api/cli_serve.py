"""`parley serve`: the HTTP server (uvicorn) on 127.0.0.1:8000 unless told otherwise.

``-p 0`` picks a free port and prints the URL. Writes stay off unless ``--write`` and a token
(``PARLEY_TOKEN`` or ``--token``); the token is never printed or logged.
"""

from __future__ import annotations

import argparse
import errno
import os
import socket
import sys
from typing import Any

from api.cli import _EXTRA_PARSERS, COMMANDS
from graph.errors import ParleyError


def port_number(text: str) -> int:
    """argparse type for -p: a TCP port, 0–65535 (0 picks a free one)."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number; use 0–65535 (0 picks a free one)") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port; use 0–65535 (0 picks a free one)")
    return port


def bind(host: str, port: int) -> socket.socket:
    """The listening socket, bound before anything is printed, so that a port in use is one coded
    error line (uvicorn would log its own and exit 3); port 0 binds a free port here. The codes are
    E406/E407, not E404/E405: those are what the server answers HTTP 404 and 405 with (api/app.py)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise ParleyError("E406", f"port {port} on {host} is in use; stop what listens there or choose "
                              "another with -p (-p 0 picks a free one)") from None
        raise ParleyError("E407", f"cannot listen on {host}:{port}: {exc.strerror or exc}; check --host and "
                          "-p") from None
    return sock


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from api.app import create_app
    from api.server import config
    from api.state import Settings
    from graph.backends import EMBEDDED, open_store, store_spec
    from graph.store import default_db_path

    token = args.token or os.environ.get("PARLEY_TOKEN") or None
    if args.write and not token:
        raise ParleyError("E400", "--write needs a token: set PARLEY_TOKEN or pass --token")
    if args.timeout <= 0:
        raise ParleyError("E403", "--timeout must be more than 0 seconds")
    remote = None
    if store_spec(getattr(args, "store", None)) not in EMBEDDED:  # a remote SPARQL endpoint
        remote = open_store(store=args.store)
    settings = Settings(db=args.db or default_db_path(), store=remote, write=args.write, token=token,
                        cors=args.cors, timeout=args.timeout, row_cap=args.row_cap, workers=args.workers)
    sock = bind(args.host, args.port)
    try:
        app = create_app(settings)
    except BaseException:
        sock.close()
        raise
    port = sock.getsockname()[1]
    mode = "read-write" if args.write else "read-only"
    print(f"Parley on http://{args.host}:{port}/ ({mode}; SPARQL at /sparql, API docs at /docs)", flush=True)
    server = uvicorn.Server(config(app, host=args.host, port=port, log_level="warning" if args.quiet else "info"))
    server.run(sockets=[sock])
    return 0


def _register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("serve", parents=[common], help="serve SPARQL, the Graph Store and the JSON API")
    p.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    p.add_argument("-p", "--port", type=port_number, default=8000, help="port (default 8000; 0 picks a free one)")
    p.add_argument("--cors", action="store_true", help="allow browser pages from any origin to query")
    p.add_argument("--write", action="store_true", help="allow writes (needs PARLEY_TOKEN or --token)")
    p.add_argument("--token", help="bearer token for writes (prefer the PARLEY_TOKEN variable)")
    p.add_argument("--timeout", type=float, default=10.0, help="seconds per SPARQL query (default 10)")
    p.add_argument("--row-cap", type=int, default=10_000, help="most rows a SELECT returns (default 10000)")
    p.add_argument("--workers", type=int, default=2, help="query worker processes kept ready (default 2)")
    p.add_argument("--quiet", action="store_true", help="log warnings only")


_EXTRA_PARSERS.append(_register)
COMMANDS["serve"] = cmd_serve

if __name__ == "__main__":
    sys.exit(cmd_serve(argparse.Namespace()))
