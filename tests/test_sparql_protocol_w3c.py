"""The W3C SPARQL 1.1 Protocol tests (shared/benchmarks/w3c-sparql-protocol), run against a real
uvicorn on 127.0.0.1 with writes enabled on a scratch on-disk store.

The manifest is read with rdflib; each test's ``ut:graphData`` is loaded with the Graph Store
Protocol (PUT ?graph=), then its requests are sent in order and each response is checked
against ``mf:expectedStatus``, ``mf:expectedBoolean`` and ``mf:expectedFormat``.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from rdflib import Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDFS

from api.state import Settings
from tests.api_server import running_server
from tests.conftest import shared_dir
from tests.w3c_manifest import MF, load_manifest

HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HTS = "http://www.w3.org/2011/http-statusCodes#StatusCode"
TOKEN = "w3c-runner-token"
# Tests we do not pass, each with the reason (README lists them too). Empty: all pass.
KNOWN_FAILURES: dict[str, str] = {}

SUITE = (shared_dir() or Path("/nonexistent")) / "benchmarks" / "w3c-sparql-protocol" / "sparql11-protocol"
FORMATS = {
    "boolean": ("application/sparql-results+json", "application/sparql-results+xml"),
    "tabular": ("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                "text/tab-separated-values"),
    "RDF": ("application/rdf+xml", "text/turtle", "application/n-triples"),
}


MANIFEST, ENTRIES = load_manifest(SUITE / "manifest.ttl")


@pytest.fixture(scope="module")
def w3c_base(tmp_path_factory):
    db = tmp_path_factory.mktemp("w3c") / "db"
    with running_server(Settings(db=str(db), write=True, token=TOKEN, workers=1, max_workers=2)) as url:
        yield url


def _local(node: URIRef) -> str:
    return str(node).rsplit("#", 1)[-1]


def _check(test: str, resp: httpx.Response, expect) -> None:
    g = MANIFEST
    statuses = {str(s).replace(HTS, "") for s in g.objects(expect, MF.expectedStatus)}
    cls = f"{resp.status_code // 100}xx"
    assert cls in statuses, f"{test}: status {resp.status_code} not in {sorted(statuses)}: {resp.text[:300]}"
    fmt = g.value(expect, MF.expectedFormat)
    ctype = resp.headers.get("content-type", "").split(";")[0].strip()
    if fmt is not None:
        assert ctype in FORMATS[str(fmt)], f"{test}: content type {ctype} is not {fmt}"
    boolean = g.value(expect, MF.expectedBoolean)
    if boolean is not None:
        if ctype.endswith("+json"):
            got = resp.json()["boolean"]
        else:
            got = "<boolean>true</boolean>" in resp.text
        assert got is boolean.toPython(), f"{test}: ASK gave {got}, expected {boolean}"


@pytest.mark.skipif(not ENTRIES, reason="shared/benchmarks/w3c-sparql-protocol is not present")
@pytest.mark.parametrize("entry", ENTRIES, ids=[_local(e) for e in ENTRIES])
def test_w3c_protocol(w3c_base, entry):
    g = MANIFEST
    name = _local(entry)
    if name in KNOWN_FAILURES:
        pytest.xfail(KNOWN_FAILURES[name])
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=w3c_base, timeout=30) as c:
        r = c.post("/sparql", content="DROP ALL", headers={**auth, "Content-Type": "application/sparql-update"})
        assert r.status_code == 204, r.text
        for gd in g.objects(entry, UT.graphData):
            source = Path(str(g.value(gd, UT.graph)).replace("file://", ""))
            r = c.put("/store", params={"graph": str(g.value(gd, RDFS.label))}, content=source.read_bytes(),
                      headers={**auth, "Content-Type": "application/n-triples"})
            assert r.status_code in (201, 204), r.text
        action = g.value(entry, MF.action)
        for req in Collection(g, g.value(action, HT.requests)):
            method = str(g.value(req, HT.methodName))
            path = str(g.value(req, HT.absolutePath)).replace("/sparql/", "/sparql", 1)
            headers = dict(auth)
            hl = g.value(req, HT.headers)
            for h in Collection(g, hl) if hl is not None else []:
                headers[str(g.value(h, HT.fieldName))] = str(g.value(h, HT.fieldValue))
            body = g.value(req, HT.body)
            content = str(g.value(body, CNT.chars)).encode("utf-8") if body is not None else None
            resp = c.request(method, path, content=content, headers=headers)
            _check(name, resp, g.value(req, HT.resp))
