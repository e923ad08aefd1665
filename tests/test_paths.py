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
