"""The SPARQL lexer behind the endpoint's checks and rewrites (api/sparql_text.py), and the one
question graph/ asks of a query text itself: does it name its own dataset (FROM / FROM NAMED)?

It only has to see *keywords* correctly, so it skips strings, comments and IRIs and tracks brace
depth. It lives here, not in api/, because ``Store.query`` (and so ``parley query``) needs it.

>>> has_dataset_clause('SELECT * FROM <http://x/g> WHERE { ?s ?p ?o }')
True
>>> has_dataset_clause('SELECT * WHERE { ?s <http://x/FROM> "FROM" } # FROM <g>')
False
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z0-9_\u00B7-\uFFFF]+)
  | (?P<bnode>_:[A-Za-z0-9_\-.\u00B7-\uFFFF]+)
  | (?P<name>(?:[A-Za-z\u00C0-\uFFFF][\w\-.\u00B7-\uFFFF]*)?:(?:[\w\-.:%\\\u00B7-\uFFFF]*)
            |[A-Za-z_\u00C0-\uFFFF][\w\u00B7-\uFFFF]*)
  | (?P<number>[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?))
  | (?P<punct>\^\^|\|\||&&|!=|<=|>=|[{}()\[\];,.*=<>!+\-/|^@a])
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class Token:
    kind: str  # name, var, iri, string, number, punct, bnode, other
    text: str
    start: int
    end: int
    depth: int  # brace depth before this token

    @property
    def keyword(self) -> str:
        """Upper-cased bare word ('' for prefixed names and everything else)."""
        return self.text.upper() if self.kind == "name" and ":" not in self.text else ""


@functools.lru_cache(maxsize=128)
def tokens(text: str) -> tuple[Token, ...]:
    """Tokens without whitespace and comments; braces change ``depth``. Cached: one request's
    checks (SERVICE/LOAD, nesting, form, row cap) read the same text several times."""
    out: list[Token] = []
    depth = 0
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "other"
        if kind in ("ws", "comment"):
            continue
        tok = m.group()
        out.append(Token(kind, tok, m.start(), m.end(), depth))
        if kind == "punct" and tok == "{":
            depth += 1
        elif kind == "punct" and tok == "}":
            depth = max(0, depth - 1)
    return tuple(out)


def has_dataset_clause(text: str) -> bool:
    """True when the query has FROM or FROM NAMED: then its dataset, not the store's union default
    graph, is what it asks about (SPARQL 1.1, 13.2). Texts without the word are not tokenized:
    ``Store.query`` asks this of every query the code writes."""
    if not _FROM.search(text):
        return False
    return any(t.keyword == "FROM" and t.depth == 0 for t in tokens(text))


_FROM = re.compile(r"(?<![\w:])from(?![\w:])", re.IGNORECASE)
