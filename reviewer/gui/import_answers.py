"""File > Import Vendor Answers: the returned workbook, previewed before anything changes.

The workbook is read in the background (`worker.start_task`) by the same core
function as ``reviewer responses import --dry-run``
(`api.preview_vendor_responses`). The window lists new answers, changed
answers (old and new), rows that match no item, statuses the vendor edited,
and items answered but still vague or missing; a workbook made for another
contract or checklist is refused with the reason. Apply replaces the
annotations in one undoable step.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer import api
from reviewer.gui.review_state import ReviewState
from reviewer.gui.worker import BackgroundTask, start_task
from reviewer.progress import CancelToken

REFUSED_COLOUR = QColor("#9c0006")


class ImportAnswersDialog(QDialog):
    previewReady = Signal()
    applied = Signal(int)  # how many answers were added or changed

    def __init__(self, state: ReviewState, workbook: Path, parent: QWidget | None = None,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.state, self.workbook = state, Path(workbook)
        self.pool = pool or QThreadPool.globalInstance()
        self.preview: api.ResponsePreview | None = None
        self.task: BackgroundTask | None = None
        self.setObjectName("ImportAnswersDialog")
        self.resize(900, 560)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(self.summary.textFormat().PlainText)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.busy)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import Vendor Answers \u2014 {name}").format(
            name=self.workbook.name))
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Before"), self.tr("After")])
        self.apply_button.setText(self.tr("Apply"))
        if self.preview is None:
            self.summary.setText(self.tr("Reading {name}\u2026").format(name=self.workbook.name))

    # --- reading -----------------------------------------------------------------------
    def start(self) -> None:
        review, annotations = self.state.review, self.state.annotations
        if review is None:
            return
        saved = self.state.saved
        sha = saved.contract_sha256 if saved else ""
        lang = self.state.ui_lang
        titles = {f.item_id: self.state.item_title(f.item_id, lang) for f in review.findings}
        path = self.workbook

        def work(progress: Any, cancel: CancelToken, partial: Any) -> Any:
            return api.preview_vendor_responses(review, annotations, path, sha, titles)

        self.task = start_task(self.pool, work, on_finished=self._show, on_failed=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.busy.hide()
        self._refuse(str(exc))
        self.previewReady.emit()

    def _refuse(self, reason: str) -> None:
        self.summary.setText(self.tr("Nothing can be imported from this file:") + "\n" + reason)
        self.summary.setStyleSheet(f"color: {REFUSED_COLOUR.name()}")
        self.apply_button.setEnabled(False)

    def _show(self, preview: api.ResponsePreview) -> None:
        self.task = None
        self.busy.hide()
        self.preview = preview
        self.tree.clear()
        if preview.refused:
            self._refuse(preview.refused)
            self.previewReady.emit()
            return
        self.summary.setText(self.tr(
            "{new} new answers, {changed} changed, {same} unchanged, {empty} unanswered. "
            "Nothing changes until you press Apply; Undo takes it back.").format(
                new=len(preview.new), changed=len(preview.changed),
                same=len(preview.unchanged), empty=len(preview.unanswered)))
        self._fill(preview)
        self.apply_button.setEnabled(preview.applicable)
        self.previewReady.emit()

    def _group(self, title: str, count: int) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.tree, [f"{title} ({count})"])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setExpanded(True)
        group.setFirstColumnSpanned(True)
        return group

    def _fill(self, p: api.ResponsePreview) -> None:
        if p.new:
            g = self._group(self.tr("New answers"), len(p.new))
            for c in p.new:
                QTreeWidgetItem(g, [p.title(c.item_id), "", c.new])
        if p.changed:
            g = self._group(self.tr("Changed answers"), len(p.changed))
            for c in p.changed:
                QTreeWidgetItem(g, [p.title(c.item_id), c.old, c.new])
        if p.unmatched:
            g = self._group(self.tr("Rows that match no item (not imported)"), len(p.unmatched))
            for u in p.unmatched:
                where = self.tr("row {n}").format(n=u.row)
                QTreeWidgetItem(g, [where, u.item_id, u.text])
        if p.status_edits:
            g = self._group(self.tr("Statuses the vendor edited (not imported)"),
                            len(p.status_edits))
            for s in p.status_edits:
                row = QTreeWidgetItem(g, [p.title(s.item_id), s.ours, s.vendor])
                row.setForeground(2, QBrush(REFUSED_COLOUR))
        if p.still_open:
            g = self._group(self.tr("Answered but still vague or missing: check these"),
                            len(p.still_open))
            for item in p.still_open:
                QTreeWidgetItem(g, [p.title(item), "", ""])
        for col, width in enumerate((380, 300)):
            self.tree.setColumnWidth(col, width)

    # --- applying ------------------------------------------------------------------------
    def apply(self) -> None:
        p = self.preview
        if p is None or not p.applicable or p.annotations is None:
            return
        self.state.edit(p.annotations, self.tr("Import vendor answers from {name}").format(
            name=self.workbook.name))
        self.applied.emit(len(p.new) + len(p.changed))
        self.accept()

    def done(self, result: int) -> None:
        if self.task is not None:
            self.task.cancel.cancel()
        super().done(result)
