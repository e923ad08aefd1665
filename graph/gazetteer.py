"""The gazetteer: known actors and places, from data files a user can extend.

``graph/data/gazetteer.json`` ships with Parley; ``PARLEY_GAZETTEER`` may name more JSON files
(``os.pathsep``-separated) in the same shape, whose entries add to or override the shipped ones.
"""

from __future__ import annotations

import functools
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from graph.errors import ParleyError


def fold(text: str) -> str:
    """Accents, case and punctuation dropped: the key two spellings of one name share ("Québec", "QUEBEC").

    >>> fold("Québec")
    'quebec'
    >>> fold("Ma'ariv")
    'ma-ariv'
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def folds_whole(name: str, key: str) -> bool:
    """Does ``key`` (the name folded) keep enough of ``name`` to stand for it? A mostly non-Latin name folds to
    almost nothing, so names of that kind are keyed apart by a hash, not by their fold.

    >>> folds_whole("Québec", "quebec"), folds_whole("Москва", "")
    (True, False)
    """
    return len(key) >= max(1, len(name.strip()) // 3)


@functools.lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Lookup key: case-folded, curly quotes straightened, a leading 'the' and a trailing 's dropped.

    >>> norm("The Kremlin’s")
    'kremlin'
    """
    # string methods, not regexes (norm runs for every n-gram the gazetteer is asked about, most of them new):
    # split/join is .strip() then re.sub(r"\s+", " ") (\s is str.isspace); then "^the " and "'s?$", once each
    t = " ".join(text.replace("\u2019", "'").replace("\u2018", "'").casefold().split())
    if t.startswith("the "):
        t = t[4:]
    if t.endswith("'s"):
        t = t[:-2]
    elif t.endswith("'"):
        t = t[:-1]
    return t.strip(" .,;:")


_POSSESSIVE = re.compile(r"'s?$")  # a trailing possessive, for _written_in_capitals


def _short_acronym(name: str) -> bool:
    """An alias of at most three capitals ("CAR", "U.N."): spelled out letter by letter, so written in capitals."""
    core = name.replace(".", "")
    return core.isalpha() and core.isupper() and len(core) <= 3


def _written_in_capitals(name: str) -> bool:
    """Whether the last word of ``name``, without a possessive, is in capitals ("the CAR's": yes; "Car": no)."""
    words = _POSSESSIVE.sub("", name.replace("\u2019", "'")).split()
    return bool(words) and words[-1].isupper()


@dataclass
class Entry:
    name: str
    kind: str  # "actor" or "place"
    type: str  # actor type or place kind
    aliases: list[str] = field(default_factory=list)
    adjectives: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    seat_of: str | None = None
    also_seat_of: list[str] = field(default_factory=list)  # "Brussels": the EU's too, where the EU is in the story
    located_in: str | None = None
    descriptors: list[str] = field(default_factory=list)  # "the bloc": only once the actor is named
    # a person's name on its own ("Mr Putin"): "" means the last word of the name; None means none, for
    # names whose last word is a common surname that stands for many people ("Silva", "Yi")
    surname: str | None = ""


@dataclass
class Gazetteer:
    entries: dict[str, Entry] = field(default_factory=dict)
    index: dict[str, Entry] = field(default_factory=dict)
    adjective_index: dict[str, Entry] = field(default_factory=dict)
    descriptor_index: dict[str, list[Entry]] = field(default_factory=dict)
    max_tokens: int = 1
    first_words: set[str] = field(default_factory=set)  # first word of every name: a cheap pre-filter
    # keys of short acronyms ("CAR", "WHO", "IS") no other form shares: they match capitals only, since
    # "Car exporters" and "Who" opening a sentence are words; longer ones say themselves as words ("Nato")
    caps_only: set[str] = field(default_factory=set)
    word_keys: set[str] = field(default_factory=set)  # keys some form other than a short acronym has

    def add(self, e: Entry) -> None:
        self.entries[e.name] = e
        for n in (e.name, *e.aliases):
            key = norm(n)
            self.index[key] = e
            # "the UN" is still the acronym UN: a leading article must not make "Un" (in "Kim Jong Un") a word form
            if _short_acronym(n[4:] if n[:4].lower() == "the " else n):
                if key not in self.word_keys:
                    self.caps_only.add(key)
            else:
                self.word_keys.add(key)
                self.caps_only.discard(key)
            self.max_tokens = max(self.max_tokens, len(n.split()))
            if key:
                self.first_words.add(re.split(r"[\s'\-.]", key)[0])
        for adj in e.adjectives:
            self.adjective_index[norm(adj)] = e
        for d in e.descriptors:
            self.descriptor_index.setdefault(norm(d), []).append(e)

    def lookup(self, name: str) -> Entry | None:
        key = norm(name)
        if key in self.caps_only and not _written_in_capitals(name):
            return None
        return self.index.get(key)

    def adjective(self, word: str) -> Entry | None:
        """The state or group an adjective stands for ("Russian" → Russia)."""
        return self.adjective_index.get(norm(word))


def _load_file(data: dict[str, Any], where: str) -> list[Entry]:
    out = []
    try:
        for a in data.get("actors", []):
            if a.get("type") not in ("Person", "State", "Organization", "Group"):
                raise ParleyError("E040", f"{where}: actor {a.get('name')!r} has type {a.get('type')!r}; "
                                  "expected Person, State, Organization or Group")
            out.append(Entry(name=a["name"], kind="actor", type=a["type"], aliases=a.get("aliases", []),
                             adjectives=a.get("adjectives", []), roles=a.get("roles", []),
                             affiliations=a.get("affiliations", []), descriptors=a.get("descriptors", []),
                             surname=a.get("surname", "")))
        for p in data.get("places", []):
            if p.get("kind", "city") not in ("city", "region", "sea", "country", "building"):
                raise ParleyError("E040", f"{where}: place {p.get('name')!r} has kind {p.get('kind')!r}; "
                                  "expected city, region, sea, country or building")
            out.append(Entry(name=p["name"], kind="place", type=p.get("kind", "city"), aliases=p.get("aliases", []),
                             seat_of=p.get("seat_of"), also_seat_of=p.get("also_seat_of", []),
                             located_in=p.get("located_in")))
    except KeyError as exc:
        raise ParleyError("E040", f"{where}: an entry lacks {exc}") from None
    return out


@functools.lru_cache(maxsize=4)
def load_gazetteer(extra: str | None = None) -> Gazetteer:
    """The shipped gazetteer plus the files named by ``extra`` (default: ``PARLEY_GAZETTEER``)."""
    g = Gazetteer()
    text = resources.files("graph.data").joinpath("gazetteer.json").read_text(encoding="utf-8")
    for e in _load_file(json.loads(text), "gazetteer.json"):
        g.add(e)
    extra = extra if extra is not None else os.environ.get("PARLEY_GAZETTEER", "")
    for path in filter(None, extra.split(os.pathsep)):
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ParleyError("E040", f"cannot read gazetteer {path}: {exc}") from None
        for e in _load_file(data, path):
            g.add(e)
    return g
