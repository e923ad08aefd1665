"""The extractor's lexicons (reporting verbs, stance, demand cues, event triggers → PLOVER), from data.

``graph/data/lexicon.json`` and ``graph/data/events.json`` ship with Parley; ``PARLEY_LEXICON`` may
name another JSON file whose keys replace the shipped ones, so a user can extend the vocabulary without touching code.
"""

from __future__ import annotations

import functools
import json
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from graph.errors import ParleyError


@dataclass(frozen=True)
class Lexicon:
    raw: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.raw[key]

    @functools.cached_property
    def reporting(self) -> frozenset[str]:
        return frozenset(self.raw["reporting_verbs"])

    @functools.cached_property
    def role_words(self) -> frozenset[str]:
        return frozenset(self.raw["role_words"])

    @functools.cached_property
    def role_heads(self) -> frozenset[str]:
        return frozenset(w.split()[-1] for w in self.raw["role_words"])

    def role_synonyms(self, word: str) -> set[str]:
        out = {word}
        for group in self.raw["role_synonyms"]:
            if word in group:
                out |= set(group)
        return out


# lexicon.json holds speech, stance, demand and actor vocabulary; events.json the event triggers;
# stance.json extra stance and proposal vocabulary (its *_more keys extend lexicon.json's lists);
# demands_claims.json extra demand and claim vocabulary (likewise).
_SHIPPED = ("lexicon.json", "events.json", "stance.json", "demands_claims.json")


@functools.lru_cache(maxsize=2)
def load_lexicon(extra: str | None = None) -> Lexicon:
    data: dict[str, Any] = {}
    for name in _SHIPPED:
        data.update(json.loads(resources.files("graph.data").joinpath(name).read_text(encoding="utf-8")))
    extra = extra if extra is not None else os.environ.get("PARLEY_LEXICON", "")
    if extra:
        try:
            data.update(json.loads(Path(extra).read_text(encoding="utf-8")))
        except (OSError, json.JSONDecodeError) as exc:
            raise ParleyError("E041", f"cannot read lexicon {extra}: {exc}") from None
    return Lexicon(data)
