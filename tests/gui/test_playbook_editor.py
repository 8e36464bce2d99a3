"""Tools > Playbook: edit, validate as you type, save, diff, use for the open review.

A real window reviews a real DOCX; the editor edits the bundled checklist
through its widgets, the worker validates with the normal loader, Save As
writes a file the loader reads back, and "Use for this review" re-reviews
the contract through the window's own path.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reviewer.checklist.loader import load_checklist
from reviewer.gui.main_window import MainWindow
from reviewer.gui.playbook_editor import PlaybookEditor
from tests.gui.test_positions_window import make_docx, open_window


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setenv("REVIEWER_DATA_DIR", str(tmp_path / "data"))
    w = open_window(qtbot, tmp_path, make_docx(tmp_path / "acme.docx"))
    yield w
    qtbot.waitUntil(lambda: not w.controller.busy, timeout=30_000)  # no task outlives the test
    w.state.undo_stack.setClean()


def open_editor(qtbot: QtBot, w: MainWindow) -> PlaybookEditor:
    editor = w.tools.playbook()
    assert isinstance(editor, PlaybookEditor)
    with qtbot.waitSignal(editor.validated, timeout=60_000) as ok:
        pass
    assert ok.args == [True]
    return editor


def check(qtbot: QtBot, editor: PlaybookEditor) -> bool:
    with qtbot.waitSignal(editor.validated, timeout=60_000) as result:
        pass
    return bool(result.args[0])


def tree_node(editor: PlaybookEditor, item_id: str):  # type: ignore[no-untyped-def]
    return next(n for n in editor._nodes() if n.data(0, Qt.ItemDataRole.UserRole) == item_id)


def test_editor_shows_items_red_flags_bands_and_texts(qtbot: QtBot, window: MainWindow) -> None:
    editor = open_editor(qtbot, window)
    sections = [editor.tree.topLevelItem(i).text(0) for i in range(editor.tree.topLevelItemCount())]
    assert "Red flags" in sections
    assert len(editor._nodes()) == len(window.state.checklist.items)  # type: ignore[union-attr]
    editor.select_item("response-times")
    assert not editor.form.band_box.isHidden()
    assert editor.form.limits["preferred"].value() == 30
    assert "{value} minutes" in editor.form.texts[("preferred", "en")].toPlainText()
    assert "{value}" in editor.form.texts[("preferred", "zh")].toPlainText()
    editor.select_item("support-channels")
    assert editor.form.band_box.isHidden()  # no band on this item
    assert "No changes" in editor.changes.view.toPlainText()


def test_invalid_edit_is_shown_then_fixed(qtbot: QtBot, window: MainWindow) -> None:
    editor = open_editor(qtbot, window)
    editor.select_item("response-times")
    editor.form.limits["fallback"].setValue(500)  # past the unacceptable 240
    assert not check(qtbot, editor)
    assert "must run one way" in editor.check.text()
    editor.form.limits["fallback"].setValue(45)
    assert check(qtbot, editor)
    assert editor.changes.lines() == ["Response times per severity: fallback limit 60 \u2192 45"]


def test_save_use_for_review_and_reopen(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    w = window
    editor = open_editor(qtbot, w)
    editor.select_item("response-times")
    editor.form.limits["preferred"].setValue(15)
    editor.form.texts[("fallback", "en")].setPlainText(
        "{vendor} shall respond to Severity 1 incidents within {value} minutes.")
    tree_node(editor, "unilateral-amendment").setCheckState(0, Qt.CheckState.Unchecked)
    assert check(qtbot, editor)
    lines = editor.changes.lines()
    assert any("turned off" in x for x in lines) and any("preferred limit 30 \u2192 15" in x
                                                          for x in lines)
    target = tmp_path / "my-playbook.yaml"
    with qtbot.waitSignal(editor.saved, timeout=60_000):
        assert editor.save_as(target)
    mine = load_checklist(target)
    assert mine.id == "vendor-support-playbook"
    assert "unilateral-amendment" not in {i.id for i in mine.items}
    assert mine.item("response-times").positions.band.preferred == 15  # type: ignore[union-attr]

    with qtbot.waitSignal(w.controller.reviewReady, timeout=60_000):
        editor.use_for_review()  # saved and unchanged: used as it is
    qtbot.waitUntil(lambda: not w.controller.busy, timeout=30_000)
    assert w.state.review.checklist_id == "vendor-support-playbook"  # type: ignore[union-attr]
    assert w.state.finding("unilateral-amendment") is None
    w.checklist_pane.select_item("response-times")
    assert "within 15 minutes" in w.finding_panel.details.toPlainText()

    saved = tmp_path / "acme.review.json"
    assert w.controller.save(saved)
    assert w.controller.open_review_file(saved)
    qtbot.waitUntil(lambda: not w.controller.busy, timeout=30_000)
    assert w.state.checklist is not None and w.state.checklist.id == "vendor-support-playbook"


def test_open_a_shared_playbook_keeps_its_id_and_disabled_items(qtbot: QtBot, window: MainWindow,
                                                                tmp_path: Path) -> None:
    editor = open_editor(qtbot, window)
    tree_node(editor, "data-use").setCheckState(0, Qt.CheckState.Unchecked)
    editor.id_edit.setText("shared-rules")
    assert check(qtbot, editor)
    with qtbot.waitSignal(editor.saved, timeout=60_000):
        editor.save_as(tmp_path / "shared.yaml")
    other = window.tools.playbook(tmp_path / "shared.yaml")
    assert check(qtbot, other)
    assert other.id_edit.text() == "shared-rules"
    assert tree_node(other, "data-use").checkState(0) == Qt.CheckState.Unchecked
    assert [x for x in other.changes.lines() if "turned off" in x]


def test_a_broken_file_or_id_is_refused_with_the_loaders_message(qtbot: QtBot, window: MainWindow,
                                                                 tmp_path: Path) -> None:
    editor = open_editor(qtbot, window)
    editor.id_edit.setText("My Rules")
    editor.id_edit.textEdited.emit("My Rules")
    assert not check(qtbot, editor)
    assert "lower-case letters" in editor.check.text()
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema: contract-reviewer/checklist-1\nid: x\nversion: '1'\nsections: []\n",
                      encoding="utf-8")
    assert editor.open_path(broken)
    qtbot.waitUntil(lambda: editor.task is None, timeout=30_000)
    assert "broken.yaml" in editor.status.text() and "must not be empty" in editor.status.text()
    assert editor.path != broken  # the open playbook is kept


def test_closing_with_unsaved_edits_asks(qtbot: QtBot, window: MainWindow) -> None:
    from reviewer.gui.messages import SaveChoice
    from tests.gui import RecordingPresenter

    editor = open_editor(qtbot, window)
    presenter = window.presenter
    assert isinstance(presenter, RecordingPresenter)
    editor.close()  # nothing changed: no question
    assert not presenter.playbook_questions
    editor = open_editor(qtbot, window)
    tree_node(editor, "data-use").setCheckState(0, Qt.CheckState.Unchecked)
    presenter.playbook_choice = SaveChoice.CANCEL
    assert not editor.close()
    assert presenter.playbook_questions == ["vendor-support-playbook"] and editor.isVisible()
    presenter.playbook_choice = SaveChoice.DISCARD
    assert editor.close()
