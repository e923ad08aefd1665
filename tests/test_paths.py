"""Paths over the networkx projection: name resolution, evidence per hop, incremental refresh."""

from __future__ import annotations

import pytest

from graph.build import build
from graph.errors import ParleyError
from graph.paths import PathIndex
from graph.store import Store
from tests.api_sample import sample_extraction


@pytest.fixture
def index():
    store = Store.open(None)
    store.write_article(build(sample_extraction()))
    return PathIndex(store)


def test_names_aliases_and_near_spellings_resolve(index):
    putin = "https://w3id.org/parley/id/actor/vladimir-putin"
    assert index.resolve("Putin") == putin
    assert index.resolve("vladimir putin") == putin
    assert index.resolve("vladimir-putin") == putin
    assert index.resolve(putin) == putin
    assert index.resolve("Zelensky").endswith("volodymyr-zelenskyy")
    assert index.resolve("Zelenskiy").endswith("volodymyr-zelenskyy")


def test_unknown_name_is_404_with_suggestions(index):
    with pytest.raises(ParleyError) as e:
        index.resolve("Pokr")
    assert e.value.status == 404 and "Pokrovsk" in e.value.message


def test_shortest_path_hops_carry_relation_and_evidence(index):
    res = index.paths("Putin", "Pokrovsk")
    p = res["paths"][0]
    assert [n["name"] for n in p["nodes"]][0] == "Vladimir Putin" and p["nodes"][-1]["name"] == "Pokrovsk"
    for hop in p["hops"]:
        for rel in hop["relations"]:
            assert rel["relation"]
            if rel["assertion"]:
                text = sample_extraction().article.text
                ev = rel["evidence"]
                assert text[ev["start"]:ev["end"]] == ev["text"]


def test_k_alternatives_are_in_length_order_and_bounded(index):
    res = index.paths("Zelensky", "Pokrovsk", k=3)
    lengths = [p["length"] for p in res["paths"]]
    assert lengths == sorted(lengths) and len(set(map(tuple, (
        [n["iri"] for n in p["nodes"]] for p in res["paths"])))) == len(lengths)
    short = index.paths("Zelensky", "Pokrovsk", k=5, max_length=lengths[0])
    assert all(p["length"] <= lengths[0] for p in short["paths"])


def test_relation_filter_and_no_path(index):
    res = index.paths("Zelensky", "Putin", relations=["support", "oppose"])
    assert res["paths"][0]["length"] == 2
    assert {r["relation"] for h in res["paths"][0]["hops"] for r in h["relations"]} == {"support", "oppose"}
    with pytest.raises(ParleyError) as e:
        index.paths("Zelensky", "Pokrovsk", relations=["addresses"])
    assert e.value.status == 404
    with pytest.raises(ParleyError) as e:
        index.paths("Zelensky", "Putin", relations=["likes"])
    assert e.value.status == 422


def test_the_exports_stance_names_filter_paths_too(index):
    same = index.paths("Zelensky", "Putin", relations=["support", "oppose"])
    assert index.paths("Zelensky", "Putin", relations=["supports", "opposes"]) == same


def test_index_refreshes_one_article_after_write_and_delete(index):
    store = index.store
    with pytest.raises(ParleyError):
        index.resolve("Kyiv")
    builds = index.builds
    second = sample_extraction("sample-2")
    second.places.append(second.places[0].model_copy(update={"name": "Kyiv", "located_in": None}))
    second.events[1].place = "Kyiv"
    store.write_article(build(second))
    assert index.paths("Putin", "Kyiv")["paths"][0]["length"] == 2
    store.delete_article("sample-2")
    with pytest.raises(ParleyError):
        index.resolve("Kyiv")
    assert index.builds == builds  # incremental: no full rebuild
    assert index.paths("Putin", "Pokrovsk")["paths"]


def test_neighbors_within_depth(index):
    res = index.neighbors("Putin", depth=1)
    assert all(n["distance"] <= 1 for n in res["nodes"])
    assert "Russia" in {n["name"] for n in res["nodes"]}


