"""Table rows as clauses: header and title carried, rendered text, parent."""

from __future__ import annotations

from reviewer.clause import ClauseKind
from reviewer.segment import render_row, segment

from . import para, pdf, table


def test_rows_carry_header_title_and_parent() -> None:
    clauses = segment(pdf(
        para("5. Response Times"),
        para("5.1 The Supplier shall respond within the times below."),
        table(("Priority", "Response", "Resolution"),
              [("P1", "30 minutes", "4 hours"), ("P2", "2 hours", "1 Business Day")],
              title="Table 1 Severity matrix"),
        para("5.2 Targets apply per quarter."),
    ))
    rows = [c for c in clauses if c.kind is ClauseKind.TABLE_ROW]
    assert len(rows) == 2  # the header row is not a clause
    first = rows[0]
    assert first.text == "Priority: P1; Response: 30 minutes; Resolution: 4 hours"
    assert first.cells == ("P1", "30 minutes", "4 hours")
    assert first.table_header == ("Priority", "Response", "Resolution")
    assert first.table_title == "Table 1 Severity matrix"
    assert clauses[first.parent or 0].number == "5.1"
    assert first.level == 3
    assert first.location.row == 0 and rows[1].location.row == 1
    assert clauses[-1].number == "5.2" and clauses[-1].parent == 0


def test_table_without_header_joins_cells() -> None:
    clauses = segment(pdf(table((), [("Email", "support@acme.example"), ("", "")])))
    assert [c.text for c in clauses] == ["Email | support@acme.example"]  # empty row dropped
    assert clauses[0].table_header is None and clauses[0].parent is None


def test_render_row_skips_empty_cells_and_extra_columns() -> None:
    assert render_row(("A", "B"), ("1", "", "3")) == "A: 1; 3"
    assert render_row(("A", ""), ("1", "2")) == "A: 1; 2"


def test_table_after_a_finished_list_item_belongs_to_the_list_holder() -> None:
    clauses = segment(pdf(
        para("第二条 响应时间"),
        para("（一）一级故障：十五分钟内响应；"),
        para("（二）二级故障：一小时内响应。"),
        table(("级别", "响应"), [("一级", "15分钟")]),
        para("(a) the times below apply:"),
        table(("Level", "Time"), [("P1", "15 minutes")]),
    ))
    rows = [c for c in clauses if c.kind is ClauseKind.TABLE_ROW]
    assert clauses[rows[0].parent or 0].number == "第二条"
    # A list item that announces the table keeps it.
    assert clauses[rows[1].parent or 0].number == "(a)"


def test_glossary_table_rows_name_their_term() -> None:
    clauses = segment(pdf(
        table(("Term", "Meaning"), [("Business Day", "Monday to Friday"), ("P1", "Outage")]),
        table(("术语", "含义"), [("工作日", "周一至周五")]),
        table(("Priority", "Response"), [("P1", "15 minutes")]),
    ))
    assert [c.defined_term for c in clauses] == ["Business Day", "P1", "工作日", None]
    assert all(c.kind is ClauseKind.TABLE_ROW for c in clauses)
