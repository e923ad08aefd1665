"""Read-only data for the web pages: search, place/issue/fact pages, highlighted article text,
stance timelines, the interactive graph's JSON and the example SPARQL queries.

Plain dicts and lists only (the pages' ``.json`` twins serve them as they are); no HTTP, no HTML.
Built on graph.views wherever a view already answers the question.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from graph import views
from graph.build import article_graph_iri
from graph.errors import ParleyError
from graph.ns import ENTITIES_GRAPH, ID, PARLEY
from graph.paths import fold
from graph.store import Store

KINDS = tuple(views.KIND_CLASS)  # event, position, demand, claim, statement
FACT_KINDS = tuple(views.FACT_CLASS)  # … and dispute: what an article page marks in its text
# Which colour wins where facts of several kinds share a span: the most specific kind first.
KIND_PRIORITY = ("event", "demand", "position", "claim", "dispute", "statement")
SEARCH_CLASSES = {"actor": views.ACTOR_CLASSES, "proposal": ("Proposal",), "place": ("Place",),
                  "issue": ("Issue",)}


def fact_anchor(iri: str) -> str:
    """The fragment id of a fact on its article page: ``…/event/5758ff43`` → ``f-event-5758ff43``."""
    parts = iri.rstrip("/").rsplit("/", 2)
    return "f-" + "-".join(parts[-2:]) if len(parts) >= 3 else "f-" + parts[-1]


def fact_ref(iri: str) -> dict[str, str] | None:
    """article id, kind and key of an assertion IRI (``pid:article/{aid}/{kind}/{key}``)."""
    base = f"{ID}article/"
    if not iri.startswith(base):
        return None
    bits = iri[len(base):].split("/")
    if len(bits) != 3 or bits[1] not in FACT_KINDS:
        return None
    return {"article": bits[0], "kind": bits[1], "key": bits[2]}


# -- search -------------------------------------------------------------------------------------
def search(store: Store, q: str, *, limit: int = 20) -> dict[str, Any]:
    """Actors, proposals, places and issues whose name or alias contains ``q``; articles whose
    headline does. Exact and prefix matches first, then by name."""
    q = q.strip()
    out: dict[str, Any] = {"q": q, "actors": [], "proposals": [], "places": [], "issues": [], "articles": []}
    if not q:
        return out
    if len(q) > 200:
        raise ParleyError("E340", "the search text is over 200 characters", status=422)
    classes = " ".join(f"(parley:{c} \"{kind}\")" for kind, cs in SEARCH_CLASSES.items() for c in cs)
    folded = ", ".join(f"<{i}>" for i in views.name_matches(store, q))  # "Lucia" finds Lucía Romero
    also = f" || ?e IN ({folded})" if folded else ""
    rows = store.select(f"""SELECT DISTINCT ?e ?kind ?name ?l WHERE {{
        VALUES (?cls ?kind) {{ {classes} }}
        GRAPH <{ENTITIES_GRAPH}> {{ ?e a ?cls ; skos:prefLabel ?name }}
        ?e skos:prefLabel|skos:altLabel ?l FILTER(CONTAINS(LCASE(STR(?l)), LCASE({views.lit(q)})){also}) }}""")
    best: dict[str, dict[str, Any]] = {}
    low = fold(q)
    for r in rows:
        label = fold(r["l"])
        if low not in label and q.casefold() not in r["l"].casefold():
            continue  # another name of an entity that matched by one of its names
        rank = 0 if label == low else 1 if label.startswith(low) else 2
        item = best.get(r["e"])
        if item is None or rank < item["_rank"]:
            best[r["e"]] = {"id": views.local_id(r["e"]), "iri": r["e"], "kind": r["kind"], "name": r["name"],
                            "matched": None if r["l"] == r["name"] else r["l"], "_rank": rank}
    for item in sorted(best.values(), key=lambda x: (x["_rank"], x["name"].casefold())):
        bucket = out[item["kind"] + "s"]
        if len(bucket) < limit:
            del item["_rank"]
            bucket.append(item)
    arts = store.select(f"""SELECT DISTINCT ?id ?title ?pub WHERE {{ GRAPH ?g {{ ?a a schema:NewsArticle ;
        dcterms:identifier ?id ; schema:headline ?title OPTIONAL {{ ?a schema:datePublished ?pub }} }}
        FILTER(CONTAINS(LCASE(STR(?title)), LCASE({views.lit(q)})) || LCASE(STR(?id)) = LCASE({views.lit(q)})) }}
        ORDER BY DESC(?pub) ?id LIMIT {limit}""")
    out["articles"] = [{"id": r["id"], "kind": "article", "name": r["title"], "published": r.get("pub")}
                       for r in arts]
    return out


def suggest(store: Store, q: str, *, limit: int = 12) -> list[dict[str, Any]]:
    """Entity names for autocomplete: one flat list, best matches first."""
    found = search(store, q, limit=limit)
    items = [x for k in ("actors", "proposals", "places", "issues") for x in found[k]]
    low = fold(q)
    items.sort(key=lambda x: (x["matched"] is not None and not fold(x["matched"]).startswith(low),
                              not fold(x["name"]).startswith(low), x["name"].casefold()))
    return items[:limit]


# -- home -----------------------------------------------------------------------------------------
def home(store: Store, *, limit: int = 100) -> dict[str, Any]:
    """What the graph holds: counts per kind and the articles, newest first, grouped by date."""
    from graph.query import stats

    arts = views.list_articles(store, limit=min(limit, views.MAX_LIMIT))
    by_date: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for a in arts["items"]:
        by_date[a.get("published") or "undated"].append(a)
    return {"counts": stats(store), "articles_total": arts["total"],
            "articles_by_date": [{"date": d, "articles": items} for d, items in by_date.items()]}


# -- articles ---------------------------------------------------------------------------------------
def article_page(store: Store, article_id: str) -> dict[str, Any]:
    """The article with its text, every fact (with evidence) and the text cut into highlight segments."""
    meta = views.article_meta(store, article_id)
    # disputes too: a link to #f-dispute-{key} (fact pages, the graph's "disputes" edges) must land on a mark
    facts = views.list_assertions(store, kinds=list(FACT_KINDS), article=article_id, limit=views.MAX_LIMIT)["items"]
    meta["counts"]["dispute"] = sum(1 for f in facts if f.get("kind") == "dispute")
    for f in facts:
        f["anchor"] = fact_anchor(f["iri"])
    facts.sort(key=lambda f: ((f.get("evidence") or {}).get("start", 1 << 30), KIND_PRIORITY.index(f["kind"])
                              if f.get("kind") in KIND_PRIORITY else 9, f["iri"]))
    meta["facts"] = facts
    links = _quoted_links(store, article_id)
    meta["links"] = len(links)  # its own toggle on the page, after the fact kinds (not a fact count)
    meta["segments"] = highlight_segments(meta.get("text", ""), facts + links)
    return meta


def _quoted_links(store: Store, article_id: str) -> list[dict[str, Any]]:
    """The sentences that state an affiliation, relation, proposer, proposal issue or revision
    (``parley:Grounding``, quoted relation nodes): marks a path hop or an export edge links to,
    not facts of the list."""
    rows = store.select(f"""SELECT DISTINCT ?x WHERE {{ GRAPH <{article_graph_iri(article_id)}> {{
        {{ ?x a parley:Grounding }} UNION {{ ?x a parley:Relation ; parley:evidence ?e }} }} }}""", union=False)
    iris = sorted(r["x"] for r in rows)
    ev = views.evidence_for(store, iris)
    return [{"iri": x, "anchor": fact_anchor(x), "kind": "link", "article": article_id, "evidence": ev[x]}
            for x in iris if x in ev]


def highlight_segments(text: str, facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cut ``text`` at every evidence boundary. Each segment lists the facts whose span covers it
    (anchors), the kind its colour goes by, and the anchors of facts that start there."""
    spans = []
    for f in facts:
        ev = f.get("evidence") or {}
        s, e = ev.get("start"), ev.get("end")
        if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text) and ev.get("article") in (
                None, f.get("article")):
            spans.append((s, e, f["anchor"], f.get("kind", "statement")))
    cuts = sorted({0, len(text)} | {s for s, _, _, _ in spans} | {e for _, e, _, _ in spans})
    segments = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a == b:
            continue
        cover = [sp for sp in spans if sp[0] <= a and b <= sp[1]]
        kinds = sorted({k for *_, k in cover}, key=lambda k: KIND_PRIORITY.index(k) if k in KIND_PRIORITY else 9)
        segments.append({"start": a, "end": b, "text": text[a:b], "facts": [sp[2] for sp in cover],
                         "kinds": kinds, "kind": kinds[0] if kinds else None,
                         "starts": [sp[2] for sp in spans if sp[0] == a]})
    return segments


