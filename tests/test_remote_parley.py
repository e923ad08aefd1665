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
