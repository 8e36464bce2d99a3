"""Tables drawn with ruling lines: find the grid, fill its cells with text.

A table is a connected set of horizontal and vertical rules with at least two
columns. Rows lie between consecutive horizontal rules; a cell spans several
columns where the vertical rule between them is missing in that row (merged
cells keep their text in the first column and leave the others empty, so the
cells stay aligned with the header). Tables drawn with horizontal rules only
are found by `pdf_open_tables`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from reviewer.ingest.pdf_cells import Vocabulary, cell_text
from reviewer.ingest.pdf_chars import Fragment, Rule
from reviewer.ingest.pdf_grid import Grid
from reviewer.ingest.pdf_lines import merge_fragments
from reviewer.ingest.pdf_open_tables import open_grids

_TOL = 2.0  # points: rules this close are the same line / touch each other


@dataclass(slots=True)
class RowData:
    cells: list[str]
    box: tuple[float, float, float, float]  # x0, top, x1, bottom
    bold: bool


@dataclass(slots=True)
class PageTable:
    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    xs: list[float]  # column boundaries, left to right
    rows: list[RowData] = field(default_factory=list)


def _cluster(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= _TOL:
            continue
        out.append(v)
    return out


_MAX_COLUMNS = 80  # more column boundaries than this is a drawing, not a table
_MAX_ROWS = 400
_MAX_CROSSINGS = 2_000_000  # rule pairs examined on one page before giving up


def _merge_collinear(rules: list[Rule], horizontal: bool) -> list[Rule]:
    """Segments on one line (within _TOL) that touch or overlap, as one rule:
    a table drawn cell by cell has a segment per cell edge."""
    keyed = sorted((r.y0, r.x0, r.x1) if horizontal else (r.x0, r.y0, r.y1) for r in rules)
    out: list[list[float]] = []
    line_at = -1e30
    for at, a, b in keyed:
        if out and at - line_at <= _TOL and a <= out[-1][2] + _TOL:
            out[-1][2] = max(out[-1][2], b)
            continue
        # Another segment on the same line (a gap between) keeps the line's position.
        line_at = line_at if out and at - line_at <= _TOL else at
        out.append([line_at, a, b])
    if horizontal:
        return [Rule(a, at, b, at) for at, a, b in out]
    return [Rule(at, a, at, b) for at, a, b in out]


def _grids(rules: list[Rule]) -> list[Grid]:
    hs = _merge_collinear([r for r in rules if r.horizontal], True)
    vs = _merge_collinear([r for r in rules if not r.horizontal], False)
    if len(hs) < 2 or len(vs) < 3:
        return []
    parent = list(range(len(hs) + len(vs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Sweep: the verticals sorted by x; each horizontal meets only those in its
    # x-range, found by bisection.
    order = sorted(range(len(vs)), key=lambda j: vs[j].x0)
    vx = [vs[j].x0 for j in order]
    examined = 0
    for i, h in enumerate(hs):
        lo = bisect.bisect_left(vx, h.x0 - _TOL)
        hi = bisect.bisect_right(vx, h.x1 + _TOL)
        examined += hi - lo
        if examined > _MAX_CROSSINGS:
            return []  # a hatched drawing or a pattern, not tables
        for j in order[lo:hi]:
            v = vs[j]
            if v.y0 - _TOL <= h.y0 <= v.y1 + _TOL:
                parent[find(i)] = find(len(hs) + j)
    groups: dict[int, list[int]] = {}
    for k in range(len(parent)):
        groups.setdefault(find(k), []).append(k)
    grids = []
    for members in groups.values():
        g_h = [hs[k] for k in members if k < len(hs)]
        g_v = [vs[k - len(hs)] for k in members if k >= len(hs)]
        xs = _cluster([v.x0 for v in g_v])
        ys = _cluster([h.y0 for h in g_h])
        if 3 <= len(xs) <= _MAX_COLUMNS + 1 and 2 <= len(ys) <= _MAX_ROWS + 1:
            grids.append(Grid(xs, ys, g_v))
    return grids


def _index(bounds: list[float], value: float) -> int:
    for i in range(len(bounds) - 1):
        if value < bounds[i + 1]:
            return i
    return len(bounds) - 2


def find_tables(frags: list[Fragment], rules: list[Rule],
                page: int) -> tuple[list[PageTable], list[Fragment]]:
    """Tables on a page and the fragments that are not inside any of them."""
    grids = _grids(rules)
    if len(rules) >= 3:
        grids += open_grids(rules, grids, frags)
    if not grids:
        return [], frags
    tables: list[PageTable] = []
    rest = frags
    vocab = Vocabulary(f.text for f in frags)
    for grid in sorted(grids, key=lambda g: g.ys[0]):
        xs, ys = grid.xs, grid.ys
        inside: list[Fragment] = []
        outside: list[Fragment] = []
        for f in rest:
            if xs[0] - 1 <= f.xc <= xs[-1] + 1 and ys[0] - 1 <= f.yc <= ys[-1] + 1:
                inside.append(f)
            else:
                outside.append(f)
        if not inside:
            continue
        table = _fill(grid, inside, page, vocab)
        if table.rows:
            rest = outside
            tables.append(table)
    return tables, rest


def _split_band(frags: list[Fragment], first_col_x1: float) -> list[list[Fragment]]:
    """Rows inside one band of an open table: a new row at each line with text
    both in the first column and beyond it. A line with text in one of them
    only is a cell's text wrapping onto another line."""
    rows: list[list[Fragment]] = []
    line: list[Fragment] = []
    line_bottom = -1e9

    def flush() -> None:
        if line:
            first = any(f.xc < first_col_x1 for f in line)
            other = any(f.xc >= first_col_x1 for f in line)
            if not rows or (first and other):
                rows.append([])
            rows[-1].extend(line)

    for f in sorted(frags, key=lambda f: (f.top, f.x0)):
        if line and f.top >= line_bottom - 0.3 * (f.bottom - f.top):
            flush()
            line = []
        line.append(f)
        line_bottom = max(line_bottom, f.bottom) if len(line) > 1 else f.bottom
    flush()
    return rows


