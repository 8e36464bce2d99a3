"""Wrapped lines that must not change the text: a "(12)" that restates a
spelled number, and a word broken without a hyphen in a narrow table cell."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from reviewer.document import Table as ReadTable
from reviewer.ingest import read_document
from reviewer.ingest.pdf_lines import restates_number
from reviewer.segment import segment
from tests.fixtures import pdf_factory as pf

TWELVE = (
    "8.2 The Supplier shall support each major release of the SDK for a period of twelve",
    "(12) months after the release of the next major version, and shall provide security",
    "fixes for a further six (6) months.",
    "8.3 The Customer shall install updates within thirty",
    "(30) days of their release, except where:",
    "(a) the update breaks a documented interface; or",
    "(b) the Supplier agrees otherwise in writing.",
)


def test_wrapped_number_in_parentheses_continues_the_sentence(tmp_path: Path) -> None:
    doc = read_document(pf.lines_pdf(tmp_path / "twelve.pdf", TWELVE))
    assert [b.text for b in doc.blocks] == [
        "8.2 The Supplier shall support each major release of the SDK for a period of twelve "
        "(12) months after the release of the next major version, and shall provide security "
        "fixes for a further six (6) months.",
        "8.3 The Customer shall install updates within thirty (30) days of their release, "
        "except where:",
        "(a) the update breaks a documented interface; or",
        "(b) the Supplier agrees otherwise in writing.",
    ]
    assert [c.number for c in segment(doc)] == ["8.2", "8.3", "(a)", "(b)"]


def test_restates_number() -> None:
    assert restates_number("a period of twelve", "(12) months.")
    assert restates_number("within twenty-four", "(24) hours")
    assert restates_number("within twenty four", "(24) hours")
    assert restates_number("期限为十二", "（12）个月")
    assert not restates_number("a period of twelve", "(11) months.")
    assert not restates_number("the following:", "(1) Scope")
    assert not restates_number("as set out below", "(a) the update")


LIST_ZH = (
    "5.6 甲方可以通过下列渠道报告事件或提出服务请求：",
    "（1）应急热线：400-650-3388；",
    "（2）电子邮件：mss@example.cn。",
    "5.7 本合同约定的软件维护服务的期限为十二",
    "（12）个月，自验收之日起算。",
)


def test_full_width_list_numbers_open_items_after_a_lead_in(tmp_path: Path) -> None:
    # The lead-in runs nearly to the column's edge, so it is not "short"; only the
    # number tells that "（1）" opens a list item and "（12）个月" continues.
    pf._register_cn_font()
    doc = read_document(pf.lines_pdf(tmp_path / "list.pdf", LIST_ZH, font=pf.CN_FONT))
    assert [b.text for b in doc.blocks] == [
        "5.6 甲方可以通过下列渠道报告事件或提出服务请求：",
        "（1）应急热线：400-650-3388；",
        "（2）电子邮件：mss@example.cn。",
        "5.7 本合同约定的软件维护服务的期限为十二（12）个月，自验收之日起算。",
    ]


def _narrow_table_pdf(path: Path) -> Path:
    cell = pf.CELL
    head = pf.CELL_BOLD
    data = [
        [Paragraph("Priority", head), Paragraph("Acknowledgement", head),
         Paragraph("Resolution", head)],
        [Paragraph("P1", cell), Paragraph("Acknowledgement within 1 hour", cell),
         Paragraph("4 hours", cell)],
        [Paragraph("P2", cell), Paragraph("within 4 hours", cell), Paragraph("1 day", cell)],
    ]
    table = Table(data, colWidths=[30, 80, 90])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [Paragraph("5.1 Every Priority level has the response times below.", pf.BODY),
             table]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_word_broken_in_a_narrow_cell_is_joined(tmp_path: Path) -> None:
    doc = read_document(_narrow_table_pdf(tmp_path / "narrow.pdf"))
    tables = [b.table for b in doc.blocks if b.table is not None]
    assert len(tables) == 1
    table = tables[0]
    cells = [*table.header, *(c for r in table.rows for c in r.cells)]
    assert "Priority" in cells
    assert not any(" y" in c or "Priorit " in c for c in cells)
    # Ordinary wraps keep their space.
    assert "Acknowledgement within 1 hour" in cells
    assert "within 4 hours" in cells


def test_acme_sample_severity_header_reads_priority() -> None:
    doc = read_document("resources/samples/acme-rtc-support-terms.pdf")
    headers = [b.table.header for b in doc.blocks if b.table is not None]
    assert headers and headers[0][0] == "Priority"


def _read_grid_table(path: Path, intro: str, data: list[list[Paragraph]], widths: list[int]) -> ReadTable:
    """A PDF of an intro paragraph and a gridded table, read back: its one table."""
    table = Table(data, colWidths=widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph(intro, pf.BODY), table])
    (table_read,) = [b.table for b in read_document(path).blocks if b.table is not None]
    return table_read


def test_word_broken_over_three_lines_in_a_very_narrow_cell_is_joined(tmp_path: Path) -> None:
    cell, head = pf.CELL, pf.CELL_BOLD
    data = [
        [Paragraph("Priority", head), Paragraph("Response", head)],
        [Paragraph("Urgent", cell), Paragraph("Every Priority 1 case within 1 hour", cell)],
    ]
    table_read = _read_grid_table(tmp_path / "very-narrow.pdf", "5.1 Each Priority level is answered as below.",
                                  data, [19, 160])
    assert table_read.header[0] == "Priority", table_read.header


def test_a_fragment_that_is_also_a_short_word_stays_in_its_word(tmp_path: Path) -> None:
    # A column one letter wide: "P" / "r" / "i" / "o" / "r" / "it" / "y" and
    # "N" / "o" / "r" / "m" / "a" / "l"; "it" and "a" are words, not here.
    cell, head = pf.CELL, pf.CELL_BOLD
    data = [
        [Paragraph("Priority", head), Paragraph("Definition", head)],
        [Paragraph("1 - Urgent", cell), Paragraph("The Service is down and no workaround exists.", cell)],
        [Paragraph("3 - Normal", cell), Paragraph("Light degradation with medium to low impact.", cell)],
    ]
    table_read = _read_grid_table(tmp_path / "one-letter.pdf",
                                  "3.1 Each ticket is given a priority from the table below.", data, [14, 160])
    assert table_read.header[0] == "Priority", table_read.header
    assert [r.cells[0] for r in table_read.rows] == ["1 - Urgent", "3 - Normal"]


@pytest.mark.parametrize("width", [30, 33, 36, 39])  # "Prio"/"rity", "Priori"/"ty", "Priorit"/"y"
def test_a_word_broken_the_same_way_in_every_row_is_joined(tmp_path: Path, width: int) -> None:
    # "Priori" / "ty 1", "Priori" / "ty 2", ...: each piece occurs in every row,
    # so neither is a stranger to the page, but together they make its word.
    cell, head = pf.CELL, pf.CELL_BOLD
    data = [[Paragraph("Priority Level", head), Paragraph("Target Response Time", head)]]
    data += [[Paragraph(f"Priority {n}", cell), Paragraph(t, cell)]
             for n, t in ((1, "2 Hours"), (2, "1 Day"), (3, "2 Days"))]
    table_read = _read_grid_table(tmp_path / "rows.pdf", "8.1 Support will answer each Priority level as below.",
                                  data, [width, 160])
    assert [r.cells[0] for r in table_read.rows] == ["Priority 1", "Priority 2", "Priority 3"], table_read.rows
    assert table_read.header[0] == "Priority Level"


@pytest.mark.parametrize("width", [30, 34, 38])  # "4 Bu"/"sin"/"ess", "4 Busi"/"ness", "4 Busin"/"ess"
def test_a_word_after_a_number_broken_the_same_way_in_every_row_is_joined(tmp_path: Path, width: int) -> None:
    # "4 Busi" / "ness Hours", "1 Busi" / "ness Day": the number shares the
    # line, and both pieces of the word occur in every row.
    cell, head = pf.CELL, pf.CELL_BOLD
    data = [[Paragraph("Severity", head), Paragraph("Time", head)]]
    data += [[Paragraph(level, cell), Paragraph(t, cell)]
             for level, t in (("High", "4 Business Hours"), ("Normal", "1 Business Day"), ("Low", "2 Business Days"))]
    table_read = _read_grid_table(tmp_path / "numbered.pdf", "4.1 Response times are as below.",
                                  [[row[1], row[0]] for row in data], [width, 120])
    assert [r.cells[0] for r in table_read.rows] == ["4 Business Hours", "1 Business Day", "2 Business Days"], (
        table_read.rows)
