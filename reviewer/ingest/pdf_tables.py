"""Tables drawn with ruling lines: find the grid, fill its cells with text.

A table is a connected set of horizontal and vertical rules with at least two
columns. Rows lie between consecutive horizontal rules; a cell spans several
columns where the vertical rule between them is missing in that row (merged
cells keep their text in the first column and leave the others empty, so the
cells stay aligned with the header). Tables drawn without vertical rules are
not recognised here and read as lines of text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reviewer.ingest.pdf_chars import Fragment, Rule
from reviewer.ingest.pdf_lines import join_lines, merge_fragments

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


@dataclass(slots=True)
class _Grid:
    xs: list[float]
    ys: list[float]
    vrules: list[Rule]


def _cluster(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= _TOL:
            continue
        out.append(v)
    return out


def _grids(rules: list[Rule]) -> list[_Grid]:
    hs = [r for r in rules if r.horizontal]
    vs = [r for r in rules if not r.horizontal]
    if len(hs) < 2 or len(vs) < 3:
        return []
    parent = list(range(len(hs) + len(vs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, h in enumerate(hs):
        for j, v in enumerate(vs):
            if (h.x0 - _TOL <= v.x0 <= h.x1 + _TOL
                    and v.y0 - _TOL <= h.y0 <= v.y1 + _TOL):
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
        if len(xs) >= 3 and len(ys) >= 2:
            grids.append(_Grid(xs, ys, g_v))
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
    if not grids:
        return [], frags
    tables: list[PageTable] = []
    rest = frags
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
        rest = outside
        tables.append(_fill(grid, inside, page))
    return tables, rest


def _fill(grid: _Grid, frags: list[Fragment], page: int) -> PageTable:
    xs, ys = grid.xs, grid.ys
    ncols, nrows = len(xs) - 1, len(ys) - 1
    cells: list[list[list[Fragment]]] = [[[] for _ in range(ncols)] for _ in range(nrows)]
    for f in frags:
        cells[_index(ys, f.yc)][_index(xs, f.xc)].append(f)
    table = PageTable(page, xs[0], ys[0], xs[-1], ys[-1], xs)
    for r in range(nrows):
        mid = (ys[r] + ys[r + 1]) / 2
        # Which inner column boundaries are really drawn in this row?
        present = [any(abs(v.x0 - x) <= _TOL and v.y0 - 1 <= mid <= v.y1 + 1
                       for v in grid.vrules) for x in xs[1:-1]]
        texts: list[str] = []
        owner = 0  # the column a merged cell's text goes to
        merged: list[list[Fragment]] = [[] for _ in range(ncols)]
        for c in range(ncols):
            if c > 0 and not present[c - 1]:
                merged[owner].extend(cells[r][c])
            else:
                owner = c
                merged[c].extend(cells[r][c])
        row_frags = [f for col in merged for f in col]
        if not row_frags:
            continue  # an empty band, e.g. between a shaded box edge and a rule
        for col in merged:
            text = ""
            for line in merge_fragments(col, page):
                text = join_lines(text, line.text)
            texts.append(text)
        table.rows.append(RowData(texts, (xs[0], ys[r], xs[-1], ys[r + 1]),
                                  all(f.bold for f in row_frags)))
    return table
