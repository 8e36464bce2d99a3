"""The contract as the reader sees it: PDF pages or DOCX text, with evidence.

Wraps `PdfView` and `DocxView` behind one interface (show a location,
highlight evidence, turn the reader's selection into `Evidence`) and a small
toolbar for zoom and page navigation.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.clause import Clause
from reviewer.document import Box, Document, Location
from reviewer.gui.docx_view import DocxView
from reviewer.gui.pdf_view import PdfView
from reviewer.gui.status_style import HIGHLIGHTS, status_word
from reviewer.review import Evidence, Status

CJK_FAMILIES = ["Noto Sans", "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC",
                "WenQuanYi Micro Hei"]


def _overlaps(a: Box, page: int, r: QRectF) -> bool:
    return (a.page == page and a.x0 < r.right() and a.x1 > r.left()
            and a.top < r.bottom() and a.bottom > r.top())


class DocumentPane(QWidget):
    selectionChanged = Signal(bool)  # whether there is a selection to use as evidence

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = PdfView()
        self.docx = DocxView()
        font = QFont()
        font.setFamilies(CJK_FAMILIES)
        font.setPointSizeF(max(10.0, font.pointSizeF()))
        self.docx.setFont(font)
        self._docx_base_size = font.pointSizeF()
        self._docx_zoom = 0  # points added to the DOCX text size
        self._last_locations: list[Location] = []
        self.placeholder = QLabel(self.tr(
            "Open a contract (PDF or DOCX) with File > Open, or drop it here."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setMargin(24)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.pdf)
        self.stack.addWidget(self.docx)
        self.format = ""
        self.document: Document | None = None
        self._pdf_selection: tuple[int, QRectF] | None = None

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        self.fit_button = self._tool(self.tr("Fit width"), self.fit_width)
        self.zoom_out_button = self._tool("\u2212", lambda: self.zoom_by(1 / 1.2))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_in_button = self._tool("+", lambda: self.zoom_by(1.2))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.page_box = QSpinBox()
        self.page_box.setMinimum(1)
        self.page_box.setToolTip(self.tr("Go to page"))
        self.page_box.valueChanged.connect(self._page_requested)
        self.page_count_label = QLabel()
        for w in (self.fit_button, self.zoom_out_button, self.zoom_in_button):
            bar.addWidget(w)
        bar.addSpacing(12)
        self.page_label = QLabel(self.tr("Page"))
        bar.addWidget(self.page_label)
        bar.addWidget(self.page_box)
        bar.addWidget(self.page_count_label)
        bar.addStretch(1)
        self.legend = QLabel()  # what the highlight colours mean
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        bar.addWidget(self.legend)
        self.toolbar = QWidget()
        self.toolbar.setLayout(bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)
        self.pdf.pageChanged.connect(self._on_page_changed)
        self.pdf.selectionMade.connect(self._on_pdf_selection)
        self.docx.selectionChanged.connect(
            lambda: self.selectionChanged.emit(self.docx.textCursor().hasSelection()))
        self.retranslate()

    def retranslate(self) -> None:
        """Relabel every control in the current UI language (Fit width, Page, of N)."""
        self.placeholder.setText(self.tr(
            "Open a contract (PDF or DOCX) with File > Open, or drop it here."))
        self.fit_button.setText(self.tr("Fit width"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.page_box.setToolTip(self.tr("Go to page"))
        self.page_label.setText(self.tr("Page"))
        swatches = " &nbsp;".join(
            f"<span style='background:{HIGHLIGHTS[s][0].name()};border:1px solid "
            f"{HIGHLIGHTS[s][1].name()}'>&nbsp;&nbsp;&nbsp;</span> {status_word(s)}"
            for s in Status)
        self.legend.setText(self.tr("Highlights:") + " " + swatches)
        self._update_toolbar()

    def _tool(self, text: str, slot: object) -> QToolButton:
        b = QToolButton()
        b.setText(text)
        b.clicked.connect(slot)
        return b

    # --- loading -------------------------------------------------------------------
    def clear(self) -> None:
        self.pdf.close_document()
        self.docx.set_document(None)
        self.document = None
        self.format = ""
        self._pdf_selection = None
        self.stack.setCurrentWidget(self.placeholder)
        self._update_toolbar()

    def show_pdf(self, path: Path, password: str | None = None) -> None:
        self.format = "pdf"
        self.pdf.open(path, password)
        self.stack.setCurrentWidget(self.pdf)
        self._update_toolbar()

    def set_document(self, document: Document) -> None:
        self.document = document
        if document.format == "docx":
            self.format = "docx"
            self.docx.set_document(document)
            self.stack.setCurrentWidget(self.docx)
        self._update_toolbar()

    def zoom_by(self, factor: float) -> None:
        """Zoom the PDF page or the DOCX text, whichever is shown."""
        if self.format == "docx":
            if factor != 1.0:
                self._docx_zoom = max(-6, min(20, self._docx_zoom + (1 if factor > 1 else -1)))
            font = self.docx.font()
            font.setPointSizeF(self._docx_base_size + self._docx_zoom)
            self.docx.setFont(font)
            if self.document is not None:  # headings are sized from the font: lay out again
                self.docx.set_document(self.document)
                self.docx.show_locations(self._last_locations, scroll=True)
        else:
            self.pdf.zoom_by(factor)

    def fit_width(self) -> None:
        if self.format == "docx":
            self._docx_zoom = 0
            self.zoom_by(1.0)
        else:
            self.pdf.set_fit_width()

    def _update_toolbar(self) -> None:
        is_pdf = self.format == "pdf"
        for page_widget in (self.page_box, self.page_label, self.page_count_label):
            page_widget.setVisible(is_pdf)
        for button in (self.fit_button, self.zoom_out_button, self.zoom_in_button):
            button.setVisible(self.format in ("pdf", "docx"))
        if is_pdf:
            self.page_box.blockSignals(True)
            self.page_box.setMaximum(max(1, self.pdf.page_count))
            self.page_box.blockSignals(False)
            self.page_count_label.setText(self.tr("of {n}").format(n=self.pdf.page_count))

    def _page_requested(self, page: int) -> None:
        if self.pdf.current_page() != page:
            self.pdf.go_to_page(page)

    def _on_page_changed(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page)
        self.page_box.blockSignals(False)

    # --- evidence ------------------------------------------------------------------
    def show_locations(self, locations: list[Location], scroll: bool = True,
                       status: Status | None = None) -> bool:
        """Highlight these locations (in the colour of ``status``, the item's) and scroll
        to the first; False if none is shown."""
        self._last_locations = list(locations)
        colours = HIGHLIGHTS.get(status) if status is not None else None
        if self.format == "pdf":
            boxes = tuple(b for loc in locations for b in loc.boxes)
            if not boxes:
                pages = [p for loc in locations for p in loc.pages]
                self.pdf.show_boxes(())
                if pages and scroll:
                    self.pdf.go_to_page(pages[0])
                return bool(pages)
            self.pdf.show_boxes(boxes, scroll, colours)
            return True
        if self.format == "docx":
            return self.docx.show_locations(locations, scroll,
                                            colours[0] if colours else None)
        return False

    def _on_pdf_selection(self, page: int, rect: QRectF) -> None:
        self._pdf_selection = (page, rect)
        boxes = self._selected_pdf_boxes()
        self.pdf.set_selection(boxes)
        self.selectionChanged.emit(bool(boxes))

    def _selected_pdf_boxes(self) -> tuple[Box, ...]:
        if self._pdf_selection is None or self.document is None:
            return ()
        page, rect = self._pdf_selection
        return tuple(b for block in self.document.blocks for b in block.location.boxes
                     if _overlaps(b, page, rect))

    def select_pdf_rect(self, page: int, rect: QRectF) -> None:
        """Select like a drag on the page would (keyboard-free tests use it too)."""
        self._on_pdf_selection(page, rect)

    def selection_evidence(self, clauses: tuple[Clause, ...]) -> Evidence | None:
        """The reader's selection as evidence, tied to the clause it falls in."""
        if self.format == "pdf" and self._pdf_selection is not None:
            page, rect = self._pdf_selection
            hits = [c for c in clauses if any(_overlaps(b, page, rect) for b in c.location.boxes)]
            if not hits:
                return None
            boxes = tuple(b for c in hits for b in c.location.boxes if _overlaps(b, page, rect))
            text = "\n".join(c.full_text for c in hits)
            return Evidence(text, hits[0].index, hits[0].number, Location(page=page, boxes=boxes))
        if self.format == "docx":
            text, keys = self.docx.selected_blocks()
            if not text or not keys:
                return None
            index, row = keys[0]
            clause = next((c for c in clauses if c.location.index == index
                           and (row is None or c.location.row == row)), None)
            return Evidence(text, clause.index if clause else None,
                            clause.number if clause else None, Location(index=index, row=row))
        return None