def test_cli_path_prints_hops(tmp_path, capsys):
    from api.cli import main

    db = tmp_path / "db"
    with Store.open(db) as store:
        store.write_article(build(sample_extraction()))
    assert main(["path", "--db", str(db), "Putin", "Pokrovsk"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("path 1") and "Pokrovsk" in out
    assert main(["path", "--db", str(db), "Putin", "Atlantis"]) == 1
    assert "Atlantis" in capsys.readouterr().err


_SEED_SCRIPT = """
import datetime as dt
from graph.build import build
from graph.paths import PathIndex
from graph.records import EventRecord
from graph.store import Store
from tests.api_sample import TEXT, sample_extraction, span

def no_alias(ex):  # 'Zelensky' is then only a near spelling of 'Zelenskyy'
    return [a.model_copy(update={"aliases": []}) if a.name == "Volodymyr Zelenskyy" else a for a in ex.actors]

store = Store.open(None)
base = sample_extraction()
store.write_article(build(base.model_copy(update={"actors": no_alias(base)})))
for n in range(4):  # event labels that share the word 'Zelenskyy', in other article graphs
    ex = sample_extraction(f"visit-{n}")
    ev = EventRecord(type="CONSULT", label=f"Zelenskyy visit {n}", sources=["Volodymyr Zelenskyy"],
                     targets=["Donald Trump"], date=dt.date(2025, 12, 4),
                     evidence=span(TEXT, "Zelensky told Donald Trump"))
    store.write_article(build(ex.model_copy(update={"actors": no_alias(ex), "events": [ev]})))
print(PathIndex(store).resolve("Zelensky"))
"""


def test_name_lookup_is_the_same_under_every_hash_seed():
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    seen = set()
    for seed in range(6):
        env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT)}
        run = subprocess.run([sys.executable, "-c", _SEED_SCRIPT], cwd=ROOT, env=env, capture_output=True,
                             text=True, timeout=120)
        seen.add(run.stdout.strip() or run.stderr.strip().splitlines()[-1])
    assert seen == {"https://w3id.org/parley/id/actor/volodymyr-zelenskyy"}


def _names_store() -> Store:
    """The sample plus names that differ by accents, an alias that is another actor's exact name
    (the EU's "Europe"), and a near namesake."""
    from graph.records import ActorRecord

    ex = sample_extraction()
    extra = [ActorRecord(name="Lucía Romero", type="Person"), ActorRecord(name="Lucio Mamani", type="Person"),
             ActorRecord(name="Beat Zürcher", type="Person"), ActorRecord(name="Europe", type="Group"),
             ActorRecord(name="European Union", type="Organization", aliases=["Europe", "EU"])]
    store = Store.open(None)
    store.write_article(build(ex.model_copy(update={"actors": ex.actors + extra})))
    return store


def test_one_name_lookup_for_every_endpoint():
    from graph import pages, views

    store = _names_store()
    index = PathIndex(store)
    actor = "https://w3id.org/parley/id/actor/"
    for ref, want in (("Europe", "europe"), ("zurcher", "beat-zurcher"), ("Lucia Romero", "lucia-romero"),
                      ("Zelenskiy", "volodymyr-zelenskyy"), ("EU", "european-union")):
        assert index.resolve(ref) == actor + want, ref  # /paths, /neighbors
        assert views.resolve(store, ref, "actor") == actor + want, ref  # /actors/{name}, ?actor=
    assert views.get_actor(store, "Europe")["name"] == "Europe"
    assert [a["name"] for a in views.list_actors(store, "zurcher")["items"]] == ["Beat Zürcher"]
    assert "Lucía Romero" in [a["name"] for a in views.list_actors(store, "lucia")["items"]]
    assert [a["name"] for a in pages.search(store, "Lucia")["actors"]] == ["Lucía Romero"]
    assert pages.suggest(store, "Lucia")[0]["name"] == "Lucía Romero"
    with pytest.raises(ParleyError) as e:
        views.resolve(store, "Lucia Rome Xyz", "actor")
    assert e.value.status == 404 and "Lucía Romero" in e.value.message
    with pytest.raises(ParleyError) as e:
        views.resolve(store, "Pokrovsk", "actor")  # a place, not an actor
    assert e.value.status == 404


def test_an_app_that_stopped_leaves_no_stale_name_index(mem_store):
    """After the server's lifespan ends its PathIndex no longer hears of writes, so views.resolve
    (through paths.index_for) must not keep answering names from it."""
    from fastapi.testclient import TestClient

    from api.app import create_app
    from api.state import Settings
    from graph.paths import index_for

    app = create_app(Settings(store=mem_store, workers=1))
    served = app.state.parley.paths
    with TestClient(app):
        assert index_for(mem_store) is served
    assert index_for(mem_store) is not served
    assert served.article_changed not in mem_store.on_article_change


def test_a_one_or_two_letter_search_adds_no_folded_names(index):
    # each folded match is pasted into the search's SPARQL; "é" matched thousands and took seconds
    from graph.views import name_matches

    assert name_matches(index.store, "é") == [] and name_matches(index.store, "Zé") == []
