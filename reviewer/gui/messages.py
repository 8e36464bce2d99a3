"""How the app talks to the person: errors, questions, passwords.

Everything that would block on a modal dialog goes through a
`MessagePresenter`, passed in to whoever needs it. The app uses
`DialogPresenter` (QMessageBox and friends); tests pass a presenter that
records the messages and answers from a script, so no test ever blocks on a
dialog.
"""

from __future__ import annotations

from enum import Enum
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from reviewer.gui.plain_text import message_box, plain_dialog_labels


class SaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class MessagePresenter(Protocol):
    def error(self, title: str, text: str, details: str = "") -> None: ...

    def info(self, title: str, text: str) -> None: ...

    def confirm(self, title: str, text: str) -> bool: ...

    def ask_password(self, file_name: str, wrong: bool) -> str | None: ...

    def ask_save_changes(self, name: str) -> SaveChoice: ...

    def ask_save_playbook(self, name: str) -> SaveChoice: ...


class DialogPresenter:
    """Modal dialogs parented to a window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def error(self, title: str, text: str, details: str = "") -> None:
        box = message_box(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok,
                          self.parent)
        if details:
            box.setDetailedText(details)  # selectable, so it can be copied
        box.exec()

    def info(self, title: str, text: str) -> None:
        message_box(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok,
                    self.parent).exec()

    def confirm(self, title: str, text: str) -> bool:
        box = message_box(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self.parent)
        return box.exec() == QMessageBox.StandardButton.Yes

    def ask_password(self, file_name: str, wrong: bool) -> str | None:
        translate = QCoreApplication.translate
        if wrong:
            prompt = translate("DialogPresenter",
                               "The password was wrong. Enter the password for {name}:")
        else:
            prompt = translate("DialogPresenter",
                               "{name} is protected by a password. Enter the password:")
        dialog = QInputDialog(self.parent)
        dialog.setWindowTitle(translate("DialogPresenter", "Password required"))
        dialog.setLabelText(prompt.format(name=file_name))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        plain_dialog_labels(dialog)
        ok = dialog.exec()
        return dialog.textValue() if ok else None

    def ask_save_changes(self, name: str) -> SaveChoice:
        translate = QCoreApplication.translate
        return self._save_discard_cancel(
            translate("DialogPresenter", "Save your changes to the review of {name}?").format(
                name=name))

    def ask_save_playbook(self, name: str) -> SaveChoice:
        translate = QCoreApplication.translate
        return self._save_discard_cancel(
            translate("DialogPresenter", "Save your changes to the playbook {name}? Discarded "
                      "changes are lost.").format(name=name))

    def _save_discard_cancel(self, text: str) -> SaveChoice:
        translate = QCoreApplication.translate
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        answer = message_box(
            QMessageBox.Icon.Question, translate("DialogPresenter", "Unsaved changes"), text,
            buttons, self.parent, QMessageBox.StandardButton.Save,
        ).exec()
        if answer == QMessageBox.StandardButton.Save:
            return SaveChoice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return SaveChoice.DISCARD
        return SaveChoice.CANCEL
