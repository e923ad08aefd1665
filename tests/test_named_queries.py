"""Named queries (queries/*.rq): each runs on seeds/ and answers what its comment promises."""

from __future__ import annotations

import json
import subprocess
import sys

import httpx
import pytest

from graph.errors import ParleyError
from graph.named_queries import named_queries, named_query
from graph.store import Store
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def store(seed_built) -> Store:
    s = Store.open(None)
    s.write_article(seed_built)
    return s


def rows(store: Store, name: str) -> list[dict[str, str]]:
    return store.select(named_query(name).sparql)


def test_at_least_ten_named_queries_each_documented() -> None:
    qs = named_queries()
    assert len(qs) >= 10
    for q in qs.values():
        assert len(q.description) > 20, q.name


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_named_query_answers_on_the_seed(store: Store, name: str) -> None:
    assert rows(store, name), f"{name} found nothing on seeds/"


def test_demands_name_who_and_what(store: Store) -> None:
    got = rows(store, "demands")
    assert any(r["by"] in ("Russia", "Vladimir Putin") and "armed forces" in r["what"] for r in got)
    assert any(r["by"] == "Volodymyr Zelenskyy" and "security guarantee" in r["what"] for r in got)
    assert all(r["evidence"] and r["article"] == "000_50ee412626375c89" for r in got)


def test_disputed_claims_pair_claimant_and_disputant(store: Store) -> None:
    got = rows(store, "disputed_claims")
    assert any(r["claimant"] in ("Vladimir Putin", "Russia") and r["disputant"] == "Ukraine"
               and "Pokrovsk" in r["claim"] for r in got)


def test_meetings_find_the_kremlin_talks(store: Store) -> None:
    got = rows(store, "meetings")
    assert any(r.get("date") == "2025-12-02" and "Steve Witkoff" in r.get("participants", "")
               and r.get("place") in ("Moscow", "Kremlin") for r in got)


def test_threats_are_putins(store: Store) -> None:
    got = rows(store, "threats")
    assert any(r["type"] == "THREATEN" and r.get("by") in ("Vladimir Putin", "Russia") for r in got)


def test_people_carry_roles_and_affiliations(store: Store) -> None:
    got = {r["person"]: r for r in rows(store, "people")}
    assert "Russia" in got["Yuri Ushakov"]["affiliations"]


def test_stances_on_proposals_link_to_proposals(store: Store) -> None:
    got = rows(store, "stances_on_proposals")
    assert any(r["holder"] == "Volodymyr Zelenskyy" and r["stance"] == "oppose" for r in got)


def test_unknown_named_query_lists_the_choices() -> None:
    with pytest.raises(ParleyError, match="choose one of: .*demands"):
        named_query("nope")


def test_cli_runs_a_named_query(tmp_path) -> None:
    db = tmp_path / "db"
    cli = [sys.executable, "-m", "api.cli"]
    assert subprocess.run([*cli, "ingest", str(ROOT / "seeds"), "--db", str(db), "--silent"], cwd=ROOT,
                          timeout=300).returncode == 0
    out = subprocess.run([*cli, "query", "--name", "threats", "--db", str(db), "-f", "json"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert any(r["type"] == "THREATEN" for r in json.loads(out.stdout))
    listed = subprocess.run([*cli, "query", "--list"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert "demands" in listed.stdout and "Who demands what of whom" in listed.stdout


def test_http_lists_and_runs_named_queries(store: Store) -> None:
    from api.state import Settings
    from tests.api_server import running_server

    with running_server(Settings(store=store)) as base:
        listing = httpx.get(base + "/queries").json()
        assert listing["total"] >= 10 and any(q["name"] == "demands" for q in listing["items"])
        r = httpx.get(base + "/queries/demands", headers={"Accept": "application/sparql-results+json"})
        assert r.status_code == 200 and r.json()["results"]["bindings"]
        csv_ = httpx.get(base + "/queries/demands", params={"format": "csv"})
        assert csv_.text.splitlines()[0].startswith("by,of,what")
        missing = httpx.get(base + "/queries/nope")
        assert missing.status_code == 404 and missing.json()["code"] == "E090"
