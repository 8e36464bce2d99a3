"""Open tables: drawn with horizontal rules only (no vertical lines).

Three or more horizontal rules of the same extent, stacked, with text between
them that falls into at least two columns separated by empty vertical strips.
The columns come from the text, the rows from the rules; between two rules a
line with text in the first column starts a new row (a "booktabs" table has
no rule between its body rows).
"""

from __future__ import annotations

import math
from itertools import pairwise

from reviewer.ingest.pdf_chars import Fragment, Rule
from reviewer.ingest.pdf_grid import Grid

_SAME_EXTENT = 3.0  # points
_MIN_GAP = 6.0  # points of empty strip between two columns
_MIN_WIDTH = 100.0


def open_grids(rules: list[Rule], grids: list[Grid], frags: list[Fragment]) -> list[Grid]:
    """Grids for open tables, ignoring rules that belong to the closed ``grids``."""
    free = [r for r in rules if r.horizontal and r.x1 - r.x0 >= _MIN_WIDTH
            and not any(_inside(r, g) for g in grids)]
    groups: list[list[Rule]] = []
    for r in sorted(free, key=lambda r: r.y0):
        for g in groups:
            if abs(g[0].x0 - r.x0) <= _SAME_EXTENT and abs(g[0].x1 - r.x1) <= _SAME_EXTENT:
                if r.y0 - g[-1].y0 > 2.0:  # the two edges of one thin filled bar
                    g.append(r)
                break
        else:
            groups.append([r])
    out = []
    for g in groups:
        if len(g) < 3:
            continue
        grid = _grid(g, frags)
        if grid is not None:
            out.append(grid)
    return out


def _inside(r: Rule, g: Grid) -> bool:
    return (g.xs[0] - 2 <= r.x0 and r.x1 <= g.xs[-1] + 2
            and g.ys[0] - 2 <= r.y0 <= g.ys[-1] + 2)


def _grid(hrules: list[Rule], frags: list[Fragment]) -> Grid | None:
    x0, x1 = hrules[0].x0, hrules[0].x1
    ys = [r.y0 for r in hrules]
    inside = [f for f in frags if x0 - 1 <= f.xc <= x1 + 1 and ys[0] <= f.yc <= ys[-1]]
    if len(inside) < 4:
        return None
    # A header band holds a few lines at most, and no band is a page of prose:
    # rules above and below a whole page (or a two-column page) are no table.
    heights = sorted(f.bottom - f.top for f in inside)
    line = heights[len(heights) // 2]
    if ys[1] - ys[0] > 4.5 * line or max(b - a for a, b in pairwise(ys)) > 300:
        return None
    # Empty vertical strips across all the text between the rules.
    lo, hi = math.floor(x0), math.ceil(x1)
    covered = bytearray(hi - lo + 1)
    for f in inside:
        a, b = max(lo, math.floor(f.x0)), min(hi, math.ceil(f.x1))
        covered[a - lo: b - lo + 1] = b"\x01" * (b - a + 1)
    text_x0 = min(f.x0 for f in inside)
    text_x1 = max(f.x1 for f in inside)
    bounds = [x0]
    start = None
    for i, c in enumerate(covered):
        x = lo + i
        if not c and start is None:
            start = x
        elif c and start is not None:
            if x - start >= _MIN_GAP and start > text_x0 and x < text_x1:
                bounds.append((start + x) / 2)
            start = None
    if len(bounds) < 2:
        return None
    bounds.append(x1)
    # Every column must hold text in at least two bands: otherwise this is
    # prose between two rules, not a table.
    for c in range(len(bounds) - 1):
        bands = {sum(1 for y in ys if y < f.yc) for f in inside
                 if bounds[c] <= f.xc < bounds[c + 1]}
        if len(bands) < 2:
            return None
    verticals = [Rule(x, ys[0], x, ys[-1]) for x in bounds]
    # Every body row ruled: each band is one row. Otherwise split bands.
    return Grid(bounds, ys, verticals, split_rows=len(ys) <= 4)
