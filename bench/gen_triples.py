# ruff: noqa: B023, B007 -- the per-article closures are called within their own iteration
"""Synthetic Parley data shaped like ours, at any size (N-Quads, one named graph per article).

Each synthetic article holds what a real one does: the article node, mention annotations with
Web Annotation selectors, PLOVER events with sources/targets/places/dates, positions on
proposals, demands, claims with disputes — about 330 quads per article, plus shared entities.
Actor popularity is skewed (Zipf-like) so some actors sit in thousands of articles.

Usage: python bench/gen_triples.py 1000000 -o /tmp/kg-1m.nq
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator

B = "https://w3id.org/parley/"
P = B + "ns#"
PL = B + "plover#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
SCHEMA = "https://schema.org/"
DCT = "http://purl.org/dc/terms/"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
ORG = "http://www.w3.org/ns/org#"
ENT = B + "graph/entities"
PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
STANCES = ["support", "oppose", "mixed", "conditional"]
ACTOR_TYPES = ["Person"] * 6 + ["State", "Organization", "Group"]
SYLL = ["ka", "lo", "mi", "ra", "ten", "vo", "sha", "dri", "el", "an", "zu", "pe", "nor", "bel", "ix", "qua"]
QUADS_PER_ARTICLE = 330


def _name(rng: random.Random, words: int) -> str:
    return " ".join("".join(rng.choice(SYLL) for _ in range(rng.randint(2, 3))).title() for _ in range(words))


def _lit(v: str, dt: str | None = None) -> str:
    v = v.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{v}"^^<{dt}>' if dt else f'"{v}"'


def quads(target: int, seed: int = 42) -> Iterator[str]:
    rng = random.Random(seed)
    n_articles = max(1, target // QUADS_PER_ARTICLE)
    n_actors = max(20, n_articles // 5)
    n_places, n_props, n_issues = max(10, n_actors // 4), max(5, n_articles // 20), 60
    actors = [(f"{B}id/actor/a{i}", rng.choice(ACTOR_TYPES), _name(rng, 2)) for i in range(n_actors)]
    weights = [1 / (i + 1) ** 0.9 for i in range(n_actors)]
    places = [f"{B}id/place/p{i}" for i in range(n_places)]
    props = [f"{B}id/proposal/q{i}" for i in range(n_props)]
    issues = [f"{B}issue#i{i}" for i in range(n_issues)]
    for iri, typ, name in actors:
        yield f"<{iri}> <{RDF_TYPE}> <{P}{typ}> <{ENT}> ."
        yield f"<{iri}> <{SKOS}prefLabel> {_lit(name)} <{ENT}> ."
    for i, iri in enumerate(places):
        yield f"<{iri}> <{RDF_TYPE}> <{P}Place> <{ENT}> ."
        yield f"<{iri}> <{SKOS}prefLabel> {_lit(_name(rng, 1))} <{ENT}> ."
        yield f"<{iri}> <{P}placeType> <{P}City> <{ENT}> ."
    for i, iri in enumerate(props):
        yield f"<{iri}> <{RDF_TYPE}> <{P}Proposal> <{ENT}> ."
        yield f"<{iri}> <{SKOS}prefLabel> {_lit(f'{rng.randint(5, 40)}-point plan {i}')} <{ENT}> ."
    for i, iri in enumerate(issues):
        yield f"<{iri}> <{RDF_TYPE}> <{P}Issue> <{ENT}> ."
        yield f"<{iri}> <{SKOS}inScheme> <{P}issues> <{ENT}> ."
        yield f"<{iri}> <{SKOS}prefLabel> {_lit(f'issue {i}')} <{ENT}> ."
    for a in range(n_articles):
        aid = f"s{a:07d}"
        art, g = f"{B}id/article/{aid}", f"<{B}graph/article/{aid}>"
        day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        yield f"<{art}> <{RDF_TYPE}> <{SCHEMA}NewsArticle> {g} ."
        yield f"<{art}> <{DCT}identifier> {_lit(aid)} {g} ."
        yield f"<{art}> <{SCHEMA}headline> {_lit('Talks ' + _name(rng, 3))} {g} ."
        yield f"<{art}> <{SCHEMA}datePublished> {_lit(day, XSD + 'date')} {g} ."
        yield f"<{art}> <{P}contentHash> {_lit(f'{rng.getrandbits(256):064x}')} {g} ."
        cast = rng.choices(actors, weights=weights, k=8)
        spans = []

        def span(s: int, e: int) -> str:
            node = f"{art}/span/{s}-{e}"
            spans.append(node)
            return node

        for ai, (iri, _t, name) in enumerate(cast):
            yield f"<{art}> <{P}acts> <{iri}> {g} ."
            yield f"<{art}> <{P}mentioned> <{iri}> {g} ."
            yield f"<{iri}> <{SKOS}altLabel> {_lit(name.split()[-1])} {g} ."
            yield f"<{iri}> <{P}mentionCount> {_lit(str(rng.randint(1, 9)), XSD + 'integer')} {g} ."
            if ai % 3 == 0:
                yield f"<{iri}> <{ORG}memberOf> <{cast[-1][0]}> {g} ."
            for m in range(2):
                s = rng.randint(0, 5000)
                ann = f"{art}/mention/{s}-{s + 8}"
                yield f"<{ann}> <{RDF_TYPE}> <{OA}Annotation> {g} ."
                yield f"<{ann}> <{OA}hasBody> <{iri}> {g} ."
                yield f"<{ann}> <{OA}hasTarget> <{span(s, s + 8)}> {g} ."

        def assertion(kind: str, cls: str, k: int) -> tuple[str, str]:
            node = f"{art}/{kind}/{k}"
            s = rng.randint(0, 5000)
            return node, (f"<{node}> <{RDF_TYPE}> <{P}{cls}> {g} .\n<{node}> <{PROV}wasDerivedFrom> <{art}> {g} .\n"
                          f"<{node}> <{P}evidence> <{span(s, s + 120)}> {g} .\n"
                          f"<{node}> <{DCT}date> {_lit(day, XSD + 'date')} {g} .")

        for k in range(4):
            node, head = assertion("event", "Event", k)
            yield head
            yield f"<{node}> <{P}eventType> <{PL}{rng.choice(PLOVER)}> {g} ."
            yield f"<{node}> <{RDFS}label> {_lit('event ' + _name(rng, 2))} {g} ."
            yield f"<{node}> <{P}source> <{cast[k][0]}> {g} ."
            yield f"<{node}> <{P}target> <{cast[k + 4][0]}> {g} ."
            yield f"<{node}> <{P}place> <{rng.choice(places)}> {g} ."
        for k in range(3):
            node, head = assertion("position", "Position", k)
            prop = rng.choice(props)
            yield head
            yield f"<{node}> <{P}holder> <{cast[k][0]}> {g} ."
            yield f"<{node}> <{P}stance> <{P}{rng.choice(STANCES)}> {g} ."
            yield f"<{node}> <{P}target> <{prop}> {g} ."
            yield f"<{node}> <{P}text> {_lit('the plan ' + prop[-3:])} {g} ."
            yield f"<{art}> <{P}mentioned> <{prop}> {g} ."
        for k in range(2):
            node, head = assertion("demand", "Demand", k)
            yield head
            yield f"<{node}> <{P}demandedBy> <{cast[k][0]}> {g} ."
            yield f"<{node}> <{P}demandedOf> <{cast[k + 1][0]}> {g} ."
            yield f"<{node}> <{P}text> {_lit('ceasefire corridor ' + _name(rng, 1))} {g} ."
            yield f"<{node}> <{P}touchesIssue> <{rng.choice(issues)}> {g} ."
        node, head = assertion("claim", "Claim", 0)
        yield head
        yield f"<{node}> <{P}claimedBy> <{cast[0][0]}> {g} ."
        yield f"<{node}> <{P}text> {_lit('forces took ' + _name(rng, 1))} {g} ."
        for sp in dict.fromkeys(spans):
            s, e = sp.rsplit("/", 1)[1].split("-")
            yield f"<{sp}> <{RDF_TYPE}> <{OA}SpecificResource> {g} ."
            yield f"<{sp}> <{OA}hasSource> <{art}> {g} ."
            yield f"<{sp}> <{OA}hasSelector> <{sp}/quote> {g} ."
            yield f"<{sp}/quote> <{OA}exact> {_lit('text ' + s)} {g} ."
            yield f"<{sp}> <{OA}hasSelector> <{sp}/position> {g} ."
            yield f"<{sp}/position> <{OA}start> {_lit(s, XSD + 'integer')} {g} ."
            yield f"<{sp}/position> <{OA}end> {_lit(e, XSD + 'integer')} {g} ."


def write(target: int, path: str, seed: int = 42) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for chunk in quads(target, seed):
            fh.write(chunk)
            fh.write("\n")
            n += chunk.count("\n") + 1
    return n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("triples", type=int)
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args()
    n = write(args.triples, args.output, args.seed)
    print(f"{n} quads written to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
