"""The `parley` command line: commands work, errors are one line with a non-zero exit."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from graph.errors import ParleyError
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
    assert json.loads(out.stdout) == [{"n": 0}]


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
    assert len(lines) == 1 and lines[0].startswith("error: [E406]"), out.stderr


def test_serve_bind_codes_are_not_the_http_status_codes() -> None:
    """E404 and E405 are the server's answers to HTTP 404 and 405 (api/app.py); a port in use or
    an address it cannot listen on must not share them."""
    import socket

    from api.cli_serve import bind

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        with pytest.raises(ParleyError) as busy:
            bind("127.0.0.1", s.getsockname()[1])
    with pytest.raises(ParleyError) as bad:
        bind("192.0.2.1", 0)  # TEST-NET-1: no interface of this machine has it
    assert (busy.value.code, bad.value.code) == ("E406", "E407")


def test_export_of_a_dump_names_no_view(db: Path, tmp_path: Path) -> None:
    out = parley("export", "-f", "nq", "-o", str(tmp_path / "all.nq"), "--db", str(db))
    assert out.returncode == 0, out.stderr
    assert "nq)" in out.stderr and "view" not in out.stderr


def test_extract_turtle_is_turtle_a_turtle_parser_reads() -> None:
    import pyoxigraph as ox
    import rdflib

    out = parley("extract", str(SEED), "-f", "turtle")
    assert out.returncode == 0, out.stderr
    g = rdflib.Graph().parse(data=out.stdout, format="turtle")
    nq = parley("extract", str(SEED), "-f", "nquads").stdout
    union = {q.triple for q in ox.parse(nq.encode("utf-8"), format=ox.RdfFormat.N_QUADS)}
    assert len(g) == len(union) > 100


def test_extract_reads_a_one_line_jsonl_and_refuses_more(tmp_path: Path) -> None:
    one = tmp_path / "one.jsonl"
    one.write_text(json.dumps({"text": "Talks in Geneva\nAlice Smith met Bob Jones in Geneva.", "id": "g"}) + "\n",
                   encoding="utf-8")
    out = parley("extract", str(one))
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["article"]["title"] == "Talks in Geneva"
    two = tmp_path / "two.jsonl"
    two.write_text(one.read_text(encoding="utf-8") * 2, encoding="utf-8")
    out = parley("extract", str(two))
    assert out.returncode == 1 and out.stderr.startswith("error: [E016]") and "ingest" in out.stderr


@pytest.mark.parametrize("update", ["INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
                                    "PREFIX x: <http://x/>\nDELETE WHERE { ?s ?p ?o }", "CLEAR ALL"])
def test_query_refuses_updates_and_says_how_to_write(db: Path, update: str) -> None:
    before = parley("stats", "--db", str(db), "-f", "json").stdout
    out = parley("query", update, "--db", str(db))
    assert out.returncode == 1 and out.stderr.startswith("error: [E051]")
    assert "read-only" in out.stderr and "parley ingest" in out.stderr and "--write" in out.stderr
    assert parley("stats", "--db", str(db), "-f", "json").stdout == before


def test_query_file_errors_are_coded_lines(db: Path, tmp_path: Path) -> None:
    (tmp_path / "bin.rq").write_bytes(b"\xff\xfe\x00\x01binary")
    for arg, start in ((f"@{tmp_path / 'nofile.rq'}", f"error: [E001] no such file: {tmp_path / 'nofile.rq'}"),
                       (f"@{tmp_path}", "error: [E001]"), (f"@{tmp_path / 'bin.rq'}", "error: [E002]")):
        out = parley("query", arg, "--db", str(db))
        assert out.returncode == 1 and out.stderr.startswith(start), out.stderr
        assert len(out.stderr.splitlines()) == 1


def test_query_table_marks_a_cut_cell(db: Path) -> None:
    long = "x" * 100
    out = parley("query", f'SELECT ?v ("short" AS ?s) WHERE {{ BIND("{long}" AS ?v) }}', "--db", str(db))
    row = out.stdout.splitlines()[2]
    assert row.startswith("x" * 59 + "…") and long not in out.stdout and "short" in row


def test_query_json_gives_numbers_and_booleans_their_types(db: Path) -> None:
    q = 'SELECT (COUNT(*) AS ?n) (1.5 AS ?d) (true AS ?b) ("7" AS ?s) (<http://x/y> AS ?i) WHERE { ?s0 ?p ?o }'
    [row] = json.loads(parley("query", q, "--db", str(db), "-f", "json").stdout)
    assert isinstance(row["n"], int) and row["n"] > 100
    assert row["d"] == 1.5 and row["b"] is True and row["s"] == "7" and row["i"] == "http://x/y"


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_a_graph_result_refuses_row_formats(db: Path, fmt: str) -> None:
    out = parley("query", "CONSTRUCT { ?a a parley:State } WHERE { ?a a parley:State }", "--db", str(db), "-f", fmt)
    assert out.returncode == 1 and out.stderr.startswith("error: [E052]") and "-f ttl" in out.stderr
    nt = parley("query", "CONSTRUCT { ?a a parley:State } WHERE { ?a a parley:State }", "--db", str(db), "-f", "nt")
    assert nt.returncode == 0 and nt.stdout.startswith("<")


def test_export_to_a_missing_folder_is_refused(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "nonexistent" / "dir" / "a.gexf"
    out = parley("export", "-o", str(target), "--db", str(db))
    assert out.returncode == 1 and out.stderr.startswith("error: [E077]")
    assert not (tmp_path / "nonexistent").exists()
