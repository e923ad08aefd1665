"""Text → records. No RDF here: see graph/build.py for that.

``extract(meta)`` reads one article and returns an :class:`~graph.records.Extraction`.
"""

from __future__ import annotations

from graph.extract.pipeline import extract

__all__ = ["extract"]
