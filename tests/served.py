"""`parley serve` in a real subprocess on 127.0.0.1, for tests that kill it, read its log or
need it to survive what a client throws at it; plus figures the hardening tests record."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

from tests.conftest import ROOT

FIGURES = Path(os.environ.get("PARLEY_FIGURES") or ROOT / ".parley" / "figures.json")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Served:
    base: str
    port: int
    proc: subprocess.Popen
    log: Path

    def alive(self) -> bool:
        """The process runs and answers a cheap request."""
        if self.proc.poll() is not None:
            return False
        try:
            return httpx.get(self.base + "/stats", timeout=15).status_code == 200
        except httpx.HTTPError:
            return False

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def start(db: Path, log: Path, *, token: str | None = None, write: bool = False,
          args: tuple[str, ...] = ()) -> Served:
    """Start `python -m api.cli serve` and wait until /stats answers."""
    port = free_port()
    cmd = [sys.executable, "-m", "api.cli", "serve", "--db", str(db), "-p", str(port), *args]
    if write:
        cmd.append("--write")
    env = {k: v for k, v in os.environ.items() if k != "PARLEY_TOKEN"}
    if token is not None:
        env["PARLEY_TOKEN"] = token
    with log.open("ab") as fh:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT)
    served = Served(f"http://127.0.0.1:{port}", port, proc, log)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"parley serve exited with {proc.returncode}:\n{served.log_text()[-3000:]}")
        try:
            if httpx.get(served.base + "/stats", timeout=5).status_code == 200:
                return served
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    stop(served)
    raise RuntimeError(f"parley serve did not answer in time:\n{served.log_text()[-3000:]}")


def stop(served: Served) -> None:
    if served.proc.poll() is None:
        served.proc.terminate()
        try:
            served.proc.wait(20)
        except subprocess.TimeoutExpired:
            served.proc.kill()
            served.proc.wait(20)


@contextlib.contextmanager
def serving(db: Path, log: Path, **kw) -> Iterator[Served]:
    served = start(db, log, **kw)
    try:
        yield served
    finally:
        stop(served)


def record_figures(**values: int | float | str) -> None:
    """Merge figures into .parley/figures.json (or $PARLEY_FIGURES) and print them (pytest -s)."""
    FIGURES.parent.mkdir(parents=True, exist_ok=True)
    try:
        data = json.loads(FIGURES.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    data.update(values)
    FIGURES.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print("figures:", json.dumps(values, sort_keys=True))


def assert_error_shape(r: httpx.Response, status: int) -> dict:
    """Every error, from any route or layer, has the one JSON shape."""
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"ok", "error", "code", "status"}
    assert body["ok"] is False and body["status"] == status and body["error"]
    return body
