"""Opening the windows beside the review: vendor answers, comparisons, portfolio.

The main window's menus call these; each window lives in its own module and
runs its core work through the one worker pattern. Kept here so
`main_window.py` only wires actions.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtWidgets import QFileDialog, QWidget

from reviewer.errors import ReviewerError


class ToolWindows(QObject):
    def __init__(self, window: Any, pool: QThreadPool | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.pool = pool or QThreadPool.globalInstance()
        self.open_windows: list[QWidget] = []

    def _keep(self, w: QWidget) -> QWidget:
        self.open_windows.append(w)
        w.destroyed.connect(lambda _=None, x=w: self.open_windows.remove(x)
                            if x in self.open_windows else None)
        return w

    # --- vendor answers ------------------------------------------------------------------
    def choose_answers(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import vendor answers"), "",
            self.tr("Returned checklist (*.xlsx)"))
        if path:
            self.import_answers(Path(path))

    def import_answers(self, path: Path) -> Any:
        from reviewer.gui.import_answers import ImportAnswersDialog

        state = self.window.state
        if state.review is None:
            self.window.presenter.error(
                self.tr("Import vendor answers"),
                self.tr("Open the review of that contract first, then import the workbook the "
                        "vendor returned for it."))
            return None
        dialog = ImportAnswersDialog(state, path, self.window, self.pool)
        dialog.applied.connect(lambda n: self.window.statusBar().showMessage(
            self.tr("Imported {n} vendor answers (Undo takes them back).").format(n=n), 8000))
        self._keep(dialog)
        dialog.start()
        dialog.open()
        return dialog

    # --- comparisons and portfolio ------------------------------------------------------------
    def compare_vendors(self, files: list[Path] | None = None) -> Any:
        from reviewer.gui.compare_vendors import CompareVendorsWindow

        w = CompareVendorsWindow(self.window.state.ui_lang, self.window, self.pool,
                                 on_open=self.window.controller.open_path)
        self._keep(w)
        w.show()
        if files:
            w.set_files(files)
            w.run()
        return w

    def compare_versions(self, original: Path | None = None, revised: Path | None = None
                         ) -> Any:
        from reviewer.gui.compare_versions import CompareVersionsWindow

        w = CompareVersionsWindow(self.window.state.ui_lang, self.window, self.pool)
        self._keep(w)
        w.show()
        if original and revised:
            w.set_files(original, revised)
            w.run()
        return w

    def portfolio(self, folder: Path | None = None) -> Any:
        from reviewer.gui.portfolio import PortfolioWindow

        w = PortfolioWindow(self.window, self.pool, on_open=self.window.controller.open_path,
                            lang=self.window.state.ui_lang)
        self._keep(w)
        w.show()
        if folder:
            w.set_folder(folder)
            w.run()
        return w

    def playbook(self, path: Path | None = None) -> Any:
        """Tools > Playbook: the checklist in use (or ``path``), to edit as one's own."""
        from reviewer.gui.playbook_editor import PlaybookEditor, checklist_file

        w = PlaybookEditor(self.window.state.ui_lang, self.window, self.pool,
                           use=self.window.use_checklist, presenter=self.window.presenter)
        self._keep(w)
        w.show()
        try:
            w.open_path(path or checklist_file(self.window.settings.checklist()))
        except ReviewerError as exc:
            w.status.setText(str(exc))
        return w

    # --- quitting --------------------------------------------------------------------------
    def _asking(self) -> list[Any]:
        """Open windows with unsaved work of their own (the playbook editor's `may_close`)."""
        return [w for w in self.open_windows
                if callable(getattr(w, "may_close", None)) and w.isVisible()]

    def may_quit(self, after_save: Callable[[], object]) -> bool:
        """Each window with unsaved work asks Save / Discard / Cancel; False = stay open."""
        for w in self._asking():
            if not w.may_close(after_save):
                self.quit_cancelled()
                return False
        return True

    def quit_cancelled(self) -> None:
        """A later question was cancelled: windows that said Discard ask again next time."""
        for w in self._asking():
            w.keep_open()

    def close_answered(self) -> None:
        """The app is quitting: close the windows that already answered (no second question)."""
        for w in self._asking():
            w.close()

    # --- help ------------------------------------------------------------------------------------
    def show_help(self, which: str) -> Any:
        from reviewer.gui.help_window import GuideWindow, ShortcutsWindow

        if which == "guide":
            w: Any = GuideWindow(self.window)
        else:
            w = ShortcutsWindow(list(self.window.actions()), self.window)
        self._keep(w)
        w.show()
        return w
