"""The vocabulary: ontology and shapes parse, code terms are declared, stored graphs conform."""

from __future__ import annotations

import re

import pytest
from rdflib import OWL, RDF, Graph, Literal, URIRef

from graph.ns import PARLEY, PLOVER
from graph.records import PLOVER_CATEGORIES
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ROOT / "ontology.ttl")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ROOT / "shapes.ttl")


def _declared(onto: Graph, ns: str) -> set[str]:
    return {str(s)[len(ns):] for s in onto.subjects() if isinstance(s, URIRef) and str(s).startswith(ns)}


def test_ontology_is_an_owl_ontology(ontology: Graph) -> None:
    assert (URIRef("https://w3id.org/parley/ns"), RDF.type, OWL.Ontology) in ontology


def test_namespace_module_matches_ontology(ontology: Graph) -> None:
    declared = _declared(ontology, str(PARLEY._NS))
    in_code = set(PARLEY.__annotations__)
    assert in_code == declared, (in_code - declared, declared - in_code)
    assert set(PLOVER.__annotations__) == _declared(ontology, str(PLOVER._NS))


def test_plover_scheme_covers_every_category(ontology: Graph) -> None:
    assert set(PLOVER_CATEGORIES) <= _declared(ontology, str(PLOVER._NS))


def test_misspelt_term_fails() -> None:
    with pytest.raises(AttributeError):
        _ = PARLEY.Postion  # noqa: B018


def test_every_parley_term_in_code_is_declared(ontology: Graph) -> None:
    declared = _declared(ontology, str(PARLEY._NS))
    used: set[str] = set()
    for path in list((ROOT / "graph").rglob("*.py")) + list((ROOT / "api").rglob("*.py")):
        if path.name == "ns.py":  # its docstring shows a misspelling on purpose
            continue
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"\bPARLEY\.([A-Za-z_]\w*)", text))
        used |= set(re.findall(r"\bparley:([A-Za-z_]\w*)", text))
    assert {u for u in used if not u.startswith("_")} - declared == set()


def test_shapes_parse(shapes: Graph) -> None:
    assert len(shapes) > 50


def _validate(data: Graph, shapes: Graph, ontology: Graph) -> tuple[bool, str]:
    from pyshacl import validate

    conforms, _, text = validate(data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs",
                                 allow_warnings=True)
    return conforms, text


def test_seed_article_graph_conforms_to_shapes(seed_built, shapes: Graph, ontology: Graph) -> None:
    from graph.store import Store

    store = Store.open(None)
    store.write_article(seed_built)
    data = store.article_graph(seed_built.article_id) + store.entities_graph()
    conforms, report = _validate(data, shapes, ontology)
    assert conforms, report


def test_shapes_reject_an_assertion_without_evidence(seed_built, shapes: Graph, ontology: Graph) -> None:
    data = seed_built.article + seed_built.entities
    bad = URIRef("https://w3id.org/parley/id/article/x/position/bad")
    data.add((bad, RDF.type, PARLEY.Position))
    data.add((bad, PARLEY.text, Literal("anything")))
    conforms, report = _validate(data, shapes, ontology)
    assert not conforms
    assert "evidence" in report and "wasDerivedFrom" in report


def _more_articles() -> list:
    """Our own annotated articles, and the development articles when ../shared is there."""
    from tests.conftest import shared_dir

    out = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))
    shared = shared_dir()
    if shared is not None:
        out += sorted((shared / "eval" / "articles").glob("*.txt"))
    return out


@pytest.mark.parametrize("path", _more_articles(), ids=lambda p: p.stem)
def test_every_article_graph_conforms_to_shapes(path, shapes: Graph, ontology: Graph) -> None:
    from graph.articles import read_article
    from graph.build import build
    from graph.extract import extract
    from graph.store import Store

    meta = read_article(path, published="2025-11-26")
    store = Store.open(None)
    store.write_article(build(extract(meta)))
    conforms, report = _validate(store.article_graph(meta.id) + store.entities_graph(), shapes, ontology)
    assert conforms, report
