"""The three export views, built by SPARQL from hand-made records (graph/export/views.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.build import build
from graph.errors import ParleyError
from graph.export.views import EDGE_SCHEMA, NODE_SCHEMA, RESERVED, build_view, to_networkx
from graph.records import ArticleMeta, Extraction, PositionRecord, Span
from graph.store import Store
from tests.export_data import article_one, negotiation_store

D = dt.date


@pytest.fixture(scope="module")
def store() -> Store:
    return negotiation_store()


def edges_by_key(view):
    return {(e.source, e.kind, e.target): e for e in view.edges}


def test_actors_view_has_only_actor_nodes(store):
    v = build_view(store, "actors")
    assert {n.node_type for n in v.nodes} == {"actor"}
    assert {n.id for n in v.nodes} >= {"actor/russia", "actor/ukraine", "actor/steve-witkoff"}


def test_actors_view_edge_kinds_come_from_events_demands_claims_and_affiliations(store):
    keys = set(edges_by_key(build_view(store, "actors")))
    assert ("actor/ukraine", "accuses", "actor/russia") in keys
    assert ("actor/russia", "demands_of", "actor/ukraine") in keys
    assert ("actor/ukraine", "disputes", "actor/russia") in keys
    assert ("actor/vladimir-putin", "member_of", "actor/russia") in keys
    assert ("actor/volodymyr-zelensky", "addresses", "actor/donald-trump") in keys


def test_parallel_relations_between_two_actors_stay_separate_edges(store):
    v = build_view(store, "actors")
    between = [e.kind for e in v.edges if {e.source, e.target} == {"actor/ukraine", "actor/russia"}]
    assert sorted(between) == ["accuses", "demands_of", "disputes"]


def test_symmetric_meeting_is_one_edge_with_a_spell_per_meeting_and_weight_per_evidence(store):
    # a1: Witkoff → Putin on 19 Nov; a2: Putin → Witkoff on 26 Nov: one symmetric edge
    meets = [e for e in build_view(store, "actors").edges if e.kind == "meets_with"]
    assert len(meets) == 1
    e = meets[0]
    assert (e.source, e.target) == ("actor/steve-witkoff", "actor/vladimir-putin")
    assert e.attrs["symmetric"] is True
    assert e.weight == 2 and e.attrs["evidence"] == 2 and e.attrs["articles"] == 2
    assert e.spells == [(D(2025, 11, 19), D(2025, 11, 19)), (D(2025, 11, 26), D(2025, 11, 26))]
    assert (e.attrs["first_seen"], e.attrs["last_seen"]) == ("2025-11-19", "2025-11-26")


def test_stance_change_becomes_separate_dated_edges(store):
    v = build_view(store, "stances")
    by = edges_by_key(v)
    sup = by[("actor/volodymyr-zelensky", "supports", "proposal/20-point-plan")]
    opp = by[("actor/volodymyr-zelensky", "opposes", "proposal/20-point-plan")]
    # support holds from 20 Nov until the day before the opposition (article a2, 27 Nov), which stays open
    assert sup.spells == [(D(2025, 11, 20), D(2025, 11, 26))]
    assert opp.spells == [(D(2025, 11, 27), None)]
    assert (sup.attrs["stance_score"], opp.attrs["stance_score"]) == (1.0, -1.0)


def test_stance_that_returns_gets_a_second_spell_on_the_same_edge():
    store = negotiation_store()
    text = "Zelensky backs the plan again."
    store.write_article(build(Extraction(
        article=ArticleMeta(id="a3", text=text, published=D(2025, 12, 5)),
        positions=[PositionRecord(holder="Volodymyr Zelensky", stance="support", target="plan",
                                  target_kind="proposal", target_ref="20-point plan",
                                  evidence=Span(start=0, end=len(text), text=text))])))
    by = edges_by_key(build_view(store, "stances"))
    sup = by[("actor/volodymyr-zelensky", "supports", "proposal/20-point-plan")]
    opp = by[("actor/volodymyr-zelensky", "opposes", "proposal/20-point-plan")]
    assert sup.spells == [(D(2025, 11, 20), D(2025, 11, 26)), (D(2025, 12, 5), None)]
    assert opp.spells == [(D(2025, 11, 27), D(2025, 12, 4))]


def test_stances_view_links_demands_proposals_and_issues(store):
    v = build_view(store, "stances")
    types = {n.node_type for n in v.nodes}
    assert {"actor", "proposal", "issue", "demand"} <= types
    kinds = {e.kind for e in v.edges}
    assert {"supports", "opposes", "demands", "addressed_to", "concerns", "proposes", "touches_issue"} <= kinds


def test_position_on_free_text_gets_a_topic_node():
    store = Store.open(None)
    text = "Kyiv opposes any freeze."
    store.write_article(build(Extraction(
        article=ArticleMeta(id="t1", text=text),
        positions=[PositionRecord(holder="Ukraine", stance="oppose", target="any freeze",
                                  evidence=Span(start=0, end=len(text), text=text))])))
    v = build_view(store, "stances")
    topics = [n for n in v.nodes if n.node_type == "topic"]
    assert [t.label for t in topics] == ["any freeze"]
    assert [(e.source, e.kind, e.target) for e in v.edges] == [("actor/ukraine", "opposes", topics[0].id)]


def test_full_view_has_every_entity_and_assertion(store):
    v = build_view(store, "full")
    types = {n.node_type for n in v.nodes}
    assert {"actor", "place", "proposal", "issue", "event", "position", "demand", "claim", "dispute",
            "statement"} <= types
    ids = {n.id for n in v.nodes}
    assert all(e.source in ids and e.target in ids for e in v.edges)


def test_ids_are_stable_across_rebuilds_and_stores(store):
    again = negotiation_store()
    for name in ("actors", "stances", "full"):
        a, b = build_view(store, name), build_view(again, name)
        assert [n.id for n in a.nodes] == [n.id for n in b.nodes]
        assert [e.id for e in a.edges] == [e.id for e in b.edges]


def test_edges_are_unique_per_source_target_kind(store):
    for name in ("actors", "stances", "full"):
        keys = [(e.source, e.target, e.kind) for e in build_view(store, name).edges]
        assert len(keys) == len(set(keys)), name


def test_node_spells_start_no_later_than_their_edges(store):
    for name in ("actors", "stances", "full"):
        v = build_view(store, name)
        start = {n.id: n.start for n in v.nodes}
        for e in v.edges:
            for end in (e.source, e.target):
                if e.spells and start[end]:
                    assert start[end] <= e.spells[0][0], (name, e.id)


def test_mentions_are_summed_over_articles(store):
    v = build_view(store, "actors")
    witkoff = next(n for n in v.nodes if n.id == "actor/steve-witkoff")
    assert witkoff.mentions == 2 and witkoff.attrs["articles"] == 2
    assert witkoff.size > next(n for n in v.nodes if n.id == "actor/united-states").size


def test_schema_avoids_names_that_tools_take_over():
    assert not ({a.id for a in NODE_SCHEMA} | {a.id for a in EDGE_SCHEMA}) & RESERVED


def test_unknown_view_is_a_coded_404():
    with pytest.raises(ParleyError) as exc:
        build_view(Store.open(None), "everything")
    assert exc.value.code == "E070" and exc.value.status == 404


def test_empty_store_gives_empty_views():
    for name in ("actors", "stances", "full"):
        v = build_view(Store.open(None), name)
        assert v.nodes == [] and v.edges == []


def test_to_networkx_keys_edges_by_kind(store):
    g = to_networkx(build_view(store, "actors"))
    assert set(g["actor/ukraine"]["actor/russia"]) == {"accuses", "disputes"}


def test_single_article_without_dates_gives_a_static_view():
    ex = article_one()
    ex.article.published = None
    for ev in ex.events:
        ev.date = None
    for p in ex.positions:
        p.date = None
    store = Store.open(None)
    store.write_article(build(ex))
    v = build_view(store, "actors")
    assert not v.dynamic and v.edges
