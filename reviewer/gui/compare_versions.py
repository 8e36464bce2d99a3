"""Tools > Compare Versions: the original (contract or saved review) against a revision.

`api.diff_versions` runs in the background (progress, cancel). The table
lists every item with its change (improved / worse / changed / same), the
status before and after and the reviewer's carried-over note; items whose
override was carried over but whose text changed are flagged for re-check.
Selecting a row shows the word diff of the cited clauses. Export writes the
same workbook as ``reviewer diff --xlsx``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reviewer import api
from reviewer.errors import Cancelled
from reviewer.gui.status_style import BACKGROUNDS, COLOURS, status_word
from reviewer.gui.tool_window import ToolWindow
from reviewer.gui.worker import BackgroundTask, start_task
from reviewer.language import Language
from reviewer.progress import CancelToken

CHANGE_COLOURS = {"improved": "#1b7f3b", "worse": "#c62828", "changed": "#b86e00",
                  "same": "#666666"}


class CompareVersionsWindow(ToolWindow):
    diffReady = Signal()
    exported = Signal(str)

    def __init__(self, lang: str = "en", parent: QWidget | None = None,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("CompareVersionsWindow")
        self.lang, self.pool = lang, pool or QThreadPool.globalInstance()
        self.diff: api.VersionDiff | None = None
        self.task: BackgroundTask | None = None
        self.error = ""
        self._build()
        self.retranslate()
        self.resize(1280, 800)

    def _build(self) -> None:
        self.original, self.revised = QLineEdit(), QLineEdit()
        self.pick_original, self.pick_revised = QPushButton(), QPushButton()
        self.pick_original.clicked.connect(lambda: self._pick(self.original))
        self.pick_revised.clicked.connect(lambda: self._pick(self.revised))
        self.compare_button, self.export_button = QPushButton(), QPushButton()
        self.cancel_button = QPushButton()
        self.compare_button.clicked.connect(self.run)
        self.export_button.clicked.connect(self.choose_export)
        self.cancel_button.clicked.connect(self.cancel)
        form = QFormLayout()
        self.original_label, self.revised_label = QLabel(), QLabel()
        for label, edit, button in ((self.original_label, self.original, self.pick_original),
                                    (self.revised_label, self.revised, self.pick_revised)):
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(button)
            form.addRow(label, row)
        actions = QHBoxLayout()
        actions.addWidget(self.compare_button)
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        self.table = QTableWidget(0, 5)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.currentCellChanged.connect(lambda r, _c, _r, _cc: self.show_item(r))
        self.detail = QTextBrowser()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        bottom = self._status_row()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.setCentralWidget(central)
        self._set_busy(False)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare Versions \u2014 Contract Reviewer"))
        self.original_label.setText(self.tr("Original (contract or saved review):"))
        self.revised_label.setText(self.tr("Revision:"))
        self.pick_original.setText(self.tr("Choose\u2026"))
        self.pick_revised.setText(self.tr("Choose\u2026"))
        self.compare_button.setText(self.tr("Compare"))
        self.export_button.setText(self.tr("Export Excel\u2026"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Change"),
                                              self.tr("Before"), self.tr("After"),
                                              self.tr("Your note")])
        if self.diff is None and self.task is None:
            self.status.setText(self.tr("Choose the original and the revision, then press "
                                        "Compare. A saved review as the original carries "
                                        "your notes over."))
        if self.diff is not None:
            self._show(self.diff)

    def set_language(self, lang: str) -> None:
        """Titles and fact changes come from the core in both languages: show ``lang``'s."""
        self.lang = lang
        if self.diff is not None:
            row = self.table.currentRow()
            self._show(self.diff)
            if row >= 0:
                self.table.setCurrentCell(row, 0)
                self.show_item(row)

    def change_word(self, change: str) -> str:
        return {"improved": self.tr("improved"), "worse": self.tr("worse"),
                "changed": self.tr("changed"), "same": self.tr("same")}.get(change, change)

    def _pick(self, edit: QLineEdit) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), "",
                                              "*.pdf *.docx *.review.json")
        if path:
            edit.setText(path)

    def set_files(self, original: Path, revised: Path) -> None:
        self.original.setText(str(original))
        self.revised.setText(str(revised))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.compare_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy and self.diff is not None)

    def run(self) -> bool:
        old, new = self.original.text().strip(), self.revised.text().strip()
        if not old or not new or self.task is not None:
            return False

        def work(progress: Any, cancel: CancelToken, partial: Any) -> Any:
            return api.diff_versions(old, new, progress=progress, cancel=cancel)

        def done(diff: api.VersionDiff) -> None:
            self.task = None
            self.diff = diff
            self._set_busy(False)
            self._show(diff)
            self.diffReady.emit()

        def failed(exc: BaseException) -> None:
            self.task = None
            self._set_busy(False)
            self.error = "" if isinstance(exc, Cancelled) else str(exc)
            self.status.setText(self.error or self.tr("Cancelled."))
            self.diffReady.emit()

        self.error = ""
        self.task = start_task(self.pool, work, on_finished=done, on_failed=failed,
                               on_progress=self._on_progress)
        self._set_busy(True)
        return True

    def _show(self, diff: api.VersionDiff) -> None:
        self.table.setRowCount(len(diff.items))
        for r, item in enumerate(diff.items):
            title = QTableWidgetItem(item.title.get(self.lang))
            change = QTableWidgetItem(self.change_word(item.change) + (
                " \u26a0" if item.override_needs_check else ""))
            change.setForeground(QBrush(QColor(CHANGE_COLOURS.get(item.change, "#000"))))
            cells = [title, change]
            for status in (item.old_status, item.new_status):
                cell = QTableWidgetItem(status_word(status))
                cell.setBackground(QBrush(BACKGROUNDS[status]))
                cell.setForeground(QBrush(COLOURS[status]))
                cells.append(cell)
            cells.append(QTableWidgetItem(item.note))
            for c, cell in enumerate(cells):
                self.table.setItem(r, c, cell)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        counts = {k: len(diff.by_change(k)) for k in ("improved", "worse", "changed")}
        recheck = sum(1 for i in diff.items if i.override_needs_check)
        self.status.setText(self.tr(
            "{old} \u2192 {new}: {improved} improved, {worse} worse, {changed} changed; "
            "{recheck} of your overrides to re-check (\u26a0).").format(
                old=diff.old_name, new=diff.new_name, recheck=recheck, **counts))

    def show_item(self, row: int) -> None:
        d = self.diff
        if d is None or not 0 <= row < len(d.items):
            return
        item = d.items[row]
        lines = [item.title.get(self.lang),
                 f"{status_word(item.old_status)} \u2192 {status_word(item.new_status)} "
                 f"({self.change_word(item.change)})"]
        if item.override_needs_check:
            lines.append(self.tr("Your override was carried over, but the clause changed: "
                                 "check it again."))
        lines += [f.get(self.lang) for f in item.fact_changes]
        if item.note:
            lines.append(self.tr("Your note: {note}").format(note=item.note))
        if item.vendor_response:
            lines.append(self.tr("Vendor's answer: {answer}").format(answer=item.vendor_response))
        if item.promised_not_delivered:
            lines.append(self.tr("The vendor's answer promised more than the revision says."))
        diff_text = item.evidence_diff_text()
        lines += ["", self.tr("Changed wording of the cited clauses "
                              "([-removed-] {+added+}):") if diff_text
                  else self.tr("The cited clauses read the same."), diff_text]
        self.detail.setPlainText("\n".join(lines))

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export changes"), "changes.xlsx",
                                              "*.xlsx")
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> bool:
        diff = self.diff
        if diff is None:
            return False
        lang = Language.or_english(self.lang)
        return self._export_in_worker(lambda: api.write_diff_xlsx(diff, path, lang=lang), path)
