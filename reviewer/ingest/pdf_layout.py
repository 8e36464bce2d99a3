"""Reading order on one page: tables, columns, lines.

A page is two-column when a vertical gutter near the middle is crossed by
(almost) no text and there are lines on both sides of it, side by side, with
the left lines reaching close to the gutter (which tells real columns from a
ruleless table with a short first column). Text that crosses the gutter
(a title, a full-width paragraph) splits the page into bands; each band is read
left column first, then right column.

Lines in the page's top and bottom margin bands (running headers, footers,
page numbers, which a two-column layout centres over the gutter) are laid out
with the rest but are not evidence of columns: they neither narrow the gutter
nor widen a column. A table standing beside lines is evidence, as a line is.
"""

from __future__ import annotations

import bisect
import math

from reviewer.ingest.pdf_chars import Fragment, Rule
from reviewer.ingest.pdf_geometry import margin_band
from reviewer.ingest.pdf_lines import Line, merge_fragments
from reviewer.ingest.pdf_tables import PageTable, find_tables

Item = Fragment | PageTable
PageItem = Line | PageTable


def layout_page(frags: list[Fragment], rules: list[Rule], page: int,
                width: float, height: float = 0.0) -> list[PageItem]:
    """The page's lines and tables in reading order (``height`` 0: no margin
    bands)."""
    tables, rest = find_tables(frags, rules, page)
    items: list[Item] = [*rest, *tables]
    out: list[PageItem] = []
    for column in _split(items, rest, 0.0, width, _MAX_SPLITS, height):
        out.extend(_lines_and_tables(column, page, height))
    return out


def _body(frags: list[Fragment], height: float) -> list[Fragment]:
    """The fragments that are evidence of the page's columns: those outside
    the margin bands, unless too few are (a page of a few lines)."""
    if height <= 0:
        return frags
    body = [f for f in frags if margin_band(f.top, f.bottom, height) is None]
    return body if len(body) >= 6 else frags


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


def _side(item: Item, g0: float, g1: float) -> int:
    """-1 left of the gutter [g0, g1], 1 right of it, 0 across it. A table's
    rules may stand out into the gutter beyond its cells' text (the gutter is
    found from text): a table is across only when it spans the gutter."""
    lo, hi = (g1 - 1, g0 + 1) if isinstance(item, PageTable) else (g0 + 1, g1 - 1)
    if item.x1 <= lo:
        return -1
    return 1 if item.x0 >= hi else 0


def _side_by_side(left: list[Item], right: list[Item]) -> int:
    """How many right-hand items stand at the height of a left-hand one: a
    left line whose top is at most 20 pt above the item's, or a table beside
    it."""
    tops = sorted(i.top for i in left)
    tables = [i for i in left if isinstance(i, PageTable)]
    return sum(1 for r in right
               if ((k := bisect.bisect_right(tops, r.bottom)) and tops[k - 1] >= r.top - 20)
               or any(t.top <= r.bottom and t.bottom >= r.top for t in tables))


def _split(items: list[Item], frags: list[Fragment], x_lo: float, x_hi: float,
           depth: int, height: float) -> list[list[Item]]:
    """``items`` in reading order as runs of one column each. Two columns are
    split at their gutter; each side may be split again (three columns).
    ``frags`` are the text fragments among ``items``."""
    by_top = sorted(items, key=lambda i: (i.top, i.x0))
    body = _body(frags, height)
    gutter = _gutter(body, x_lo, x_hi) if depth > 0 else None
    if gutter is None:
        return [by_top]
    g0, g1 = gutter
    if any(f.gaps for f in frags):  # lines run across a narrow gutter: cut them there
        items = [p for i in items
                 for p in (i.split_at(g0 + 1, g1 - 1) if isinstance(i, Fragment) else [i])]
        frags = [i for i in items if isinstance(i, Fragment)]
        by_top = sorted(items, key=lambda i: (i.top, i.x0))
    # Every line counts here: a column may start in the top margin band.
    placed: list[Item] = [*frags, *(i for i in items if isinstance(i, PageTable))]
    left = [i for i in placed if _side(i, g0, g1) < 0]
    right = [i for i in placed if _side(i, g0, g1) > 0]
    if len(left) < 3 or len(right) < 3:
        return [by_top]
    # Side by side: right-hand lines (or tables) at the height of left-hand ones.
    left_x1 = sorted(i.x1 for i in left if isinstance(i, Fragment))
    reach = left_x1[len(left_x1) // 2] if left_x1 else g0
    left_x0 = min(i.x0 for i in left)
    if _side_by_side(left, right) < 2 or reach < g0 - 0.35 * (g0 - left_x0):
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
            extent = _body(texts, height)
            bands.extend(_split(column, texts, min(f.x0 for f in extent),
                                max(f.x1 for f in extent), depth - 1, height))

    for item in by_top:
        side = _side(item, g0, g1)
        if side < 0:
            band_l.append(item)
        elif side > 0:
            band_r.append(item)
        else:  # crosses the gutter: ends the band
            close()
            bands.append([item])
            band_l, band_r = [], []
    close()
    return bands


def _lines_and_tables(column: list[Item], page: int, height: float) -> list[PageItem]:
    out: list[PageItem] = []
    run: list[Fragment] = []
    # The column's extent, which tells a paragraph's short last line, is the
    # body's: a running header may stand out beyond a column that fills only
    # part of the page.
    frags = _body([i for i in column if isinstance(i, Fragment)], height)
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
