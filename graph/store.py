"""The store: Oxigraph (pyoxigraph) on disk, one named graph per article.

SPARQL runs on Oxigraph's native engine. Writing an article is one Oxigraph transaction: a new
article's graph and entities are one N-Quads load; a changed one is one SPARQL update (drop its
graph, insert the new one, add its entities, collect orphaned entities). A crash or error half-way
leaves the store as it was.

>>> store = Store.open(None)          # in memory
>>> store.article_ids()
[]
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from graph import build as build_module
from graph.build import BuiltArticle, article_graph_iri, article_iri
from graph.errors import ParleyError
from graph.ns import BASE, ENTITIES_GRAPH, PARLEY, PREFIXES
from graph.sparql_lex import has_dataset_clause

DEFAULT_DB = ".parley/db"


def default_db_path() -> str:
    """``PARLEY_DB`` when set, else ``.parley/db`` under the working directory."""
    return os.environ.get("PARLEY_DB") or DEFAULT_DB


def _nt(lines: Iterable[str]) -> str:
    """An article's N-Triples text from the builder's lines, sorted (same graph, same text)."""
    return "".join(sorted(lines))


def _in_graph(nt: str, graph: URIRef) -> str:
    """N-Triples text as N-Quads lines of ``graph``."""
    return nt.replace(" .\n", f" <{graph}> .\n")


@dataclass(frozen=True)
class ArticleState:
    """What the store holds of one article, read once per write (:meth:`ArticleWrites.article_state`)
    and handed down: whether it is current, whether a write replaces something.

    ``exists``: its named graph holds anything, with or without a content hash (a graph written
    through the Graph Store Protocol has none, and is still the article's: a write replaces it, a
    delete drops it)."""

    hashes: frozenset[str] = frozenset()
    versions: frozenset[str] = frozenset()
    exists: bool = False

    def is_current(self, content_hash: str) -> bool:
        """Exactly one hash and one extractor version, both these (see :meth:`ArticleWrites.is_current`)."""
        return self.hashes == {content_hash} and self.versions == {build_module.EXTRACTOR_VERSION}


class ArticleWrites:
    """What every store backend shares: settling an entity's one name and class, deleting an article
    and telling listeners (the path index) which article changed. Backends provide ``content_hash``,
    ``article_state``, ``select``, ``_update`` and a lock."""

    on_article_change: list[Callable[[str], None]]
    _write_lock: threading.Lock

    def content_hash(self, article_id: str) -> str | None:
        raise NotImplementedError

    def article_state(self, article_id: str) -> ArticleState:
        """The article's stored hashes, extractor versions and whether its graph holds anything:
        one read, which the ingest hands down to the write."""
        raise NotImplementedError

    def is_current(self, article_id: str, content_hash: str) -> bool:
        """Whether the store holds this article, with this text and metadata, as read by this
        Parley: an upgraded extractor re-reads what an older one stored instead of calling it
        unchanged. Exactly one hash and one version, both these: a graph that holds two (written
        through the Graph Store Protocol) is re-read, whichever the backend lists first."""
        return self.article_state(article_id).is_current(content_hash)

    def _update(self, sparql: str) -> None:
        raise NotImplementedError

    def select(self, sparql: str, **kw: Any) -> list[dict[str, str]]:
        raise NotImplementedError

    def _gc_after(self, graph: URIRef) -> str:
        """The update that collects entities orphaned by replacing or dropping ``graph``.

        Only entities that graph refers to can lose their last reference, so only they are
        checked: the cost follows the article, not the size of the store. Call it before the
        graph changes, under the write lock.
        """
        rows = self.select(f"""SELECT DISTINCT ?e WHERE {{
            GRAPH <{graph}> {{ {{ ?x ?y ?e }} UNION {{ ?e ?y ?x }} }}
            GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o }} }}""", union=False)
        if not rows:
            return ""
        values = " ".join(f"<{r['e']}>" for r in rows)
        return " ;\n" + _GC_ENTITIES.replace("WHERE {\n", f"WHERE {{\n  VALUES ?e {{ {values} }}\n", 1)

    def _settle_single_values(self, entities_nt: str, graph: URIRef | None = None,
                              existed: bool = False) -> tuple[str, str]:
        """An entity keeps one preferred name and one actor class across articles, whatever order
        they came in, and whichever of them are replaced or deleted later.

        Names that fold alike ("Déby", "Deby") share an IRI, so two articles may each bring their
        spelling; two ``skos:prefLabel``s would give every join on the name two rows. Likewise an
        actor the gazetteer does not know may be typed one way in one article and another way in the
        next ("British Columbia" a State, then a Person). The same value wins in any ingest order
        (:func:`label_rank`, :func:`class_rank`). Each article's graph keeps its own reading
        (``parley:articleLabel``, ``parley:articleClass``), so when ``graph`` is replaced
        (``entities_nt`` its new entity lines) or dropped (``entities_nt`` empty), the entities its
        stored version named are settled again from the articles that remain and the new lines:
        a spelling or class only the old version gave does not outlive it. Returns the entity lines
        without the losing values of this article and an update that removes the stored losing ones
        and adds a winner no longer stored ("" if none). ``existed``: ``graph`` holds anything now.
        """
        drop_lines: set[str] = set()
        drop_stored: list[str] = []
        add_stored: list[str] = []
        for pred, given, rank, keep in _SINGLE_VALUED:
            lines = [ln + "\n" for ln in entities_nt.split("\n") if pred in ln]  # not splitlines: a literal
            # may hold U+2028 or U+0085, which N-Triples leaves as they are
            mine: dict[str, list[tuple[str, str]]] = {}  # an article may spell a place two ways too
            if lines:
                for ln, t in zip(lines, ox.parse("".join(lines).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES),
                                 strict=True):
                    if keep(t.object):
                        mine.setdefault(t.subject.value, []).append((ln, t.object.value))
            # what the other articles give the entities the stored version of this one gave a value
            others = self._given_elsewhere(graph, given) if existed and graph is not None else {}
            others = {e: {v for v in vs if keep(v)} for e, vs in others.items()}
            if not mine and not others:
                continue
            stored = {e: {v for v in vs if keep(v)}
                      for e, vs in self._stored_values(sorted(set(mine) | set(others)), pred).items()}
            for e in sorted(set(mine) | set(others)):
                own = mine.get(e, [])
                old = stored.get(e, set())
                if e in others:  # settled again from what remains: the stored value may be the old version's
                    candidates = others[e] | {value for _, value in own}
                    if not candidates:  # no remaining article says (written before articles kept their reading)
                        continue
                else:
                    if len(own) == 1 and not old - {own[0][1]}:
                        continue
                    candidates = old | {value for _, value in own}
                best = max(candidates, key=rank)
                drop_lines.update(line for line, value in own if value != best)
                drop_stored += [f"<{e}>{pred}{_term(pred, x)} ." for x in old if x != best]
                if best not in old and all(value != best for _, value in own):
                    add_stored.append(f"<{e}>{pred}{_term(pred, best)} .")
        if drop_lines:
            entities_nt = "".join(ln + "\n" for ln in entities_nt.split("\n") if ln and ln + "\n" not in drop_lines)
        update = []
        if drop_stored:
            update.append(f"DELETE DATA {{ GRAPH <{ENTITIES_GRAPH}> {{ {' '.join(drop_stored)} }} }}")
        if add_stored:
            update.append(f"INSERT DATA {{ GRAPH <{ENTITIES_GRAPH}> {{ {' '.join(add_stored)} }} }}")
        return entities_nt, " ;\n".join(update)

    def _given_elsewhere(self, graph: URIRef, given: str) -> dict[str, set[str]]:
        """For each entity ``graph`` gives a value under ``given`` (``parley:articleLabel`` or
        ``parley:articleClass``), the values the other article graphs give it (an empty set when none).
        DISTINCT: a row a value, not one per article that gives it (an entity many articles name
        would run into a remote's row cap)."""
        out: dict[str, set[str]] = {}
        for r in self.select(f"""SELECT DISTINCT ?e ?v WHERE {{ GRAPH <{graph}> {{ ?e <{given}> ?x }}
                OPTIONAL {{ GRAPH ?o {{ ?e <{given}> ?v }} FILTER(?o != <{graph}> && STRSTARTS(STR(?o), "{_ARTICLE_GRAPHS}")) }}
                }}""", union=False):
            vals = out.setdefault(r["e"], set())
            if "v" in r:
                vals.add(r["v"])
        return out

    def _stored_values(self, iris: list[str], pred: str) -> dict[str, set[str]]:
        """The values (literal text or IRI) the entities graph holds for these entities under ``pred``
        (a predicate as it stands in N-Triples, spaces around it)."""
        values = " ".join(f"<{e}>" for e in iris)
        stored: dict[str, set[str]] = {}
        for r in self.select(f"SELECT ?e ?l WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ VALUES ?e {{ {values} }} "
                             f"?e {pred.strip()} ?l }} }}", union=False):
            stored.setdefault(r["e"], set()).add(r["l"])
        return stored

    def delete_article(self, article_id: str) -> bool:
        """Remove an article's graph (with or without a content hash: one written through the Graph
        Store Protocol too), settle again the names and classes it gave, and remove any entity no
        other article refers to. False when the graph holds nothing."""
        with self._write_lock:
            if not self.article_state(article_id).exists:  # a graph without a hash is the article's too
                return False
            g = article_graph_iri(article_id)
            _, settle = self._settle_single_values("", g, existed=True)
            self._update(f"DROP SILENT GRAPH <{g}>" + (" ;\n" + settle if settle else "") + self._gc_after(g))
        self._changed(article_id)
        return True

    def _changed(self, article_id: str) -> None:
        for fn in list(self.on_article_change):
            fn(article_id)


class Store(ArticleWrites):
    """A Parley dataset. Use :meth:`open`; ``path=None`` keeps everything in memory."""

    def __init__(self, ox_store: ox.Store, path: str | None, *, read_only: bool = False) -> None:
        self._ox = ox_store
        self.path = path
        self.read_only = read_only
        self._write_lock = threading.Lock()
        # Called as fn(article_id) after an article is written or deleted (the path index uses it).
        self.on_article_change: list[Callable[[str], None]] = []

    # -- opening ------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str] | None, *, read_only: bool = False) -> Store:
        if path is None:
            return cls(ox.Store(), None)
        p = Path(path)
        try:
            if read_only:
                if not p.exists():
                    raise ParleyError("E010", f"no Parley store at {p}; run `parley ingest` first")
                return cls(ox.Store.read_only(str(p)), str(p), read_only=True)
            p.mkdir(parents=True, exist_ok=True)
            return cls(ox.Store(str(p)), str(p))
        except OSError as exc:
            msg = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
            if "lock" in msg.lower():
                raise ParleyError("E011", f"the store at {p} is in use by another process ({msg})") from exc
            raise ParleyError("E012", f"cannot open the store at {p}: {msg}") from exc

    @property
    def ox(self) -> ox.Store:
        """The underlying pyoxigraph store (read paths: queries, serialisers)."""
        return self._ox

    def close(self) -> None:
        if self.path is not None and not self.read_only:
            try:
                self._ox.flush()
            except OSError:
                pass
        del self._ox

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- articles -----------------------------------------------------------------------------
    def content_hash(self, article_id: str) -> str | None:
        """The stored hash of an article, or None when it is not in the store."""
        g = ox.NamedNode(str(article_graph_iri(article_id)))
        for q in self._ox.quads_for_pattern(
            ox.NamedNode(str(article_iri(article_id))), ox.NamedNode(str(PARLEY.contentHash)), None, g
        ):
            return q.object.value
        return None

    def article_state(self, article_id: str) -> ArticleState:
        g = ox.NamedNode(str(article_graph_iri(article_id)))
        art = ox.NamedNode(str(article_iri(article_id)))
        # sets: a second hash or version (a graph store write) is not current; index lookups, not a walk
        # over every triple of the article node (its body, its hundreds of mentions)
        hashes, versions = (frozenset(q.object.value for q in self._ox.quads_for_pattern(art, ox.NamedNode(p), None, g))
                            for p in _STATE)
        # a hash is in the graph, so it holds something; without one, whether it holds anything at all
        return ArticleState(hashes, versions, bool(hashes) or self._graph_has_quads(article_graph_iri(article_id)))

    def write_article(self, built: BuiltArticle, *, state: ArticleState | None = None) -> bool:
        """Store an article; replace an older version atomically. False when nothing changed."""
        return self.write_serialized(built.article_id, built.content_hash, _nt(built.article_lines),
                                     _nt(built.entity_lines), state=state)

    def write_serialized(self, article_id: str, content_hash: str, article_nt: str, entities_nt: str, *,
                         state: ArticleState | None = None) -> bool:
        """:meth:`write_article` for graphs already serialised as N-Triples (from worker processes).

        ``state``: :meth:`article_state` as the caller read it, when nothing can have written this
        article since (the ingest's one writer); else it is read here."""
        with self._write_lock:
            if state is None:
                state = self.article_state(article_id)
            if state.is_current(content_hash):
                return False
            g = article_graph_iri(article_id)
            entities_nt, losers = self._settle_single_values(entities_nt, g, state.exists)
            if not state.exists and not losers:
                # a new article (the usual case in a folder ingest): nothing to drop, no entity can
                # lose its last reference, so skip the orphan query (a fifth of the writer's time), and
                # load both graphs as one N-Quads text, in one transaction like the update (IRIs still
                # checked; ~8 % less writer time than parsing them as SPARQL). A line ends in " .\n" only
                # at its end: N-Triples escapes the line breaks of literals.
                self._ox.load(_in_graph(article_nt, g) + _in_graph(entities_nt, ENTITIES_GRAPH),
                              format=ox.RdfFormat.N_QUADS)
            else:
                insert = f"INSERT DATA {{ GRAPH <{g}> {{\n{article_nt}}}\n GRAPH <{ENTITIES_GRAPH}> {{\n{entities_nt}}} }}"
                self._ox.update(f"DROP SILENT GRAPH <{g}> ;\n" + (losers + " ;\n" if losers else "") + insert
                                + self._gc_after(g))
        self._changed(article_id)
        return True

    def _stored_values(self, iris: list[str], pred: str) -> dict[str, set[str]]:
        """As the shared one, by index lookups: no SPARQL to parse on every article write."""
        p, g = ox.NamedNode(pred.strip()[1:-1]), ox.NamedNode(str(ENTITIES_GRAPH))
        stored: dict[str, set[str]] = {}
        for e in iris:
            for q in self._ox.quads_for_pattern(ox.NamedNode(e), p, None, g):
                stored.setdefault(e, set()).add(q.object.value)
        return stored

    def _given_elsewhere(self, graph: URIRef, given: str) -> dict[str, set[str]]:
        """As the shared one, by index lookups."""
        p, g = ox.NamedNode(given), ox.NamedNode(str(graph))
        out: dict[str, set[str]] = {}
        for q in self._ox.quads_for_pattern(None, p, None, g):
            vals = out.setdefault(q.subject.value, set())
            for other in self._ox.quads_for_pattern(q.subject, p, None, None):
                name = other.graph_name
                if name != g and isinstance(name, ox.NamedNode) and name.value.startswith(_ARTICLE_GRAPHS):
                    vals.add(other.object.value)
        return out

    def _graph_has_quads(self, graph: URIRef) -> bool:
        """Whether a named graph holds anything (a graph written through the graph store protocol
        may lack the content hash)."""
        return next(iter(self._ox.quads_for_pattern(None, None, None, ox.NamedNode(str(graph)))), None) is not None

    def _update(self, sparql: str) -> None:
        self._ox.update(sparql)

    def article_ids(self) -> list[str]:
        rows = self.select(
            "SELECT ?id WHERE { GRAPH ?g { ?a a schema:NewsArticle ; dcterms:identifier ?id } } ORDER BY ?id"
        )
        return [r["id"] for r in rows]

    def article_graph(self, article_id: str) -> Graph:
        """A copy of one article's named graph as an rdflib Graph (tests, exports)."""
        g = Graph(identifier=URIRef(str(article_graph_iri(article_id))))
        data = self._ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(str(g.identifier)))
        g.parse(data=data, format="nt")
        return g

    def entities_graph(self) -> Graph:
        g = Graph(identifier=ENTITIES_GRAPH)
        g.parse(data=self._ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(str(ENTITIES_GRAPH))),
                format="nt")
        return g

    def snapshot(self) -> frozenset[str]:
        """Every quad as an N-Quads line. Parley writes no blank nodes, so equal snapshots
        mean isomorphic datasets (crash and idempotency tests compare these)."""
        data = self._ox.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8")
        return frozenset(line for line in data.split("\n") if line.strip())  # a literal may hold U+2028

    def __len__(self) -> int:
        return len(self._ox)

    # -- queries ------------------------------------------------------------------------------
    def query(self, sparql: str, *, union: bool = True, prefixes: bool = True, **kw: Any) -> Any:
        """Run SPARQL on Oxigraph. The default graph is the union of all graphs unless told otherwise
        or the query names its own dataset (FROM / FROM NAMED), which Oxigraph's union flag would
        override."""
        if prefixes:  # declared, not prepended: a syntax error's line and column stay the user's
            kw.setdefault("prefixes", PREFIXES)
        if union and has_dataset_clause(sparql):
            union = False
        return self._ox.query(sparql, use_default_graph_as_union=union, **kw)

    def select(self, sparql: str, **kw: Any) -> list[dict[str, str]]:
        """SELECT rows as dicts of plain strings (unbound variables left out)."""
        res = self.query(sparql, **kw)
        names = [v.value for v in res.variables]
        out = []
        for sol in res:
            row = {}
            for n in names:
                t = sol[n]
                if t is not None:
                    row[n] = t.value
            out.append(row)
        return out

    def iter_quads(self) -> Iterator[ox.Quad]:
        return iter(self._ox)


