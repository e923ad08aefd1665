"""The endpoint's safety checks and rewrites of SPARQL text (no evaluation here).

Oxigraph parses and evaluates; the lexer (graph/sparql_lex.py, shared with ``Store.query``) only
has to see *keywords* correctly, so it skips strings, comments and IRIs (where ``SERVICE`` or
``LOAD`` may appear harmlessly) and tracks brace depth. It is used to refuse ``SERVICE``/``LOAD``,
to find the query form and a dataset clause, to put a row cap on SELECT queries and to add
protocol ``using-graph-uri`` as ``USING`` clauses.

>>> forbidden_keyword('SELECT * { ?s <http://x/SERVICE> "LOAD" } # SERVICE')
>>> forbidden_keyword('SELECT * { SERVICE <http://127.0.0.1/> { ?s ?p ?o } }')
'SERVICE'
>>> query_form('PREFIX a: <x:> SELECT * {}')
'SELECT'
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from graph.errors import ParleyError
from graph.sparql_lex import Token, has_dataset_clause, tokens

__all__ = ["Token", "has_dataset_clause", "tokens"]  # the lexer lives in graph/ (the CLI needs it too)

FORBIDDEN = ("SERVICE", "LOAD")
T = TypeVar("T")
_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


def forbidden_keyword(text: str) -> str | None:
    """``SERVICE`` or ``LOAD`` when the request uses them as keywords, else None."""
    for t in tokens(text):
        if t.keyword in FORBIDDEN:
            return t.keyword
    return None


MAX_NESTING = 64  # Oxigraph's recursive parser overflows the stack (a crash, not an error) near 10,000


def nesting_depth(text: str) -> int:
    """The deepest nesting of ``{``, ``(`` and ``[`` outside strings, IRIs and comments."""
    depth = deepest = 0
    for t in tokens(text):
        if t.kind == "punct" and t.text in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif t.kind == "punct" and t.text in "})]":
            depth = max(0, depth - 1)
    return deepest


CACHE_MAX_CHARS = 16_384  # verdicts on texts up to this size are remembered; bigger ones are rare


def _small_text_cache(fn: Callable[..., T]) -> Callable[..., T]:
    """lru_cache for pure functions of a query text, skipped for big texts so that a few large
    requests cannot pin megabytes. The endpoint checks the same dashboard queries over and over."""
    cached = functools.lru_cache(maxsize=256)(fn)

    @functools.wraps(fn)
    def wrapper(text: str, *args: Any) -> T:
        return cached(text, *args) if len(text) <= CACHE_MAX_CHARS else fn(text, *args)

    return wrapper


@_small_text_cache
def _refusal(text: str) -> tuple[str, str, int] | None:
    """(code, message, status) when the text must be refused, else None."""
    if nesting_depth(text) > MAX_NESTING:
        return "E119", f"the request nests groups or brackets more than {MAX_NESTING} deep", 400
    kw = forbidden_keyword(text)
    if kw == "SERVICE":
        return ("E104", "SERVICE (federated query) is disabled on this endpoint: the server does not "
                "fetch other URLs", 403)
    if kw == "LOAD":
        return ("E105", "LOAD is disabled on this endpoint: use the Graph Store Protocol at /store to "
                "send data", 403)
    return None


def refuse_forbidden(text: str) -> None:
    """ParleyError 403 for federated queries and LOAD: the server must not fetch URLs for anyone;
    400 for nesting deeper than MAX_NESTING, which would crash the parser."""
    refusal = _refusal(text)
    if refusal is not None:
        code, message, status = refusal
        raise ParleyError(code, message, status=status)


@_small_text_cache
def query_form(text: str) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first form keyword (None when there is none)."""
    for t in tokens(text):
        if t.keyword in _FORMS:
            return t.keyword
    return None


@_small_text_cache
def cap_select(text: str, cap: int) -> tuple[str, bool]:
    """Make a SELECT return at most ``cap + 1`` rows. Returns (query, rewritten).

    Not rewritten when the query already has a top-level LIMIT of at most ``cap``.
    """
    toks = tokens(text)
    top = [t for t in toks if t.depth == 0]
    for i, t in enumerate(top):
        if t.keyword == "LIMIT" and i + 1 < len(top) and top[i + 1].kind == "number":
            n = top[i + 1]
            try:
                if int(n.text) <= cap:
                    return text, False
            except ValueError:
                return text, False
            return text[: n.start] + str(cap + 1) + text[n.end:], True
    clause = f"\nLIMIT {cap + 1}\n"
    seen_body = False
    for t in toks:
        if t.depth == 0 and t.text == "{":
            seen_body = True
        if seen_body and t.depth == 0 and t.keyword == "VALUES":
            return text[: t.start] + clause + text[t.start:], True
    return text + clause, True


def add_using(text: str, default: list[str], named: list[str]) -> str:
    """Add protocol ``using-graph-uri``/``using-named-graph-uri`` as USING clauses to each
    DELETE/INSERT ... WHERE operation; 400 when an operation names its own USING or WITH."""
    if not default and not named:
        return text
    toks = tokens(text)
    clause = "".join(f"USING <{g}> " for g in default) + "".join(f"USING NAMED <{g}> " for g in named)
    inserts: list[int] = []
    op_has_dataset = False
    prev: Token | None = None
    for t in toks:
        if t.depth == 0:
            kw = t.keyword
            if t.text == ";":
                op_has_dataset = False
            elif kw in ("WITH", "USING"):
                op_has_dataset = True
            elif kw == "WHERE" and not (prev is not None and prev.keyword == "DELETE"):
                if op_has_dataset:
                    raise ParleyError("E106", "the update names its own dataset (USING/WITH) and the "
                                      "request gives using-graph-uri/using-named-graph-uri: use one",
                                      status=400)
                inserts.append(t.start)
        prev = t
    for pos in reversed(inserts):
        text = text[:pos] + clause + text[pos:]
    return text
