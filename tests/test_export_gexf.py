"""GEXF 1.3 export: checked by the official grammar, the XSD, our lint, networkx and graphology-gexf."""

from __future__ import annotations

import copy
import datetime as dt
import io

import networkx as nx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree

from graph.build import build
from graph.export.gexf import GEXF_NS, build_gexf, write_gexf
from graph.export.lint import errors, lint_gexf
from graph.export.views import Edge, Node, View, build_view
from graph.export.xmltext import token, xml_safe
from graph.records import ActorRecord, ArticleMeta, EventRecord, Extraction, Span
from graph.store import Store
from tests.export_data import (
    gexf_schema_dir,
    graphology_parse,
    negotiation_store,
    node_skip_reason,
    schema_errors,
)

G = f"{{{GEXF_NS}}}"
FIXED = dt.date(2025, 12, 1)
SCHEMAS = gexf_schema_dir()
needs_schemas = pytest.mark.skipif(SCHEMAS is None, reason="shared/schemas/gexf/1.3 not found (set PARLEY_SHARED)")


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    store = negotiation_store()
    return {name: write_gexf(build_view(store, name), modified=FIXED) for name in ("actors", "stances", "full")}


@needs_schemas
@pytest.mark.parametrize("view", ["actors", "stances", "full"])
def test_every_view_passes_relaxng_and_xsd_without_viz(files, view):
    assert schema_errors(files[view], SCHEMAS) == []


@pytest.mark.parametrize("view", ["actors", "stances", "full"])
def test_every_view_passes_the_lint(files, view):
    assert lint_gexf(files[view]) == []


def test_one_static_attributes_block_per_class(files):
    root = etree.fromstring(files["full"])
    blocks = root.findall(f"{G}graph/{G}attributes")
    assert sorted(b.get("class") for b in blocks) == ["edge", "node"]
    assert {b.get("mode") for b in blocks} == {"static"}


def test_graph_is_dynamic_with_iso_date_spells(files):
    graph = etree.fromstring(files["actors"]).find(f"{G}graph")
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    meet = graph.find(f"{G}edges/{G}edge[@kind='meets_with']")
    spells = [(s.get("start"), s.get("end")) for s in meet.iterfind(f"{G}spells/{G}spell")]
    assert spells == [("2025-11-19", "2025-11-19"), ("2025-11-26", "2025-11-26")]


def test_stance_change_is_two_edges_with_kinds_and_dated_spells(files):
    edges = etree.fromstring(files["stances"]).iterfind(f"{G}graph/{G}edges/{G}edge")
    z = {e.get("kind"): e for e in edges
         if e.get("source") == "actor/volodymyr-zelensky" and e.get("target") == "proposal/20-point-plan"}
    assert set(z) == {"supports", "opposes"}
    assert [(s.get("start"), s.get("end")) for s in z["opposes"].iter(f"{G}spell")] == [("2025-11-27", None)]
    assert z["supports"].find(f"{G}attvalues/{G}attvalue[@for='relation']").get("value") == "supports"


def test_nodes_carry_colour_by_type_and_size_by_mentions(files):
    root = etree.fromstring(files["actors"])
    viz = "{http://gexf.net/1.3/viz}"
    nodes = {n.get("id"): n for n in root.iter(f"{G}node")}
    russia, putin = nodes["actor/russia"], nodes["actor/vladimir-putin"]
    colour = lambda n: tuple(n.find(f"{viz}color").get(c) for c in "rgb")  # noqa: E731
    assert colour(russia) != colour(putin)  # State vs Person
    assert colour(putin) == colour(nodes["actor/donald-trump"])
    sizes = {k: float(n.find(f"{viz}size").get("value")) for k, n in nodes.items()}
    assert sizes["actor/steve-witkoff"] > sizes["actor/united-states"]  # 2 mentions vs none


def test_same_store_gives_the_same_bytes(files):
    again = write_gexf(build_view(negotiation_store(), "full"), modified=FIXED)
    assert again == files["full"]