# -- facts ------------------------------------------------------------------------------------------
def fact_page(store: Store, article_id: str, kind: str, key: str) -> dict[str, Any]:
    """One assertion by its parts (article, kind, key); 404 when the store does not hold it."""
    if kind not in FACT_KINDS:
        raise ParleyError("E341", f"unknown fact kind {kind!r}; use one of {', '.join(FACT_KINDS)}", status=404)
    iri = f"{ID}article/{article_id}/{kind}/{key}"
    if not views._SAFE_IRI.match(iri) or not store.select(
            f"SELECT ?c WHERE {{ <{iri}> a ?c FILTER(STRSTARTS(STR(?c), {views.lit(str(PARLEY._NS))})) }} LIMIT 1"):
        raise ParleyError("E342", f"no {kind} {article_id}/{key} in the store", status=404)
    item = views.decorate_assertions(store, [iri])[0]
    item["anchor"] = fact_anchor(iri)
    item.setdefault("kind", kind)
    return item


# -- places and issues ------------------------------------------------------------------------------
def entity_page(store: Store, kind: str, ref: str) -> dict[str, Any]:
    """A place or an issue: names, where it lies, and every fact that involves it."""
    iri = views.resolve(store, ref, kind)
    cls = "parley:Place" if kind == "place" else "parley:Issue"
    rows = store.select(f"""SELECT ?k ?o WHERE {{ <{iri}> a {cls} .
        {{ <{iri}> skos:prefLabel ?o BIND("name" AS ?k) }} UNION {{ <{iri}> skos:altLabel ?o BIND("alias" AS ?k) }}
        UNION {{ <{iri}> parley:locatedIn ?o BIND("in" AS ?k) }} UNION {{ ?o parley:locatedIn <{iri}> BIND("has" AS ?k) }}
        UNION {{ <{iri}> parley:placeType ?o BIND("type" AS ?k) }} UNION {{ ?o parley:seatOf <{iri}> BIND("seat" AS ?k) }}
        UNION {{ GRAPH ?g {{ ?art parley:mentioned <{iri}> ; dcterms:identifier ?o }} BIND("article" AS ?k) }} }}""")
    if not rows:
        raise ParleyError("E343", f"no {kind} {ref!r}", status=404)
    d: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        d[r["k"]].add(r["o"])
    labels = views.labels_for(store, list(d["in"] | d["has"] | d["seat"]))
    name = sorted(d["name"])[0] if d["name"] else views.local_id(iri)

    def refs(key: str) -> list[dict[str, Any]]:
        return sorted((views.entity_ref(i, labels) for i in d[key]), key=lambda e: e["name"])

    flt = {"place": iri} if kind == "place" else {"proposal": iri}
    facts = views.list_assertions(store, kinds=list(KINDS), limit=views.MAX_LIMIT, **flt)["items"]
    if kind == "issue":
        extra = store.select(f"SELECT DISTINCT ?x WHERE {{ ?x parley:touchesIssue <{iri}> ; prov:wasDerivedFrom ?a }}")
        seen = {f["iri"] for f in facts}
        facts += views.decorate_assertions(store, sorted(r["x"] for r in extra if r["x"] not in seen))
    for f in facts:
        f["anchor"] = fact_anchor(f["iri"])
    return {"id": views.local_id(iri), "iri": iri, "kind": kind, "name": name, "aliases": sorted(d["alias"] - {name}),
            "types": sorted(t.rsplit("#", 1)[-1] for t in d["type"]), "located_in": refs("in"),
            "contains": refs("has"), "seat_of": refs("seat"), "articles": sorted(d["article"]), "facts": facts}


