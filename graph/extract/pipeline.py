"""First extraction: actors and places with their mentions, from spaCy NER plus the gazetteer.

Paragraphs are parsed one at a time (headlines and captions have no full stop). Names are
canonicalised by the gazetteer when known, and by surname for people ("Mr Putin" → "Vladimir
Putin") otherwise; capitals and seats of power that merely name a place stay places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.gazetteer import Gazetteer, load_gazetteer
from graph.nlp import load_nlp
from graph.records import ActorRecord, ArticleMeta, Extraction, PlaceRecord, Span

HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Sir|President|Prime Minister)\.?\s+")
ACTOR_LABELS = {"PERSON": "Person", "ORG": "Organization", "GPE": "State", "NORP": None}


@dataclass
class Paragraph:
    start: int
    text: str


@dataclass
class _Actor:
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    mentions: list[Span] = field(default_factory=list)


def paragraphs(text: str) -> list[Paragraph]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append(Paragraph(pos + lead, line.strip()))
        pos += len(line) + 1
    return out


def _clean_name(text: str) -> str:
    text = text.replace("\u2019", "'")
    text = re.sub(r"'s$", "", text).strip(" .,;:\"'“”")
    return HONORIFIC.sub("", text).strip()


def extract(meta: ArticleMeta, *, gazetteer: Gazetteer | None = None) -> Extraction:
    gaz = gazetteer or load_gazetteer()
    nlp = load_nlp()
    paras = paragraphs(meta.text)
    actors: dict[str, _Actor] = {}
    places: dict[str, PlaceRecord] = {}
    surnames: dict[str, str] = {}

    def span(p: Paragraph, s: int, e: int) -> Span:
        return Span(start=p.start + s, end=p.start + e, text=meta.text[p.start + s: p.start + e])

    for p, doc in zip(paras, nlp.pipe(p.text for p in paras), strict=True):
        for ent in doc.ents:
            if ent.label_ not in ACTOR_LABELS:
                continue
            surface = ent.text
            name = _clean_name(surface)
            if not name:
                continue
            sp = span(p, ent.start_char, ent.end_char)
            hit = gaz.lookup(name)
            if hit and hit.kind == "place":
                pr = places.setdefault(hit.name, PlaceRecord(name=hit.name, kind=hit.type,  # type: ignore[arg-type]
                                                            seat_of=hit.seat_of, located_in=hit.located_in))
                pr.mentions.append(sp)
                continue
            if hit:
                a = actors.setdefault(hit.name, _Actor(hit.name, hit.type))
            elif ent.label_ == "PERSON":
                parts = name.split()
                canon = surnames.get(parts[-1], name) if len(parts) == 1 else name
                if len(parts) > 1:
                    surnames.setdefault(parts[-1], name)
                a = actors.setdefault(canon, _Actor(canon, "Person"))
            elif ent.label_ == "ORG":
                a = actors.setdefault(name, _Actor(name, "Organization"))
            else:
                continue
            if surface != a.name:
                a.aliases.add(_clean_name(surface) if surface.startswith(("Mr ", "Ms ")) else surface)
            a.mentions.append(sp)

    # merge single-token persons seen before their full name
    for key in list(actors):
        a = actors[key]
        if a.type == "Person" and " " not in key and key in surnames and surnames[key] != key:
            full = actors.get(surnames[key])
            if full is not None:
                full.mentions.extend(a.mentions)
                full.aliases |= a.aliases | {key}
                del actors[key]

    records = [
        ActorRecord(name=a.name, type=a.type, aliases=sorted(a.aliases - {a.name}),  # type: ignore[arg-type]
                    mentions=sorted(a.mentions, key=lambda s: s.start))
        for a in actors.values()
    ]
    return Extraction(article=meta, actors=records, places=list(places.values()))
