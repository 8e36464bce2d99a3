"""A long PDF reviewed from a process with threads (the GUI's worker) runs in a
child process that shares it as `reviewer review` does (`pipeline.review_contract_apart`):
the same Review, progress, errors; Cancel ends the child and its own child."""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reviewer import pipeline
from reviewer.errors import Cancelled, ChecklistError, ReviewerError
from reviewer.ingest.pdf import PARALLEL_PAGES
from reviewer.progress import CancelToken
from tests.fixtures import pdf_factory as pf

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pf.contract_pdf(tmp_path_factory.mktemp("apart") / "long.pdf", pages=PARALLEL_PAGES + 6)


def on_a_thread(fn: Callable[[], Any]) -> Any:
    """``fn()`` on a second thread, as the GUI's worker runs it: this process then
    has two threads and never forks."""
    out: dict[str, Any] = {}

    def run() -> None:
        try:
            out["value"] = fn()
        except BaseException as exc:
            out["error"] = exc

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(240)
    if "error" in out:
        raise out["error"]
    return out["value"]


def family(pid: int) -> list[int]:
    """``pid`` and its descendants (Linux /proc)."""
    try:
        kids = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return [pid]
    return [pid] + [d for k in kids for d in family(int(k))]


def running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_a_long_pdf_reviewed_apart_is_the_command_lines_review(long_pdf: Path) -> None:
    expected = pipeline.review_contract(long_pdf)  # the CLI's pipeline, this process (single thread)
    steps: list[tuple[float, str]] = []
    documents: list[object] = []
    children: set[str] = set()

    def progress(fraction: float, message: str) -> None:
        steps.append((fraction, message))
        children.update(p.name for p in multiprocessing.active_children())

    review = on_a_thread(lambda: pipeline.review_contract_apart(
        long_pdf, "", progress=progress, on_document=documents.append))
    assert "reviewer-review" in children  # it did run apart
    assert review == expected
    assert review.findings == expected.findings and review.clauses == expected.clauses
    assert documents == [pipeline.read_contract(long_pdf)]
    assert any(m.startswith("Read ") for f, m in steps if f <= pipeline.READ_SHARE)
    assert any(m.startswith("Checked ") for _, m in steps) and steps[-1] == (1.0, "Review complete")
    fractions = [f for f, _ in steps]
    assert fractions == sorted(fractions)


def test_a_short_pdf_stays_in_this_process(tmp_path: Path) -> None:
    short = pf.contract_pdf(tmp_path / "short.pdf", pages=2)
    children: set[str] = set()
    review = on_a_thread(lambda: pipeline.review_contract_apart(
        short, "", progress=lambda f, m: children.update(
            p.name for p in multiprocessing.active_children())))
    assert not children
    assert review == pipeline.review_contract(short)


def test_an_error_in_the_child_is_the_same_error(long_pdf: Path) -> None:
    with pytest.raises(ChecklistError) as here:
        pipeline.review_contract(long_pdf, "no-such-checklist")
    with pytest.raises(ChecklistError) as apart:
        on_a_thread(lambda: pipeline.review_contract_apart(long_pdf, "no-such-checklist"))
    assert str(apart.value) == str(here.value)


@pytest.mark.parametrize("maker", [pf.garbage_pdf, pf.truncated_pdf])
def test_a_broken_pdf_gives_the_same_message(tmp_path: Path, maker: Callable[[Path], Path]) -> None:
    path = maker(tmp_path / "broken.pdf")

    def message(fn: Callable[[], Any]) -> str:
        try:
            fn()
        except ReviewerError as exc:
            return f"{type(exc).__name__}: {exc}"
        return "no error"

    assert message(lambda: on_a_thread(lambda: pipeline.review_contract_apart(path))) == \
        message(lambda: pipeline.review_contract(path))


def test_cancel_ends_the_child_and_its_own_child(tmp_path: Path) -> None:
    longer = pf.contract_pdf(tmp_path / "longer.pdf", pages=160)  # progress after each page or two
    cancel = CancelToken()
    seen: set[int] = set()

    def progress(fraction: float, message: str) -> None:
        for child in multiprocessing.active_children():
            if child.name == "reviewer-review" and child.pid is not None:
                seen.update(family(child.pid))
        if len(seen) >= 2:  # the child, and the child it forked to share the pages
            cancel.cancel()

    start = time.monotonic()
    with pytest.raises(Cancelled):
        on_a_thread(lambda: pipeline.review_contract_apart(longer, "", progress=progress,
                                                           cancel=cancel))
    assert len(seen) >= 2 and time.monotonic() - start < 60
    # Ended at once: the child killed, its own child at its next page (its results' pipe is
    # closed), not left to read its share of the pages to the end (seconds of work).
    deadline = time.monotonic() + 1
    while any(running(pid) for pid in seen) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(running(pid) for pid in seen)
    assert not multiprocessing.active_children()
    # No child of ours left unreaped (a zombie); the forkserver, if any, runs on.
    assert all(running(pid) for pid in family(os.getpid())[1:])


def test_a_review_child_killed_from_outside_says_so(tmp_path: Path) -> None:
    """kill -9 of the review child (what the kernel's out-of-memory killer does): the
    message says the review stopped and what to do, and does not name the reading's
    memory limit, which that child never had."""
    longer = pf.contract_pdf(tmp_path / "killed.pdf", pages=PARALLEL_PAGES + 6)
    killed: list[int] = []

    def progress(fraction: float, message: str) -> None:
        for child in multiprocessing.active_children():
            if child.name == "reviewer-review" and child.pid is not None and not killed:
                os.kill(child.pid, 9)
                killed.append(child.pid)

    with pytest.raises(ReviewerError) as stopped:
        on_a_thread(lambda: pipeline.review_contract_apart(longer, "", progress=progress))
    assert killed
    text = str(stopped.value)
    assert text.startswith("Reviewing killed.pdf stopped unexpectedly")
    assert "memory" in text and "Close other programs" in text
    assert "REVIEWER_" not in text and "too complex" not in text
    assert not multiprocessing.active_children()
