"""Response and request models of the JSON API (they are also the OpenAPI schema at /docs)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

from graph.articles import read_date

T = TypeVar("T")


class ErrorOut(BaseModel):
    """The one error shape: every 4xx/5xx answer looks like this."""

    ok: bool = False
    error: str
    code: str
    status: int


class Evidence(BaseModel):
    """Where a fact comes from: the article and the exact text with its character offsets."""

    article: str
    text: str
    start: int
    end: int


class EntityRef(BaseModel):
    id: str
    iri: str
    kind: str
    name: str


class Assertion(BaseModel):
    """An event, position, demand, claim, dispute or statement, with its evidence."""

    model_config = ConfigDict(extra="allow")
    iri: str
    kind: str | None = None
    article: str | None = None
    published: str | None = None
    date: str | None = None
    date_source: str | None = Field(default=None, description="stated: `date` is the fact's own; article: none "
                                    "stated, so date filters, order and timelines use `published`")
    evidence: Evidence | None = None
    # events
    type: str | None = None
    label: str | None = None
    mode: str | None = None
    sources: list[EntityRef] = Field(default_factory=list)
    targets: list[EntityRef] = Field(default_factory=list)
    place: EntityRef | None = None
    proposal: EntityRef | None = None
    # positions
    holder: EntityRef | None = None
    stance: str | None = None
    target: EntityRef | None = None
    # demands, claims, statements
    text: str | None = None
    condition: str | None = None
    by: EntityRef | None = None
    of: list[EntityRef] = Field(default_factory=list)
    issue: EntityRef | None = None
    about_event: str | None = None
    disputes: list[Assertion] = Field(default_factory=list)
    speaker: EntityRef | None = None
    addressee: EntityRef | None = None
    direct: bool | None = None


class Page(BaseModel, Generic[T]):
    total: int
    limit: int
    offset: int
    items: list[T]


class ActorSummary(BaseModel):
    id: str
    iri: str
    name: str
    type: str
    aliases: list[str]
    roles: list[str]
    articles: list[str]


class AffiliationOut(EntityRef):
    evidence: list[Evidence] = Field(default_factory=list, description="the sentences that state it, one per "
                                     "article that does; none when it is known only from the gazetteer")


class RelationOut(BaseModel):
    kind: str
    to: EntityRef
    evidence: list[Evidence] = Field(default_factory=list, description="the sentences that state it")


class ActorDetail(ActorSummary):
    affiliations: list[AffiliationOut]
    relations: list[RelationOut]
    positions: list[Assertion]
    demands_made: list[Assertion]
    demands_received: list[Assertion]
    events: list[Assertion]
    claims: list[Assertion]
    statements: list[Assertion]
    disputes: list[Assertion] = Field(default_factory=list, description="others' claims this actor disputed")


class ProposalSummary(BaseModel):
    id: str
    iri: str
    name: str
    aliases: list[str]
    proposers: list[EntityRef]
    issues: list[EntityRef]
    revision_of: list[EntityRef]
    revised_by: list[EntityRef]
    articles: list[str]


class ProposalDetail(ProposalSummary):
    stances: dict[str, list[Assertion]]
    events: list[Assertion]


class ArticleSummary(BaseModel):
    id: str
    iri: str
    graph: str
    title: str
    published: str | None = None
    source: str | None = None
    url: str | None = None
    extractor_version: str | None = None
    content_hash: str | None = None
    counts: dict[str, int]


class ArticleDetail(ArticleSummary):
    text: str


class ArticleIn(BaseModel):
    """An article to ingest. Without ``id`` one is derived from the text."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1)
    id: str | None = Field(default=None, min_length=1, max_length=120, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    title: str = ""
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    language: str = "en"

    @field_validator("published", mode="before")
    @classmethod
    def _published(cls, value: Any) -> Any:
        """The pipeline's own date reader (graph.articles.read_date), checked here so that every
        bad date is one 422 with one hint (pydantic alone reads 20260301 as a timestamp "with a time")."""
        return read_date(value)


class IngestOut(BaseModel):
    ok: bool = True
    status: str  # added | replaced | unchanged
    article: str
    facts: dict[str, Any]


class PathNode(BaseModel):
    id: str
    iri: str
    kind: str
    name: str


class HopRelation(BaseModel):
    relation: str
    direction: str
    assertion: str | None
    article: str | None
    evidence: Evidence | None


class Hop(BaseModel):
    from_: PathNode = Field(alias="from")
    to: PathNode
    relations: list[HopRelation]
    model_config = ConfigDict(populate_by_name=True)


class PathOut(BaseModel):
    length: int
    nodes: list[PathNode]
    hops: list[Hop]


class PathsOut(BaseModel):
    from_: PathNode = Field(alias="from")
    to: PathNode
    paths: list[PathOut]
    model_config = ConfigDict(populate_by_name=True)


class NeighborNode(PathNode):
    distance: int


class NeighborEdge(BaseModel):
    source: str
    target: str
    relation: str
    assertion: str | None


class NeighborsOut(BaseModel):
    center: PathNode
    nodes: list[NeighborNode]
    edges: list[NeighborEdge]
    truncated: bool


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the error statuses a route answers with, all in the one error shape."""
    from http import HTTPStatus

    return {s: {"model": ErrorOut, "description": HTTPStatus(s).phrase} for s in statuses}


# what the protocol and export routes may answer besides success
PROTOCOL_ERRORS = error_responses(400, 403, 404, 406, 413, 415, 422, 503)
