"""Read-only views for the JSON API: actors, proposals, assertions, articles, timelines.

Every list selects its page first (ORDER BY/LIMIT on bare ids in a small query) and decorates
only that page afterwards (one query for properties, one for evidence): engines do not push a
LIMIT below OPTIONALs, so decorating first costs the whole table (measured 1.15 s → 94 ms).
Every assertion carries its evidence: article id, exact text, start and end offsets.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

import pyoxigraph as ox

from graph.errors import ParleyError
from graph.ns import ID, ISSUE, PARLEY, PLOVER
from graph.records import PLOVER_CATEGORIES
from graph.store import Store

ACTOR_CLASSES = ("Person", "State", "Organization", "Group")
STANCES = ("support", "oppose", "mixed", "conditional")
KIND_CLASS = {"event": "Event", "position": "Position", "demand": "Demand", "claim": "Claim",
              "statement": "Statement"}
# a dispute is a fact too (who disputes a claim, with its own evidence span), listed on article and
# actor pages though not among the kinds /timeline and the article counts go by
FACT_CLASS = {**KIND_CLASS, "dispute": "Dispute"}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
MAX_LIMIT = 500
MAX_OFFSET = 1_000_000_000  # SPARQL engines refuse OFFSETs past 64 bits
_SAFE_IRI = re.compile(r'^[^<>"{}|^`\\\x00-\x20]+$')
_P = str(PARLEY._NS)
_PLOVER = str(PLOVER._NS)


def lit(s: str) -> str:
    """A SPARQL string literal for user input (no injection through quotes or newlines)."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


def iri_kind(iri: str) -> str:
    if iri.startswith(str(ISSUE)):
        return "issue"
    if iri.startswith(str(ID)):
        return iri[len(str(ID)):].split("/", 1)[0]
    return "other"


def local_id(iri: str) -> str:
    """The id used in API paths: ``pid:actor/vladimir-putin`` → ``vladimir-putin``."""
    if iri.startswith(str(ISSUE)):
        return iri[len(str(ISSUE)):]
    if iri.startswith(str(ID)):
        rest = iri[len(str(ID)):]
        kind, _, tail = rest.partition("/")
        return tail if kind in ("actor", "place", "proposal", "article") else rest
    return iri


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _values(var: str, iris: list[str]) -> str:
    return f"VALUES ?{var} {{ {' '.join(f'<{i}>' for i in iris)} }}"


def _safe_iri(s: str) -> bool:
    """True when ``s`` can go between ``<`` and ``>`` in a query: an IRI and nothing else."""
    if not _SAFE_IRI.match(s):
        return False
    try:
        ox.NamedNode(s)
    except ValueError:
        return False
    return True


def _page(limit: int, offset: int) -> tuple[int, int]:
    if limit < 1 or limit > MAX_LIMIT:
        raise ParleyError("E301", f"limit must be between 1 and {MAX_LIMIT}", status=422)
    if offset < 0 or offset > MAX_OFFSET:
        raise ParleyError("E302", f"offset must be between 0 and {MAX_OFFSET}", status=422)
    return limit, offset


def _count(store: Store, var: str, where: str) -> int:
    rows = store.select(f"SELECT (COUNT(DISTINCT ?{var}) AS ?n) WHERE {{ {where} }}")
    return int(rows[0]["n"]) if rows else 0


def entity_ref(iri: str, labels: dict[str, str]) -> dict[str, Any]:
    return {"id": local_id(iri), "iri": iri, "kind": iri_kind(iri), "name": labels.get(iri, local_id(iri))}


