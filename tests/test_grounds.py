"""Groundings: what an article says about entities (membership, relations, proposers, issues,
revisions) is quoted by the sentence that states it, from records to graph, paths and exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Namespace, URIRef

from graph.build import build
from graph.ns import ORG, PARLEY
from graph.records import ArticleMeta, Extraction
from graph.store import Store

ROOT = Path(__file__).resolve().parent.parent
PROV = Namespace("http://www.w3.org/ns/prov#")
PID = "https://w3id.org/parley/id/"

TEXT = """Talks on Ukraine plan continue in Moscow
MOSCOW, Dec 2 (Reuters) - Kremlin aide Yuri Ushakov said on Tuesday that the talks were useful.
Mr Trump's son-in-law Jared Kushner also attended the meeting with Russian president Vladimir Putin.
Ushakov said Moscow had studied the US-drafted plan and would send a revised version.
The European Union's foreign policy chief Kaja Kallas said the plan must include Ukraine."""
USHAKOV = "Kremlin aide Yuri Ushakov said on Tuesday that the talks were useful."
KUSHNER = "Mr Trump's son-in-law Jared Kushner also attended the meeting with Russian president Vladimir Putin."
PLAN = "Ushakov said Moscow had studied the US-drafted plan and would send a revised version."


@pytest.fixture(scope="module")
def ex() -> Extraction:
    from graph.extract import extract

    return extract(ArticleMeta(id="grounds", text=TEXT))


def _actor(ex: Extraction, name: str):  # noqa: ANN202
    return next(a for a in ex.actors if a.name == name)


def test_records_quote_the_sentence_that_states_each_link(ex):
    ushakov, putin, kushner = (_actor(ex, n) for n in ("Yuri Ushakov", "Vladimir Putin", "Jared Kushner"))
    assert ushakov.affiliation_evidence["Russia"].text == USHAKOV  # "Kremlin" names Russia
    assert putin.affiliation_evidence["Russia"].text == KUSHNER  # "Russian president"
    rel = next(r for r in kushner.relations if r.to == "Donald Trump")
    assert rel.kind == "son-in-law" and rel.evidence is not None and rel.evidence.text == KUSHNER  # "Trump's"
    plan = next(p for p in ex.proposals if p.name == "US-drafted plan")
    assert plan.proposers == ["United States"] and plan.proposer_evidence["United States"].text == PLAN
    spans = [s for a in ex.actors for s in a.affiliation_evidence.values()]
    spans += [r.evidence for a in ex.actors for r in a.relations if r.evidence]
    spans += [s for p in ex.proposals for d in (p.proposer_evidence, p.issue_evidence) for s in d.values()]
    assert spans and all(TEXT[s.start:s.end] == s.text for s in spans)


def test_a_link_no_sentence_states_keeps_no_evidence(ex):
    trump = _actor(ex, "Donald Trump")  # the gazetteer's United States: no sentence names both
    assert "United States" in trump.affiliations and trump.affiliation_evidence == {}
    for p in ex.proposals:  # an issue tagged across paragraphs, a revision of a plan never named beside it
        assert set(p.issue_evidence) <= set(p.issues) and set(p.proposer_evidence) <= set(p.proposers)
    revised = next(p for p in ex.proposals if p.revision_of)
    assert revised.revision_evidence is None


def test_built_article_holds_grounding_nodes_and_rebuilds_identically(ex):
    built = build(ex)
    assert built.article_nt() == build(ex).article_nt()
    g = built.article
    nodes = set(g.subjects(RDF.type, PARLEY.Grounding))
    assert len(nodes) == 5
    assert all((n, RDF.type, RDF.Statement) in g for n in nodes)
    assert all(str(n).startswith(f"{PID}article/grounds/grounding/") for n in nodes)
    art = URIRef(f"{PID}article/grounds")
    quotes = {}
    for n in nodes:
        s, p, o = g.value(n, RDF.subject), g.value(n, RDF.predicate), g.value(n, RDF.object)
        assert (s, p, o) in g and (n, PROV.wasDerivedFrom, art) in g
        span = g.value(n, PARLEY.evidence)
        exact = next(g.value(sel, URIRef("http://www.w3.org/ns/oa#exact"))
                     for sel in g.objects(span, URIRef("http://www.w3.org/ns/oa#hasSelector"))
                     if g.value(sel, URIRef("http://www.w3.org/ns/oa#exact")) is not None)
        quotes[(str(s).rsplit("/", 1)[-1], str(p), str(o).rsplit("/", 1)[-1])] = str(exact)
    assert quotes[("yuri-ushakov", str(ORG.memberOf), "russia")] == USHAKOV
    assert quotes[("us-drafted-plan", str(PARLEY.proposedBy), "united-states")] == PLAN
    rel = URIRef(f"{PID}article/grounds/relation/jared-kushner--son-in-law--donald-trump")
    assert (rel, PROV.wasDerivedFrom, URIRef(f"{PID}article/grounds")) in g and g.value(rel, PARLEY.evidence)


