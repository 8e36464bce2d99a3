"""The pipeline, start to end: read a contract, split it into clauses, judge it.

    read_contract(path)        -> Document        (reviewer.ingest)
    review_document(document)  -> Review          (reviewer.segment + reviewer.analysis)
    review_contract(path)      -> Review          both, with one progress bar
    review_contract_apart(path) -> Review         the same, a long PDF in a child process

The core packages that need a review (compare, session, batch) call these;
the front ends reach them through `reviewer.api`, which re-exports them.
Long work reports ``progress(fraction, message)`` and stops at the next
page/item when ``cancel`` is cancelled.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.clause import Clause
from reviewer.document import Document
from reviewer.progress import CancelToken, ProgressFn, no_progress
from reviewer.review import Review

if TYPE_CHECKING:
    from reviewer.checklist.model import Checklist
    from reviewer.checklist.resolve import ChecklistSpec

READ_SHARE = 0.7  # of a review's progress bar, the reading's part


def _scaled(progress: ProgressFn, start: float, end: float) -> ProgressFn:
    def report(fraction: float, message: str) -> None:
        progress(start + (end - start) * max(0.0, min(1.0, fraction)), message)

    return report


def resolve_checklist(spec: ChecklistSpec = None) -> Checklist:
    """`reviewer.checklist.resolve.resolve_checklist`, its modules imported on first use:
    a long PDF's review loads them while its pages are read (`review_contract`), where
    they cost half, not before the pages on the way to reading them."""
    from reviewer.checklist.resolve import resolve_checklist as resolve

    return resolve(spec)


def read_contract(
    path: str | os.PathLike[str],
    password: str | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> Document:
    """Read a PDF or DOCX contract into a Document (text blocks and tables, located)."""
    from reviewer.ingest import read_document

    return read_document(path, password=password, progress=progress, cancel=cancel)


def split_clauses(document: Document) -> tuple[Clause, ...]:
    """The Document's numbered clauses, headings and parents."""
    from reviewer.segment import segment

    return segment(document)


def review_document(
    document: Document,
    checklist: ChecklistSpec = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> Review:
    """Segment an already-read Document and judge it against the checklist."""
    from reviewer.analysis.judge import judge_document
    from reviewer.ocr_evidence import guard_ocr_evidence

    progress = progress or no_progress
    cl = resolve_checklist(checklist)
    review = judge_document(document, split_clauses(document), cl, progress=progress, cancel=cancel)
    return guard_ocr_evidence(document, review, cl)


def _ready_to_judge() -> None:
    import reviewer.segment  # noqa: F401
    from reviewer.analysis.judge import judge_document  # noqa: F401
    from reviewer.analysis.relevance import load_model

    load_model()


def review_contract(
    path: str | Path,
    checklist: ChecklistSpec = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
    password: str | None = None,
    on_document: Callable[[Document], None] | None = None,
) -> Review:
    """Read, segment and judge one contract file.

    ``on_document`` is called with the Document as soon as it is read, before
    the judging (the GUI shows the first page while the review runs).
    """
    progress = progress or no_progress
    # A checklist named or given fails before reading; the bundled one (None) is
    # loaded while the pages are read, when they are shared (below).
    cl = resolve_checklist(checklist) if checklist not in (None, "") else None
    from reviewer import parallel

    # A long PDF's pages are shared with a second process: meanwhile this one
    # gets the judging ready (the first item would otherwise pay for it).
    if cl is None:
        parallel.meanwhile(resolve_checklist)
    parallel.meanwhile(_ready_to_judge)
    try:
        document = read_contract(path, password=password, progress=_scaled(progress, 0.0, READ_SHARE),
                                 cancel=cancel)
    finally:
        parallel.forget_meanwhile()
    cl = cl if cl is not None else resolve_checklist(None)  # parsed once per process
    if on_document is not None:
        on_document(document)
    result = review_document(document, cl, progress=_scaled(progress, READ_SHARE, 1.0), cancel=cancel)
    progress(1.0, "Review complete")
    return result


def review_contract_apart(
    path: str | Path,
    checklist: ChecklistSpec = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
    password: str | None = None,
    on_document: Callable[[Document], None] | None = None,
) -> Review:
    """`review_contract`, for a process with threads (the GUI's worker): a long PDF is
    reviewed in a single-threaded child process, which shares its pages and items with
    a forked child of its own as `reviewer review` does (a process with threads never
    forks: `reviewer.parallel`). The same Review, errors and progress; Cancel kills
    the child (and its own child) at once.

    Short files stay here (a child costs ~0.1 s to start and send the Document back,
    more than sharing a short file saves), and so do suspicious PDFs (their reading
    already runs in a child under a budget: `reviewer.ingest.budget`) and a ``checklist``
    given as a Checklist (the child needs an id or a path, which it resolves itself).
    """
    p = Path(path)
    from reviewer.checklist.model import Checklist

    # A Checklist does not pickle (its patterns): the child resolves an id or a path itself.
    if isinstance(checklist, Checklist) or not _pays_apart(p, password):
        return review_contract(p, checklist, progress, cancel, password, on_document)
    from reviewer.ingest.budget import run_in_child

    return run_in_child(_review_in_child, (str(p), checklist, password), p.name, progress, cancel,
                        budgeted=False, on_partial=on_document)


def _pays_apart(path: Path, password: str | None) -> bool:
    """A plain PDF of PARALLEL_PAGES or more, from a process that cannot share it."""
    from reviewer import parallel

    if path.suffix.lower() != ".pdf" or parallel.only_thread() or not parallel.could_fork():
        return False
    from reviewer.ingest.budget import use_child
    from reviewer.ingest.pdf import PARALLEL_PAGES, PDFIUM_LOCK, pdfium

    try:
        if use_child(path):  # suspicious: read in a budgeted child as before
            return False
        with PDFIUM_LOCK:
            pdf = pdfium.PdfDocument(str(path), password=password)
            try:
                return len(pdf) >= PARALLEL_PAGES
            finally:
                pdf.close()
    except Exception:  # encrypted, broken, too large: the reader here says so, as before
        return False


def _review_in_child(path: str, checklist: ChecklistSpec, password: str | None,
                     progress: ProgressFn, partial: Callable[[Document], None] | None = None
                     ) -> Review:
    return review_contract(path, checklist, progress, password=password, on_document=partial)
