"""The library API the CLI, the GUI and batch jobs share.

    review(path) -> Review

reads the contract, splits it into clauses and judges every checklist item.
Long work reports progress through ``progress(fraction, message)`` and stops
at the next page/item when ``cancel`` is cancelled.
"""

from __future__ import annotations

from pathlib import Path

from reviewer.checklist.model import Checklist
from reviewer.document import Document
from reviewer.progress import CancelToken, ProgressFn, no_progress
from reviewer.review import Review


def _scaled(progress: ProgressFn, start: float, end: float) -> ProgressFn:
    def report(fraction: float, message: str) -> None:
        progress(start + (end - start) * max(0.0, min(1.0, fraction)), message)

    return report


def load_checklist_or_default(checklist: Checklist | str | Path | None) -> Checklist:
    from reviewer.checklist import default_checklist, load_checklist

    if checklist is None:
        return default_checklist()
    if isinstance(checklist, Checklist):
        return checklist
    return load_checklist(checklist)


def review_document(
    document: Document,
    checklist: Checklist | str | Path | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> Review:
    """Segment an already-read Document and judge it against the checklist."""
    from reviewer.analysis.judge import judge_document
    from reviewer.segment import segment

    progress = progress or no_progress
    cl = load_checklist_or_default(checklist)
    clauses = segment(document)
    return judge_document(document, clauses, cl, progress=progress, cancel=cancel)


def review(
    path: str | Path,
    checklist: Checklist | str | Path | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
    password: str | None = None,
) -> Review:
    """Read, segment and judge one contract file."""
    from reviewer.ingest import read_document

    progress = progress or no_progress
    cl = load_checklist_or_default(checklist)  # fail on a bad checklist before reading
    document = read_document(
        path, password=password, progress=_scaled(progress, 0.0, 0.7), cancel=cancel
    )
    result = review_document(document, cl, progress=_scaled(progress, 0.7, 1.0), cancel=cancel)
    progress(1.0, "Review complete")
    return result
