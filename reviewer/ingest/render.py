"""PDF pages rendered for display, the only PDFium drawing outside the reader.

The GUI's page view opens a `PdfPages` (through `reviewer.api`) and turns a
`RenderedPage`'s bytes into an image; it never touches pypdfium2 itself.
Every PDFium call holds ``PDFIUM_LOCK``: PDFium is not thread-safe, not even
across documents, and a contract may be read in a worker thread meanwhile.

A file `pdf_guard` calls suspicious is drawn in a child process under the same
budget as its reading (`ingest/budget.py`): PDFium loading one hostile page
(forms that draw forms, 10^9 glyphs) never returns, and here it would hold the
window's thread. A page past the budget stays blank, and so do the file's
other pages (one wait, not one per page).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium

from reviewer.errors import ReviewerError
from reviewer.ingest.pdf import PDFIUM_LOCK

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RenderedPage:
    """Pixels of one page: ``height`` rows of ``stride`` bytes, RGB or RGBX."""

    data: bytes
    width: int
    height: int
    stride: int
    channels: int  # 3 (RGB) or 4 (RGBX)


class PdfPages:
    """An open PDF for display: page sizes in points and pages as pixels."""

    def __init__(self, path: str | os.PathLike[str], password: str | None = None) -> None:
        """Raises pypdfium2's PdfiumError when the file cannot be opened."""
        with PDFIUM_LOCK:
            self._pdf: pdfium.PdfDocument | None = pdfium.PdfDocument(str(path), password=password)
            self.sizes: list[tuple[float, float]] = [
                tuple(self._pdf.get_page_size(i)) for i in range(len(self._pdf))
            ]
        from reviewer.ingest.budget import use_child

        self._path, self._password = str(path), password
        try:
            self._isolated = use_child(Path(path))
        except ReviewerError:
            self._isolated = True  # over a size limit: the reader refuses it anyway
        self._refused = False

    def render(self, index: int, scale: float) -> RenderedPage | None:
        """Page ``index`` (0-based) at ``scale`` pixels per point; None once closed."""
        if self._pdf is None or self._refused:
            return None
        if self._isolated:
            return self._render_in_child(index, scale)
        return _render_page(self._pdf, index, scale)

    def _render_in_child(self, index: int, scale: float) -> RenderedPage | None:
        from reviewer.ingest.budget import run_in_child

        try:
            page: RenderedPage = run_in_child(
                _render_file_page, (self._path, self._password, index, scale),
                Path(self._path).name, None, None)
            return page
        except ReviewerError as exc:
            log.warning("page %d not drawn: %s", index + 1, exc)
            self._refused = True
            return None

    def close(self) -> None:
        if self._pdf is not None:
            with PDFIUM_LOCK:
                self._pdf.close()
        self._pdf = None


def _render_file_page(path: str, password: str | None, index: int, scale: float,
                      progress: Any) -> RenderedPage:
    """In a child process: one page of ``path`` drawn (`PdfPages._render_in_child`)."""
    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(path, password=password)
    try:
        return _render_page(pdf, index, scale)
    finally:
        with PDFIUM_LOCK:
            pdf.close()


def _render_page(pdf: pdfium.PdfDocument, index: int, scale: float) -> RenderedPage:
    # Pages and bitmaps are closed here, under the lock: left to the garbage
    # collector they would be freed in whatever thread collects.
    with PDFIUM_LOCK:
        page = pdf[index]
        try:
            bitmap = page.render(scale=scale, rev_byteorder=True)
            # The raw buffer, not to_numpy(): numpy would add ~40 MB to the bundle.
            out = RenderedPage(bytes(bitmap.buffer), bitmap.width, bitmap.height,
                               bitmap.stride, bitmap.n_channels)
            bitmap.close()
        finally:
            page.close()
    return out


def open_pdf_pages(path: str | os.PathLike[str], password: str | None = None) -> PdfPages:
    """Open a PDF for display (raises pypdfium2's PdfiumError if unreadable)."""
    return PdfPages(path, password)
