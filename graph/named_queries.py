"""Named SPARQL queries: the questions an analyst asks, kept as ``queries/NAME.rq`` files.

Each file opens with ``#`` comment lines saying what it answers; the rest is SPARQL that uses
the prefixes of graph/ns.py without declaring them. ``PARLEY_QUERIES`` may name another folder
(``os.pathsep``-separated) whose files add to or override the shipped ones.

>>> "demands" in named_queries()
True
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from graph.errors import ParleyError

SHIPPED = Path(__file__).resolve().parents[1] / "queries"
_NAME = re.compile(r"^[a-z0-9_]+$")


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    sparql: str


def _read(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    doc = []
    for line in lines:
        if not line.startswith("#"):
            break
        doc.append(line.lstrip("# ").rstrip())
    return NamedQuery(path.stem, " ".join(doc).strip(), text)


def named_queries() -> dict[str, NamedQuery]:
    folders = [SHIPPED, *(Path(p) for p in filter(None, os.environ.get("PARLEY_QUERIES", "").split(os.pathsep)))]
    out: dict[str, NamedQuery] = {}
    for folder in folders:
        if folder.is_dir():
            for f in sorted(folder.glob("*.rq")):
                if _NAME.match(f.stem):
                    out[f.stem] = _read(f)
    return out


def named_query(name: str) -> NamedQuery:
    queries = named_queries()
    if name not in queries:
        raise ParleyError("E090", f"no named query {name!r}; choose one of: {', '.join(sorted(queries))}",
                          status=404)
    return queries[name]
