"""Issues: tag demands, positions and proposals with the negotiated issues they touch.

The scheme (names, broader issues, keywords) is data: graph/data/issues.json, extended by files
named in ``PARLEY_ISSUES``. A keyword matches at the start of a word, case-insensitively.
"""

from __future__ import annotations

import functools
import json
import os
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from graph.errors import ParleyError
from graph.records import Extraction, IssueRecord


@dataclass(frozen=True)
class Issue:
    name: str
    broader: str | None
    pattern: re.Pattern[str]
    # its keywords, lower-cased, when all are ASCII: the pattern can then match only where one of them occurs in
    # the lower-cased text (see _issues_in), so a substring test rules most issues out before the regex runs;
    # () means always run the regex
    keys: tuple[str, ...] = ()


@functools.lru_cache(maxsize=2)
def load_issues(extra: str | None = None) -> tuple[Issue, ...]:
    sources = [("issues.json", resources.files("graph.data").joinpath("issues.json").read_text(encoding="utf-8"))]
    extra = extra if extra is not None else os.environ.get("PARLEY_ISSUES", "")
    for path in filter(None, extra.split(os.pathsep)):
        try:
            sources.append((path, Path(path).read_text(encoding="utf-8")))
        except OSError as exc:
            raise ParleyError("E041", f"cannot read issue scheme {path}: {exc.strerror}") from None
    by_name: dict[str, Issue] = {}
    for where, text in sources:
        try:
            items = json.loads(text)["issues"]
            for it in items:
                words = sorted((k.lower() for k in it["keywords"]), key=len, reverse=True)
                pat = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + ")", re.I)
                keys = tuple(words) if all(w.isascii() for w in words) else ()
                by_name[it["name"]] = Issue(it["name"], it.get("broader"), pat, keys)
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ParleyError("E041", f"{where}: malformed issue scheme ({exc})") from None
    return tuple(by_name.values())


def issues_in(text: str, scheme: tuple[Issue, ...]) -> list[str]:
    """Issues whose keywords occur in the text, most specific (narrower) first.

    >>> issues_in("a three-month humanitarian truce", load_issues())[:2]
    ['humanitarian truce', 'ceasefire']
    """
    return list(_issues_in(text, scheme))


# the only characters that re.IGNORECASE matches to an ASCII one: dotted and dotless i, long s, the Kelvin sign
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


@functools.lru_cache(maxsize=4096)
def _issues_in(text: str, scheme: tuple[Issue, ...]) -> tuple[str, ...]:
    """Cached: an article asks about the same sentence once per proposal mention in it (a fifth
    of the calls are new texts), and each call runs every issue's pattern."""
    if _FOLDS_TO_ASCII.search(text) is None:  # then an ASCII keyword matches only ASCII text, its own lower case
        low = text.lower()
        hits = [i for i in scheme if (not i.keys or any(map(low.__contains__, i.keys))) and i.pattern.search(text)]
    else:
        hits = [i for i in scheme if i.pattern.search(text)]
    narrower = [i.name for i in hits if i.broader]
    return tuple(narrower + [i.name for i in hits if not i.broader])


def tag_issues(ex: Extraction) -> None:
    """Set each demand's issue, link positions about an issue to it, list each proposal's issues
    (from the sentences that mention it), and add the IssueRecords used."""
    scheme = load_issues()
    broader = {i.name: i.broader for i in scheme}
    used: set[str] = set()
    for d in ex.demands:
        found = issues_in(d.what, scheme)
        if found and d.issue is None:
            d.issue = found[0]
            used.add(found[0])
    for p in ex.positions:
        if p.target_kind == "text":
            found = issues_in(p.target, scheme)
            if found:
                p.target_kind, p.target_ref = "issue", found[0]
                used.add(found[0])
    text = ex.article.text
    for pr in ex.proposals:
        touched: list[str] = []
        for m in pr.mentions:
            start = text.rfind(". ", 0, m.start) + 1
            end = text.find(". ", m.end)
            sentence = text[start: end if end != -1 else len(text)]
            for name in issues_in(sentence, scheme):
                if name not in touched and name not in pr.issues:
                    touched.append(name)
        pr.issues.extend(touched)
        used.update(pr.issues)
    for name in list(used):  # broader issues join the scheme too
        b = broader.get(name)
        while b and b not in used:
            used.add(b)
            b = broader.get(b)
    ex.issues = [IssueRecord(name=n, broader=broader.get(n)) for n in sorted(used)]
