"""A hand-built article (records, not extraction) so API and path tests do not depend on the extractor."""

from __future__ import annotations

import datetime as dt

from graph.records import (
    ActorRecord,
    ArticleMeta,
    ClaimRecord,
    DemandRecord,
    DisputeRecord,
    EventRecord,
    Extraction,
    PlaceRecord,
    PositionRecord,
    ProposalRecord,
    Relation,
    Span,
    StatementRecord,
)

TEXT = (
    "Russian forces shelled Pokrovsk on Monday, Ukrainian officials said. "
    "Vladimir Putin told Steve Witkoff in Moscow that Russia would accept the 28-point plan. "
    "Volodymyr Zelenskyy rejected the 28-point plan. "
    "Putin demanded that Ukraine withdraw from the Donbas. "
    "Russia claimed it had captured Pokrovsk, which Ukraine denied. "
    "Zelensky told Donald Trump that Ukraine needs security guarantees."
)


def span(text: str, needle: str) -> Span:
    start = TEXT.index(needle)
    return Span(start=start, end=start + len(needle), text=needle)


def sample_extraction(article_id: str = "sample-1", text: str = TEXT) -> Extraction:
    s = lambda needle: span(text, needle)  # noqa: E731
    return Extraction(
        article=ArticleMeta(id=article_id, text=text, title="Talks and shelling", published=dt.date(2025, 12, 1),
                            source="test"),
        actors=[
            ActorRecord(name="Vladimir Putin", type="Person", aliases=["Putin"], roles=["president"],
                        affiliations=["Russia"], mentions=[s("Vladimir Putin")]),
            ActorRecord(name="Volodymyr Zelenskyy", type="Person", aliases=["Zelensky"], roles=["president"],
                        affiliations=["Ukraine"], mentions=[s("Volodymyr Zelenskyy")]),
            ActorRecord(name="Steve Witkoff", type="Person", roles=["envoy"],
                        relations=[Relation(kind="envoy of", to="Donald Trump")]),
            ActorRecord(name="Donald Trump", type="Person"),
            ActorRecord(name="Russia", type="State"),
            ActorRecord(name="Ukraine", type="State"),
        ],
        places=[PlaceRecord(name="Pokrovsk", kind="city", located_in="Ukraine"),
                PlaceRecord(name="Moscow", kind="city", seat_of="Russia")],
        proposals=[ProposalRecord(name="28-point plan", aliases=["peace plan"], proposers=["Donald Trump"],
                                  mentions=[s("28-point plan")])],
        events=[
            EventRecord(type="ASSAULT", label="shelled", sources=["Russia"], targets=["Ukraine"], place="Pokrovsk",
                        date=dt.date(2025, 12, 1), evidence=s("Russian forces shelled Pokrovsk")),
            EventRecord(type="CONSULT", label="told", sources=["Vladimir Putin"], targets=["Steve Witkoff"],
                        place="Moscow", proposal="28-point plan", date=dt.date(2025, 12, 2),
                        evidence=s("Vladimir Putin told Steve Witkoff in Moscow")),
        ],
        positions=[
            PositionRecord(holder="Vladimir Putin", stance="support", target="28-point plan",
                           target_kind="proposal", target_ref="28-point plan",
                           evidence=s("Russia would accept the 28-point plan")),
            PositionRecord(holder="Volodymyr Zelenskyy", stance="oppose", target="28-point plan",
                           target_kind="proposal", target_ref="28-point plan", date=dt.date(2025, 12, 3),
                           evidence=s("Volodymyr Zelenskyy rejected the 28-point plan")),
        ],
        demands=[DemandRecord(by="Vladimir Putin", of=["Ukraine"], what="withdraw from the Donbas",
                              evidence=s("Putin demanded that Ukraine withdraw from the Donbas"))],
        claims=[ClaimRecord(by="Russia", claim="captured Pokrovsk", about_event=0,
                            disputes=[DisputeRecord(by="Ukraine", evidence=s("which Ukraine denied"))],
                            evidence=s("Russia claimed it had captured Pokrovsk"))],
        statements=[StatementRecord(speaker="Volodymyr Zelenskyy", addressee="Donald Trump",
                                    text="Ukraine needs security guarantees",
                                    evidence=s("Zelensky told Donald Trump that Ukraine needs security guarantees"))],
    )
