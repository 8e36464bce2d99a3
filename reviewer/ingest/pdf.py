"""Reading a PDF contract into a Document.

Pipeline: PDFium gives, per page, text fragments and ruling lines
(`pdf_chars`); `pdf_layout` finds tables and columns and orders lines;
`pdf_furniture` drops running headers, footers and page numbers across pages;
`pdf_blocks` joins lines into paragraphs, headings and tables. pdfplumber is
not used: its per-character Python parsing is ~100x slower than PDFium.
"""

from __future__ import annotations

import ctypes
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from reviewer.document import Block, Document
from reviewer.errors import NoTextLayer, PasswordRequired
from reviewer.ingest.detect import CorruptFile, FileUnreadable, TooManyPages
from reviewer.ingest.pdf_blocks import build_blocks
from reviewer.ingest.pdf_chars import (
    UNDECODABLE,
    Fragment,
    Rule,
    extract_fragments,
    page_rules_and_images,
)
from reviewer.ingest.pdf_furniture import remove_furniture
from reviewer.ingest.pdf_geometry import PageFrame, frame_of
from reviewer.ingest.pdf_guard import PageBudget, check_pdf
from reviewer.ingest.pdf_layout import PageItem, layout_page
from reviewer.ingest.text_checks import garbled_warning, script_warning
from reviewer.progress import CancelToken, ProgressFn, check_cancel

if TYPE_CHECKING:
    # The OCR modules are imported where a page needs them (a picture on it): most PDFs
    # have none, and their import is ~5 ms of every PDF review.
    from reviewer.ingest.ocr_pages import Scans
    from reviewer.ingest.ocr_regions import Region

MAX_PAGES = 2000

# PDFium is not thread-safe, not even across documents (pypdfium2's docs).
# Ingest holds this lock while it calls PDFium, one page at a time; any other
# code that uses PDFium (e.g. the GUI rendering a page while a contract is
# being read in a worker) must hold it too.
PDFIUM_LOCK = threading.RLock()


def _corrupt(name: str, detail: str = "") -> CorruptFile:
    return CorruptFile(
        f"{name} is a damaged or incomplete PDF{detail}. Download or export it again from its "
        "source; if a PDF viewer can still open it, print it to a new PDF and open that."
    )


_PADDING = b"\x00\t\n\x0c\r "


def _has_eof(path: Path) -> bool:
    """Whether the file ends like a complete PDF: %%EOF in its last 4 KB, not
    counting NUL or blank padding after it (some servers and scanners pad a
    file to a block size)."""
    with path.open("rb") as fh:
        end = fh.seek(0, os.SEEK_END)
        while end > 0:  # skip the padding, a block at a time
            start = max(0, end - 65536)
            fh.seek(start)
            kept = len(fh.read(end - start).rstrip(_PADDING))
            if kept:
                end = start + kept
                break
            end = start
        fh.seek(max(0, end - 4096))
        return b"%%EOF" in fh.read(end - max(0, end - 4096))


def open_pdf(path: Path, password: str | None = None) -> pdfium.PdfDocument:
    """Open with PDFium, turning its error codes into messages for people."""
    return _open_checked(path, password)[0]


