"""Playbook editor, the reviewer's own file: asked about on quit, and never shadowed.

Quitting the app (File > Quit or closing the main window) with unsaved
playbook edits asks Save / Discard / Cancel like unsaved review corrections;
Cancel keeps everything open, Save writes the file and then quits.

A checklist file the reviewer chose that keeps the bundled checklist's id
used to be shadowed: a saved review records only the id, and reopening it
(also at the next start, from the restored checklist setting) showed it
with the bundled file. Reproduced here with a file written outside the
editor; the editor itself now gives a playbook an id of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reviewer.checklist.loader import checklists_dir, load_checklist
from reviewer.checklist.playbook import Edit, apply_edits
from reviewer.gui.main_window import MainWindow
from reviewer.gui.messages import SaveChoice
from reviewer.gui.playbook_editor import PlaybookEditor
from reviewer.gui.settings import AppSettings
from reviewer.review import Status
from tests.gui import RecordingPresenter
from tests.gui.test_playbook_editor import check, open_editor, tree_node
from tests.gui.test_positions_window import make_docx, open_window

BUNDLED = checklists_dir() / "vendor-support.yaml"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setenv("REVIEWER_DATA_DIR", str(tmp_path / "data"))
    w = open_window(qtbot, tmp_path, make_docx(tmp_path / "acme.docx"))
    w.show()
    yield w
    qtbot.waitUntil(lambda: not w.controller.busy, timeout=30_000)
    w.state.undo_stack.setClean()


def presenter_of(w: MainWindow) -> RecordingPresenter:
    assert isinstance(w.presenter, RecordingPresenter)
    return w.presenter


def edited_editor(qtbot: QtBot, w: MainWindow) -> PlaybookEditor:
    editor = open_editor(qtbot, w)
    tree_node(editor, "data-use").setCheckState(0, Qt.CheckState.Unchecked)
    assert check(qtbot, editor) and editor.has_unsaved_edits()
    return editor


# --- quitting ---------------------------------------------------------------------------


def test_quit_with_unsaved_playbook_edits_cancel_keeps_the_app_open(qtbot: QtBot,
                                                                    window: MainWindow) -> None:
    w = window
    editor = edited_editor(qtbot, w)
    presenter = presenter_of(w)
    presenter.playbook_choice = SaveChoice.CANCEL
    w.actions_.quit.trigger()  # File > Quit
    assert presenter.playbook_questions == ["vendor-support-playbook"]
    assert w.isVisible() and editor.isVisible()
    assert editor.edits == {("data-use", "enabled"): False}
    assert not w.close()  # closing the main window asks the same
    assert len(presenter.playbook_questions) == 2 and w.isVisible()


def test_quit_discard_closes_the_app_and_the_editor(qtbot: QtBot, window: MainWindow) -> None:
    w = window
    editor = edited_editor(qtbot, w)
    presenter_of(w).playbook_choice = SaveChoice.DISCARD
    w.actions_.quit.trigger()
    assert not w.isVisible() and not editor.isVisible()
    assert presenter_of(w).playbook_questions == ["vendor-support-playbook"]  # asked once


def test_quit_save_writes_the_reviewers_file_then_quits(qtbot: QtBot, window: MainWindow,
                                                        tmp_path: Path) -> None:
    w = window
    editor = edited_editor(qtbot, w)
    target = tmp_path / "mine.yaml"
    with qtbot.waitSignal(editor.saved, timeout=60_000):
        editor.save_as(target)
    assert not editor.has_unsaved_edits()
    tree_node(editor, "encryption").setCheckState(0, Qt.CheckState.Unchecked)  # after the save
    assert check(qtbot, editor)
    presenter_of(w).playbook_choice = SaveChoice.SAVE
    with qtbot.waitSignal(editor.saved, timeout=60_000):
        assert not w.close()  # the save runs in the worker; the window waits for it
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=30_000)
    ids = {i.id for i in load_checklist(target).items}
    assert "encryption" not in ids and "data-use" not in ids
    assert presenter_of(w).playbook_questions == ["mine.yaml"]


def test_discard_then_cancel_on_the_review_asks_about_the_playbook_again(
        qtbot: QtBot, window: MainWindow) -> None:
    w = window
    editor = edited_editor(qtbot, w)
    w.checklist_pane.select_item("availability")
    w.commands.set_override(Status.MET)  # an unsaved correction of the review too
    assert w.state.is_dirty
    presenter = presenter_of(w)
    presenter.playbook_choice, presenter.save_choice = SaveChoice.DISCARD, SaveChoice.CANCEL
    w.actions_.quit.trigger()
    assert w.isVisible() and editor.isVisible() and editor.has_unsaved_edits()
    presenter.playbook_choice = SaveChoice.CANCEL
    assert not editor.close()  # Cancel on the review kept the playbook's question alive
    assert len(presenter.playbook_questions) == 2


# --- the reviewer's file, not the bundled one -----------------------------------------------


def own_file_with_bundled_id(tmp_path: Path) -> Path:
    """What a reviewer could save before: the bundled id, a 15-minute preferred response."""
    path = tmp_path / "mine.yaml"
    path.write_text(apply_edits(BUNDLED.read_text(encoding="utf-8"),
                                [Edit("response-times", "band.preferred", 15)]), encoding="utf-8")
    assert load_checklist(path).id == "vendor-support"
    return path


def test_a_reopened_review_uses_the_chosen_file_not_the_bundled_one(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    w = window
    mine = own_file_with_bundled_id(tmp_path)
    assert "(built-in)" in w.checklist_label.text()
    with qtbot.waitSignal(w.controller.reviewReady, timeout=60_000):
        assert w.use_checklist(str(mine))
    qtbot.waitUntil(lambda: not w.controller.busy, timeout=30_000)
    assert w.checklist_label.text() == "Checklist: mine.yaml"
    saved = tmp_path / "acme.review.json"
    assert w.controller.save(saved)

    assert w.controller.open_review_file(saved)  # reopened: was the bundled file
    assert w.state.checklist is not None and Path(w.state.checklist.path) == mine
    w.checklist_pane.select_item("response-times")
    assert "within 15 minutes" in w.finding_panel.details.toPlainText()
    assert w.checklist_label.text() == "Checklist: mine.yaml"

    # the next start: a new window, the checklist setting restored, the contract reopened
    again = MainWindow(AppSettings(), tmp_path / "data", RecordingPresenter())
    qtbot.addWidget(again)
    assert again.checklist_label.text() == "Checklist: mine.yaml"
    assert again.controller.open_path(tmp_path / "acme.docx") is None  # offers the saved review
    qtbot.waitUntil(lambda: again.state.review is not None, timeout=30_000)
    assert again.state.checklist is not None and Path(again.state.checklist.path) == mine
    assert str(mine) in again.checklist_label.toolTip()


def test_the_editor_refuses_the_bundled_id_and_derives_its_own(qtbot: QtBot, window: MainWindow,
                                                               tmp_path: Path) -> None:
    editor = open_editor(qtbot, window)
    editor.id_edit.setText("vendor-support")
    editor.id_edit.textEdited.emit("vendor-support")
    assert not check(qtbot, editor)
    assert "id of the built-in checklist" in editor.check.text()
    assert "vendor-support-playbook" in editor.check.text()
    refused = tmp_path / "refused.yaml"
    assert editor.save_as(refused)
    qtbot.waitUntil(lambda: editor.task is None, timeout=30_000)
    assert not refused.exists() and "id of the built-in checklist" in editor.status.text()

    mine = own_file_with_bundled_id(tmp_path)
    other = window.tools.playbook(mine)
    assert check(qtbot, other)
    assert other.id_edit.text() == "vendor-support-playbook"
    assert "built-in checklist's id" in other.status.text()
    assert other.has_unsaved_edits()  # the new id is a change until saved
    assert other.file_label.text() == f"Editing {mine}"
    with qtbot.waitSignal(other.saved, timeout=60_000):
        other.save_in_place()
    again = load_checklist(mine)
    assert again.id == "vendor-support-playbook"
    assert again.item("response-times").positions.band.preferred == 15  # type: ignore[union-attr]
    assert [i.id for i in again.items] == [i.id for i in load_checklist(BUNDLED).items]
    assert not other.has_unsaved_edits()
