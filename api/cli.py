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
    from graph.articles import discover, iter_articles
    from graph.pipeline import ingest

    files = discover(args.paths)
    if not files:
        raise ParleyError("E001", "no articles found in " + ", ".join(map(str, args.paths)))
    with _open_store(args) as store:
        bar = Progress(len(files), enabled=not args.silent)
        summary = ingest(store, iter_articles(args.paths, published=args.published),
                         on_article=lambda m, s: bar.step(len(m.text.split()) if m else 0),
                         workers=args.workers)
        bar.close()
    for err in summary.errors:
        print(f"error: {err}", file=sys.stderr)
    if not args.silent:
        print(summary.line())
    return EXIT_ERROR if summary.failed else 0


def _print_rows(rows: list[dict[str, Any]], names: list[str], fmt: str) -> None:
    if fmt == "json":
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    elif fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=names)
        w.writeheader()
        w.writerows(rows)
    else:
        widths = {n: min(60, max([len(n)] + [len(str(r.get(n, ""))) for r in rows])) for n in names}
        print("  ".join(n.ljust(widths[n]) for n in names))
        print("  ".join("-" * widths[n] for n in names))
        for r in rows:
            print("  ".join(str(r.get(n, ""))[:60].ljust(widths[n]) for n in names))


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
        with open(text[1:], encoding="utf-8") as fh:
            text = fh.read()
    from api.sparql_text import refuse_forbidden

    refuse_forbidden(text)  # as on the server: no SERVICE fetches, no parser-crashing nesting
    with _open_store(args, read_only=True) as store:
        try:
            res = store.query(text)
        except SyntaxError as exc:
            raise ParleyError("E050", f"malformed SPARQL: {exc}") from None
        if isinstance(res, ox.QueryBoolean):
            print(json.dumps(bool(res)) if args.format == "json" else ("yes" if res else "no"))
            return 0
        if hasattr(res, "variables"):  # SELECT, local or remote
            names = [v.value for v in res.variables]
            rows = [{n: sol[n].value for n in names if sol[n] is not None} for sol in res]
            _print_rows(rows, names, args.format)
            return 0
        fmt = ox.RdfFormat.TURTLE if args.format == "table" else ox.RdfFormat.N_TRIPLES
        sys.stdout.write(res.serialize(format=fmt).decode("utf-8"))
        return 0


@command("extract")
def cmd_extract(args: argparse.Namespace) -> int:
    from graph.articles import read_article
    from graph.facts import facts_view
    from graph.pipeline import extract_to_memory

    meta = read_article(args.file, published=args.published)
    store = extract_to_memory(meta)
    if args.format == "facts":
        print(json.dumps(facts_view(store, meta.id), indent=2, ensure_ascii=False))
    else:
        import pyoxigraph as ox

        fmt = {"turtle": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}[args.format]
        sys.stdout.write(store.ox.dump(format=fmt).decode("utf-8"))
    return 0


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
    p.add_argument("--format", "-f", choices=["table", "json", "csv"], default="table")

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
