"""A long PDF opened in the window is reviewed in a child process that shares it
(`pipeline.review_contract_apart`): the same Review as the command line's pipeline,
progress shown, Cancel ends the child and leaves no process behind."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reviewer import pipeline
from reviewer.ingest.pdf import PARALLEL_PAGES
from tests.fixtures import pdf_factory as pf
from tests.gui import RecordingPresenter
from tests.gui.test_main_window import REVIEW_TIMEOUT, data_dir, make_window  # noqa: F401
from tests.test_review_apart import family, running

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def test_the_windows_review_of_a_long_pdf_is_the_command_lines(
        qtbot: QtBot, make_window, tmp_path: Path) -> None:  # noqa: F811
    path = pf.contract_pdf(tmp_path / "long.pdf", pages=PARALLEL_PAGES + 6)
    w = make_window()
    messages: list[str] = []
    children: set[str] = set()

    def progress(fraction: float, message: str) -> None:
        messages.append(message)
        children.update(p.name for p in multiprocessing.active_children())

    w.controller.progress.connect(progress)
    with qtbot.waitSignal(w.controller.reviewReady, timeout=REVIEW_TIMEOUT):
        w.controller.open_path(path)
    qtbot.waitUntil(lambda: not w.controller.busy)
    assert "reviewer-review" in children and messages
    assert w.state.review == pipeline.review_contract(path)
    assert w.state.document == pipeline.read_contract(path)


def test_cancel_of_a_long_review_ends_its_processes(qtbot: QtBot, make_window,  # noqa: F811
                                                    tmp_path: Path) -> None:
    path = pf.contract_pdf(tmp_path / "longer.pdf", pages=160)
    w = make_window()
    seen: set[int] = set()

    def progress(fraction: float, message: str) -> None:
        for child in multiprocessing.active_children():
            if child.name == "reviewer-review" and child.pid is not None:
                seen.update(family(child.pid))
        if len(seen) >= 2 and w.controller.busy:
            w.controller.cancel()

    w.controller.progress.connect(progress)
    w.controller.open_path(path)
    qtbot.waitUntil(lambda: not w.controller.busy, timeout=REVIEW_TIMEOUT)
    assert len(seen) >= 2 and w.state.review is None
    assert isinstance(w.presenter, RecordingPresenter) and not w.presenter.errors
    qtbot.waitUntil(lambda: not any(running(pid) for pid in seen), timeout=2000)
    qtbot.waitUntil(lambda: not multiprocessing.active_children(), timeout=5000)
    assert all(running(pid) for pid in family(os.getpid())[1:])  # no zombie of ours
