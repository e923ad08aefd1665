"""The ``parley`` command line: ingest, query, extract, facts, stats (and serve, path, export).

Errors are one line on stderr with a non-zero exit; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

from graph.errors import ParleyError

EXIT_USAGE = 2
EXIT_ERROR = 1

Command = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, Command] = {}


def command(name: str) -> Callable[[Command], Command]:
    def deco(fn: Command) -> Command:
        COMMANDS[name] = fn
        return fn

    return deco


def _open_store(args: argparse.Namespace, *, read_only: bool = False):
    from graph.backends import open_store

    return open_store(args.db, store=args.store, read_only=read_only)


class Progress:
    """A one-line progress bar with rate, on stderr, only for a TTY and without --silent."""

    def __init__(self, total: int, *, enabled: bool) -> None:
        self.total, self.done, self.words = total, 0, 0
        self.enabled = enabled and sys.stderr.isatty()
        self.t0 = time.perf_counter()

    def step(self, words: int) -> None:
        self.done += 1
        self.words += words
        if not self.enabled:
            return
        width = 30
        filled = int(width * self.done / max(1, self.total))
        rate = self.words / max(1e-9, time.perf_counter() - self.t0)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} "
                         f"{rate:,.0f} words/s")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


@command("ingest")
def cmd_ingest(args: argparse.Namespace) -> int:
    from graph.articles import discover, read_discovered
    from graph.pipeline import ingest

    skipped: list[tuple[Any, str]] = []
    missing: list[ParleyError] = []
    files = discover(args.paths, skipped=skipped, errors=missing)
    if not files and not missing:
        raise ParleyError("E001", "no articles found in " + ", ".join(map(str, args.paths))
                          + " (folders give their .txt, .text and .jsonl files)")

    def step(meta: Any, status: str) -> None:
        bar.step(len(meta.text.split()) if meta is not None and status != "unchanged" else 0)

    with _open_store(args) as store:
        bar = Progress(len(files) + len(missing), enabled=not args.silent)
        summary = ingest(store, read_discovered(files, missing, published=args.published),
                         on_article=step, workers=args.workers)
        bar.close()
    summary.skipped = len(skipped)
    for err in summary.errors:
        print(f"error: {err}", file=sys.stderr)
    if not args.silent:
        for path, why in skipped[:_SHOW_SKIPPED]:
            print(f"skipped: {path} ({why})", file=sys.stderr)
        if len(skipped) > _SHOW_SKIPPED:
            print(f"skipped: {len(skipped) - _SHOW_SKIPPED} more", file=sys.stderr)
        for warning in summary.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        print(summary.line())
    return EXIT_ERROR if summary.failed else 0


_SHOW_SKIPPED = 10
_CELL = 60  # widest table cell; a longer value is cut and ends with "…"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_XSD_INTEGERS = frozenset(_XSD + t for t in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "negativeInteger",
    "nonPositiveInteger", "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte"))
_XSD_REALS = frozenset(_XSD + t for t in ("decimal", "double", "float"))


def _json_value(term: Any) -> Any:
    """A SELECT value for JSON: numbers and booleans as JSON numbers and booleans (by the literal's
    datatype), everything else, IRIs included, as its string."""
    import pyoxigraph as ox

    if not isinstance(term, ox.Literal):
        return term.value
    dtype, value = term.datatype.value, term.value
    try:
        if dtype in _XSD_INTEGERS:
            return int(value)
        if dtype in _XSD_REALS:
            number = float(value)
            return number if number == number and abs(number) != float("inf") else value  # NaN, INF: no JSON
        if dtype == _XSD + "boolean":
            return value.strip() in ("true", "1")
    except ValueError:  # an ill-typed literal ("abc"^^xsd:integer) stays as written
        pass
    return value


def _cell(value: Any) -> str:
    text = str(value)
    return text if len(text) <= _CELL else text[: _CELL - 1] + "…"


def _print_rows(rows: list[dict[str, Any]], names: list[str], fmt: str) -> None:
    if fmt == "json":
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    elif fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=names)
        w.writeheader()
        w.writerows(rows)
    else:
        widths = {n: max([len(_cell(n))] + [len(_cell(r.get(n, ""))) for r in rows]) for n in names}
        print("  ".join(_cell(n).ljust(widths[n]) for n in names))
        print("  ".join("-" * widths[n] for n in names))
        for r in rows:
            print("  ".join(_cell(r.get(n, "")).ljust(widths[n]) for n in names))


_UPDATES = frozenset(("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"))
_GRAPH_FORMATS = ("ttl", "nt")
_ROW_FORMATS = ("table", "json", "csv")


def _is_update(text: str) -> bool:
    """Whether the text's first operation keyword (after PREFIX and BASE) is a SPARQL Update one."""
    from api.sparql_text import tokens

    for t in tokens(text):
        if t.depth == 0 and t.keyword in (*_UPDATES, "SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
            return t.keyword in _UPDATES
    return False


def _read_query_file(name: str) -> str:
    """The text of ``@FILE``, or a coded error saying what is wrong with the file."""
    try:
        with open(name, encoding="utf-8-sig") as fh:
            text = fh.read()
    except FileNotFoundError:
        raise ParleyError("E001", f"no such file: {name}") from None
    except IsADirectoryError:
        raise ParleyError("E001", f"{name} is a folder, not a file") from None
    except UnicodeDecodeError as exc:
        raise ParleyError("E002", f"{name}: not UTF-8 text (bad byte at offset {exc.start}); "
                          "a query file is plain SPARQL text") from None
    except OSError as exc:
        raise ParleyError("E001", f"cannot read {name}: {exc.strerror or exc}") from None
    if "\x00" in text:
        raise ParleyError("E002", f"{name}: binary data, not text; a query file is plain SPARQL text")
    return text


@command("query")
def cmd_query(args: argparse.Namespace) -> int:
    import pyoxigraph as ox

    if args.list:
        from graph.named_queries import named_queries

        for q in named_queries().values():
            print(f"{q.name:<22} {q.description}")
        return 0
    if args.name:
        from graph.named_queries import named_query

        if args.sparql:
            raise ParleyError("E091", "give either a query or --name, not both")
        text = named_query(args.name).sparql
    elif not args.sparql:
        raise ParleyError("E091", "give a SPARQL query, @FILE, - for stdin, or --name NAME (see --list)")
    else:
        text = args.sparql
    if text == "-":
        text = sys.stdin.read()
    elif text.startswith("@"):
        text = _read_query_file(text[1:])
    from api.sparql_text import refuse_forbidden

    refuse_forbidden(text)  # as on the server: no SERVICE fetches, no parser-crashing nesting
    if _is_update(text):
        raise ParleyError("E051", "parley query is read-only and this is a SPARQL Update; add articles with "
                          "`parley ingest`, or send updates to `parley serve --write` (POST /sparql with "
                          "the token)")
    with _open_store(args, read_only=True) as store:
        try:
            res = store.query(text)
        except SyntaxError as exc:
            raise ParleyError("E050", f"malformed SPARQL: {exc}") from None
        is_graph = not isinstance(res, ox.QueryBoolean) and not hasattr(res, "variables")
        if is_graph and args.format in ("json", "csv"):
            raise ParleyError("E052", f"a CONSTRUCT or DESCRIBE returns a graph, not rows: use -f ttl "
                              f"(Turtle, the default) or -f nt (N-Triples), not -f {args.format}")
        if not is_graph and args.format in _GRAPH_FORMATS:
            raise ParleyError("E052", f"a SELECT or ASK returns rows, not a graph: use -f "
                              f"{', '.join(_ROW_FORMATS)}, not -f {args.format}")
        if isinstance(res, ox.QueryBoolean):
            print(json.dumps(bool(res)) if args.format == "json" else ("yes" if res else "no"))
            return 0
        if hasattr(res, "variables"):  # SELECT, local or remote
            names = [v.value for v in res.variables]
            typed = _json_value if args.format == "json" else (lambda term: term.value)
            rows = [{n: typed(sol[n]) for n in names if sol[n] is not None} for sol in res]
            _print_rows(rows, names, args.format)
            return 0
        fmt = ox.RdfFormat.N_TRIPLES if args.format == "nt" else ox.RdfFormat.TURTLE
        sys.stdout.write(res.serialize(format=fmt).decode("utf-8"))
        return 0


@command("extract")
def cmd_extract(args: argparse.Namespace) -> int:
    from graph.articles import read_one
    from graph.facts import facts_view
    from graph.pipeline import extract_to_memory

    meta = read_one(args.file, published=args.published)
    store = extract_to_memory(meta)
    if args.format == "facts":
        print(json.dumps(facts_view(store, meta.id), indent=2, ensure_ascii=False))
    elif args.format == "turtle":  # Turtle has no named graphs: the union of the article's graphs
        import pyoxigraph as ox

        triples = {q.triple for q in store.ox.quads_for_pattern(None, None, None)}
        sys.stdout.write(ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.TURTLE,
                                      prefixes=_prefixes()).decode("utf-8"))
    else:
        import pyoxigraph as ox

        sys.stdout.write(store.ox.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8"))
    return 0


def _prefixes() -> dict[str, str]:
    """The ontology's prefixes, for Turtle a person can read."""
    from graph.ns import PREFIXES

    return dict(PREFIXES)


@command("facts")
def cmd_facts(args: argparse.Namespace) -> int:
    from graph.facts import facts_view

    with _open_store(args, read_only=True) as store:
        print(json.dumps(facts_view(store, args.article), indent=2, ensure_ascii=False))
    return 0


@command("stats")
def cmd_stats(args: argparse.Namespace) -> int:
    from graph.query import stats

    with _open_store(args, read_only=True) as store:
        s = stats(store)
    if args.format == "json":
        print(json.dumps(s, indent=2))
    else:
        for k, v in s.items():
            print(f"{k:<12} {v}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    def options(default: Any) -> argparse.ArgumentParser:
        p = argparse.ArgumentParser(add_help=False)
        p.add_argument("--db", default=default, help="store folder (default: $PARLEY_DB or .parley/db)")
        p.add_argument("--store", default=default,
                       help="'embedded' (default) or a SPARQL endpoint URL (default: $PARLEY_STORE)")
        p.add_argument("--debug", action="store_true", default=default or False, help="show tracebacks")
        return p

    # Options may come before or after the command; a subcommand's unset option must not
    # overwrite one given before it, hence SUPPRESS there.
    ap = argparse.ArgumentParser(prog="parley", description="Negotiation-position knowledge graph.",
                                 parents=[options(None)])
    common = options(argparse.SUPPRESS)
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("ingest", parents=[common], help="read articles into the store")
    p.add_argument("paths", nargs="+", help="text files, folders or .jsonl files")
    p.add_argument("--published", help="publication date YYYY-MM-DD for files without a sidecar")
    p.add_argument("--silent", action="store_true", help="no progress bar and no summary")
    p.add_argument("--workers", "-j", type=int, default=os.cpu_count() or 1,
                   help="extraction processes (default: all cores; the store keeps one writer)")

    p = sub.add_parser("query", parents=[common], help="run SPARQL against the store")
    p.add_argument("sparql", nargs="?", help="the query, @FILE, or - for stdin")
    p.add_argument("--name", "-n", help="run a named query from queries/ (see --list)")
    p.add_argument("--list", action="store_true", help="list the named queries")
    p.add_argument("--format", "-f", choices=[*_ROW_FORMATS, *_GRAPH_FORMATS], default="table",
                   help="SELECT and ASK: table, json or csv; CONSTRUCT and DESCRIBE: ttl (also what table "
                        "prints) or nt")

    p = sub.add_parser("extract", parents=[common], help="run the pipeline on one file, print the result")
    p.add_argument("file")
    p.add_argument("--published", help="publication date YYYY-MM-DD")
    p.add_argument("--format", "-f", choices=["facts", "turtle", "nquads"], default="facts")

    p = sub.add_parser("facts", parents=[common], help="print the facts view of a stored article")
    p.add_argument("article", help="article id (see `parley query` or `parley stats`)")

    p = sub.add_parser("stats", parents=[common], help="counts of what the store holds")
    p.add_argument("--format", "-f", choices=["table", "json"], default="table")

    for register in _EXTRA_PARSERS:
        register(sub, common)
    return ap


# Other modules (serve, path, export) add their subcommands here: fn(subparsers, common_parent).
_EXTRA_PARSERS: list[Callable[[Any, argparse.ArgumentParser], None]] = []


def _load_extras() -> None:
    import importlib

    for mod in ("api.cli_serve", "api.cli_path", "api.cli_export"):
        try:
            importlib.import_module(mod)
        except ModuleNotFoundError as exc:
            if exc.name != mod:
                raise


def main(argv: Sequence[str] | None = None) -> int:
    _load_extras()
    ap = build_parser()
    args = ap.parse_args(argv)
    if not args.command:
        ap.print_help()
        return EXIT_USAGE
    try:
        return COMMANDS[args.command](args)
    except ParleyError as exc:
        if args.debug:
            raise
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - last line of defence: one line, no traceback
        if args.debug:
            raise
        print(f"error: {exc.__class__.__name__}: {exc} (run with --debug for details)", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    # `python -m api.cli`: run the importable module, whose COMMANDS/_EXTRA_PARSERS the extras fill
    from api.cli import main as _main

    sys.exit(_main())
