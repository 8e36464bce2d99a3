"""From PDF user space to the page as it is displayed.

PDFium reports characters and paths in the page's user space: origin at the
bottom left of the MediaBox, y up, before the page's /Rotate is applied.
Readers see the displayed page: the CropBox turned clockwise by /Rotate
degrees. Every box in a `Document` is in displayed coordinates (points,
top-left origin of the displayed CropBox), which is what the GUI draws over
a rendered page; `PageFrame.to_user` maps a box back for writers that work in
user space (PDF annotations).

An upright page saved with /Rotate 90 (its text drawn turned a quarter
counter-clockwise in user space) therefore reads as upright text, and a
landscape annex stays a landscape page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

_QUARTER = math.pi / 2
_FULL_TURN = 2 * math.pi


@dataclass(frozen=True, slots=True)
class PageFrame:
    """The displayed page: its CropBox in user space and a clockwise turn of
    ``quarter`` x 90 degrees."""

    left: float = 0.0
    bottom: float = 0.0
    right: float = 595.0
    top: float = 842.0
    quarter: int = 0  # /Rotate // 90, 0..3

    @property
    def width(self) -> float:
        """Displayed width."""
        w, h = self.right - self.left, self.top - self.bottom
        return h if self.quarter % 2 else w

    @property
    def height(self) -> float:
        """Displayed height."""
        w, h = self.right - self.left, self.top - self.bottom
        return w if self.quarter % 2 else h

    def point(self, x: float, y: float) -> tuple[float, float]:
        """A user-space point on the displayed page (x right, y down)."""
        q = self.quarter
        if q == 0:
            return x - self.left, self.top - y
        if q == 1:
            return y - self.bottom, x - self.left
        if q == 2:
            return self.right - x, y - self.bottom
        return self.top - y, self.right - x

    def rect(self, left: float, bottom: float, right: float, top: float,
             ) -> tuple[float, float, float, float]:
        """A user-space rectangle as (x0, top, x1, bottom) on the displayed page."""
        ax, ay = self.point(left, bottom)
        bx, by = self.point(right, top)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)

    def to_user(self, x0: float, top: float, x1: float, bottom: float,
                ) -> tuple[float, float, float, float]:
        """A displayed box back in user space as (left, bottom, right, top)."""
        q = self.quarter
        pts = []
        for dx, dy in ((x0, top), (x1, bottom)):
            if q == 0:
                pts.append((dx + self.left, self.top - dy))
            elif q == 1:
                pts.append((dy + self.left, dx + self.bottom))
            elif q == 2:
                pts.append((self.right - dx, dy + self.bottom))
            else:
                pts.append((self.right - dy, self.top - dx))
        (ax, ay), (bx, by) = pts
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)

    def angle(self, user_angle: float) -> float:
        """PDFium's character angle (clockwise, user space) on the displayed page,
        in [0, 2 pi)."""
        return (user_angle + self.quarter * _QUARTER) % _FULL_TURN


def frame_of(left: float, bottom: float, right: float, top: float, rotate: int) -> PageFrame:
    """The frame of a page whose visible box and /Rotate (0/90/180/270, or
    PDFium's 0..3) are given; a degenerate box falls back to A4."""
    quarter = rotate // 90 if rotate >= 4 else rotate
    if not (right - left > 0 and top - bottom > 0):
        left, bottom, right, top = 0.0, 0.0, 595.0, 842.0
    return PageFrame(left, bottom, right, top, quarter % 4)


TOP_BAND = 0.11  # the top margin band: this fraction of the page height
BOTTOM_BAND = 0.10


def margin_band(top: float, bottom: float, height: float) -> str | None:
    """"top" or "bottom" when a box lies in the page's top or bottom margin
    band (where running headers, footers and page numbers sit), else None."""
    if bottom <= height * TOP_BAND:
        return "top"
    if top >= height * (1 - BOTTOM_BAND):
        return "bottom"
    return None
