"""Writes and secrets: the token is compared in constant time and never logged, CORS is off
unless asked for, and the server binds 127.0.0.1 unless told otherwise."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT, SEEDS
from tests.served import Served, free_port, start, stop

TOKEN = "s3cret-token-that-must-never-appear-9f2b"
ORIGIN = {"Origin": "http://attacker.example"}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    from graph.articles import iter_articles
    from graph.pipeline import ingest
    from graph.store import Store

    path = tmp_path_factory.mktemp("secrets") / "db"
    with Store.open(path) as store:
        ingest(store, iter_articles([SEEDS]))
    return path


@pytest.fixture(scope="module")
def server(db: Path, tmp_path_factory) -> Served:
    """The default server: writes on with a token from the environment, nothing else asked for."""
    log = tmp_path_factory.mktemp("secrets-log") / "serve.log"
    served = start(db, log, token=TOKEN, write=True, args=("--workers", "1"))
    yield served
    stop(served)


def test_token_check_uses_constant_time_comparison() -> None:
    from api.state import AppState

    src = inspect.getsource(AppState.require_write)
    assert "hmac.compare_digest" in src and "==" not in src.replace("compare_digest", "")


def test_writes_need_the_exact_bearer_token(server: Served) -> None:
    body = {"text": "Talks resume\nEnvoys met in Geneva on Tuesday, officials said.", "id": "secret-test"}
    for headers in ({}, {"Authorization": TOKEN}, {"Authorization": f"Bearer {TOKEN[:-1]}X"},
                    {"Authorization": f"Bearer {TOKEN} "[:-2]}, {"Authorization": f"Basic {TOKEN}"}):
        r = httpx.post(server.base + "/articles", json=body, headers=headers, timeout=60)
        assert r.status_code == 403 and r.json()["code"] in ("E401", "E402")
        assert TOKEN not in r.text
    r = httpx.post(server.base + "/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=120)
    assert r.status_code == 201, r.text
    r = httpx.delete(server.base + "/articles/secret-test", headers={"Authorization": f"bearer {TOKEN}"}, timeout=60)
    assert r.status_code == 204


def test_the_token_never_appears_in_the_server_log(server: Served) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    httpx.post(server.base + "/sparql", content=b"INSERT DATA { <x:a> <x:b> <x:c> }",
               headers={**auth, "Content-Type": "application/sparql-update"}, timeout=60)
    httpx.post(server.base + "/sparql", content=b"DELETE DATA { <x:a> <x:b> <x:c> }",
               headers={**auth, "Content-Type": "application/sparql-update"}, timeout=60)
    httpx.post(server.base + "/sparql", content=b"NOT SPARQL", timeout=60,
               headers={**auth, "Content-Type": "application/sparql-update"})
    httpx.post(server.base + "/articles", content=b"\xff", headers={**auth, "Content-Type": "text/plain"}, timeout=60)
    log = server.log_text()
    assert "POST /sparql" in log, "the access log is on, so this test reads real logging"
    assert TOKEN not in log


def test_a_token_from_the_command_line_is_not_printed_either(db: Path, tmp_path: Path) -> None:
    served = start(tmp_path / "db", tmp_path / "serve.log", write=True, args=("--token", TOKEN, "--workers", "1"))
    try:
        r = httpx.post(served.base + "/sparql", content=b"CLEAR SILENT GRAPH <x:g>", timeout=60,
                       headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"})
        assert r.status_code == 204
    finally:
        stop(served)
    assert TOKEN not in served.log_text()


def test_cors_is_off_by_default(server: Served) -> None:
    r = httpx.get(server.base + "/stats", headers=ORIGIN, timeout=30)
    assert r.status_code == 200 and "access-control-allow-origin" not in r.headers
    pre = httpx.options(server.base + "/sparql", timeout=30, headers={
        **ORIGIN, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization"})
    assert "access-control-allow-origin" not in pre.headers


def test_cors_is_on_with_the_cors_flag(db: Path, tmp_path: Path) -> None:
    served = start(db, tmp_path / "serve.log", args=("--cors", "--workers", "1"))  # read-only: shares the db
    try:
        r = httpx.get(served.base + "/stats", headers=ORIGIN, timeout=30)
        assert r.headers.get("access-control-allow-origin") == "*"
    finally:
        stop(served)


def test_server_binds_loopback_only_by_default(db: Path, tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "PARLEY_TOKEN"}
    log = tmp_path / "serve.log"
    with log.open("wb") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "api.cli", "serve", "--db", str(db), "-p", str(port),
                                 "--workers", "0"], cwd=ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT)
    served = Served(f"http://127.0.0.1:{port}", port, proc, log)
    try:
        import time

        deadline = time.monotonic() + 60
        while not served.alive():
            assert time.monotonic() < deadline and proc.poll() is None, served.log_text()
            time.sleep(0.2)
        listening = _listening_addresses(port)
        assert listening == {"127.0.0.1"}, listening
        assert f"http://127.0.0.1:{port}/" in served.log_text()
    finally:
        stop(served)


def _listening_addresses(port: int) -> set[str]:
    """Local addresses of sockets listening on ``port``, from /proc (no connection is made)."""
    out = set()
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            addr, port_hex = fields[1].split(":")
            if int(port_hex, 16) == port and fields[3] == "0A":  # LISTEN
                if width == 8:
                    raw = bytes.fromhex(addr)[::-1]
                    out.add(".".join(str(b) for b in raw))
                else:
                    out.add("ipv6:" + addr)
    return out


def test_writes_without_a_token_refuse_to_start(db: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PARLEY_TOKEN"}
    res = subprocess.run([sys.executable, "-m", "api.cli", "serve", "--write", "--db", str(db), "-p", "0"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert res.returncode == 1 and "[E400]" in res.stderr and "Traceback" not in res.stderr
