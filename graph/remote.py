"""A remote SPARQL 1.1 endpoint as a Parley store (proven on Virtuoso; see README for others).

Same public methods as :class:`graph.store.Store`, so ingest, facts, paths and exports work
unchanged. Results come back as pyoxigraph objects (``parse_query_results``), so callers cannot
tell the two apart. Virtuoso's quirks are handled here, not by callers:

* a direct POST of ``application/sparql-query`` never answers: queries go as form POSTs;
* ``ResultSetMaxRows`` truncates with HTTP 200: the ``X-SPARQL-MaxRows`` header is checked and a
  truncated answer raises E061 instead of passing for complete;
* an "anytime" timeout answers 200 with partial results flagged only in ``X-SQL-State: S1TAT``:
  raised as E062.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import httpx
import pyoxigraph as ox
from rdflib import Graph, URIRef

from graph.build import BuiltArticle, article_graph_iri, article_iri
from graph.errors import ParleyError
from graph.ns import BASE, ENTITIES_GRAPH, PARLEY, sparql_prefixes
from graph.store import _GC_ENTITIES, ArticleState, ArticleWrites

_PARLEY_GRAPHS = f'FILTER(STRSTARTS(STR(?g), "{BASE}graph/"))'
SELECT_ACCEPT = "application/sparql-results+json"
GRAPH_ACCEPT = "application/n-triples"


class RemoteStore(ArticleWrites):
    """A store behind a SPARQL endpoint. ``update_url`` defaults to the query URL; ``gsp_url``
    (Graph Store Protocol; Virtuoso: ``…/sparql-graph-crud``) makes writes one request each."""

    read_only = False

    def __init__(
        self,
        url: str,
        *,
        update_url: str | None = None,
        gsp_url: str | None = None,
        gsp_param: str = "graph",
        chunk: int = 200,
        timeout: float = 60.0,
        auth: tuple[str, str] | None = None,
        digest: bool = False,
        token: str | None = None,
    ) -> None:
        self.path = None
        self.url = url
        self.update_url = update_url or url
        self.gsp_url = gsp_url
        self.gsp_param = gsp_param
        self.chunk = chunk
        self.on_article_change: list[Callable[[str], None]] = []  # same hook as Store
        self._write_lock = threading.Lock()
        credentials: httpx.Auth | None = None
        if auth:
            credentials = httpx.DigestAuth(*auth) if digest else httpx.BasicAuth(*auth)
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._http = httpx.Client(timeout=timeout, auth=credentials, headers=headers)

    @classmethod
    def open(cls, url: str, **kw: Any) -> RemoteStore:
        store = cls(url, **kw)
        store.ping()
        return store

    def ping(self) -> None:
        try:
            self._ask("ASK { }")
        except httpx.HTTPError as exc:
            raise ParleyError("E060", f"cannot reach the SPARQL endpoint {self.url}: {exc}", status=503) from None

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- HTTP -----------------------------------------------------------------------------------
    def _post(self, data: dict[str, str], accept: str, *, update: bool = False) -> httpx.Response:
        url = self.update_url if update else self.url
        try:
            resp = self._http.post(url, data=data, headers={"Accept": accept})
        except httpx.TimeoutException:
            raise ParleyError("E062", f"the SPARQL endpoint {url} timed out", status=503) from None
        except httpx.HTTPError as exc:
            raise ParleyError("E060", f"cannot reach the SPARQL endpoint {url}: {exc}", status=503) from None
        if resp.status_code == 400:
            raise SyntaxError(resp.text.strip()[:500])
        if resp.status_code >= 400:
            raise ParleyError("E063", f"the SPARQL endpoint answered {resp.status_code}: "
                              f"{resp.text.strip()[:300]}", status=502)
        if resp.headers.get("X-SQL-State") == "S1TAT":
            raise ParleyError("E062", "the SPARQL endpoint timed out and sent partial results", status=503)
        return resp

    def _check_rows(self, resp: httpx.Response, rows: int) -> None:
        """A cut answer is an error, never a short one: Virtuoso's ResultSetMaxRows, or a Parley
        server's row cap (it says so in ``X-Parley-Truncated``)."""
        if resp.headers.get("X-Parley-Truncated", "").lower() == "true":
            raise ParleyError("E061", f"the Parley server at {self.url} cut the answer at its row cap of "
                              f"{resp.headers.get('X-Parley-Row-Cap', '?')} rows; start it with a higher "
                              "--row-cap or page the query", status=502)
        cap = resp.headers.get("X-SPARQL-MaxRows")
        if cap and cap.isdigit() and rows >= int(cap):
            raise ParleyError("E061", f"the SPARQL endpoint cut the answer at {cap} rows (its ResultSetMaxRows); "
                              "raise that limit or page the query", status=502)

    def _ask(self, sparql: str) -> bool:
        resp = self._post({"query": sparql}, SELECT_ACCEPT)
        return bool(ox.parse_query_results(resp.content, format=ox.QueryResultsFormat.JSON))

    # -- queries ------------------------------------------------------------------------------
    def query(self, sparql: str, *, union: bool = True, prefixes: bool = True, **kw: Any) -> Any:
        """Run a query remotely; returns pyoxigraph results like :meth:`Store.query`.

        The endpoint's default graph is used as is: Virtuoso's is the union of all graphs.
        """
        text = sparql_prefixes() + sparql if prefixes else sparql
        kind = _query_form(text)
        if kind == "graph":
            return self._construct(text)
        return self._select(text)

    def _construct(self, text: str, extra: dict[str, Any] | None = None) -> Any:
        resp = self._post({"query": text, **(extra or {})}, GRAPH_ACCEPT)
        local = ox.Store()
        local.load(resp.content, format=ox.RdfFormat.N_TRIPLES)
        self._check_rows(resp, len(local))
        return local.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")

    @property
    def ox(self) -> RemoteOx:
        """A pyoxigraph-``Store``-like face (query, update, dump, graph management), so the HTTP
        server's SPARQL, Graph Store and export code serve a remote store unchanged."""
        return RemoteOx(self)

    def _select(self, text: str, extra: dict[str, Any] | None = None) -> Any:
        resp = self._post({"query": text, **(extra or {})}, SELECT_ACCEPT)
        body = _fix_bnodes(resp.content)
        res = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        if isinstance(res, ox.QuerySolutions):
            self._check_rows(resp, sum(1 for _ in res))
            return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)  # a fresh iterator
        return res

    def select(self, sparql: str, **kw: Any) -> list[dict[str, str]]:
        res = self.query(sparql, **kw)
        names = [v.value for v in res.variables]
        return [{n: sol[n].value for n in names if sol[n] is not None} for sol in res]

    def update(self, sparql: str) -> None:
        self._post({"update": sparql}, "*/*", update=True)

    # -- articles -----------------------------------------------------------------------------
    def content_hash(self, article_id: str) -> str | None:
        rows = self.select(
            f"SELECT ?h WHERE {{ GRAPH <{article_graph_iri(article_id)}> "
            f"{{ <{article_iri(article_id)}> <{PARLEY.contentHash}> ?h }} }}"
        )
        return rows[0]["h"] if rows else None

    def article_state(self, article_id: str) -> ArticleState:
        """One query: the article's hashes and versions (sets: rows of a graph that holds two are
        not paired up), and whether its graph holds anything at all."""
        g, art = article_graph_iri(article_id), article_iri(article_id)
        rows = self.select(
            f"SELECT ?h ?v ?any WHERE {{ {{ GRAPH <{g}> {{ <{art}> <{PARLEY.contentHash}> ?h }} }} "
            f"UNION {{ GRAPH <{g}> {{ <{art}> <{PARLEY.extractorVersion}> ?v }} }} "
            f"UNION {{ SELECT (1 AS ?any) WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }} LIMIT 1 }} }}"
        )
        return ArticleState(frozenset(r["h"] for r in rows if "h" in r), frozenset(r["v"] for r in rows if "v" in r),
                            any("any" in r for r in rows))

    def write_article(self, built: BuiltArticle, *, state: ArticleState | None = None) -> bool:
        return self.write_serialized(built.article_id, built.content_hash,
                                     built.article_nt(), built.entities_nt(), state=state)

    def write_serialized(self, article_id: str, content_hash: str, article_nt: str, entities_nt: str, *,
                         state: ArticleState | None = None) -> bool:
        """Stage the article's graph, add its entities, then MOVE the stage over the article graph.

        The MOVE is one operation, so readers see the old article or the new one, never half. A
        crash before it leaves a staging graph (outside Parley's graph prefix, dropped by the next
        write of this article) and this article's entity triples: the next write's GC collects those
        of entities no article names, but a name or class of an entity others name stays beside the
        settled one until this article is written again. ``state`` as for
        :meth:`graph.store.Store.write_serialized`.
        """
        with self._write_lock:
            if state is None:
                state = self.article_state(article_id)
            if state.is_current(content_hash):
                return False
            g = article_graph_iri(article_id)
            stage = f"urn:x-parley-staging:{article_id}"
            entities_nt, losers = self._settle_single_values(entities_nt, g, state.exists)
            self._load(stage, article_nt, replace=True)
            self._load(str(ENTITIES_GRAPH), entities_nt, replace=False)
            self.update(f"MOVE SILENT <{stage}> TO <{g}> ;\n" + (losers + " ;\n" if losers else "") + _GC_ENTITIES)
        self._changed(article_id)
        return True

    def _load(self, graph: str, nt: str, *, replace: bool) -> None:
        """Put N-Triples into a graph: by Graph Store Protocol when offered, else by INSERT DATA
        in chunks (Virtuoso refuses one INSERT DATA of a whole article)."""
        if self.gsp_url:
            try:
                resp = self._http.request(
                    "PUT" if replace else "POST", self.gsp_url, params={self.gsp_param: graph},
                    content=nt.encode("utf-8"), headers={"Content-Type": "text/turtle; charset=utf-8"},
                )
            except httpx.HTTPError as exc:
                raise ParleyError("E060", f"cannot reach the graph store {self.gsp_url}: {exc}", status=503) from None
            if resp.status_code >= 300:
                raise ParleyError("E063", f"the graph store answered {resp.status_code}: {resp.text[:300]}",
                                  status=502)
            return
        if replace:
            self.update(f"DROP SILENT GRAPH <{graph}>")
        lines = [ln for ln in nt.split("\n") if ln.strip()]  # not splitlines: a literal may hold U+2028
        for i in range(0, len(lines), self.chunk):
            body = "\n".join(lines[i: i + self.chunk])
            self.update(f"INSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }}")

    def _update(self, sparql: str) -> None:
        self.update(sparql)

    def _gc_after(self, graph: URIRef) -> str:
        """Remote writes are several requests: a crash between them can leave entity triples no
        article uses, so the remote store collects them all, not only this article's."""
        return " ;\n" + _GC_ENTITIES

    def article_ids(self) -> list[str]:
        rows = self.select(
            "SELECT ?id WHERE { GRAPH ?g { ?a a schema:NewsArticle ; dcterms:identifier ?id } "
            + _PARLEY_GRAPHS + " } ORDER BY ?id"
        )
        return [r["id"] for r in rows]

    def _graph(self, iri: str) -> Graph:
        resp = self._post({"query": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"},
                          GRAPH_ACCEPT)
        g = Graph(identifier=URIRef(iri))
        g.parse(data=resp.content.decode("utf-8"), format="nt")
        return g

    def article_graph(self, article_id: str) -> Graph:
        return self._graph(str(article_graph_iri(article_id)))

    def entities_graph(self) -> Graph:
        return self._graph(str(ENTITIES_GRAPH))

    def snapshot(self) -> frozenset[str]:
        rows = self.query(f"SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_PARLEY_GRAPHS} }}")
        return frozenset(f"{s['s']} {s['p']} {s['o']} {s['g']} ." for s in rows)

    def clear(self) -> None:
        """Drop every Parley graph (tests; the endpoint's other graphs stay)."""
        for r in self.select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_PARLEY_GRAPHS} }}"):
            self.update(f"DROP SILENT GRAPH <{r['g']}>")

    def __len__(self) -> int:
        rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_PARLEY_GRAPHS} }}")
        return int(rows[0]["n"]) if rows else 0


