"""The Document: what a contract file contains once read, with locations.

Produced by `reviewer.ingest.read_document`, consumed by `reviewer.segment`.
Everything here is immutable; views are derived, never mutated in place.

Coordinates: PDF boxes are in PDF points with the origin at the page's
top-left corner (pdfplumber's convention: x0, top, x1, bottom). Pages are
1-based. DOCX blocks have no page; they carry the index of their paragraph or
table among the body's block items (document order, 0-based).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class BlockKind(StrEnum):
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    TABLE = "table"


@dataclass(frozen=True)
class Box:
    """A rectangle on one PDF page (points, top-left origin)."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(frozen=True)
class Location:
    """Where a block, a table row or a clause came from.

    PDF: ``page`` is the first page and ``boxes`` the line boxes (possibly on
    several pages). DOCX: ``page`` is None and ``index`` is the body block
    index (paragraph or table) in document order; ``row`` the table row.
    """

    page: int | None = None
    boxes: tuple[Box, ...] = ()
    index: int | None = None
    row: int | None = None

    @property
    def pages(self) -> tuple[int, ...]:
        seen: list[int] = []
        for b in self.boxes:
            if b.page not in seen:
                seen.append(b.page)
        if not seen and self.page is not None:
            seen.append(self.page)
        return tuple(seen)


@dataclass(frozen=True)
class TableRow:
    cells: tuple[str, ...]
    location: Location = field(default_factory=Location)


@dataclass(frozen=True)
class Table:
    """A table kept as a table: header cells plus body rows.

    ``header`` may be empty when no header row could be recognised. Wrapped
    cell text is joined into one string per cell. ``title`` is the caption or
    the paragraph just above the table when it reads like one ("Table 1 ...").
    """

    header: tuple[str, ...]
    rows: tuple[TableRow, ...]
    title: str | None = None


@dataclass(frozen=True)
class Block:
    """One paragraph, heading or table in reading order.

    ``number`` is the automatic list label a reader sees in Word ("5.2",
    "(b)", "第五条") when it is not part of ``text``; for PDFs and for typed
    numbers it is None and the number stays at the start of ``text``.
    ``level`` is the heading level (1 = top) for headings, else None.
    """

    kind: BlockKind
    text: str
    location: Location
    level: int | None = None
    number: str | None = None
    table: Table | None = None
    style: str | None = None
    bold: bool = False
    # Read by OCR: the mean Tesseract word confidence (0-100) of the words in
    # this block; None for text from a text layer. Evidence whose blocks are all
    # under `reviewer.ocr_evidence.LOW_CONFIDENCE` never alone makes an item met.
    ocr_confidence: float | None = None


@dataclass(frozen=True)
class OcrPage:
    """A page read by OCR: how many words and their mean confidence (0-100)."""

    page: int
    words: int
    confidence: float
    language: str = "eng"  # the Tesseract languages used, e.g. "chi_sim+eng"


@dataclass(frozen=True)
class Document:
    path: str
    format: str  # "pdf" or "docx"
    blocks: tuple[Block, ...]
    pages: int | None = None
    language: str = "en"  # "en" or "zh", detected from the text
    sha256: str = ""
    warnings: tuple[str, ...] = ()
    # PDF page sizes in points (width, height), 1-based page i at index i-1.
    page_sizes: tuple[tuple[float, float], ...] = ()
    # Pages without a text layer that were read by OCR (empty for born-digital files).
    ocr_pages: tuple[OcrPage, ...] = ()

    @property
    def text(self) -> str:
        """All text in reading order, one block per line (tables row by row)."""
        parts: list[str] = []
        for b in self.blocks:
            if b.table is not None:
                if b.table.title:
                    parts.append(b.table.title)
                if b.table.header:
                    parts.append(" | ".join(b.table.header))
                parts.extend(" | ".join(r.cells) for r in b.table.rows)
            else:
                parts.append(f"{b.number} {b.text}" if b.number else b.text)
        return "\n".join(parts)