@pytest.mark.parametrize("view", ["actors", "stances", "full"])
def test_networkx_reads_it_back_with_counts_and_values(files, view):
    g = nx.read_gexf(io.BytesIO(files[view]))
    expected = build_view(negotiation_store(), view)
    assert g.number_of_nodes() == len(expected.nodes)
    assert g.number_of_edges() == len(expected.edges)
    for n in expected.nodes:
        assert g.nodes[n.id]["label"] == n.label
        assert g.nodes[n.id]["node_type"] == n.node_type
    relations = sorted(d["relation"] for _, _, d in g.edges(data=True))
    assert relations == sorted(e.kind for e in expected.edges)


@pytest.mark.parametrize("view", ["actors", "stances", "full"])
def test_graphology_gexf_parses_it_like_gephi_lite(files, view):
    reason = node_skip_reason()
    if reason:
        pytest.skip(reason)
    parsed = graphology_parse(files[view], "gexf")
    expected = build_view(negotiation_store(), view)
    assert parsed["order"] == len(expected.nodes) and parsed["size"] == len(expected.edges)
    kinds = sorted(e["attrs"]["kind"] for e in parsed["edges"])
    assert kinds == sorted(e.kind for e in expected.edges)
    if view == "actors":
        witkoff = parsed["nodes"]["actor/steve-witkoff"]
        assert witkoff["roles"] == ["envoy"] and witkoff["mentions"] == 2
        meet = next(e for e in parsed["edges"] if e["attrs"]["kind"] == "meets_with")
        assert meet["attrs"]["symmetric"] is True and meet["attrs"]["weight"] == 2


# ---------------------------------------------------------------- the lint catches what it should
def _mutate(data: bytes, fn) -> bytes:
    root = etree.fromstring(data)
    fn(root)
    return etree.tostring(root)


def _first(root, path):
    return root.find(f"{G}graph/" + path.replace("/", f"/{G}").replace("^", G))


MUTATIONS = {
    "G010": lambda r: r.find(f"{G}graph").insert(0, copy.deepcopy(_first(r, "^attributes"))),
    "G020": lambda r: _first(r, "^nodes/node/attvalues/attvalue").set("for", "nope"),
    "G022": lambda r: _first(r, "^nodes/node/attvalues").append(
        etree.Element(f"{G}attvalue", {"for": "mentions", "value": "many"})),
    "G051": lambda r: _first(r, "^nodes").append(copy.deepcopy(_first(r, "^nodes/node"))),
    "G061": lambda r: _first(r, "^edges").append(copy.deepcopy(_first(r, "^edges/edge"))),
    "G062": lambda r: _first(r, "^edges/edge").set("target", "actor/nobody"),
    "G063": lambda r: _first(r, "^edges/edge").attrib.pop("kind"),
    "G031": lambda r: _first(r, "^edges/edge/spells/spell").set("start", "19/11/2025"),
    "G032": lambda r: _first(r, "^edges/edge/spells/spell").set("end", "2000-01-01"),
    "G035": lambda r: _first(r, "^edges/edge/spells/spell").set("start", "1999-01-01"),
    "G050": lambda r: _first(r, "^nodes").set("count", "999"),
}


@pytest.mark.parametrize("code", sorted(MUTATIONS))
def test_lint_rejects_broken_files(files, code):
    broken = _mutate(files["actors"], MUTATIONS[code])
    assert code in {i.code for i in errors(lint_gexf(broken))}


def test_lint_flags_parallel_edges_gephi_would_merge(files):
    def dup(r):
        e = copy.deepcopy(_first(r, "^edges/edge"))
        e.set("id", "another")
        _first(r, "^edges").append(e)
    assert "G064" in {i.code for i in lint_gexf(_mutate(files["actors"], dup))}


def test_lint_reports_malformed_xml():
    assert lint_gexf(b"<gexf><graph>")[0].code == "G000"


