"""PDF pages rendered as pages, lazily, with evidence boxes drawn on top.

Pages come from `reviewer.api.open_pdf_pages` (the core's PDFium renderer,
which holds the PDFium lock), so the GUI never calls PDFium itself.

Only pages that intersect the viewport are rendered, one page per
event-loop turn so scrolling never stalls, and kept in a small LRU cache per
zoom. Boxes are in PDF points with a top-left origin (pdfplumber's
convention), so a point maps to ``offset + point * scale`` pixels.
A rubber-band drag on a page reports the selected rectangle in points, which
is how the reviewer picks text to assign as evidence.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QRubberBand, QScrollArea, QWidget

from reviewer.api import PdfPages, open_pdf_pages
from reviewer.document import Box

GAP = 12  # pixels between pages
CACHE_BYTES = 256 * 1024 * 1024  # rendered pages kept; a zoomed A4 page is ~30 MB
HIGHLIGHT_FILL = QColor(255, 214, 0, 90)
HIGHLIGHT_EDGE = QColor(230, 120, 0)
SELECTION_FILL = QColor(40, 110, 255, 50)
SELECTION_EDGE = QColor(40, 110, 255)


class _Pages(QWidget):
    """The tall canvas holding every page; paints only what is exposed."""

    selectionMade = Signal(int, QRectF)  # page (1-based), rectangle in points

    def __init__(self, view: PdfView) -> None:
        super().__init__()
        self.view = view
        self.setMouseTracking(False)
        self._band = QRubberBand(QRubberBand.Shape.Rectangle, self)
        self._origin: QPoint | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(event.rect(), QColor("#6b6f76"))
        view = self.view
        for i, rect in enumerate(view.page_rects()):
            if not rect.intersects(event.rect()):
                continue
            pm = view.cached(i)
            if pm is None:
                p.fillRect(rect, QColor("white"))
                p.setPen(QColor("#999"))
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(i + 1))
                view.request(i)
            else:
                p.drawPixmap(rect, pm)
            for box in view.highlights:
                if box.page == i + 1:
                    r = view.box_rect(box)
                    p.fillRect(r, view.highlight_colours[0])
                    p.setPen(QPen(view.highlight_colours[1], 2))
                    p.drawRect(r)
            for box in view.selection_boxes:
                if box.page == i + 1:
                    r = view.box_rect(box)
                    p.fillRect(r, SELECTION_FILL)
                    p.setPen(QPen(SELECTION_EDGE, 1, Qt.PenStyle.DashLine))
                    p.drawRect(r)
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._origin = event.position().toPoint()
            self._band.setGeometry(QRect(self._origin, QSize()))
            self._band.show()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._origin is not None:
            self._band.setGeometry(QRect(self._origin, event.position().toPoint()).normalized())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._origin is None:
            return
        rect = QRect(self._origin, event.position().toPoint()).normalized()
        self._origin = None
        self._band.hide()
        if rect.width() < 4 or rect.height() < 4:
            return
        hit = self.view.points_rect(rect)
        if hit is not None:
            self.selectionMade.emit(*hit)


class PdfView(QScrollArea):
    pageChanged = Signal(int)  # 1-based page at the top of the viewport
    selectionMade = Signal(int, QRectF)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(False)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._pdf: PdfPages | None = None
        self.sizes: list[tuple[float, float]] = []
        self.scale = 1.0
        self.fit_width = True
        self.highlights: tuple[Box, ...] = ()
        self.highlight_colours: tuple[QColor, QColor] = (HIGHLIGHT_FILL, HIGHLIGHT_EDGE)
        self.selection_boxes: tuple[Box, ...] = ()
        self._cache: OrderedDict[tuple[int, float], QPixmap] = OrderedDict()
        self._queue: list[int] = []
        self._rects: list[QRect] = []
        self._pages = _Pages(self)
        self._pages.selectionMade.connect(self.selectionMade)
        self.setWidget(self._pages)
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(0)
        self._render_timer.timeout.connect(self._render_next)
        self.verticalScrollBar().valueChanged.connect(self._emit_page)
        self.rendered_pages = 0  # for tests and the benchmark

    # --- document ----------------------------------------------------------------
    def open(self, path: Path, password: str | None = None) -> None:
        """Open the file for display; raises pypdfium2's PdfiumError if unreadable."""
        self.close_document()
        self._pdf = open_pdf_pages(path, password)
        self.sizes = list(self._pdf.sizes)
        self._relayout()

    def close_document(self) -> None:
        self._cache.clear()
        self._queue.clear()
        self.highlights = ()
        self.selection_boxes = ()  # a selection never carries over to the next document
        if self._pdf is not None:
            self._pdf.close()
        self._pdf = None
        self.sizes = []
        self._relayout()

    @property
    def page_count(self) -> int:
        return len(self.sizes)

    # --- geometry ------------------------------------------------------------------
    def _relayout(self) -> None:
        if self.fit_width and self.sizes:
            avail = self.viewport().width() - 2 * GAP
            widest = max(w for w, _ in self.sizes)
            self.scale = max(0.2, avail / widest)
        y = GAP
        self._rects = []
        width = 0
        for w, h in self.sizes:
            pw, ph = round(w * self.scale), round(h * self.scale)
            self._rects.append(QRect(GAP, y, pw, ph))
            y += ph + GAP
            width = max(width, pw + 2 * GAP)
        self._pages.resize(max(width, 1), max(y, 1))
        self._queue.clear()
        self._pages.update()

    def page_rects(self) -> list[QRect]:
        return self._rects

    def box_rect(self, box: Box) -> QRect:
        page = self._rects[box.page - 1]
        s = self.scale
        return QRectF(page.x() + box.x0 * s, page.y() + box.top * s,
                      (box.x1 - box.x0) * s, (box.bottom - box.top) * s).toAlignedRect()

    def points_rect(self, rect: QRect) -> tuple[int, QRectF] | None:
        for i, page in enumerate(self._rects):
            if page.intersects(rect):
                r = rect.intersected(page)
                s = self.scale
                return i + 1, QRectF((r.x() - page.x()) / s, (r.y() - page.y()) / s,
                                     r.width() / s, r.height() / s)
        return None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fit_width:
            self._relayout()

    # --- zoom and navigation -----------------------------------------------------------
    def set_zoom(self, scale: float) -> None:
        self.fit_width = False
        self.scale = max(0.2, min(6.0, scale))
        self._relayout()

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self.scale * factor)

    def set_fit_width(self) -> None:
        self.fit_width = True
        self._relayout()

    def current_page(self) -> int:
        y = self.verticalScrollBar().value() + self.viewport().height() // 3
        for i, r in enumerate(self._rects):
            if r.bottom() + GAP >= y:
                return i + 1
        return max(1, len(self._rects))

    def go_to_page(self, page: int) -> None:
        if 1 <= page <= len(self._rects):
            self.verticalScrollBar().setValue(self._rects[page - 1].y() - GAP)

    def _emit_page(self) -> None:
        self.pageChanged.emit(self.current_page())

    def show_boxes(self, boxes: tuple[Box, ...], scroll: bool = True,
                   colours: tuple[QColor, QColor] | None = None) -> None:
        """Highlight these boxes and scroll the first into view (a third from the top).
        ``colours``: (fill, edge), the item's status colours; default yellow."""
        self.highlight_colours = colours or (HIGHLIGHT_FILL, HIGHLIGHT_EDGE)
        self.highlights = tuple(b for b in boxes if 1 <= b.page <= len(self._rects))
        self._pages.update()
        if scroll and self.highlights:
            r = self.box_rect(self.highlights[0])
            self.verticalScrollBar().setValue(max(0, r.y() - self.viewport().height() // 4))
            if r.right() > self.viewport().width():
                self.horizontalScrollBar().setValue(max(0, r.x() - GAP))

    def set_selection(self, boxes: tuple[Box, ...]) -> None:
        self.selection_boxes = boxes
        self._pages.update()

    def visible_pages(self) -> list[int]:
        top = self.verticalScrollBar().value()
        view = QRect(0, top, self._pages.width(), self.viewport().height())
        return [i + 1 for i, r in enumerate(self._rects) if r.intersects(view)]

    # --- rendering -----------------------------------------------------------------
    def cached(self, index: int) -> QPixmap | None:
        key = (index, round(self.scale, 3))
        pm = self._cache.get(key)
        if pm is not None:
            self._cache.move_to_end(key)
        return pm

    def request(self, index: int) -> None:
        if index not in self._queue:
            self._queue.append(index)
        if not self._render_timer.isActive():
            self._render_timer.start()

    def _render_next(self) -> None:
        visible = {p - 1 for p in self.visible_pages()}
        while self._queue:
            index = self._queue.pop(0)
            if index in visible and self.cached(index) is None:
                self._render(index)
                break
        if self._queue:
            self._render_timer.start()

    def _render(self, index: int) -> None:
        if self._pdf is None:
            return
        dpr = self.devicePixelRatioF()
        page = self._pdf.render(index, self.scale * dpr)
        if page is None:
            return
        fmt = QImage.Format.Format_RGBX8888 if page.channels == 4 else QImage.Format.Format_RGB888
        image = QImage(page.data, page.width, page.height, page.stride, fmt).copy()
        pm = QPixmap.fromImage(image)
        pm.setDevicePixelRatio(dpr)
        self._cache[(index, round(self.scale, 3))] = pm
        used = sum(p.width() * p.height() * 4 for p in self._cache.values())
        while used > CACHE_BYTES and len(self._cache) > 1:
            _, old = self._cache.popitem(last=False)
            used -= old.width() * old.height() * 4
        self.rendered_pages += 1
        self._pages.update(self._rects[index])
