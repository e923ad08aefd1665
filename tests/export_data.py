"""Hand-built records for the export tests: a small negotiation with every kind of assertion.

Kept apart from the extractor (which is changing) so the exports are tested on known triples.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from lxml import etree

from graph.build import build
from graph.records import (
    ActorRecord,
    ArticleMeta,
    ClaimRecord,
    DemandRecord,
    DisputeRecord,
    EventRecord,
    Extraction,
    IssueRecord,
    PlaceRecord,
    PositionRecord,
    ProposalRecord,
    Relation,
    Span,
    StatementRecord,
)
from graph.store import Store

XSI = "http://www.w3.org/2001/XMLSchema-instance"


def span(text: str, needle: str) -> Span:
    i = text.index(needle)
    return Span(start=i, end=i + len(needle), text=needle)


def article_one() -> Extraction:
    text = ("Witkoff met Putin in Moscow. Ukraine accused Russia of stalling. Zelensky supports the "
            "20-point plan. Russia demands that Ukraine withdraw from Donbas. Russia claims it took "
            "Pokrovsk; Ukraine denies it. Zelensky told Trump the plan is fair.")
    s = lambda n: span(text, n)  # noqa: E731
    return Extraction(
        article=ArticleMeta(id="a1", text=text, title="Talks", published=dt.date(2025, 11, 20)),
        actors=[
            ActorRecord(name="Steve Witkoff", type="Person", mentions=[s("Witkoff")], roles=["envoy"],
                        affiliations=["United States"]),
            ActorRecord(name="Vladimir Putin", type="Person", mentions=[s("Putin")], affiliations=["Russia"]),
            ActorRecord(name="Ukraine", type="State", mentions=[s("Ukraine accused")]),
            ActorRecord(name="Russia", type="State", mentions=[s("Russia of"), s("Russia demands")]),
            ActorRecord(name="Volodymyr Zelensky", type="Person", mentions=[s("Zelensky supports")],
                        relations=[Relation(kind="counterpart", to="Donald Trump")]),
            ActorRecord(name="Donald Trump", type="Person", mentions=[s("Trump")]),
            ActorRecord(name="United States", type="State", acts=False),
        ],
        places=[PlaceRecord(name="Moscow", kind="city", seat_of="Russia", mentions=[s("Moscow")])],
        issues=[IssueRecord(name="territory")],
        proposals=[ProposalRecord(name="20-point plan", proposers=["United States"], issues=["territory"],
                                  mentions=[s("20-point plan")])],
        events=[
            EventRecord(type="CONSULT", label="Witkoff met Putin", sources=["Steve Witkoff"],
                        targets=["Vladimir Putin"], place="Moscow", date=dt.date(2025, 11, 19),
                        evidence=s("Witkoff met Putin in Moscow")),
            EventRecord(type="ACCUSE", label="Ukraine accused Russia", sources=["Ukraine"], targets=["Russia"],
                        evidence=s("Ukraine accused Russia of stalling")),
        ],
        positions=[
            PositionRecord(holder="Volodymyr Zelensky", stance="support", target="the 20-point plan",
                           target_kind="proposal", target_ref="20-point plan", date=dt.date(2025, 11, 20),
                           evidence=s("Zelensky supports the 20-point plan")),
        ],
        demands=[DemandRecord(by="Russia", of=["Ukraine"], what="withdraw from Donbas", issue="territory",
                              evidence=s("Russia demands that Ukraine withdraw from Donbas"))],
        claims=[ClaimRecord(by="Russia", claim="it took Pokrovsk",
                            disputes=[DisputeRecord(by="Ukraine", evidence=s("Ukraine denies it"))],
                            evidence=s("Russia claims it took Pokrovsk"))],
        statements=[StatementRecord(speaker="Volodymyr Zelensky", text="the plan is fair",
                                    addressee="Donald Trump", evidence=s("Zelensky told Trump the plan is fair"))],
    )


def article_two() -> Extraction:
    """A week later Zelensky turns against the plan; Witkoff and Putin meet again."""
    text = "Zelensky now opposes the 20-point plan. Witkoff met Putin again."
    s = lambda n: span(text, n)  # noqa: E731
    return Extraction(
        article=ArticleMeta(id="a2", text=text, title="Turn", published=dt.date(2025, 11, 27)),
        actors=[
            ActorRecord(name="Volodymyr Zelensky", type="Person", mentions=[s("Zelensky")]),
            ActorRecord(name="Steve Witkoff", type="Person", mentions=[s("Witkoff")]),
            ActorRecord(name="Vladimir Putin", type="Person", mentions=[s("Putin")]),
        ],
        proposals=[ProposalRecord(name="20-point plan", mentions=[s("20-point plan")])],
        events=[EventRecord(type="CONSULT", label="Witkoff met Putin again", sources=["Vladimir Putin"],
                            targets=["Steve Witkoff"], date=dt.date(2025, 11, 26),
                            evidence=s("Witkoff met Putin again"))],
        positions=[PositionRecord(holder="Volodymyr Zelensky", stance="oppose", target="the 20-point plan",
                                  target_kind="proposal", target_ref="20-point plan",
                                  evidence=s("Zelensky now opposes the 20-point plan"))],
    )


def negotiation_store() -> Store:
    """An in-memory store with both articles."""
    store = Store.open(None)
    store.write_article(build(article_one()))
    store.write_article(build(article_two()))
    return store


# ------------------------------------------------------------------ third-party checks
def gexf_schema_dir() -> Path | None:
    """shared/schemas/gexf/1.3 ($PARLEY_SHARED or ../shared beside the project), None when absent."""
    env = os.environ.get("PARLEY_SHARED")
    base = Path(env) if env else Path(__file__).resolve().parents[2] / "shared"
    d = base / "schemas" / "gexf" / "1.3"
    return d if d.is_dir() else None


def strip_xsi(data: bytes) -> etree._Element:
    """The document without xsi:* attributes (the RELAX NG grammar does not allow them)."""
    root = etree.fromstring(data)
    for el in root.iter():
        for name in [n for n in el.attrib if n.startswith(f"{{{XSI}}}")]:
            del el.attrib[name]
    return root


def without_viz(root: etree._Element) -> etree._Element:
    """A copy without viz:* elements (the official XSD puts viz in the wrong namespace)."""
    copy = etree.fromstring(etree.tostring(root))
    for el in copy.xpath("//*[namespace-uri()=$ns]", ns="http://gexf.net/1.3/viz"):
        el.getparent().remove(el)
    return copy


@functools.cache
def _rng(d: Path) -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(d / "gexf.rng")))


@functools.cache
def _xsd(d: Path) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(d / "gexf.xsd")))


def schema_errors(data: bytes, d: Path) -> list[str]:
    """RELAX NG errors of the xsi-free document plus XSD errors of its viz-free copy."""
    root = strip_xsi(data)
    rng, xsd = _rng(d), _xsd(d)
    out = [] if rng.validate(root) else [f"rng: {e}" for e in rng.error_log]
    if not xsd.validate(without_viz(root)):
        out += [f"xsd: {e}" for e in xsd.error_log]
    return out


ROOT = Path(__file__).resolve().parents[1]
NODE_SCRIPT = ROOT / "tests" / "js" / "parse_export.js"


def node_skip_reason() -> str | None:
    """Why the graphology checks cannot run here, or None when they can."""
    if shutil.which("node") is None:
        return "node is not installed (the Makefile's setup installs the npm packages when it is)"
    if not (ROOT / "node_modules" / "graphology-gexf").is_dir():
        return "npm packages missing: run `npm install` at the project root (make setup does)"
    return None


def graphology_parse(data: bytes, fmt: str) -> dict:
    """Parse with graphology-gexf / graphology-graphml under Node; the parsed graph as JSON."""
    with tempfile.NamedTemporaryFile(suffix=f".{fmt}", delete=False) as fh:
        fh.write(data)
        path = fh.name
    try:
        proc = subprocess.run(["node", str(NODE_SCRIPT), path, fmt], capture_output=True, text=True,
                              timeout=60, cwd=ROOT)
    finally:
        os.unlink(path)
    if proc.returncode != 0:
        raise AssertionError(f"graphology could not parse the {fmt}: {proc.stderr.strip()[-2000:]}")
    return json.loads(proc.stdout)
