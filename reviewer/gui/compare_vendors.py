"""Tools > Compare Vendors: items x vendors, key facts, best values, scores, evidence.

Pick contracts or saved reviews; `api.compare_vendors` reads and reviews them
in the background (the one worker pattern: progress, cancel). The matrix
shows each vendor's status (colour) and key fact, a star on the best value
per row, "!" on a policy deviation; below it, both scorecards and the section
scores as a chart. Clicking a cell shows that vendor's evidence for the item;
double clicking opens that vendor's contract in the main window. Export
writes the same comparison workbook as ``reviewer compare --xlsx``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reviewer import api
from reviewer.errors import Cancelled
from reviewer.gui.score_chart import ChartGroup, ScoreChart
from reviewer.gui.status_style import BACKGROUNDS, COLOURS, status_word
from reviewer.gui.tool_window import ToolWindow
from reviewer.gui.worker import BackgroundTask, start_task
from reviewer.language import Language
from reviewer.progress import CancelToken

FILE_FILTER = "*.pdf *.docx *.review.json"


PRELOAD_AFTER_MS = 400  # the background imports start this long after the window opens


class CompareVendorsWindow(ToolWindow):
    comparisonReady = Signal()
    exported = Signal(str)

    def __init__(self, lang: str = "en", parent: QWidget | None = None,
                 pool: QThreadPool | None = None,
                 on_open: Callable[[str], Any] | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("CompareVendorsWindow")
        self.lang, self.pool, self.on_open = lang, pool or QThreadPool.globalInstance(), on_open
        self.comparison: api.Comparison | None = None
        self.task: BackgroundTask | None = None
        self.error = ""
        self._build()
        self.retranslate()
        self.resize(1280, 800)
        # After the window's first paint, so the two do not add up to one long stall.
        QTimer.singleShot(PRELOAD_AFTER_MS, self._preload)

    def set_language(self, lang: str) -> None:
        """Titles, key facts and deviations come from the core in both languages."""
        self.lang = lang
        if self.comparison is not None:
            self._show(self.comparison)

    def _preload(self) -> None:
        """Import what comparing needs now, in small pieces in the background, while the
        reviewer picks files: done all at once by the first comparison it held the GIL
        long enough to freeze this window (see `reviewer.preload`)."""
        def work(progress: Any, cancel: CancelToken, partial: Any) -> None:
            api.preload_compare()

        start_task(self.pool, work, on_finished=lambda _: None, on_failed=lambda _: None)

    # --- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.files = QListWidget()
        self.files.setMaximumHeight(90)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.compare_button, self.export_button = QPushButton(), QPushButton()
        self.cancel_button = QPushButton()
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self._remove_selected)
        self.compare_button.clicked.connect(self.run)
        self.export_button.clicked.connect(self.choose_export)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QVBoxLayout()
        for b in (self.add_button, self.remove_button, self.compare_button, self.export_button):
            buttons.addWidget(b)
        top = QHBoxLayout()
        top.addWidget(self.files, 1)
        top.addLayout(buttons)
        self.matrix = QTableWidget()
        self.matrix.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.matrix.setWordWrap(True)
        self.matrix.currentCellChanged.connect(lambda r, c, _r, _c: self.show_evidence(r, c))
        self.matrix.cellDoubleClicked.connect(self._open_contract)
        self.evidence = QTextBrowser()
        self.evidence.setOpenLinks(False)
        self.chart = ScoreChart()
        chart_scroll = QScrollArea()
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setWidget(self.chart)
        self.sections = QTableWidget()
        self.sections.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.evidence, "")
        self.tabs.addTab(chart_scroll, "")
        self.tabs.addTab(self.sections, "")
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.matrix)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([760, 500])
        self.split = split
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(self._status_row())
        self.setCentralWidget(central)
        self._set_busy(False)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare Vendors \u2014 Contract Reviewer"))
        self.add_button.setText(self.tr("Add Contracts or Reviews\u2026"))
        self.remove_button.setText(self.tr("Remove"))
        self.compare_button.setText(self.tr("Compare"))
        self.export_button.setText(self.tr("Export Excel\u2026"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.tabs.setTabText(0, self.tr("Evidence"))
        self.tabs.setTabText(1, self.tr("Scorecards"))
        self.tabs.setTabText(2, self.tr("Section scores"))
        if self.comparison is None and not self.task:
            self.status.setText(self.tr("Add two or more contracts or saved reviews, then "
                                        "press Compare."))
            self.evidence.setPlainText(self.tr("Click a cell to see that vendor's evidence."))
        if self.comparison is not None:
            self._show(self.comparison)

    # --- files --------------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Contracts or saved reviews to compare"), "",
            self.tr("Contracts and reviews ({patterns})").format(patterns=FILE_FILTER))
        self.set_files([Path(p) for p in paths], append=True)

    def set_files(self, paths: list[Path], append: bool = False) -> None:
        if not append:
            self.files.clear()
        known = set(self.file_paths())
        for p in paths:
            if p not in known:
                self.files.addItem(str(p))
        self._update_buttons()

    def file_paths(self) -> list[Path]:
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def _remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.task is not None
        self.compare_button.setEnabled(not busy and self.files.count() >= 1)
        self.export_button.setEnabled(not busy and self.comparison is not None)
        self.add_button.setEnabled(not busy)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self._update_buttons()

    # --- running --------------------------------------------------------------------------------
    def run(self) -> bool:
        paths = self.file_paths()
        if not paths or self.task is not None:
            return False
        self.error = ""

        def work(progress: Any, cancel: CancelToken, partial: Any) -> Any:
            return api.compare_vendors(paths, progress=progress, cancel=cancel)

        def done(comparison: api.Comparison) -> None:
            self.task = None
            self.comparison = comparison
            self._set_busy(False)
            self._show(comparison)
            self.comparisonReady.emit()

        def failed(exc: BaseException) -> None:
            self.task = None
            self._set_busy(False)
            self.error = str(exc) if not isinstance(exc, Cancelled) else ""
            self.status.setText(self.error or self.tr("Cancelled."))
            self.comparisonReady.emit()

        self.task = start_task(self.pool, work, on_finished=done, on_failed=failed,
                               on_progress=self._on_progress)
        self._set_busy(True)
        self.progress.setValue(0)
        return True

    # --- showing ----------------------------------------------------------------------------------
    def _show(self, c: api.Comparison) -> None:
        lang = Language.or_english(self.lang)
        names = [v.name for v in c.vendors]
        self.matrix.clear()
        self.matrix.setColumnCount(len(names))
        self.matrix.setRowCount(len(c.rows) + 1)
        self.matrix.setHorizontalHeaderLabels(names)
        labels = [self.tr("Score (with your changes)")] + [r.title.get(lang) for r in c.rows]
        self.matrix.setVerticalHeaderLabels(labels)
        bold = QFont(self.font())
        bold.setBold(True)
        for col, total in enumerate(c.totals):
            best = total == max(c.totals) and len(c.totals) > 1
            item = QTableWidgetItem(f"{total:.1f}" + (" \u2605" if best else ""))
            item.setFont(bold)
            self.matrix.setItem(0, col, item)
        for r, row in enumerate(c.rows, start=1):
            for col, cell in enumerate(row.cells):
                self.matrix.setItem(r, col, self._cell_item(cell, lang))
        head = self.matrix.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.resizeRowsToContents()  # once, not on every repaint
        self.matrix.verticalHeader().setMaximumWidth(300)
        head.setMinimumSectionSize(110)
        self._show_scores(c, names)
        best_total = names[c.totals.index(max(c.totals))] if c.totals else ""
        self.status.setText(self.tr("{n} vendors compared. Highest score with your changes: "
                                    "{best}. \u2605 best value in a row, ! deviation from "
                                    "policy.").format(n=len(names), best=best_total))

    def _cell_item(self, cell: Any, lang: str) -> QTableWidgetItem:
        if not cell.in_review:
            item = QTableWidgetItem(self.tr("not reviewed"))
            return item
        text = status_word(cell.status)
        if cell.fact:
            text += f"\n{cell.fact}"
        if cell.best:
            text += " \u2605"
        if cell.deviations:
            text += " !"
        item = QTableWidgetItem(text)
        item.setBackground(QBrush(BACKGROUNDS[cell.status]))
        item.setForeground(QBrush(COLOURS[cell.status]))
        tips = [d.message.get(lang) for d in cell.deviations]
        if cell.status != cell.tool_status:
            tips.append(self.tr("Changed by the reviewer; the tool said {old}").format(
                old=status_word(cell.tool_status)))
        item.setToolTip("\n".join(tips))
        return item

    def _show_scores(self, c: api.Comparison, names: list[str]) -> None:
        groups: list[ChartGroup] = []
        if c.vendors and c.scorecards and c.scorecards[0]:
            for k, card in enumerate(c.scorecards[0]):
                scores = tuple(v[k].score if k < len(v) else None for v in c.scorecards)
                parts = tuple(
                    (f"{d.title.get(self.lang)} ({d.weight:g} %)",
                     tuple(v[k].dimensions[j].score if k < len(v) else None
                           for v in c.scorecards))
                    for j, d in enumerate(card.dimensions))
                groups.append(ChartGroup(card.title.get(self.lang), scores, parts))
        self.chart.set_data(names, groups)
        section_ids = [s.id for s in c.checklist.sections]
        self.sections.clear()
        self.sections.setColumnCount(len(names))
        self.sections.setRowCount(len(section_ids))
        self.sections.setHorizontalHeaderLabels(names)
        self.sections.setVerticalHeaderLabels([s.title.get(self.lang)
                                               for s in c.checklist.sections])
        for r, sid in enumerate(section_ids):
            values = [scores.get(sid) for scores in c.section_scores]
            top = max((v for v in values if v is not None), default=None)
            for col, v in enumerate(values):
                text = "\u2013" if v is None else f"{v:.0f}" + (
                    " \u2605" if v == top and len(values) > 1 else "")
                self.sections.setItem(r, col, QTableWidgetItem(text))
        self.sections.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def show_evidence(self, row: int, col: int) -> None:
        c = self.comparison
        if c is None or row < 1 or col < 0 or row > len(c.rows) or col >= len(c.vendors):
            return
        r, vendor = c.rows[row - 1], c.vendors[col]
        cell = r.cells[col]
        lines = [f"{vendor.name} \u2014 {r.title.get(self.lang)}",
                 self.tr("Status: {status}").format(status=status_word(cell.status))]
        if cell.status != cell.tool_status:
            lines.append(self.tr("Changed by the reviewer; the tool said {old}").format(
                old=status_word(cell.tool_status)))
        if cell.fact:
            lines.append(self.tr("Key fact: {fact}").format(fact=cell.fact))
        lines += [d.message.get(self.lang) for d in cell.deviations]
        lines.append("")
        if not cell.evidence:
            lines.append(self.tr("No clause of this contract addresses the item."))
        for ev in cell.evidence:
            where = ", ".join(x for x in (ev.clause_number or "",
                                          self.tr("p. {n}").format(n=ev.location.page)
                                          if ev.location.page else "") if x)
            lines.append(f"[{where}]" if where else "")
            lines.append(ev.text)
            lines.append("")
        self.evidence.setPlainText("\n".join(lines))
        self.tabs.setCurrentIndex(0)

    def _open_contract(self, row: int, col: int) -> None:
        c = self.comparison
        if c is None or self.on_open is None or col >= len(c.vendors):
            return
        vendor = c.vendors[col]
        self.on_open(vendor.source)

    # --- export ---------------------------------------------------------------------------------
    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export comparison"),
                                              "comparison.xlsx", "*.xlsx")
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> bool:
        c = self.comparison
        if c is None:
            return False
        lang = Language.or_english(self.lang)
        return self._export_in_worker(lambda: api.write_comparison_xlsx(c, path, lang=lang), path)
