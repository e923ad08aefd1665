"""Score the facts view of the seed, the development articles and our own annotated articles.

    .venv/bin/python bench/eval_quality.py [-v] [--dir DIR] [NAME ...]

`--dir DIR` scores the articles of one folder instead (NAME.txt, its sidecar NAME.json, gold in
DIR/gold/NAME.json): how a new batch of blind articles is given its first-run score before anyone
reads it (tests/data/FIRST_RUN.md). DIR may also be a `.tar.xz` of such a folder: the closed blind
sets in bench/closed/ are kept packed so that no search of the tree reads them (see its README).
Each article runs once through extract → build → in-memory store → facts view, then
../shared/eval/score.py compares it with the gold file. Prints one line per article.
"""

from __future__ import annotations

import atexit
import datetime as dt
import importlib.util
import json
import os
import re
import shutil
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.articles import make_article  # noqa: E402
from graph.facts import facts_view  # noqa: E402
from graph.pipeline import extract_to_memory  # noqa: E402


def shared_dir() -> Path | None:
    env = os.environ.get("PARLEY_SHARED")
    for cand in ([Path(env)] if env else []) + [ROOT.parent / "shared"]:
        if (cand / "eval" / "score.py").is_file():
            return cand
    return None


def load_scorer(shared: Path) -> Any:
    spec = importlib.util.spec_from_file_location("parley_shared_score", shared / "eval" / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def cases(shared: Path | None) -> list[tuple[str, Path, str, Path]]:
    """(name, text file, published, gold file) for every scored article."""
    out: list[tuple[str, Path, str, Path]] = []
    if shared is not None:
        out.append(("000_50ee412626375c89", shared / "seeds" / "000_50ee412626375c89.txt", "2025-12-03",
                    shared / "eval" / "gold" / "000_50ee412626375c89.json"))
        readme = (shared / "eval" / "articles" / "README.md").read_text(encoding="utf-8")
        for m in re.finditer(r"^\| (dev\w+)\.txt \|[^|]*\| (\d{4}-\d{2}-\d{2})", readme, re.M):
            out.append((m.group(1), shared / "eval" / "articles" / f"{m.group(1)}.txt", m.group(2),
                        shared / "eval" / "gold" / f"{m.group(1)}.json"))
    own = ROOT / "tests" / "data"
    for txt in sorted((own / "articles").glob("*.txt")):
        side = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        out.append((txt.stem, txt, side["published"], own / "gold" / f"{txt.stem}.json"))
    return out


def dir_cases(folder: Path) -> list[tuple[str, Path, str, Path]]:
    """(name, text, published, gold) for every article of a folder that has its gold file."""
    out: list[tuple[str, Path, str, Path]] = []
    for txt in sorted(folder.glob("*.txt")):
        gold = folder / "gold" / f"{txt.stem}.json"
        if not gold.is_file():
            continue
        side = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        out.append((txt.stem, txt, side["published"], gold))
    return out


def facts_for(text_path: Path, published: str) -> tuple[dict[str, Any], str]:
    text = text_path.read_text(encoding="utf-8")
    meta = make_article(text, article_id=text_path.stem, published=dt.date.fromisoformat(published))
    store = extract_to_memory(meta)
    return facts_view(store, meta.id), meta.text


def _unpacked(archive: Path) -> Path:
    """The folder of articles in a closed set's archive, unpacked into a temporary folder removed at exit, so
    the set never lies readable in the tree (the archive may wrap the set in a folder of its own)."""
    tmp = Path(tempfile.mkdtemp(prefix="parley-closed-"))
    atexit.register(shutil.rmtree, tmp, True)
    with tarfile.open(archive, "r:xz") as tar:
        tar.extractall(tmp, filter="data")
    return next((d.parent for d in sorted(tmp.rglob("gold")) if d.is_dir()), tmp)


def main(argv: list[str]) -> int:
    if "-h" in argv or "--help" in argv:
        print(__doc__.strip())
        return 0
    verbose = "-v" in argv
    folder = None
    if "--dir" in argv:
        i = argv.index("--dir")
        arg = argv[i + 1] if i + 1 < len(argv) else None
        packed = arg is not None and arg.endswith(".tar.xz") and Path(arg).is_file()
        if arg is None or not (Path(arg).is_dir() or packed):
            print("error: --dir needs a folder (or a .tar.xz of one) of NAME.txt, NAME.json and gold/NAME.json",
                  file=sys.stderr)
            return 2
        folder = _unpacked(Path(arg)) if packed else Path(arg)
        argv = argv[:i] + argv[i + 2:]
    names = [a for a in argv if not a.startswith("-")]
    shared = shared_dir()
    if shared is None:
        print("shared/ not found (set PARLEY_SHARED)", file=sys.stderr)
    scorer = load_scorer(shared) if shared else None
    if scorer is None:
        return 1
    macros = []
    for name, txt, pub, gold in (dir_cases(folder) if folder else cases(shared)):
        if names and not any(n in name for n in names):
            continue
        facts, text = facts_for(txt, pub)
        res = scorer.score(json.loads(gold.read_text(encoding="utf-8")), facts, text)
        secs = res["sections"]
        ex = res["extra"]
        macros.append(res["macro_f1"])
        print(f"{name:<36} macro={res['macro_f1']:.3f} "
              + " ".join(f"{k[:4]}={v.f1:.2f}" for k, v in secs.items())
              + f" coref={ex['coref_recall'] if ex['coref_recall'] is None else round(ex['coref_recall'], 2)}"
              + f" ev_exact={ex.get('evidence_exact')}"
              + f" date={ex['event_date_accuracy'] if ex['event_date_accuracy'] is None else round(ex['event_date_accuracy'], 2)}")
        if verbose:
            for k, v in secs.items():
                print(f"   {k}: tp={v.tp} fp={v.fp} fn={v.fn}")
                for n in v.notes:
                    print(f"     {n}")
    if macros:
        print(f"mean macro={sum(macros) / len(macros):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
