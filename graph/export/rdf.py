"""Whole-graph RDF dumps, serialised by Oxigraph.

Dataset formats (``nq``, ``trig``, ``jsonld``) keep the named graphs, so provenance (which
article said what) survives. Turtle cannot name graphs: ``ttl`` is the union of all graphs,
the merge that SPARQL queries see by default.

>>> from graph.store import Store
>>> dump_rdf(Store.open(None), "nq")
b''
"""

from __future__ import annotations

import pyoxigraph as ox

from graph.errors import ParleyError
from graph.ns import PREFIXES
from graph.store import Store

RDF_FORMATS: dict[str, tuple[ox.RdfFormat, str]] = {
    "ttl": (ox.RdfFormat.TURTLE, "text/turtle"),
    "nq": (ox.RdfFormat.N_QUADS, "application/n-quads"),
    "jsonld": (ox.RdfFormat.JSON_LD, "application/ld+json"),
    "trig": (ox.RdfFormat.TRIG, "application/trig"),
}


def dump_rdf(store: Store, fmt: str) -> bytes:
    """The store as ``ttl`` (union graph), ``nq``, ``jsonld`` or ``trig`` bytes."""
    if fmt not in RDF_FORMATS:
        raise ParleyError("E071", f"unknown RDF format {fmt!r}; choose one of: {', '.join(RDF_FORMATS)}")
    rdf_format = RDF_FORMATS[fmt][0]
    if fmt == "ttl":
        triples = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        return ox.serialize(triples, format=rdf_format, prefixes=PREFIXES) or b""
    if fmt == "nq":
        return store.ox.dump(format=rdf_format) or b""
    return store.ox.dump(format=rdf_format, prefixes=PREFIXES) or b""