def test_grounding_nodes_conform_to_the_shapes_and_a_stray_one_does_not(ex):
    from pyshacl import validate

    shapes, onto = Graph().parse(ROOT / "shapes.ttl"), Graph().parse(ROOT / "ontology.ttl")
    store = Store.open(None)
    store.write_article(build(ex))
    data = store.article_graph("grounds") + store.entities_graph()
    conforms, _, report = validate(data, shacl_graph=shapes, ont_graph=onto, inference="rdfs")
    assert conforms, report
    stray = URIRef(f"{PID}article/grounds/grounding/stray")  # names a triple the article does not assert
    node = next(iter(data.subjects(RDF.type, PARLEY.Grounding)))
    for p, o in data.predicate_objects(node):
        data.add((stray, p, o))
    data.set((stray, RDF.object, URIRef(f"{PID}actor/atlantis")))
    conforms, _, report = validate(data, shacl_graph=shapes, ont_graph=onto, inference="rdfs")
    assert not conforms and "does not assert" in report


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    from api.cli import main

    corpus = tmp_path_factory.mktemp("grounds")
    (corpus / "talks.txt").write_text(TEXT, encoding="utf-8")
    (corpus / "talks.json").write_text(json.dumps({"published": "2025-12-02"}), encoding="utf-8")
    path = corpus / "db"
    assert main(["--db", str(path), "ingest", str(corpus / "talks.txt")]) == 0
    return path


def test_membership_hop_quotes_its_sentence(db, capsys):
    from api.cli import main

    capsys.readouterr()
    assert main(["path", "--db", str(db), "Yuri Ushakov", "Russia", "--format", "json"]) == 0
    hop = json.loads(capsys.readouterr().out)["paths"][0]["hops"][0]
    rel = next(r for r in hop["relations"] if r["relation"] == "member_of")
    assert rel["assertion"].startswith(f"{PID}article/talks/grounding/")
    ev = rel["evidence"]
    assert ev["article"] == "talks" and ev["text"] == USHAKOV and TEXT[ev["start"]:ev["end"]] == USHAKOV
    assert main(["path", "--db", str(db), "Yuri Ushakov", "Russia"]) == 0
    assert f'member_of→ Russia  [talks {ev["start"]}-{ev["end"]}] "{USHAKOV}"' in capsys.readouterr().out


def test_relation_and_proposer_hops_quote_their_sentences_and_gazetteer_ones_stay_null(db):
    from graph.paths import PathIndex

    with Store.open(db, read_only=True) as store:
        idx = PathIndex(store, attach=False)
        hop = idx.paths("Jared Kushner", "Donald Trump", relations=["relation"])["paths"][0]["hops"][0]
        assert hop["relations"][0]["evidence"]["text"] == KUSHNER
        hop = idx.paths("United States", "US-drafted plan", relations=["proposed_by"])["paths"][0]["hops"][0]
        assert hop["relations"][0]["evidence"]["text"] == PLAN
        hop = idx.paths("Donald Trump", "United States", relations=["member_of"])["paths"][0]["hops"][0]
        assert hop["relations"][0] == {"relation": "member_of", "direction": "forward", "assertion": None,
                                       "article": "talks", "evidence": None}


def test_gexf_member_of_edge_carries_its_quote(ex):
    from lxml import etree

    from graph.export.gexf import GEXF_NS, write_gexf
    from graph.export.lint import lint_gexf
    from graph.export.views import build_view
    from tests.export_data import gexf_schema_dir, schema_errors

    store = Store.open(None)
    store.write_article(build(ex))
    data = write_gexf(build_view(store, "actors"))
    assert lint_gexf(data) == []
    if (schemas := gexf_schema_dir()) is not None:
        assert schema_errors(data, schemas) == []
    root = etree.fromstring(data)
    g = f"{{{GEXF_NS}}}"
    titles = {a.get("id"): a.get("title") for a in root.iter(f"{g}attribute")}

    def attrs(edge) -> dict[str, str]:  # noqa: ANN001
        return {titles[v.get("for")]: v.get("value") for v in edge.iter(f"{g}attvalue")}

    edges = {(e.get("source"), attrs(e).get("relation"), e.get("target")): attrs(e) for e in root.iter(f"{g}edge")}
    member = edges[("actor/yuri-ushakov", "member_of", "actor/russia")]
    assert member["quote"] == USHAKOV and member["evidence"] == "1"
    assert f"{PID}article/grounds/grounding/" in member["assertions"]
    assert edges[("actor/jared-kushner", "related_to", "actor/donald-trump")]["quote"] == KUSHNER
    assert "quote" not in edges[("actor/donald-trump", "member_of", "actor/united-states")]


def test_actor_detail_lists_the_sentences_behind_affiliations_and_relations(db):
    from graph.views import get_actor

    with Store.open(db, read_only=True) as store:
        ushakov = get_actor(store, "Yuri Ushakov")
        kushner = get_actor(store, "Jared Kushner")
        trump = get_actor(store, "Donald Trump")
    (russia,) = [x for x in ushakov["affiliations"] if x["name"] == "Russia"]
    assert [e["text"] for e in russia["evidence"]] == [USHAKOV] and russia["evidence"][0]["article"] == "talks"
    (rel,) = kushner["relations"]
    assert rel["kind"] == "son-in-law" and [e["text"] for e in rel["evidence"]] == [KUSHNER]
    assert all(x["evidence"] == [] for x in trump["affiliations"])


def test_groundings_are_not_counted_as_statements(db, ex):
    from graph.views import article_meta

    class Reversed:  # the engine's row order must not decide which class a count is read from
        def __init__(self, store: Store) -> None:
            self.store = store

        def select(self, query: str, **kw: object) -> list[dict[str, str]]:
            return self.store.select(query, **kw)[::-1]  # type: ignore[arg-type]

    with Store.open(db, read_only=True) as store:  # a grounding is an rdf:Statement, not a parley:Statement
        for st in (store, Reversed(store)):
            assert article_meta(st, "talks", with_text=False)["counts"]["statement"] == len(ex.statements)  # type: ignore[arg-type]
