"""Low-level page reading with PDFium: text fragments and ruling lines.

Speed matters here (see the ingest benchmark): pdfplumber parses every
character in Python and costs ~0.1 s per dense page, so we call PDFium's C API
directly, two calls per character (code point and loose box) and a few per
fragment for the font. Everything returned is in PDF points with a top-left
origin, like `reviewer.document.Box`.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass

import pypdfium2.raw as pdfium_c

_BOLD_WORDS = ("bold", "black", "heavy", "semibold", "demi")
_FORCE_BOLD_FLAG = 1 << 18  # PDF font descriptor flag "ForceBold"


@dataclass(slots=True)
class Fragment:
    """A run of characters on one baseline with no wide gap inside."""

    x0: float
    top: float
    x1: float
    bottom: float
    text: str
    size: float
    first: int  # index of the first and last character, for font sampling
    last: int
    bold: bool = False

    @property
    def xc(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def yc(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(frozen=True, slots=True)
class Rule:
    """An axis-aligned ruling line: horizontal when ``y0 == y1``."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def horizontal(self) -> bool:
        return abs(self.y1 - self.y0) <= abs(self.x1 - self.x0)


def _is_bold(textpage: object, index: int, buf: ctypes.Array[ctypes.c_char],
             flags: ctypes.c_int) -> bool:
    pdfium_c.FPDFText_GetFontInfo(textpage, index, buf, len(buf), ctypes.byref(flags))
    name = buf.value.decode("latin-1").lower()
    if any(w in name for w in _BOLD_WORDS) or flags.value & _FORCE_BOLD_FLAG:
        return True
    return int(pdfium_c.FPDFText_GetFontWeight(textpage, index)) >= 600


def _page_text(textpage: object, n: int) -> str:
    """The page's characters, one per character index (PDFium's order)."""
    buf = (ctypes.c_uint16 * (n + 1))()
    got = pdfium_c.FPDFText_GetText(textpage, 0, n, buf)
    text = bytes(buf)[: max(0, got - 1) * 2].decode("utf-16-le", errors="replace")
    if len(text) != n:  # characters outside the BMP: fall back to one call each
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i) or 0xFFFD)
                       for i in range(n))
    return text


# A word: a run of characters between spaces / line breaks. U+0002 is how
# PDFium reports a hyphen at the end of a line (U+FFFE from FPDFText_GetText).
_TILT = 0.02  # radians; text turned more than this is not part of the body
_FULL_TURN = 6.283185307179586
_WORD = re.compile(r"[^\s\x00\x01]+")


class _FragmentBuilder:
    """Words joined into fragments, in content-stream order (see extract_fragments)."""

    def __init__(self, textpage: object, vrules: list[Rule]) -> None:
        self.textpage = textpage
        self.vrules = vrules
        self.frags: list[Fragment] = []
        self.pieces: list[str] = []
        self.cur: Fragment | None = None

    def close(self) -> None:
        """End the current fragment, if any."""
        if self.cur is not None:
            self.cur.text = "".join(self.pieces)
            self.frags.append(self.cur)
            self.cur = None

    def _breaks(self, cur: Fragment, left: float, top: float, bottom: float) -> bool:
        h = cur.bottom - cur.top
        gap = left - cur.x1
        return (abs(bottom - cur.bottom) > 0.5 * max(h, bottom - top) or gap < -0.5 * h
                or gap > 1.5 * h
                or bool(self.vrules and gap > 0.5
                        and _crosses_rule(self.vrules, cur.x1, left, top, bottom)))

    def add(self, first: int, last: int, word: str, b: tuple[float, float, float, float],
            spaced: bool) -> None:
        left, top, right, bottom = b
        cur = self.cur
        if cur is not None:
            if not self._breaks(cur, left, top, bottom):
                h = cur.bottom - cur.top
                if spaced or left - cur.x1 > 0.2 * h:
                    self.pieces.append(" ")
                self.pieces.append(word)
                cur.x1 = max(cur.x1, right)
                cur.top = min(cur.top, top)
                cur.bottom = max(cur.bottom, bottom)
                cur.last = last
                return
            self.close()
        self.pieces.clear()
        self.pieces.append(word)
        size = float(pdfium_c.FPDFText_GetFontSize(self.textpage, first))
        self.cur = Fragment(left, top, right, bottom, "", size or (bottom - top), first, last)