def _open_checked(path: Path, password: str | None) -> tuple[pdfium.PdfDocument, bool]:
    """`open_pdf`, and whether pdf_guard found the file suspicious."""
    name = path.name
    try:
        suspicious = check_pdf(path)
        if not _has_eof(path):
            raise _corrupt(name, " (the end of the file is missing, as after an interrupted "
                                 "download)")
        with PDFIUM_LOCK:
            pdf = pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as exc:
        code = exc.err_code
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            if password:
                raise PasswordRequired(
                    f"The password for {name} is not correct. Check it (passwords are "
                    "case-sensitive) and try again.", wrong_password=True) from exc
            raise PasswordRequired(
                f"{name} is protected with a password. Enter the password to open it "
                "(on the command line: --password).") from exc
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise PasswordRequired(
                f"{name} uses a kind of encryption this program cannot open. Open it in a PDF "
                "viewer with its password and print it to a new, unprotected PDF.") from exc
        if code == pdfium_c.FPDF_ERR_FILE:
            raise FileUnreadable(f"{name} could not be read. Check that it is not open in "
                                 "another program and try again.") from exc
        raise _corrupt(name) from exc
    except OSError as exc:
        raise FileUnreadable(f"{name} could not be read ({exc}).") from exc
    count = len(pdf)
    if count > MAX_PAGES:
        with PDFIUM_LOCK:
            pdf.close()
        raise TooManyPages(
            f"{name} has {count} pages; contracts over {MAX_PAGES} pages are refused because "
            "the file is probably not a single contract (or is malformed). Split out the "
            "contract's pages into a new PDF and open that.")
    if count == 0:
        with PDFIUM_LOCK:
            pdf.close()
        raise _corrupt(name, " (it has no pages)")
    return pdf, suspicious


def read_pdf(path: str | os.PathLike[str], password: str | None = None,
             progress: ProgressFn | None = None, cancel: CancelToken | None = None) -> Document:
    """Read a PDF into a Document (no sha256/language: `read_document` adds them)."""
    p = Path(path)
    pdf, suspicious = _open_checked(p, password)
    try:
        scanned_pages = _read_pages(pdf, PageBudget(p.name, suspicious), progress, cancel, p, password)
        scans = _read_scans(pdf, p, scanned_pages, progress, cancel)
    finally:
        with PDFIUM_LOCK:
            pdf.close()
    pages, sizes = scanned_pages.items, scanned_pages.sizes
    textless, sideways, imaged = (scanned_pages.textless, scanned_pages.sideways,
                                  scanned_pages.imaged)
    n = len(sizes)
    ocr_tried = scans is not None and scans.tried
    if len(textless) + len(sideways) == n:
        if sideways:
            raise NoTextLayer(
                f"The text in {p.name} is turned sideways, which this program does not read. "
                "Rotate the pages upright in a PDF editor, save, and open the new file.")
        if scanned_pages.undecodable:
            raise NoTextLayer(
                f"The text in {p.name} cannot be decoded: its fonts map every character to "
                "a code with no meaning (no usable character map). Run OCR on the file (for "
                "example `ocrmypdf --force-ocr`) or ask the vendor for a DOCX or a new PDF.")
        if imaged and ocr_tried:
            raise NoTextLayer(
                f"{p.name} has no text layer: its pages are pictures, as in a scan, and OCR found "
                "no readable text on them (too faint, too coarse or not text). Scan it again at "
                "300 dpi, run OCR with another program (for example `ocrmypdf scan.pdf out.pdf`), "
                "or ask the vendor for the original DOCX or PDF.")
        if imaged:
            raise NoTextLayer(
                f"{p.name} has no text layer: its pages are pictures, as in a scan. Run OCR "
                "first to make it searchable (for example `ocrmypdf scan.pdf out.pdf`), or ask "
                "the vendor for the original DOCX or PDF.")
        raise NoTextLayer(f"{p.name} contains no text at all (its pages are blank or drawn "
                          "as shapes). Ask the vendor for a DOCX or a text PDF.")
    warnings: list[str] = [w for w in (scans.warning() if scans is not None else None,) if w]
    scanned = [pg for pg in textless if pg in imaged]
    if scanned:
        listed = ", ".join(str(pg) for pg in scanned)
        plural = len(scanned) > 1
        warnings.append(
            f"Page{'s' if plural else ''} {listed} {'have' if plural else 'has'}"
            f" no text layer (scanned){' and OCR found no readable text' if ocr_tried else ''}, so what is on "
            f"{'them' if plural else 'it'} is not reviewed. Run OCR on the file "
            f"(for example `ocrmypdf`) to include {'them' if plural else 'it'}.")
    if sideways:
        listed = ", ".join(str(pg) for pg in sideways)
        warnings.append(
            f"The text on page(s) {listed} is turned sideways and was not read. Rotate those "
            "pages upright in a PDF editor and open the file again to include them.")
    clean = remove_furniture(pages, [h for _, h in sizes])
    blocks = build_blocks(clean)
    if scans is not None:
        from reviewer.ingest.ocr_pages import mark_blocks

        blocks = mark_blocks(blocks, scans)
    if _unreadable_share(blocks) > 0.1:
        warnings.append(
            "Part of the text in this PDF cannot be decoded (its fonts have no character "
            "map), so it reads as gibberish and the review may miss clauses. Run OCR on the "
            "file (for example `ocrmypdf --force-ocr`) or ask the vendor for a DOCX.")
    else:
        text = "\n".join(b.text for b in blocks)
        warnings += [w for w in (garbled_warning(text), script_warning(text)) if w]
    if progress is not None:
        progress(1.0, "Read all pages")
    return Document(path=str(p), format="pdf", blocks=blocks, pages=n,
                    warnings=tuple(warnings), page_sizes=tuple(sizes),
                    ocr_pages=scans.summary() if scans is not None else ())


