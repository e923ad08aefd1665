"""Hand-built records for the export tests: a small negotiation with every kind of assertion.

Kept apart from the extractor (which is changing) so the exports are tested on known triples.
"""

from __future__ import annotations

import datetime as dt

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
