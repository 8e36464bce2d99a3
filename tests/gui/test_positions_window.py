"""Issue 15 in the window: choosing positions per item, and the redline / issue list exports.

A real DOCX contract is reviewed by the real pipeline in a real MainWindow;
the choices are made through the finding panel's combo, exported through
File > Export in the worker, and the DOCX is re-opened with python-docx.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from pytestqt.qtbot import QtBot

from reviewer import api
from reviewer.gui.export_menu import KINDS
from reviewer.gui.main_window import MainWindow
from reviewer.gui.settings import AppSettings
from tests.gui import RecordingPresenter

PARAGRAPHS = [
    "Support Terms", "1. Response",
    "1.1 The Vendor will respond to Severity 1 incidents promptly.",
    "1.2 Support is available 24x7 for Severity 1.",
    "2. Service level", "2.1 The Vendor will make the service available 99.5% of each month.",
    "3. Changes", "3.1 The Vendor may amend this SLA at any time, effective on publication on its website.",
    "4. Service credits",
    "4.1 Service credits are the sole and exclusive remedy for any failure to meet the availability commitment.",
]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def make_docx(path: Path) -> Path:
    d = docx.Document()
    for p in PARAGRAPHS:
        d.add_paragraph(p)
    d.save(str(path))
    return path


def open_window(qtbot: QtBot, tmp_path: Path, contract: Path) -> MainWindow:
    w = MainWindow(AppSettings(), tmp_path / "data", RecordingPresenter())
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.controller.reviewReady, timeout=60_000):
        w.controller.open_path(contract)
    qtbot.waitUntil(lambda: not w.controller.busy, timeout=30_000)
    return w


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setenv("REVIEWER_DATA_DIR", str(tmp_path / "data"))
    w = open_window(qtbot, tmp_path, make_docx(tmp_path / "acme.docx"))
    yield w
    qtbot.waitUntil(lambda: not w.controller.busy, timeout=30_000)  # no task outlives the test
    w.state.undo_stack.setClean()


def counts(path: Path) -> tuple[int, int, int]:
    """(w:ins, w:del, comments) in the DOCX, read back with python-docx."""
    ins, dels = api.count_revisions(path)
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        comments = z.read("word/comments.xml").decode() if "word/comments.xml" in names else ""
    return ins, dels, comments.count("<w:comment ")


def choose(w: MainWindow, item_id: str, choice: str) -> None:
    w.checklist_pane.select_item(item_id)
    combo = w.finding_panel.position.combo
    assert not w.finding_panel.position.isHidden()
    combo.setCurrentIndex(combo.findData(choice))


def test_choice_defaults_shows_text_and_is_undoable(window: MainWindow) -> None:
    w = window
    w.checklist_pane.select_item("response-times")
    panel = w.finding_panel.position
    assert panel.combo.currentData() == "preferred"  # hedged: the default asks for preferred
    assert "within 30 minutes" in w.finding_panel.details.toPlainText()  # {value} filled from the band
    choose(w, "response-times", "fallback")
    assert w.state.annotations.item("response-times").position == "fallback"
    assert "within 60 minutes" in w.finding_panel.details.toPlainText()
    w.state.undo_stack.undo()
    assert w.state.annotations.item("response-times").position == ""
    assert panel.combo.currentData() == "preferred"
    w.state.undo_stack.redo()
    assert panel.combo.currentData() == "fallback"


def test_choices_survive_save_and_reopen(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    choose(window, "response-times", "fallback")
    choose(window, "unilateral-amendment", "skip")
    saved = tmp_path / "acme.review.json"
    assert window.controller.save(saved)
    again = open_window(qtbot, tmp_path, saved)
    assert again.state.annotations.item("response-times").position == "fallback"
    again.checklist_pane.select_item("unilateral-amendment")
    assert again.finding_panel.position.combo.currentData() == "skip"


def test_choices_reach_recovery(window: MainWindow, tmp_path: Path) -> None:
    choose(window, "response-times", "fallback")
    window.controller.autosave_now()
    recovered = api.read_recovery(tmp_path / "data")
    assert recovered is not None
    assert recovered.saved.annotations.item("response-times").position == "fallback"


def export(qtbot: QtBot, w: MainWindow, key: str, path: Path) -> Path:
    with qtbot.waitSignal(w.exports.exported, timeout=60_000):
        assert w.exports.export(key, path)
    return path


def test_redline_export_honours_the_choices(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    w = window
    before = export(qtbot, w, "redline", tmp_path / "before.docx")
    b_ins, b_del, b_comments = counts(before)
    assert b_ins > 0 and b_del > 0 and b_comments > 0
    # Two choices: leave the amendment red flag out, ask only the fallback response time.
    choose(w, "unilateral-amendment", "skip")
    choose(w, "response-times", "fallback")
    after = export(qtbot, w, "redline", tmp_path / "after.docx")
    a_ins, a_del, a_comments = counts(after)
    assert a_ins > 0
    assert a_comments == b_comments - 1  # one change fewer, each change has its comment
    assert a_del < b_del  # the red flag's clause is no longer struck
    text_before = api.accept_all_text(before)
    text_after = api.accept_all_text(after)
    assert "may amend this SLA" not in text_before
    assert "may amend this SLA" in text_after
    assert "within 30 minutes" in text_before and "within 60 minutes" in text_after
    assert not w.presenter.errors  # type: ignore[attr-defined]


def test_issue_list_exports_both_formats(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    w = window
    item = w.state.checklist_item("availability")  # 99.5 %: high risk, on the one page
    assert item is not None
    asks = {p: api.position_text(item, p, "en").clause[:75] for p in ("preferred", "fallback")}  # type: ignore[union-attr]
    assert asks["preferred"] != asks["fallback"]

    def issue_text(name: str) -> str:
        out = export(qtbot, w, "issue-list", tmp_path / name)
        return "\n".join(c.text for t in docx.Document(str(out)).tables for row in t.rows
                         for c in row.cells)

    assert asks["preferred"] in issue_text("before.docx")
    choose(w, "availability", "fallback")
    after = issue_text("after.docx")
    assert asks["fallback"] in after and asks["preferred"] not in after
    pdf = export(qtbot, w, "issue-list", tmp_path / "issues.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")


def test_redline_of_a_pdf_contract_is_the_amendments_schedule(qtbot: QtBot, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.fixtures import pdf_factory as pf

    monkeypatch.setenv("REVIEWER_DATA_DIR", str(tmp_path / "data"))
    w = open_window(qtbot, tmp_path, pf.support_terms_pdf(tmp_path / "acme.pdf"))
    assert w.exports.default_path(next(k for k in KINDS if k.key == "redline")).name == "acme-redline.docx"
    choose(w, "response-times", "skip")
    out = export(qtbot, w, "redline", tmp_path / "acme-redline.docx")
    ins, _dels, comments = counts(out)
    text = api.accept_all_text(out)
    assert "Requested amendments" in text
    assert ins > 0 and comments > 0
    planned = api.plan_changes(w.state.review, w.state.checklist, w.state.annotations)  # type: ignore[arg-type]
    assert "response-times" not in {c.item_id for c in planned}
    assert comments == len(planned)
    w.state.undo_stack.setClean()


def test_a_traditional_contracts_redline_wording_is_shown_in_its_characters(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVIEWER_DATA_DIR", str(tmp_path / "data"))
    d = docx.Document()
    for p in ["技術支援條款", "第一條 回應", "1.1 乙方應盡快回應一級故障。", "第二條 條款變更",
              "2.1 乙方有權隨時修改本協議，修改後的條款公佈即生效。", "第三條 服務賠償",
              "3.1 服務賠償為甲方的唯一救濟。", "3.2 可用性以乙方系統記錄為準。", "第四條 暫停服務",
              "4.1 乙方有權隨時暫停服務，無需通知。"]:
        d.add_paragraph(p)
    d.save(str(tmp_path / "tw.docx"))
    w = open_window(qtbot, tmp_path, tmp_path / "tw.docx")
    w.checklist_pane.select_item("ticket-closure")
    shown = w.finding_panel.details.toPlainText()
    assert "工單" in shown and "工单" not in shown  # as the redline writes it
    w.checklist_pane.select_item("response-times")
    assert "在30分鐘內" in w.finding_panel.details.toPlainText()
    # In the contract's words: it writes 回應 and 技術支援, not 響應 and 支持.
    w.checklist_pane.select_item("response-clock")
    shown = w.finding_panel.details.toPlainText()
    assert "不視為回應" in shown and "響應" not in shown
    w.checklist_pane.select_item("support-scope")
    shown = w.finding_panel.details.toPlainText()
    assert "支援範圍" in shown and "支持範圍" not in shown
    qtbot.waitUntil(lambda: not w.controller.busy, timeout=30_000)
    w.state.undo_stack.setClean()
