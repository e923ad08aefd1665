"""Fuzzing, bounded: schemathesis against the running server's OpenAPI schema (no 5xx, answers
match the schema), hypothesis on the extractor (any text → valid records or a coded refusal, never
an exception) and on IRI minting (any name → a valid, stable IRI)."""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from typing import Any

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable

from tests.conftest import SEEDS
from tests.served import Served, record_figures, start, stop

TOKEN = "fuzz-token"
EXAMPLES_PER_OPERATION = 40
FUZZ_BUDGET_SECONDS = 150.0


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Any:
    from graph.articles import iter_articles
    from graph.pipeline import ingest
    from graph.store import Store

    tmp = tmp_path_factory.mktemp("fuzz")
    with Store.open(tmp / "db") as store:
        ingest(store, iter_articles([SEEDS]))
    served = start(tmp / "db", tmp / "serve.log", token=TOKEN, write=True, args=("--workers", "1"))
    try:
        yield served
    finally:
        stop(served)


def test_schemathesis_finds_no_5xx_and_answers_match_the_openapi_schema(server: Served) -> None:
    import schemathesis
    from schemathesis import GenerationMode
    from schemathesis.checks import (
        content_type_conformance,
        not_a_server_error,
        response_schema_conformance,
        status_code_conformance,
    )

    schema = schemathesis.openapi.from_url(server.base + "/openapi.json")
    checks = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
    statuses: Counter[int] = Counter()
    failures: list[str] = []
    t0 = time.monotonic()
    operations = [r.ok() for r in schema.get_all_operations()]
    per_mode = max(2, EXAMPLES_PER_OPERATION // 2)

    def fuzz(op: Any, mode: Any) -> None:
        label = f"{op.method.upper()} {op.path}"
        try:
            strategy = op.as_strategy(generation_mode=mode)
        except Exception:  # noqa: BLE001 - an operation with nothing to make invalid
            return
        wanted = checks if mode == GenerationMode.POSITIVE else [not_a_server_error, content_type_conformance]

        @settings(max_examples=per_mode, deadline=None, database=None, derandomize=True,
                  phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
        @given(case=strategy)
        def run(case: Any) -> None:
            if time.monotonic() - t0 > FUZZ_BUDGET_SECONDS:
                return
            try:
                response = case.call(base_url=server.base, headers={"Authorization": f"Bearer {TOKEN}"},
                                     timeout=60)
            except Exception as exc:  # noqa: BLE001 - a transport failure is a finding too
                failures.append(f"{label}: {exc.__class__.__name__}: {exc}")
                return
            statuses[response.status_code] += 1
            if response.status_code >= 500:
                failures.append(f"{label} {case.formatted_path} {case.query}: {response.status_code} "
                                f"{response.text[:300]}")
                return
            try:
                case.validate_response(response, checks=wanted)
            except BaseException as exc:  # schemathesis raises groups; collect every finding
                if isinstance(exc, KeyboardInterrupt | SystemExit):
                    raise
                failures.append(f"{label} ({mode.value}): {' '.join(str(exc).split())[:300]}")

        try:
            run()
        except Unsatisfiable:  # nothing to make invalid (an operation without parameters)
            pass

    for op in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            fuzz(op, mode)
    seconds = time.monotonic() - t0
    tried = sum(statuses.values())
    server_errors = sum(n for s, n in statuses.items() if s >= 500)
    record_figures(fuzz_operations=len(operations), fuzz_requests=tried, fuzz_5xx=server_errors,
                   fuzz_seconds=round(seconds, 1))
    assert server.alive()
    assert tried >= len(operations) * 2, f"only {tried} requests in {seconds:.0f} s"
    assert server_errors == 0 and not failures, "\n".join(sorted(set(failures))[:20])


# -- the extractor ------------------------------------------------------------------------------
WORDS = ["the", "of", "and", "said", "talks", "ceasefire", "Putin", "Zelenskyy", "Ukraine", "Russia",
         "Witkoff", "Kremlin", "met", "in", "Geneva", "on", "Tuesday", "rejected", "proposal", "demanded",
         "that", "accused", "of", "attacks", "\"", "'", ",", ".", "\n", "—", "Mr", "U.S.", "peace", "plan",
         "28-point", "February 29", "last week", "yesterday", "Picture:", "AP", "<b>", "&", "\u00e9", "Zürich"]
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), max_size=80).map(" ".join),
)
dates = st.one_of(st.none(), st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2200, 12, 31)))
EXTRACTED = {"examples": 0, "refused": 0}


