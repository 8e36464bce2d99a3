"""Pictures of text on pages that also have a text layer.

A contract typed as text may carry a scanned signature page with typed terms,
or a pasted screenshot of an SLA table: the text layer says nothing of what is
in the picture. `picture_regions` finds the images that cover a large part of
the page and hold no text-layer character; `ocr_pages.read_scans` reads just
those regions by OCR, and the page is laid out again with their words merged
in reading order.
"""

from __future__ import annotations

import ctypes

import pypdfium2.raw as pdfium_c

from reviewer.ingest.pdf_chars import Fragment
from reviewer.ingest.pdf_geometry import PageFrame

MIN_SHARE = 0.04  # of the page's area: smaller pictures are logos, stamps, icons
MIN_SIDE = 28.0  # points: a line of 12 pt text needs about this much height
MAX_REGIONS = 8  # per page: more is a collage, read the largest

Region = tuple[float, float, float, float]  # x0, top, x1, bottom in page points (y down)


def _image_boxes(page: object, frame: PageFrame) -> list[Region]:
    out: list[Region] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for i in range(pdfium_c.FPDFPage_CountObjects(page)):
        obj = pdfium_c.FPDFPage_GetObject(page, i)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_IMAGE:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, ctypes.byref(left), ctypes.byref(bottom),
                                              ctypes.byref(right), ctypes.byref(top)):
            continue
        xa, ya = frame.point(left.value, bottom.value)
        xb, yb = frame.point(right.value, top.value)
        x0, x1 = max(0.0, min(xa, xb)), min(frame.width, max(xa, xb))
        y0, y1 = max(0.0, min(ya, yb)), min(frame.height, max(ya, yb))
        if x1 > x0 and y1 > y0:
            out.append((x0, y0, x1, y1))
    return out


def picture_regions(page: object, frame: PageFrame, frags: list[Fragment]) -> list[Region]:
    """The page's images (display points) large enough to hold text, with no
    text-layer character inside: the parts of the page to read by OCR.
    ``page`` is a raw PDFium page handle (the caller holds the PDFium lock)."""
    area = frame.width * frame.height
    found = []
    for box in _image_boxes(page, frame):
        x0, top, x1, bottom = box
        if x1 - x0 < MIN_SIDE or bottom - top < MIN_SIDE or (x1 - x0) * (bottom - top) < MIN_SHARE * area:
            continue
        if any(x0 <= f.xc <= x1 and top <= f.yc <= bottom for f in frags):
            continue  # text over a picture (a letterhead, a background): the text layer reads it
        found.append(box)
    found.sort(key=lambda b: -(b[2] - b[0]) * (b[3] - b[1]))
    return sorted(found[:MAX_REGIONS], key=lambda b: (b[1], b[0]))
