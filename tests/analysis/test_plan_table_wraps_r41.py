"""Plan and feature tables whose narrow columns break their words.

A plan table's header printed over two tables of a page ("Esse" / "ntial"
twice: both pieces recur, so neither is a stranger to the page), a plan name
broken over one letter per line ("F" / "r" / "e" / "e"), and cells broken
the same way in every row ("Y" / "es", "Dedicat" / "ed Hosted") are read as
their words: the words of plan tables count as known on every page, as
those of severity tables already did.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from reviewer.ingest import read_document
from tests.fixtures import pdf_factory as pf


def _plan_tables_pdf(path: Path, widths: list[int]) -> Path:
    cell, head = pf.CELL, pf.CELL_BOLD
    header = [Paragraph(t, head) for t in ("Feature", "Free", "Essential", "Premium")]
    first = [header,
             [Paragraph(t, cell) for t in ("Status page", "Yes", "Yes", "Yes")],
             [Paragraph(t, cell) for t in ("Support portal", "-", "Yes", "Yes")]]
    second = [header,
              [Paragraph(t, cell) for t in ("Initial response", "-", "12 hours", "4 hours")]]
    story: list = [Paragraph("4.1 The support plans include the following features.", pf.BODY)]
    for data in (first, second):
        table = Table(data, colWidths=widths)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [table, Spacer(1, 12), Paragraph("4.2 Response times by plan are set out below.", pf.BODY)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_plan_names_and_yes_broken_in_narrow_columns_are_read_whole(tmp_path: Path) -> None:
    doc = read_document(_plan_tables_pdf(tmp_path / "plans.pdf", [110, 14, 34, 60]))
    tables = [b.table for b in doc.blocks if b.table is not None]
    assert len(tables) == 2
    for table in tables:
        assert list(table.header) == ["Feature", "Free", "Essential", "Premium"], table.header
    assert list(tables[0].rows[0].cells)[1:3] == ["Yes", "Yes"], tables[0].rows
