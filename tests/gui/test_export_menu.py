"""File > Export writes the vendor's files with the reviewer's corrections."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from reviewer.gui.export_menu import KINDS
from reviewer.gui.main_window import MainWindow
from reviewer.gui.settings import AppSettings
from reviewer.review import Status
from tests.fixtures import pdf_factory as pf
from tests.gui import RecordingPresenter


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
           ) -> Iterator[MainWindow]:
    monkeypatch.setenv("REVIEWER_DATA_DIR", str(tmp_path / "data"))
    w = MainWindow(AppSettings(), tmp_path, RecordingPresenter())
    qtbot.addWidget(w)
    contract = pf.support_terms_pdf(tmp_path / "acme.pdf")
    with qtbot.waitSignal(w.controller.reviewReady, timeout=60_000):
        w.controller.open_path(contract)
    qtbot.waitUntil(lambda: not w.controller.busy)
    yield w
    w.state.undo_stack.setClean()


def test_exports_include_overrides(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    w = window
    f = next(f for f in w.state.review.findings if f.status is Status.MISSING)  # type: ignore[union-attr]
    w.checklist_pane.select_item(f.item_id)
    w.commands.set_override(Status.VAGUE)
    xlsx = next(k for k in KINDS if k.key == "xlsx")
    assert w.exports.default_path(xlsx).name == "acme-checklist.xlsx"
    out = tmp_path / "out.xlsx"
    with qtbot.waitSignal(w.exports.exported, timeout=30_000):
        assert w.exports.export("xlsx", out)
    cells = [str(c.value) for ws in openpyxl.load_workbook(out).worksheets
             for row in ws.iter_rows() for c in row if c.value is not None]
    assert any(f.item_id in c for c in cells)
    for key, name in (("pdf-report", "r.pdf"), ("annotated", "commented.pdf"),
                      ("json", "r.json")):
        with qtbot.waitSignal(w.exports.exported, timeout=30_000):
            assert w.exports.export(key, tmp_path / name)
        assert (tmp_path / name).stat().st_size > 0
    assert not window.presenter.errors  # type: ignore[attr-defined]


def test_export_to_a_missing_folder_says_so(qtbot: QtBot, window: MainWindow,
                                            tmp_path: Path) -> None:
    assert window.exports.export("xlsx", tmp_path / "no" / "such" / "dir" / "x.xlsx")
    presenter = window.presenter
    assert isinstance(presenter, RecordingPresenter)
    qtbot.waitUntil(lambda: bool(presenter.errors), timeout=30_000)
    assert "does not exist" in presenter.errors[0][1]


def _cells(path: Path) -> str:
    return " ".join(str(c.value) for ws in openpyxl.load_workbook(path).worksheets
                    for row in ws.iter_rows() for c in row if c.value is not None)


def test_vendor_checklist_keeps_notes_out_unless_ticked(qtbot: QtBot, window: MainWindow,
                                                        tmp_path: Path) -> None:
    w = window
    f = next(f for f in w.state.review.findings if f.status is Status.MISSING)  # type: ignore[union-attr]
    w.state.edit(w.state.annotations.with_item(f.item_id, note="walk away below 99.9",
                                               status_override=Status.VAGUE,
                                               override_note="said on the call"), "edit")
    assert not w.exports.include_notes.isChecked()
    for key, name in (("xlsx", "vendor.xlsx"), ("internal-xlsx", "internal.xlsx")):
        with qtbot.waitSignal(w.exports.exported, timeout=30_000):
            assert w.exports.export(key, tmp_path / name)
    vendor, internal = _cells(tmp_path / "vendor.xlsx"), _cells(tmp_path / "internal.xlsx")
    assert "walk away" not in vendor and "said on the call" not in vendor
    assert "walk away below 99.9" in internal and "said on the call" in internal
    w.exports.include_notes.setChecked(True)
    with qtbot.waitSignal(w.exports.exported, timeout=30_000):
        assert w.exports.export("xlsx", tmp_path / "with-notes.xlsx")
    assert "walk away below 99.9" in _cells(tmp_path / "with-notes.xlsx")
