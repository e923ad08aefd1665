"""Parley's /sparql against the Oxigraph server on the same data, over HTTP on 127.0.0.1.

Both servers open the same on-disk store read-only; each query is sent alternately to one and
the other and the median latency (request to last byte, JSON results) is compared.

Usage: python bench/http_sparql.py [--triples 1000000] [--reps 9]
Needs the ``oxigraph`` server from PyPI (``pip install '.[bench]'``).
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
    ap.add_argument("--reps", type=int, default=9)
    args = ap.parse_args()
    oxi = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(oxi).exists():
        sys.exit("error: the oxigraph server is not installed (pip install oxigraph)")
    import pyoxigraph as ox

    from bench.gen_triples import write

    with tempfile.TemporaryDirectory() as tmp:
        write(args.triples, f"{tmp}/d.nq")
        st = ox.Store(f"{tmp}/db")
        st.bulk_load(path=f"{tmp}/d.nq", format=ox.RdfFormat.N_QUADS)
        st.optimize()
        n = len(st)
        del st
        p1, p2 = free_port(), free_port()
        servers = {
            "oxigraph": (subprocess.Popen([oxi, "serve-read-only", "--location", f"{tmp}/db", "--bind",
                                           f"127.0.0.1:{p1}", "--union-default-graph"],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
                         f"http://127.0.0.1:{p1}/query"),
            "parley": (subprocess.Popen([sys.executable, "-m", "api.cli", "serve", "--db", f"{tmp}/db", "-p", str(p2),
                                         "--quiet", "--row-cap", "1000000"], cwd=ROOT,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                        env={**os.environ, "PYTHONPATH": str(ROOT)}),
                       f"http://127.0.0.1:{p2}/sparql"),
        }
        try:
            for proc, url in servers.values():
                wait_up(url, proc)
            client = httpx.Client(timeout=120)
            headers = {"Accept": "application/sparql-results+json"}
            rows = []
            for name, q in QUERIES.items():
                text = sparql_prefixes() + q
                times: dict[str, list[float]] = {k: [] for k in servers}
                sizes = {}
                for _ in range(args.reps + 1):  # the first round warms both
                    for who, (_proc, url) in servers.items():
                        t = time.perf_counter()
                        r = client.post(url, data={"query": text}, headers=headers)
                        times[who].append((time.perf_counter() - t) * 1000)
                        r.raise_for_status()
                        sizes[who] = len(json.loads(r.content)["results"]["bindings"])
                assert sizes["oxigraph"] == sizes["parley"], (name, sizes)
                med = {k: statistics.median(v[1:]) for k, v in times.items()}
                rows.append((name, sizes["parley"], med["oxigraph"], med["parley"], med["parley"] / med["oxigraph"]))
        finally:
            for proc, _url in servers.values():
                proc.terminate()
                proc.wait(timeout=30)
    print(f"{n} triples; median of {args.reps} requests each; JSON results over HTTP on 127.0.0.1\n")
    print(f"{'query':<18} {'rows':>6} {'oxigraph ms':>12} {'parley ms':>10} {'ratio':>6}")
    for name, size, a, b, r in rows:
        print(f"{name:<18} {size:>6} {a:>12.2f} {b:>10.2f} {r:>6.2f}")
    ratios = [r[-1] for r in rows]
    print(f"\nmedian ratio parley/oxigraph: {statistics.median(ratios):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