class RemoteOx:
    """The subset of ``pyoxigraph.Store`` Parley's server uses, answered by the remote endpoint."""

    def __init__(self, remote: RemoteStore) -> None:
        self.r = remote

    @staticmethod
    def _head(prefixes: dict[str, str] | None, base_iri: str | None) -> str:
        head = f"BASE <{base_iri}>\n" if base_iri else ""
        return head + "".join(f"PREFIX {k}: <{v}>\n" for k, v in (prefixes or {}).items())

    def query(self, query: str, *, prefixes: dict[str, str] | None = None, base_iri: str | None = None,
              use_default_graph_as_union: bool = True, default_graph: Any = None,
              named_graphs: Any = None, **_: Any) -> Any:
        text = self._head(prefixes, base_iri) + query
        extra: dict[str, Any] = {}
        if isinstance(default_graph, list):
            extra["default-graph-uri"] = [g.value for g in default_graph if isinstance(g, ox.NamedNode)]
        if named_graphs is not None:
            extra["named-graph-uri"] = [g.value for g in named_graphs]
        if _query_form(text) == "graph":
            return self.r._construct(text, extra)
        return self.r._select(text, extra)

    def update(self, update: str, *, prefixes: dict[str, str] | None = None, base_iri: str | None = None,
               **_: Any) -> None:
        self.r.update(self._head(prefixes, base_iri) + update)

    def _quads(self, graph: str | None = None) -> ox.Store:
        where = f"GRAPH <{graph}> {{ ?s ?p ?o }} BIND(<{graph}> AS ?g)" if graph else \
            f"GRAPH ?g {{ ?s ?p ?o }} {_PARLEY_GRAPHS}"
        local = ox.Store()
        quads = []
        for sol in self.r._select(f"SELECT ?g ?s ?p ?o WHERE {{ {where} }}"):
            quads.append(ox.Quad(sol["s"], sol["p"], sol["o"], sol["g"]))
        local.extend(quads)
        return local

    def dump(self, output: Any = None, format: Any = None, *, from_graph: Any = None, prefixes: Any = None,
             **_: Any) -> bytes:
        if from_graph is not None and isinstance(from_graph, ox.NamedNode):
            local = self._quads(from_graph.value)
            return local.dump(format=format, from_graph=from_graph, **({"prefixes": prefixes} if prefixes else {}))
        if from_graph is not None:  # the default graph: Parley keeps nothing there
            return ox.Store().dump(format=format, from_graph=from_graph)
        local = self._quads()
        return local.dump(format=format, **({"prefixes": prefixes} if prefixes else {}))

    def contains_named_graph(self, graph: ox.NamedNode) -> bool:
        return bool(self.r._select(f"ASK {{ GRAPH <{graph.value}> {{ ?s ?p ?o }} }}"))

    def clear_graph(self, graph: Any) -> None:
        self.update("CLEAR SILENT DEFAULT" if isinstance(graph, ox.DefaultGraph) else
                    f"CLEAR SILENT GRAPH <{graph.value}>")

    def remove_graph(self, graph: ox.NamedNode) -> None:
        self.update(f"DROP SILENT GRAPH <{graph.value}>")

    def add_graph(self, graph: ox.NamedNode) -> None:
        """Empty graphs do not exist in most remote stores; nothing to do."""

    def clear(self) -> None:
        self.r.clear()

    def extend(self, quads: list[ox.Quad]) -> None:
        by_graph: dict[str, list[ox.Triple]] = {}
        for q in quads:
            g = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
            by_graph.setdefault(g, []).append(q.triple)
        for g, triples in by_graph.items():
            nt = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
            self.r._load(g or "urn:x-parley-default", nt, replace=False)

    def flush(self) -> None:
        """Remote writes are durable when answered."""

    def __len__(self) -> int:
        return len(self.r)


def _fix_bnodes(content: bytes) -> bytes:
    """Virtuoso names blank nodes ``nodeID://b10006``, which is no valid blank node label:
    map each to a stable valid one so the results parse."""
    if b'"bnode"' not in content:
        return content
    import hashlib
    import json

    data = json.loads(content)
    for row in data.get("results", {}).get("bindings", []):
        for term in row.values():
            if term.get("type") == "bnode":
                term["value"] = "b" + hashlib.sha1(term["value"].encode("utf-8")).hexdigest()[:16]
    return json.dumps(data).encode("utf-8")


def _query_form(text: str) -> str:
    """"select" (SELECT/ASK) or "graph" (CONSTRUCT/DESCRIBE), read from the text, never evaluated
    here (a local evaluation would follow SERVICE clauses).

    >>> _query_form("PREFIX s: <http://x/select#> CONSTRUCT { ?a ?b ?c } WHERE { ?a ?b ?c }")
    'graph'
    """
    import re

    bare = re.sub(r"<[^<>\s]*>|\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|#[^\n]*", " ", text)
    m = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", bare, re.I)
    if not m:
        raise SyntaxError("not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE")
    return "graph" if m.group(1).upper() in ("CONSTRUCT", "DESCRIBE") else "select"
