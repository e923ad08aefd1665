"""SPARQL 1.1 Graph Store HTTP Protocol at /store (``?graph=IRI``, ``?default``, or the dataset).

Graphs are named indirectly (``/store?graph=IRI``) or directly: ``/store/anything`` is the graph
whose IRI is that URL. GET and HEAD read; POST to /store itself with a graph format (Turtle,
N-Triples, ...) creates a new graph and answers 201 with its URL in ``Location``; POST may send
``multipart/form-data`` whose parts (each with its RDF Content-Type) are merged into the graph.

Reads are open; writes need the token. A PUT must name its graph (?graph= or ?default): on the
dataset it would replace every article graph, so it is refused like DELETE. A PUT parses the
whole body before it touches the store, then replaces the graph in one update, so a bad upload
leaves the graph as it was.
"""

from __future__ import annotations

import uuid
from urllib.parse import parse_qsl

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from api.models import PROTOCOL_ERRORS
from api.sparql import negotiate, with_charset
from api.state import AppState, state
from graph.errors import ParleyError

router = APIRouter(tags=["graph store"], responses=PROTOCOL_ERRORS)

MAX_STORE_BODY = 128 * 1024 * 1024
GRAPH_TYPES = {
    "text/turtle": "TURTLE", "application/x-turtle": "TURTLE", "application/n-triples": "N_TRIPLES",
    "text/plain": "N_TRIPLES", "application/rdf+xml": "RDF_XML", "application/ld+json": "JSON_LD",
    "application/n-quads": "N_QUADS", "application/trig": "TRIG",
}
DATASET_TYPES = {"application/trig": "TRIG", "application/n-quads": "N_QUADS", "text/x-nquads": "N_QUADS"}
GET_GRAPH_TYPES = {k: v for k, v in GRAPH_TYPES.items() if v not in ("N_QUADS", "TRIG")}


def _target(request: Request) -> tuple[str, ox.NamedNode | ox.DefaultGraph | None]:
    """("graph", node) | ("default", DefaultGraph) | ("dataset", None)."""
    params = parse_qsl(request.url.query, keep_blank_values=True)
    graphs = [v for k, v in params if k == "graph"]
    default = any(k == "default" for k, _ in params)
    if request.path_params.get("path"):  # direct identification: the URL is the graph's IRI
        if graphs or default:
            raise ParleyError("E131", "a graph URL under /store/ names its graph itself; send ?graph= or "
                              "?default to /store instead", status=400)
        graphs = [_request_iri(request)]
    if graphs and default:
        raise ParleyError("E120", "use either ?graph=IRI or ?default, not both", status=400)
    if len(graphs) > 1:
        raise ParleyError("E121", "only one ?graph= is allowed", status=400)
    if default:
        return "default", ox.DefaultGraph()
    if graphs:
        try:
            return "graph", ox.NamedNode(graphs[0])
        except ValueError as exc:
            raise ParleyError("E122", f"?graph= is not an absolute IRI: {exc}", status=400) from None
    return "dataset", None


def _request_iri(request: Request) -> str:
    return str(request.url.replace(query=None, fragment=None))


def _has_triples(st: AppState, g: ox.NamedNode | ox.DefaultGraph) -> bool:
    return next(iter(st.store.ox.quads_for_pattern(None, None, None, g)), None) is not None


def _exists(st: AppState, g: ox.NamedNode | ox.DefaultGraph) -> bool:
    if isinstance(g, ox.DefaultGraph):
        return True
    return st.store.ox.contains_named_graph(g)


@router.get("/store", summary="Graph Store Protocol: read a graph or the whole dataset",
            response_class=Response)
@router.get("/store/{path:path}", include_in_schema=False)
@router.head("/store", include_in_schema=False)
@router.head("/store/{path:path}", include_in_schema=False)
def gsp_get(request: Request) -> Response:
    st = state(request)
    kind, g = _target(request)
    accept = request.headers.get("accept")
    if kind == "dataset":
        fmt = negotiate(accept, DATASET_TYPES, "TRIG")
        if fmt is None:
            raise ParleyError("E123", "the dataset is served as application/trig or application/n-quads",
                              status=406)
        f = getattr(ox.RdfFormat, fmt)
        return Response(st.store.ox.dump(format=f), media_type=with_charset(f.media_type))
    assert g is not None
    if not _exists(st, g):
        raise ParleyError("E124", f"no graph <{g.value}> in the store", status=404)
    fmt = negotiate(accept, GET_GRAPH_TYPES, "TURTLE")
    if fmt is None:
        raise ParleyError("E123", "graphs are served as text/turtle, application/n-triples, "
                          "application/ld+json or application/rdf+xml", status=406)
    f = getattr(ox.RdfFormat, fmt)
    return Response(st.store.ox.dump(format=f, from_graph=g), media_type=with_charset(f.media_type))


