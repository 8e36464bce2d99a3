"""From lines and tables in reading order to the Document's blocks.

Lines are joined into paragraphs until one of: a wider gap than the document's
usual line pitch, a change of size or of heading style, a line that starts
with a clause number, or a short line that ends a sentence. A paragraph may
continue over a page or column break when its last line does not end a
sentence. Headings are short bold or larger lines; their level comes from
their size (largest = 1), bold body-size headings come last.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from reviewer.document import Block, BlockKind, Box, Location, Table, TableRow
from reviewer.ingest.header_cells import labels_over_data
from reviewer.ingest.pdf_layout import PageItem
from reviewer.ingest.pdf_lines import (
    Line,
    ends_sentence,
    is_cjk_text,
    join_all,
    restates_number,
    starts_numbered,
)
from reviewer.ingest.pdf_tables import PageTable, RowData

_MAX_HEADING_CHARS = 150
_TABLE_TITLE = re.compile(r"^(Table|TABLE|Schedule Table|表|附表)\s*[\dA-Z一二三四五六七八九十]")


@dataclass(slots=True)
class _Para:
    lines: list[Line]
    heading: bool
    text: str = ""


@dataclass(slots=True)
class _Tab:
    parts: list[PageTable]
    header: list[str] = field(default_factory=list)
    rows: list[RowData] = field(default_factory=list)
    title: str | None = None


@dataclass(frozen=True, slots=True)
class _Stats:
    body_size: float
    pitch_ratio: float  # usual distance between baselines, in font sizes


def _stats(pages: list[list[PageItem]]) -> _Stats:
    sizes: Counter[float] = Counter()
    ratios: Counter[float] = Counter()
    for items in pages:
        prev: Line | None = None
        for item in items:
            if not isinstance(item, Line):
                prev = None
                continue
            sizes[round(item.size * 2) / 2] += len(item.text)
            if (prev is not None and prev.col_x0 == item.col_x0
                    and abs(prev.size - item.size) < 0.5 and item.size > 0):
                ratio = (item.top - prev.top) / item.size
                if 0.8 < ratio < 3:
                    ratios[round(ratio, 1)] += 1
            prev = item
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    ratio = ratios.most_common(1)[0][0] if ratios else 1.3
    return _Stats(body, ratio)


def _is_heading_line(line: Line, stats: _Stats) -> bool:
    if len(line.text) > _MAX_HEADING_CHARS or line.text.endswith((",", "，", ";", "；")):
        return False
    return line.bold or line.size >= stats.body_size * 1.15


def _short(line: Line) -> bool:
    width = line.col_x1 - line.col_x0
    return width > 0 and line.x1 < line.col_x1 - 0.25 * width


def _continues(prev: Line, line: Line, heading: bool, stats: _Stats,
               para: _Para) -> bool:
    """Whether ``line`` continues the paragraph whose last line is ``prev``."""
    if heading != para.heading or abs(prev.size - line.size) > 1.0:
        return False
    if heading and prev.bold != line.bold:
        return False
    # A clause number starts a block unless it is a wrapped cross-reference
    # ("... set out in\nSchedule 1."): then the line before runs to the margin.
    text = line.text
    if starts_numbered(text) and not restates_number(prev.text, text) and (
            ends_sentence(prev.text) or _short(prev) or text.startswith(("(", "（"))):
        return False
    new_flow = prev.page != line.page or abs(prev.col_x0 - line.col_x0) > 5
    if new_flow or line.top < prev.top:
        return not ends_sentence(prev.text) and not heading
    pitch = line.top - prev.top
    if pitch > stats.pitch_ratio * max(prev.size, line.size) * 1.25 + 0.5:
        return False
    # A short line ends its paragraph when it ends a sentence, or when it ends
    # in a CJK character: Chinese wraps anywhere, so only a last line is short.
    return not (_short(prev) and (ends_sentence(prev.text) or is_cjk_text(prev.text[-1])))


def _same_table(prev: _Tab, nxt: PageTable, prev_last: bool) -> bool:
    last = prev.parts[-1]
    return (prev_last and nxt.page == last.page + 1 and len(nxt.xs) == len(last.xs)
            and all(abs(a - b) <= 3 for a, b in zip(nxt.xs, last.xs, strict=True)))


def _ends_page(pages: list[list[PageItem]], tab: _Tab) -> bool:
    """Whether the table's last part is the last thing on its page."""
    last = tab.parts[-1]
    items = pages[last.page - 1] if 0 < last.page <= len(pages) else []
    return bool(items) and items[-1] is last


