"""Folder ingest (all cores, one writer, on-disk store) against raw spaCy on the same texts.

Both sides get the same synthetic corpus (bench/gen_corpus.py) in the same run: raw spaCy is
``nlp.pipe`` over every paragraph with ``n_process`` equal to our worker count; Parley is the
whole ``ingest`` — reading, extraction, graph building and the store write. Prints words/s and
the ratio (target: ingest ≥ 70 % of raw spaCy), then a resume run (everything unchanged).

Usage: python bench/ingest_corpus.py [--articles 200] [--workers 2]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()

    from bench.gen_corpus import write
    from graph.articles import iter_articles
    from graph.nlp import load_nlp
    from graph.pipeline import ingest
    from graph.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        write(args.articles, f"{tmp}/corpus")
        metas = list(iter_articles([f"{tmp}/corpus"]))
        words = sum(len(m.text.split()) for m in metas)
        paragraphs = [p for m in metas for p in m.text.split("\n") if p.strip()]

        nlp = load_nlp()
        t = time.perf_counter()
        for _doc in nlp.pipe(paragraphs, batch_size=64, n_process=args.workers):
            pass
        raw = words / (time.perf_counter() - t)

        store = Store.open(f"{tmp}/db")
        t = time.perf_counter()
        summary = ingest(store, iter_articles([f"{tmp}/corpus"]), workers=args.workers)
        ours = words / (time.perf_counter() - t)
        t = time.perf_counter()
        again = ingest(store, iter_articles([f"{tmp}/corpus"]), workers=args.workers)
        resume_s = time.perf_counter() - t
        store.close()

    print(f"{args.articles} synthetic articles, {words} words, {args.workers} processes")
    print(f"raw spaCy nlp.pipe      {raw:10,.0f} words/s")
    print(f"parley ingest (to disk) {ours:10,.0f} words/s   ratio {ours / raw:.2f}")
    print(f"  {summary.line()}")
    print(f"re-ingest, all unchanged: {resume_s:.2f} s ({again.unchanged} unchanged)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
