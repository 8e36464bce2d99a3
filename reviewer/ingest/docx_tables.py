"""Word tables to `Table`: merged cells, header row, title row, row locations.

A horizontally merged cell (``w:gridSpan``, legacy ``w:hMerge``) appears once
in its row. A vertically merged cell (``w:vMerge``) repeats its text in the
rows it spans, so each row reads on its own ("P1 | 15 minutes" even when "P1"
spans two rows). Rows deleted as tracked changes are left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from lxml import etree  # type: ignore[import-untyped]  # no stubs installed

from reviewer.document import Location, Table, TableRow
from reviewer.ingest.docx_styles import on_off, w_val
from reviewer.ingest.header_cells import label_cell, labels_over_data

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

CellReader = Callable[[etree._Element], tuple[str, bool]]
"""Reads one w:tc: its text (paragraphs and nested tables folded) and boldness."""

_DIGIT = re.compile(r"\d")


@dataclass
class _Row:
    position: int  # index among the table's w:tr, for Location.row
    cells: list[str]
    bold: bool
    shaded: bool
    repeat_header: bool
    spans_all: bool  # one cell across the whole grid (a title row)
    spans: tuple[int, ...] = ()  # grid columns each cell covers


def _children(el: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Direct children with tag, looking through content controls and custom XML."""
    for child in el:
        if child.tag == W + tag:
            yield child
        elif child.tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                yield from _children(content, tag)
        elif child.tag == W + "customXml":
            yield from _children(child, tag)


def _shaded(tc: etree._Element) -> bool:
    fill = (tc.find(f"{W}tcPr/{W}shd") if tc is not None else None)
    value = fill.get(W + "fill", "auto").lower() if fill is not None else "auto"
    return value not in ("auto", "ffffff", "")


def read_rows(tbl: etree._Element, index: int, read_cell: CellReader) -> list[_Row]:
    grid = len(tbl.findall(f"{W}tblGrid/{W}gridCol"))
    above: dict[int, str] = {}  # grid column -> text of the vMerge "restart" cell
    rows: list[_Row] = []
    for position, tr in enumerate(_children(tbl, "tr")):
        trpr = tr.find(W + "trPr")
        if trpr is not None and trpr.find(W + "del") is not None:
            continue  # a tracked deletion of the whole row
        col = 0
        grid_before = w_val(trpr.find(W + "gridBefore")) if trpr is not None else None
        if grid_before and grid_before.isdigit():
            col += int(grid_before)
        cells: list[str] = []
        bolds: list[bool] = []
        shades: list[bool] = []
        spans: list[int] = []
        for tc in _children(tr, "tc"):
            tcpr = tc.find(W + "tcPr")
            span_v = w_val(tcpr.find(W + "gridSpan")) if tcpr is not None else None
            span = int(span_v) if span_v and span_v.isdigit() and int(span_v) > 0 else 1
            hmerge = tcpr.find(W + "hMerge") if tcpr is not None else None
            vmerge = tcpr.find(W + "vMerge") if tcpr is not None else None
            deleted = tcpr is not None and tcpr.find(W + "cellDel") is not None
            if deleted or (hmerge is not None and w_val(hmerge, "continue") == "continue"):
                col += span
                continue
            if vmerge is not None and w_val(vmerge, "continue") == "continue":
                text, bold = above.get(col, ""), False
            else:
                text, bold = read_cell(tc)
                if vmerge is not None:
                    above[col] = text
            cells.append(text)
            if text:
                bolds.append(bold)
            shades.append(_shaded(tc))
            spans.append(span)
            col += span
        if not cells:
            continue
        rows.append(_Row(
            position=position,
            cells=cells,
            bold=bool(bolds) and all(bolds),
            shaded=bool(shades) and all(shades),
            repeat_header=trpr is not None and bool(on_off(trpr.find(W + "tblHeader"))),
            spans_all=len(cells) == 1 and grid > 1 and spans[0] >= grid,
            spans=tuple(spans),
        ))
    return rows


def _looks_like_header(first: _Row, rest: list[_Row]) -> bool:
    if not rest:
        return False
    if first.repeat_header:
        return True
    if first.bold and not all(r.bold for r in rest):
        return True
    if first.shaded and not any(r.shaded for r in rest):
        return True
    # Labels over data: short, non-empty cells, digit-free but for a level's code ("P1"),
    # above rows with numbers.
    return labels_over_data(first.cells, [r.cells for r in rest])


def _spread(row: _Row) -> list[str]:
    """The row's cells, a merged cell repeated in each grid column it covers."""
    return [c for c, span in zip(row.cells, row.spans, strict=False) for _ in range(max(1, span))]


def _two_row_header(top: _Row, sub: _Row, rest: list[_Row]) -> tuple[str, ...] | None:
    """A header in two rows: "Severity | Initial Response Time" (merged over two
    columns) above "Severity | Standard | Premium", or "Standard | Premium" (each over two
    columns) above "Response | Resolution | Response | Resolution". Each column's header
    is then the group's with its own in brackets ("Initial Response Time (Standard)",
    "Standard (Response)"); None unless the second row is labels over the data rows."""
    if not rest or not any(span > 1 for span in top.spans) or len(sub.cells) <= len(top.cells):
        return None
    upper = _spread(top)
    if len(upper) != len(sub.cells) or not all(label_cell(c) for c in sub.cells if c) \
            or not any(_DIGIT.search(c) for r in rest for c in r.cells):
        return None
    return tuple(u if not s or s == u else s if not u else f"{u} ({s})"
                 for u, s in zip(upper, sub.cells, strict=True))


def build_table(tbl: etree._Element, index: int, read_cell: CellReader,
                title: str | None) -> Table:
    rows = read_rows(tbl, index, read_cell)
    if len(rows) > 1 and rows[0].spans_all and rows[0].cells[0]:
        # A merged first row across the table is its title ("Service Levels").
        if title is None:
            title = rows[0].cells[0]
        rows = rows[1:]
    header: tuple[str, ...] = ()
    if rows and _looks_like_header(rows[0], rows[1:]):
        header = tuple(rows[0].cells)
        top, rows = rows[0], rows[1:]
        if len(rows) > 1 and (both := _two_row_header(top, rows[0], rows[1:])) is not None:
            header, rows = both, rows[1:]
    return Table(
        header=header,
        rows=tuple(TableRow(tuple(r.cells), Location(index=index, row=r.position))
                   for r in rows),
        title=title,
    )
