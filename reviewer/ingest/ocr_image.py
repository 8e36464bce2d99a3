"""A page image made ready for OCR: straightened, and its ruling lines found
and taken out.

Pillow only (numpy would add ~40 MB to the bundle), all in C loops: the
image is reduced, thresholded and scanned with byte regexes.

Why straighten the image rather than only the word boxes afterwards:
Tesseract cuts each text line out along its bounding box, so on a page
skewed by 0.8 degrees a line 2,000 px long drifts by ~28 px, most of a
character's height, and the LSTM reads the ends of long Chinese lines badly
(measured: character error 19 % -> 14 % on the Chinese benchmark pages).

Ruling lines: a ruled table on a scan becomes a table as in a born-digital PDF
when its lines are found in the picture (long horizontal or vertical runs of
dark pixels) and given to the same table code (`pdf_tables`); they are also
painted out before Tesseract reads the page, which otherwise reads a rule as
a row of "|", "-" or "一".
"""

from __future__ import annotations

import itertools
import re

from PIL import Image, ImageDraw, ImageFilter

from reviewer.ingest.ocr import PixelRule

DARK = 128  # grey level below which a pixel is ink
MAX_SKEW = 4.0  # degrees searched either way


def _row_profile(img: Image.Image) -> bytes:
    """Mean grey of each row (one C resize)."""
    return img.resize((1, img.height), Image.Resampling.BOX).tobytes()


def _sharpness(ink: Image.Image, angle: float) -> float:
    """How crisply the rows of ``ink`` (white ink on black) separate into lines
    and gaps once turned by ``angle``: the sum of squared steps between
    neighbouring rows' ink, highest when the text lines lie level."""
    rows = _row_profile(ink.rotate(angle, resample=Image.Resampling.NEAREST))
    return float(sum((b - a) ** 2 for a, b in itertools.pairwise(rows)))


