"""The checklist results: summary, status filter, search and the item tree.

Selecting a row sets the state's current item; the window reacts (scrolls
the document, fills the detail panel). Next/previous navigation walks the
visible rows, so it respects the filter.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reviewer.gui.results_model import ItemIdRole, ResultsFilter, ResultsModel, StatusRole
from reviewer.gui.review_state import ReviewState
from reviewer.gui.status_style import COLOURS, status_icon, status_word
from reviewer.review import Status


class ChecklistPane(QWidget):
    def __init__(self, state: ReviewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = ResultsModel(state, self)
        self.proxy = ResultsFilter(self)
        self.proxy.setSourceModel(self.model)

        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.filters: dict[Status, QCheckBox] = {}
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        self.show_label = QLabel(self.tr("Show:"))
        filters.addWidget(self.show_label)
        for status in Status:
            box = QCheckBox(status_word(status))
            box.setIcon(status_icon(status))
            box.setChecked(True)
            box.toggled.connect(self._apply_filter)
            self.filters[status] = box
            filters.addWidget(box)
        filters.addStretch(1)
        self.least_sure = QCheckBox(self.tr("Least sure first"))
        self.least_sure.setToolTip(self.tr("Order the items by how sure the tool is, the doubtful ones first"))
        self.least_sure.toggled.connect(self._apply_order)
        filters.addWidget(self.least_sure)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search items, reasons and notes"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)

        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths measured from the texts: ResizeToContents asks the model for
        # every row's size hint on each layout, which costs tens of ms per repaint.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(48)
        self.tree.selectionModel().currentChanged.connect(self._on_current)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)

        state.reviewChanged.connect(self._on_review)
        state.annotationsChanged.connect(self._update_summary)
        state.currentItemChanged.connect(self.select_item)
        self.proxy.modelReset.connect(self.tree.expandAll)
        self.proxy.layoutChanged.connect(self.tree.expandAll)
        self.proxy.rowsInserted.connect(lambda *_: self.tree.expandAll())
        self._update_summary()
        self._size_columns()

    def _size_columns(self) -> None:
        fm = self.tree.fontMetrics()
        words = [status_word(s) for s in Status]
        widest = max(fm.horizontalAdvance(self.model.tr("{new} (tool: {old})").format(
            new=a, old=b)) for a in words for b in words)
        self.tree.setColumnWidth(1, widest + 40)  # icon and margins
        self.tree.setColumnWidth(2, fm.horizontalAdvance("\u270e \u00b6 \u2709 !") + 16)

    def retranslate(self) -> None:
        self._size_columns()
        self.search.setPlaceholderText(self.tr("Search items, reasons and notes"))
        self.show_label.setText(self.tr("Show:"))
        self.least_sure.setText(self.tr("Least sure first"))
        self.least_sure.setToolTip(self.tr("Order the items by how sure the tool is, the doubtful ones first"))
        for status, box in self.filters.items():
            box.setText(status_word(status))
        self._update_summary()

    def _on_review(self) -> None:
        self._update_summary()  # the proxy's modelReset already expanded the tree

    def _update_summary(self) -> None:
        review = self.state.review
        if review is None:
            self.summary.setText(self.tr("No review yet."))
            return
        counts = {s: 0 for s in Status}
        for f in review.findings:
            counts[self.state.effective_status(f)] += 1
        parts = [
            f"<span style='color:{COLOURS[s].name()}'><b>{counts[s]}</b> {status_word(s)}</span>"
            for s in Status
        ]
        overrides = sum(1 for f in review.findings
                        if self.state.effective_status(f) is not f.status)
        mine = review.score
        if overrides and self.state.checklist is not None:
            from reviewer.api import effective_score

            mine = effective_score(self.state.checklist, review.findings,
                                   self.state.effective_status)
        # One line: the tool's score and the score with the reviewer's changes, side by side.
        text = self.tr("Tool's score <b>{tool:.1f}</b> \u00b7 With your changes <b>{mine:.1f}</b>"
                       " / 100").format(tool=review.score, mine=mine)
        text += "<br>" + " &nbsp; ".join(parts)
        if overrides:
            text += " &nbsp; " + self.tr("({n} overridden)").format(n=overrides)
        self.summary.setText(text)

    def _apply_order(self, on: bool) -> None:
        self.proxy.set_least_sure_first(on)
        self.tree.expandAll()

    def _apply_filter(self) -> None:
        self.proxy.set_statuses({s for s, box in self.filters.items() if box.isChecked()})
        self.tree.expandAll()

    def set_status_filter(self, statuses: set[Status]) -> None:
        for s, box in self.filters.items():
            box.setChecked(s in statuses)

    # --- selection and navigation ---------------------------------------------------
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item_id = current.data(ItemIdRole) if current.isValid() else None
        if item_id:
            self.state.set_current_item(str(item_id))

    def select_item(self, item_id: str) -> None:
        src = self.model.index_of(item_id)
        index = self.proxy.mapFromSource(src)
        if not index.isValid() or index == self.tree.currentIndex():
            return
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.tree.scrollTo(index)

    def visible_item_indexes(self) -> list[QModelIndex]:
        out: list[QModelIndex] = []
        for srow in range(self.proxy.rowCount()):
            section = self.proxy.index(srow, 0)
            out.extend(self.proxy.index(r, 0, section) for r in range(self.proxy.rowCount(section)))
        return out

    def step_item(self, step: int, needs_attention: bool = False) -> bool:
        """Select the next (step=1) or previous (-1) visible item; wraps around."""
        rows = self.visible_item_indexes()
        if needs_attention:
            rows = [i for i in rows if i.data(StatusRole) != Status.MET.value]
        if not rows:
            return False
        ids = [str(i.data(ItemIdRole)) for i in rows]
        current = self.state.current_item
        if current in ids:
            pos = (ids.index(current) + step) % len(ids)
        elif needs_attention or step > 0:
            order = self.model.item_ids()
            cur = order.index(current) if current in order else -1
            later = [i for i in ids if order.index(i) > cur]
            pos = ids.index(later[0]) if later else 0
        else:
            pos = len(ids) - 1
        self.state.set_current_item(ids[pos])
        return True
