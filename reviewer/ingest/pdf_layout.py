"""Reading order on one page: tables, columns, lines.

A page is two-column when a vertical gutter near the middle is crossed by
(almost) no text and there are lines on both sides of it, side by side, with
the left lines reaching close to the gutter (which tells real columns from a
ruleless table with a short first column). Text that crosses the gutter
(a title, a full-width paragraph) splits the page into bands; each band is read
left column first, then right column.
"""

from __future__ import annotations

import bisect
import math

from reviewer.ingest.pdf_chars import Fragment, Rule
from reviewer.ingest.pdf_lines import Line, merge_fragments
from reviewer.ingest.pdf_tables import PageTable, find_tables

Item = Fragment | PageTable
PageItem = Line | PageTable


def layout_page(frags: list[Fragment], rules: list[Rule], page: int,
                width: float) -> list[PageItem]:
    """The page's lines and tables in reading order."""
    tables, rest = find_tables(frags, rules, page)
    items: list[Item] = [*rest, *tables]
    out: list[PageItem] = []
    for column in _columns(items, rest, width):
        out.extend(_lines_and_tables(column, page))
    return out


def _coverage(frags: list[Fragment], lo: int, hi: int) -> list[tuple[int, int, int]]:
    """How many fragments cover each point of [lo, hi), as runs (start, end,
    count) relative to ``lo``: work in proportion to the fragments, not to the
    page's width (a page may claim to be 2e9 points wide)."""
    size = hi - lo
    events: dict[int, int] = {0: 0}
    for f in frags:
        if f.gaps:  # the words on either side of a wide gap, not the gap
            spans = [f.x0, *(x for g in f.gaps for x in g[:2]), f.x1]
            pairs = list(zip(spans[::2], spans[1::2], strict=True))
        else:
            pairs = [(f.x0, f.x1)]
        for a, b in pairs:
            s = min(max(int(a) - lo, 0), size)
            e = min(max(math.ceil(b) - lo, 0), size)
            if s < e:
                events[s] = events.get(s, 0) + 1
                events[e] = events.get(e, 0) - 1
    runs: list[tuple[int, int, int]] = []
    count = 0
    points = sorted(events)
    for k, p in enumerate(points):
        if p >= size:
            break
        count += events[p]
        nxt = points[k + 1] if k + 1 < len(points) else size
        runs.append((p, min(nxt, size), count))
    return runs


def _gutter(frags: list[Fragment], x_lo: float, x_hi: float) -> tuple[float, float] | None:
    """The empty vertical strip between two columns of the stretch [x_lo, x_hi]
    (the page, or one column of it), if there is one."""
    if len(frags) < 6:
        return None
    span = x_hi - x_lo
    lo, hi = int(x_lo + span * 0.3), int(x_lo + span * 0.7)
    cover = _coverage(frags, lo, hi)
    if not cover:
        return None
    least = min(c for _, _, c in cover)
    if least > max(1, len(frags) // 5):
        return None
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for s, _end, c in (*cover, (hi - lo, hi - lo, least + 1)):
        if c == least and start is None:
            start = s
        elif c != least and start is not None:
            if s - start >= 6:
                runs.append((lo + start, lo + s))
            start = None
    if not runs:
        return None

    # Of several empty strips, the gutter is the one with most text on both sides.
    ends = sorted(f.x1 for f in frags)
    starts = sorted(f.x0 for f in frags)

    def balance(run: tuple[int, int]) -> int:
        left = bisect.bisect_right(ends, run[0] + 1)
        right = len(starts) - bisect.bisect_left(starts, run[1] - 1)
        return min(left, right)

    best = max(runs, key=balance)
    return float(best[0]), float(best[1])


_MAX_SPLITS = 3  # columns within columns: at most four columns on a page


def _columns(items: list[Item], frags: list[Fragment], width: float) -> list[list[Item]]:
    return _split(items, frags, 0.0, width, _MAX_SPLITS)


def _split(items: list[Item], frags: list[Fragment], x_lo: float, x_hi: float,
           depth: int) -> list[list[Item]]:
    """``items`` in reading order as runs of one column each. Two columns are
    split at their gutter; each side may be split again (three columns)."""
    by_top = sorted(items, key=lambda i: (i.top, i.x0))
    gutter = _gutter(frags, x_lo, x_hi) if depth > 0 else None
    if gutter is None:
        return [by_top]
    g0, g1 = gutter
    if any(f.gaps for f in frags):  # lines run across a narrow gutter: cut them there
        items = [p for i in items
                 for p in (i.split_at(g0 + 1, g1 - 1) if isinstance(i, Fragment) else [i])]
        frags = [i for i in items if isinstance(i, Fragment)]
        by_top = sorted(items, key=lambda i: (i.top, i.x0))
    left = [f for f in frags if f.x1 <= g0 + 1]
    right = [f for f in frags if f.x0 >= g1 - 1]
    if len(left) < 3 or len(right) < 3:
        return [by_top]
    # Side by side: right-hand lines at the height of left-hand lines.
    tops = sorted(f.top for f in left)
    side = sum(1 for f in right
               if (k := bisect.bisect_right(tops, f.bottom)) and tops[k - 1] >= f.top - 20)
    reach = sorted(f.x1 for f in left)[len(left) // 2]
    left_x0 = min(f.x0 for f in left)
    if side < 2 or reach < g0 - 0.35 * (g0 - left_x0):
        return [by_top]
    bands: list[list[Item]] = []
    band_l: list[Item] = []
    band_r: list[Item] = []

    def close() -> None:
        for column in (band_l, band_r):
            if not column:
                continue
            texts = [i for i in column if isinstance(i, Fragment)]
            if len(texts) < 6:
                bands.append(column)
                continue
            bands.extend(_split(column, texts, min(f.x0 for f in texts),
                                max(f.x1 for f in texts), depth - 1))

    for item in by_top:
        if item.x1 <= g0 + 1:
            band_l.append(item)
        elif item.x0 >= g1 - 1:
            band_r.append(item)
        else:  # crosses the gutter: ends the band
            close()
            bands.append([item])
            band_l, band_r = [], []
    close()
    return bands


def _lines_and_tables(column: list[Item], page: int) -> list[PageItem]:
    out: list[PageItem] = []
    run: list[Fragment] = []
    frags = [i for i in column if isinstance(i, Fragment)]
    col_x0 = min((f.x0 for f in frags), default=0.0)
    col_x1 = max((f.x1 for f in frags), default=0.0)

    def flush() -> None:
        for line in merge_fragments(run, page):
            line.col_x0, line.col_x1 = col_x0, col_x1
            out.append(line)
        run.clear()

    for item in column:
        if isinstance(item, PageTable):
            flush()
            out.append(item)
        else:
            run.append(item)
    flush()
    return out
