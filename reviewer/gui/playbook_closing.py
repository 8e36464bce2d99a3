"""The playbook editor's unsaved edits: Save / Discard / Cancel before they are closed away.

Closing the editor, or quitting the app with it open (`MainWindow.closeEvent`
through `ToolWindows.may_quit`), asks the same question as unsaved review
corrections. Save writes the playbook in the editor's worker and closes
afterwards; a save that fails or whose file dialog is cancelled leaves the
window open with the edits, like Cancel. Mixed into `PlaybookEditor`, whose
attributes it reads.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from reviewer.gui.messages import MessagePresenter, SaveChoice

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit

    from reviewer.checklist.playbook import Playbook


class UnsavedPlaybook:
    presenter: MessagePresenter | None
    playbook: Playbook | None
    saved_path: Path | None
    id_edit: QLineEdit
    _saved_edits: tuple[Any, ...]
    _discarded = False  # the reader chose Discard: close without asking again

    if TYPE_CHECKING:  # the editor's own: declared for mypy only
        def edits_key(self) -> tuple[Any, ...]: ...

        def save_as(self, path: Path, then: Callable[[Path], None] | None = None) -> bool: ...

        def choose_and_save(self, then: Callable[[Path], None] | None = None) -> None: ...

    def has_unsaved_edits(self) -> bool:
        """Edits (or a new id) not yet written to a file."""
        return self.playbook is not None and self.edits_key() != self._saved_edits

    def may_close(self, after_save: Callable[[], object]) -> bool:
        """Ask Save / Discard / Cancel for unsaved edits; True = close now.

        Save writes the playbook (to its own file, else asking where) in the worker and
        calls ``after_save`` when it is written; a save that fails or is cancelled leaves
        the window open with the edits, like Cancel. The main window asks the same
        question when the app quits (`MainWindow.closeEvent`).
        """
        if self.presenter is None or self._discarded or not self.has_unsaved_edits():
            return True
        choice = self.presenter.ask_save_playbook(self.display_name())
        if choice is SaveChoice.DISCARD:
            self._discarded = True
            return True
        if choice is SaveChoice.SAVE:
            def then(_path: Path) -> None:
                after_save()

            self.save_in_place(then)
        return False

    def keep_open(self) -> None:
        """The quit was cancelled after this window said Discard: ask again next time."""
        self._discarded = False

    def display_name(self) -> str:
        return self.saved_path.name if self.saved_path is not None else (
            self.id_edit.text().strip() or QCoreApplication.translate("PlaybookEditor", "playbook"))

    def save_in_place(self, then: Callable[[Path], None] | None = None) -> None:
        """Save to the reviewer's own file when there is one, else ask where."""
        if self.saved_path is not None:
            self.save_as(self.saved_path, then)
        else:
            self.choose_and_save(then)
