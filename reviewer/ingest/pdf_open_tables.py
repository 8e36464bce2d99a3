"""Open tables: drawn with horizontal rules only (no vertical lines).

Three or more horizontal rules of the same extent, stacked, with text between
them that falls into at least two columns separated by empty vertical strips.
The columns come from the text, the rows from the rules; between two rules a
line with text in the first column starts a new row (a "booktabs" table has
no rule between its body rows).
"""

from __future__ import annotations

import bisect
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
    # Rules of the same extent (within _SAME_EXTENT at both ends), found through
    # buckets of that width rather than by comparing every pair of groups.
    groups: list[list[Rule]] = []
    buckets: dict[tuple[int, int], list[int]] = {}
    for r in sorted(free, key=lambda r: r.y0):
        kx0, kx1 = int(r.x0 // _SAME_EXTENT), int(r.x1 // _SAME_EXTENT)
        found = min((k for dx in (-1, 0, 1) for dy in (-1, 0, 1)
                     for k in buckets.get((kx0 + dx, kx1 + dy), ())
                     if abs(groups[k][0].x0 - r.x0) <= _SAME_EXTENT
                     and abs(groups[k][0].x1 - r.x1) <= _SAME_EXTENT), default=None)
        if found is None:
            buckets.setdefault((kx0, kx1), []).append(len(groups))
            groups.append([r])
        elif r.y0 - groups[found][-1].y0 > 2.0:  # the two edges of one thin filled bar
            groups[found].append(r)
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
    # Empty vertical strips across all the text between the rules (as merged
    # intervals of covered whole points: work in proportion to the text).
    lo, hi = math.floor(x0), math.ceil(x1)
    spans = sorted((max(lo, math.floor(f.x0)), min(hi, math.ceil(f.x1))) for f in inside)
    text_x0 = min(f.x0 for f in inside)
    text_x1 = max(f.x1 for f in inside)
    bounds = [x0]
    covered_to = lo - 1  # the last covered point so far
    for a, b in spans:
        if a > b:
            continue
        start = covered_to + 1  # first uncovered point
        if a > start and a - start >= _MIN_GAP and start > text_x0 and a < text_x1:
            bounds.append((start + a) / 2)
        covered_to = max(covered_to, b)
    if len(bounds) < 2:
        return None
    bounds.append(x1)
    # Every column must hold text in at least two bands: otherwise this is
    # prose between two rules, not a table.
    for c in range(len(bounds) - 1):
        bands = {bisect.bisect_left(ys, f.yc) for f in inside
                 if bounds[c] <= f.xc < bounds[c + 1]}
        if len(bands) < 2:
            return None
    verticals = [Rule(x, ys[0], x, ys[-1]) for x in bounds]
    # Every body row ruled: each band is one row. Otherwise split bands.
    return Grid(bounds, ys, verticals, split_rows=len(ys) <= 4)
