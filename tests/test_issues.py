"""The issue scheme: demands, positions and proposals are tagged with what is negotiated."""

from __future__ import annotations

import json

from graph.extract.issues import issues_in, load_issues
from graph.store import Store


def test_seed_demands_carry_their_issues(seed_extraction) -> None:
    by_what = {d.what: d.issue for d in seed_extraction.demands}
    assert any("territory" in w and i == "territory" for w, i in by_what.items())
    assert any("security guarantees" in w and i == "security guarantees" for w, i in by_what.items())


def test_seed_issues_form_a_skos_scheme_in_the_store(seed_built) -> None:
    store = Store.open(None)
    store.write_article(seed_built)
    rows = store.select("""SELECT ?name WHERE { ?i a parley:Issue ; skos:inScheme parley:issues ;
        skos:prefLabel ?name }""")
    names = {r["name"] for r in rows}
    assert {"territory", "security guarantees", "sovereignty"} <= names
    touched = store.select("""SELECT ?p WHERE { ?x a parley:Proposal ; skos:prefLabel ?p ;
        parley:touchesIssue ?i }""")
    assert touched


def test_narrower_issue_comes_first() -> None:
    assert issues_in("a humanitarian truce for three months", load_issues())[:2] == ["humanitarian truce", "ceasefire"]


def test_users_extend_the_scheme_with_a_data_file(tmp_path) -> None:
    extra = tmp_path / "more.json"
    extra.write_text(json.dumps({"issues": [{"name": "fishing rights", "keywords": ["fishing", "fisheries"]}]}),
                     encoding="utf-8")
    scheme = load_issues(str(extra))
    assert "fishing rights" in issues_in("talks on fisheries quotas", scheme)
    assert "fishing rights" not in issues_in("talks on fisheries quotas", load_issues(""))
