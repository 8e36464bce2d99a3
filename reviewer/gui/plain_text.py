"""Text from files shown as text, never as HTML.

Contract names, warnings, clause text and notes come from files other people
made. Qt guesses that a string starting with a tag is rich text and renders
it: a contract named ``<img src='file:///dev/zero'>`` would make a label read
/dev/zero until the app aborts. Every label, message box and tooltip showing
such text goes through here.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QWidget


def plain_label(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_tooltip(text: str | None) -> str | None:
    """A tooltip that shows ``text`` literally (Qt renders tooltips as rich text if they look like it)."""
    if not text:
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def message_box(icon: QMessageBox.Icon, title: str, text: str,
                buttons: QMessageBox.StandardButton, parent: QWidget | None,
                default: QMessageBox.StandardButton | None = None) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default is not None:
        box.setDefaultButton(default)
    return box


def plain_dialog_labels(dialog: QInputDialog) -> None:
    for label in dialog.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
