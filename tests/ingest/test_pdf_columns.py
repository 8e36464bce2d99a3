"""Three columns, and two columns with a narrow gutter, read column by column."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph

from reviewer.document import BlockKind
from reviewer.ingest import read_document
from tests.fixtures import pdf_factory as pf


def _column_text(k: int) -> list[str]:
    return [f"{k}.{i} Column {k} clause {i}: the Supplier shall keep the records of every "
            f"ticket in column {k} for at least {i + 1} years and produce them on request."
            for i in range(1, 5)]


def _columns_pdf(path: Path, columns: int, gutter: float) -> Path:
    width, height = A4
    margin = 15 * mm
    col_w = (width - 2 * margin - (columns - 1) * gutter) / columns
    title_h = 20 * mm
    frames = [Frame(margin, height - margin - title_h, width - 2 * margin, title_h, id="t")]
    frames += [Frame(margin + k * (col_w + gutter), margin, col_w,
                     height - 2 * margin - title_h, id=f"c{k}", leftPadding=0,
                     rightPadding=0) for k in range(columns)]
    doc = BaseDocTemplate(str(path), pagesize=A4,
                          pageTemplates=[PageTemplate(id="cols", frames=frames)])
    story: list[object] = [Paragraph("Service Terms", pf.H1), FrameBreak()]
    for k in range(1, columns + 1):
        story += [Paragraph(t, pf.BODY) for t in _column_text(k)]
        if k < columns:
            story.append(FrameBreak())
    doc.build(story)
    return path


@pytest.mark.parametrize(("columns", "gutter"), [(3, 10 * mm), (3, 5 * mm), (2, 4 * mm)])
def test_columns_do_not_interleave(tmp_path: Path, columns: int, gutter: float) -> None:
    doc = read_document(_columns_pdf(tmp_path / f"c{columns}.pdf", columns, gutter))
    texts = [b.text for b in doc.blocks if b.kind is BlockKind.PARAGRAPH]
    expected = [t for k in range(1, columns + 1) for t in _column_text(k)]
    assert texts == expected


def test_columns_written_row_by_row_with_a_narrow_gutter(tmp_path: Path) -> None:
    """Both columns' lines at one baseline, written one after the other, 12 pt
    apart: the fragments run across the gutter and must be cut there."""
    import textwrap

    from reportlab.pdfbase.pdfmetrics import stringWidth

    from tests.fixtures.raw_pdf import RawPage, write_raw_pdf

    left = ("1.1 Left clause: the Supplier shall keep the records of every ticket in the "
            "left column for at least two years and produce them on request of the Customer "
            "at any time during the term.")
    right = ("2.1 Right clause: the Customer shall pay every invoice in the right column "
             "within thirty days of its date unless it disputes the invoice in good faith and "
             "in writing.")
    lines_l, lines_r = textwrap.wrap(left, 45), textwrap.wrap(right, 45)
    col_w = max(stringWidth(t, "Helvetica", 10) for t in lines_l)
    ops = [b"BT /F1 10 Tf"]
    for i in range(max(len(lines_l), len(lines_r))):
        y = 770 - i * 13
        for x, lines in ((72.0, lines_l), (72 + col_w + 12, lines_r)):
            if i < len(lines):
                ops.append(b"1 0 0 1 %.1f %d Tm (%s) Tj" % (x, y, lines[i].encode("cp1252")))
    ops.append(b"ET")
    doc = read_document(write_raw_pdf(tmp_path / "rows.pdf", [RawPage(b"\n".join(ops))]))
    assert [b.text for b in doc.blocks] == [left, right]
