"""How Parley grows with data: load, memory, SPARQL, paths and export at 100k, 1M and 10M triples.

Each size runs in a fresh process (clean RSS). Baselines run in the same process on the same
store: raw pyoxigraph ``Store.query`` for our SPARQL layer, and a full projection rebuild for
the incremental path refresh after one article write.

Usage: python bench/scale.py [--sizes 100000,1000000,10000000] [--plot docs/scale.png]
Prints a table and writes bench/results/scale.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

QUERIES = {
    "actor_positions": """SELECT ?p ?stance ?text WHERE { ?p a parley:Position ; parley:holder ?h ;
        parley:stance ?stance ; parley:text ?text . ?h skos:prefLabel ?n } LIMIT 200""",
    "events_per_type": "SELECT ?t (COUNT(?e) AS ?n) WHERE { ?e a parley:Event ; parley:eventType ?t } GROUP BY ?t",
    "label_search": """SELECT ?a ?n WHERE { ?a skos:prefLabel ?n FILTER(CONTAINS(LCASE(?n), "kalo")) } LIMIT 100""",
    "latest_demands": """SELECT ?d ?by ?what ?date WHERE {
        { SELECT ?d ?date WHERE { ?d a parley:Demand ; dcterms:date ?date } ORDER BY DESC(?date) LIMIT 50 }
        ?d parley:demandedBy ?b ; parley:text ?what . ?b skos:prefLabel ?by }""",
    "one_article": """SELECT ?x ?ev WHERE { GRAPH <https://w3id.org/parley/graph/article/s0000007> {
        ?x parley:evidence ?s . ?s oa:hasSelector ?q . ?q oa:exact ?ev } }""",
}


def rss_mb(field: str = "VmRSS") -> float:
    """Resident memory now (VmRSS) or at its peak so far (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def median_ms(fn, reps: int = 5) -> float:
    fn()  # warm
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def one_size(size: int) -> dict:
    import pyoxigraph as ox

    from bench.gen_triples import write
    from graph.articles import make_article
    from graph.build import build
    from graph.extract import extract
    from graph.ns import sparql_prefixes
    from graph.paths import PathIndex
    from graph.store import Store

    out: dict = {"size": size}
    with tempfile.TemporaryDirectory() as tmp:
        nq = f"{tmp}/data.nq"
        write(size, nq)
        store = Store.open(f"{tmp}/db")
        base_rss = rss_mb()
        t = time.perf_counter()
        store.ox.bulk_load(path=nq, format=ox.RdfFormat.N_QUADS)
        store.ox.optimize()
        load_s = time.perf_counter() - t
        n = len(store)
        out |= {"triples": n, "load_s": round(load_s, 2), "triples_per_s": round(n / load_s),
                "rss_mb": round(rss_mb()), "rss_mb_per_million": round((rss_mb() - base_rss) / (n / 1e6), 1)}
        prefixes = sparql_prefixes()
        sparql = {}
        for name, q in QUERIES.items():
            ours = median_ms(lambda q=q: store.select(q))
            raw = median_ms(lambda q=q: [[s[v] for v in ("p", "t", "a", "d", "x") if v in s]  # noqa: B023
                                         for s in store.ox.query(prefixes + q, use_default_graph_as_union=True)])
            sparql[name] = {"ours_ms": round(ours, 2), "pyoxigraph_ms": round(raw, 2), "ratio": round(ours / raw, 2)}
        out["sparql"] = sparql
        out["sparql_p50_ratio"] = round(statistics.median(v["ratio"] for v in sparql.values()), 2)

        idx = PathIndex(store)
        t = time.perf_counter()
        g = idx.graph()
        out["projection_s"] = round(time.perf_counter() - t, 2)
        out["projection_nodes"], out["projection_edges"] = g.number_of_nodes(), g.number_of_edges()
        actors = [r["n"] for r in store.select(
            "SELECT ?n WHERE { ?a a parley:Person ; skos:prefLabel ?n } ORDER BY ?n LIMIT 40")]
        pairs = list(zip(actors[::2], actors[1::2], strict=False))

        def some_paths() -> None:
            for a, b in pairs:
                try:
                    idx.paths(a, b, max_length=8)
                except Exception:  # noqa: BLE001 - unreachable pairs are part of the workload
                    pass

        out["path_p50_ms"] = round(median_ms(some_paths, reps=3) / max(1, len(pairs)), 2)

        # one real article written, then the projection refreshed incrementally vs rebuilt
        meta = make_article("Envoys meet in Geneva\nAnna Keller met Omar Haddad in Geneva on Tuesday to discuss "
                            "a ceasefire, officials said.", article_id="bench-one", published="2025-06-04")
        store.write_article(build(extract(meta)))
        t = time.perf_counter()
        idx.graph()
        out["incremental_refresh_ms"] = round((time.perf_counter() - t) * 1000, 1)
        idx.invalidate()
        t = time.perf_counter()
        idx.graph()
        out["full_rebuild_ms"] = round((time.perf_counter() - t) * 1000, 1)

        if size <= 1_000_000:
            from graph.export import export

            t = time.perf_counter()
            data, _ = export(store, "gexf", "actors")
            out["export_gexf_actors_s"] = round(time.perf_counter() - t, 2)
            out["export_gexf_bytes"] = len(data)
        out["peak_rss_mb"] = round(rss_mb("VmHWM"))  # load, queries, projection and paths together
        store.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="100000,1000000")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--plot", help="write a PNG of the growth curves here")
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one_size(args.one)))
        return 0
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        run = subprocess.run([sys.executable, __file__, "--one", str(size)], capture_output=True, text=True,
                             cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
        if run.returncode != 0:
            print(run.stderr, file=sys.stderr)
            return 1
        res = json.loads(run.stdout.strip().splitlines()[-1])
        results.append(res)
        print(json.dumps(res))
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "scale.json").write_text(json.dumps(results, indent=2))
    print(f"\n{'triples':>10} {'load/s':>10} {'RSS MB':>7} {'peak MB':>8} {'MB/M':>6} {'sparql x':>8} {'proj s':>7} "
          f"{'path ms':>8} {'refresh ms':>10} {'rebuild ms':>10}")
    for r in results:
        print(f"{r['triples']:>10} {r['triples_per_s']:>10} {r['rss_mb']:>7} {r['peak_rss_mb']:>8} "
              f"{r['rss_mb_per_million']:>6} "
              f"{r['sparql_p50_ratio']:>8} {r['projection_s']:>7} {r['path_p50_ms']:>8} "
              f"{r['incremental_refresh_ms']:>10} {r['full_rebuild_ms']:>10}")
    if args.plot:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        xs = [r["triples"] for r in results]
        fig, axes = plt.subplots(1, 3, figsize=(13, 3.8))
        axes[0].plot(xs, [r["load_s"] for r in results], "o-", label="bulk load (s)")
        axes[0].plot(xs, [r["projection_s"] for r in results], "s-", label="path projection build (s)")
        axes[1].plot(xs, [r["rss_mb"] for r in results], "o-", color="C2", label="RSS after load (MB)")
        for name in QUERIES:
            axes[2].plot(xs, [r["sparql"][name]["ours_ms"] for r in results], "o-", label=name)
        axes[2].plot(xs, [r["path_p50_ms"] for r in results], "k--", label="path query")
        for ax, title in zip(axes, ("time", "memory", "query latency (ms, median)"), strict=True):
            ax.set_xscale("log")
            ax.set_yscale("log")
            ax.set_xlabel("triples")
            ax.set_title(title)
            ax.legend(fontsize=7)
        fig.tight_layout()
        fig.savefig(args.plot, dpi=110)
        print(f"plot: {args.plot}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
