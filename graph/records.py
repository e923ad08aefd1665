"""Pydantic records: what extraction hands to graph building.

Extraction (text → records) never touches RDF; building (records → triples) is the only place
that mints IRIs. Records refer to each other by *canonical name* (an actor's ``name``, a
proposal's ``name``, a place's ``name``), and every assertion carries the character span of the
article text it came from.

>>> s = Span(start=0, end=5, text="Hello")
>>> s.end - s.start
5
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

ActorType = Literal["Person", "State", "Organization", "Group"]
PlaceKind = Literal["city", "region", "sea", "country", "building"]
StanceName = Literal["support", "oppose", "mixed", "conditional"]
TargetKind = Literal["proposal", "issue", "actor", "demand", "text"]
PLOVER_CATEGORIES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
PloverName = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Span(Record):
    """Character offsets into the article text; ``text == article.text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError("span end before start")
        return self


class ArticleMeta(Record):
    """An article as read from disk or HTTP, before extraction."""

    id: str = Field(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    text: str
    title: str = ""
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    language: str = "en"

    @property
    def content_hash(self) -> str:
        """Hash of everything that shapes the graph: text and metadata."""
        h = hashlib.sha256()
        for part in (self.text, self.title, str(self.published or ""), self.source or "", self.url or ""):
            h.update(part.encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()


class Relation(Record):
    kind: str  # "son-in-law", "adviser"
    to: str  # canonical name of the other actor
    evidence: Span | None = None  # the sentence that states it (graph/extract/grounds.py), if one does


class ActorRecord(Record):
    name: str
    type: ActorType
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    affiliations: list[str] = Field(default_factory=list)  # canonical actor names
    relations: list[Relation] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)
    acts: bool = True  # acts or speaks in the article (not merely mentioned)
    # affiliation name → the sentence that states it; an affiliation known only from the gazetteer has none
    affiliation_evidence: dict[str, Span] = Field(default_factory=dict)


class PlaceRecord(Record):
    name: str
    kind: PlaceKind = "city"
    aliases: list[str] = Field(default_factory=list)
    located_in: str | None = None
    seat_of: str | None = None  # actor this place stands for when it acts
    mentions: list[Span] = Field(default_factory=list)


class IssueRecord(Record):
    name: str  # preferred label, e.g. "security guarantees"
    broader: str | None = None
    aliases: list[str] = Field(default_factory=list)


class ProposalRecord(Record):
    name: str
    aliases: list[str] = Field(default_factory=list)
    proposers: list[str] = Field(default_factory=list)
    issues: list[str] = Field(default_factory=list)
    revision_of: str | None = None
    mentions: list[Span] = Field(default_factory=list)
    # the sentence stating each link, where one does (graph/extract/grounds.py): proposer or issue name → span
    proposer_evidence: dict[str, Span] = Field(default_factory=dict)
    issue_evidence: dict[str, Span] = Field(default_factory=dict)
    revision_evidence: Span | None = None


class EventRecord(Record):
    type: PloverName
    label: str
    mode: str | None = None
    sources: list[str] = Field(default_factory=list)
    targets: list[str] = Field(default_factory=list)
    place: str | None = None
    date: dt.date | None = None
    proposal: str | None = None
    evidence: Span


class PositionRecord(Record):
    holder: str
    stance: StanceName
    target: str  # short text of what the position is about
    target_kind: TargetKind = "text"
    target_ref: str | None = None  # canonical name of the proposal/issue/actor when known
    condition: str | None = None
    date: dt.date | None = None
    evidence: Span


class DemandRecord(Record):
    by: str
    of: list[str] = Field(default_factory=list)
    what: str
    issue: str | None = None
    condition: str | None = None
    date: dt.date | None = None
    evidence: Span


class DisputeRecord(Record):
    by: str
    evidence: Span


class ClaimRecord(Record):
    by: str
    claim: str
    about_event: int | None = None  # index into Extraction.events
    disputes: list[DisputeRecord] = Field(default_factory=list)
    date: dt.date | None = None
    evidence: Span


class StatementRecord(Record):
    speaker: str
    text: str
    direct: bool = True
    addressee: str | None = None
    date: dt.date | None = None
    evidence: Span


class Extraction(Record):
    """Everything one article says, ready for graph building."""

    article: ArticleMeta
    actors: list[ActorRecord] = Field(default_factory=list)
    places: list[PlaceRecord] = Field(default_factory=list)
    issues: list[IssueRecord] = Field(default_factory=list)
    proposals: list[ProposalRecord] = Field(default_factory=list)
    events: list[EventRecord] = Field(default_factory=list)
    positions: list[PositionRecord] = Field(default_factory=list)
    demands: list[DemandRecord] = Field(default_factory=list)
    claims: list[ClaimRecord] = Field(default_factory=list)
    statements: list[StatementRecord] = Field(default_factory=list)
