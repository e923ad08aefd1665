"""Score the extractor on the peer event-coding suites in ../shared/benchmarks (not a test gate).

* plover-examples.jsonl: event-category accuracy (first event's PLOVER type vs
  ``code_plover_current``) and source-actor accuracy over 322 hand-coded sentences. A sentence
  for which Parley codes no event counts as wrong: the figures are what the real extractor does.
  ``source_accuracy`` is over every case with a gold source (no event = miss);
  ``source_accuracy_when_coded`` only over cases that got an event. A source matches when the
  first event's source (or an alias) is the gold phrase, the actor it names, or the state of a
  nationality word in it ("Afghan rebels" → Afghanistan).
* petrarch2-validation.jsonl: source/target dyad precision and recall at country level (the
  first three characters of the code); actor names are mapped to codes through the suite's own
  actor dictionary; an event with several sources and no target counts as the reciprocal dyads
  between its sources (PLOVER's compound actor, PETRARCH's pairwise coding). Its event codes are
  not CAMEO, so event type is not scored there. Its actors
  are mostly fictional (Arnor, Gondor), so it is scored twice: with Parley's own gazetteer
  (``own_gazetteer``) and with the suite's actor dictionary added as a user gazetteer
  (``suite_gazetteer``, the documented PARLEY_GAZETTEER mechanism; PETRARCH itself runs with it).

Halves: case *n* is the 1-based line of the case in its file. Vocabulary is developed on the
odd cases only; the even cases are held out. ``--half all`` (default) reports all, odd and even.

Diagnostic ``--actorless``: keeps events whose actors Parley could not name (a lexicon override
setting ``actorless_types`` to every category), to separate typing errors from actor errors. Its
figures are labelled and are NOT what the extractor produces.

Usage: python bench/peer_suites.py [--half odd|even|all] [--limit N] [--json] [--actorless]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.extract import extract  # noqa: E402
from graph.gazetteer import Gazetteer, load_gazetteer, norm  # noqa: E402
from graph.records import ArticleMeta  # noqa: E402


def shared() -> Path:
    p = Path(os.environ.get("PARLEY_SHARED") or ROOT.parent / "shared")
    if not (p / "benchmarks").is_dir():
        sys.exit(f"error: no benchmarks at {p / 'benchmarks'} (set PARLEY_SHARED)")
    return p / "benchmarks"


PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
HALVES = ("all", "odd", "even")


def in_half(n: int, half: str) -> bool:
    """Case ``n`` (1-based line in its file) belongs to the half: odd = development, even = held out."""
    return half == "all" or (n % 2 == 1) == (half == "odd")


def _extract(text: str, date: str | None, n: int, gaz: Gazetteer | None = None):
    meta = ArticleMeta(id=f"case-{n}", text=text, title="", published=date)
    return extract(meta, gazetteer=gaz)


def _names(actor_name: str, ex) -> set[str]:
    """An actor's canonical name and aliases, normalised."""
    out = {norm(actor_name)}
    for a in ex.actors:
        if a.name == actor_name:
            out |= {norm(x) for x in a.aliases}
    return out


def _rows(path: Path, limit: int | None) -> list[tuple[int, dict]]:
    rows = [(n, json.loads(line)) for n, line in enumerate(path.open(encoding="utf-8"), 1)]
    return rows[:limit]


def plover_cases(path: Path, limit: int | None, half: str) -> list[dict]:
    """One result per case: gold and predicted category, and whether the source matched."""
    gaz = load_gazetteer()
    out = []
    for n, r in _rows(path, limit):
        if not in_half(n, half):
            continue
        gold = r["expected"][0]
        ex = _extract(r["text"], r.get("date"), n)
        ev = ex.events[0] if ex.events else None
        gold_src = [a["text"] for a in gold.get("source_actors", [])]
        src_ok = None
        if gold_src:
            wanted = set()
            for t in gold_src:  # the phrase, the actor it names, or the state of its nationality word
                wanted.add(norm(t))
                hits = [gaz.lookup(t)] + [gaz.adjective(w) for w in t.split()]
                wanted |= {norm(h.name) for h in hits if h is not None}
            got = set().union(*(_names(x, ex) for x in ev.sources)) if ev is not None and ev.sources else set()
            src_ok = bool(got & wanted) or any(w in g or g in w for w in wanted for g in got if len(g) > 3)
        out.append({"n": n, "gold": gold["code_plover_current"], "pred": ev.type if ev is not None else "-",
                    "src_ok": src_ok})
    return out


def plover_summary(cases: list[dict]) -> dict[str, float | int]:
    total = len(cases)
    typed = [c for c in cases if c["pred"] != "-"]
    ok = sum(c["pred"] == c["gold"] for c in cases)
    with_src = [c for c in cases if c["src_ok"] is not None]
    coded_src = [c for c in with_src if c["pred"] != "-"]
    return {
        "cases": total,
        "with_event": len(typed),
        "category_accuracy": ok / total if total else 0.0,
        "category_accuracy_when_coded": ok / len(typed) if typed else 0.0,
        "source_accuracy": sum(c["src_ok"] for c in with_src) / len(with_src) if with_src else 0.0,
        "source_accuracy_when_coded": sum(c["src_ok"] for c in coded_src) / len(coded_src) if coded_src else 0.0,
        "no_event": total - len(typed),
    }