def _has_header(rows: list[RowData]) -> bool:
    first = rows[0]
    if first.bold and len(rows) > 1:
        return True
    return len(rows) >= 2 and labels_over_data(first.cells, [r.cells for r in rows[1:]])


def build_blocks(pages: list[list[PageItem]]) -> tuple[Block, ...]:
    """Blocks in reading order for pages whose furniture is already removed."""
    stats = _stats(pages)
    units: list[_Para | _Tab] = []
    for items in pages:
        for pos, item in enumerate(items):
            if isinstance(item, PageTable):
                prev_unit = units[-1] if units else None
                if (isinstance(prev_unit, _Tab) and pos == 0
                        and _same_table(prev_unit, item, _ends_page(pages, prev_unit))):
                    rows = item.rows
                    if rows and rows[0].cells == prev_unit.header:
                        rows = rows[1:]  # the header repeated on the new page
                    prev_unit.parts.append(item)
                    prev_unit.rows.extend(rows)
                    continue
                tab = _Tab([item], rows=list(item.rows))
                if tab.rows and _has_header(tab.rows):
                    tab.header = tab.rows.pop(0).cells
                if (isinstance(prev_unit, _Para) and len(prev_unit.lines) <= 2
                        and _TABLE_TITLE.match(prev_unit.lines[0].text)):
                    units.pop()
                    tab.title = _para_text(prev_unit)
                units.append(tab)
                continue
            heading = _is_heading_line(item, stats)
            last = units[-1] if units else None
            if isinstance(last, _Para) and _continues(last.lines[-1], item, heading, stats,
                                                      last):
                last.lines.append(item)
            else:
                units.append(_Para([item], heading))
    # An all-bold paragraph is emphasis, not a heading: a heading is short.
    for u in units:
        if isinstance(u, _Para) and u.heading and (
                len(_para_text(u)) > _MAX_HEADING_CHARS or len(u.lines) > 4
                or (len(u.lines) > 2 and u.lines[0].size < stats.body_size * 1.15)):
            u.heading = False
    levels = _heading_levels([u for u in units if isinstance(u, _Para) and u.heading], stats)
    return tuple(_to_block(u, levels) for u in units)


def _heading_levels(heads: list[_Para], stats: _Stats) -> dict[float, int]:
    sizes = sorted({round(p.lines[0].size * 2) / 2 for p in heads}, reverse=True)
    big = [s for s in sizes if s >= stats.body_size * 1.15]
    levels = {s: i + 1 for i, s in enumerate(big)}
    for s in sizes:
        levels.setdefault(s, len(big) + 1)
    return levels


def _para_text(p: _Para) -> str:
    return join_all(line.text for line in p.lines)


def _box(page: int, box: tuple[float, float, float, float]) -> Box:
    return Box(page, round(box[0], 2), round(box[1], 2), round(box[2], 2), round(box[3], 2))


def _to_block(unit: _Para | _Tab, levels: dict[float, int]) -> Block:
    if isinstance(unit, _Para):
        boxes = tuple(_box(ln.page, (ln.x0, ln.top, ln.x1, ln.bottom)) for ln in unit.lines)
        loc = Location(page=unit.lines[0].page, boxes=boxes)
        bold = all(ln.bold for ln in unit.lines)
        if unit.heading:
            level = levels.get(round(unit.lines[0].size * 2) / 2, 1)
            return Block(BlockKind.HEADING, _para_text(unit), loc, level=level, bold=bold)
        return Block(BlockKind.PARAGRAPH, _para_text(unit), loc, bold=bold)
    # A table may run over pages: each row keeps the page of its part.
    rows_out = []
    page_of = {id(r): part.page for part in unit.parts for r in part.rows}
    for r in unit.rows:
        page = page_of[id(r)]
        rows_out.append(TableRow(tuple(r.cells), Location(page=page, boxes=(_box(page, r.box),))))
    table = Table(tuple(unit.header), tuple(rows_out), unit.title)
    boxes = tuple(_box(p.page, (p.x0, p.top, p.x1, p.bottom)) for p in unit.parts)
    lines = [" | ".join(table.header)] if table.header else []
    lines += [" | ".join(r.cells) for r in rows_out]
    return Block(BlockKind.TABLE, "\n".join(lines), Location(page=unit.parts[0].page,
                                                             boxes=boxes), table=table)
