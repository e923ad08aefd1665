"""GraphML, pictures and RDF dumps (graph/export/graphml.py, picture.py, rdf.py)."""

from __future__ import annotations

import io
import re

import networkx as nx
import pytest
from lxml import etree
from rdflib import Dataset, Graph

from graph.errors import ParleyError
from graph.export import FORMATS, export
from graph.export.graphml import GRAPHML_NS, write_graphml
from graph.export.picture import render_picture
from graph.export.rdf import dump_rdf
from graph.export.views import View, build_view
from tests.export_data import graphology_parse, negotiation_store, node_skip_reason


@pytest.fixture(scope="module")
def store():
    return negotiation_store()


@pytest.mark.parametrize("view", ["actors", "stances", "full"])
def test_graphml_reads_back_in_networkx_with_unique_edge_ids(store, view):
    v = build_view(store, view)
    data = write_graphml(v)
    g = nx.read_graphml(io.BytesIO(data), force_multigraph=True)
    assert g.number_of_nodes() == len(v.nodes) and g.number_of_edges() == len(v.edges)
    ids = [e.get("id") for e in etree.fromstring(data).iter(f"{{{GRAPHML_NS}}}edge")]
    assert len(ids) == len(set(ids)) == len(v.edges)


def test_graphml_keys_are_typed(store):
    root = etree.fromstring(write_graphml(build_view(store, "actors")))
    types = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in root.iter(f"{{{GRAPHML_NS}}}key")}
    assert types[("node", "mentions")] == "int"
    assert types[("edge", "weight")] == "double"
    assert types[("edge", "symmetric")] == "boolean"
    assert types[("edge", "stance_score")] == "double"
    g = nx.read_graphml(io.BytesIO(write_graphml(build_view(store, "actors"))), force_multigraph=True)
    assert g.nodes["actor/steve-witkoff"]["mentions"] == 2
    meets = [d for _, _, d in g.edges(data=True) if d["relation"] == "meets_with"]
    assert meets[0]["symmetric"] is True and meets[0]["weight"] == 2.0


def test_graphml_parses_in_graphology(store):
    reason = node_skip_reason()
    if reason:
        pytest.skip(reason)
    v = build_view(store, "stances")
    parsed = graphology_parse(write_graphml(v), "graphml")
    assert parsed["order"] == len(v.nodes) and parsed["size"] == len(v.edges)


@pytest.mark.parametrize("fmt,magic", [("png", b"\x89PNG\r\n\x1a\n"), ("svg", b"<?xml")])
def test_picture_of_actor_view(store, fmt, magic):
    data = render_picture(build_view(store, "actors"), fmt)
    assert data.startswith(magic) and len(data) > 5000


def test_svg_picture_is_deterministic_and_labelled(store):
    v = build_view(store, "actors")
    a, b = render_picture(v, "svg"), render_picture(v, "svg")
    assert a == b
    etree.fromstring(a)  # well-formed


def test_picture_of_empty_view_and_unknown_format():
    assert render_picture(View("actors", [], []), "png").startswith(b"\x89PNG")
    with pytest.raises(ParleyError):
        render_picture(View("actors", [], []), "gif")


def test_turtle_dump_is_the_union_graph(store):
    g = Graph().parse(data=dump_rdf(store, "ttl"), format="turtle")
    union = {(q.subject, q.predicate, q.object) for q in store.iter_quads()}
    assert len(g) == len(union)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's own parsers use deprecated names
@pytest.mark.parametrize("fmt,parser", [("nq", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")])
def test_dataset_dumps_keep_named_graphs(store, fmt, parser):
    ds = Dataset()
    ds.parse(data=dump_rdf(store, fmt), format=parser)
    names = {str(g.identifier) for g in ds.graphs()}
    assert "https://w3id.org/parley/graph/article/a1" in names
    assert "https://w3id.org/parley/graph/entities" in names
    assert sum(len(g) for g in ds.graphs()) == len(store)


def test_export_entry_point_knows_every_format(store):
    for fmt in FORMATS:
        data, media_type = export(store, fmt, "actors")
        assert data and "/" in media_type
    with pytest.raises(ParleyError) as exc:
        export(store, "pdf", "actors")
    assert exc.value.code == "E071"


def test_a_large_picture_names_only_the_most_mentioned_and_says_so():
    from graph.export.picture import MAX_NAMES
    from graph.export.views import Node

    nodes = [Node(f"actor/n{i}", f"Name{i:04}", "actor", mentions=i) for i in range(MAX_NAMES + 40)]
    svg = render_picture(View("actors", nodes, []), "svg").decode("utf-8")
    assert f"names of the {MAX_NAMES} most mentioned" in svg  # the title, kept as a comment beside its paths
    named = set(re.findall(r"<!-- (Name\d{4}) -->", svg))
    assert named == {f"Name{i:04}" for i in range(40, MAX_NAMES + 40)}
