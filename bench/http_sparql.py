"""Parley's /sparql against the Oxigraph server on the same data, over HTTP on 127.0.0.1.

Both servers open the same on-disk store read-only; the same client (one keep-alive connection
to each) sends each query as a form POST asking for JSON results, to one server and then the
other, each going first in turn, and the median latency (request to last byte) is
compared. A round asks every query once, so a burst of load from elsewhere lands on all queries
and servers alike. The same query through pyoxigraph in this process (no HTTP) is timed in the
same rounds, as the floor. The first two rounds warm everything and are not counted.

Usage: python bench/http_sparql.py [--triples 1000000] [--reps 21] [--db DIR] [--grouped] [--worker-only]
``--db`` reuses a store built by an earlier run (``--keep DIR`` builds one there). ``--grouped``
sends one query's rounds back to back (the earlier way: hot caches, so fixed costs weigh more);
``--worker-only`` adds a Parley that sends every query to a worker process (PARLEY_INLINE_MS=0).
Needs the ``oxigraph`` server from PyPI (``pip install '.[bench]'``). The issue's target is a
ratio of at most 1.2 for every query; on a shared machine, run it twice before believing it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.scale import QUERIES  # noqa: E402
from graph.ns import sparql_prefixes  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    end = time.time() + seconds
    while time.time() < end:
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.args}")
        try:
            httpx.get(url, params={"query": "ASK {}"}, timeout=2)
            return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit(f"server did not start: {url}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--reps", type=int, default=21)
    ap.add_argument("--db", help="an existing store directory to serve (skips generating data)")
    ap.add_argument("--keep", help="build the store in this directory and keep it for --db")
    ap.add_argument("--target", type=float, default=1.2, help="the ratio each query must stay under")
    ap.add_argument("--grouped", action="store_true",
                    help="send all rounds of one query before the next (the same query back to back)")
    ap.add_argument("--oxigraph-preload", metavar="LIB",
                    help="start the Oxigraph server with this malloc preloaded too (LD_PRELOAD), to see how much "
                         "of the gap is the allocator Parley's query workers use (PARLEY_QUERY_MALLOC)")
    ap.add_argument("--worker-only", action="store_true",
                    help="also time a Parley that sends every query to a worker (PARLEY_INLINE_MS=0)")
    args = ap.parse_args()
    oxi = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(oxi).exists():
        sys.exit("error: the oxigraph server is not installed (pip install oxigraph)")
    import pyoxigraph as ox

    from bench.gen_triples import write

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or args.keep or f"{tmp}/db"
        if not args.db:
            write(args.triples, f"{tmp}/d.nq")
            st = ox.Store(db)
            st.bulk_load(path=f"{tmp}/d.nq", format=ox.RdfFormat.N_QUADS)
            st.optimize()
            del st
        local = ox.Store.read_only(db)
        n = len(local)
        rows = compare(oxi, db, local, args.reps, args.worker_only, args.grouped, args.oxigraph_preload)
        del local
    mode = "each query's rounds back to back" if args.grouped else "rounds over all queries"
    print(f"{n} triples; median of {args.reps} rounds ({mode}); JSON results; HTTP on 127.0.0.1, one "
          "keep-alive connection per server\n")
    extra = f" {'all-in-worker ms':>17} {'ratio':>6}" if args.worker_only else ""
    print(f"{'query':<18} {'rows':>6} {'in-process ms':>14} {'oxigraph ms':>12} {'parley ms':>10} {'ratio':>6}"
          + extra)
    for name, size, local_ms, a, b, w in rows:
        tail = f" {w:>17.2f} {w / a:>6.2f}" if args.worker_only else ""
        print(f"{name:<18} {size:>6} {local_ms:>14.2f} {a:>12.2f} {b:>10.2f} {b / a:>6.2f}" + tail)
    ratios = [b / a for _n, _s, _l, a, b, _w in rows]
    worst = max(ratios)
    print(f"\nmedian ratio parley/oxigraph: {statistics.median(ratios):.2f}; worst {worst:.2f} "
          f"({'within' if worst <= args.target else 'over'} the {args.target:g} target)")
    return 0


def parley(db: str, port: int, **env: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "api.cli", "serve", "--db", db, "-p", str(port), "--quiet",
                             "--row-cap", "1000000"], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT), **env})


def compare(oxi: str, db: str, local: object, reps: int, worker_only: bool,
            grouped: bool, preload: str | None = None) -> list[tuple[str, int, float, float, float, float]]:
    """(query, rows, in-process ms, oxigraph ms, parley ms, all-in-worker parley ms or 0) medians,
    the servers interleaved."""
    import pyoxigraph as ox

    p1, p2, p3 = free_port(), free_port(), free_port()
    servers = {
        "oxigraph": (subprocess.Popen([oxi, "serve-read-only", "--location", db, "--bind",
                                       f"127.0.0.1:{p1}", "--union-default-graph"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                      env={**os.environ, **({"LD_PRELOAD": preload} if preload else {})}),
                     f"http://127.0.0.1:{p1}/query"),
        "parley": (parley(db, p2), f"http://127.0.0.1:{p2}/sparql"),
    }
    if worker_only:
        servers["worker"] = (parley(db, p3, PARLEY_INLINE_MS="0"), f"http://127.0.0.1:{p3}/sparql")
    rows = []
    try:
        for proc, url in servers.values():
            wait_up(url, proc)
        client = httpx.Client(timeout=120)
        headers = {"Accept": "application/sparql-results+json"}
        texts = {name: sparql_prefixes() + q for name, q in QUERIES.items()}
        times: dict[tuple[str, str], list[float]] = {}
        sizes: dict[str, set[int]] = {name: set() for name in texts}
        order = list(servers.items())
        # two rounds warm everything; a round asks every query once, so a burst of load elsewhere
        # hits all queries alike (``grouped``: all rounds of one query, then the next query)
        steps = ([(i, n) for n in texts for i in range(reps + 2)] if grouped
                 else [(i, n) for i in range(reps + 2) for n in texts])
        for i, name in steps:
            text = texts[name]
            k = i % len(order)  # each server goes first in turn
            for who, (_proc, url) in order[k:] + order[:k]:
                t = time.perf_counter()
                r = client.post(url, data={"query": text}, headers=headers)
                times.setdefault((name, who), []).append((time.perf_counter() - t) * 1000)
                r.raise_for_status()
                sizes[name].add(len(json.loads(r.content)["results"]["bindings"]))
            t = time.perf_counter()
            local.query(text, use_default_graph_as_union=True).serialize(  # type: ignore[attr-defined]
                format=ox.QueryResultsFormat.JSON)
            times.setdefault((name, "local"), []).append((time.perf_counter() - t) * 1000)
        for name in texts:
            assert len(sizes[name]) == 1, (name, sizes[name])
            med = {who: statistics.median(v[2:]) for (n, who), v in times.items() if n == name}
            rows.append((name, sizes[name].pop(), med["local"], med["oxigraph"], med["parley"], med.get("worker", 0.0)))
    finally:
        for proc, _url in servers.values():
            proc.terminate()
            proc.wait(timeout=30)
    return rows


if __name__ == "__main__":
    sys.exit(main())
