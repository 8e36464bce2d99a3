"""The reviewer's edits to the current item, as undoable commands.

Menus, shortcuts and toolbar buttons call these; each builds the new
`Annotations` value and pushes it through `ReviewState.edit` (undo/redo).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from reviewer.gui.document_pane import DocumentPane
from reviewer.gui.review_state import ReviewState
from reviewer.gui.settings import AppSettings
from reviewer.review import Status


class AnnotationCommands(QObject):
    message = Signal(str)  # a hint for the status bar

    def __init__(self, state: ReviewState, document_pane: DocumentPane,
                 settings: AppSettings, window: QWidget) -> None:
        super().__init__(window)
        self.state, self.document_pane = state, document_pane
        self.settings, self.window = settings, window

    def set_override(self, status: Status | None) -> None:
        item = self.state.current_item
        if not item:
            return
        after = self.state.annotations.with_item(item, status_override=status)
        self.state.edit(after, self.tr("Override status"))

    def toggle_asked_vendor(self) -> None:
        item = self.state.current_item
        if item:
            now = not self.state.annotations.item(item).asked_vendor
            self.state.edit(self.state.annotations.with_item(item, asked_vendor=now),
                            self.tr("Mark asked the vendor"))

    def use_selection_as_evidence(self) -> bool:
        """Add the document selection as evidence for the current item."""
        item = self.state.current_item
        if not item or self.state.review is None:
            return False
        ev = self.document_pane.selection_evidence(self.state.review.clauses)
        if ev is None:
            self.message.emit(self.tr(
                "Select text in the document first (on a PDF page, drag a box around it)."))
            return False
        current = self.state.annotations.item(item).extra_evidence
        self.state.edit(self.state.annotations.with_item(item, extra_evidence=(*current, ev)),
                        self.tr("Add evidence"))
        return True

    def ask_reviewer_name(self) -> None:
        name, ok = QInputDialog.getText(self.window, self.tr("Reviewer name"),
                                        self.tr("Your name, saved with your notes:"),
                                        text=self.settings.reviewer_name())
        if ok:
            self.settings.set_reviewer_name(name.strip())
            self.state.edit(self.state.annotations.with_reviewer(name.strip()),
                            self.tr("Set reviewer name"))
