"""Low-level page reading with PDFium: text fragments and ruling lines.

Speed matters here (see the ingest benchmark): pdfplumber parses every
character in Python and costs ~0.1 s per dense page, so we call PDFium's C API
directly, two calls per character (code point and loose box) and a few per
fragment for the font. Everything returned is in PDF points on the page as displayed
(`pdf_geometry.PageFrame`: /Rotate applied, top-left origin), like
`reviewer.document.Box`.
"""

from __future__ import annotations

import ctypes
import math
import re
import struct
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any, ClassVar

import pypdfium2.raw as pdfium_c

from reviewer.ingest.pdf_geometry import PageFrame

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
    rtl: bool = False  # mirrored left-to-right: the text runs from right to left
    # Wide gaps inside (over 0.6 em; a narrow column gutter may be one): where
    # the gap starts and ends, and the position in ``text`` after it.
    gaps: list[tuple[float, float, int]] | None = None

    def split_at(self, x0: float, x1: float) -> list[Fragment]:
        """The fragment cut at its gaps that cover [x0, x1] (else itself)."""
        cuts = [g for g in self.gaps or () if g[0] <= x0 and g[1] >= x1]
        if not cuts:
            return [self]
        out: list[Fragment] = []
        left, start = self.x0, 0
        for g_from, g_to, pos in cuts:
            out.append(Fragment(left, self.top, g_from, self.bottom,
                                self.text[start:pos].strip(), self.size, self.first,
                                self.last, self.bold, self.rtl))
            left, start = g_to, pos
        out.append(Fragment(left, self.top, self.x1, self.bottom, self.text[start:].strip(),
                            self.size, self.first, self.last, self.bold, self.rtl))
        return [f for f in out if f.text]

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


class _BoldTest:
    """Whether the character at an index of one page is set in a bold face: its font's
    name says so, or its flags (ForceBold), or its weight is 600 or more.

    The PDFium calls go without ctypes' argument converters (see `_unchecked`; the
    buffer's length as the C unsigned long it is), and a font name's bold words are
    looked for once per name, not once per fragment end (~6,500 fragments and a
    handful of fonts on the 133-page benchmark: 22 -> ~8 ms)."""

    __slots__ = ("buf", "flags", "flags_ref", "size", "textpage")
    by_name: ClassVar[dict[bytes, bool]] = {}  # a font name -> it names a bold face (shared: names are few)

    def __init__(self, textpage: object) -> None:
        self.textpage = textpage
        self.buf = ctypes.create_string_buffer(128)
        self.size = ctypes.c_ulong(len(self.buf))
        self.flags = ctypes.c_int()
        self.flags_ref = ctypes.byref(self.flags)

    def __call__(self, index: int) -> bool:
        _GET_FONT_INFO(self.textpage, index, self.buf, self.size, self.flags_ref)
        raw = self.buf.value
        named = self.by_name.get(raw)
        if named is None:
            if len(self.by_name) >= 4096:
                self.by_name.clear()
            name = raw.decode("latin-1").lower()
            named = self.by_name[raw] = any(w in name for w in _BOLD_WORDS)
        if named or self.flags.value & _FORCE_BOLD_FLAG:
            return True
        return int(_GET_FONT_WEIGHT(self.textpage, index)) >= 600


# Characters outside the BMP take two character indexes in PDFium (a UTF-16
# surrogate pair). The text stays one character per index: the pair becomes
# the real character followed by FILLER, which words drop. A lone surrogate
# (a broken ToUnicode map) becomes U+FFFD, so no text is ever unencodable.
FILLER = "\u2060"
# Characters a font without a usable character map yields.
UNDECODABLE = re.compile(r"[\ue000-\uf8ff\ufffd\x00-\x08\x0b\x0c\x0e-\x1f]")
_SURROGATES = re.compile("[\ud800-\udfff]+")
_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]")


