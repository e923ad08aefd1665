"""The facts view (../shared/eval/FACTS.md): one article's facts as plain JSON, read from the graph.

Computed only by SPARQL over the stored triples, never from extractor objects, so scoring the
facts view scores the graph itself.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from graph.build import article_graph_iri, article_iri
from graph.errors import ParleyError
from graph.ns import ENTITIES_GRAPH
from graph.store import Store

ACTOR_TYPES = ("Person", "State", "Organization", "Group")


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _group(rows: list[dict[str, str]], key: str) -> dict[str, list[dict[str, str]]]:
    out: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        out[r[key]].append(r)
    return out


def _uniq(values: list[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def facts_view(store: Store, article_id: str) -> dict[str, Any]:
    """The facts view of one stored article; ParleyError E020 when it is not stored."""
    if store.content_hash(article_id) is None:
        raise ParleyError("E020", f"no article {article_id!r} in the store", status=404)
    g, art, ent = article_graph_iri(article_id), article_iri(article_id), ENTITIES_GRAPH

    def q(body: str) -> list[dict[str, str]]:
        return store.select(body.replace("$G", f"<{g}>").replace("$A", f"<{art}>").replace("$E", f"<{ent}>"),
                            union=False)

    meta = q("""SELECT ?title ?published ?source ?url WHERE { GRAPH $G {
        $A schema:headline ?title .
        OPTIONAL { $A schema:datePublished ?published } OPTIONAL { $A dcterms:source ?source }
        OPTIONAL { $A schema:url ?url } } }""")
    m = meta[0] if meta else {}
    article = {"id": article_id, "title": m.get("title", ""), "published": m.get("published")}
    if m.get("source"):
        article["source"] = m["source"]
    if m.get("url"):
        article["url"] = m["url"]

    # actors that act or speak, with names from the shared graph and what this article says of them
    rows = q("""SELECT ?a ?name ?type WHERE { GRAPH $G { $A parley:acts ?a }
        GRAPH $E { ?a skos:prefLabel ?name ; a ?type } }""")
    by_actor = _group(rows, "a")
    details = _group(q("""SELECT ?a ?alias ?role ?aff WHERE { GRAPH $G { $A parley:acts ?a .
        { ?a skos:altLabel ?alias } UNION { ?a parley:role ?role } UNION
        { ?a org:memberOf ?affIri . GRAPH $E { ?affIri skos:prefLabel ?aff } } } }"""), "a")
    mentions = {r["a"]: int(r["n"]) for r in q("""SELECT ?a ?n WHERE { GRAPH $G {
        $A parley:acts ?a . ?a parley:mentionCount ?n } }""")}
    actors = []
    for a, rs in by_actor.items():
        types = [_local(r["type"]) for r in rs]
        typ = next((t for t in ACTOR_TYPES if t in types), "Organization")
        d = details.get(a, [])
        actors.append({
            "name": rs[0]["name"],
            "type": typ,
            "aliases": sorted(_uniq([r.get("alias", "") for r in d])),
            "affiliations": sorted(_uniq([r.get("aff", "") for r in d])),
            "roles": sorted(_uniq([r.get("role", "") for r in d])),
            "mentions": mentions.get(a, 0),
        })
    actors.sort(key=lambda x: (-x["mentions"], x["name"]))

    prop_rows = q("""SELECT ?p ?name ?alias ?by ?rev WHERE { GRAPH $G { $A parley:mentioned ?p }
        GRAPH $E { ?p a parley:Proposal ; skos:prefLabel ?name }
        OPTIONAL { GRAPH $G { ?p skos:altLabel ?alias } }
        OPTIONAL { GRAPH $G { ?p parley:proposedBy ?byIri } GRAPH $E { ?byIri skos:prefLabel ?by } }
        OPTIONAL { GRAPH $G { ?p prov:wasRevisionOf ?revIri } GRAPH $E { ?revIri skos:prefLabel ?rev } } }""")
    proposals = []
    for _p, rs in _group(prop_rows, "p").items():
        item: dict[str, Any] = {
            "name": rs[0]["name"],
            "aliases": sorted(_uniq([r.get("alias", "") for r in rs])),
            "proposers": sorted(_uniq([r.get("by", "") for r in rs])),
        }
        rev = _uniq([r.get("rev", "") for r in rs])
        if rev:
            item["revision_of"] = rev[0]
        proposals.append(item)
    proposals.sort(key=lambda x: x["name"])

    ev_sel = """?ev parley:evidence ?span . ?span oa:hasSelector ?qs, ?ps .
        ?qs oa:exact ?evidence . ?ps oa:start ?start ."""
    ev_rows = q(f"""SELECT ?ev ?type ?label ?mode ?src ?tgt ?loc ?date ?evidence ?start WHERE {{ GRAPH $G {{
        ?ev a parley:Event ; parley:eventType ?type ; rdfs:label ?label . {ev_sel}
        OPTIONAL {{ ?ev parley:mode ?mode }} OPTIONAL {{ ?ev dcterms:date ?date }}
        OPTIONAL {{ ?ev parley:source ?s . GRAPH $E {{ ?s skos:prefLabel ?src }} }}
        OPTIONAL {{ ?ev parley:target ?t . GRAPH $E {{ ?t skos:prefLabel ?tgt }} }}
        OPTIONAL {{ ?ev parley:place ?pl . GRAPH $E {{ ?pl skos:prefLabel ?loc }} }} }} }}""")
    events = []
    for _e, rs in _group(ev_rows, "ev").items():
        r0 = rs[0]
        item = {
            "type": _local(r0["type"]),
            "label": r0["label"],
            "actors": sorted(_uniq([r.get("src", "") for r in rs])),
            "targets": sorted(_uniq([r.get("tgt", "") for r in rs])),
            "location": r0.get("loc"),
            "date": r0.get("date"),
            "evidence": r0["evidence"],
            "_start": int(r0["start"]),
        }
        if r0.get("mode"):
            item["mode"] = r0["mode"]
        events.append(item)

    pos_rows = q(f"""SELECT ?x ?holder ?stance ?target ?cond ?date ?evidence ?start WHERE {{ GRAPH $G {{
        ?x a parley:Position ; parley:holder ?h ; parley:stance ?stance ; parley:text ?target . {ev_sel.replace('?ev ', '?x ')}
        OPTIONAL {{ ?x parley:condition ?cond }} OPTIONAL {{ ?x dcterms:date ?date }} }}
        GRAPH $E {{ ?h skos:prefLabel ?holder }} }}""")
    positions = []
    for r in pos_rows:
        item = {"holder": r["holder"], "stance": _local(r["stance"]), "target": r["target"],
                "evidence": r["evidence"], "_start": int(r["start"])}
        if r.get("cond"):
            item["condition"] = r["cond"]
        if r.get("date"):
            item["date"] = r["date"]
        positions.append(item)

    dem_rows = q(f"""SELECT ?x ?by ?of ?what ?cond ?evidence ?start WHERE {{ GRAPH $G {{
        ?x a parley:Demand ; parley:demandedBy ?b ; parley:text ?what . {ev_sel.replace('?ev ', '?x ')}
        OPTIONAL {{ ?x parley:condition ?cond }}
        OPTIONAL {{ ?x parley:demandedOf ?o . GRAPH $E {{ ?o skos:prefLabel ?of }} }} }}
        GRAPH $E {{ ?b skos:prefLabel ?by }} }}""")
    demands = []
    for _x, rs in _group(dem_rows, "x").items():
        r0 = rs[0]
        item = {"by": r0["by"], "of": sorted(_uniq([r.get("of", "") for r in rs])), "what": r0["what"],
                "evidence": r0["evidence"], "_start": int(r0["start"])}
        if r0.get("cond"):
            item["condition"] = r0["cond"]
        demands.append(item)

    claim_rows = q(f"""SELECT ?x ?by ?claim ?disp ?evidence ?start WHERE {{ GRAPH $G {{
        ?x a parley:Claim ; parley:claimedBy ?b ; parley:text ?claim . {ev_sel.replace('?ev ', '?x ')}
        OPTIONAL {{ ?x parley:disputedBy/parley:disputant ?d . GRAPH $E {{ ?d skos:prefLabel ?disp }} }} }}
        GRAPH $E {{ ?b skos:prefLabel ?by }} }}""")
    claims = []
    for _x, rs in _group(claim_rows, "x").items():
        r0 = rs[0]
        claims.append({"by": r0["by"], "claim": r0["claim"],
                       "disputed_by": sorted(_uniq([r.get("disp", "") for r in rs])),
                       "evidence": r0["evidence"], "_start": int(r0["start"])})

    def ordered(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        items.sort(key=lambda x: (x["_start"], str(x)))
        for it in items:
            del it["_start"]
        return items

    return {
        "article": article,
        "actors": actors,
        "proposals": proposals,
        "events": ordered(events),
        "positions": ordered(positions),
        "demands": ordered(demands),
        "claims": ordered(claims),
    }