def extract_fragments(textpage: object, page_height: float,
                      vertical_rules: list[Rule] | None = None,
                      ) -> tuple[list[Fragment], int]:
    """All text fragments of a page in content-stream order, and the number of
    rotated words skipped.

    Rotated words are skipped. A new fragment starts at a line break, a change of baseline, a step back,
    a gap wider than 1.5 em, or a vertical ruling line (a table cell border).
    For speed, a word's extent is taken from its first and last characters;
    a word whose ends disagree (different baselines, implausible width) is
    measured character by character.
    """
    n = pdfium_c.FPDFText_CountChars(textpage)
    if n <= 0:
        return [], 0
    text = _page_text(textpage, n)
    get_box = pdfium_c.FPDFText_GetLooseCharBox
    get_angle = pdfium_c.FPDFText_GetCharAngle
    rect = pdfium_c.FS_RECTF()
    rect_ref = ctypes.byref(rect)
    built = _FragmentBuilder(textpage, vertical_rules or [])
    add = built.add

    def box(i: int) -> tuple[float, float, float, float] | None:
        if not get_box(textpage, i, rect_ref):
            return None
        return rect.left, page_height - rect.top, rect.right, page_height - rect.bottom

    prev_end = 0
    rotated = 0
    for m in _WORD.finditer(text):
        s, e = m.span()
        sep = text[prev_end:s]
        prev_end = e
        if "\n" in sep or "\r" in sep:
            built.close()
        spaced = bool(sep)
        angle = get_angle(textpage, s)
        if _TILT < angle < _FULL_TURN - _TILT:
            rotated += 1  # a "DRAFT" watermark or a margin stamp, not clauses
            continue
        word = m.group().replace("\x02", "-").replace("\ufffe", "-")
        b0 = box(s)
        b1 = box(e - 1) if e - s > 1 else b0
        if b0 is not None and b1 is not None:
            h = b0[3] - b0[1]
            if (abs(b1[3] - b0[3]) <= 0.5 * h and b1[2] >= b0[0]
                    and b1[2] - b0[0] <= (e - s) * h * 1.6 + 2):
                add(s, e - 1, word, (b0[0], min(b0[1], b1[1]), b1[2], max(b0[3], b1[3])),
                    spaced)
                continue
        for i in range(s, e):  # irregular word: one character at a time
            bi = box(i)
            if bi is not None:
                add(i, i, word[i - s], bi, spaced and i == s)
    built.close()
    frags = built.frags
    if frags:
        buf = ctypes.create_string_buffer(128)
        flags = ctypes.c_int()
        for f in frags:
            f.bold = _is_bold(textpage, f.first, buf, flags) and (
                f.last == f.first or _is_bold(textpage, f.last, buf, flags))
    return frags, rotated


def _crosses_rule(rules: list[Rule], x_from: float, x_to: float, top: float,
                  bottom: float) -> bool:
    mid = (top + bottom) / 2
    return any(x_from - 1 <= r.x0 <= x_to + 1 and r.y0 - 1 <= mid <= r.y1 + 1 for r in rules)


def page_rules_and_images(page: object, page_height: float) -> tuple[list[Rule], int]:
    """Axis-aligned ruling lines (stroked or thin filled) and the image count.

    Rectangles contribute their four edges, which is how table grids and cell
    backgrounds are usually drawn. A path is abandoned at its first curve, so
    a vector logo on every page costs little.
    """
    rules: list[Rule] = []
    images = 0
    matrix = pdfium_c.FS_MATRIX()
    x = ctypes.c_float()
    y = ctypes.c_float()
    fill = ctypes.c_int()
    stroke = ctypes.c_int()
    count = pdfium_c.FPDFPage_CountObjects(page)
    for i in range(count):
        obj = pdfium_c.FPDFPage_GetObject(page, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images += 1
            continue
        if kind != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
        if not fill.value and not stroke.value:
            continue
        pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix))
        a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
        start: tuple[float, float] | None = None
        prev: tuple[float, float] | None = None
        for k in range(pdfium_c.FPDFPath_CountSegments(obj)):
            seg = pdfium_c.FPDFPath_GetPathSegment(obj, k)
            pdfium_c.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y))
            pt = (a * x.value + c * y.value + e, page_height - (b * x.value + d * y.value + f))
            seg_type = pdfium_c.FPDFPathSegment_GetType(seg)
            if seg_type == pdfium_c.FPDF_SEGMENT_BEZIERTO:
                break  # curves: a logo or drawing, not a table; skip the rest of it
            if seg_type == pdfium_c.FPDF_SEGMENT_MOVETO:
                start = prev = pt
                continue
            if seg_type == pdfium_c.FPDF_SEGMENT_LINETO and prev is not None:
                _add_rule(rules, prev, pt)
            prev = pt
            if pdfium_c.FPDFPathSegment_GetClose(seg) and start is not None:
                _add_rule(rules, pt, start)
    return rules, images


def _add_rule(rules: list[Rule], p: tuple[float, float], q: tuple[float, float]) -> None:
    (x0, y0), (x1, y1) = p, q
    if abs(y1 - y0) < 1.0 and abs(x1 - x0) >= 2.0:
        y = (y0 + y1) / 2
        rules.append(Rule(min(x0, x1), y, max(x0, x1), y))
    elif abs(x1 - x0) < 1.0 and abs(y1 - y0) >= 2.0:
        xm = (x0 + x1) / 2
        rules.append(Rule(xm, min(y0, y1), xm, max(y0, y1)))
