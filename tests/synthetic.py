"""Small synthetic talks articles for the tests that ingest many of them (concurrency, crash safety):
random names from fixed lists, so every article is new to the store and the extractor has work."""

from __future__ import annotations

import random

TEMPLATE = (
    "{a} and {b} hold talks in {city}\n"
    "{a}, the foreign minister of {x}, met {b} of {y} in {city} on Tuesday, officials said.\n"
    "\"We discussed a ceasefire and the exchange of prisoners,\" {a} told reporters.\n"
    "{b} said {y} rejected the proposal but was ready for further talks{tail}.\n"
)
PEOPLE = ["Anna Keller", "Omar Haddad", "Li Wei", "Maria Santos", "Kofi Mensah", "Ingrid Berg",
          "Ravi Menon", "Elena Petrova", "Tomas Novak", "Aiko Tanaka"]
STATES = ["France", "Germany", "China", "Iran", "Israel", "Lebanon", "Sudan", "Ukraine", "Russia", "Egypt"]
CITIES = ["Geneva", "Doha", "Oslo", "Vienna", "Cairo", "Istanbul", "Nairobi", "Jeddah"]


def talks_text(rng: random.Random, *, accusation: bool = False) -> str:
    """One article: a meeting, a quote, a rejection and (optionally) an accusation."""
    a, b = rng.sample(PEOPLE, 2)
    x, y = rng.sample(STATES, 2)
    tail = f", and accused {x} of delays" if accusation else ""
    return TEMPLATE.format(a=a, b=b, x=x, y=y, city=rng.choice(CITIES), tail=tail)
