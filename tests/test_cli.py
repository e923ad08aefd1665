"""The `parley` command line: commands work, errors are one line with a non-zero exit."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED, SEED_ID

COMMANDS = ["ingest", "query", "extract", "facts", "stats"]


def parley(*args: str, stdin: str | None = None, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "api.cli", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "db"
    run = parley("ingest", str(ROOT / "seeds"), "--db", str(path))
    assert run.returncode == 0, run.stderr
    assert "1 articles" in run.stdout and "triples" in run.stdout
    return path


@pytest.mark.parametrize("cmd", COMMANDS)
def test_every_command_has_help(cmd: str) -> None:
    out = parley(cmd, "--help")
    assert out.returncode == 0
    assert "usage: parley " + cmd in out.stdout


def test_no_command_prints_help_and_exits_2() -> None:
    out = parley()
    assert out.returncode == 2 and "COMMAND" in out.stdout


def test_ingest_again_reports_unchanged(db: Path) -> None:
    out = parley("ingest", str(ROOT / "seeds"), "--db", str(db))
    assert out.returncode == 0
    assert "1 unchanged" in out.stdout


def test_silent_ingest_prints_nothing(db: Path) -> None:
    out = parley("ingest", str(SEED), "--db", str(db), "--silent")
    assert out.returncode == 0 and out.stdout == "" and out.stderr == ""


def test_query_as_json_csv_and_table(db: Path) -> None:
    q = "SELECT ?name WHERE { ?a a parley:Person ; skos:prefLabel ?name } ORDER BY ?name"
    rows = json.loads(parley("query", q, "--db", str(db), "-f", "json").stdout)
    assert {"name": "Vladimir Putin"} in rows
    csv_out = parley("query", q, "--db", str(db), "-f", "csv").stdout.splitlines()
    assert csv_out[0] == "name" and "Vladimir Putin" in csv_out
    table = parley("query", q, "--db", str(db)).stdout
    assert table.splitlines()[0].strip() == "name" and "Vladimir Putin" in table


def test_query_ask_and_construct(db: Path) -> None:
    assert parley("query", "ASK { ?a a parley:State }", "--db", str(db)).stdout.strip() == "yes"
    ttl = parley("query", "CONSTRUCT { ?a a parley:State } WHERE { ?a a parley:State }", "--db", str(db)).stdout
    assert "State" in ttl


def test_query_from_stdin(db: Path) -> None:
    out = parley("query", "-", "--db", str(db), "-f", "json", stdin="SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(json.loads(out.stdout)[0]["n"]) > 100


def test_malformed_sparql_is_one_line_error(db: Path) -> None:
    out = parley("query", "SELEC ?x WHERE {", "--db", str(db))
    assert out.returncode == 1
    assert out.stderr.startswith("error: [E050] malformed SPARQL")
    assert len(out.stderr.strip().splitlines()) == 1


def test_facts_from_store_matches_extract(db: Path) -> None:
    stored = json.loads(parley("facts", SEED_ID, "--db", str(db)).stdout)
    fresh = json.loads(parley("extract", str(SEED)).stdout)
    assert stored == fresh
    assert stored["article"]["published"] == "2025-12-03"
    names = {a["name"] for a in stored["actors"]}
    assert {"Vladimir Putin", "Russia", "Ukraine", "United States"} <= names


def test_extract_published_overrides_sidecar() -> None:
    out = json.loads(parley("extract", str(SEED), "--published", "2025-12-10").stdout)
    assert out["article"]["published"] == "2025-12-10"


def test_facts_of_unknown_article_is_clear(db: Path) -> None:
    out = parley("facts", "no-such-article", "--db", str(db))
    assert out.returncode == 1 and out.stderr.startswith("error: [E020]")


def test_stats_counts(db: Path) -> None:
    stats = json.loads(parley("stats", "--db", str(db), "-f", "json").stdout)
    assert stats["articles"] == 1 and stats["actors"] >= 8 and stats["triples"] > 0


def test_missing_store_for_read_is_clear(tmp_path: Path) -> None:
    out = parley("stats", "--db", str(tmp_path / "none"))
    assert out.returncode == 1 and out.stderr.startswith("error: [E010]")


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "E005"),
        (b"\x00\x01\x02binary", "E002"),
        (b"caf\xe9 au lait talks\nsome text", "E002"),
        (b"<!DOCTYPE html><html><body>x</body></html>", "E006"),
        (b"   \n\n  ", "E005"),
    ],
)
def test_bad_input_is_refused_and_store_untouched(db: Path, tmp_path: Path, content: bytes, code: str) -> None:
    before = parley("stats", "--db", str(db), "-f", "json").stdout
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = parley("ingest", str(bad), "--db", str(db))
    assert out.returncode == 1
    assert f"[{code}]" in out.stderr and "Traceback" not in out.stderr
    assert parley("stats", "--db", str(db), "-f", "json").stdout == before


def test_malformed_sidecar_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline\nText of the article.", encoding="utf-8")
    (tmp_path / "a.json").write_text("{not json", encoding="utf-8")
    out = parley("extract", str(tmp_path / "a.txt"))
    assert out.returncode == 1 and out.stderr.startswith("error: [E008]")


def test_bad_published_date_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline\nText of the article.", encoding="utf-8")
    out = parley("extract", str(tmp_path / "a.txt"), "--published", "yesterday")
    assert out.returncode == 1 and "[E003]" in out.stderr


def test_missing_file_is_refused() -> None:
    out = parley("extract", "/no/such/file.txt")
    assert out.returncode == 1 and out.stderr.startswith("error: [E001]")


def test_options_before_the_command_are_kept(db: Path) -> None:
    before = parley("--db", str(db), "stats", "-f", "json")
    after = parley("stats", "--db", str(db), "-f", "json")
    assert before.returncode == 0 and before.stdout == after.stdout


def test_query_from_clause_sets_the_default_graph(db: Path) -> None:
    out = parley("query", "SELECT (COUNT(*) AS ?n) FROM <http://example.org/empty> WHERE { ?s ?p ?o }",
                 "--db", str(db), "--format", "json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == [{"n": "0"}]


def test_query_syntax_error_is_placed_in_the_users_text(db: Path) -> None:
    out = parley("query", "SELECT ?x WHERE { ?x ?y }", "--db", str(db))
    assert out.returncode == 1 and "1:26" in out.stderr, out.stderr  # not 15:26 (14 prefix lines)


def test_serve_port_out_of_range_is_refused_before_anything_is_printed() -> None:
    out = parley("serve", "-p", "99999", timeout=60)
    assert out.returncode == 2 and "0–65535" in out.stderr and "Parley on" not in out.stdout


def test_serve_port_in_use_is_one_coded_line(db: Path) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        out = parley("serve", "--db", str(db), "-p", str(s.getsockname()[1]), timeout=60)
    assert out.returncode == 1 and "Parley on" not in out.stdout
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: [E404]"), out.stderr


def test_export_of_a_dump_names_no_view(db: Path, tmp_path: Path) -> None:
    out = parley("export", "-f", "nq", "-o", str(tmp_path / "all.nq"), "--db", str(db))
    assert out.returncode == 0, out.stderr
    assert "nq)" in out.stderr and "view" not in out.stderr
