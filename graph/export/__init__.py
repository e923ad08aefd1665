"""Exports of the store for graph tools and RDF users: one entry point, :func:`export`.

Views (``actors``, ``stances``, ``full``) go to GEXF 1.3, GraphML or a picture; RDF dumps are
whole-graph and ignore the view.

>>> from graph.store import Store
>>> data, media_type = export(Store.open(None), "gexf", "actors")
>>> media_type
'application/gexf+xml'
"""

from __future__ import annotations

import datetime as dt

from graph.errors import ParleyError
from graph.export.views import VIEWS, View, build_view
from graph.store import Store

VIEW_FORMATS: dict[str, str] = {
    "gexf": "application/gexf+xml",
    "graphml": "application/graphml+xml",
    "png": "image/png",
    "svg": "image/svg+xml",
}
RDF_FORMAT_TYPES: dict[str, str] = {
    "ttl": "text/turtle",
    "nq": "application/n-quads",
    "jsonld": "application/ld+json",
    "trig": "application/trig",
}
FORMATS: tuple[str, ...] = tuple(VIEW_FORMATS) + tuple(RDF_FORMAT_TYPES)


def render_view(view: View, fmt: str, *, modified: dt.date | None = None) -> bytes:
    """A built view in one of :data:`VIEW_FORMATS`."""
    if fmt == "gexf":
        from graph.export.gexf import write_gexf

        return write_gexf(view, modified=modified)
    if fmt == "graphml":
        from graph.export.graphml import write_graphml

        return write_graphml(view)
    if fmt in ("png", "svg"):
        from graph.export.picture import render_picture

        return render_picture(view, fmt)
    raise ParleyError("E071", f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")


def export(store: Store, fmt: str, view: str = "actors", *, modified: dt.date | None = None) -> tuple[bytes, str]:
    """Bytes and media type of ``fmt`` for ``view`` (the view is ignored for RDF dumps)."""
    if fmt in RDF_FORMAT_TYPES:
        from graph.export.rdf import dump_rdf

        return dump_rdf(store, fmt), RDF_FORMAT_TYPES[fmt]
    if fmt not in VIEW_FORMATS:
        raise ParleyError("E071", f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    return render_view(build_view(store, view), fmt, modified=modified), VIEW_FORMATS[fmt]


__all__ = ["FORMATS", "VIEWS", "VIEW_FORMATS", "RDF_FORMAT_TYPES", "build_view", "export", "render_view"]
