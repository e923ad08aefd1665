"""`parley export` and the /export routes, on hand-made records and on the ingested seeds."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from rdflib import Graph

from api.cli import main
from api.routes_export import router
from graph.build import build
from graph.export.lint import lint_gexf
from graph.store import Store
from tests.conftest import ROOT
from tests.export_data import article_one, article_two, gexf_schema_dir, negotiation_store, schema_errors


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """A store on disk with the two hand-made articles."""
    path = tmp_path_factory.mktemp("export") / "db"
    with Store.open(path) as store:
        store.write_article(build(article_one()))
        store.write_article(build(article_two()))
    return path


@pytest.mark.parametrize("fmt", ["gexf", "graphml", "png", "svg", "ttl", "nq", "jsonld", "trig"])
def test_cli_writes_every_format(db, tmp_path, fmt):
    out = tmp_path / f"x.{fmt}"
    assert main(["export", "--db", str(db), "--format", fmt, "--view", "stances", "-o", str(out),
                 "--silent"]) == 0
    assert out.stat().st_size > 0


def test_cli_takes_the_format_from_the_file_name(db, tmp_path):
    out = tmp_path / "actors.gexf"
    assert main(["export", "--db", str(db), "-o", str(out), "--silent"]) == 0
    assert lint_gexf(out.read_bytes()) == []
    g = nx.read_gexf(out)
    assert "actor/steve-witkoff" in g


def test_cli_errors_are_one_line_with_exit_1(db, capsys):
    assert main(["export", "--db", str(db), "-o", "noext"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: [E073]") and err.count("\n") == 1
    assert main(["export", "--db", str(db / "missing"), "-f", "gexf", "-o", "-"]) == 1


def test_cli_writes_to_stdout(db, capfdbinary):
    assert main(["export", "--db", str(db), "-f", "ttl"]) == 0
    out = capfdbinary.readouterr().out
    assert len(Graph().parse(data=out.decode("utf-8"), format="turtle")) > 0


def test_cli_help_lists_formats_and_views():
    run = subprocess.run([sys.executable, "-m", "api.cli", "export", "--help"], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0
    assert "gexf" in run.stdout and "stances" in run.stdout and "-o" in run.stdout


# ---------------------------------------------------------------- HTTP
@pytest.fixture(scope="module")
def client():
    app = FastAPI()
    app.state.store = negotiation_store()
    app.include_router(router)
    return TestClient(app)


@pytest.mark.parametrize("path,media", [
    ("/export/actors.gexf", "application/gexf+xml"),
    ("/export/stances.graphml", "application/graphml+xml"),
    ("/export/actors.png", "image/png"),
    ("/export/full.svg", "image/svg+xml"),
    ("/export/graph.ttl", "text/turtle"),
    ("/export/graph.nq", "application/n-quads"),
    ("/export/graph.jsonld", "application/ld+json"),
    ("/export/graph.trig", "application/trig"),
])
def test_http_export_routes(client, path, media):
    r = client.get(path)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith(media)
    assert r.content


def test_http_gexf_is_valid(client):
    data = client.get("/export/full.gexf").content
    assert lint_gexf(data) == []
    d = gexf_schema_dir()
    if d is not None:
        assert schema_errors(data, d) == []


def test_http_unknown_view_is_a_coded_404(client):
    r = client.get("/export/everything.gexf")
    assert r.status_code == 404
    assert r.json()["code"] == "E070" and "actors" in r.json()["error"]


def test_http_routes_are_in_the_real_app():
    from api.app import create_app
    from api.state import Settings

    with TestClient(create_app(Settings(store=negotiation_store()))) as c:
        r = c.get("/export/actors.gexf")
        assert r.status_code == 200 and b"meets_with" in r.content
        assert c.get("/export/nope.gexf").json()["code"] == "E070"


# ---------------------------------------------------------------- seeds, end to end
def test_seed_ingest_exports_valid_files(tmp_path):
    db = tmp_path / "db"
    run = subprocess.run([sys.executable, "-m", "api.cli", "ingest", str(ROOT / "seeds"), "--db", str(db),
                          "--silent"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    for view in ("actors", "stances", "full"):
        out = tmp_path / f"{view}.gexf"
        assert main(["export", "--db", str(db), "-v", view, "-o", str(out), "--silent"]) == 0
        data = out.read_bytes()
        assert lint_gexf(data) == []
        d = gexf_schema_dir()
        if d is not None:
            assert schema_errors(data, d) == []
        nx.read_gexf(io.BytesIO(data))
    g = nx.read_gexf(tmp_path / "actors.gexf")
    assert any(d.get("label") == "Vladimir Putin" for _, d in g.nodes(data=True))
    png = tmp_path / "actors.png"
    assert main(["export", "--db", str(db), "-o", str(png), "--silent"]) == 0
    assert png.read_bytes().startswith(b"\x89PNG")