@settings(max_examples=40, deadline=None, database=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, published=dates)
def test_any_text_gives_valid_records_or_a_coded_refusal(text: str, published: Any) -> None:
    from graph.articles import make_article
    from graph.build import build
    from graph.errors import ParleyError
    from graph.extract import extract
    from graph.records import Extraction
    from graph.store import Store

    EXTRACTED["examples"] += 1
    try:
        meta = make_article(text, article_id="fuzz", published=published)
    except ParleyError as exc:
        EXTRACTED["refused"] += 1
        assert exc.code.startswith("E0") and exc.message
        return
    ex = extract(meta)
    Extraction.model_validate(ex.model_dump())  # the records are valid as records
    for rec in [*ex.events, *ex.positions, *ex.demands, *ex.claims, *ex.statements]:
        ev = rec.evidence
        assert meta.text[ev.start:ev.end] == ev.text, "evidence does not point at its text"
    store = Store.open(None)
    built = build(ex)
    store.write_article(built)
    assert store.article_ids() == ["fuzz"]
    assert len(store) == len(built.article) + len(built.entities)


def test_extractor_fuzz_figures() -> None:
    if EXTRACTED["examples"]:
        record_figures(extractor_examples=EXTRACTED["examples"], extractor_refused=EXTRACTED["refused"])


# -- IRI minting ---------------------------------------------------------------------------------
IRI_EXAMPLES = 300


@settings(max_examples=IRI_EXAMPLES, deadline=None, database=None, derandomize=True)
@given(name=st.text(max_size=400))
def test_any_name_mints_a_valid_stable_iri(name: str) -> None:
    from rdflib import Graph, Literal, URIRef
    from rdflib.term import _is_valid_uri

    from graph.articles import article_id_for
    from graph.build import (
        actor_iri,
        article_graph_iri,
        article_iri,
        issue_iri,
        place_iri,
        proposal_iri,
        slug,
    )

    aid = article_id_for(name)
    for mint in (actor_iri, place_iri, proposal_iri, issue_iri):
        iri = mint(name)
        assert iri == mint(name) and iri == mint(str(name)), "not stable"
        assert _is_valid_uri(iri) and iri.startswith("https://w3id.org/parley/")
        ox.NamedNode(str(iri))  # raises on an invalid IRI
        g = Graph()
        g.add((iri, URIRef("https://w3id.org/parley/ns#x"), Literal(name)))
        nt = g.serialize(format="nt")
        assert [q.subject.value for q in ox.parse(nt.encode(), format=ox.RdfFormat.N_TRIPLES)] == [str(iri)]
    assert slug(name) == slug(name) and "/" not in slug(name)
    for iri in (article_iri(aid), article_graph_iri(aid)):
        ox.NamedNode(str(iri))
        assert _is_valid_uri(iri)


def test_names_that_differ_only_in_case_or_spacing_share_an_iri_and_others_do_not() -> None:
    from graph.build import actor_iri

    assert actor_iri("Vladimir Putin") == actor_iri("vladimir  putin ")
    assert actor_iri("Владимир Путин") != actor_iri("Владимир Зеленский")
    assert actor_iri("北京") != actor_iri("上海")


def teardown_module() -> None:
    record_figures(iri_examples=IRI_EXAMPLES)