# ---------------------------------------------------------------- hostile text
HOSTILE = ['He said "no" & left', "<script>alert(1)</script>", "line\nbreak\r\ttab", "bell\x07nul\x00esc\x1b",
           "Зеленський", "普京", "نتنياهو", "🕊️🇺🇦 peace", "x" * 5000, "  spaced   out  ", "]]>", "a\ud800b",
           "\ufffe\uffff", "'single' \\back\\slash", "", "\x85next line\u2028sep"]
texts = st.one_of(st.sampled_from(HOSTILE), st.text(alphabet=st.characters(codec="utf-8"), max_size=60),
                  st.text(max_size=20))


def _hostile_view(labels: list[str]) -> View:
    nodes = [Node(f"n{i}/{lab[:20]}", lab, "actor",
                  {"node_type": "actor", "actor_type": "Person", "aliases": [lab, "b,c", 'd"e'], "roles": [lab],
                   "text": lab, "iri": f"https://w3id.org/parley/id/actor/x{i}?q={lab[:10]}", "mentions": i},
                  i, dt.date(2025, 1, 1)) for i, lab in enumerate(labels)]
    edges = [Edge(f"e{i}/{labels[i][:10]}", a.id, b.id, f"rel {labels[i][:15]}" or "rel", 1.0,
                  {"relation": labels[i], "quote": labels[i], "detail": labels[i], "assertions": [labels[i]]},
                  [(dt.date(2025, 1, 2), None)])
             for i, (a, b) in enumerate(zip(nodes, nodes[1:], strict=False))]
    return View("actors", nodes, edges)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(texts, min_size=1, max_size=6))
def test_hostile_labels_still_give_valid_files(labels):
    view = _hostile_view(labels)
    data = write_gexf(view, modified=FIXED, positions=False)
    if SCHEMAS is not None:
        assert schema_errors(data, SCHEMAS) == []
    assert errors(lint_gexf(data)) == []
    g = nx.read_gexf(io.BytesIO(data))
    assert g.number_of_nodes() == len(view.nodes)
    for n in view.nodes:
        assert g.nodes[xml_safe(n.id)]["label"] == (token(n.label) or token(n.id))
        assert g.nodes[xml_safe(n.id)].get("text", "") == xml_safe(n.label)


def test_hostile_labels_parse_in_graphology():
    reason = node_skip_reason()
    if reason:
        pytest.skip(reason)
    view = _hostile_view(HOSTILE)
    parsed = graphology_parse(write_gexf(view, modified=FIXED), "gexf")
    assert parsed["order"] == len(HOSTILE) and parsed["size"] == len(HOSTILE) - 1
    labels = sorted(n["label"] for n in parsed["nodes"].values() if "label" in n)
    assert "He said \"no\" & left" in labels and "普京" in labels and "🕊️🇺🇦 peace" in labels
    n0 = parsed["nodes"][next(k for k in parsed["nodes"] if k.startswith("n0/"))]
    assert n0["aliases"] == ['He said "no" & left', "b,c", 'd"e']


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(texts.filter(lambda t: t.strip() != "" and "\ud800" not in t), min_size=2, max_size=4, unique=True))
@example(['He said "no" & left', "\x85next line\u2028sep"])  # line breaks str.splitlines takes, N-Triples does not
def test_hostile_actor_names_survive_the_store(names):
    # lone surrogates are left out here: rdflib cannot serialise them, so build/store reject them first
    text = " ".join(token(n) or "x" for n in names)
    ev = Span(start=0, end=len(text), text=text)
    store = Store.open(None)
    store.write_article(build(Extraction(
        article=ArticleMeta(id="h1", text=text, published=dt.date(2025, 3, 1)),
        actors=[ActorRecord(name=n, type="Person", aliases=[n + "!"]) for n in names],
        events=[EventRecord(type="ACCUSE", label=names[0], sources=[names[0]], targets=names[1:],
                            evidence=ev)])))
    for view in ("actors", "full"):
        data = write_gexf(build_view(store, view), modified=FIXED, positions=False)
        if SCHEMAS is not None:
            assert schema_errors(data, SCHEMAS) == []
        assert errors(lint_gexf(data)) == []
        nx.read_gexf(io.BytesIO(data))


