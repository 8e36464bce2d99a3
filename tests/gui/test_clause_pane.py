"""The clause list: what a paint asks its model, and that it looks the same."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from reviewer.checklist import default_checklist
from reviewer.gui.clause_pane import ClauseListModel, ClausePane, ClauseRole
from reviewer.gui.review_state import ReviewState
from reviewer.ingest import read_document
from reviewer.review import DocumentInfo, Review
from reviewer.segment import segment
from tests.fixtures import pdf_factory as pf


class _Counting(ClauseListModel):
    """Counts the calls Qt makes into the model (data() from multiData is Python's own)."""

    def __init__(self, state: ReviewState) -> None:
        super().__init__(state)
        self.data_calls = self.multi_calls = 0
        self._inside = False

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        self.data_calls += not self._inside
        return super().data(index, role)

    def multiData(self, index, roleDataSpan):  # type: ignore[no-untyped-def]
        self.multi_calls += 1
        self._inside = True
        try:
            super().multiData(index, roleDataSpan)
        finally:
            self._inside = False


def _state(tmp_path: Path) -> ReviewState:
    path = pf.contract_pdf(tmp_path / "long.pdf", pages=6)
    doc = read_document(path)
    clauses = segment(doc)
    checklist = default_checklist()
    state = ReviewState()
    state.set_review(Review(DocumentInfo(str(path), "pdf", doc.pages, "en"), checklist.id,
                            checklist.version, (), 0.0, clauses), checklist)
    return state


def _painted(qtbot: QtBot, state: ReviewState, per_role: bool) -> tuple[QImage, _Counting]:
    pane = ClausePane(state)
    qtbot.addWidget(pane)
    model = _Counting(state)
    model._reset()  # the review was set before this model listened
    proxy = QSortFilterProxyModel(pane) if per_role else pane.proxy
    proxy.setSourceModel(model)
    pane.list.setModel(proxy)
    pane.resize(300, 700)
    pane.show()
    qtbot.waitExposed(pane)
    qtbot.wait(10)  # the list's delayed layout
    model.data_calls = model.multi_calls = 0
    pane.list.viewport().repaint()
    return pane.list.viewport().grab().toImage(), model


def test_clause_list_paints_the_same_in_one_call_per_row(qtbot: QtBot, tmp_path: Path) -> None:
    state = _state(tmp_path)
    assert state.review is not None and len(state.review.clauses) > 40
    image, fast = _painted(qtbot, state, per_role=False)
    assert fast.multi_calls > 20 and fast.data_calls == 0
    reference, slow = _painted(qtbot, state, per_role=True)
    assert slow.multi_calls == 0 and slow.data_calls > 3 * fast.multi_calls
    assert image == reference


def test_clause_rows_keep_text_tooltip_and_clause(tmp_path: Path) -> None:
    state = _state(tmp_path)
    assert state.review is not None
    model = ClauseListModel(state)
    model._reset()
    for row, clause in enumerate(state.review.clauses):
        index = model.index(row, 0)
        assert index.data(ClauseRole) is clause
        text = index.data()
        assert (clause.heading or clause.text[:40]).strip()[:20] in text
        assert index.data(Qt.ItemDataRole.ToolTipRole)
