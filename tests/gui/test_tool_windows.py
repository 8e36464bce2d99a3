"""The windows beside the review, driven through the real core on generated contracts:
Import Vendor Answers, Compare Vendors, Compare Versions and Portfolio."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from reviewer import api
from reviewer.gui.main_window import MainWindow
from reviewer.gui.settings import AppSettings
from reviewer.review import Status
from tests.fixtures import pdf_factory as pf
from tests.gui import RecordingPresenter, corpus_file

WAIT = 120_000


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
           ) -> Iterator[MainWindow]:
    monkeypatch.setenv("REVIEWER_DATA_DIR", str(tmp_path / "data"))
    w = MainWindow(AppSettings(), tmp_path / "data", RecordingPresenter())
    qtbot.addWidget(w)
    w.show()
    yield w
    for tool in list(w.tools.open_windows):
        getattr(tool, "cancel", lambda: None)()
    w.controller.cancel()
    w.state.undo_stack.setClean()
    w.state._extra_dirty = False


def _open(qtbot: QtBot, w: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(w.controller.reviewReady, timeout=WAIT):
        w.controller.open_path(path)
    qtbot.waitUntil(lambda: not w.controller.busy, timeout=WAIT)


def _returned_workbook(w: MainWindow, out: Path) -> Path:
    review = w.state.review
    assert review is not None
    sent = api.write_checklist_xlsx(review, out.with_name("sent.xlsx"),
                                    checklist=w.state.checklist)
    wb = openpyxl.load_workbook(sent)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    col = {h: header.index(h) + 1 for h in header}
    first = ws.cell(2, 1).value
    ws.cell(2, col["Vendor response"], "Yes, 24x7 with 15 minute response.")
    ws.cell(2, col["Your position"], "Agreed")
    ws.cell(3, col["Status"], "Covered by our SLA")
    ws.cell(ws.max_row + 1, col["Vendor response"], "Our standard terms prevail.")
    wb.save(out)
    assert isinstance(first, str)
    return out


def test_import_vendor_answers_preview_apply_undo(qtbot: QtBot, window: MainWindow,
                                                  tmp_path: Path) -> None:
    w = window
    _open(qtbot, w, pf.support_terms_pdf(tmp_path / "acme.pdf"))
    returned = _returned_workbook(w, tmp_path / "returned.xlsx")
    dialog = w.tools.import_answers(returned)
    with qtbot.waitSignal(dialog.previewReady, timeout=WAIT):
        pass
    groups = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert groups[0] == "New answers (1)"
    assert "Rows that match no item (not imported) (1)" in groups
    assert "Statuses the vendor edited (not imported) (1)" in groups
    assert dialog.apply_button.isEnabled()
    before = w.state.annotations
    dialog.apply_button.click()
    answered = [i for i, a in w.state.annotations.items.items() if a.vendor_response]
    assert len(answered) == 1
    assert w.state.annotations.item(answered[0]).vendor_response.startswith("Agreed: Yes, 24x7")
    marks = w.checklist_pane.model.index_of(answered[0], 2).data()
    assert "\u2713" in marks  # answered items get a mark
    w.actions_.undo.trigger()  # one undoable step
    assert w.state.annotations == before


def test_import_refuses_another_contracts_workbook(qtbot: QtBot, window: MainWindow,
                                                   tmp_path: Path) -> None:
    w = window
    _open(qtbot, w, pf.contract_pdf(tmp_path / "other.pdf", pages=2))
    other = _returned_workbook(w, tmp_path / "other-returned.xlsx")
    _open(qtbot, w, pf.support_terms_pdf(tmp_path / "acme.pdf"))
    dialog = w.tools.import_answers(other)
    with qtbot.waitSignal(dialog.previewReady, timeout=WAIT):
        pass
    assert "belongs to another contract" in dialog.summary.text()
    assert not dialog.apply_button.isEnabled()


@pytest.fixture(scope="module")
def three(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    d = tmp_path_factory.mktemp("vendors")
    return [corpus_file("veloxa-enterprise-sla-en", "pdf", d),
            corpus_file("pebble-chat-support-en", "docx", d),
            corpus_file("streamly-targets-en", "pdf", d)]


def test_compare_vendors_matrix_chart_evidence_export(qtbot: QtBot, window: MainWindow,
                                                      three: list[Path], tmp_path: Path) -> None:
    cw = window.tools.compare_vendors()
    cw.set_files(three)
    with qtbot.waitSignal(cw.comparisonReady, timeout=WAIT):
        assert cw.run()
    c = cw.comparison
    assert c is not None and not cw.error
    assert cw.matrix.columnCount() == 3 and cw.matrix.rowCount() == len(c.rows) + 1
    r = next(i for i, row in enumerate(c.rows, 1) if row.item_id == "response-times")
    cell = c.rows[r - 1].cells[0]
    item = cw.matrix.item(r, 0)
    assert item.text().startswith({Status.MET: "Met", Status.VAGUE: "Vague",
                                   Status.MISSING: "Missing"}[cell.status])
    assert ("\u2605" in item.text()) == cell.best
    cw.matrix.setCurrentCell(r, 0)
    text = cw.evidence.toPlainText()
    assert text.startswith(c.vendors[0].name) and (not cell.evidence
                                                   or cell.evidence[0].text[:30] in text)
    assert len(cw.chart.groups) == len(c.scorecards[0]) >= 2
    assert [len(g.scores) for g in cw.chart.groups] == [3] * len(cw.chart.groups)
    assert cw.sections.rowCount() == len(c.checklist.sections)
    out = tmp_path / "cmp.xlsx"
    with qtbot.waitSignal(cw.exported, timeout=WAIT):
        assert cw.export(out)
    assert openpyxl.load_workbook(out).sheetnames


def test_compare_versions_carries_notes_and_flags_rechecks(qtbot: QtBot, window: MainWindow,
                                                           tmp_path: Path) -> None:
    original = pf.support_terms_pdf(tmp_path / "v1.pdf")
    review = api.review(original)
    f = next(f for f in review.findings if f.status is Status.VAGUE)
    ann = api.new_saved_review(review, original).annotations.with_item(
        f.item_id, note="push for 30 min", status_override=Status.MET)
    saved = tmp_path / "v1.review.json"
    api.save_review_file(saved, api.new_saved_review(review, original, ann))
    revised = pf.contract_pdf(tmp_path / "v2.pdf", pages=2)
    vw = window.tools.compare_versions(saved, revised)
    with qtbot.waitSignal(vw.diffReady, timeout=WAIT):
        pass
    d = vw.diff
    assert d is not None and not vw.error
    assert vw.table.rowCount() == len(d.items)
    row = next(i for i, it in enumerate(d.items) if it.item_id == f.item_id)
    assert vw.table.item(row, 4).text() == "push for 30 min"  # note carried over
    vw.table.setCurrentCell(row, 0)
    assert "push for 30 min" in vw.detail.toPlainText()
    changed = [i for i, it in enumerate(d.items) if it.change != "same"]
    assert changed and "\u2192" in vw.status.text()
    # Fact changes ("Severity 1 response 4 h -> 1 h") follow the UI language.
    facts = next(i for i, it in enumerate(d.items) if it.fact_changes)
    vw.table.setCurrentCell(facts, 0)
    assert d.items[facts].fact_changes[0].en in vw.detail.toPlainText()
    window.switch_language("zh")
    vw.table.setCurrentCell(facts, 0)
    assert d.items[facts].fact_changes[0].zh in vw.detail.toPlainText()
    window.switch_language("en")


def test_portfolio_runs_a_folder_and_skips_unchanged(qtbot: QtBot, window: MainWindow,
                                                     three: list[Path], tmp_path: Path) -> None:
    folder = tmp_path / "contracts"
    folder.mkdir()
    for p in three:
        shutil.copy(p, folder / p.name)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    opened: list[str] = []
    pw = window.tools.portfolio(folder)
    pw.on_open = opened.append
    with qtbot.waitSignal(pw.batchDone, timeout=WAIT):
        pass
    assert pw.result is not None and pw.result.total == 4 and pw.result.failed_total == 1
    assert pw.table.rowCount() == 4 and pw.rows_seen == 4
    files = {pw.table.item(r, 0).text() for r in range(4)}
    assert files == {p.name for p in three} | {"broken.pdf"}
    errors = [pw.table.item(r, 6).text() for r in range(4)]
    assert sum(1 for e in errors if e) == 1
    pw.table.sortItems(2)  # by score
    scores = [pw.table.item(r, 2).data(0x0100) for r in range(4)]
    numeric = [s for s in scores if isinstance(s, float)]
    assert numeric == sorted(numeric)
    pw._open_row(0, 0)
    assert opened and Path(opened[0]).parent == folder
    with qtbot.waitSignal(pw.batchDone, timeout=WAIT):
        assert pw.run()
    assert pw.result.skipped == 4 and pw.result.reviewed == 0  # unchanged files skipped
    # The Chinese UI shows the core's texts in Chinese: the error and the deviations.
    window.switch_language("zh")
    broken = next(r for r in range(4) if pw.table.item(r, 0).text() == "broken.pdf")
    assert pw.table.item(broken, 6).text().startswith("无法审阅此合同")
    deviations = [pw.table.item(r, 10).text() for r in range(4) if pw.table.item(r, 10).text()]
    assert all(not any(c.isascii() and c.isalpha() for c in d[:4]) for d in deviations)
    window.switch_language("en")
    assert pw.table.item(broken, 6).text() == pw.result.rows[
        [row["file"] for row in pw.result.rows].index("broken.pdf")]["error"]


def test_help_has_the_guide_and_the_shortcuts(window: MainWindow) -> None:
    guide = window.tools.show_help("guide")
    assert "Import Vendor Answers" in guide.browser.toPlainText()
    keys = window.tools.show_help("shortcuts")
    rows = {keys.table.item(r, 0).text(): keys.table.item(r, 1).text()
            for r in range(keys.table.rowCount())}
    assert rows["Import Vendor Answers"] == "Ctrl+I" and rows["Next Item Needing Attention"] == "F8"


def test_polish_language_docx_zoom_and_first_attention(qtbot: QtBot, window: MainWindow,
                                                       tmp_path: Path) -> None:
    from tests.fixtures import docx_factory as df

    w = window
    contract = df.support_terms_docx(tmp_path / "acme.docx") if hasattr(
        df, "support_terms_docx") else corpus_file("pebble-chat-support-en", "docx", tmp_path)
    _open(qtbot, w, contract)
    # the first item needing attention is selected after the review
    f = w.state.finding(w.state.current_item)
    assert f is not None and w.state.effective_status(f) is not Status.MET
    # zoom works on a DOCX contract
    pane = w.document_pane
    assert pane.format == "docx" and pane.zoom_in_button.isVisibleTo(pane)
    before = pane.docx.font().pointSizeF()
    w.actions_.zoom_in.trigger()
    assert pane.docx.font().pointSizeF() > before
    w.actions_.fit_width.trigger()
    assert pane.docx.font().pointSizeF() == before
    # switching the language relabels the document pane and the search boxes at once
    from PySide6.QtWidgets import QApplication

    from reviewer.gui.i18n import Translations

    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    w.language_switcher = translations.set_language
    compare = w.tools.compare_vendors()
    w.switch_language("zh")
    try:
        assert pane.fit_button.text() != "Fit width"
        assert w.checklist_pane.search.placeholderText() != "Search items, reasons and notes"
        assert compare.compare_button.text() == "比较"
    finally:
        w.switch_language("en")
    assert pane.fit_button.text() == "Fit width"


def test_highlight_follows_status_and_selection_does_not_carry_over(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from reviewer.gui.status_style import HIGHLIGHTS

    w = window
    _open(qtbot, w, pf.support_terms_pdf(tmp_path / "acme.pdf"))
    for status in (Status.MET, Status.VAGUE):
        f = next((f for f in w.state.review.findings  # type: ignore[union-attr]
                  if f.status is status and f.evidence), None)
        if f is None:
            continue
        w.checklist_pane.select_item(f.item_id)
        assert w.document_pane.pdf.highlight_colours == HIGHLIGHTS[status]
        w.commands.set_override(Status.MISSING)  # the colour follows the reviewer's status
        assert w.document_pane.pdf.highlight_colours == HIGHLIGHTS[Status.MISSING]
    assert "Met" in w.document_pane.legend.text()
    w.document_pane.pdf.set_selection(w.document_pane.pdf.highlights[:1])
    assert w.document_pane.pdf.selection_boxes
    _open(qtbot, w, pf.contract_pdf(tmp_path / "next.pdf", pages=2))
    assert w.document_pane.pdf.selection_boxes == ()
