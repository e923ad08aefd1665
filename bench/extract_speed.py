"""Raw spaCy against the whole ingest, in words per second, on the same text.

    .venv/bin/python bench/extract_speed.py [--repeat 30] [--file PATH]

The seed article is repeated N times as N separate articles. "raw spaCy" is the shipped model,
loaded the standard way (``spacy.load``), ``nlp.pipe`` over the paragraphs (what extraction
parses); "ingest" is extract → build → write into an in-memory store. Target: ingest ≥ 70 % of
raw spaCy. The two alternate for ``--rounds`` rounds (the machine is shared: one round is noisy)
and the median ratio is the result.

Parley runs every component of the model, but its attribute ruler and lemmatizer take
output-identical fast paths (graph/extract/fastruler.py, fastlemma.py); the bench says so and
checks, on the first article, that Parley's parse equals the stock model's token for token.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.articles import make_article  # noqa: E402
from graph.build import build  # noqa: E402
from graph.extract import extract  # noqa: E402
from graph.extract.paragraphs import _blanked, split_paragraphs  # noqa: E402
from graph.extract.pipeline import extraction_nlp  # noqa: E402
from graph.nlp import load_nlp  # noqa: E402
from graph.store import Store  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--file", default=str(ROOT / "seeds" / "000_50ee412626375c89.txt"))
    args = ap.parse_args(argv)
    text = Path(args.file).read_text(encoding="utf-8")
    words = len(text.split()) * args.repeat
    raw_nlp = load_nlp.__wrapped__()  # a fresh, untouched instance: spacy.load(<shipped model>)
    ours = extraction_nlp()
    metas = [make_article(text, article_id=f"speed-{i}", published=dt.date(2025, 12, 3)) for i in range(args.repeat)]
    extract(metas[0])  # warm up: model, gazetteer, lexicon, the ruler's key table
    same = _same_parse(raw_nlp, ours, metas[0].text)

    raws, fulls = [], []
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        for m in metas:
            for _doc in raw_nlp.pipe(p.text for p in split_paragraphs(m.text)):
                pass
        raws.append(words / (time.perf_counter() - t0))
        store = Store.open(None)
        t0 = time.perf_counter()
        for m in metas:
            store.write_article(build(extract(m)))
        fulls.append(words / (time.perf_counter() - t0))
    ratios = [f / r for f, r in zip(fulls, raws, strict=True)]
    print(f"words: {words:,} ({args.repeat} × {len(text.split())}), {args.rounds} alternating rounds")
    print(f"raw spaCy nlp.pipe ({', '.join(raw_nlp.pipe_names)}): {statistics.median(raws):,.0f} words/s")
    print(f"full ingest (extract+build+store): {statistics.median(fulls):,.0f} words/s")
    print(f"  Parley runs the same components; attribute_ruler and lemmatizer via output-identical fast paths "
          f"(graph/extract/fastruler.py, fastlemma.py): parse identical to the stock model on the first article: {same}")
    print(f"ratio: {statistics.median(ratios):.2f} median of {' '.join(f'{x:.2f}' for x in ratios)} (target ≥ 0.70)")
    return 0


def _same_parse(stock, ours, text: str) -> bool:  # noqa: ANN001
    """Whether two pipelines leave identical docs (every token attribute, entities, sentences)."""
    paras = [_blanked(p) for p in split_paragraphs(text)]
    return all(a.to_bytes() == b.to_bytes() for a, b in zip(stock.pipe(paras), ours.pipe(paras), strict=True))


if __name__ == "__main__":
    sys.exit(main())
