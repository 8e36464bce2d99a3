"""What the tool windows (Compare Vendors, Compare Versions, Portfolio) share.

Each runs one background task at a time through the one worker pattern
(`gui/worker.py`), shows its progress and a Cancel button in a status row,
cancels its task when closed, and writes its XLSX export in the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QProgressBar, QPushButton

from reviewer.gui.worker import BackgroundTask, start_task
from reviewer.progress import CancelToken


class ToolWindow(QMainWindow):
    task: BackgroundTask | None
    pool: QThreadPool
    status: QLabel
    progress: QProgressBar
    cancel_button: QPushButton

    def _status_row(self) -> QHBoxLayout:
        """The status text, the progress bar and the Cancel button (``cancel_button`` made by the window)."""
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.progress)
        row.addWidget(self.cancel_button)
        return row

    def _set_busy(self, busy: bool) -> None:
        raise NotImplementedError  # each window enables its own buttons

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.status.setText(message)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel.cancel()

    def _export_in_worker(self, write: Callable[[], Any], path: Path) -> bool:
        """Write an export in the worker; says so in the status row and emits ``exported``."""
        if self.task is not None:
            return False

        def work(progress: Any, cancel: CancelToken, partial: Any) -> Any:
            return write()

        def done(_: Any) -> None:
            self.task = None
            self._set_busy(False)
            self.status.setText(self.tr("Exported {name}").format(name=path.name))
            self.exported.emit(str(path))  # type: ignore[attr-defined]

        def failed(exc: BaseException) -> None:
            self.task = None
            self._set_busy(False)
            self.status.setText(str(exc))

        self.task = start_task(self.pool, work, on_finished=done, on_failed=failed)
        self._set_busy(True)
        return True

    def closeEvent(self, event: Any) -> None:
        self.cancel()
        super().closeEvent(event)