def test_build_gexf_exposes_the_tree_for_inspection():
    root = build_gexf(View("actors", [], []), modified=FIXED, positions=False)
    assert root.find(f"{G}graph/{G}edges") is not None  # the grammar needs <edges> even when empty
    assert root.find(f"{G}meta").get("lastmodifieddate") == "2025-12-01"


def _same_day_store(first: str, second: str) -> Store:
    """One article in which Zelensky takes two stances on the plan, one after the other, on one day."""
    from graph.records import PositionRecord, ProposalRecord

    s1, s2 = f"Zelensky said he would {first} the plan.", f"Later Zelensky said he would {second} the plan."
    text = f"{s1} {s2}"
    stance = {"back": "support", "reject": "oppose"}

    def pos(sentence: str, word: str) -> PositionRecord:
        i = text.index(sentence)
        return PositionRecord(holder="Volodymyr Zelensky", stance=stance[word], target="the plan",
                              target_kind="proposal", target_ref="Peace plan",
                              evidence=Span(start=i, end=i + len(sentence), text=sentence))

    ex = Extraction(
        article=ArticleMeta(id="same-day", text=text, title="Two stances", published=FIXED),
        actors=[ActorRecord(name="Volodymyr Zelensky", type="Person",
                            mentions=[Span(start=0, end=8, text="Zelensky")])],
        proposals=[ProposalRecord(name="Peace plan", mentions=[])],
        positions=[pos(s2, second), pos(s1, first)],  # given in the other order: the text decides
    )
    store = Store.open(None)
    store.write_article(build(ex))
    return store


@pytest.mark.parametrize(("first", "second"), [("back", "reject"), ("reject", "back")])
def test_same_day_stances_follow_the_text_in_page_gexf_and_named_query(first, second):
    from graph import pages, views
    from graph.named_queries import named_query

    store = _same_day_store(first, second)
    order = [{"back": "support", "reject": "oppose"}[w] for w in (first, second)]
    # the actor page's timeline
    actor = views.get_actor(store, "volodymyr-zelensky")
    row = next(r for r in pages.stance_series(actor["positions"], "target") if r["label"] == "Peace plan")
    assert row["stances"] == order and row["changed"]
    # the GEXF spells: the stance said last is the one still open
    edges = {e.kind: e for e in build_view(store, "stances").edges if e.source == "actor/volodymyr-zelensky"}
    kinds = {"support": "supports", "oppose": "opposes"}
    assert edges[kinds[order[-1]]].spells == [(FIXED, None)]
    assert edges[kinds[order[0]]].spells == [(FIXED, FIXED)]
    # the named query
    got = [r["stance"] for r in store.select(named_query("position_changes").sparql)
           if r["holder"] == "Volodymyr Zelensky"]
    assert got == order


@pytest.mark.parametrize("view", ["actors", "stances", "full"])
def test_node_first_seen_is_its_spell_start(files, view):
    nodes = list(etree.fromstring(files[view]).iterfind(f"{G}graph/{G}nodes/{G}node"))
    checked = 0
    for n in nodes:
        attrs = {a.get("for"): a.get("value") for a in n.iterfind(f"{G}attvalues/{G}attvalue")}
        starts = [s.get("start") for s in n.iterfind(f"{G}spells/{G}spell")]
        if "first_seen" in attrs and starts:
            assert attrs["first_seen"] == starts[0], (n.get("id"), attrs["first_seen"], starts)
            assert attrs.get("last_seen", starts[0]) >= attrs["first_seen"]
            checked += 1
    assert checked
