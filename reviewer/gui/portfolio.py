"""Tools > Portfolio: every contract in a folder reviewed, in one sortable table.

`api.run_batch` runs in the background (the one worker pattern); each file's
result arrives as it finishes (progress per file, Cancel keeps what is done).
The table holds vendor, score, counts, key facts and errors; a double click
opens that contract in the main window (where its saved review, if any, is
offered). Results go to ``<folder>/contract-reviewer-batch`` (one review JSON
per contract, summary.csv and summary.xlsx); a re-run skips unchanged files.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer import api
from reviewer.errors import Cancelled
from reviewer.gui.tool_window import ToolWindow
from reviewer.gui.worker import BackgroundTask, start_task
from reviewer.progress import CancelToken

OUT_FOLDER = "contract-reviewer-batch"
PRELOAD_AFTER_MS = 400  # the background imports start this long after the window opens
BATCH_JOBS = max(2, min(4, (os.cpu_count() or 2) - 1))
# (summary row key, numeric); "error" and "deviations" also in Chinese ("<key>_zh")
SHOWN = (("file", False), ("vendor", False), ("score", True), ("met", True),
         ("vague", True), ("missing", True), ("error", False), ("response", False),
         ("availability", True), ("regions", False), ("deviations", False))
BOTH_LANGUAGES = ("error", "deviations")


class SortItem(QTableWidgetItem):
    """Numbers sort as numbers, empty cells last."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        a, b = self.data(Qt.ItemDataRole.UserRole), other.data(Qt.ItemDataRole.UserRole)
        if isinstance(a, float) and isinstance(b, float):
            return a < b
        if isinstance(a, float) != isinstance(b, float):
            return isinstance(a, float)  # numbers before empty cells
        return self.text().casefold() < other.text().casefold()


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def read_summary(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [dict(r) for r in csv.DictReader(fh)]


def shown_value(row: dict[str, Any], key: str, lang: str) -> str:
    """The cell's text: the UI language's where the core gives both (older rows: English)."""
    value = row.get(key + "_zh") if lang == "zh" and key in BOTH_LANGUAGES else None
    value = value if value else row.get(key)
    if value is None:
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


class PortfolioWindow(ToolWindow):
    batchDone = Signal()

    def __init__(self, parent: QWidget | None = None, pool: QThreadPool | None = None,
                 on_open: Callable[[str], Any] | None = None, lang: str = "en") -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("PortfolioWindow")
        self.pool, self.on_open = pool or QThreadPool.globalInstance(), on_open
        self.task: BackgroundTask | None = None
        self.result: Any = None
        self.error = ""
        self.rows_seen = 0
        self.lang = lang
        self.rows: list[dict[str, Any]] = []
        self._build()
        self.retranslate()
        self.resize(1280, 800)
        # What a batch imports here (multiprocessing, the runner), in small pieces now
        # rather than all at once in the batch's thread (see `reviewer.preload`).
        # After the window's first paint, so the two do not add up to one long stall.
        QTimer.singleShot(PRELOAD_AFTER_MS, lambda: start_task(
            self.pool, lambda progress, cancel, partial: api.preload_batch(),
            on_finished=lambda _: None, on_failed=lambda _: None))

    def _build(self) -> None:
        self.folder = QLineEdit()
        self.pick, self.run_button = QPushButton(), QPushButton()
        self.cancel_button, self.open_output = QPushButton(), QPushButton()
        self.pick.clicked.connect(self.choose_folder)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.folder_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.folder_label)
        top.addWidget(self.folder, 1)
        top.addWidget(self.pick)
        top.addWidget(self.run_button)
        self.table = QTableWidget(0, len(SHOWN))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.cellDoubleClicked.connect(self._open_row)
        bottom = self._status_row()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.setCentralWidget(central)
        self._set_busy(False)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Portfolio \u2014 Contract Reviewer"))
        self.folder_label.setText(self.tr("Folder of contracts:"))
        self.pick.setText(self.tr("Choose\u2026"))
        self.run_button.setText(self.tr("Review All"))
        self.cancel_button.setText(self.tr("Cancel"))
        headers = {"file": self.tr("File"), "vendor": self.tr("Vendor"),
                   "score": self.tr("Score"), "met": self.tr("Met"),
                   "vague": self.tr("Vague"), "missing": self.tr("Missing"),
                   "response": self.tr("Response (top severity)"),
                   "availability": self.tr("Availability %"),
                   "regions": self.tr("Data regions"),
                   "deviations": self.tr("Deviations"), "error": self.tr("Error")}
        self.table.setHorizontalHeaderLabels([headers[h] for h, _ in SHOWN])
        if self.task is None and self.result is None:
            self.status.setText(self.tr(
                "Choose a folder and press Review All. Results are kept in the folder "
                "'{out}' inside it; a second run skips unchanged files. Double click a row to "
                "open that contract.").format(out=OUT_FOLDER))

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder of contracts"))
        if path:
            self.set_folder(Path(path))

    def set_folder(self, folder: Path) -> None:
        self.folder.setText(str(folder))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.run_button.setEnabled(not busy)
        self.pick.setEnabled(not busy)

    def run(self) -> bool:
        text = self.folder.text().strip()
        if not text or self.task is not None:
            return False
        folder = Path(text)
        out = folder / OUT_FOLDER

        def work(progress: Any, cancel: CancelToken, partial: Any) -> Any:
            # Worker processes, not this process's thread: the GUI thread never waits
            # for the review's Python work (the GIL) while a folder is reviewed.
            result = api.run_batch(folder, out, jobs=BATCH_JOBS, xlsx=True, progress=progress,
                                   cancel=cancel,
                                   on_result=lambda rel, entry: partial(rel))
            return result

        def done(value: Any) -> None:
            self.task = None
            self._set_busy(False)
            self.result = value
            self._fill(list(value.rows))
            r = self.result
            text = self.tr("{total} contracts: {reviewed} reviewed now, {skipped} unchanged "
                           "since the last run, {failed} with errors. Summary: {csv}").format(
                total=r.total, reviewed=r.reviewed, skipped=r.skipped, failed=r.failed_total,
                csv=r.summary_csv)
            if r.cancelled:
                text = self.tr("Cancelled; what was done is kept.") + " " + text
            self.status.setText(text)
            self.batchDone.emit()

        def failed(exc: BaseException) -> None:
            self.task = None
            self._set_busy(False)
            self.error = "" if isinstance(exc, Cancelled) else str(exc)
            self.status.setText(self.error or self.tr("Cancelled."))
            self.batchDone.emit()

        def one_done(rel: str) -> None:
            self.rows_seen += 1

        self.error, self.rows_seen = "", 0
        self.task = start_task(self.pool, work, on_finished=done, on_failed=failed,
                               on_progress=self._on_progress,
                               on_partial=one_done)
        self._set_busy(True)
        self.progress.setValue(0)
        return True

    def set_language(self, lang: str) -> None:
        """Show the core's texts (errors, deviations) in ``lang`` too."""
        self.lang = lang
        if self.rows:
            self._fill(self.rows)

    def _fill(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, (key, numeric) in enumerate(SHOWN):
                value = shown_value(row, key, self.lang)
                item = SortItem(value)
                item.setToolTip(value if len(value) > 30 else "")
                number = _number(value) if numeric else None
                if number is not None:
                    item.setData(Qt.ItemDataRole.UserRole, number)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if key == "error" and value:
                    item.setForeground(QBrush(QColor("#c62828")))
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        for c in range(self.table.columnCount()):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 260))

    def file_at(self, row: int) -> Path | None:
        item = self.table.item(row, 0)
        if item is None or not self.folder.text():
            return None
        return Path(self.folder.text()) / item.text()

    def _open_row(self, row: int, _col: int) -> None:
        path = self.file_at(row)
        if path is not None and self.on_open is not None:
            self.on_open(str(path))
