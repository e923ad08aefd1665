"""A Parley server used as the remote store of another Parley (``--store URL``): its row cap must
surface as an error, never as a short answer."""

from __future__ import annotations

import pytest

from api.state import Settings
from graph.errors import ParleyError
from graph.remote import RemoteStore
from graph.store import Store
from tests.api_server import running_server


@pytest.fixture(scope="module")
def capped_remote(seed_built):
    store = Store.open(None)
    store.write_article(seed_built)
    with running_server(Settings(store=store, row_cap=5)) as base:
        remote = RemoteStore.open(base + "/sparql")
        yield remote
        remote.close()


def test_a_parley_servers_row_cap_is_an_error_not_a_short_select(capped_remote) -> None:
    with pytest.raises(ParleyError, match=r"E061.*row cap of 5"):
        capped_remote.select("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")


def test_a_parley_servers_row_cap_is_an_error_not_a_short_dump(capped_remote) -> None:
    import pyoxigraph as ox

    with pytest.raises(ParleyError, match="E061"):  # what `parley --store URL export -f nq` reads
        capped_remote.ox.dump(format=ox.RdfFormat.N_QUADS)


def test_an_answer_under_the_cap_is_whole(capped_remote) -> None:
    rows = capped_remote.select("SELECT ?s WHERE { VALUES ?s { 1 2 3 } }")
    assert [r["s"] for r in rows] == ["1", "2", "3"]


@pytest.fixture()
def writable_remote():
    """A writable Parley server as the remote store: the remote backend's writes checked where no
    Virtuoso runs."""
    with running_server(Settings(store=Store.open(None), write=True, token="remote-test-token")) as base:
        remote = RemoteStore.open(base + "/sparql", token="remote-test-token")
        yield remote
        remote.close()


def test_remote_article_graph_without_a_hash_is_replaced_and_deletable(writable_remote) -> None:
    from tests.remote_cases import graph_without_hash_is_replaced_and_deletable

    graph_without_hash_is_replaced_and_deletable(writable_remote)


def test_remote_settled_name_and_class_follow_replaces_and_deletes(writable_remote) -> None:
    from tests.remote_cases import settled_values_follow_replaces_and_deletes

    settled_values_follow_replaces_and_deletes(writable_remote)


def test_remote_write_reads_the_articles_state_in_one_query(writable_remote, monkeypatch) -> None:
    """The remote store's hash, version and "does the graph hold anything" are one SELECT, read once
    per written article when the ingest hands it down."""
    from graph.articles import make_article
    from graph.pipeline import ingest

    asked: list[str] = []
    real = writable_remote._post

    def counting(data, accept, *, update=False):  # noqa: ANN001, ANN202
        q = data.get("query", "")
        if "contentHash" in q or "extractorVersion" in q:
            asked.append(q)
        return real(data, accept, update=update)

    monkeypatch.setattr(writable_remote, "_post", counting)
    got = ingest(writable_remote, [make_article("Talks\nAlice Smith met Bob Jones in Geneva on Monday.", article_id="q1")])
    assert (got.articles, got.failed) == (1, 0) and len(asked) == 1, asked


def test_remote_replace_of_one_of_many_articles_naming_an_entity_stays_under_a_row_cap() -> None:
    """Settling an entity again asks for the distinct readings the other articles give it, one row a
    value, not one a naming article: a replace on a store where many articles name one actor is not
    refused by the remote's row cap."""
    from graph.build import build
    from tests.remote_cases import names_and_classes, tiny

    with running_server(Settings(store=Store.open(None), write=True, token="remote-test-token", row_cap=5)) as base:
        remote = RemoteStore.open(base + "/sparql", token="remote-test-token")
        for i in range(7):
            remote.write_article(build(tiny(f"c{i}", f"Talk {i}.\nBob Jones spoke.", ["Bob Jones"])))
        assert remote.write_article(build(tiny("c0", "Talk 0 again.\nBob Jones spoke.", ["Bob Jones"]))) is True
        assert names_and_classes(remote) == [("Bob Jones", "Person")]
        remote.close()
