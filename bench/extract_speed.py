"""Raw spaCy against the whole ingest, in words per second, on the same text.

    .venv/bin/python bench/extract_speed.py [--repeat 30] [--file PATH]

The seed article is repeated N times as N separate articles. "raw spaCy" is ``nlp.pipe`` over the
paragraphs (what extraction parses); "ingest" is extract → build → write into an in-memory store.
Target: ingest ≥ 70 % of raw spaCy.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.articles import make_article  # noqa: E402
from graph.build import build  # noqa: E402
from graph.extract import extract  # noqa: E402
from graph.extract.paragraphs import split_paragraphs  # noqa: E402
from graph.nlp import load_nlp  # noqa: E402
from graph.store import Store  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--file", default=str(ROOT / "seeds" / "000_50ee412626375c89.txt"))
    args = ap.parse_args(argv)
    text = Path(args.file).read_text(encoding="utf-8")
    words = len(text.split()) * args.repeat
    nlp = load_nlp()
    metas = [make_article(text, article_id=f"speed-{i}", published=dt.date(2025, 12, 3)) for i in range(args.repeat)]
    extract(metas[0])  # warm up: model, gazetteer, lexicon

    t0 = time.perf_counter()
    for m in metas:
        for _doc in nlp.pipe(p.text for p in split_paragraphs(m.text)):
            pass
    raw = words / (time.perf_counter() - t0)

    store = Store.open(None)
    t0 = time.perf_counter()
    for m in metas:
        store.write_article(build(extract(m)))
    full = words / (time.perf_counter() - t0)
    print(f"words: {words:,} ({args.repeat} × {len(text.split())})")
    print(f"raw spaCy nlp.pipe: {raw:,.0f} words/s")
    print(f"full ingest (extract+build+store): {full:,.0f} words/s")
    print(f"ratio: {full / raw:.2f} (target ≥ 0.70)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
