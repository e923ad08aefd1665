"""The endpoint's SPARQL lexer: keyword detection that strings, IRIs and comments cannot fool."""

from __future__ import annotations

import pytest

from api.sparql_text import add_using, cap_select, forbidden_keyword, query_form
from graph.errors import ParleyError


@pytest.mark.parametrize("q", [
    "SELECT * { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }",
    "select * { service silent <http://x/> { ?s ?p ?o } }",
    "SELECT * {?a ?b ?c FILTER(?a<?b)SERVICE<http://x/>{?s ?p ?o}}",
    "SELECT * { ?s ?p ?o } # harmless\nLIMIT 1 SERVICE <http://x/> {}",
])
def test_service_is_found_wherever_it_is_a_keyword(q):
    assert forbidden_keyword(q) == "SERVICE"


@pytest.mark.parametrize("q", [
    'SELECT * { ?s <http://x/SERVICE> "SERVICE" }',
    "SELECT * { ?s ex:service ?load } # SERVICE LOAD",
    "SELECT * { ?s ?p '''multi\nline SERVICE''' }",
])
def test_service_in_strings_iris_names_and_comments_is_harmless(q):
    assert forbidden_keyword(q) is None


def test_load_is_found_in_updates():
    assert forbidden_keyword("LOAD <file:///etc/passwd> INTO GRAPH <http://g>") == "LOAD"


def test_query_form_skips_the_prologue():
    assert query_form("PREFIX ask: <http://x/> BASE <http://y/> CONSTRUCT {} WHERE {}") == "CONSTRUCT"


def test_cap_select_adds_or_lowers_limits_but_keeps_small_ones():
    assert cap_select("SELECT * { ?s ?p ?o }", 10) == ("SELECT * { ?s ?p ?o }\nLIMIT 11\n", True)
    assert cap_select("SELECT * { ?s ?p ?o } LIMIT 500", 10) == ("SELECT * { ?s ?p ?o } LIMIT 11", True)
    assert cap_select("SELECT * { ?s ?p ?o } LIMIT 5", 10)[1] is False
    q, _ = cap_select("SELECT * { { SELECT * { ?s ?p ?o } LIMIT 99 } } VALUES ?s { <x:a> }", 10)
    assert "LIMIT 99" in q and q.index("LIMIT 11") < q.index("VALUES")


def test_using_graph_uri_becomes_using_clauses_and_conflicts_are_400():
    out = add_using("INSERT { ?s a ?t } WHERE { ?s a ?t }", ["http://g"], ["http://n"])
    assert "USING <http://g> USING NAMED <http://n> WHERE" in out
    with pytest.raises(ParleyError) as e:
        add_using("WITH <http://a> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", [], ["http://n"])
    assert e.value.status == 400
