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


class DialogPresenter:
    """Modal dialogs parented to a window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def error(self, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok,
                          self.parent)
        if details:
            box.setDetailedText(details)  # selectable, so it can be copied
        box.exec()

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def ask_password(self, file_name: str, wrong: bool) -> str | None:
        translate = QCoreApplication.translate
        if wrong:
            prompt = translate("DialogPresenter",
                               "The password was wrong. Enter the password for {name}:")
        else:
            prompt = translate("DialogPresenter",
                               "{name} is protected by a password. Enter the password:")
        text, ok = QInputDialog.getText(
            self.parent, translate("DialogPresenter", "Password required"),
            prompt.format(name=file_name), QLineEdit.EchoMode.Password,
        )
        return text if ok else None

    def ask_save_changes(self, name: str) -> SaveChoice:
        translate = QCoreApplication.translate
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        answer = QMessageBox.question(
            self.parent, translate("DialogPresenter", "Unsaved changes"),
            translate("DialogPresenter", "Save your changes to the review of {name}?").format(
                name=name),
            buttons, QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return SaveChoice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return SaveChoice.DISCARD
        return SaveChoice.CANCEL