def _mend_surrogates(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        unit = m.group()
        if len(unit) == 2:
            return unit.encode("utf-16-le", "surrogatepass").decode("utf-16-le") + FILLER
        return "\ufffd"

    return _SURROGATES.sub(lambda run: _PAIR.sub(one, run.group()), text)


def _page_text(textpage: object, n: int) -> str:
    """The page's characters, one per character index (PDFium's order)."""
    buf = (ctypes.c_uint16 * (n + 1))()
    got = pdfium_c.FPDFText_GetText(textpage, 0, n, buf)
    text = bytes(buf)[: max(0, got - 1) * 2].decode("utf-16-le", errors="surrogatepass")
    if len(text) != n:  # PDFium disagrees with itself: one call per character
        text = "".join(chr(min(pdfium_c.FPDFText_GetUnicode(textpage, i), 0x10FFFF) or 0xFFFD)
                       for i in range(n))
    return _mend_surrogates(text) if _SURROGATES.search(text) else text


# A word: a run of characters between spaces / line breaks. U+0002 is how
# PDFium reports a hyphen at the end of a line (U+FFFE from FPDFText_GetText).
_TILT = 0.02  # radians; text turned more than this is not part of the body
_HALF_TURN = math.pi
_FULL_TURN = 2 * math.pi
_WORD = re.compile(r"[^\s\x00\x01]+")

Box4 = tuple[float, float, float, float]  # x0, top, x1, bottom on the displayed page
_RECT = struct.Struct("=4f")  # an FS_RECTF's memory


def _orientation(angle: float) -> int:
    """1 for upright text on the displayed page, -1 for text turned half a turn
    (kept only when mirrored), 0 for anything else (sideways, tilted)."""
    if angle < _TILT or angle > _FULL_TURN - _TILT:
        return 1
    if abs(angle - _HALF_TURN) < _TILT:
        return -1
    return 0


def _unchecked(func: Any) -> Any:
    """The same PDFium function without ctypes' per-call argument conversion.

    pypdfium2 declares each function's argument types, and ctypes then runs a
    converter on every argument of every call: ~60 % of the cost of the two
    or three calls per word of the loop below (measured: 600 -> 220 ns a
    call). Its arguments there are already what C receives (a page pointer,
    a Python int for an int, a ``byref``), so the calling convention and the
    result type are kept and only the conversion goes.
    """
    fast = type(func)(ctypes.cast(func, ctypes.c_void_p).value)
    fast.restype = func.restype
    return fast


_GET_LOOSE_BOX = _unchecked(pdfium_c.FPDFText_GetLooseCharBox)
_GET_ANGLE = _unchecked(pdfium_c.FPDFText_GetCharAngle)
_GET_MATRIX = _unchecked(pdfium_c.FPDFText_GetMatrix)
_GET_FONT_SIZE = _unchecked(pdfium_c.FPDFText_GetFontSize)
_GET_FONT_INFO = _unchecked(pdfium_c.FPDFText_GetFontInfo)
_GET_FONT_WEIGHT = _unchecked(pdfium_c.FPDFText_GetFontWeight)


# The per-character hot loop of PDF reading: its helpers are closures over
# the loop's ctypes buffers on purpose (a class with attribute look-ups cost
# ~15 % of reading time), which is what pushes its complexity count up.
def extract_fragments(textpage: object, frame: PageFrame,  # noqa: C901
                      vertical_rules: list[Rule] | None = None,
                      ) -> tuple[list[Fragment], int, int]:
    """All text fragments of a page in content-stream order, the number of
    words skipped because they are turned on the displayed page, and the
    number of characters with no usable Unicode value (NUL, control codes,
    U+FFFD, private use: a font without a proper character map).

    A word is kept when it is upright on the page as displayed (the page's
    /Rotate and the text matrix both count), or mirrored left-to-right (a
    flipped form: it then runs right to left). A new fragment starts at a line
    break, a change of baseline, a step back, a gap wider than 1.5 em, or a
    vertical ruling line (a table cell border). For speed, a word's extent is
    taken from its first and last characters; a word whose ends disagree
    (different baselines, implausible width) is measured character by
    character. A fragment's size is the font size times the text matrix's
    scale (macOS writes every font at size 1 and scales it with the matrix).
    """
    n = pdfium_c.FPDFText_CountChars(textpage)
    if n <= 0:
        return [], 0, 0
    text = _page_text(textpage, n)
    undecodable = len(UNDECODABLE.findall(text))
    get_box = _GET_LOOSE_BOX
    get_angle = _GET_ANGLE
    get_matrix = _GET_MATRIX
    rect = pdfium_c.FS_RECTF()
    rect_ref = ctypes.byref(rect)
    matrix = pdfium_c.FS_MATRIX()
    matrix_ref = ctypes.byref(matrix)
    to_display = frame.rect
    vrules = _RulesByX(vertical_rules) if vertical_rules else None
    frags: list[Fragment] = []
    pieces: list[str] = []
    cur: Fragment | None = None

    # The rectangle's four floats in one call (FS_RECTF: left, top, right,
    # bottom), the same values as its four field reads, which cost twice as much.
    read_rect = _RECT.unpack_from
    upright = frame.quarter == 0  # the usual page: a shift, inlined for speed
    left0, top0 = frame.left, frame.top

    def box(i: int) -> Box4 | None:
        if not get_box(textpage, i, rect_ref):
            return None
        left, top, right, bottom = read_rect(rect)
        if upright:
            return left - left0, top0 - top, right - left0, top0 - bottom
        return to_display(left, bottom, right, top)

    def mirrored(i: int) -> bool:
        if not get_matrix(textpage, i, matrix_ref):
            return False
        return matrix.a * matrix.d - matrix.b * matrix.c < 0

    def size_of(i: int, height: float) -> float:
        size = float(_GET_FONT_SIZE(textpage, i))
        if get_matrix(textpage, i, matrix_ref):
            scale = math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c))
            if scale > 0:
                size *= scale
        return round(size, 2) if size > 0 else height

    length = 0  # characters in ``pieces``

    # A word's box as four numbers (not a tuple): ~64,000 words on a 133-page contract.
    def add(first: int, last: int, word: str, left: float, top: float, right: float, bottom: float,
            spaced: bool, rtl: bool) -> None:
        nonlocal cur, length
        if cur is not None:
            h = cur.bottom - cur.top
            gap = cur.x0 - right if rtl else left - cur.x1
            tall = bottom - top
            # Conditional expressions instead of min() / max() here and below: the same
            # comparisons, so the same result (NaN included), without ~500,000 calls a long PDF.
            if (rtl != cur.rtl or abs(bottom - cur.bottom) > 0.5 * (tall if tall > h else h)
                    or gap < -0.5 * h or gap > 1.5 * h
                    or (vrules is not None and gap > 0.5 and vrules.crosses(
                        *((right, cur.x0) if rtl else (cur.x1, left)), top, bottom))):
                cur.text = "".join(pieces)
                frags.append(cur)
                cur = None
            else:
                if spaced or gap > 0.2 * h:
                    pieces.append(" ")
                    length += 1
                if gap > 0.6 * h and not rtl:
                    if cur.gaps is None:
                        cur.gaps = []
                    cur.gaps.append((cur.x1, left, length))
                pieces.append(word)
                length += len(word)
                if left < cur.x0:
                    cur.x0 = left
                if right > cur.x1:
                    cur.x1 = right
                if top < cur.top:
                    cur.top = top
                if bottom > cur.bottom:
                    cur.bottom = bottom
                cur.last = last
                return
        pieces.clear()
        pieces.append(word)
        length = len(word)
        cur = Fragment(left, top, right, bottom, "", size_of(first, bottom - top), first, last, rtl=rtl)

    # The hyphen marks replaced once for the page (the same length, so a word is
    # a slice of it); FILLER, which shortens a word, only where the page has one.
    clean = text.replace("\x02", "-").replace("\ufffe", "-")
    filler = FILLER in text
    prev_end = 0
    rotated = 0
    last_angle, turn = None, 1  # the orientation of the last angle seen (words in a row share it)
    for m in _WORD.finditer(text):
        s, e = m.span()
        sep = text[prev_end:s]
        prev_end = e
        if ("\n" in sep or "\r" in sep) and cur is not None:
            cur.text = "".join(pieces)
            frags.append(cur)
            cur = None
        spaced = bool(sep)
        raw_angle = get_angle(textpage, s)
        if raw_angle != last_angle:
            last_angle = raw_angle
            turn = _orientation(frame.angle(raw_angle)) if raw_angle >= 0 else 1
        rtl = turn == -1
        if turn == 0 or (rtl and not mirrored(s)):
            rotated += 1  # a "DRAFT" watermark or a margin stamp, not clauses
            continue
        # The boxes of the word's first and last characters, read here rather than
        # by box(): the same numbers, without two calls and two tuples per word.
        # (x0, top, x1, bottom of the first: l0, t0, r0, d0; of the last: l1, t1, r1, d1.)
        if get_box(textpage, s, rect_ref):
            left, top, right, bottom = read_rect(rect)
            if upright:
                l0, t0, r0, d0 = left - left0, top0 - top, right - left0, top0 - bottom
            else:
                l0, t0, r0, d0 = to_display(left, bottom, right, top)
            found = True
            if e - s == 1:
                l1, t1, r1, d1 = l0, t0, r0, d0
            elif get_box(textpage, e - 1, rect_ref):
                left, top, right, bottom = read_rect(rect)
                if upright:
                    l1, t1, r1, d1 = left - left0, top0 - top, right - left0, top0 - bottom
                else:
                    l1, t1, r1, d1 = to_display(left, bottom, right, top)
            else:
                found = False
            if found:
                h = d0 - t0
                # The word's left and right ends: from its first and last character, or
                # the other way round for mirrored text, which runs right to left.
                x0, x1 = (l1, r0) if rtl else (l0, r1)
                if abs(d1 - d0) <= 0.5 * h and x1 >= x0 and x1 - x0 <= (e - s) * h * 1.6 + 2:
                    word = clean[s:e]
                    if filler:
                        word = word.replace(FILLER, "")
                    add(s, e - 1, word, x0, t1 if t1 < t0 else t0, x1, d1 if d1 > d0 else d0, spaced, rtl)
                    continue
        raw_word = m.group()
        for i in range(s, e):  # irregular word: one character at a time
            ch = raw_word[i - s]
            bi = box(i) if ch != FILLER else None
            if bi is not None:
                add(i, i, "-" if ch in "\x02\ufffe" else ch, *bi, spaced and i == s, rtl)
    if cur is not None:
        cur.text = "".join(pieces)
        frags.append(cur)
    if frags:
        bold = _BoldTest(textpage)
        for f in frags:
            f.bold = bold(f.first) and (f.last == f.first or bold(f.last))
    return frags, rotated, undecodable


