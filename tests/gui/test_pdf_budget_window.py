"""A PDF built to stall PDFium, opened in the window: read in a child process from
the GUI's worker thread (a forkserver), ended by its memory budget, shown as a
message; the window stays usable."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.gui import RecordingPresenter
from tests.gui.test_main_window import data_dir, make_window  # noqa: F401
from tests.hostile import pdf_cases

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def test_a_pdf_past_its_budget_is_a_dialog(qtbot: QtBot, make_window, tmp_path: Path,  # noqa: F811
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVIEWER_LIMIT_PDF_MEMORY_BYTES", str(96 * 1024 * 1024))
    path = tmp_path / "fanout.pdf"
    pdf_cases.xobject_fanout(path, small=True)
    w = make_window()
    presenter = w.presenter
    assert isinstance(presenter, RecordingPresenter)
    w.controller.open_path(path)
    qtbot.waitUntil(lambda: bool(presenter.errors), timeout=120_000)
    qtbot.waitUntil(lambda: not w.controller.busy, timeout=10_000)
    text = presenter.errors[-1][1]
    assert "PDF_MEMORY_BYTES" in text and "PDF printer" in text
