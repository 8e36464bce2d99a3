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


def _paper_sizes(xlsx: Path) -> set[int]:
    """The paper of the printed sheets (the items and the Summary; a hidden
    list sheet behind the answer drop-down has no print setup)."""
    sheets = [ws for ws in openpyxl.load_workbook(xlsx).worksheets if ws.sheet_state == "visible"]
    assert len(sheets) >= 2
    return {int(ws.page_setup.paperSize or 0) for ws in sheets}


def _pdf_size(pdf: Path) -> tuple[int, int]:
    from pypdf import PdfReader

    box = PdfReader(str(pdf)).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


def test_paper_size_chosen_in_the_menu_is_used_and_kept(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # An A4 locale, so Letter can only come from the reviewer's choice.
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    w = window
    assert w.exports.paper_actions[""].isChecked()  # default: the locale's
    assert "A4" in w.exports.paper_actions[""].text()
    assert w.exports.paper_actions["letter"] in w.exports.paper_menu.actions()
    assert w.exports.paper_menu.menuAction() in w.exports.menu.actions()
    w.exports.paper_actions["letter"].trigger()  # what clicking the menu entry does
    assert w.exports.paper() == "letter"
    for key, name in (("xlsx", "vendor.xlsx"), ("internal-xlsx", "internal.xlsx"),
                      ("pdf-report", "report.pdf"), ("issue-list", "issues.pdf"),
                      ("docx-report", "report.docx")):
        with qtbot.waitSignal(w.exports.exported, timeout=30_000):
            assert w.exports.export(key, tmp_path / name)
    assert _paper_sizes(tmp_path / "vendor.xlsx") == {1}  # openpyxl: 1 Letter, 9 A4
    assert _paper_sizes(tmp_path / "internal.xlsx") == {1}
    assert _pdf_size(tmp_path / "report.pdf") == (612, 792)
    assert _pdf_size(tmp_path / "issues.pdf") == (792, 612)  # landscape Letter
    import docx

    section = docx.Document(str(tmp_path / "report.docx")).sections[0]
    assert round(section.page_width.mm, 1) == 215.9  # type: ignore[union-attr]
    assert not w.presenter.errors  # type: ignore[attr-defined]
    # Kept in the settings: a new window starts with Letter.
    assert AppSettings().export_paper() == "letter"
    again = MainWindow(AppSettings(), tmp_path, RecordingPresenter())
    qtbot.addWidget(again)
    assert again.exports.paper_actions["letter"].isChecked()
    assert again.exports.paper() == "letter"
    # No review open: nothing to export, but the paper can be chosen already.
    assert not again.exports.actions["xlsx"].isEnabled()
    assert again.exports.menu.isEnabled() and again.exports.paper_menu.isEnabled()
    again.exports.paper_actions["a4"].trigger()
    assert AppSettings().export_paper() == "a4"


def test_paper_follows_the_locale_until_chosen(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")  # a Letter locale
    w = window
    assert w.exports.paper() is None
    with qtbot.waitSignal(w.exports.exported, timeout=30_000):
        assert w.exports.export("pdf-report", tmp_path / "locale.pdf")
    assert _pdf_size(tmp_path / "locale.pdf") == (612, 792)
    w.exports.paper_actions["a4"].trigger()
    for key, name in (("pdf-report", "a4.pdf"), ("xlsx", "a4.xlsx")):
        with qtbot.waitSignal(w.exports.exported, timeout=30_000):
            assert w.exports.export(key, tmp_path / name)
    assert _pdf_size(tmp_path / "a4.pdf") == (595, 842)
    assert _paper_sizes(tmp_path / "a4.xlsx") == {9}
    w.exports.paper_actions[""].trigger()  # back to the locale's: nothing stored
    assert AppSettings().export_paper() == ""
