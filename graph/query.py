"""Read-only questions to the store that more than one front end asks."""

from __future__ import annotations

from graph.store import Store

_KINDS = {
    "articles": "schema:NewsArticle",
    "actors": "parley:Actor",
    "places": "parley:Place",
    "proposals": "parley:Proposal",
    "issues": "parley:Issue",
    "events": "parley:Event",
    "positions": "parley:Position",
    "demands": "parley:Demand",
    "claims": "parley:Claim",
    "statements": "parley:Statement",
}
_ACTOR_CLASSES = "parley:Person parley:State parley:Organization parley:Group"


def stats(store: Store) -> dict[str, int]:
    """How many of each kind the store holds, plus triples (one query, not one per kind)."""
    values = " ".join(f'("{k}" {c})' for k, c in _KINDS.items() if k != "actors")
    rows = store.select(f"""
        SELECT ?kind (COUNT(DISTINCT ?x) AS ?n) WHERE {{
          {{ VALUES (?kind ?cls) {{ {values} }} ?x a ?cls }}
          UNION {{ VALUES ?cls {{ {_ACTOR_CLASSES} }} BIND("actors" AS ?kind) ?x a ?cls }}
        }} GROUP BY ?kind""")
    counts = {r["kind"]: int(r["n"]) for r in rows}
    out = {k: counts.get(k, 0) for k in _KINDS}
    out["triples"] = len(store)
    return out