def _read_scans(pdf: pdfium.PdfDocument, path: Path, pages: _Pages, progress: ProgressFn | None,
                cancel: CancelToken | None) -> Scans | None:
    """OCR for the pages with a picture and no text (`ocr_pages`); they join the others.

    None when no page has a picture to read (nothing imported, nothing to report)."""
    scanned = [pg for pg in pages.textless if pg in pages.imaged]
    if not scanned and not pages.mixed:
        return None
    from reviewer.ingest.ocr_pages import read_scans

    scans = read_scans(pdf, path, scanned, PDFIUM_LOCK,
                       progress, cancel, {n: m[0] for n, m in pages.mixed.items()})
    for number, page in scans.pages.items():
        if not page.text.words:
            continue
        if page.partial:  # pictures of text on a page with a text layer: read with it
            _, frags, rules, width, height = pages.mixed[number]
            pages.items[number - 1] = layout_page(frags + page.fragments(), rules + page.rules(), number,
                                                  width, height)
            continue
        pages.items[number - 1] = layout_page(page.fragments(), page.rules(), number, page.width_points)
        pages.textless.remove(number)
    return scans


@dataclass
class _Pages:
    items: list[list[PageItem]] = field(default_factory=list)
    sizes: list[tuple[float, float]] = field(default_factory=list)
    textless: list[int] = field(default_factory=list)  # no text at all
    sideways: list[int] = field(default_factory=list)  # only rotated text
    imaged: set[int] = field(default_factory=set)  # holds a picture
    # Pages with text and pictures of text (`ocr_regions`): the regions, and the
    # page's fragments, rules and size to lay it out again with their words.
    mixed: dict[int, tuple[list[Region], list[Fragment], list[Rule], float, float]] = field(
        default_factory=dict)
    undecodable: int = 0  # characters with no usable Unicode value, all pages


def _unreadable_share(blocks: tuple[Block, ...]) -> float:
    """The share of characters PDFium could not map to Unicode."""
    text = "".join(b.text for b in blocks)
    return len(UNDECODABLE.findall(text)) / len(text) if text else 0.0


def _frame(page: pdfium.PdfPage) -> PageFrame:
    """The page as displayed: its visible box in user space and its /Rotate."""
    rect = pdfium_c.FS_RECTF()
    if pdfium_c.FPDF_GetPageBoundingBox(page.raw, ctypes.byref(rect)):
        left, bottom = min(rect.left, rect.right), min(rect.bottom, rect.top)
        right, top = max(rect.left, rect.right), max(rect.bottom, rect.top)
    else:
        width, height = page.get_size()
        left, bottom, right, top = 0.0, 0.0, float(width), float(height)
    return frame_of(left, bottom, right, top, page.get_rotation())