# -- resolving what a user names ---------------------------------------------------------------
def resolve(store: Store, ref: str, kind: str) -> str:
    """An entity IRI from an IRI or an API id, else from a name through the path index's resolver
    (graph/paths.py), so that every endpoint reads names the same way; 404 with suggestions."""
    ref = ref.strip()
    if not ref:
        raise ParleyError("E303", f"an empty {kind} reference", status=422)
    if ref.startswith(("http://", "https://")):
        c = ref
    else:
        c = str(ISSUE) + ref if kind == "issue" else f"{ID}{kind}/{ref}"
    if _safe_iri(c) and store.select(f"SELECT ?l WHERE {{ <{c}> skos:prefLabel ?l }} LIMIT 1"):
        return c
    from graph.paths import index_for  # paths imports this module

    try:
        return index_for(store).resolve(ref, kind)
    except ParleyError as exc:  # the JSON API's own codes for the same answers
        code = {"E322": "E304", "E321": "E305"}.get(exc.code, exc.code)
        msg = exc.message
        if code == "E304":
            msg += (f" (give an id such as {_EXAMPLE_ID.get(kind, 'an-id')}, an IRI such as "
                    f"{_example_iri(kind)}, or a name or alias)")
        raise ParleyError(code, msg, status=exc.status) from None


_EXAMPLE_ID = {"actor": "vladimir-putin", "proposal": "28-point-plan", "place": "pokrovsk", "issue": "ceasefire"}


def _example_iri(kind: str) -> str:
    return str(ISSUE) + "ceasefire" if kind == "issue" else f"{ID}{kind}/{_EXAMPLE_ID.get(kind, 'an-id')}"


def name_matches(store: Store, q: str) -> list[str]:
    """IRIs with a name or alias that contains ``q`` once accents and case are folded but not by
    SPARQL's LCASE ("zurcher" in "Beat Zürcher"), for searches to add to their LCASE matching; sorted."""
    from graph.paths import fold, index_for

    # an accented query ("Erdoğan") must also find the unaccented spelling ("Erdogan"), which
    # LCASE never does: fold it against every name, not only the accented ones
    # (one or two letters folded name no one: they would paste thousands of IRIs into the query — "é" took 3.6 s
    # on 213 articles — and the plain LCASE match already finds them)
    if len(fold(q).strip()) < 3:
        return []
    return sorted(i for i in index_for(store).search(q, folded_only=q.isascii()) if _safe_iri(i))


def labels_for(store: Store, iris: list[str]) -> dict[str, str]:
    if not iris:
        return {}
    rows = store.select(f"SELECT ?e ?l WHERE {{ {_values('e', sorted(set(iris)))} ?e skos:prefLabel ?l }}")
    return {r["e"]: r["l"] for r in rows}


# -- actors -------------------------------------------------------------------------------------
def list_actors(store: Store, q: str | None = None, type: str | None = None, *, limit: int = 50,
                offset: int = 0) -> dict[str, Any]:
    limit, offset = _page(limit, offset)
    if type is not None:  # case-insensitive, as the event types are
        canon = {c.casefold(): c for c in ACTOR_CLASSES}.get(type.strip().casefold())
        if canon is None:
            raise ParleyError("E306", f"unknown actor type {type!r}; use one of {', '.join(ACTOR_CLASSES)}",
                              status=422)
        type = canon
    classes = [type] if type else list(ACTOR_CLASSES)
    where = f"VALUES ?cls {{ {' '.join('parley:' + c for c in classes)} }} ?a a ?cls ; skos:prefLabel ?name ."
    if q:
        folded = ", ".join(f"<{i}>" for i in name_matches(store, q))
        also = f" || ?a IN ({folded})" if folded else ""
        where += f""" ?a skos:prefLabel|skos:altLabel ?l FILTER(CONTAINS(LCASE(STR(?l)), LCASE({lit(q)})){also})"""
    total = _count(store, "a", where)
    page = store.select(f"SELECT DISTINCT ?a ?name WHERE {{ {where} }} ORDER BY LCASE(?name) ?a "
                        f"LIMIT {limit} OFFSET {offset}")
    return {"total": total, "limit": limit, "offset": offset,
            "items": _decorate_actors(store, [r["a"] for r in page])}