def _media(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


async def _read_body(request: Request) -> bytes:
    body = await request.body()
    if len(body) > MAX_STORE_BODY:
        raise ParleyError("E114", f"the body is over the {MAX_STORE_BODY} byte limit", status=413)
    return body


async def _multipart(request: Request, base: str) -> list[ox.Quad]:
    """The parts of a multipart/form-data POST, each parsed by its own RDF Content-Type."""
    await _read_body(request)
    quads: list[ox.Quad] = []
    async with request.form(max_files=100, max_fields=100) as form:
        if not form:
            raise ParleyError("E133", "the multipart/form-data body has no parts", status=400)
        for name, part in form.multi_items():
            media = _media(getattr(part, "content_type", None))
            if isinstance(part, str) or media not in GRAPH_TYPES:
                raise ParleyError("E132", f"multipart part {name!r} needs a filename and an RDF Content-Type "
                                  "(" + ", ".join(sorted(GRAPH_TYPES)) + ")", status=415)
            data = await part.read()
            quads += await run_in_threadpool(_parse, data, getattr(ox.RdfFormat, GRAPH_TYPES[media]), base)
    return quads


async def _body_format(request: Request, dataset: bool) -> tuple[bytes, ox.RdfFormat]:
    body = await _read_body(request)
    media = _media(request.headers.get("content-type"))
    table = DATASET_TYPES if dataset else GRAPH_TYPES
    if media not in table:
        raise ParleyError("E125", f"unsupported Content-Type {media or 'none'}; use one of "
                          + ", ".join(sorted(set(table))), status=415)
    return body, getattr(ox.RdfFormat, table[media])


def _parse(body: bytes, fmt: ox.RdfFormat, base: str | None) -> list[ox.Quad]:
    try:
        return list(ox.parse(body, format=fmt, base_iri=base))
    except SyntaxError as exc:
        raise ParleyError("E126", f"cannot parse the {fmt.name} body: {exc}", status=400) from None
    except (ValueError, OSError) as exc:
        raise ParleyError("E126", f"cannot read the {fmt.name} body: {exc}", status=400) from None


def _write(st: AppState, kind: str, g: ox.NamedNode | ox.DefaultGraph | None, quads: list[ox.Quad],
           replace: bool) -> bool:
    """Write parsed quads; returns whether the target existed before."""
    o = st.store.ox
    with st.write_lock:
        if kind == "dataset":  # only POST gets here: a PUT on the dataset is refused (E134)
            existed = len(o) > 0
            o.extend(quads)
        else:
            assert g is not None
            existed = _has_triples(st, g) if isinstance(g, ox.DefaultGraph) else _exists(st, g)
            triples = [q.triple for q in quads]
            nt = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8") if triples else ""
            where = "DEFAULT" if isinstance(g, ox.DefaultGraph) else f"GRAPH <{g.value}>"
            parts = [f"CLEAR SILENT {where}"] if replace else []
            if isinstance(g, ox.DefaultGraph):
                parts.append(f"INSERT DATA {{ {nt} }}")
            else:
                parts.append(f"INSERT DATA {{ GRAPH <{g.value}> {{ {nt} }} }}")
            o.update(" ;\n".join(parts))
            if not triples and isinstance(g, ox.NamedNode) and not o.contains_named_graph(g):
                o.add_graph(g)
    st.after_write()
    return existed


async def _put_post(request: Request, replace: bool) -> Response:
    st = state(request)
    st.require_write(request)
    kind, g = _target(request)
    if kind == "dataset" and replace:  # replacing the dataset would empty every article graph
        raise ParleyError("E134", "PUT needs a graph: name it with ?graph=IRI or ?default; POST TriG or "
                          "N-Quads to /store to add to several graphs", status=400)
    media = _media(request.headers.get("content-type"))
    created: str | None = None
    if kind == "dataset" and not replace and (media in GRAPH_TYPES or media == "multipart/form-data") \
            and media not in DATASET_TYPES:  # POST of one graph to the store itself: a new graph
        created = _request_iri(request).rstrip("/") + "/" + uuid.uuid4().hex
        kind, g = "graph", ox.NamedNode(created)
    base = g.value if isinstance(g, ox.NamedNode) else _request_iri(request)
    if media == "multipart/form-data" and not replace and kind != "dataset":
        quads = await _multipart(request, base)
    else:
        body, fmt = await _body_format(request, dataset=kind == "dataset")
        quads = await run_in_threadpool(_parse, body, fmt, base)
    if kind != "dataset" and any(not isinstance(q.graph_name, ox.DefaultGraph) for q in quads):
        raise ParleyError("E127", "a body for one graph must not name graphs; POST TriG or N-Quads "
                          "to /store (without ?graph=) to add to several graphs", status=400)
    existed = await run_in_threadpool(_write, st, kind, g, quads, replace)
    if created is not None:
        return Response(status_code=201, headers={"Location": created})
    return Response(status_code=204 if existed else 201)


@router.put("/store", summary="Graph Store Protocol: replace a graph (token)", status_code=204,
            responses={201: {"description": "the graph was created"}})
@router.put("/store/{path:path}", include_in_schema=False)
async def gsp_put(request: Request) -> Response:
    return await _put_post(request, replace=True)


@router.post("/store", summary="Graph Store Protocol: add to a graph, or create one (token)",
             status_code=204, responses={201: {"description": "a graph was created (its URL in Location)"}})
@router.post("/store/{path:path}", include_in_schema=False)
async def gsp_post(request: Request) -> Response:
    return await _put_post(request, replace=False)


@router.delete("/store", summary="Graph Store Protocol: remove a graph (token)", status_code=204)
@router.delete("/store/{path:path}", include_in_schema=False)
def gsp_delete(request: Request) -> Response:
    st = state(request)
    st.require_write(request)
    kind, g = _target(request)
    if kind == "dataset":
        raise ParleyError("E128", "DELETE needs ?graph=IRI or ?default", status=400)
    assert g is not None
    with st.write_lock:
        if isinstance(g, ox.DefaultGraph):
            st.store.ox.clear_graph(g)
        else:
            if not st.store.ox.contains_named_graph(g):
                raise ParleyError("E124", f"no graph <{g.value}> in the store", status=404)
            st.store.ox.remove_graph(g)
    st.after_write()
    return Response(status_code=204)