_PREF_LABEL = f" <{SKOS.prefLabel}> "
_STATE = (str(PARLEY.contentHash), str(PARLEY.extractorVersion))  # what makes a stored article current
_TYPE = f" <{RDF.type}> "


def label_rank(name: str) -> tuple[int, str]:
    """Which of two spellings of one entity is its name: the one with more letters outside ASCII (an
    article that writes the accents took care), then the greater string, so the choice is the same
    in any order.

    >>> max(["Mahamat Idriss Deby", "Mahamat Idriss Déby"], key=label_rank)
    'Mahamat Idriss Déby'
    """
    return sum(not c.isascii() for c in name), name


def class_rank(iri: str) -> int:
    """Which of two actor classes one entity keeps: a State, an Organization or a Group before a
    Person, which is what a capitalised name nobody knows is read as first; a State before an
    Organization, an Organization before a Group (an army is a body of its state, not an armed
    group).

    >>> max([str(PARLEY.Person), str(PARLEY.State)], key=class_rank).rsplit("#", 1)[-1]
    'State'
    """
    return -_ACTOR_CLASS_ORDER.index(iri)


_ACTOR_CLASS_ORDER = [str(PARLEY.State), str(PARLEY.Organization), str(PARLEY.Group), str(PARLEY.Person)]


