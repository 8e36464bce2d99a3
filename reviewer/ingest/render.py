"""PDF pages rendered for display, the only PDFium drawing outside the reader.

The GUI's page view opens a `PdfPages` (through `reviewer.api`) and turns a
`RenderedPage`'s bytes into an image; it never touches pypdfium2 itself.
Every PDFium call holds ``PDFIUM_LOCK``: PDFium is not thread-safe, not even
across documents, and a contract may be read in a worker thread meanwhile.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import pypdfium2 as pdfium

from reviewer.ingest.pdf import PDFIUM_LOCK


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

    def render(self, index: int, scale: float) -> RenderedPage | None:
        """Page ``index`` (0-based) at ``scale`` pixels per point; None once closed."""
        if self._pdf is None:
            return None
        # Pages and bitmaps are closed here, under the lock: left to the garbage
        # collector they would be freed in whatever thread collects.
        with PDFIUM_LOCK:
            page = self._pdf[index]
            try:
                bitmap = page.render(scale=scale, rev_byteorder=True)
                # The raw buffer, not to_numpy(): numpy would add ~40 MB to the bundle.
                out = RenderedPage(bytes(bitmap.buffer), bitmap.width, bitmap.height,
                                   bitmap.stride, bitmap.n_channels)
                bitmap.close()
            finally:
                page.close()
        return out

    def close(self) -> None:
        if self._pdf is not None:
            with PDFIUM_LOCK:
                self._pdf.close()
        self._pdf = None


def open_pdf_pages(path: str | os.PathLike[str], password: str | None = None) -> PdfPages:
    """Open a PDF for display (raises pypdfium2's PdfiumError if unreadable)."""
    return PdfPages(path, password)
