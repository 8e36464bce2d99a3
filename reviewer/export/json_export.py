"""The review as JSON: the spec's format plus the reviewer's work.

A thin, uniformly-named wrapper over `reviewer.export.review_json`, which owns the
format, so every export in this package has the same call shape.
"""

from __future__ import annotations

from pathlib import Path

from reviewer.annotations import Annotations
from reviewer.checklist.model import Checklist
from reviewer.export.review_json import write_review_json
from reviewer.language import Language
from reviewer.review import Review


def write_json(
    review: Review, path: str | Path, *, lang: Language = Language.EN,
    annotations: Annotations | None = None, checklist: Checklist | None = None,
) -> Path:
    """Write the JSON atomically. ``checklist`` is accepted for symmetry; unused."""
    write_review_json(review, path, lang, annotations or Annotations())
    return Path(path)
