"""Paths between entities: a networkx projection of the graph, kept in step with the store.

Nodes are actors, places, proposals, issues and events; edges come from what articles assert
(event source/target/place/proposal, positions, demands, claims, disputes, statements) and from
structure (membership, relations, proposers, revisions, places inside places). Each edge keeps
every relation behind it with its evidence, so a path can be shown hop by hop with the text
that supports it: a fact's own span, or for structure the sentence a ``parley:Grounding`` (or a
relation node) quotes; places inside places come from the gazetteer and have none. Paths ignore
direction (who acts on whom is kept on each relation).

The projection is built per article graph: writing or deleting one article re-reads only that
graph (``Store.on_article_change``); any other write marks it stale for a rebuild on next use.
"""

from __future__ import annotations

import difflib
import itertools
import threading
import weakref
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from graph.build import article_graph_iri
from graph.errors import ParleyError
from graph.gazetteer import fold as gazetteer_fold
from graph.ns import ENTITIES_GRAPH
from graph.store import Store
from graph.views import evidence_for, iri_kind, local_id

NODE_KINDS = ("actor", "place", "proposal", "issue", "event")


@dataclass(frozen=True)
class Rel:
    relation: str
    source: str  # IRI, the relation points source → target
    target: str
    graph: str
    assertion: str | None = None


@dataclass
class _Built:
    rels: dict[str, list[Rel]] = field(default_factory=dict)  # graph IRI → relations
    touched: dict[str, set[str]] = field(default_factory=dict)  # graph IRI → entity IRIs


# what an article says about entities is quoted by a parley:Grounding of the triple (a relation by its own node),
# which stands as the hop's assertion; gazetteer nesting (located_in, seat_of) has none
_GROUNDING = "OPTIONAL {{ ?x a parley:Grounding ; rdf:subject ?s ; rdf:predicate {p} ; rdf:object ?t }}"
# (relation name, SPARQL pattern binding ?s ?t and optionally ?x, the assertion)
_PATTERNS: list[tuple[str, str]] = [
    ("source", "?x a parley:Event ; parley:source ?s . BIND(?x AS ?t)"),
    ("target", "?x a parley:Event ; parley:target ?t . BIND(?x AS ?s)"),
    ("place", "?x a parley:Event ; parley:place ?t . BIND(?x AS ?s)"),
    ("on_proposal", "?x a parley:Event ; parley:onProposal ?t . BIND(?x AS ?s)"),
    ("position", "?x a parley:Position ; parley:holder ?s ; parley:target ?t ; parley:stance ?stance ."),
    ("demands", "?x a parley:Demand ; parley:demandedBy ?s ; parley:demandedOf ?t ."),
    ("demand_issue", "?x a parley:Demand ; parley:demandedBy ?s ; parley:touchesIssue ?t ."),
    ("claims", "?x a parley:Claim ; parley:claimedBy ?s ; parley:about ?t ."),
    ("disputes", "?c a parley:Claim ; parley:claimedBy ?t ; parley:disputedBy ?x . ?x parley:disputant ?s ."),
    ("addresses", "?x a parley:Statement ; parley:speaker ?s ; parley:addressee ?t ."),
    ("member_of", f"?s org:memberOf ?t . {_GROUNDING.format(p='org:memberOf')}"),
    ("relation", "?s parley:relation ?r . ?r parley:relative ?t ; parley:relationKind ?kind ."
                 " OPTIONAL { ?r parley:evidence ?quoted BIND(?r AS ?x) }"),
    ("proposed_by", f"?s parley:proposedBy ?t . {_GROUNDING.format(p='parley:proposedBy')}"),
    ("touches_issue", f"?s a parley:Proposal ; parley:touchesIssue ?t . {_GROUNDING.format(p='parley:touchesIssue')}"),
    ("revision_of", f"?s prov:wasRevisionOf ?t . {_GROUNDING.format(p='prov:wasRevisionOf')}"),
    ("located_in", "?s parley:locatedIn ?t ."),
    ("seat_of", "?s parley:seatOf ?t ."),
]
RELATIONS = tuple(sorted({name for name, _ in _PATTERNS} | {"support", "oppose", "mixed", "conditional"}))
# the stance edges' names in the exports (graph/export/views.py STANCE_KIND), taken as the same filters
EXPORT_NAMES = {"supports": "support", "opposes": "oppose", "mixed_on": "mixed", "conditional_on": "conditional"}


