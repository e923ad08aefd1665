"""The store: idempotent ingest, atomic replace, no trace of failures, persistence."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from graph.articles import make_article
from graph.build import build
from graph.records import ActorRecord, ArticleMeta, Extraction, Span
from graph.store import Store
from tests.conftest import ROOT, SEED, SEED_ID


def _tiny(aid: str, text: str, actors: list[str]) -> Extraction:
    meta = ArticleMeta(id=aid, text=text, title=text.split("\n")[0])
    recs = []
    for name in actors:
        i = text.index(name)
        recs.append(ActorRecord(name=name, type="Person", mentions=[Span(start=i, end=i + len(name), text=name)]))
    return Extraction(article=meta, actors=recs)


def test_reingest_is_idempotent(seed_built) -> None:
    store = Store.open(None)
    assert store.write_article(seed_built) is True
    before = store.snapshot()
    n = len(store)
    assert store.write_article(seed_built) is False
    assert len(store) == n
    assert store.snapshot() == before


def test_rebuilding_same_records_gives_identical_triples(seed_extraction) -> None:
    a, b = build(seed_extraction), build(seed_extraction)
    assert set(a.article) == set(b.article)
    assert set(a.entities) == set(b.entities)


def test_changed_article_replaces_its_graph_atomically() -> None:
    store = Store.open(None)
    store.write_article(build(_tiny("a1", "Talks.\nAlice Smith met Bob Jones.", ["Alice Smith", "Bob Jones"])))
    store.write_article(build(_tiny("a1", "Talks.\nAlice Smith met Carol White.", ["Alice Smith", "Carol White"])))
    names = {r["n"] for r in store.select("SELECT ?n WHERE { ?a a parley:Person ; skos:prefLabel ?n }")}
    assert names == {"Alice Smith", "Carol White"}
    assert store.article_ids() == ["a1"]
    assert len(store.select('SELECT ?t WHERE { ?a schema:articleBody ?t }')) == 1


def test_failed_write_leaves_store_as_it_was(monkeypatch) -> None:
    import graph.store as store_mod

    store = Store.open(None)
    store.write_article(build(_tiny("a1", "Talks.\nAlice Smith met Bob Jones.", ["Alice Smith", "Bob Jones"])))
    before = store.snapshot()
    changed = build(_tiny("a1", "Talks v2.\nAlice Smith met Carol White.", ["Alice Smith", "Carol White"]))
    real_nt = store_mod._nt
    calls: list[int] = []

    def half_broken(graph):  # the article graph serialises; the entities part is garbage
        calls.append(1)
        return real_nt(graph) if len(calls) == 1 else "<urn:s> <urn:p> .\n"

    monkeypatch.setattr(store_mod, "_nt", half_broken)
    with pytest.raises(SyntaxError):
        store.write_article(changed)
    assert store.snapshot() == before
    monkeypatch.setattr(store_mod, "_nt", real_nt)
    assert store.write_article(changed) is True


def test_writing_over_a_graph_without_hash_still_collects_its_orphans() -> None:
    """A new article skips the orphan query only when its graph is really empty: a graph put
    there another way (graph store protocol) is replaced and its lone entities collected."""
    from graph.build import actor_iri, article_graph_iri
    from graph.ns import ENTITIES_GRAPH

    store = Store.open(None)
    zed = actor_iri("Zed Nobody")
    store.ox.update(f"""INSERT DATA {{ GRAPH <{article_graph_iri('a1')}> {{ <urn:x> <urn:p> <{zed}> }}
        GRAPH <{ENTITIES_GRAPH}> {{ <{zed}> a <https://w3id.org/parley/ns#Person> }} }}""")
    assert store.content_hash("a1") is None
    assert store.write_article(build(_tiny("a1", "Talks.\nAlice Smith met Bob Jones.", ["Alice Smith", "Bob Jones"])))
    left = {q.subject.value for q in store.ox.quads_for_pattern(None, None, None, None)}
    assert str(zed) not in left and "urn:x" not in left
    assert store.content_hash("a1") is not None


def test_builder_lines_are_the_rdflib_graph(seed_built) -> None:
    """The builder writes N-Triples lines itself; rdflib reads them back as the same triples."""
    from rdflib import Graph

    g = Graph().parse(data=seed_built.article_nt(), format="nt")
    assert len(g) == len(seed_built.article_lines) == len(seed_built.article) > 100
    assert "".join(sorted(seed_built.article_lines)) == seed_built.article_nt()
    assert len(seed_built.entities) == len(seed_built.entity_lines) > 0


def test_entities_shared_across_articles_survive_deleting_one() -> None:
    store = Store.open(None)
    store.write_article(build(_tiny("a1", "One.\nAlice Smith met Bob Jones.", ["Alice Smith", "Bob Jones"])))
    store.write_article(build(_tiny("a2", "Two.\nAlice Smith met Dan Brown.", ["Alice Smith", "Dan Brown"])))
    people = "SELECT ?n WHERE { GRAPH <https://w3id.org/parley/graph/entities> { ?a skos:prefLabel ?n } }"
    assert {r["n"] for r in store.select(people)} == {"Alice Smith", "Bob Jones", "Dan Brown"}
    assert store.delete_article("a1") is True
    assert {r["n"] for r in store.select(people)} == {"Alice Smith", "Dan Brown"}
    assert store.delete_article("a1") is False


@pytest.mark.parametrize("first", ["accented", "plain"])
@pytest.mark.parametrize("second_new", [True, False], ids=["second-new", "second-replaces"])
def test_one_entity_keeps_one_name_whatever_the_order(first: str, second_new: bool) -> None:
    # "Déby" and "Deby" fold to one IRI; two prefLabels would double every join on the name
    acc = build(_tiny("a1", "One.\nMahamat Idriss Déby met Bob Jones.", ["Mahamat Idriss Déby", "Bob Jones"]))
    plain = build(_tiny("a2", "Two.\nMahamat Idriss Deby met Dan Brown.", ["Mahamat Idriss Deby", "Dan Brown"]))
    store = Store.open(None)
    order = [acc, plain] if first == "accented" else [plain, acc]
    store.write_article(order[0])
    if not second_new:  # the second article's graph exists already: the update path, not the load
        store.write_article(build(_tiny(order[1].article_id, "Old.\nBob Jones spoke.", ["Bob Jones"])))
    store.write_article(order[1])
    names = "SELECT ?n WHERE { GRAPH <https://w3id.org/parley/graph/entities> { ?a a parley:Person ; skos:prefLabel ?n } }"
    got = sorted(r["n"] for r in store.select(names))
    assert got == ["Bob Jones", "Dan Brown", "Mahamat Idriss Déby"]


@pytest.mark.parametrize("first", ["state", "person"])
@pytest.mark.parametrize("second_new", [True, False], ids=["second-new", "second-replaces"])
def test_one_actor_keeps_one_class_whatever_the_order(first: str, second_new: bool) -> None:
    # an actor the gazetteer does not know may be read as a State in one article, a Person in another;
    # two classes would put it under both in every type filter, count and export
    as_state = _tiny("a1", "One.\nNew Caledonia met Bob Jones.", ["New Caledonia", "Bob Jones"])
    as_state.actors[0].type = "State"
    as_person = build(_tiny("a2", "Two.\nNew Caledonia met Dan Brown.", ["New Caledonia", "Dan Brown"]))
    store = Store.open(None)
    order = [build(as_state), as_person] if first == "state" else [as_person, build(as_state)]
    store.write_article(order[0])
    if not second_new:
        store.write_article(build(_tiny(order[1].article_id, "Old.\nBob Jones spoke.", ["Bob Jones"])))
    store.write_article(order[1])
    classes = store.select("SELECT ?n ?c WHERE { GRAPH <https://w3id.org/parley/graph/entities> "
                           "{ ?a a ?c ; skos:prefLabel ?n } } ORDER BY ?n")
    assert [(r["n"], r["c"].rsplit("#", 1)[-1]) for r in classes] == [
        ("Bob Jones", "Person"), ("Dan Brown", "Person"), ("New Caledonia", "State")]


def test_a_place_spelt_two_ways_in_one_article_has_one_name() -> None:
    from graph.records import PlaceRecord

    meta = ArticleMeta(id="m1", text="Port.\nMocímboa da Praia, or Mocimboa da Praia.", title="Port.")
    ex = Extraction(article=meta, places=[PlaceRecord(name="Mocímboa da Praia"), PlaceRecord(name="Mocimboa da Praia")])
    store = Store.open(None)
    store.write_article(build(ex))
    got = [r["n"] for r in store.select("SELECT ?n WHERE { ?p a parley:Place ; skos:prefLabel ?n }")]
    assert got == ["Mocímboa da Praia"]


def test_store_persists_across_restart(tmp_path, seed_built) -> None:
    db = tmp_path / "db"
    with Store.open(db) as store:
        store.write_article(seed_built)
        n = len(store)
    with Store.open(db) as again:
        assert len(again) == n
        assert again.content_hash(SEED_ID) == seed_built.content_hash


def test_store_persists_across_process_restart(tmp_path) -> None:
    db = tmp_path / "db"
    cli = [sys.executable, "-m", "api.cli"]
    run = subprocess.run([*cli, "ingest", str(SEED), "--db", str(db), "--silent"], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    out = subprocess.run([*cli, "stats", "--db", str(db), "--format", "json"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    stats = json.loads(out.stdout)
    assert stats["articles"] == 1 and stats["actors"] >= 8 and stats["triples"] > 100


def test_second_writer_process_gets_a_clear_error(tmp_path) -> None:
    db = tmp_path / "db"
    with Store.open(db):
        out = subprocess.run([sys.executable, "-m", "api.cli", "ingest", str(SEED), "--db", str(db)], cwd=ROOT,
                             capture_output=True, text=True, timeout=120)
    assert out.returncode != 0
    assert out.stderr.startswith("error: [E01") and "Traceback" not in out.stderr


def test_ingest_pipeline_skips_unchanged_articles(tmp_path) -> None:
    from graph.pipeline import ingest

    meta = make_article("Talks in Geneva\nAlice Smith met Bob Jones in Geneva on Monday.", article_id="g1",
                        published="2025-01-08")
    store = Store.open(None)
    first = ingest(store, [meta])
    second = ingest(store, [meta])
    assert (first.articles, first.unchanged, first.failed) == (1, 0, 0)
    assert (second.articles, second.unchanged) == (1, 1)
    assert first.triples == second.triples


def test_an_upgraded_extractor_rereads_what_an_older_one_stored(monkeypatch: pytest.MonkeyPatch) -> None:
    """Same text, other extractor version: the stored facts are an older Parley's reading, so a
    re-ingest replaces them instead of calling the article unchanged."""
    import graph.build
    from graph.pipeline import ingest

    meta = make_article("Talks\nAlice Smith met Bob Jones in Geneva on Monday.", article_id="a1")
    store = Store.open(None)
    monkeypatch.setattr(graph.build, "EXTRACTOR_VERSION", "parley-extract/0.0")
    assert ingest(store, [meta]).unchanged == 0
    assert ingest(store, [meta]).unchanged == 1
    monkeypatch.undo()
    again = ingest(store, [meta])
    assert (again.unchanged, again.replaced) == (0, 1)
    assert store.is_current("a1", meta.content_hash)
    versions = store.select("SELECT ?v WHERE { ?a parley:extractorVersion ?v }")
    assert [r["v"] for r in versions] == [graph.build.EXTRACTOR_VERSION]
    assert ingest(store, [meta]).unchanged == 1


@pytest.mark.parametrize("extra", ["parley-extract/0.0", "parley-extract/9.9"])
def test_an_article_graph_with_two_versions_is_not_current(extra: str) -> None:
    """A graph written through the Graph Store Protocol (or an update) may hold a second extractor
    version: which one counted once depended on index order (and on row order for a remote store,
    which could answer the other way), so a stale reading passed for current. It is re-read."""
    from graph.build import article_graph_iri, article_iri
    from graph.ns import PARLEY

    built = build(_tiny("a1", "One.\nBob Jones met Dan Brown.", ["Bob Jones", "Dan Brown"]))
    store = Store.open(None)
    store.write_article(built)
    assert store.is_current("a1", built.content_hash)
    store.ox.update(f'INSERT DATA {{ GRAPH <{article_graph_iri("a1")}> {{ <{article_iri("a1")}> '
                    f'<{PARLEY.extractorVersion}> "{extra}" }} }}')
    assert not store.is_current("a1", built.content_hash)
    assert store.write_article(built) is True
    assert store.is_current("a1", built.content_hash)


def _put_without_hash(store: Store, aid: str, lone: str = "Zed Nobody") -> None:
    """What a user's Graph Store Protocol PUT into an article's graph leaves: triples, no content hash."""
    from graph.build import actor_iri, article_graph_iri
    from graph.ns import ENTITIES_GRAPH

    zed = actor_iri(lone)
    store.ox.update(f"""INSERT DATA {{ GRAPH <{article_graph_iri(aid)}> {{ <urn:x> <urn:p> <{zed}> }}
        GRAPH <{ENTITIES_GRAPH}> {{ <{zed}> a <https://w3id.org/parley/ns#Person> }} }}""")


def test_an_article_graph_written_without_a_hash_is_replaced_and_said_so() -> None:
    """A graph put into an article's graph by hand is that article's stored version: ingesting the
    article replaces it and says "replaced" (it used to say "added" on every such ingest), then the
    next ingest finds it unchanged."""
    from graph.pipeline import ingest, ingest_article

    meta = make_article("Talks\nAlice Smith met Bob Jones in Geneva on Monday.", article_id="a1")
    store = Store.open(None)
    _put_without_hash(store, "a1")
    first = ingest(store, [meta])
    assert (first.articles, first.replaced, first.unchanged, first.failed) == (1, 1, 0, 0)
    assert ingest(store, [meta]).unchanged == 1
    left = {q.subject.value for q in store.ox.quads_for_pattern(None, None, None, None)}
    assert "urn:x" not in left and not any("zed-nobody" in s for s in left)
    other = make_article("Talks\nCarol White met Bob Jones in Geneva on Monday.", article_id="a2")
    _put_without_hash(store, "a2")
    assert ingest_article(store, other)[0] == "replaced"
    assert ingest_article(store, other)[0] == "unchanged"


def test_an_article_graph_written_without_a_hash_can_be_deleted() -> None:
    """delete_article drops any article graph, not only one with a content hash, and collects the
    entities only it referred to; an empty one is still "no such article"."""
    from graph.build import article_graph_iri

    store = Store.open(None)
    store.write_article(build(_tiny("a2", "Two.\nBob Jones met Dan Brown.", ["Bob Jones", "Dan Brown"])))
    _put_without_hash(store, "a1")
    before = len(store)
    assert store.delete_article("a1") is True
    assert len(store) == before - 2  # the user's triple and its lone entity's
    assert not store.query(f"ASK {{ GRAPH <{article_graph_iri('a1')}> {{ ?s ?p ?o }} }}", union=False)
    assert store.article_ids() == ["a2"]
    assert store.delete_article("a1") is False


def _names_and_classes(store: Store) -> list[tuple[str, str]]:
    rows = store.select("SELECT ?n ?c WHERE { GRAPH <https://w3id.org/parley/graph/entities> "
                        "{ ?a skos:prefLabel ?n OPTIONAL { ?a a ?c } } } ORDER BY ?n ?c")
    return [(r["n"], r.get("c", "").rsplit("#", 1)[-1]) for r in rows]


@pytest.mark.parametrize("change", ["replaced-without-it", "replaced-respelt", "deleted"])
def test_a_replaced_or_deleted_article_takes_its_winning_name_with_it(change: str) -> None:
    """The article that supplied an entity's settled spelling ("Déby" over "Deby") is replaced
    without it, or with the other spelling, or deleted: the entity is settled again from the
    articles that remain, not left with a spelling no stored article gives."""
    store = Store.open(None)
    store.write_article(build(_tiny("a1", "One.\nMahamat Idriss Déby met Bob Jones.", ["Mahamat Idriss Déby", "Bob Jones"])))
    store.write_article(build(_tiny("a2", "Two.\nMahamat Idriss Deby met Dan Brown.", ["Mahamat Idriss Deby", "Dan Brown"])))
    assert ("Mahamat Idriss Déby", "Person") in _names_and_classes(store)
    if change == "replaced-without-it":
        store.write_article(build(_tiny("a1", "One v2.\nBob Jones spoke.", ["Bob Jones"])))
    elif change == "replaced-respelt":
        store.write_article(build(_tiny("a1", "One v2.\nMahamat Idriss Deby met Bob Jones.",
                                        ["Mahamat Idriss Deby", "Bob Jones"])))
    else:
        assert store.delete_article("a1") is True
    want = [("Bob Jones", "Person")] if change != "deleted" else []
    assert _names_and_classes(store) == sorted(want + [("Dan Brown", "Person"), ("Mahamat Idriss Deby", "Person")])


@pytest.mark.parametrize("change", ["replaced-without-it", "replaced-reread", "deleted"])
def test_a_replaced_or_deleted_article_takes_its_winning_class_with_it(change: str) -> None:
    """As for names: the article that read an actor as a State (over another's Person) is replaced
    without it, or reads it as a Person now, or is deleted: the actor is a Person again."""
    as_state = _tiny("a1", "One.\nNew Caledonia met Bob Jones.", ["New Caledonia", "Bob Jones"])
    as_state.actors[0].type = "State"
    store = Store.open(None)
    store.write_article(build(as_state))
    store.write_article(build(_tiny("a2", "Two.\nNew Caledonia met Dan Brown.", ["New Caledonia", "Dan Brown"])))
    assert ("New Caledonia", "State") in _names_and_classes(store)
    if change == "replaced-without-it":
        store.write_article(build(_tiny("a1", "One v2.\nBob Jones spoke.", ["Bob Jones"])))
    elif change == "replaced-reread":
        store.write_article(build(_tiny("a1", "One v2.\nNew Caledonia met Bob Jones.", ["New Caledonia", "Bob Jones"])))
    else:
        assert store.delete_article("a1") is True
    want = [("Bob Jones", "Person")] if change != "deleted" else []
    assert _names_and_classes(store) == sorted(want + [("Dan Brown", "Person"), ("New Caledonia", "Person")])


def test_a_settled_value_other_articles_still_give_survives_a_replace() -> None:
    """Settling again keeps the winner when another remaining article gives it too."""
    store = Store.open(None)
    for aid in ("a1", "a3"):
        store.write_article(build(_tiny(aid, f"{aid}.\nMahamat Idriss Déby met Bob Jones.",
                                        ["Mahamat Idriss Déby", "Bob Jones"])))
    store.write_article(build(_tiny("a2", "Two.\nMahamat Idriss Deby met Dan Brown.", ["Mahamat Idriss Deby", "Dan Brown"])))
    store.write_article(build(_tiny("a1", "One v2.\nBob Jones spoke.", ["Bob Jones"])))
    assert ("Mahamat Idriss Déby", "Person") in _names_and_classes(store)
    assert store.delete_article("a3") is True
    assert ("Mahamat Idriss Deby", "Person") in _names_and_classes(store)


def test_one_written_article_reads_its_stored_state_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The ingest filter's read (hash, version, whether the graph holds anything) is handed to the
    write: one read per article, added or replaced, where there were four (is_current in the filter,
    content_hash for "replaced", content_hash and is_current again in the write)."""
    from graph.pipeline import ingest

    store = Store.open(None)
    reads: list[str] = []
    for name in ("article_state", "content_hash", "is_current"):
        real = getattr(store, name, None)
        if real is not None:
            monkeypatch.setattr(store, name, lambda *a, _real=real, _name=name: reads.append(_name) or _real(*a))
    one = make_article("Talks\nAlice Smith met Bob Jones in Geneva on Monday.", article_id="a1")
    two = make_article("Talks\nAlice Smith met Carol White in Geneva on Monday.", article_id="a2")
    first = ingest(store, [one, two])
    assert (first.articles, first.replaced, first.unchanged) == (2, 0, 0) and len(reads) == 2
    reads.clear()
    changed = make_article("Talks\nAlice Smith met Dan Brown in Geneva on Tuesday.", article_id="a1")
    again = ingest(store, [changed, two])
    assert (again.articles, again.replaced, again.unchanged) == (2, 1, 1) and len(reads) == 2
    assert store.is_current("a1", changed.content_hash)


def test_an_id_given_twice_in_one_ingest_is_read_again_before_its_second_write() -> None:
    """The handed-down state is the filter's, read before any write: an id met twice (a caller's
    list; files get E014) must not be written the second time as if its graph were still empty."""
    from graph.pipeline import ingest

    store = Store.open(None)
    a = make_article("Talks\nAlice Smith met Bob Jones in Geneva on Monday.", article_id="a1")
    b = make_article("Talks\nAlice Smith met Carol White in Geneva on Monday.", article_id="a1")
    got = ingest(store, [a, b])
    assert (got.articles, got.replaced, got.failed) == (2, 1, 0)
    assert store.is_current("a1", b.content_hash)
    assert len(store.select("SELECT ?t WHERE { ?a schema:articleBody ?t }")) == 1
