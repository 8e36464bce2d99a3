"""The real window, offscreen, on real generated contracts and the real pipeline."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QRectF, QTimer
from pytestqt.qtbot import QtBot

from reviewer.gui.clause_pane import ClauseRole
from reviewer.gui.crash_handler import install_excepthook
from reviewer.gui.main_window import MainWindow
from reviewer.gui.messages import SaveChoice
from reviewer.gui.results_model import StatusRole
from reviewer.gui.settings import AppSettings
from reviewer.review import Status
from reviewer.session import list_recoveries, load_review_file
from tests.fixtures import docx_factory as df
from tests.fixtures import pdf_factory as pf
from tests.gui import RecordingPresenter

REVIEW_TIMEOUT = 60_000


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "appdata"
    d.mkdir()
    monkeypatch.setenv("REVIEWER_DATA_DIR", str(d))
    return d


@pytest.fixture
def make_window(qtbot: QtBot, data_dir: Path) -> Iterator:  # type: ignore[type-arg]
    made: list[MainWindow] = []

    def make(presenter: RecordingPresenter | None = None) -> MainWindow:
        w = MainWindow(AppSettings(), data_dir, presenter or RecordingPresenter())
        qtbot.addWidget(w)
        w.resize(1400, 900)
        w.show()
        qtbot.waitExposed(w)
        made.append(w)
        return w

    yield make
    for w in made:
        w.controller.cancel()
        w.state.undo_stack.setClean()
        w.state._extra_dirty = False


def open_and_wait(qtbot: QtBot, w: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(w.controller.reviewReady, timeout=REVIEW_TIMEOUT):
        w.controller.open_path(path)
    qtbot.waitUntil(lambda: not w.controller.busy)


def presenter(w: MainWindow) -> RecordingPresenter:
    assert isinstance(w.presenter, RecordingPresenter)
    return w.presenter


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pf.contract_pdf(tmp_path_factory.mktemp("long") / "long-contract.pdf", pages=12)


def test_selecting_an_item_scrolls_to_its_evidence(qtbot: QtBot, make_window, long_pdf: Path
                                                   ) -> None:
    w = make_window()
    open_and_wait(qtbot, w, long_pdf)
    review = w.state.review
    assert review is not None and review.findings
    assert w.windowTitle().startswith("long-contract.pdf")
    # the finding whose evidence lies furthest into the document
    with_boxes = [f for f in review.findings if f.evidence and f.evidence[0].location.boxes]
    target = max(with_boxes, key=lambda f: (f.evidence[0].location.boxes[0].page,
                                            f.evidence[0].location.boxes[0].top))
    box = target.evidence[0].location.boxes[0]
    assert box.page > 1, "the fixture should put some evidence beyond page 1"
    w.checklist_pane.select_item(target.item_id)
    assert w.state.current_item == target.item_id
    pdf = w.document_pane.pdf
    assert pdf.verticalScrollBar().value() > 0
    rect = pdf.box_rect(box)
    visible = QRect(0, pdf.verticalScrollBar().value(), pdf.viewport().width(),
                    pdf.viewport().height())
    assert visible.intersects(rect)
    assert box in pdf.highlights
    assert box.page in pdf.visible_pages()
    qtbot.waitUntil(lambda: pdf.cached(box.page - 1) is not None, timeout=5000)
    # the detail panel explains the decision
    assert target.reasons[0].en in w.finding_panel.details.toPlainText()


def test_the_read_document_is_out_of_the_collectors_sight(qtbot: QtBot, make_window,
                                                           tmp_path: Path) -> None:
    """The contract's Document is frozen (gc.freeze) when it arrives, so the full garbage
    collection a long review triggers in the worker does not scan it while holding the GIL
    (a stall of the window; benchmarks/bench_gui.py). Frozen, it is still freed by refcount."""
    import gc

    w = make_window()
    open_and_wait(qtbot, w, pf.support_terms_pdf(tmp_path / "acme.pdf"))
    document = w.state.document
    assert document is not None and gc.is_tracked(document)
    assert not any(o is document for o in gc.get_objects())  # not in generations 0-2
    assert gc.get_freeze_count() > 0


def test_override_save_reopen(qtbot: QtBot, make_window, tmp_path: Path) -> None:
    contract = pf.support_terms_pdf(tmp_path / "acme.pdf")
    w = make_window()
    open_and_wait(qtbot, w, contract)
    f = next(f for f in w.state.review.findings if f.status is not Status.MET)  # type: ignore[union-attr]
    w.checklist_pane.select_item(f.item_id)
    w.actions_.override[Status.MET].trigger()
    w.finding_panel.override_note.setText("Annex B covers it")
    w.finding_panel.override_note.textEdited.emit("Annex B covers it")
    qtbot.keyClicks(w.finding_panel.note, "ask for the time zone")
    w.actions_.asked_vendor.trigger()
    ann = w.state.annotations.item(f.item_id)
    assert ann.status_override is Status.MET and ann.asked_vendor
    assert ann.note == "ask for the time zone"
    assert w.state.is_dirty and w.windowTitle().startswith("acme.pdf *")
    # typing a note is one undo step; undo/redo walk the edits
    assert w.state.undo_stack.count() == 4
    w.actions_.undo.trigger()
    assert not w.state.annotations.item(f.item_id).asked_vendor
    w.actions_.redo.trigger()
    assert w.state.annotations.item(f.item_id).asked_vendor

    target = tmp_path / "acme.review.json"
    assert w.controller.save(target)
    assert not w.state.is_dirty
    saved = load_review_file(target)
    assert saved.annotations.item(f.item_id).status_override is Status.MET
    assert saved.review == w.state.review

    w2 = make_window()
    assert w2.controller.open_review_file(target)
    qtbot.waitUntil(lambda: not w2.controller.busy, timeout=REVIEW_TIMEOUT)
    idx = w2.checklist_pane.model.index_of(f.item_id, 1)
    assert idx.data(StatusRole) == "met"
    assert "tool" in idx.data()  # "Met (tool: Vague)": the original decision stays visible
    w2.checklist_pane.select_item(f.item_id)
    assert w2.finding_panel.note.toPlainText() == "ask for the time zone"
    assert w2.finding_panel.override_note.text() == "Annex B covers it"
    assert "the tool said" in w2.finding_panel.details.toPlainText()
    assert w2.document_pane.format == "pdf" and w2.document_pane.pdf.page_count >= 2
    assert not presenter(w2).errors


@pytest.mark.parametrize("maker, expected", [
    (pf.garbage_pdf, "pdf"),
    (pf.truncated_pdf, "pdf"),
])
def test_bad_contract_shows_error_dialog(qtbot: QtBot, make_window, tmp_path: Path, maker,
                                         expected: str) -> None:
    w = make_window()
    path = maker(tmp_path / "broken.pdf")
    w.controller.open_path(path)
    qtbot.waitUntil(lambda: bool(presenter(w).errors) or w.state.review is not None,
                    timeout=REVIEW_TIMEOUT)
    if w.state.review is None:  # a truncated file may still be readable
        _title, text, details = presenter(w).errors[0]
        assert "broken.pdf" in text and expected in text.lower()
        assert not details  # a user error, not a crash: no traceback
    assert not w.controller.busy


def test_wrong_kind_of_file_and_missing_file(make_window, tmp_path: Path) -> None:
    w = make_window()
    notes = tmp_path / "notes.txt"
    notes.write_text("hello", encoding="utf-8")
    w.controller.open_path(notes)
    w.controller.open_path(tmp_path / "nowhere.pdf")
    broken = tmp_path / "x.review.json"
    broken.write_text("{not json", encoding="utf-8")
    w.controller.open_path(broken)
    texts = [e[1] for e in presenter(w).errors]
    assert "not a PDF or Word" in texts[0]
    assert "does not exist" in texts[1]
    assert "damaged" in texts[2]


def test_encrypted_pdf_asks_for_password(qtbot: QtBot, make_window, tmp_path: Path) -> None:
    path = pf.encrypted_pdf(tmp_path / "locked.pdf", password="s3cret")
    w = make_window(RecordingPresenter(password_answers=["wrong", "s3cret"]))
    with qtbot.waitSignal(w.controller.reviewReady, timeout=REVIEW_TIMEOUT):
        w.controller.open_path(path)
    assert presenter(w).passwords == [("locked.pdf", False), ("locked.pdf", True)]
    assert w.state.review is not None and w.document_pane.pdf.page_count == 1
    assert not presenter(w).errors


def test_docx_evidence_and_selection_as_evidence(qtbot: QtBot, make_window, tmp_path: Path
                                                 ) -> None:
    path = df.english_support_contract(tmp_path / "terms.docx")
    w = make_window()
    open_and_wait(qtbot, w, path)
    assert w.document_pane.format == "docx"
    review = w.state.review
    assert review is not None
    f = next(f for f in review.findings if f.evidence and f.evidence[0].location.index is not None)
    w.checklist_pane.select_item(f.item_id)
    docx = w.document_pane.docx
    selections = docx.extraSelections()
    assert selections
    highlighted = selections[0].cursor.selectedText()
    assert highlighted.strip() and highlighted.split()[0] in f.evidence[0].text + (
        f.evidence[0].clause_number or "")
    assert docx.position_visible(selections[0].cursor.selectionStart())
    # select some text and make it evidence for another item
    other = next(x for x in review.findings if x.status is Status.MISSING)
    w.checklist_pane.select_item(other.item_id)
    start, end = docx.ranges[(review.clauses[-1].location.index or 0, None)]
    cursor = docx.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(min(end, start + 20), cursor.MoveMode.KeepAnchor)
    docx.setTextCursor(cursor)
    w.actions_.use_selection.trigger()
    extra = w.state.annotations.item(other.item_id).extra_evidence
    assert len(extra) == 1 and extra[0].text == cursor.selectedText().strip()
    assert "added by you" in w.finding_panel.details.toPlainText()
    w.actions_.undo.trigger()
    assert not w.state.annotations.item(other.item_id).extra_evidence


def test_pdf_box_selection_as_evidence(qtbot: QtBot, make_window, tmp_path: Path) -> None:
    path = pf.support_terms_pdf(tmp_path / "acme.pdf")
    w = make_window()
    open_and_wait(qtbot, w, path)
    review = w.state.review
    assert review is not None
    clause = next(c for c in review.clauses if c.location.boxes and c.number == "2.2")
    b = clause.location.boxes[0]
    w.checklist_pane.select_item(review.findings[-1].item_id)
    w.document_pane.select_pdf_rect(b.page, QRectF(b.x0 + 5, b.top + 2, 50, 5))
    assert w.commands.use_selection_as_evidence()
    ev = w.state.annotations.item(review.findings[-1].item_id).extra_evidence[0]
    assert ev.clause_index == clause.index and ev.clause_number == "2.2"
    assert ev.location.boxes and ev.location.page == b.page


def test_document_warnings_show_in_the_bar(qtbot: QtBot, make_window, tmp_path: Path) -> None:
    path = df.tracked_changes_contract(tmp_path / "tracked.docx")
    w = make_window()
    open_and_wait(qtbot, w, path)
    doc = w.state.document
    assert doc is not None and doc.warnings
    assert w.notice.isVisible() and doc.warnings[0] in w.notice.label.text()


def test_autosave_and_recovery_after_a_kill(qtbot: QtBot, make_window, data_dir: Path,
                                            tmp_path: Path) -> None:
    contract = pf.support_terms_pdf(tmp_path / "acme.pdf")
    w = make_window()
    open_and_wait(qtbot, w, contract)
    w.controller._autosave.setInterval(50)
    item = w.state.review.findings[0].item_id  # type: ignore[union-attr]
    w.state.edit(w.state.annotations.with_item(item, note="unsaved thought"), "note")
    qtbot.waitUntil(lambda: bool(list_recoveries(data_dir)), timeout=3000)
    # the process "dies" here: nothing is closed or cleaned up
    w2 = make_window(RecordingPresenter(confirm_answer=True))
    assert w2.controller.offer_recovery()
    assert presenter(w2).confirms and "acme.pdf" in presenter(w2).confirms[0][1]
    assert w2.state.annotations.item(item).note == "unsaved thought"
    assert w2.state.is_dirty
    qtbot.waitUntil(lambda: w2.state.document is not None, timeout=REVIEW_TIMEOUT)
    # saving clears the recovery file
    assert w2.controller.save(tmp_path / "acme.review.json")
    assert not list_recoveries(data_dir)


def test_close_with_unsaved_changes_asks(qtbot: QtBot, make_window, tmp_path: Path) -> None:
    contract = pf.support_terms_pdf(tmp_path / "acme.pdf")
    w = make_window(RecordingPresenter(save_choice=SaveChoice.CANCEL))
    open_and_wait(qtbot, w, contract)
    item = w.state.review.findings[0].item_id  # type: ignore[union-attr]
    w.state.edit(w.state.annotations.with_item(item, note="keep me"), "note")
    assert not w.close()
    assert w.isVisible()
    presenter(w).save_choice = SaveChoice.SAVE
    w.state.review_file = tmp_path / "acme.review.json"
    assert w.close()
    assert load_review_file(tmp_path / "acme.review.json").annotations.item(item).note == "keep me"


def test_changed_contract_is_rerun_keeping_notes(qtbot: QtBot, make_window, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from reviewer import api

    reruns: list[Path] = []
    real_rerun = api.rerun

    def recording_rerun(saved, contract, *args, **kwargs):  # type: ignore[no-untyped-def]
        reruns.append(Path(contract))
        return real_rerun(saved, contract, *args, **kwargs)

    monkeypatch.setattr(api, "rerun", recording_rerun)  # a spy: the real re-run still runs
    contract = pf.support_terms_pdf(tmp_path / "acme.pdf")
    w = make_window()
    open_and_wait(qtbot, w, contract)
    item = w.state.review.findings[2].item_id  # type: ignore[union-attr]
    w.state.edit(w.state.annotations.with_item(item, note="my note",
                                               status_override=Status.MISSING), "edit")
    rf = tmp_path / "acme.review.json"
    assert w.controller.save(rf)
    pf.long_table_pdf(contract)  # the vendor sent a new version under the same name
    w2 = make_window(RecordingPresenter(confirm_answer=True))
    with qtbot.waitSignal(w2.controller.reviewReady, timeout=REVIEW_TIMEOUT):
        w2.controller.open_review_file(rf)
    assert "changed" in presenter(w2).confirms[0][1]
    assert reruns == [contract], "the GUI re-runs a changed contract through reviewer.api.rerun"
    ann = w2.state.annotations.item(item)
    assert ann.note == "my note" and ann.status_override is Status.MISSING
    assert w2.state.review != w.state.review
    assert w2.state.is_dirty
    assert w2.controller.save()
    assert load_review_file(rf).contract_sha256 != load_review_file(rf).review.document.path


def test_bad_checklist_names_file_and_line(make_window, tmp_path: Path) -> None:
    bad = tmp_path / "mine.yaml"
    bad.write_text("schema: contract-reviewer/checklist-1\nid: mine\nversion: 1\n"
                   "sections:\n  - id: x\n    wieght: 3\n", encoding="utf-8")
    w = make_window()
    assert not w.use_checklist(str(bad))
    _title, text, _ = presenter(w).errors[0]
    assert "mine.yaml" in text and "line" in text


def test_cancel_a_long_review(qtbot: QtBot, make_window, tmp_path: Path) -> None:
    path = pf.contract_pdf(tmp_path / "big.pdf", pages=60)
    w = make_window()
    messages: list[str] = []
    w.controller.statusMessage.connect(messages.append)
    w.controller.open_path(path)
    assert w.controller.busy and w.cancel_button.isVisibleTo(w)
    w.cancel_button.click()
    qtbot.waitUntil(lambda: not w.controller.busy, timeout=REVIEW_TIMEOUT)
    assert w.state.review is None
    assert any("Cancelled" in m for m in messages)
    assert not presenter(w).errors


def test_unexpected_exception_is_shown_logged_and_survived(qtbot: QtBot, make_window,
                                                          data_dir: Path) -> None:
    w = make_window()
    log = data_dir / "test.log"
    import logging

    handler = logging.FileHandler(log, encoding="utf-8")
    logging.getLogger("reviewer").addHandler(handler)
    old = sys.excepthook
    try:
        install_excepthook(lambda: w.presenter, log)

        def boom() -> None:
            raise RuntimeError("kaboom in a slot")

        QTimer.singleShot(0, boom)
        qtbot.waitUntil(lambda: bool(presenter(w).errors), timeout=3000)
    finally:
        sys.excepthook = old
        logging.getLogger("reviewer").removeHandler(handler)
        handler.close()
    _title, _text, details = presenter(w).errors[0]
    assert "kaboom in a slot" in details and "RuntimeError" in details
    assert "kaboom" in log.read_text(encoding="utf-8")
    assert w.isVisible()


def test_language_switch_and_settings_kept(qtbot: QtBot, make_window, data_dir: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from reviewer.gui.i18n import Translations

    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    w = make_window()
    w.language_switcher = translations.set_language
    try:
        w.switch_language("zh")
        assert w.file_menu.title() == "文件(&F)"
        assert w.checklist_pane.show_label.text() == "显示："
    finally:
        w.switch_language("en")
    assert w.file_menu.title() == "&File"
    w.splitter.setSizes([100, 700, 600])
    w.save_layout()
    ini = (data_dir / "settings.ini").read_text(encoding="utf-8")
    assert "language=en" in ini and "splitter" in ini
    w2 = make_window()
    assert w2.splitter.sizes()[0] == w.splitter.sizes()[0]


def test_recent_files(qtbot: QtBot, make_window, tmp_path: Path) -> None:
    contract = pf.support_terms_pdf(tmp_path / "acme.pdf")
    w = make_window()
    open_and_wait(qtbot, w, contract)
    assert str(contract.resolve()) == w.settings.recent_files()[0]
    titles = [a.text() for a in w.recent_menu.actions()]
    assert "acme.pdf" in titles




def test_clause_list_and_drop_to_open(qtbot: QtBot, make_window, long_pdf: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    w = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(long_pdf))])
    drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(w.controller.reviewReady, timeout=REVIEW_TIMEOUT):
        w.dropEvent(drop)
    qtbot.waitUntil(lambda: not w.controller.busy)
    review = w.state.review
    assert review is not None
    last = next(c for c in reversed(review.clauses) if c.location.boxes)
    pane = w.clause_pane
    pane.search.setText(last.text[:30])
    rows = [pane.proxy.index(r, 0) for r in range(pane.proxy.rowCount())]
    assert 1 <= len(rows) < len(review.clauses)
    target = next(i for i in rows if i.data(ClauseRole).index == last.index)
    pane.list.setCurrentIndex(target)
    pdf = w.document_pane.pdf
    assert pdf.highlights and pdf.highlights[0].page == last.location.boxes[0].page
    assert last.location.boxes[0].page in pdf.visible_pages()


def test_reasons_follow_the_ui_language(qtbot: QtBot, make_window, tmp_path: Path) -> None:
    w = make_window()
    open_and_wait(qtbot, w, pf.support_terms_pdf(tmp_path / "acme.pdf"))
    f = next(f for f in w.state.review.findings if f.reasons)  # type: ignore[union-attr]
    w.checklist_pane.select_item(f.item_id)
    assert f.reasons[0].en in w.finding_panel.details.toPlainText()
    w.switch_language("zh")
    try:
        assert f.reasons[0].zh in w.finding_panel.details.toPlainText()
    finally:
        w.switch_language("en")


def test_first_save_never_replaces_a_different_review_silently(qtbot: QtBot, make_window,
                                                               tmp_path: Path) -> None:
    contract = pf.support_terms_pdf(tmp_path / "acme.pdf")
    w = make_window(RecordingPresenter(confirm_answer=False))
    open_and_wait(qtbot, w, contract)
    item = w.state.review.findings[0].item_id  # type: ignore[union-attr]
    w.state.edit(w.state.annotations.with_item(item, note="mine"), "note")
    w.save()  # the first Ctrl+S: next to the contract, nothing there yet
    target = tmp_path / "acme.review.json"
    assert load_review_file(target).annotations.item(item).note == "mine"
    w.state.edit(w.state.annotations.with_item(item, note="mine, later"), "note")
    w.save()  # an earlier save of this same review: no question
    assert not presenter(w).confirms
    # a second window declines the saved review and starts afresh: saving must ask
    other = make_window(RecordingPresenter(confirm_answer=False))
    open_and_wait(qtbot, other, contract)
    assert "A saved review of this contract exists" in presenter(other).confirms[0][1]
    other.state.edit(other.state.annotations.with_item(item, note="theirs"), "note")
    opened: list[Path | None] = []
    other._save_as = lambda start=None: opened.append(start)  # type: ignore[method-assign]
    other.save()
    _title, text = presenter(other).confirms[-1]
    assert "different review" in text and "1 notes" in text
    assert opened and opened[0] is not None and opened[0].name == "acme-2.review.json"
    assert load_review_file(target).annotations.item(item).note == "mine, later"


def test_other_contracts_autosave_is_kept_told_and_restorable(qtbot: QtBot, make_window,
                                                              data_dir: Path,
                                                              tmp_path: Path) -> None:
    from reviewer import api

    other = pf.contract_pdf(tmp_path / "other.pdf", pages=2)
    review = api.review(other)
    item = review.findings[0].item_id
    saved = api.new_saved_review(review, other)
    saved = replace(saved, annotations=saved.annotations.with_item(item, note="other's note"))
    api.write_recovery(data_dir, saved, None)
    contract = pf.support_terms_pdf(tmp_path / "acme.pdf")
    w = make_window(RecordingPresenter(confirm_answer=True))
    with qtbot.waitSignal(w.controller.reviewReady, timeout=REVIEW_TIMEOUT):
        assert not w.controller.start(str(contract))  # nothing to restore for acme.pdf
    qtbot.waitUntil(lambda: not w.controller.busy)
    assert not presenter(w).confirms  # not asked about another contract's work on opening
    assert any("other.pdf" in m for m in w.notice.messages)
    assert len(list_recoveries(data_dir)) == 1  # kept
    assert w.controller.restore_other()
    assert w.state.annotations.item(item).note == "other's note"
    assert "other.pdf" in presenter(w).confirms[-1][1]


def test_a_finished_review_is_shown_in_turns_the_window_handles_events_between(
        qtbot: QtBot, make_window, long_pdf: Path) -> None:
    """The checklist first, then the recent files (QSettings writes to disk), then the first
    item's details and page: a timer (as input would) runs between each, so no one turn of
    the window's work on the result is the whole of it."""
    w = make_window()
    log: list[str] = []
    beat = QTimer(w)
    beat.setInterval(0)
    beat.timeout.connect(lambda: log.append("beat") if log and log[-1] != "beat" else None)
    w.state.reviewChanged.connect(
        lambda: (log.append("review"), beat.start()) if w.state.review else None)
    w.controller.recentChanged.connect(lambda _files: log.append("recent"))
    w.state.currentItemChanged.connect(lambda item: log.append("selected") if item else None)
    open_and_wait(qtbot, w, long_pdf)
    beat.stop()
    assert log[:5] == ["review", "beat", "recent", "beat", "selected"]
    assert w.state.current_item and w.finding_panel.finding is not None
    assert str(long_pdf.resolve()) == w.settings.recent_files()[0]


def test_a_superseded_result_is_not_announced(qtbot: QtBot, make_window, long_pdf: Path,
                                              tmp_path: Path) -> None:
    """Another contract opened while the first review is being shown: the first one's
    later turns (recent files, selection, reviewReady) do not run."""
    w = make_window()
    other = pf.support_terms_pdf(tmp_path / "other.pdf")
    opened: list[str] = []

    def open_other() -> None:
        if w.state.review is not None and not opened:
            opened.append("other")
            w.controller.open_path(other)  # right after the first review is set

    w.state.reviewChanged.connect(open_other)
    announced: list[str] = []
    w.controller.reviewReady.connect(lambda: announced.append(
        w.state.contract_path.name if w.state.contract_path else ""))
    with qtbot.waitSignal(w.controller.reviewReady, timeout=REVIEW_TIMEOUT):
        w.controller.open_path(long_pdf)
    qtbot.waitUntil(lambda: not w.controller.busy)
    qtbot.wait(50)
    assert announced == ["other.pdf"]
    assert [Path(p).name for p in w.settings.recent_files()] == ["other.pdf"]
