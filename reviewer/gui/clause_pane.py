"""The contract's clauses (the segmentation) as a searchable list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget

from reviewer.clause import Clause, ClauseKind
from reviewer.gui.plain_text import plain_tooltip
from reviewer.gui.review_state import ReviewState
from reviewer.gui.role_span import RoleSpan, fill_roles

ClauseRole = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()  # the invisible root, as a default argument


def _line(c: Clause) -> str:
    """The clause as one line of the list: indented by level, number, heading, text."""
    indent = "    " * max(0, c.level - 1)
    head = " ".join(p for p in (c.number, c.heading) if p)
    body = c.text if len(c.text) < 90 else c.text[:90] + "\u2026"
    if c.kind is ClauseKind.HEADING:
        return indent + (head or body)
    return indent + (f"{head}  {body}" if head else body)


class ClauseListModel(QAbstractListModel):
    def __init__(self, state: ReviewState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._clauses: tuple[Clause, ...] = ()
        self._lines: dict[int, str] = {}  # row -> its line, made when first shown
        state.reviewChanged.connect(self._reset)

    def _reset(self) -> None:
        self.beginResetModel()
        self._clauses = self.state.review.clauses if self.state.review is not None else ()
        self._lines = {}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._clauses)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._line(row)
        c = self._clauses[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(c.full_text)
        if role == ClauseRole:
            return c
        if role == Qt.ItemDataRole.UserRole + 2:  # search text
            return c.full_text
        return None

    def multiData(self, index: QModelIndex | QPersistentModelIndex,
                  roleDataSpan: RoleSpan) -> None:
        """A painted row's seven roles in one call from Qt (reviewer.gui.role_span)."""
        fill_roles(roleDataSpan, lambda role: self.data(index, role))

    def _line(self, row: int) -> str:
        line = self._lines.get(row)
        if line is None:
            line = self._lines[row] = _line(self._clauses[row])
        return line


class ClauseFilter(QSortFilterProxyModel):
    """The clauses whose text holds the search (case-insensitive)."""

    def multiData(self, index: QModelIndex | QPersistentModelIndex,
                  roleDataSpan: RoleSpan) -> None:
        # Qt's proxies answer multiData with one mapped data() call per role.
        self.sourceModel().multiData(self.mapToSource(index), roleDataSpan)


class ClausePane(QWidget):
    clauseSelected = Signal(object)  # Clause

    def __init__(self, state: ReviewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ClauseListModel(state, self)
        self.proxy = ClauseFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(Qt.ItemDataRole.UserRole + 2)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setUniformItemSizes(True)
        self.list.setWordWrap(False)
        self.list.selectionModel().currentChanged.connect(self._on_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search clauses"))

    def _on_current(self, current: QModelIndex, _prev: QModelIndex) -> None:
        clause = current.data(ClauseRole) if current.isValid() else None
        if clause is not None:
            self.clauseSelected.emit(clause)

    def current_clause(self) -> Clause | None:
        index = self.list.currentIndex()
        clause = index.data(ClauseRole) if index.isValid() else None
        return clause if isinstance(clause, Clause) else None
