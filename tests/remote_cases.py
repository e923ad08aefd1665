"""Behaviour both store backends must share, run against a remote store (Virtuoso in
tests/test_remote_store.py, a writable Parley server in tests/test_remote_parley.py)."""

from __future__ import annotations

from graph.articles import make_article
from graph.build import actor_iri, article_graph_iri, build
from graph.ns import ENTITIES_GRAPH
from graph.records import ActorRecord, ArticleMeta, Extraction, Span


def tiny(aid: str, text: str, actors: list[str], types: dict[str, str] | None = None) -> Extraction:
    meta = ArticleMeta(id=aid, text=text, title=text.split("\n")[0])
    recs = [ActorRecord(name=n, type=(types or {}).get(n, "Person"),
                        mentions=[Span(start=text.index(n), end=text.index(n) + len(n), text=n)]) for n in actors]
    return Extraction(article=meta, actors=recs)


def names_and_classes(store) -> list[tuple[str, str]]:  # noqa: ANN001
    rows = store.select(f"SELECT ?n ?c WHERE {{ GRAPH <{ENTITIES_GRAPH}> "
                        "{ ?a skos:prefLabel ?n OPTIONAL { ?a a ?c } } } ORDER BY ?n ?c")
    return sorted((r["n"], r.get("c", "").rsplit("#", 1)[-1]) for r in rows)


def graph_without_hash_is_replaced_and_deletable(store) -> None:  # noqa: ANN001
    """A user's triples in an article's graph, no content hash: an ingest replaces them and says so,
    delete_article drops them."""
    from graph.pipeline import ingest_article

    def put(aid: str) -> None:
        zed = actor_iri("Zed Nobody")
        store.update(f"""INSERT DATA {{ GRAPH <{article_graph_iri(aid)}> {{ <urn:x> <urn:p> <{zed}> }}
            GRAPH <{ENTITIES_GRAPH}> {{ <{zed}> a <https://w3id.org/parley/ns#Person> }} }}""")

    put("h1")
    assert store.delete_article("h1") is True
    assert not bool(store.query(f"ASK {{ GRAPH <{article_graph_iri('h1')}> {{ ?s ?p ?o }} }}"))
    assert not bool(store.query("ASK { GRAPH ?g { <urn:x> ?p ?o } }"))
    assert not [r for r in names_and_classes(store) if r[0] == "Zed Nobody"]
    assert store.delete_article("h1") is False
    put("h1")
    meta = make_article("Talks\nAlice Smith met Bob Jones in Geneva on Monday.", article_id="h1")
    assert ingest_article(store, meta)[0] == "replaced"
    assert ingest_article(store, meta)[0] == "unchanged"
    assert not bool(store.query("ASK { GRAPH ?g { <urn:x> ?p ?o } }"))


def settled_values_follow_replaces_and_deletes(store) -> None:  # noqa: ANN001
    """The article that gave an entity its settled spelling and class is replaced without it, then the
    other article giving the same is deleted: the entity is settled again from what remains."""
    store.write_article(build(tiny("s1", "One.\nMahamat Idriss Déby met New Caledonia.",
                                   ["Mahamat Idriss Déby", "New Caledonia"], {"New Caledonia": "State"})))
    store.write_article(build(tiny("s2", "Two.\nMahamat Idriss Deby met New Caledonia.",
                                   ["Mahamat Idriss Deby", "New Caledonia"])))
    store.write_article(build(tiny("s3", "Three.\nMahamat Idriss Déby met Bob Jones.", ["Mahamat Idriss Déby", "Bob Jones"])))
    assert names_and_classes(store) == [("Bob Jones", "Person"), ("Mahamat Idriss Déby", "Person"),
                                        ("New Caledonia", "State")]
    store.write_article(build(tiny("s1", "One v2.\nBob Jones spoke.", ["Bob Jones"])))
    assert names_and_classes(store) == [("Bob Jones", "Person"), ("Mahamat Idriss Déby", "Person"),
                                        ("New Caledonia", "Person")]
    assert store.delete_article("s3") is True
    assert names_and_classes(store) == [("Bob Jones", "Person"), ("Mahamat Idriss Deby", "Person"),
                                        ("New Caledonia", "Person")]
