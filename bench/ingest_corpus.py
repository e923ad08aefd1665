"""Folder ingest (all cores, one writer, on-disk store) against raw spaCy on the same texts.

Both sides get the same synthetic corpus (bench/gen_corpus.py) in the same run: raw spaCy is
``nlp.pipe`` over every paragraph with ``n_process`` equal to our worker count; Parley is the
whole ``ingest`` — reading, extraction, graph building and the store write. Prints words/s and
the ratio (target: ingest ≥ 70 % of raw spaCy), then a resume run (everything unchanged).

Raw spaCy is the shipped model loaded the standard way (``spacy.load``). Parley runs the same
components, its attribute ruler and lemmatizer through output-identical fast paths
(graph/extract/fastruler.py, fastlemma.py), and parses several articles per ``nlp.pipe`` batch.
The two sides alternate for ``--rounds`` rounds (the machine is shared) and the medians are
printed, with the CPU-time ratio (all processes), which other load on the machine disturbs less
than the wall-clock one.

Usage: python bench/ingest_corpus.py [--articles 200] [--workers 2] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
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
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    if args.rounds < 1 or args.articles < 1 or args.workers < 1:
        ap.error("--rounds, --articles and --workers must each be at least 1")

    from bench.gen_corpus import write
    from graph.articles import iter_articles
    from graph.nlp import load_nlp
    from graph.pipeline import ingest
    from graph.store import Store

    raws, ours, cpu_ratios = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        write(args.articles, f"{tmp}/corpus")
        metas = list(iter_articles([f"{tmp}/corpus"]))
        words = sum(len(m.text.split()) for m in metas)
        paragraphs = [p for m in metas for p in m.text.split("\n") if p.strip()]
        nlp = load_nlp.__wrapped__()  # spacy.load(<shipped model>), untouched

        for r in range(args.rounds):
            c, t = _cpu(), time.perf_counter()
            for _doc in nlp.pipe(paragraphs, batch_size=64, n_process=args.workers):
                pass
            raws.append(words / (time.perf_counter() - t))
            raw_cpu = _cpu() - c

            store = Store.open(f"{tmp}/db{r}")
            c, t = _cpu(), time.perf_counter()
            summary = ingest(store, iter_articles([f"{tmp}/corpus"]), workers=args.workers)
            ours.append(words / (time.perf_counter() - t))
            cpu_ratios.append(raw_cpu / (_cpu() - c))
            if r == args.rounds - 1:
                t = time.perf_counter()
                again = ingest(store, iter_articles([f"{tmp}/corpus"]), workers=args.workers)
                resume_s = time.perf_counter() - t
            store.close()

    ratios = [o / r for o, r in zip(ours, raws, strict=True)]
    print(f"{args.articles} synthetic articles, {words} words, {args.workers} processes, {args.rounds} alternating rounds")
    print(f"raw spaCy nlp.pipe      {statistics.median(raws):10,.0f} words/s ({', '.join(nlp.pipe_names)})")
    print(f"parley ingest (to disk) {statistics.median(ours):10,.0f} words/s   ratio {statistics.median(ratios):.2f} "
          f"(rounds: {' '.join(f'{x:.2f}' for x in ratios)}; CPU-time ratio {statistics.median(cpu_ratios):.2f})")
    print("  same components; attribute_ruler and lemmatizer via output-identical fast paths "
          "(graph/extract/fastruler.py, fastlemma.py)")
    print(f"  {summary.line()}")
    print(f"re-ingest, all unchanged: {resume_s:.2f} s ({again.unchanged} unchanged)")
    return 0


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (spaCy's and the pool's workers)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


if __name__ == "__main__":
    sys.exit(main())
