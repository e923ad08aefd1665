"""A bounded loopback load on the JSON API: N clients for S seconds against `parley serve`.

The server runs in its own process on 127.0.0.1 over a store with seeds/ (and optionally a
synthetic corpus) ingested. Clients cycle through a fixed mix of JSON endpoints and /sparql;
reports throughput, p50, p99 and errors (any non-2xx counts; the target is 0).

Usage: python bench/load_api.py [--clients 20] [--seconds 30] [--synthetic 100]
"""

from __future__ import annotations

import argparse
import asyncio
import os
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

MIX = [
    "/actors?limit=20", "/actors?q=put", "/events?limit=20", "/events?type=CONSULT", "/positions?limit=20",
    "/demands?limit=20", "/claims", "/articles", "/stats", "/proposals", "/timeline?actor=Vladimir%20Putin",
    "/paths?from=Vladimir%20Putin&to=Ukraine", "/articles/000_50ee412626375c89/facts",
    "/sparql?query=SELECT%20(COUNT(*)%20AS%20%3Fn)%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def client(base: str, until: float, lat: list[float], errors: list[str], k: int) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        i = k
        while time.perf_counter() < until:
            path = MIX[i % len(MIX)]
            i += 1
            t = time.perf_counter()
            try:
                r = await http.get(path, headers={"Accept": "application/json"})
                if r.status_code >= 300:
                    errors.append(f"{r.status_code} {path}")
            except httpx.HTTPError as exc:
                errors.append(f"{exc.__class__.__name__} {path}")
            lat.append((time.perf_counter() - t) * 1000)


async def run(base: str, clients: int, seconds: float) -> tuple[list[float], list[str], float]:
    lat: list[float] = []
    errors: list[str] = []
    t0 = time.perf_counter()
    until = t0 + seconds
    await asyncio.gather(*(client(base, until, lat, errors, k) for k in range(clients)))
    return lat, errors, time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--synthetic", type=int, default=100, help="synthetic articles ingested beside seeds/")
    args = ap.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory() as tmp:
        db = f"{tmp}/db"
        paths = [str(ROOT / "seeds")]
        if args.synthetic:
            from bench.gen_corpus import write

            write(args.synthetic, f"{tmp}/corpus")
            paths.append(f"{tmp}/corpus")
        subprocess.run([sys.executable, "-m", "api.cli", "ingest", *paths, "--db", db, "--silent"], cwd=ROOT,
                       env=env, check=True)
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "api.cli", "serve", "--db", db, "-p", str(port), "--quiet"],
                                  cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(150):
                try:
                    httpx.get(base + "/stats", timeout=2)
                    break
                except httpx.HTTPError:
                    time.sleep(0.2)
            lat, errors, took = asyncio.run(run(base, args.clients, args.seconds))
        finally:
            server.terminate()
            server.wait(timeout=30)
    lat.sort()
    p99 = lat[int(len(lat) * 0.99) - 1] if lat else 0.0
    print(f"{args.clients} clients, {took:.1f} s, {len(lat)} requests over {len(MIX)} endpoints")
    print(f"throughput {len(lat) / took:,.0f} req/s   p50 {statistics.median(lat):.1f} ms   p99 {p99:.1f} ms   "
          f"errors {len(errors)}")
    for e in sorted(set(errors))[:10]:
        print(f"  {e}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