def fold(s: str) -> str:
    """The name key: ``gazetteer.fold`` (accents, case and punctuation dropped, as the graph keys
    names) with words kept apart by spaces.

    >>> fold("  Beat Zürcher "), fold("Lucía Romero")
    ('beat zurcher', 'lucia romero')
    """
    return gazetteer_fold(s).replace("-", " ")


_INDEXES: weakref.WeakKeyDictionary[Any, PathIndex] = weakref.WeakKeyDictionary()
_INDEXES_LOCK = threading.RLock()  # reentrant: PathIndex() registers itself while index_for holds it


def index_for(store: Store) -> PathIndex:
    """The store's attached PathIndex (the server's own), made on first use: the JSON API and the
    web pages resolve names with the same index as /paths. Made under the lock, so two first
    requests at once do not each attach one (the loser would follow every write, unused)."""
    with _INDEXES_LOCK:
        idx = _INDEXES.get(store)
        return idx if idx is not None else PathIndex(store)  # cheap: the index is built on first use


class PathIndex:
    """The projection and a name index for one Store; thread-safe, built lazily."""

    def __init__(self, store: Store, *, attach: bool = True) -> None:
        self.store = store
        self._lock = threading.RLock()
        self._g: nx.Graph | None = None
        self._built = _Built()
        self._names: dict[str, str] = {}  # IRI → preferred name
        self._kinds: dict[str, str] = {}
        self._keys: dict[str, Counter[str]] = {}  # folded name/alias → IRIs (with use counts)
        self._odd: dict[str, Counter[str]] = {}  # the same for names whose fold is not their lower case
        self._prefs: dict[str, dict[str, str]] = {}  # IRI → graph → preferred name
        self._labels: dict[str, list[tuple[str, str, bool]]] = {}  # graph → its label rows
        self._stale: set[str] = set()
        self.builds = 0
        if attach:
            store.on_article_change.append(self.article_changed)
            with _INDEXES_LOCK:
                _INDEXES[store] = self

    def detach(self) -> None:
        """Stop following the store's writes and stop being its index (:func:`index_for`): one
        that no longer hears of writes would answer names from what the store held then."""
        if self.article_changed in self.store.on_article_change:
            self.store.on_article_change.remove(self.article_changed)
        with _INDEXES_LOCK:
            if _INDEXES.get(self.store) is self:
                del _INDEXES[self.store]

    # -- keeping in step -----------------------------------------------------------------------
    def invalidate(self) -> None:
        with self._lock:
            self._g = None

    def article_changed(self, article_id: str) -> None:
        """Re-read one article graph on next use (cheap: no full rebuild)."""
        with self._lock:
            if self._g is not None:  # its shared-entity triples may have changed too
                self._stale.update((str(article_graph_iri(article_id)), str(ENTITIES_GRAPH)))

    def graph(self) -> nx.Graph:
        with self._lock:
            if self._g is None:
                self._rebuild()
            elif self._stale:
                stale = set(self._stale)
                for g in sorted(stale):
                    self._refresh_graph(g)
                self._stale.clear()
                self._refresh_names(stale)
            assert self._g is not None
            return self._g

    def _rebuild(self) -> None:
        self._g = nx.Graph()
        self._built = _Built()
        self._stale.clear()
        graphs = [r["g"] for r in self.store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                                                     union=False)]
        for g in graphs:
            self._refresh_graph(g)
        self._refresh_names()
        self.builds += 1

    def _read(self, g: str) -> tuple[list[Rel], set[str]]:
        union = "\nUNION\n".join(
            f'{{ {pat} BIND("{name}" AS ?rel) }}' for name, pat in _PATTERNS)
        rows = self.store.select(f"""SELECT DISTINCT ?rel ?s ?t ?x ?kind ?stance WHERE {{
            GRAPH <{g}> {{ {union} }} }}""", union=False)
        rels = []
        for r in rows:
            name = r["rel"]
            if name == "position":
                name = r.get("stance", "position").rsplit("#", 1)[-1]
            elif name == "relation":
                name = f"relation:{r.get('kind', '')}"
            rels.append(Rel(name, r["s"], r["t"], g, r.get("x")))
        touched = {r["e"] for r in self.store.select(f"""SELECT DISTINCT ?e WHERE {{ GRAPH <{g}> {{
            {{ ?a parley:mentioned|parley:acts ?e }} UNION {{ ?e a ?c }} }} }}""", union=False)}
        return rels, touched

    def _refresh_graph(self, g: str) -> None:
        assert self._g is not None
        for rel in self._built.rels.pop(g, []):
            self._remove(rel)
        old = self._built.touched.pop(g, set())
        rels, touched = self._read(g)
        if rels:
            self._built.rels[g] = rels
        self._built.touched[g] = touched
        for rel in rels:
            self._g.add_edge(rel.source, rel.target)
            self._g.edges[rel.source, rel.target].setdefault("rels", []).append(rel)
        for n in old | touched:
            if n not in self._g:
                self._g.add_node(n)
        for n in old - touched:
            if n in self._g and self._g.degree(n) == 0:
                self._g.remove_node(n)

    def _remove(self, rel: Rel) -> None:
        assert self._g is not None
        if not self._g.has_edge(rel.source, rel.target):
            return
        data = self._g.edges[rel.source, rel.target]
        data["rels"] = [r for r in data.get("rels", []) if r != rel]
        if not data["rels"]:
            self._g.remove_edge(rel.source, rel.target)
        for n in (rel.source, rel.target):
            if n in self._g and self._g.degree(n) == 0:
                self._g.remove_node(n)

    def _label_rows(self, g: str | None) -> dict[str, list[tuple[str, str, bool]]]:
        """Names per graph: preferred labels (shared graph), aliases and event labels (articles)."""
        where = f"<{g}>" if g else "?g"
        if g == str(ENTITIES_GRAPH):
            body = "?e skos:prefLabel ?l BIND(true AS ?pref)"
        else:
            body = "{ ?e skos:prefLabel ?l BIND(true AS ?pref) } UNION { ?e skos:altLabel ?l } UNION " \
                   "{ ?e a parley:Event ; rdfs:label ?l BIND(true AS ?pref) }"
        rows = self.store.select(f"SELECT ?g ?e ?l ?pref WHERE {{ GRAPH {where} {{ {body} }} }}", union=False)
        out: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
        for r in rows:
            out[g or r["g"]].append((r["e"], r["l"], bool(r.get("pref"))))
        return out

    def _apply_labels(self, g: str, rows: list[tuple[str, str, bool]], sign: int) -> None:
        for e, label, pref in rows:
            key = fold(label)
            tables = [self._keys] if key == label.casefold() else [self._keys, self._odd]
            for table in tables:
                count = table.setdefault(key, Counter())
                count[e] += sign
                if count[e] <= 0:
                    del count[e]
                    if not count:
                        del table[key]
            if pref:
                prefs = self._prefs.setdefault(e, {})
                if sign > 0:
                    prefs[g] = label
                else:
                    prefs.pop(g, None)
                # the shared graph's preferred name wins over an event's label
                best = prefs.get(str(ENTITIES_GRAPH)) or (prefs[min(prefs)] if prefs else None)
                if best is None:
                    self._names.pop(e, None)
                    self._prefs.pop(e, None)
                else:
                    self._names[e] = best
            if sign > 0:
                self._kinds[e] = "event" if "/event/" in e else iri_kind(e)

    def _refresh_names(self, graphs: set[str] | None = None) -> None:
        """Re-read names of the given graphs only (all graphs when None): an article write costs
        that article's labels, not the whole store's."""
        if graphs is None:
            self._names, self._keys, self._kinds, self._prefs, self._labels = {}, {}, {}, {}, {}
            self._odd = {}
            fresh = self._label_rows(None)
            graphs = set(fresh)
        else:
            fresh = {}
            for g in graphs:
                fresh.update(self._label_rows(g))
        for g in sorted(graphs):  # one order whatever the hash seed: names and keys come out the same
            self._apply_labels(g, self._labels.pop(g, []), -1)
            rows = fresh.get(g, [])
            if rows:
                self._labels[g] = rows
                self._apply_labels(g, rows, +1)

    # -- resolving names -------------------------------------------------------------------------
    def name(self, iri: str) -> str:
        return self._names.get(iri, local_id(iri))

    def node(self, iri: str) -> dict[str, Any]:
        return {"id": local_id(iri), "iri": iri, "kind": self._kinds.get(iri) or iri_kind(iri),
                "name": self.name(iri)}

    def resolve(self, ref: str, kind: str | None = None) -> str:
        """An IRI for an IRI, an id or a name ("Zelensky"), the one lookup every endpoint uses
        (/paths, /neighbors, /actors/{name}, ?actor= filters); ``kind`` ("actor", "place", ...)
        keeps only that kind. Names are accent- and case-folded; an exact preferred name wins
        over an alias ("Europe" is Europe, not the EU it also names), then a word of a name
        ("Putin"), then near spellings as a last resort. Candidates are taken in sorted order,
        so the answer never depends on hash seeds. 404 with suggestions."""
        with self._lock:  # the name tables change under a concurrent refresh
            return self._resolve(ref, kind)

    def _resolve(self, ref: str, kind: str | None) -> str:
        self.graph()
        ref = ref.strip()
        if not ref:
            raise ParleyError("E320", "an empty name", status=422)

        def fits(i: str) -> bool:
            k = self._kinds.get(i) or iri_kind(i)
            return k == kind if kind else True

        if (ref in self._names or ref in self._kinds) and fits(ref):
            return ref
        ids = sorted(i for i in self._names if local_id(i) == ref and fits(i))
        if len(ids) == 1:
            return ids[0]
        key = fold(ref)
        exact = self._keys.get(key, Counter())
        # each tier is computed only when the ones before found nothing: the near-spelling search
        # runs difflib over every name and word (~70 ms over 213 articles), too slow for every
        # ?actor= filter and /actors/{name} that an exact name answers
        tiers: tuple[Callable[[], Iterable[str]], ...] = (
            lambda: {i for i in exact if fold(self.name(i)) == key},  # a preferred name
            lambda: exact,  # an alias
            lambda: {i for k, iris in self._keys.items() if key in k.split() for i in iris},  # a word of a name
            lambda: self._near(key),  # a near spelling of a name or one of its words: "Zelensky" → "Zelenskyy"
        )
        for tier in tiers:
            found = {i for i in tier() if fits(i) and (self._kinds.get(i) != "event" or key in self._keys)}
            if len(found) == 1:
                return next(iter(found))
            if len(found) > 1:
                actors = sorted(i for i in found if self._kinds.get(i) == "actor")
                if len(actors) == 1 and len({fold(self.name(i)) for i in found}) == 1:
                    return actors[0]  # "Ukraine" the state rather than the country as a place
                names = sorted(f"{self.name(i)} ({self._kinds.get(i)} {local_id(i)})" for i in found)
                raise ParleyError("E321", f"{ref!r} is ambiguous: {'; '.join(names[:8])}; give an id",
                                  status=404)
        keys = sorted(k for k, iris in self._keys.items() if any(fits(i) for i in iris))
        sugg = difflib.get_close_matches(key, keys, n=5, cutoff=0.5)
        names = sorted({self.name(min(i for i in self._keys[s] if fits(i))) for s in sugg})
        hint = "; did you mean " + ", ".join(names) + "?" if names else ""
        what = f"no {kind}" if kind else "nothing"
        raise ParleyError("E322", f"{what} named {ref!r} in the graph{hint}", status=404)

    def _near(self, key: str) -> set[str]:
        """Entities with a name, or a word of one, closest in spelling to ``key`` (difflib ratio
        0.85 or more); only the best-scoring spellings count, and ties are all kept."""
        words: dict[str, set[str]] = defaultdict(set)
        for k in self._keys:
            words[k].add(k)
            for w in k.split():
                words[w].add(k)
        close = difflib.get_close_matches(key, sorted(words), n=5, cutoff=0.85)
        if not close:
            return set()
        best = max(difflib.SequenceMatcher(None, key, c).ratio() for c in close)
        return {i for c in close if difflib.SequenceMatcher(None, key, c).ratio() == best
                for k in words[c] for i in self._keys[k]}

    def search(self, text: str, *, folded_only: bool = False) -> set[str]:
        """IRIs with a name or alias that contains ``text``, accent- and case-folded ("zurcher"
        finds Beat Zürcher). ``folded_only``: only names that fold to something else than their
        lower case (accents, punctuation), the matches SPARQL's LCASE misses: what /actors?q= and
        the /ui search add to their own matching, a short list even for a one-letter search."""
        key = fold(text)
        if not key:
            return set()
        with self._lock:
            self.graph()
            keys = self._odd if folded_only else self._keys
            return {i for k, iris in keys.items() if key in k for i in iris}

    # -- paths ------------------------------------------------------------------------------------
    def _view(self, relations: list[str] | None) -> nx.Graph:
        g = self.graph()
        if not relations:
            return g
        unknown = [r for r in relations if r not in RELATIONS and not r.startswith("relation:")]
        if unknown:
            raise ParleyError("E323", f"unknown relation {unknown[0]!r}; use one of {', '.join(RELATIONS)}",
                              status=422)
        allowed = set(relations)

        def ok(u: str, v: str) -> bool:
            return any(r.relation in allowed or r.relation.split(":")[0] in allowed for r in g.edges[u, v]["rels"])

        return nx.subgraph_view(g, filter_edge=ok)

    def paths(self, source: str, target: str, *, k: int = 1, max_length: int = 6,
              relations: list[str] | None = None) -> dict[str, Any]:
        """Up to ``k`` shortest simple paths (hops ≤ max_length), each hop with its evidence."""
        if relations:
            relations = [EXPORT_NAMES.get(r, r) for r in relations]  # the exports' "supports" is the paths' "support"
        if k < 1 or k > 20:
            raise ParleyError("E324", "k must be between 1 and 20", status=422)
        if max_length < 1 or max_length > 12:
            raise ParleyError("E325", "max_length must be between 1 and 12", status=422)
        with self._lock:
            s, t = self.resolve(source), self.resolve(target)
            if s == t:
                raise ParleyError("E326", "from and to name the same node", status=422)
            view = self._view(relations)
            if s not in view or t not in view:
                missing = self.name(s if s not in view else t)
                raise ParleyError("E327", f"no path: {missing} has no relations in the graph", status=404)
            found: list[list[str]] = []
            try:
                for p in itertools.islice(nx.shortest_simple_paths(view, s, t), k):
                    if len(p) - 1 > max_length:
                        break
                    found.append(p)
            except nx.NetworkXNoPath:
                pass
            if not found:
                raise ParleyError("E328", f"no path from {self.name(s)} to {self.name(t)} within "
                                  f"{max_length} hops", status=404)
            hops_per_path = [self._hops(view, p, relations) for p in found]
        iris = sorted({r["assertion"] for hops in hops_per_path for h in hops for r in h["relations"]
                       if r["assertion"]})
        ev = evidence_for(self.store, iris)
        for hops in hops_per_path:
            for h in hops:
                for r in h["relations"]:
                    r["evidence"] = ev.get(r["assertion"]) if r["assertion"] else None
        return {"from": self.node(s), "to": self.node(t),
                "paths": [{"length": len(p) - 1, "nodes": [self.node(n) for n in p], "hops": hops}
                          for p, hops in zip(found, hops_per_path, strict=True)]}

    def _hops(self, view: nx.Graph, path: list[str], relations: list[str] | None) -> list[dict[str, Any]]:
        hops = []
        for u, v in itertools.pairwise(path):
            rels = []
            for r in view.edges[u, v]["rels"]:
                if relations and r.relation not in relations and r.relation.split(":")[0] not in relations:
                    continue
                rels.append({"relation": r.relation, "direction": "forward" if r.source == u else "backward",
                             "assertion": r.assertion,
                             "article": r.graph.rsplit("/", 1)[-1] if r.graph != str(ENTITIES_GRAPH) else None})
            rels.sort(key=lambda x: (x["relation"], str(x["assertion"])))
            hops.append({"from": self.node(u), "to": self.node(v), "relations": rels})
        return hops

    def neighbors(self, ref: str, depth: int = 1, limit: int = 200) -> dict[str, Any]:
        if depth < 1 or depth > 3:
            raise ParleyError("E329", "depth must be 1, 2 or 3", status=422)
        with self._lock:
            c = self.resolve(ref)
            g = self.graph()
            if c not in g:
                return {"center": self.node(c), "nodes": [], "edges": [], "truncated": False}
            lengths = nx.single_source_shortest_path_length(g, c, cutoff=depth)
            ordered = sorted(lengths, key=lambda n: (lengths[n], self.name(n)))
            truncated = len(ordered) > limit
            keep = set(ordered[:limit])
            nodes = [dict(self.node(n), distance=lengths[n]) for n in ordered[:limit]]
            edges = []
            for _u, _v, data in g.subgraph(keep).edges(data=True):
                for r in data["rels"]:
                    edges.append({"source": r.source, "target": r.target, "relation": r.relation,
                                  "assertion": r.assertion})
        edges.sort(key=lambda e: (e["source"], e["target"], e["relation"]))
        return {"center": self.node(c), "nodes": nodes, "edges": edges, "truncated": truncated}