def suite_gazetteer(actors_path: Path, out: Path) -> Path:
    """The PETRARCH suite's actor dictionary as a Parley user gazetteer (one entry per code;
    one-word nationality forms such as ARNORIAN become adjectives)."""
    table = json.loads(actors_path.read_text(encoding="utf-8"))
    by_code: dict[str, list[str]] = {}
    for entry in table["actors"]:
        code = re.split(r"[\s<>]", entry["codes"][0].strip())[0] if entry["codes"] else ""
        if code and code[0].isalpha():
            by_code.setdefault(code, []).extend(entry["phrases"])
    actors = []
    for code, phrases in by_code.items():
        words = [" ".join(w.capitalize() if w.isalpha() else w for w in ph.split()) for ph in phrases]
        adjs = [w for w in words if " " not in w and re.search(r"(ian|an|i|ese|ish|ch)$", w)]
        names = [w for w in words if w not in adjs] or adjs[:1]
        actors.append({"name": names[0], "type": "State" if re.fullmatch(r"[A-Z]{3}", code) else "Organization",
                       "aliases": names[1:], "adjectives": adjs})
    out.write_text(json.dumps({"actors": actors}), encoding="utf-8")
    return out


def petrarch(path: Path, actors_path: Path, limit: int | None, half: str,
             gaz: Gazetteer | None = None) -> dict[str, float | int]:
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

    rows = [(n, r) for n, r in _rows(path, None) if not r.get("expect_error") and r.get("text")][:limit]
    tp = fp = fn = neg = neg_fp = cases = 0
    for n, r in rows:
        if not in_half(n, half):
            continue
        cases += 1
        ex = _extract(r["text"], r.get("date"), n, gaz)
        pred = set()
        for ev in ex.events:
            for s in ev.sources or [""]:
                # a joint act of several sources and no target ("Gondor and Osgiliath renewed ties") is
                # one PLOVER event; PETRARCH codes it as the reciprocal dyads between them
                others = [x for x in ev.sources if x != s] if len(ev.sources) > 1 and not ev.targets else []
                for t in ev.targets or others or [""]:
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
    return {"cases": cases, "dyad_precision": p, "dyad_recall": rr,
            "dyad_f1": 2 * p * rr / (p + rr) if p + rr else 0.0,
            "negatives": neg, "negative_false_positive_rate": neg_fp / neg if neg else 0.0}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int)
    ap.add_argument("--half", choices=HALVES, default="all", help="odd = development cases, even = held out")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--actorless", action="store_true",
                    help="diagnostic: keep events without a known actor (not the extractor's figure)")
    args = ap.parse_args()
    b = shared()
    tmp = Path(tempfile.mkdtemp(prefix="parley-peer-"))
    if args.actorless:  # must be set before the lexicon is first loaded
        extra = json.loads(Path(os.environ["PARLEY_LEXICON"]).read_text()) if os.environ.get("PARLEY_LEXICON") else {}
        extra["actorless_types"] = list(PLOVER_TYPES)
        (tmp / "lexicon.json").write_text(json.dumps(extra), encoding="utf-8")
        os.environ["PARLEY_LEXICON"] = str(tmp / "lexicon.json")
    t0 = time.perf_counter()
    cases = plover_cases(b / "plover-examples.jsonl", args.limit, args.half)
    halves = HALVES if args.half == "all" else (args.half,)
    pl = {h: plover_summary([c for c in cases if in_half(c["n"], h)]) for h in halves}
    confusion = Counter((c["gold"], c["pred"]) for c in cases if c["gold"] != c["pred"])
    pl["top_confusions"] = {f"{g}->{p}": k for (g, p), k in confusion.most_common(12)}  # type: ignore[assignment]
    events, table = b / "petrarch2-validation.jsonl", b / "petrarch2-validation-actors.json"
    suite = load_gazetteer(str(suite_gazetteer(table, tmp / "petrarch-actors.json")))
    res = {
        "mode": "diagnostic: actorless events kept (not the extractor's figure)" if args.actorless else "extractor",
        "plover": pl,
        "petrarch2": {h: {"own_gazetteer": petrarch(events, table, args.limit, h),
                          "suite_gazetteer": petrarch(events, table, args.limit, h, suite)} for h in halves},
        "seconds": round(time.perf_counter() - t0, 1),
    }
    if args.json:
        print(json.dumps(res, indent=2))
        return 0
    print(f"mode: {res['mode']}")
    for h in halves:
        print(f"plover [{h}]")
        for k, v in pl[h].items():
            print(f"  {k:<32} {v:.3f}" if isinstance(v, float) else f"  {k:<32} {v}")
    print("plover top confusions (gold->predicted):", ", ".join(f"{k} {v}" for k, v in pl["top_confusions"].items()))
    for h in halves:
        for which, r in res["petrarch2"][h].items():
            print(f"petrarch2 [{h}, {which}]")
            for k, v in r.items():
                print(f"  {k:<32} {v:.3f}" if isinstance(v, float) else f"  {k:<32} {v}")
    print(f"seconds {res['seconds']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
