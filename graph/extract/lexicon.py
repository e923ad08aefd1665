"""The extractor's lexicons (reporting verbs, stance, demand cues, event triggers → PLOVER), from data.

``graph/data/lexicon.json`` and ``graph/data/events.json`` ship with Parley; ``PARLEY_LEXICON`` may
name another JSON file whose keys replace the shipped ones, so a user can extend the vocabulary without touching code.
A key ``K_more`` (in any of these files) extends ``K`` instead of replacing it: :func:`merge_more`.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable
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

    def cached(self, name: str, build: Callable[[dict[str, Any]], Any]) -> Any:
        """``build(self.raw)``, built once for this lexicon under ``name``. The cache lives on the lexicon
        itself (as :func:`functools.cached_property` does), so it dies with it and no other lexicon can see it."""
        store: dict[str, Any] | None = self.__dict__.get("_built")
        if store is None:  # (not setdefault: that builds a new empty dict on every call, and rules call this per token)
            store = self.__dict__["_built"] = {}
        if name not in store:
            store[name] = build(self.raw)
        return store[name]

    def words(self, *keys: str) -> frozenset[str]:
        """The word lists under ``keys`` as one set, built once for this lexicon (:meth:`cached`), so a membership
        test on a hot path is neither a list scan nor a set rebuilt on every call; a missing key adds nothing."""
        return self.cached("words:" + ",".join(keys), lambda raw: frozenset(w for key in keys for w in raw.get(key, [])))

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
    return Lexicon(merge_more(data))


def _extended(base: Any, more: Any) -> Any:
    """``base`` extended by ``more``: lists keep their order and gain the new items; tables gain the
    new keys and extend the lists they share; anything else is replaced by ``more``."""
    if isinstance(base, list) and isinstance(more, list):
        return base + [w for w in more if w not in base]
    if isinstance(base, dict) and isinstance(more, dict):
        out = dict(base)
        for k, v in more.items():
            out[k] = _extended(out[k], v) if k in out else v
        return out
    return more


def merge_more(data: dict[str, Any]) -> dict[str, Any]:
    """Fold every ``K_more`` key into ``K``, so that every reader of ``K`` sees the extensions that the
    data files (stance.json, demands_claims.json, a user's file) add to lexicon.json's lists. ``K_more``
    stays readable, so a reader that still merges it by hand gets the same set."""
    out = dict(data)
    held = set(data.get("unmerged_more_keys", []))  # extensions a reader is not ready for yet (lexicon.json says why)
    for key, more in data.items():
        if key.endswith("_more") and len(key) > len("_more") and key not in held:
            base = key[: -len("_more")]
            out[base] = _extended(out[base], more) if base in out else more
    return out