def _decorate_actors(store: Store, iris: list[str]) -> list[dict[str, Any]]:
    if not iris:
        return []
    rows = store.select(f"""SELECT ?a ?p ?o WHERE {{ {_values('a', iris)}
        {{ ?a a ?o BIND("type" AS ?p) }} UNION {{ ?a skos:prefLabel ?o BIND("name" AS ?p) }}
        UNION {{ ?a skos:altLabel ?o BIND("alias" AS ?p) }} UNION {{ ?a parley:role ?o BIND("role" AS ?p) }}
        UNION {{ GRAPH ?g {{ ?art parley:mentioned ?a ; dcterms:identifier ?o }} BIND("article" AS ?p) }} }}""")
    by: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in rows:
        by[r["a"]][r["p"]].add(r["o"])
    out = []
    for a in iris:
        d = by[a]
        types = [_local(t) for t in d["type"]]
        name = sorted(d["name"])[0] if d["name"] else local_id(a)
        out.append({"id": local_id(a), "iri": a, "name": name,
                    "type": next((t for t in ACTOR_CLASSES if t in types), "Organization"),
                    "aliases": sorted(d["alias"] - {name}), "roles": sorted(d["role"]),
                    "articles": sorted(d["article"])})
    return out


def get_actor(store: Store, actor_id: str) -> dict[str, Any]:
    a = resolve(store, actor_id, "actor")
    items = _decorate_actors(store, [a])
    if not store.select(f"SELECT ?c WHERE {{ <{a}> a ?c FILTER(?c IN "
                        f"({', '.join('parley:' + c for c in ACTOR_CLASSES)})) }} LIMIT 1"):
        raise ParleyError("E307", f"no actor {actor_id!r}", status=404)
    out = items[0]
    aff = store.select(f"SELECT DISTINCT ?o WHERE {{ <{a}> org:memberOf ?o }}")
    rel = store.select(f"""SELECT DISTINCT ?kind ?to WHERE {{ <{a}> parley:relation ?r .
        ?r parley:relationKind ?kind ; parley:relative ?to }}""")
    labels = labels_for(store, [r["o"] for r in aff] + [r["to"] for r in rel])
    # the sentences that state them (groundings; a relation node quotes its own), as facts carry theirs
    grounds = store.select(f"""SELECT ?key ?to ?x WHERE {{
        {{ ?x a parley:Grounding ; rdf:subject <{a}> ; rdf:predicate org:memberOf ; rdf:object ?to BIND("" AS ?key) }}
        UNION {{ <{a}> parley:relation ?x . ?x parley:relationKind ?key ; parley:relative ?to ; parley:evidence ?e }} }}""")
    ev = evidence_for(store, sorted({r["x"] for r in grounds}))
    quoted: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in grounds:
        if r["x"] in ev:
            quoted[(r["key"], r["to"])].append(ev[r["x"]])
    for q in quoted.values():
        q.sort(key=lambda e: (e["article"], e["start"]))
    out["affiliations"] = [dict(entity_ref(r["o"], labels), evidence=quoted.get(("", r["o"]), [])) for r in aff]
    out["relations"] = [{"kind": r["kind"], "to": entity_ref(r["to"], labels),
                         "evidence": quoted.get((r["kind"], r["to"]), [])} for r in rel]

    def all_of(kind: str, **flt: Any) -> list[dict[str, Any]]:
        return list_assertions(store, kinds=[kind], limit=MAX_LIMIT, **flt)["items"]

    out["positions"] = all_of("position", actor=a)
    out["demands_made"] = all_of("demand", by=a)
    out["demands_received"] = all_of("demand", of=a)
    out["events"] = all_of("event", actor=a)
    out["claims"] = all_of("claim", actor=a)
    out["statements"] = all_of("statement", actor=a)
    out["disputes"] = all_of("dispute", actor=a)  # claims of others this actor disputed
    return out


# -- assertions (events, positions, demands, claims, statements) --------------------------------
_ROLE_PREDICATES = {
    "event": "parley:source|parley:target",
    "position": "parley:holder",
    "demand": "parley:demandedBy|parley:demandedOf",
    "claim": "parley:claimedBy",
    "statement": "parley:speaker|parley:addressee",
    "dispute": "parley:disputant",
}
_ANY_ROLE = ("parley:source|parley:target|parley:holder|parley:demandedBy|parley:demandedOf|"
             "parley:claimedBy|parley:speaker|parley:addressee")