def _fill(grid: Grid, frags: list[Fragment], page: int, vocab: Vocabulary) -> PageTable:
    xs, ys = grid.xs, grid.ys
    nrows = len(ys) - 1
    bands: list[list[Fragment]] = [[] for _ in range(nrows)]
    for f in frags:
        bands[_index(ys, f.yc)].append(f)
    table = PageTable(page, xs[0], ys[0], xs[-1], ys[-1], xs)
    for r in range(nrows):
        mid = (ys[r] + ys[r + 1]) / 2
        # Which inner column boundaries are really drawn in this row?
        present = [grid.split_rows or any(abs(v.x0 - x) <= _TOL and v.y0 - 1 <= mid <= v.y1 + 1
                                          for v in grid.vrules) for x in xs[1:-1]]
        subrows = (_split_band(bands[r], xs[1]) if grid.split_rows and r > 0
                   else [bands[r]])
        for k, row_frags in enumerate(subrows):
            if not row_frags:
                continue  # an empty band, e.g. between a shaded box edge and a rule
            top = ys[r] if k == 0 else min(f.top for f in row_frags)
            bottom = (ys[r + 1] if k == len(subrows) - 1
                      else min(f.top for f in subrows[k + 1]))
            table.rows.append(_row(row_frags, xs, present, (xs[0], top, xs[-1], bottom),
                                   page, vocab))
    return table


def _row(row_frags: list[Fragment], xs: list[float], present: list[bool],
         box: tuple[float, float, float, float], page: int, vocab: Vocabulary) -> RowData:
    ncols = len(xs) - 1
    cells: list[list[Fragment]] = [[] for _ in range(ncols)]
    for f in row_frags:
        c = _index(xs, f.xc)
        while c > 0 and not present[c - 1]:  # a merged cell: its text goes to the first
            c -= 1
        cells[c].append(f)
    texts: list[str] = []
    for c, col in enumerate(cells):
        right = c + 1  # a merged cell reaches the next boundary that is drawn
        while right < ncols and not present[right - 1]:
            right += 1
        texts.append(cell_text(merge_fragments(col, page), xs[right] - xs[c], vocab))
    return RowData(texts, box, all(f.bold for f in row_frags))