class _RulesByX:
    """A page's vertical rules sorted by x: `crosses` gives `_crosses_rule`'s answer, testing
    only the rules between the two x positions (found by bisection) instead of every rule,
    for every gap between two words of a page with a table."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules
        self.by_x = sorted(rules, key=lambda r: r.x0)
        self.xs = [r.x0 for r in self.by_x]
        self.sortable = not any(math.isnan(x) for x in self.xs)
        # The band of the page the rules span: a gap outside it (most of a page
        # with one table) crosses none, told by two comparisons. Not with a NaN
        # among the ends, where min / max would depend on the order.
        ends = [v for r in rules for v in (r.y0, r.y1)]
        self.band = (min(ends) - 1, max(ends) + 1) if ends and not any(math.isnan(v) for v in ends) else None

    def crosses(self, x_from: float, x_to: float, top: float, bottom: float) -> bool:
        band = self.band
        if band is not None and not band[0] <= (top + bottom) / 2 <= band[1]:
            return False  # every rule's test `r.y0 - 1 <= mid <= r.y1 + 1` fails (a NaN mid too)
        if not self.sortable:
            return _crosses_rule(self.rules, x_from, x_to, top, bottom)
        if math.isnan(x_from) or math.isnan(x_to):
            return False  # no comparison with NaN holds
        lo = bisect_left(self.xs, x_from - 1)
        hi = bisect_right(self.xs, x_to + 1, lo)
        if lo >= hi:
            return False
        mid = (top + bottom) / 2
        return any(r.y0 - 1 <= mid <= r.y1 + 1 for r in self.by_x[lo:hi])


def _crosses_rule(rules: list[Rule], x_from: float, x_to: float, top: float,
                  bottom: float) -> bool:
    mid = (top + bottom) / 2
    return any(x_from - 1 <= r.x0 <= x_to + 1 and r.y0 - 1 <= mid <= r.y1 + 1 for r in rules)


def page_rules_and_images(page: object, frame: PageFrame) -> tuple[list[Rule], int]:
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
    to_display = frame.point
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
            pt = to_display(a * x.value + c * y.value + e, b * x.value + d * y.value + f)
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