IRIs = str | list[str] | None


def list_assertions(store: Store, *, kinds: list[str], actor: IRIs = None, by: IRIs = None, of: IRIs = None,
                    place: IRIs = None, proposal: IRIs = None, type: str | list[str] | None = None,
                    stance: str | list[str] | None = None, date_from: str | None = None,
                    date_to: str | None = None, disputed: bool | None = None, article: str | None = None,
                    disputed_by: IRIs = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """A page of assertions of the given kinds, oldest first, each with its evidence.

    Filter values are IRIs (resolve names with :func:`resolve` first); a list of IRIs for a
    filter matches any of them. Dates: a fact's own date, else its article's (``date_source``)."""
    limit, offset = _page(limit, offset)
    for k in kinds:
        if k not in FACT_CLASS:
            raise ParleyError("E308", f"unknown kind {k!r}", status=422)
    parts = [f"VALUES ?cls {{ {' '.join('parley:' + FACT_CLASS[k] for k in kinds)} }} ?x a ?cls ;"
             " prov:wasDerivedFrom ?art ."]
    if actor:
        preds = _ROLE_PREDICATES[kinds[0]] if len(kinds) == 1 else _ANY_ROLE
        parts.append(_any_of("x", preds, actor, "f_actor"))
    if by:
        parts.append(_any_of("x", "parley:demandedBy|parley:claimedBy|parley:holder|parley:source|parley:speaker|"
                             "parley:disputant", by, "f_by"))
    if of:
        parts.append(_any_of("x", "parley:demandedOf|parley:target|parley:addressee", of, "f_of"))
    if place:
        parts.append(_any_of("x", "parley:place", place, "f_place"))
    if proposal:
        parts.append(_any_of("x", "parley:onProposal|parley:target", proposal, "f_proposal"))
    if disputed_by:
        parts.append(_any_of("x", "parley:disputedBy/parley:disputant", disputed_by, "f_disputed_by"))
    if type:
        ts = []
        for one in _listed(type):
            t = one.strip().upper()
            if t not in PLOVER_CATEGORIES:
                raise ParleyError("E309", f"unknown PLOVER type {one!r}; use one of {', '.join(PLOVER_CATEGORIES)}",
                                  status=422)
            ts.append(f"plover:{t}")
        parts.append(f"VALUES ?etype {{ {' '.join(sorted(set(ts)))} }} ?x parley:eventType ?etype .")
    if stance:
        ss = []
        for one in _listed(stance):
            s = one.strip().lower()
            if s not in STANCES:
                raise ParleyError("E310", f"unknown stance {one!r}; use one of {', '.join(STANCES)}", status=422)
            ss.append(f"parley:{s}")
        parts.append(f"VALUES ?st {{ {' '.join(sorted(set(ss)))} }} ?x parley:stance ?st .")
    if disputed is not None:
        parts.append(("FILTER EXISTS" if disputed else "FILTER NOT EXISTS") + " { ?x parley:disputedBy ?dd }")
    if article:
        parts.append(f"?art dcterms:identifier {lit(article)} .")
    parts.append("OPTIONAL { ?x dcterms:date ?d0 } OPTIONAL { ?art schema:datePublished ?d1 } "
                 "BIND(COALESCE(?d0, ?d1) AS ?date)")
    for bound, op in ((date_from, ">="), (date_to, "<=")):
        if bound:
            _check_date(bound)
            parts.append(f'FILTER(?date {op} "{bound}"^^xsd:date)')
    where = "\n".join(parts)
    total = _count(store, "x", where)
    page = store.select(f"SELECT DISTINCT ?x ?date WHERE {{ {where} }} ORDER BY ?date ?x "
                        f"LIMIT {limit} OFFSET {offset}")
    return {"total": total, "limit": limit, "offset": offset,
            "items": decorate_assertions(store, [r["x"] for r in page])}


def _listed(v: str | list[str]) -> list[str]:
    return [v] if isinstance(v, str) else list(v)


def _any_of(var: str, preds: str, iris: str | list[str], name: str) -> str:
    """``?x preds <iri>``, or any of several IRIs (``?name`` ranges over them): repeated filter
    values are OR-ed."""
    vals = sorted(set(_listed(iris)))
    if len(vals) == 1:
        return f"?{var} {preds} <{vals[0]}> ."
    return f"VALUES ?{name} {{ {' '.join(f'<{i}>' for i in vals)} }} ?{var} {preds} ?{name} ."


def _check_date(s: str) -> None:
    """Only ``YYYY-MM-DD``: Python also reads 20251201 and 2025-W49-1, which the filter would then
    compare as text and match nothing."""
    import datetime as dt

    try:
        if not _DATE.fullmatch(s):
            raise ValueError(s)
        dt.date.fromisoformat(s)
    except ValueError:
        raise ParleyError("E311", f"dates are YYYY-MM-DD, not {s!r}", status=422) from None


def evidence_for(store: Store, iris: list[str]) -> dict[str, dict[str, Any]]:
    if not iris:
        return {}
    rows = store.select(f"""SELECT ?x ?aid ?exact ?start ?end WHERE {{ {_values('x', iris)}
        ?x parley:evidence ?span . ?span oa:hasSource ?art ; oa:hasSelector ?qs, ?ps .
        ?qs a oa:TextQuoteSelector ; oa:exact ?exact . ?ps a oa:TextPositionSelector ; oa:start ?start ;
        oa:end ?end . ?art dcterms:identifier ?aid }}""")
    return {r["x"]: {"article": r["aid"], "text": r["exact"], "start": int(r["start"]), "end": int(r["end"])}
            for r in rows}


_SINGLE = {f"{_P}holder": "holder", f"{_P}demandedBy": "by", f"{_P}claimedBy": "by", f"{_P}speaker": "speaker",
           f"{_P}addressee": "addressee", f"{_P}place": "place", f"{_P}onProposal": "proposal",
           f"{_P}touchesIssue": "issue", f"{_P}disputant": "by"}
_MULTI = {f"{_P}source": "sources", f"{_P}demandedOf": "of"}
_TEXT = {f"{_P}text": "text", f"{_P}condition": "condition", f"{_P}mode": "mode",
         "http://www.w3.org/2000/01/rdf-schema#label": "label", "http://purl.org/dc/terms/date": "date",
         f"{_P}direct": "direct"}


def decorate_assertions(store: Store, iris: list[str]) -> list[dict[str, Any]]:
    """Full records for assertion IRIs, in the given order."""
    if not iris:
        return []
    rows = store.select(f"""SELECT ?x ?p ?o ?label ?aid ?pub WHERE {{ {_values('x', iris)} ?x ?p ?o .
        OPTIONAL {{ ?o skos:prefLabel ?label }}
        OPTIONAL {{ FILTER(?p = prov:wasDerivedFrom) ?o dcterms:identifier ?aid
                    OPTIONAL {{ ?o schema:datePublished ?pub }} }} }}""")
    by: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        by[r["x"]].append(r)
    ev = evidence_for(store, iris)
    disputes = [r["o"] for r in rows if r["p"] == f"{_P}disputedBy"]
    dispute_items = {d["iri"]: d for d in decorate_assertions(store, sorted(set(disputes)))} if disputes else {}
    disputed = _disputed_claims(store, [r["x"] for r in rows if r["p"] == f"{_P}disputant"])
    out = []
    for x in iris:
        item: dict[str, Any] = {"iri": x, "evidence": ev.get(x)}
        labels = {r["o"]: r["label"] for r in by[x] if r.get("label")}
        for r in by[x]:
            p, o = r["p"], r["o"]
            if p == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" and o.startswith(_P):
                item["kind"] = _local(o).lower()
            elif p == "http://www.w3.org/ns/prov#wasDerivedFrom":
                item["article"] = r.get("aid")
                item["published"] = r.get("pub")
            elif p == f"{_P}eventType":
                item["type"] = o[len(_PLOVER):] if o.startswith(_PLOVER) else _local(o)
            elif p == f"{_P}stance":
                item["stance"] = _local(o)
            elif p == f"{_P}about":
                item["about_event"] = o
            elif p == f"{_P}disputedBy":
                item.setdefault("disputes", []).append(dispute_items.get(o, {"iri": o}))
            elif p == f"{_P}target":
                item.setdefault("targets", []).append(entity_ref(o, labels))
            elif p in _SINGLE:
                item[_SINGLE[p]] = entity_ref(o, labels)
            elif p in _MULTI:
                item.setdefault(_MULTI[p], []).append(entity_ref(o, labels))
            elif p in _TEXT:
                item[_TEXT[p]] = (o == "true") if p == f"{_P}direct" else o
        kind = item.get("kind", "")
        if kind == "position":  # a position has one target: the referenced entity, if any
            tg = item.pop("targets", [])
            item["target"] = tg[0] if tg else None
        for key in ("sources", "targets", "of", "disputes"):
            if key in item:
                item[key].sort(key=lambda e: str(e.get("name") or e.get("iri")))
        # which date the date filters, the order and the timelines place it at: its own, stated in
        # the text, or (none stated) its article's publication date
        if x in disputed:
            item["claim"] = disputed[x]
        item["date_source"] = "stated" if item.get("date") else "article" if item.get("published") else None
        out.append(item)
    return out


def _disputed_claims(store: Store, disputes: list[str]) -> dict[str, dict[str, Any]]:
    """The claim each dispute disputes (iri, who claimed it, what): a dispute alone names only its disputant."""
    if not disputes:
        return {}
    rows = store.select(f"""SELECT ?x ?c ?by ?text WHERE {{ {_values('x', sorted(set(disputes)))}
        ?c parley:disputedBy ?x . OPTIONAL {{ ?c parley:claimedBy ?by }} OPTIONAL {{ ?c parley:text ?text }} }}""")
    labels = labels_for(store, [r["by"] for r in rows if r.get("by")])
    return {r["x"]: {"iri": r["c"], "by": entity_ref(r["by"], labels) if r.get("by") else None,
                     "text": r.get("text")} for r in rows}


# -- proposals ----------------------------------------------------------------------------------
def list_proposals(store: Store, q: str | None = None, *, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    limit, offset = _page(limit, offset)
    where = "?p a parley:Proposal ; skos:prefLabel ?name ."
    if q:  # folded as /actors?q= is
        folded = ", ".join(f"<{i}>" for i in name_matches(store, q))
        also = f" || ?p IN ({folded})" if folded else ""
        where += f" ?p skos:prefLabel|skos:altLabel ?l FILTER(CONTAINS(LCASE(STR(?l)), LCASE({lit(q)})){also})"
    total = _count(store, "p", where)
    page = store.select(f"SELECT DISTINCT ?p ?name WHERE {{ {where} }} ORDER BY LCASE(?name) ?p "
                        f"LIMIT {limit} OFFSET {offset}")
    return {"total": total, "limit": limit, "offset": offset,
            "items": [_proposal_summary(store, r["p"]) for r in page]}


def _proposal_summary(store: Store, p: str) -> dict[str, Any]:
    rows = store.select(f"""SELECT ?k ?o WHERE {{
        {{ <{p}> skos:prefLabel ?o BIND("name" AS ?k) }} UNION {{ <{p}> skos:altLabel ?o BIND("alias" AS ?k) }}
        UNION {{ <{p}> parley:proposedBy ?o BIND("by" AS ?k) }} UNION {{ <{p}> parley:touchesIssue ?o BIND("issue" AS ?k) }}
        UNION {{ <{p}> prov:wasRevisionOf ?o BIND("rev" AS ?k) }} UNION {{ ?o prov:wasRevisionOf <{p}> BIND("next" AS ?k) }}
        UNION {{ GRAPH ?g {{ ?art parley:mentioned <{p}> ; dcterms:identifier ?o }} BIND("article" AS ?k) }} }}""")
    d: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        d[r["k"]].add(r["o"])
    labels = labels_for(store, list(d["by"] | d["issue"] | d["rev"] | d["next"]))
    name = sorted(d["name"])[0] if d["name"] else local_id(p)

    def refs(key: str) -> list[dict[str, Any]]:
        return sorted((entity_ref(i, labels) for i in d[key]), key=lambda e: e["name"])

    return {"id": local_id(p), "iri": p, "name": name, "aliases": sorted(d["alias"] - {name}),
            "proposers": refs("by"), "issues": refs("issue"), "revision_of": refs("rev"),
            "revised_by": refs("next"), "articles": sorted(d["article"])}


def get_proposal(store: Store, proposal_id: str) -> dict[str, Any]:
    p = resolve(store, proposal_id, "proposal")
    if not store.select(f"SELECT ?n WHERE {{ <{p}> a parley:Proposal ; skos:prefLabel ?n }} LIMIT 1"):
        raise ParleyError("E312", f"no proposal {proposal_id!r}", status=404)
    out = _proposal_summary(store, p)
    positions = list_assertions(store, kinds=["position"], proposal=p, limit=MAX_LIMIT)["items"]
    out["stances"] = {s: [x for x in positions if x.get("stance") == s] for s in STANCES}
    out["events"] = list_assertions(store, kinds=["event"], proposal=p, limit=MAX_LIMIT)["items"]
    return out


# -- articles -----------------------------------------------------------------------------------
def list_articles(store: Store, *, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    limit, offset = _page(limit, offset)
    where = "GRAPH ?g { ?art a schema:NewsArticle ; dcterms:identifier ?id OPTIONAL { ?art schema:datePublished ?pub } }"
    total = _count(store, "art", where)
    page = store.select(f"SELECT ?art ?id WHERE {{ {where} }} ORDER BY DESC(?pub) ?id LIMIT {limit} OFFSET {offset}")
    return {"total": total, "limit": limit, "offset": offset,
            "items": [article_meta(store, r["id"], with_text=False) for r in page]}


def article_meta(store: Store, article_id: str, *, with_text: bool = True) -> dict[str, Any]:
    from graph.build import article_graph_iri, article_iri

    g, a = article_graph_iri(article_id), article_iri(article_id)
    rows = store.select(f"""SELECT ?title ?pub ?source ?url ?text ?ver ?hash WHERE {{ GRAPH <{g}> {{
        <{a}> schema:headline ?title ; parley:contentHash ?hash .
        OPTIONAL {{ <{a}> schema:datePublished ?pub }} OPTIONAL {{ <{a}> dcterms:source ?source }}
        OPTIONAL {{ <{a}> schema:url ?url }} OPTIONAL {{ <{a}> parley:extractorVersion ?ver }}
        {"OPTIONAL { <" + str(a) + "> schema:articleBody ?text }" if with_text else ""} }} }} LIMIT 1""")
    if not rows:
        raise ParleyError("E020", f"no article {article_id!r} in the store", status=404)
    r = rows[0]
    counts = {k: 0 for k in KIND_CLASS}
    for c in store.select(f"""SELECT ?cls (COUNT(?x) AS ?n) WHERE {{ GRAPH <{g}> {{ ?x a ?cls ;
        prov:wasDerivedFrom <{a}> }} }} GROUP BY ?cls"""):
        if not c["cls"].startswith(_P):  # a grounding is also an rdf:Statement, not a parley:Statement
            continue
        k = _local(c["cls"]).lower()
        if k in counts:
            counts[k] = int(c["n"])
    out: dict[str, Any] = {"id": article_id, "iri": str(a), "graph": str(g), "title": r.get("title", ""),
                           "published": r.get("pub"), "source": r.get("source"), "url": r.get("url"),
                           "extractor_version": r.get("ver"), "content_hash": r.get("hash"), "counts": counts}
    if with_text:
        out["text"] = r.get("text", "")
    return out
