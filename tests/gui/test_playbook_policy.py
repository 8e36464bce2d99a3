"""Playbook editor, policy limits: each item's `policy` limits edited beside its band.

A real window reviews a generated DOCX whose top-severity response is 45
minutes; the editor lowers the policy maximum from 60 to 30 through its spin
box, the file saved is read back by the loader, the diff names the change
with its unit, and re-reviewing the open contract with the playbook turns
the finding's policy deviation on.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from pytestqt.qtbot import QtBot

from reviewer.checklist.loader import load_checklist
from reviewer.gui.main_window import MainWindow
from tests.gui.test_playbook_editor import check, open_editor
from tests.gui.test_positions_window import open_window

PARAGRAPHS = [
    "Support Terms", "1. Response",
    "1.1 The Vendor will respond to Severity 1 incidents within 45 minutes, 24x7.",
    "1.2 Support is available 24x7 for Severity 1.",
    "2. Service level", "2.1 The Vendor will make the service available 99.5% of each month.",
]
FIELD = "policy.top-minutes.max"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setenv("REVIEWER_DATA_DIR", str(tmp_path / "data"))
    d = docx.Document()
    for p in PARAGRAPHS:
        d.add_paragraph(p)
    d.save(str(tmp_path / "forty-five.docx"))
    w = open_window(qtbot, tmp_path, tmp_path / "forty-five.docx")
    yield w
    qtbot.waitUntil(lambda: not w.controller.busy, timeout=30_000)
    w.state.undo_stack.setClean()


def test_policy_limits_show_with_their_units(qtbot: QtBot, window: MainWindow) -> None:
    editor = open_editor(qtbot, window)
    editor.select_item("response-times")
    form = editor.form
    assert not form.policy_box.isHidden()
    assert list(form.policy_limits) == [FIELD]
    assert form.policy_limits[FIELD].value() == 60
    assert form.policy_units[FIELD].text() == "minutes"
    assert "at most" in form.policy_labels[FIELD].text()
    editor.select_item("availability")
    assert list(form.policy_limits) == ["policy.percent.min"]
    assert form.policy_limits["policy.percent.min"].value() == 99.9
    assert form.policy_units["policy.percent.min"].text() == "%"
    assert "at least" in form.policy_labels["policy.percent.min"].text()
    editor.select_item("support-channels")
    assert form.policy_box.isHidden() and not form.policy_limits  # no policy on this item
    window.switch_language("zh")
    editor.select_item("response-times")
    assert editor.form.policy_units[FIELD].text() == "分钟"
    window.switch_language("en")


def test_lower_policy_max_saved_diffed_and_used_on_re_review(qtbot: QtBot, window: MainWindow,
                                                            tmp_path: Path) -> None:
    w = window
    finding = w.state.finding("response-times")
    assert finding is not None and finding.deviations == ()  # 45 minutes is within 60
    editor = open_editor(qtbot, w)
    editor.select_item("response-times")
    editor.form.policy_limits[FIELD].setValue(30)
    assert check(qtbot, editor)
    assert editor.changes.lines() == [
        "Response times per severity: policy maximum (top-minutes) 60 \u2192 30 minutes"]
    editor.select_item("availability")  # the edit survives leaving the item
    editor.select_item("response-times")
    assert editor.form.policy_limits[FIELD].value() == 30

    target = tmp_path / "strict.yaml"
    with qtbot.waitSignal(editor.saved, timeout=60_000):
        assert editor.save_as(target)
    policy = load_checklist(target).item("response-times").policies[0]
    assert (policy.fact, policy.max) == ("top-minutes", 30)

    with qtbot.waitSignal(w.controller.reviewReady, timeout=60_000):
        editor.use_for_review()
    qtbot.waitUntil(lambda: not w.controller.busy, timeout=30_000)
    finding = w.state.finding("response-times")
    assert finding is not None
    assert [(d.fact, d.value, d.limit) for d in finding.deviations] == [("top-minutes", 45, 30)]
    w.checklist_pane.select_item("response-times")
    assert "policy maximum of 30 minutes" in w.finding_panel.details.toPlainText()


def test_a_policy_edit_the_loader_refuses_is_shown(qtbot: QtBot, window: MainWindow) -> None:
    editor = open_editor(qtbot, window)
    editor.set_value("response-times", FIELD, "soon")  # what a hand-edited value could be
    assert not check(qtbot, editor)
    assert "'soon' is not a number" in editor.check.text()
    editor.set_value("response-times", FIELD, 60.0)  # back to the file's value: no edit
    assert check(qtbot, editor) and editor.edits == {}
