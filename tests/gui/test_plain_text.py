"""Names and warnings from files reach the window as plain text, never as HTML."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from reviewer.gui.notice_bar import NoticeBar
from reviewer.gui.plain_text import message_box, plain_tooltip

pytestmark = pytest.mark.gui
HOSTILE = "<img src='file:///dev/zero'>"


def test_notice_bar_shows_a_hostile_warning_literally(qtbot):
    bar = NoticeBar()
    qtbot.addWidget(bar)
    bar.show_messages([HOSTILE + " contains hidden text"])
    assert bar.label.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE in bar.label.text()
    bar.grab()  # renders; as rich text this would read /dev/zero forever


def test_message_boxes_are_plain_text(qtbot):
    box = message_box(QMessageBox.Icon.Critical, "t", f"Cannot open {HOSTILE}.pdf",
                      QMessageBox.StandardButton.Ok, None)
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.grab()


def test_tooltips_escape_file_text():
    tip = plain_tooltip(HOSTILE)
    assert tip is not None and "<img" not in tip and "&lt;img" in tip


def test_window_labels_showing_file_data_are_plain(qtbot, tmp_path, monkeypatch):
    from reviewer.gui.main_window import MainWindow
    from reviewer.gui.settings import AppSettings
    from tests.gui import RecordingPresenter

    monkeypatch.setenv("REVIEWER_DATA_DIR", str(tmp_path))
    w = MainWindow(AppSettings(), tmp_path, RecordingPresenter())
    qtbot.addWidget(w)
    w.notice.show_messages([HOSTILE])
    rich = [lbl for lbl in w.findChildren(QLabel)
            if lbl.textFormat() != Qt.TextFormat.PlainText and HOSTILE in lbl.text()]
    assert not rich
