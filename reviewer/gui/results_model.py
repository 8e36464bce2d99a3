"""The checklist results as one Qt model over Review + Annotations.

A two-level tree: sections, then one row per checklist item. Columns: the
item, the status a reader should see (the reviewer's override if any, else
the tool's), and the reviewer's marks. Custom roles carry what views and the
filter need. `ResultsFilter` filters by status and by a search text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from reviewer.gui.plain_text import plain_tooltip
from reviewer.gui.review_state import ReviewState
from reviewer.gui.role_span import RoleSpan, fill_roles
from reviewer.gui.status_style import (
    BACKGROUNDS,
    COLOURS,
    OVERRIDE_COLOUR,
    status_icon,
    status_word,
)
from reviewer.review import Finding, Status

ItemIdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2  # effective status value ("met"...), items only
SearchTextRole = Qt.ItemDataRole.UserRole + 3
IsSectionRole = Qt.ItemDataRole.UserRole + 4
# How sure the tool is (0-1); a section's is its least sure item's. Unknown
# (an old review file) sorts last.
ConfidenceRole = Qt.ItemDataRole.UserRole + 5

Index = QModelIndex | QPersistentModelIndex
COLUMNS = 3
_ROOT = QModelIndex()  # the invisible root, as a default argument
_UNSET = object()  # a role not asked for yet (None is a valid answer)


class ResultsModel(QAbstractItemModel):
    def __init__(self, state: ReviewState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._sections: list[tuple[str, list[Finding]]] = []
        self._shown = state.annotations  # what the rows currently reflect
        # Every answer given, per cell and role, for the review, annotations and language it
        # was computed for: a paint asks each visible cell for seven roles, and each call from
        # Qt into Python costs more than the answer itself (see multiData).
        self._cells: dict[tuple[int, int, int], dict[int, Any]] = {}
        self._cells_review: object = None
        self._cells_annotations: object = None
        self._cells_lang = ""
        self._rebuild()
        state.reviewChanged.connect(self._on_review)
        state.annotationsChanged.connect(self._on_annotations)

    # --- structure -------------------------------------------------------------
    def _rebuild(self) -> None:
        groups: dict[str, list[Finding]] = {}
        review = self.state.review
        if review is not None:
            for f in review.findings:
                groups.setdefault(f.section, []).append(f)
        self._sections = list(groups.items())
        self._cells.clear()

    def _on_review(self) -> None:
        self.beginResetModel()
        self._rebuild()
        self._shown = self.state.annotations
        self.endResetModel()

    def _on_annotations(self) -> None:
        """Signal only the rows whose annotation changed: a blanket dataChanged
        makes the filter proxy re-check every row (~170 ms on a big review)."""
        new, old = self.state.annotations, self._shown
        self._shown = new
        for srow, (_, findings) in enumerate(self._sections):
            section = self.index(srow, 0)
            touched = False
            for row, f in enumerate(findings):
                if new.item(f.item_id) != old.item(f.item_id):
                    touched = True
                    self.dataChanged.emit(self.index(row, 0, section),
                                          self.index(row, COLUMNS - 1, section))
            if touched:
                self.dataChanged.emit(section, self.index(srow, COLUMNS - 1))

    def refresh_all(self) -> None:
        """Every row changed (e.g. the UI language)."""
        self._cells.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        for row, (_, findings) in enumerate(self._sections):
            parent = self.index(row, 0)
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1))
            if findings:
                self.dataChanged.emit(self.index(0, 0, parent),
                                      self.index(len(findings) - 1, COLUMNS - 1, parent))

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        # Bounds checked here rather than by hasIndex(), which calls back into Python twice
        # (rowCount, columnCount); the views and the filter ask for indexes thousands of times.
        if not 0 <= column < COLUMNS or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._sections):
                return QModelIndex()
            return self.createIndex(row, column, 0)
        srow = parent.row()
        if (parent.internalId() != 0 or parent.column() != 0 or srow >= len(self._sections)
                or row >= len(self._sections[srow][1])):
            return QModelIndex()
        return self.createIndex(row, column, srow + 1)

    def parent(self, child: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._sections)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._sections[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        return COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Item"), self.tr("Status"), self.tr("Marks"))[section]
        return None

    # --- lookup ----------------------------------------------------------------
    def finding_at(self, index: Index) -> Finding | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._sections[index.internalId() - 1][1][index.row()]

    def index_of(self, item_id: str, column: int = 0) -> QModelIndex:
        for srow, (_, findings) in enumerate(self._sections):
            for row, f in enumerate(findings):
                if f.item_id == item_id:
                    return self.index(row, column, self.index(srow, 0))
        return QModelIndex()

    def item_ids(self) -> list[str]:
        return [f.item_id for _, fs in self._sections for f in fs]

    # --- data ------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self._cell(index)
        value = cell.get(role, _UNSET)
        if value is _UNSET:
            value = cell[role] = self._compute(index, role)
        return value

    def multiData(self, index: Index, roleDataSpan: RoleSpan) -> None:
        """All the roles a delegate paints a cell with, in one call (reviewer.gui.role_span)."""
        if not index.isValid():
            fill_roles(roleDataSpan, lambda _role: None)
            return
        cell = self._cell(index)

        def answer(role: int) -> Any:
            value = cell.get(role, _UNSET)
            if value is _UNSET:
                value = cell[role] = self._compute(index, role)
            return value

        fill_roles(roleDataSpan, answer)

    def _cell(self, index: Index) -> dict[int, Any]:
        state = self.state
        if (state.review is not self._cells_review or state.annotations is not
                self._cells_annotations or state.ui_lang != self._cells_lang):
            self._cells.clear()  # a new review, an edit or another language
            self._cells_review, self._cells_annotations = state.review, state.annotations
            self._cells_lang = state.ui_lang
        key = (index.internalId(), index.row(), index.column())
        cell = self._cells.get(key)
        if cell is None:
            cell = self._cells[key] = {}
        return cell

    def _compute(self, index: Index, role: int) -> Any:
        lang = self.state.ui_lang
        if index.internalId() == 0:
            section_id, findings = self._sections[index.row()]
            return self._section_data(section_id, findings, index.column(), role, lang)
        finding = self.finding_at(index)
        assert finding is not None
        return self._item_data(finding, index.column(), role, lang)

    def _section_data(self, section_id: str, findings: list[Finding], column: int, role: int,
                      lang: str) -> Any:
        if role == IsSectionRole:
            return True
        if role == ConfidenceRole:
            return min((_confidence(f) for f in findings), default=2.0)
        if role == SearchTextRole:
            return self.state.section_title(section_id, lang)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return self.state.section_title(section_id, lang)
        if column == 1:
            met = sum(self.state.effective_status(f) is Status.MET for f in findings)
            return self.tr("{met} of {n} met").format(met=met, n=len(findings))
        return None

    def _item_data(self, f: Finding, column: int, role: int, lang: str) -> Any:
        ann = self.state.annotations.item(f.item_id)
        status = self.state.effective_status(f)
        overridden = ann.status_override is not None and ann.status_override != f.status
        if role == ItemIdRole:
            return f.item_id
        if role == StatusRole:
            return status.value
        if role == IsSectionRole:
            return False
        if role == ConfidenceRole:
            return _confidence(f)
        if role == SearchTextRole:
            parts = [f.item_id, self.state.item_title(f.item_id, lang), ann.note,
                     ann.override_note, *(r.get(lang) for r in f.reasons)]
            return " ".join(parts)
        if column == 0:
            return self._title_data(f, role, lang)
        if column == 1:
            return self._status_data(f, status, overridden, role)
        if column == 2 and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._marks_data(f, overridden, role)
        return None

    def _title_data(self, f: Finding, role: int, lang: str) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.state.item_title(f.item_id, lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip("\n".join(r.get(lang) for r in f.reasons) or None)
        return None

    def _status_data(self, f: Finding, status: Status, overridden: bool, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if overridden:
                return self.tr("{new} (tool: {old})").format(
                    new=status_word(status), old=status_word(f.status))
            return status_word(status)
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(status)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERRIDE_COLOUR if overridden else COLOURS[status])
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(BACKGROUNDS[status])
        if role == Qt.ItemDataRole.FontRole and overridden:
            font = QFont()
            font.setItalic(True)
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            sure = self.tr("The tool is {pct} % sure of its status.").format(
                pct=round(f.confidence * 100)) if f.confidence is not None else ""
            said = self.tr("Overridden by the reviewer. The tool said: {old}").format(
                old=status_word(f.status)) if overridden else ""
            return "\n".join(x for x in (said, sure) if x) or None
        return None

    def _marks_data(self, f: Finding, overridden: bool, role: int) -> Any:
        """Compact symbols in the cell, the words in the tooltip."""
        ann = self.state.annotations.item(f.item_id)
        marks = []
        if overridden:
            marks.append(("\u270e", self.tr("overridden")))
        if ann.note or ann.override_note:
            marks.append(("\u00b6", self.tr("note")))
        if ann.asked_vendor:
            marks.append(("\u2709", self.tr("asked vendor")))
        if ann.vendor_response:
            marks.append(("\u2713", self.tr("vendor answered")))
        if f.deviations:
            marks.append(("!", self.tr("deviation")))
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(symbol for symbol, _ in marks)
        return ", ".join(word for _, word in marks) or None


def _confidence(f: Finding) -> float:
    return f.confidence if f.confidence is not None else 2.0


class ResultsFilter(QSortFilterProxyModel):
    """Show only items with the chosen statuses whose text matches the search.

    With `set_least_sure_first(True)` items are ordered by the tool's
    confidence, least sure first (sections by their least sure item), so a
    reviewer checks the doubtful findings first; otherwise checklist order.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._statuses: set[str] = {s.value for s in Status}
        self._needle = ""
        self._least_sure_first = False
        self.setRecursiveFilteringEnabled(True)
        self.setSortRole(ConfidenceRole)

    def set_least_sure_first(self, on: bool) -> None:
        self._least_sure_first = on
        # Column -1 restores the source (checklist) order.
        self.sort(0 if on else -1, Qt.SortOrder.AscendingOrder)

    def least_sure_first(self) -> bool:
        return self._least_sure_first

    def multiData(self, index: Index, roleDataSpan: RoleSpan) -> None:
        # Qt's proxies answer multiData with one data() call per role, each mapped to the
        # source and each a call into Python: hand the whole span to the source at once.
        self.sourceModel().multiData(self.mapToSource(index), roleDataSpan)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(ConfidenceRole), right.data(ConfidenceRole)
        if a == b or a is None or b is None:
            return left.row() < right.row()  # stable: checklist order among equals
        return bool(a < b)

    def set_statuses(self, statuses: set[Status]) -> None:
        self._statuses = {s.value for s in statuses}
        self.invalidate()

    def statuses(self) -> set[Status]:
        return {Status(s) for s in self._statuses}

    def set_search(self, text: str) -> None:
        self._needle = text.strip().casefold()
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        idx = model.index(source_row, 0, source_parent)
        if model.data(idx, IsSectionRole):
            return False  # shown only when one of its items is (recursive filtering)
        if model.data(idx, StatusRole) not in self._statuses:
            return False
        if self._needle:
            return self._needle in str(model.data(idx, SearchTextRole) or "").casefold()
        return True
