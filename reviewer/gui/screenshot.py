"""`reviewer gui FILE --screenshot OUT.png`: open, wait, select, grab, exit.

Selects the first vague or missing item so the picture shows evidence and
reasons, waits until the visible PDF pages are rendered, then saves a grab
of the whole window and quits with 0 (1 on timeout or error).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from reviewer.gui.main_window import MainWindow

TIMEOUT_MS = 120_000


class ScreenshotRun:
    def __init__(self, window: MainWindow, contract: str, out: Path) -> None:
        self.window, self.contract, self.out = window, contract, out
        self.exit_code = 1

    def start(self) -> None:
        c = self.window.controller
        c.reviewReady.connect(self._ready)
        c.busyChanged.connect(self._maybe_failed)
        QTimer.singleShot(TIMEOUT_MS, lambda: self._finish(1))
        c.open_path(self.contract)

    def _maybe_failed(self, busy: bool) -> None:
        if not busy and self.window.state.review is None:
            QTimer.singleShot(500, lambda: self._finish(1) if self.window.state.review is None
                              else None)

    def _ready(self) -> None:
        if self.window.controller.busy:
            return  # a review file still reading its contract; wait for the next signal
        self.window.checklist_pane.step_item(1, needs_attention=True)
        QTimer.singleShot(400, self._grab_when_rendered)

    def _grab_when_rendered(self, tries: int = 0) -> None:
        pdf = self.window.document_pane.pdf
        pending = [p for p in pdf.visible_pages() if pdf.cached(p - 1) is None]
        if pending and tries < 40 and self.window.document_pane.format == "pdf":
            QTimer.singleShot(100, lambda: self._grab_when_rendered(tries + 1))
            return
        QApplication.processEvents()
        self.out.parent.mkdir(parents=True, exist_ok=True)
        ok = self.window.grab().save(str(self.out))
        self._finish(0 if ok else 1)

    def _finish(self, code: int) -> None:
        self.exit_code = code
        self.window.state.undo_stack.setClean()  # nothing to ask on exit
        QApplication.exit(code)