def _picture_regions(pdf: pdfium.PdfDocument, index: int, frags: list[Fragment]) -> list[Region]:
    from reviewer.ingest.ocr_regions import picture_regions

    with PDFIUM_LOCK:
        page = pdf[index]
        try:
            return picture_regions(page.raw, _frame(page), frags)
        finally:
            page.close()


def _scan_page(pdf: pdfium.PdfDocument, index: int, name: str,
               ) -> tuple[float, float, list[Rule], int, list[Fragment], int, int]:
    """PDFium's part of one page: size, ruling lines, images, text fragments."""
    number = index + 1
    with PDFIUM_LOCK:
        try:
            page = pdf[index]
            try:
                width, height = page.get_size()
                frame = _frame(page)
                rules, images = page_rules_and_images(page.raw, frame)
                textpage = page.get_textpage()
                try:
                    vrules = [r for r in rules if not r.horizontal]
                    frags, rotated, bad = extract_fragments(textpage.raw, frame, vrules)
                finally:
                    textpage.close()
            finally:
                page.close()
        except pdfium.PdfiumError as exc:
            raise _corrupt(name, f" (page {number} cannot be read)") from exc
    return width, height, rules, images, frags, rotated, bad


# From this many pages on, a forked child reads every other free page
# (`reviewer.parallel`); below it the fork costs more than it saves.
PARALLEL_PAGES = 24


@dataclass
class _PageRead:
    """What `_read_page` learns of one page (pickled back from a child that read it)."""
    width: float
    height: float
    images: int
    rotated: int
    undecodable: int
    has_text: bool  # any upright text fragment
    items: list[PageItem]
    mixed: tuple[list[Region], list[Fragment], list[Rule], float, float] | None


def _read_page(pdf: pdfium.PdfDocument, index: int, name: str) -> _PageRead:
    width, height, rules, images, frags, rotated, bad = _scan_page(pdf, index, name)
    if not frags:
        return _PageRead(width, height, images, rotated, bad, False, [], None)
    items = layout_page(frags, rules, index + 1, width, height)
    regions = _picture_regions(pdf, index, frags) if images else []
    return _PageRead(width, height, images, rotated, bad, True, items,
                     (regions, frags, rules, width, height) if regions else None)


def _read_pages(pdf: pdfium.PdfDocument, budget: PageBudget, progress: ProgressFn | None,
                cancel: CancelToken | None, path: Path | None = None,
                password: str | None = None) -> _Pages:
    n = len(pdf)
    # A forked child must not read through the parent's PDFium document: the two
    # would share its file offset. It opens the file again for itself.
    documents = {os.getpid(): pdf}

    def read(index: int) -> _PageRead:
        check_cancel(cancel)
        budget.check(index, n)
        own = documents.get(os.getpid())
        if own is None and path is not None:
            with PDFIUM_LOCK:
                own = documents[os.getpid()] = pdfium.PdfDocument(str(path), password=password)
        return _read_page(own if own is not None else pdf, index, budget.name)

    def report(done: int) -> None:
        if progress is not None:
            progress(done / n * 0.95, f"Read page {done} of {n}")

    if path is not None and n >= PARALLEL_PAGES and budget.deadline is None:
        from reviewer.parallel import map_shared

        reads = map_shared(read, n, lambda done: report(min(n, 2 * done)))
    else:
        reads = []
        for index in range(n):
            reads.append(read(index))
            report(index + 1)
    out = _Pages()
    for index, page in enumerate(reads):
        number = index + 1
        out.undecodable += page.undecodable
        out.sizes.append((round(page.width, 2), round(page.height, 2)))
        if page.images:
            out.imaged.add(number)
        out.items.append(page.items)
        if page.mixed is not None:
            out.mixed[number] = page.mixed
        if not page.has_text:
            (out.sideways if page.rotated else out.textless).append(number)
    return out
