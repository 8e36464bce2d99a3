"""The commented copy of a PDF contract: highlights over the evidence, a note each.

Evidence boxes are in PDF points with a top-left origin (pdfplumber's
convention, measured from the top of the page's MediaBox); PDF annotations
live in user space with a bottom-left origin, hence ``y = mediabox.top - top``.
Each finding gets one Highlight per page it touches (one quad per line box),
its note as the highlight's /Contents with a Popup, and page 1 gets a sticky
note listing the missing items. Each highlight also carries its own
appearance stream, so viewers that do not draw annotations themselves still
show it. The page content is not changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Highlight, Popup
from pypdf.annotations import Text as TextNote
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from reviewer.document import Box
from reviewer.export.rows import ItemRow, missing_lines, note_lines
from reviewer.language import Language
from reviewer.review import Status

# Light tints: overlapping highlights (a table row cited by several findings)
# multiply, and the text under them must stay readable.
COLORS = {Status.MET: "c2ebc9", Status.VAGUE: "ffe680", Status.MISSING: "ffb3ad"}
PRINT_FLAG = 4  # annotation flag: print it with the page


@dataclass(frozen=True)
class HighlightStats:
    findings: int  # findings with at least one highlight
    highlights: int  # highlight annotations added (one per finding, evidence and page)
    unplaced: tuple[str, ...]  # item ids with evidence but no usable box


def _rgb(hex_color: str) -> tuple[float, float, float]:
    return tuple(int(hex_color[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _appearance(writer: PdfWriter, rect: tuple[float, float, float, float],
                quads: list[tuple[float, float, float, float]], color: str) -> DictionaryObject:
    """A /AP /N form drawing the quads in Multiply blend mode (text stays readable)."""
    r, g, b = _rgb(color)
    ops = [f"/GS0 gs {r:.3f} {g:.3f} {b:.3f} rg"]
    ops += [f"{x0:.2f} {y0:.2f} {x1 - x0:.2f} {y1 - y0:.2f} re f" for x0, y0, x1, y1 in quads]
    stream = DecodedStreamObject()
    stream.set_data(("q " + " ".join(ops) + " Q").encode("ascii"))
    gs = DictionaryObject({NameObject("/Type"): NameObject("/ExtGState"),
                           NameObject("/BM"): NameObject("/Multiply")})
    stream.update({
        NameObject("/Type"): NameObject("/XObject"),
        NameObject("/Subtype"): NameObject("/Form"),
        NameObject("/BBox"): ArrayObject([FloatObject(v) for v in rect]),
        NameObject("/Resources"): DictionaryObject({
            NameObject("/ExtGState"): DictionaryObject({NameObject("/GS0"): gs})}),
    })
    return DictionaryObject({NameObject("/N"): writer._add_object(stream)})


def _quads(boxes: list[Box], mb_left: float, mb_top: float
           ) -> list[tuple[float, float, float, float]]:
    """User-space rectangles (x0, y0, x1, y1), bottom-left origin."""
    return [(mb_left + b.x0, mb_top - b.bottom, mb_left + b.x1, mb_top - b.top)
            for b in boxes if b.x1 > b.x0 and b.bottom > b.top]


def _worst(rows: list[ItemRow]) -> Status:
    return min((r.status for r in rows), key=lambda s: s.rank)


def _add_highlight(writer: PdfWriter, page_index: int, boxes: tuple[Box, ...],
                   rows: list[ItemRow], lang: Language, author: str, serial: int) -> bool:
    """One highlight over ``boxes`` carrying the notes of every finding citing them."""
    page = writer.pages[page_index]
    mb = page.mediabox
    quads = _quads(list(boxes), float(mb.left), float(mb.top))
    if not quads:
        return False
    rect = (min(q[0] for q in quads), min(q[1] for q in quads),
            max(q[2] for q in quads), max(q[3] for q in quads))
    points: list[FloatObject] = []
    for x0, y0, x1, y1 in quads:  # UL, UR, LL, LR: the order viewers expect
        points += [FloatObject(v) for v in (x0, y1, x1, y1, x0, y0, x1, y0)]
    color = COLORS[_worst(rows)]
    lines: list[str] = []
    for row in rows:
        lines += (["", *note_lines(row, lang)] if lines else note_lines(row, lang))
    annot = Highlight(rect=rect, quad_points=ArrayObject(points), highlight_color=color,
                      printing=True, title_bar=author)
    annot[NameObject("/Contents")] = TextStringObject("\n".join(lines))
    # Unique per page; names the items so tools (and tests) can tell what it marks.
    ids = ",".join(r.item_id for r in rows)
    annot[NameObject("/NM")] = TextStringObject(f"reviewer:{page_index + 1}:{serial}:{ids}")
    annot[NameObject("/AP")] = _appearance(writer, rect, quads, color)
    added = writer.add_annotation(page_index, annot)
    _add_popup(writer, page_index, added, rect[3])
    return True


def _add_popup(writer: PdfWriter, page_index: int, parent: DictionaryObject,
               top: float) -> None:
    mb = writer.pages[page_index].mediabox
    right = float(mb.right)
    rect = (right - 220, max(float(mb.bottom), top - 140), right - 10, top)
    popup = writer.add_annotation(page_index, Popup(rect=rect, parent=parent, open=False))
    parent[NameObject("/Popup")] = popup.indirect_reference


def _add_start_note(writer: PdfWriter, lines: list[str], author: str) -> None:
    mb = writer.pages[0].mediabox
    left, top = float(mb.left), float(mb.top)
    rect = (left + 8, top - 30, left + 30, top - 8)
    note = TextNote(rect=rect, text="\n".join(lines), open=False, title_bar=author)
    note[NameObject("/Name")] = NameObject("/Comment")
    note[NameObject("/C")] = ArrayObject([FloatObject(v) for v in _rgb(COLORS[Status.MISSING])])
    note[NameObject("/F")] = NumberObject(PRINT_FLAG)
    note[NameObject("/NM")] = TextStringObject("reviewer-missing-items")
    added = writer.add_annotation(0, note)
    _add_popup(writer, 0, added, top - 8)


# PDFium's page size when a /MediaBox is unusable (US Letter): the evidence
# boxes were measured on it, so the copy's page gets the same box.
DEFAULT_MEDIABOX = (0, 0, 612, 792)


def _repair_mediaboxes(writer: PdfWriter) -> None:
    """Give pages whose /MediaBox is not four numbers the box PDFium used."""
    for page in writer.pages:
        try:
            page.mediabox  # noqa: B018 - parsing it is the check
        except (ValueError, TypeError, IndexError, KeyError):
            page[NameObject("/MediaBox")] = ArrayObject(
                [NumberObject(v) for v in DEFAULT_MEDIABOX])


def highlight_pdf(source: Path, target_tmp: Path, rows: list[ItemRow], lang: Language,
                  author: str, password: str | None = None) -> HighlightStats:
    """Read ``source``, add highlights and notes, save to ``target_tmp``."""
    reader = PdfReader(str(source))
    if reader.is_encrypted:
        reader.decrypt(password or "")
    writer = PdfWriter(clone_from=reader)
    _repair_mediaboxes(writer)
    n_pages = len(writer.pages)
    # Findings citing the same lines (a table row answers several items) share
    # one highlight: stacked highlights would darken the text and the reader
    # would have to open several popups on one line.
    regions: dict[tuple[int, tuple[Box, ...]], list[ItemRow]] = {}
    for row in rows:
        for ev in row.evidence:
            by_page: dict[int, list[Box]] = {}
            for box in ev.location.boxes:
                if 1 <= box.page <= n_pages:
                    by_page.setdefault(box.page, []).append(box)
            for page, boxes in by_page.items():
                cited = regions.setdefault((page, tuple(boxes)), [])
                if row not in cited:
                    cited.append(row)
    count = 0
    placed: set[str] = set()
    for serial, ((page, region), cited) in enumerate(regions.items()):
        if _add_highlight(writer, page - 1, region, cited, lang, author, serial):
            count += 1
            placed.update(r.item_id for r in cited)
    unplaced = [r.item_id for r in rows if r.evidence and r.item_id not in placed]
    findings = sum(1 for r in rows if r.item_id in placed)
    start = missing_lines(rows, lang)
    for item_id in unplaced:
        start += ["", *note_lines(next(r for r in rows if r.item_id == item_id), lang)]
    if n_pages:
        _add_start_note(writer, start, author)
    if reader.is_encrypted:
        # The copy is as confidential as the original: keep it locked.
        writer.encrypt(user_password=password or "", algorithm="AES-256")
    with open(target_tmp, "wb") as fh:
        writer.write(fh)
    return HighlightStats(findings=findings, highlights=count, unplaced=tuple(unplaced))