# -- stances over time ------------------------------------------------------------------------------
def when(fact: dict[str, Any]) -> str | None:
    """The date a fact is placed at: its own date, else its article's publication date."""
    return fact.get("date") or fact.get("published")


def stance_order(date: str | None, start: int | None, article: str | None, tie: str = "") -> tuple[Any, ...]:
    """The one order of stances everywhere (these timelines, the GEXF spells, the position_changes
    query): date, then where the evidence starts in its article (what it said first comes first on
    a day it said two things), then the article id."""
    return (date or "", start if start is not None else 1 << 30, article or "", tie)


def stance_series(positions: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    """Positions grouped into rows for a timeline chart.

    ``key`` = "target": one row per proposal/issue (an actor's page); "holder": one row per actor
    (a proposal's page). Each point: date, stance, text, anchor, article. ``changed`` says whether the
    row holds more than one stance."""
    rows: dict[str, dict[str, Any]] = {}
    for p in positions:
        ref = p.get(key)
        label = ref["name"] if isinstance(ref, dict) else (p.get("text") or "(unnamed)")
        rid = ref["iri"] if isinstance(ref, dict) else "text:" + label.casefold()
        row = rows.setdefault(rid, {"label": label, "ref": ref if isinstance(ref, dict) else None, "points": []})
        ev = p.get("evidence") or {}
        row["points"].append({"date": when(p), "date_source": p.get("date_source"), "stance": p.get("stance"),
                              "text": p.get("text"), "condition": p.get("condition"),
                              "anchor": fact_anchor(p["iri"]), "article": p.get("article"),
                              "start": ev.get("start"), "quote": ev.get("text")})
    out = []
    for row in rows.values():
        row["points"].sort(key=lambda x: stance_order(x["date"], x["start"], x["article"], x["anchor"]))
        row["stances"] = list(dict.fromkeys(x["stance"] for x in row["points"]))
        row["changed"] = len(row["stances"]) > 1
        out.append(row)
    out.sort(key=lambda r: (r["ref"] is None, r["label"].casefold()))
    return out


# -- the interactive graph ---------------------------------------------------------------------------
def graph_data(store: Store, view: str) -> dict[str, Any]:
    """A view of graph.export as plain JSON for the in-browser drawing: nodes with colour, size and
    IRI; edges with relation, weight, first/last seen and a quote."""
    from graph.export.views import VIEWS, build_view, layout

    if view not in VIEWS or view == "full":
        raise ParleyError("E344", f"unknown view {view!r}; the graph page draws: actors, stances", status=404)
    v = build_view(store, view)
    pos = layout(v)

    def hexc(c: tuple[int, int, int]) -> str:
        return "#{:02x}{:02x}{:02x}".format(*c)

    nodes = [{"id": n.id, "label": n.label, "type": n.category, "iri": n.attrs.get("iri"),
              "colour": hexc(n.colour), "size": n.size, "x": round(pos.get(n.id, (0, 0))[0], 1),
              "y": round(pos.get(n.id, (0, 0))[1], 1), "first_seen": n.attrs.get("first_seen"),
              "last_seen": n.attrs.get("last_seen")} for n in v.nodes]
    edges = [{"id": e.id, "source": e.source, "target": e.target, "relation": e.kind, "weight": e.weight,
              "colour": hexc(e.colour), "first_seen": e.attrs.get("first_seen"),
              "last_seen": e.attrs.get("last_seen"), "quote": e.attrs.get("quote"),
              "assertions": e.attrs.get("assertions") or []} for e in v.edges]
    dates = sorted({d for e in edges for d in (e["first_seen"], e["last_seen"]) if d})
    return {"view": view, "nodes": nodes, "edges": edges, "relations": sorted({e["relation"] for e in edges}),
            "relation_colours": {e["relation"]: e["colour"] for e in edges},
            "date_min": dates[0] if dates else None, "date_max": dates[-1] if dates else None}


# -- SPARQL examples ----------------------------------------------------------------------------------
EXAMPLE_QUERIES: list[dict[str, str]] = [
    {"name": "Who holds which stance on what", "query": """SELECT ?holder ?stance ?what ?quote WHERE {
  ?p a parley:Position ; parley:holder/skos:prefLabel ?holder ;
     parley:stance ?stance ; parley:text ?what ;
     parley:evidence/oa:hasSelector/oa:exact ?quote .
} ORDER BY ?holder LIMIT 50"""},
    {"name": "Demands: who asks what of whom", "query": """SELECT ?by ?of ?what WHERE {
  ?d a parley:Demand ; parley:demandedBy/skos:prefLabel ?by ; parley:text ?what .
  OPTIONAL { ?d parley:demandedOf/skos:prefLabel ?of }
} ORDER BY ?by LIMIT 50"""},
    {"name": "Events by PLOVER type", "query": """SELECT ?type (COUNT(?e) AS ?events) WHERE {
  ?e a parley:Event ; parley:eventType ?type .
} GROUP BY ?type ORDER BY DESC(?events)"""},
    {"name": "Actors and their roles", "query": """SELECT ?actor ?name ?role WHERE {
  ?actor a parley:Person ; skos:prefLabel ?name .
  OPTIONAL { ?actor parley:role ?role }
} ORDER BY ?name LIMIT 100"""},
    {"name": "Claims and who disputes them", "query": """SELECT ?claimant ?claim ?disputant WHERE {
  ?c a parley:Claim ; parley:claimedBy/skos:prefLabel ?claimant ; parley:text ?claim .
  OPTIONAL { ?c parley:disputedBy/parley:disputant/skos:prefLabel ?disputant }
} LIMIT 50"""},
    {"name": "Articles by date", "query": """SELECT ?article ?date ?title WHERE {
  ?article a schema:NewsArticle ; schema:headline ?title .
  OPTIONAL { ?article schema:datePublished ?date }
} ORDER BY DESC(?date)"""},
]
