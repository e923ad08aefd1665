"""The runnable examples in docstrings (networkx style) are documentation a reader copies: they must run."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _modules_with_examples() -> list[str]:
    out = []
    for pkg in ("graph", "api"):
        for info in pkgutil.walk_packages([str(ROOT / pkg)], prefix=f"{pkg}."):
            path = ROOT / (info.name.replace(".", "/") + ".py")
            if path.is_file() and ">>> " in path.read_text(encoding="utf-8"):
                out.append(info.name)
    return sorted(out)


MODULES = _modules_with_examples()


def test_examples_are_found() -> None:
    assert {"graph.build", "graph.gazetteer", "graph.export.gexf"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0