def _term(pred: str, value: str) -> str:
    """A stored value as an N-Triples term: an IRI under rdf:type (a class), else a literal (a name)."""
    return f"<{value}>" if pred == _TYPE else str(ox.Literal(value))


# What an entity has one of in the store: (predicate in N-Triples, the predicate under which each
# article graph keeps its own reading, rank, which values take part: given the parsed term of an
# article's line or the text of a stored value); only actor classes are settled
_SINGLE_VALUED: list[tuple[str, str, Callable[[str], Any], Callable[[Any], bool]]] = [
    (_PREF_LABEL, str(PARLEY.articleLabel), label_rank, lambda v: True),
    (_TYPE, str(PARLEY.articleClass), class_rank,
     lambda v: (v.value if isinstance(v, ox.NamedNode) else v) in _ACTOR_CLASS_ORDER),
]
_ARTICLE_GRAPHS = f"{BASE}graph/article/"  # article graphs (not the entities graph, not a remote staging graph)


# Entities no article graph refers to (as subject or object) leave the shared graph.
_GC_ENTITIES = f"""
DELETE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o }} }}
WHERE {{
  GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH ?g {{ ?x ?y ?e }} FILTER(?g != <{ENTITIES_GRAPH}>) }}
  FILTER NOT EXISTS {{ GRAPH ?h {{ ?e ?y2 ?x2 }} FILTER(?h != <{ENTITIES_GRAPH}>) }}
}}
"""
