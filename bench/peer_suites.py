"""Score the extractor on the peer event-coding suites in ../shared/benchmarks (not a test gate).

* plover-examples.jsonl: event-category accuracy (first event's PLOVER type vs
  ``code_plover_current``) and source-actor accuracy over 322 hand-coded sentences.
* petrarch2-validation.jsonl: source/target dyad precision and recall at country level (the
  first three characters of the code); actor names are mapped to codes through the suite's own
  actor dictionary. Its event codes are not CAMEO, so event type is not scored there.

Usage: python bench/peer_suites.py [--limit N] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.extract import extract  # noqa: E402
from graph.gazetteer import load_gazetteer, norm  # noqa: E402
from graph.records import ArticleMeta  # noqa: E402


def shared() -> Path:
    p = Path(os.environ.get("PARLEY_SHARED") or ROOT.parent / "shared")
    if not (p / "benchmarks").is_dir():
        sys.exit(f"error: no benchmarks at {p / 'benchmarks'} (set PARLEY_SHARED)")
    return p / "benchmarks"


def _extract(text: str, date: str | None, n: int):
    meta = ArticleMeta(id=f"case-{n}", text=text, title="", published=date)
    return extract(meta)


def _names(actor_name: str, ex) -> set[str]:
    """An actor's canonical name and aliases, normalised."""
    out = {norm(actor_name)}
    for a in ex.actors:
        if a.name == actor_name:
            out |= {norm(x) for x in a.aliases}
    return out


def plover(path: Path, limit: int | None) -> dict[str, float | int]:
    gaz = load_gazetteer()
    rows = [json.loads(line) for line in path.open(encoding="utf-8")][:limit]
    typed = type_ok = src_all = src_ok = no_event = 0
    confusion: Counter[tuple[str, str]] = Counter()
    for n, r in enumerate(rows):
        gold = r["expected"][0]
        ex = _extract(r["text"], r.get("date"), n)
        if not ex.events:
            no_event += 1
            confusion[(gold["code_plover_current"], "-")] += 1
            continue
        ev = ex.events[0]
        typed += 1
        type_ok += ev.type == gold["code_plover_current"]
        confusion[(gold["code_plover_current"], ev.type)] += 1
        gold_src = [a["text"] for a in gold.get("source_actors", [])]
        if gold_src:
            src_all += 1
            wanted = set()
            for t in gold_src:
                wanted.add(norm(t))
                hit = gaz.lookup(t) or gaz.adjective(t.split()[-1])
                if hit:
                    wanted.add(norm(hit.name))
            got = set().union(*(_names(s, ex) for s in ev.sources)) if ev.sources else set()
            src_ok += bool(got & wanted) or any(w in g or g in w for w in wanted for g in got if len(g) > 3)
    total = len(rows)
    return {
        "cases": total,
        "with_event": typed,
        "category_accuracy": type_ok / total if total else 0.0,
        "category_accuracy_when_coded": type_ok / typed if typed else 0.0,
        "source_accuracy": src_ok / src_all if src_all else 0.0,
        "no_event": no_event,
    }


def petrarch(path: Path, actors_path: Path, limit: int | None) -> dict[str, float | int]:
    table = json.loads(actors_path.read_text(encoding="utf-8"))
    phrase_codes: dict[str, str] = {}
    for entry in table["actors"]:
        code = re.split(r"[\s<>]", entry["codes"][0].strip())[0] if entry["codes"] else ""
        for ph in entry["phrases"]:
            phrase_codes[ph.lower()] = code

    def code_for(name: str) -> str | None:
        key = name.lower()
        if key in phrase_codes:
            return phrase_codes[key]
        for ph, code in phrase_codes.items():  # longest phrase inside the name
            if len(ph) > 3 and re.search(rf"\b{re.escape(ph)}\b", key):
                return code
        return None

    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    rows = [r for r in rows if not r.get("expect_error") and r.get("text")][:limit]
    tp = fp = fn = neg = neg_fp = 0
    for n, r in enumerate(rows):
        ex = _extract(r["text"], r.get("date"), n)
        pred = set()
        for ev in ex.events:
            for s in ev.sources or [""]:
                for t in ev.targets or [""]:
                    cs, ct = code_for(s) if s else "", code_for(t) if t else ""
                    if cs:
                        pred.add((cs[:3], (ct or "")[:3]))
        gold = {(str(e["source"])[:3], str(e.get("target") or "")[:3]) for e in r["expected"]}
        if r.get("expect_no_events"):
            neg += 1
            neg_fp += bool(pred)
            fp += len(pred)
            continue
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    rr = tp / (tp + fn) if tp + fn else 0.0
    return {"cases": len(rows), "dyad_precision": p, "dyad_recall": rr,
            "dyad_f1": 2 * p * rr / (p + rr) if p + rr else 0.0,
            "negatives": neg, "negative_false_positive_rate": neg_fp / neg if neg else 0.0}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    b = shared()
    t0 = time.perf_counter()
    res = {
        "plover": plover(b / "plover-examples.jsonl", args.limit),
        "petrarch2": petrarch(b / "petrarch2-validation.jsonl", b / "petrarch2-validation-actors.json", args.limit),
        "seconds": round(time.perf_counter() - t0, 1),
    }
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        for suite in ("plover", "petrarch2"):
            print(suite)
            for k, v in res[suite].items():
                print(f"  {k:<32} {v:.3f}" if isinstance(v, float) else f"  {k:<32} {v}")
        print(f"seconds {res['seconds']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
