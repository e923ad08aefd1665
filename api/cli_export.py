"""``parley export``: a view of the store as GEXF, GraphML or a picture, or the whole graph as RDF.

    parley export --format gexf --view actors -o actors.gexf
    parley export --format png -o docs/actors.png
    parley export --format trig -o graph.trig
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from api.cli import _EXTRA_PARSERS, COMMANDS, _open_store
from graph.errors import ParleyError

_FORMATS = ("gexf", "graphml", "png", "svg", "ttl", "nq", "jsonld", "trig")
_RDF_FORMATS = ("ttl", "nq", "jsonld", "trig")
_VIEWS = ("actors", "stances", "full")


def _format_from(path: str | None) -> str | None:
    if not path or path == "-":
        return None
    ext = Path(path).suffix.lower().lstrip(".")
    return {"turtle": "ttl", "nquads": "nq", "json": "jsonld"}.get(ext, ext) if ext else None


def cmd_export(args: argparse.Namespace) -> int:
    from graph.export import export

    fmt = args.format or _format_from(args.output)
    if fmt is None:
        raise ParleyError("E073", f"say --format (one of: {', '.join(_FORMATS)}) or give -o a known extension")
    if fmt not in _FORMATS:
        raise ParleyError("E071", f"unknown format {fmt!r}; choose one of: {', '.join(_FORMATS)}")
    if fmt in ("png", "svg") and (args.output in (None, "-")) and sys.stdout.isatty():
        raise ParleyError("E074", f"{fmt} is binary: write it to a file with -o FILE")
    if args.output not in (None, "-") and not Path(args.output).parent.is_dir():
        raise ParleyError("E077", f"no such folder: {Path(args.output).parent} (for -o {args.output}); "
                          "create it first, or write elsewhere")
    with _open_store(args, read_only=True) as store:
        data, _media = export(store, fmt, args.view)
    if args.output in (None, "-"):
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        out = Path(args.output)
        try:
            out.write_bytes(data)
        except OSError as exc:
            raise ParleyError("E075", f"cannot write {out}: {exc.strerror or exc}") from None
        if not args.silent:
            view = "" if fmt in _RDF_FORMATS else f", view {args.view}"  # a dump has no view
            print(f"wrote {out} ({len(data):,} bytes, {fmt}{view})", file=sys.stderr)
    return 0


def _register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("export", parents=[common], help="export a view (GEXF, GraphML, PNG, SVG) or RDF dump")
    p.add_argument("--format", "-f", choices=_FORMATS,
                   help="output format (default: from the -o extension); RDF formats dump the whole graph")
    p.add_argument("--view", "-v", choices=_VIEWS, default="actors",
                   help="actors: actor↔actor relations; stances: actors↔proposals/issues/demands; "
                        "full: every entity and assertion (default: actors)")
    p.add_argument("--output", "-o", help="file to write (default or -: standard output)")
    p.add_argument("--silent", action="store_true", help="no closing line on stderr")


COMMANDS["export"] = cmd_export
if _register not in _EXTRA_PARSERS:
    _EXTRA_PARSERS.append(_register)