def _ink(img: Image.Image, width: int) -> Image.Image:
    """``img`` reduced to about ``width`` pixels wide, ink white on black."""
    small = img.reduce(max(1, img.width // width))
    return small.point(lambda v: 255 if v < DARK else 0)


def skew_degrees(img: Image.Image) -> float:
    """The angle (degrees, counter-clockwise as PIL turns) that levels the
    page's text lines: a coarse search by half degrees on a small copy, then
    tenths on one about 600 px wide (a tenth of a degree moves its ends by
    about a pixel)."""
    grey = img.convert("L")
    coarse_ink, fine_ink = _ink(grey, 300), _ink(grey, 600)
    coarse = [x * 0.5 for x in range(int(-MAX_SKEW * 2), int(MAX_SKEW * 2) + 1)]
    best = max(coarse, key=lambda a: (_sharpness(coarse_ink, a), -abs(a)))
    fine = [round(best + x * 0.1, 2) for x in range(-5, 6)]
    return max(fine, key=lambda a: (_sharpness(fine_ink, a), -abs(a)))


def straighten(img: Image.Image) -> tuple[Image.Image, float]:
    """The image turned so its lines are level (same size, white corners) and
    the angle turned; below 0.1 degree it is returned as it is."""
    angle = skew_degrees(img)
    if abs(angle) < 0.1:
        return img, 0.0
    return img.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255), angle


MIN_H_RULE = 160  # px at 300 dpi (13.5 mm): longer than any stroke of a character
MIN_V_RULE = 64  # px (5.4 mm): taller than a character, shorter than a table row
_WINDOW = 8  # px: runs are found on the image reduced this much along the rule


def _runs(ink: Image.Image, window: int, min_len: int) -> list[tuple[int, int, int]]:
    """(row, start, end) in pixels of each horizontal run of ink at least
    ``min_len`` long: found on windows of ``window`` pixels that are all ink."""
    reduced = ink.resize((max(1, ink.width // window), ink.height), Image.Resampling.BOX)
    # A window counts as ink when nearly all of it is (rules are solid, text is not).
    solid = reduced.point(lambda v: 1 if v > 200 else 0).tobytes()
    width = reduced.width
    need = max(2, min_len // window)
    pattern = re.compile(b"\x01{%d,}" % need)
    out = []
    for y in range(reduced.height):
        for m in pattern.finditer(solid, y * width, (y + 1) * width):
            out.append((y, (m.start() - y * width) * window, (m.end() - y * width) * window))
    return out


def _group(runs: list[tuple[int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Runs on neighbouring rows that overlap, as one line: (first row, last
    row, start, end). A rule a little off level steps from row to row, so the
    rows are grown by a pixel first (`find_rules`)."""
    done: list[list[int]] = []
    active: list[list[int]] = []
    for y, a, b in sorted(runs):
        still: list[list[int]] = []
        for line in active:
            (still if y - line[1] <= 1 else done).append(line)
        active = still
        for line in active:
            if a <= line[3] and b >= line[2]:
                line[1], line[2], line[3] = y, min(line[2], a), max(line[3], b)
                break
        else:
            active.append([y, y, a, b])
    return [(t, b, s, e) for t, b, s, e in done + active]


def _extend(ink: bytes, width: int, limit: int, rows: range, start: int, end: int) -> tuple[int, int]:
    """The run's ends moved outward pixel by pixel while ink continues (the
    windowed search finds them only to the nearest window)."""
    def inked(x: int) -> bool:
        return any(ink[y * width + x] for y in rows)
    while start > 0 and inked(start - 1):
        start -= 1
    while end < limit and inked(end):
        end += 1
    return start, end


def find_rules(img: Image.Image) -> list[PixelRule]:
    """The horizontal and vertical ruling lines of a (straight) page image."""
    # Grown by a pixel each way: a rule slightly off level or broken by a speck
    # of paper stays one run.
    ink = img.convert("L").point(lambda v: 255 if v < DARK else 0).filter(ImageFilter.MaxFilter(3))
    out: list[PixelRule] = []
    for horizontal in (True, False):
        plane = ink if horizontal else ink.transpose(Image.Transpose.TRANSPOSE)
        data = plane.point(lambda v: 1 if v else 0).tobytes()
        min_len = MIN_H_RULE if horizontal else MIN_V_RULE
        for first, last, start, end in _group(_runs(plane, _WINDOW, min_len)):
            if last - first > 14:  # a filled block or a picture, not a line
                continue
            start, end = _extend(data, plane.width, plane.width, range(first, last + 1), start, end)
            at = (first + last) // 2
            thick = last - first + 1
            if horizontal:
                out.append(PixelRule(start, at, end, at, thick))
            else:
                out.append(PixelRule(at, start, at, end, thick))
    return _connected(out)


_MEET = 12  # px: a vertical this close to a horizontal meets it


def _connected(rules: list[PixelRule]) -> list[PixelRule]:
    """The horizontals, and the verticals that meet one: a table's verticals
    always do, while the stems of large characters (a title at 18 pt is 75 px
    tall) stand alone and must not be painted out."""
    hs = [r for r in rules if r.horizontal]
    return hs + [v for v in rules if not v.horizontal and any(
        h.x0 - _MEET <= v.x0 <= h.x1 + _MEET and v.y0 - _MEET <= h.y0 <= v.y1 + _MEET for h in hs)]


def erase_rules(img: Image.Image, rules: list[PixelRule]) -> Image.Image:
    """A copy of ``img`` with the rules painted white (so they are not read as
    characters)."""
    if not rules:
        return img
    out = img.copy()
    draw = ImageDraw.Draw(out)
    for r in rules:
        pad = r.thickness // 2 + 4  # the blurred edge of a scanned line too
        if r.horizontal:
            draw.rectangle((r.x0, r.y0 - pad, r.x1, r.y0 + pad), fill=255)
        else:
            draw.rectangle((r.x0 - pad, r.y0, r.x0 + pad, r.y1), fill=255)
    return out


def despeckle(img: Image.Image) -> Image.Image:
    """Specks removed with a 5x5 median filter (greyscale): strokes of 3 px and
    more stay (a Chinese character at 10 pt and 300 dpi has strokes of 3-4 px)."""
    return img.convert("L").filter(ImageFilter.MedianFilter(5))
