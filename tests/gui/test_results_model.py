"""The results model: Qt's model contract, filtering, overrides shown apart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QImage

from reviewer.checklist import default_checklist
from reviewer.gui.checklist_pane import ChecklistPane
from reviewer.gui.results_model import ItemIdRole, ResultsFilter, ResultsModel, StatusRole
from reviewer.gui.review_state import ReviewState
from reviewer.ingest import read_document
from reviewer.review import DocumentInfo, Evidence, Finding, Review, Status, Text
from reviewer.segment import segment
from tests.fixtures import pdf_factory as pf


@pytest.fixture(scope="module")
def review(tmp_path_factory: pytest.TempPathFactory) -> Review:
    """Real clauses of a real PDF, with one finding per checklist item, statuses cycling."""
    path = pf.support_terms_pdf(tmp_path_factory.mktemp("model") / "terms.pdf")
    doc = read_document(path)
    clauses = segment(doc)
    checklist = default_checklist()
    findings = []
    for i, section in enumerate(checklist.sections):
        for j, item in enumerate(section.items):
            status = list(Status)[(i + j) % 3]
            c = clauses[(i * 5 + j) % len(clauses)]
            ev = () if status is Status.MISSING else (
                Evidence(c.full_text, c.index, c.number, c.location),)
            findings.append(Finding(item.id, section.id, status, ev,
                                    (Text(f"reason {item.id}", f"理由 {item.id}"),)))
    return Review(DocumentInfo(str(path), "pdf", doc.pages, "en"), checklist.id,
                  checklist.version, tuple(findings), 50.0, clauses)


def _state(review: Review) -> ReviewState:
    state = ReviewState()
    state.set_review(review, default_checklist())
    return state


def test_model_passes_qt_model_tester(qtmodeltester, review: Review) -> None:  # type: ignore[no-untyped-def]
    state = _state(review)
    model = ResultsModel(state)
    qtmodeltester.check(model, force_py=True)
    # edits and a new review keep the model consistent
    first = review.findings[0].item_id
    state.edit(state.annotations.with_item(first, status_override=Status.MISSING), "o")
    state.set_review(review, default_checklist())
    qtmodeltester.check(model, force_py=True)


def test_filter_proxy_passes_qt_model_tester(qtmodeltester, review: Review) -> None:  # type: ignore[no-untyped-def]
    state = _state(review)
    proxy = ResultsFilter()
    proxy.setSourceModel(ResultsModel(state))
    proxy.set_statuses({Status.VAGUE, Status.MISSING})
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_search("resp")
    f = next(f for f in review.findings if f.status is Status.MET)
    state.edit(state.annotations.with_item(f.item_id, status_override=Status.VAGUE), "o")
    qtmodeltester.check(proxy, force_py=True)


def test_sections_then_items_with_titles(review: Review) -> None:
    model = ResultsModel(_state(review))
    checklist = default_checklist()
    assert model.rowCount() == len(checklist.sections)
    first_section = model.index(0, 0)
    assert model.data(first_section) == checklist.sections[0].title.en
    assert model.rowCount(first_section) == len(checklist.sections[0].items)
    item = model.index(0, 0, first_section)
    assert model.data(item, ItemIdRole) == checklist.sections[0].items[0].id
    assert model.data(item) == checklist.sections[0].items[0].title.en


def test_override_is_shown_apart_from_the_tool(qtbot, review: Review) -> None:  # type: ignore[no-untyped-def]
    state = _state(review)
    model = ResultsModel(state)
    f = next(f for f in review.findings if f.status is Status.MISSING)
    state.edit(state.annotations.with_item(f.item_id, status_override=Status.MET), "override")
    idx = model.index_of(f.item_id, 1)
    assert model.data(idx, StatusRole) == "met"
    text = model.data(idx)
    assert "Met" in text and "Missing" in text  # the tool's decision stays visible
    assert model.data(idx, Qt.ItemDataRole.FontRole).italic()
    marks = model.index_of(f.item_id, 2)
    assert "\u270e" in model.data(marks)
    assert "overridden" in model.data(marks, Qt.ItemDataRole.ToolTipRole)
    pane = ChecklistPane(state)
    qtbot.addWidget(pane)
    first = pane.summary.text().split("<br>")[0]  # both scores on one line, named
    assert "Tool's score <b>" in first and "With your changes <b>" in first
    tool, mine = (float(x.split("</b>")[0]) for x in first.split("<b>")[1:3])
    assert mine > tool
    state.undo_stack.undo()
    tool, mine = (float(x.split("</b>")[0]) for x in
                  pane.summary.text().split("<br>")[0].split("<b>")[1:3])
    assert mine == tool
    assert model.data(idx, StatusRole) == "missing"
    assert model.data(idx) == "Missing"


def test_filter_by_status_and_search(qtbot, review: Review) -> None:  # type: ignore[no-untyped-def]
    state = _state(review)
    pane = ChecklistPane(state)
    qtbot.addWidget(pane)
    pane.set_status_filter({Status.VAGUE, Status.MISSING})
    visible = [i.data(StatusRole) for i in pane.visible_item_indexes()]
    assert visible and set(visible) <= {"vague", "missing"}
    assert len(visible) == sum(f.status is not Status.MET for f in review.findings)
    pane.set_status_filter(set(Status))
    pane.search.setText("availability")
    ids = [i.data(ItemIdRole) for i in pane.visible_item_indexes()]
    assert "availability" in ids and len(ids) < len(review.findings)
    pane.search.setText("")
    state.edit(state.annotations.with_item("encryption", note="ask about key rotation"), "n")
    pane.search.setText("key rotation")
    assert [i.data(ItemIdRole) for i in pane.visible_item_indexes()] == ["encryption"]


def test_next_item_needing_attention_skips_met(qtbot, review: Review) -> None:  # type: ignore[no-untyped-def]
    state = _state(review)
    pane = ChecklistPane(state)
    qtbot.addWidget(pane)
    seen = []
    for _ in range(4):
        assert pane.step_item(1, needs_attention=True)
        seen.append(state.current_item)
    assert all(state.finding(i).status is not Status.MET for i in seen)  # type: ignore[union-attr]
    assert len(set(seen)) == 4
    pane.step_item(1)
    pane.step_item(-1)
    assert state.current_item == seen[-1]
    assert pane.tree.currentIndex().data(ItemIdRole) == seen[-1]




def test_least_sure_first(qtbot, qtmodeltester, review: Review) -> None:  # type: ignore[no-untyped-def]
    """The reviewer checks the doubtful findings first; unticking restores checklist order."""
    from dataclasses import replace

    from reviewer.gui.results_model import ConfidenceRole

    n = len(review.findings)
    sure = replace(review, findings=tuple(replace(f, confidence=round(((i * 7) % n) / n, 3))
                                          for i, f in enumerate(review.findings)))
    state = _state(sure)
    pane = ChecklistPane(state)
    qtbot.addWidget(pane)
    checklist_order = [i.data(ItemIdRole) for i in pane.visible_item_indexes()]
    pane.least_sure.setChecked(True)
    qtmodeltester.check(pane.proxy, force_py=True)
    # Sections by their least sure item, items within a section least sure first.
    sections = [pane.proxy.index(r, 0) for r in range(pane.proxy.rowCount())]
    section_mins = [s.data(ConfidenceRole) for s in sections]
    assert section_mins == sorted(section_mins)
    for s in sections:
        scores = [pane.proxy.index(r, 0, s).data(ConfidenceRole) for r in range(pane.proxy.rowCount(s))]
        assert scores == sorted(scores) and len(scores) > 1
    first = pane.visible_item_indexes()[0].data(ItemIdRole)
    assert state.finding(first).confidence == min(f.confidence for f in sure.findings)  # type: ignore[union-attr,type-var]
    # The status filter still applies while sorted.
    pane.set_status_filter({Status.MISSING})
    assert {i.data(StatusRole) for i in pane.visible_item_indexes()} == {"missing"}
    pane.set_status_filter(set(Status))
    pane.least_sure.setChecked(False)
    assert [i.data(ItemIdRole) for i in pane.visible_item_indexes()] == checklist_order
    tip = pane.model.index_of(first, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "sure" in tip


class _PerRoleModel(ResultsModel):
    """Qt's default multiData: one data() call per role, as before the model answered
    multiData itself; counts the calls into Python a paint makes."""

    def __init__(self, state: ReviewState) -> None:
        super().__init__(state)
        self.data_calls = 0
        self.multi_calls = 0

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        self.data_calls += 1
        return super().data(index, role)

    def multiData(self, index, roleDataSpan):  # type: ignore[no-untyped-def]
        self.multi_calls += 1
        super().multiData(index, roleDataSpan)


def _painted_tree(qtbot, state: ReviewState, model: ResultsModel,  # type: ignore[no-untyped-def]
                  per_role: bool) -> QImage:
    pane = ChecklistPane(state)
    qtbot.addWidget(pane)
    proxy = pane.proxy if not per_role else QSortFilterProxyModel(pane)
    proxy.setSourceModel(model)
    pane.tree.setModel(proxy)
    pane.tree.expandAll()
    pane.resize(700, 900)
    pane.show()
    qtbot.waitExposed(pane)
    qtbot.wait(10)  # the view's delayed layout
    model.data_calls = model.multi_calls = 0  # type: ignore[attr-defined]
    pane.tree.viewport().repaint()  # what a paint asks the model
    return pane.tree.viewport().grab().toImage()


def test_tree_paints_the_same_through_multi_data_in_one_call_per_cell(
        qtbot, review: Review) -> None:  # type: ignore[no-untyped-def]
    state = _state(review)
    first, second = review.findings[0].item_id, review.findings[1].item_id
    state.edit(state.annotations.with_item(first, status_override=Status.MISSING, note="n"), "o")
    state.edit(state.annotations.with_item(second, asked_vendor=True), "a")
    fast = _PerRoleModel(state)
    image = _painted_tree(qtbot, state, fast, per_role=False)
    # every painted cell asked once (multiData), never role by role
    assert fast.multi_calls > 0 and fast.data_calls == 0
    slow = _PerRoleModel(state)
    reference = _painted_tree(qtbot, state, slow, per_role=True)  # Qt's proxy: per role
    assert slow.multi_calls == 0 and slow.data_calls > 3 * fast.multi_calls
    assert image == reference  # icons, colours, italics, marks: pixel for pixel


def test_cached_answers_follow_edits_and_language(review: Review) -> None:
    state = _state(review)
    model = ResultsModel(state)
    f = review.findings[0]
    section = model.index(0, 0)
    idx = model.index(0, 1, section)
    assert model.data(idx) == f.status.value.capitalize()
    other = Status.VAGUE if f.status is not Status.VAGUE else Status.MET
    state.edit(state.annotations.with_item(f.item_id, status_override=other), "o")
    assert model.data(idx, StatusRole) == other.value  # the cache saw the edit
    state.undo_stack.undo()
    assert model.data(idx, StatusRole) == f.status.value
    title = model.index(0, 0, section)
    assert model.data(title) == default_checklist().sections[0].items[0].title.en
    state.ui_lang = "zh"
    assert model.data(title) == default_checklist().sections[0].items[0].title.zh
