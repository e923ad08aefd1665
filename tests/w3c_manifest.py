"""Reading a W3C test manifest (mf:entries list) with rdflib; shared by the W3C runners."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Namespace, URIRef
from rdflib.collection import Collection

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")


def load_manifest(path: Path) -> tuple[Graph, list[URIRef]]:
    """The manifest graph and its entries in order; an empty pair when the file is absent
    (../shared is not beside the project)."""
    if not path.is_file():
        return Graph(), []
    g = Graph()
    g.parse(path, format="turtle", publicID=path.as_uri())
    root = next(g.subjects(MF.entries, None))
    return g, list(Collection(g, g.value(root, MF.entries)))


def local_name(node: URIRef) -> str:
    return str(node).rsplit("#", 1)[-1]
