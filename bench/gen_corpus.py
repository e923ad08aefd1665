"""A synthetic corpus of news-like negotiation articles, varied enough to give the extractor work.

Articles are assembled from paragraph templates (meetings, threats, demands, quotes, claims and
disputes, positions on plans) filled with generated people, real and invented states, cities
and plans, with a headline and a sidecar holding the publication date.

Usage: python bench/gen_corpus.py 200 -o /tmp/corpus
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

FIRST = ["Anna", "Omar", "Li", "Maria", "Kofi", "Ingrid", "Ravi", "Elena", "Tomas", "Aiko", "Hassan", "Sofia",
         "Daniel", "Amina", "Pavel", "Grace", "Yusuf", "Lucia", "Arjun", "Nadia", "Viktor", "Chen", "Fatima"]
LAST = ["Keller", "Haddad", "Wei", "Santos", "Mensah", "Berg", "Menon", "Petrova", "Novak", "Tanaka", "Rahimi",
        "Okafor", "Lindqvist", "Moreau", "Kowalski", "Abdi", "Silva", "Ivanova", "Osei", "Nakamura", "Farouk"]
STATES = [("France", "French", "Paris"), ("Germany", "German", "Berlin"), ("China", "Chinese", "Beijing"),
          ("Iran", "Iranian", "Tehran"), ("Israel", "Israeli", "Jerusalem"), ("Lebanon", "Lebanese", "Beirut"),
          ("Sudan", "Sudanese", "Khartoum"), ("Egypt", "Egyptian", "Cairo"), ("Turkey", "Turkish", "Ankara"),
          ("Qatar", "Qatari", "Doha"), ("Norway", "Norwegian", "Oslo"), ("Kenya", "Kenyan", "Nairobi"),
          ("Brazil", "Brazilian", "Brasilia"), ("India", "Indian", "New Delhi"), ("Japan", "Japanese", "Tokyo")]
VENUES = ["Geneva", "Vienna", "Doha", "Oslo", "Istanbul", "Jeddah", "Addis Ababa", "Muscat", "Helsinki"]
ROLES = ["foreign minister", "chief negotiator", "envoy", "defence minister", "president", "prime minister"]
TOPICS = ["a ceasefire", "the exchange of prisoners", "humanitarian corridors", "sanctions relief",
          "border demarcation", "security guarantees", "tariff cuts", "a monitoring mission"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "at the weekend", "last week"]

PARAGRAPHS = [
    "{a} and {b} met in {venue} {day} for talks on {topic}, officials from both sides said.",
    "\u201cWe made some progress on {topic}, but there is a lot of work to be done,\u201d {a} told reporters "
    "after the {hours}-hour meeting.",
    "{b}, the {yadj} {rolb}, said {y} rejected the {plan} and would not accept any deal that ignored {topic2}.",
    "{x} demanded the withdrawal of {yadj} forces, an end to {topic2} and guarantees from {y}'s allies.",
    "The {xadj} {rola} threatened to impose new sanctions on {y} if the talks collapsed.",
    "{y} claimed its troops had taken control of the border town of {town}, though {xadj} officials later "
    "disputed the claim.",
    "Mr {alast} said the updated version of the {plan} \u201clooks better\u201d but that key issues remained.",
    "According to {b}, {y} was ready to discuss {topic} only if {x} agreed to {topic2}.",
    "{x} accused {y} of violating the previous truce and striking civilian areas near {town}.",
    "Diplomats in {capx} said a further round of talks could take place next month in {venue}.",
]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def article(rng: random.Random, n: int) -> tuple[str, dict]:
    (x, xadj, capx), (y, yadj, _capy) = rng.sample(STATES, 2)
    a, b = person(rng), person(rng)
    fill = {
        "a": a, "b": b, "alast": a.split()[-1], "x": x, "y": y, "xadj": xadj, "yadj": yadj, "capx": capx,
        "venue": rng.choice(VENUES), "day": rng.choice(DAYS), "topic": rng.choice(TOPICS),
        "topic2": rng.choice(TOPICS), "rola": rng.choice(ROLES), "rolb": rng.choice(ROLES),
        "plan": f"{rng.randint(5, 30)}-point plan", "town": rng.choice(LAST) + "sk", "hours": rng.randint(2, 9),
    }
    body = [f"{xadj} {fill['rola']} {a} holds talks with {yadj} envoy in {fill['venue']}"]
    for _ in range(rng.randint(10, 16)):
        body.append(rng.choice(PARAGRAPHS).format(**fill))
    published = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 330))
    return "\n".join(body) + "\n", {"published": published.isoformat(), "source": "synthetic"}


def write(count: int, folder: str | Path, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        text, meta = article(rng, i)
        p = out / f"syn_{i:05d}.txt"
        p.write_text(text, encoding="utf-8")
        p.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
        paths.append(p)
    return paths


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("count", type=int)
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args()
    write(args.count, args.output)
    print(f"{args.count} articles in {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
