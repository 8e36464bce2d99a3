"""Reading a .docx contract into a `Document`.

Blocks come in body order: paragraphs (headings by style or outline level,
Word's automatic list label in ``Block.number``) and tables. ``Location.index``
is the position of the paragraph or table among the body's ``w:p``/``w:tbl``
children, the same order python-docx's ``Document.iter_inner_content()``
yields, so a viewer can scroll to it. Content not in that list keeps the index
of the body item it sits next to: text boxes their anchoring paragraph, a
body-level content control (``w:sdt``) the item before it.

Dropped on purpose: empty paragraphs, table-of-contents entries (they repeat
the headings and would be read as duplicate clauses), and a caption paragraph
just above a table (it becomes the table's ``title``). Numbered paragraphs
are counted even when dropped, as Word counts them.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]  # no stubs installed

from reviewer import limits
from reviewer.document import Block, BlockKind, Document, Location
from reviewer.errors import InputError
from reviewer.ingest.docx_numbering import Numbering
from reviewer.ingest.docx_package import DocxDamaged, DocxPackage
from reviewer.ingest.docx_styles import Styles
from reviewer.ingest.docx_tables import build_table
from reviewer.ingest.docx_text import TextReader, fields_balanced, is_placeholder
from reviewer.language import detect_language
from reviewer.progress import CancelToken, ProgressFn, check_cancel

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

TRACKED_CHANGES_WARNING = (
    "This document has tracked changes that are not accepted; the review reads the "
    "text as if they were accepted."
)
HIDDEN_TEXT_WARNING = (
    "This document contains hidden text (not shown or printed by Word); the review "
    "reads it too. Check in Word (Show/Hide ¶) whether it belongs to the contract."
)
EMPTY_WARNING = "This document contains no text."
MACROS_WARNING = (
    "This document contains macros or ActiveX controls (it may be a macro-enabled .docm "
    "renamed .docx). They were not run, and the commented copy leaves them out."
)
# "Table 2 ...", "Table A", "Tab. IV", "表 1", "表格一", "附表2" (not "Tables of charges").
_CAPTION = re.compile(
    r"^\s*(?:(?i:table|tab\.)\s*(?:\d+|[A-Z](?![a-z])|[IVXLC]+\b)"
    r"|(?:表格?|附表)\s*(?:\d+|[一二三四五六七八九十]+))"
)
_SENTENCE_END = re.compile(r"[.:;,!?。：；，！？)）]\s*$")
_PROGRESS_EVERY = 100


def _check_size(blocks: tuple[Block, ...], name: str) -> None:
    """Refuse more text than a review can judge in reasonable time (named, overridable limits)."""
    subject = f"The document {name}"
    advice = "It is far longer than a contract; review the relevant part on its own."
    limits.DOCX_PARAGRAPHS.check(len(blocks), subject, advice=advice, error=DocxTooLong)
    limits.CONTRACT_CHARS.check(sum(len(b.text) for b in blocks), subject, advice=advice,
                                error=DocxTooLong)


class DocxTooLong(InputError):
    """The document has more paragraphs or text than `reviewer.limits` allows."""


def read_docx(path: str | Path, progress: ProgressFn | None = None,
              cancel: CancelToken | None = None) -> Document:
    """Read a .docx file. Raises `InputError` (with advice) for unreadable files.

    The file is only read, never written.
    """
    with DocxPackage(path) as pkg:
        root = pkg.xml(pkg.main_part)
        body = root.find(W + "body") if root is not None else None
        if body is None:
            raise DocxDamaged(
                f"The file {pkg.name} has no document body. Open it in Word and save it "
                "again as .docx, then try again."
            )
        styles_part = pkg.related_part("styles")
        styles = Styles(pkg.xml(styles_part) if styles_part else None)
        numbering_part = pkg.related_part("numbering")
        numbering = Numbering(pkg.xml(numbering_part) if numbering_part else None, styles)
        reader = _BodyReader(styles, numbering, progress, cancel,
                             TextReader(styles, fields_balanced(body)))
        reader.read_body(body)
        tracked_rows = _has_tracked_table_changes(body)
        macros = pkg.macros
    blocks = tuple(reader.blocks)
    _check_size(blocks, Path(path).name)
    warnings: list[str] = []
    if reader.text.tracked_changes or tracked_rows:
        warnings.append(TRACKED_CHANGES_WARNING)
    if reader.text.hidden_text:
        warnings.append(HIDDEN_TEXT_WARNING)
    if macros:
        warnings.append(MACROS_WARNING)
    warnings.extend(reader.warnings)
    all_text = "\n".join(_block_text(b) for b in blocks)
    if not all_text.strip():
        warnings.append(EMPTY_WARNING)
    if progress is not None:
        progress(1.0, "Document read")
    return Document(
        path=str(path),
        format="docx",
        blocks=blocks,
        pages=None,
        language=detect_language(all_text),
        warnings=tuple(warnings),
    )


def _has_tracked_table_changes(body: etree._Element) -> bool:
    """Rows or cells inserted or deleted as tracked changes (text changes are seen
    while reading)."""
    if next(body.iter(W + "cellIns", W + "cellDel"), None) is not None:
        return True
    return any(pr.find(W + "ins") is not None or pr.find(W + "del") is not None
               for pr in body.iter(W + "trPr"))


def _block_text(b: Block) -> str:
    if b.table is None:
        return b.text
    rows = [b.table.header, *(r.cells for r in b.table.rows)]
    return "\n".join([b.table.title or "", *(" ".join(r) for r in rows)])


class _BodyReader:
    def __init__(self, styles: Styles, numbering: Numbering, progress: ProgressFn | None,
                 cancel: CancelToken | None, text: TextReader) -> None:
        self.styles = styles
        self.numbering = numbering
        self.text = text
        self.progress = progress
        self.cancel = cancel
        self.blocks: list[Block] = []
        self.warnings: list[str] = []
        self._carry = ""  # text of a paragraph whose mark was deleted (tracked)
        self._seen = 0  # paragraphs and tables read, anywhere (cells, boxes too)
        self._position = 0  # body items passed, for the progress fraction
        self._last_caption_style = False  # the last paragraph block has a Caption style
        self._total = 1

    def read_body(self, body: etree._Element) -> None:
        items = [c for c in body if c.tag in (W + "p", W + "tbl")]
        self._total = max(len(items), 1)
        index = -1
        for child in body:
            tag = child.tag
            if tag == W + "p":
                index += 1
                self._position = index
                self._tick()
                self._paragraph(child, index)
            elif tag == W + "tbl":
                index += 1
                self._position = index
                self._tick()
                self._table(child, index)
            elif tag in (W + "sdt", W + "customXml"):
                self._container(child, max(index, 0))
            elif tag == W + "altChunk":
                self._warn("This document embeds another document that was not read. Open "
                           "it in Word and save it again as .docx to merge it in.")

    def _tick(self) -> None:
        """Count one paragraph or table; every so often report and honour cancel."""
        self._seen += 1
        if self._seen % _PROGRESS_EVERY == 0:
            check_cancel(self.cancel)
            if self.progress is not None:
                self.progress(min(self._position / self._total, 0.99), "Reading paragraphs")

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def _container(self, el: etree._Element, index: int) -> None:
        """Paragraphs and tables inside a content control or custom XML element."""
        if el.tag == W + "sdt":
            if is_placeholder(el):
                return
            el = el.find(W + "sdtContent")
            if el is None:
                return
        for child in el:
            if child.tag == W + "p":
                self._tick()
                self._paragraph(child, index)
            elif child.tag == W + "tbl":
                self._tick()
                self._table(child, index)
            elif child.tag in (W + "sdt", W + "customXml"):
                self._container(child, index)

    def _read_paragraph(self, p: etree._Element) -> tuple[str | None, str, bool, str | None,
                                                           list[etree._Element], bool]:
        """(number, text, bold, style id, text boxes, toc) of one paragraph.

        Advances the list counters; carries the text of a deleted paragraph mark.
        """
        ppr = p.find(W + "pPr")
        style_id = self.styles.paragraph_style(ppr)
        content = self.text.paragraph(p, style_id)
        if content.deleted_mark:
            # Accepting the deletion joins this paragraph to the next one, whose
            # properties (and list number) the joined paragraph keeps.
            self._carry = f"{self._carry} {content.text}".strip()
            return None, "", False, style_id, content.text_boxes, content.in_toc
        text = f"{self._carry} {content.text}".strip() if self._carry else content.text
        self._carry = ""
        number = None
        ref = self.numbering.resolve(ppr, style_id)
        if ref is not None:
            number = self.numbering.next_label(ref)
        return number, text, content.bold, style_id, content.text_boxes, content.in_toc

    def _paragraph(self, p: etree._Element, index: int) -> None:
        number, text, bold, style_id, boxes, in_toc = self._read_paragraph(p)
        toc = in_toc or self.styles.is_toc(style_id)
        if text and not toc:
            self._last_caption_style = self.styles.is_caption(style_id)
            level = self.styles.heading_level(style_id, p.find(W + "pPr"))
            self.blocks.append(Block(
                kind=BlockKind.HEADING if level else BlockKind.PARAGRAPH,
                text=text,
                location=Location(index=index),
                level=level,
                number=number,
                style=self.styles.name(style_id),
                bold=bold,
            ))
        for box in boxes:
            self._container(box, index)

    def _table(self, tbl: etree._Element, index: int) -> None:
        if self._carry:
            # A paragraph whose mark was deleted cannot join a table: keep it whole.
            self.blocks.append(Block(BlockKind.PARAGRAPH, self._carry,
                                     Location(index=max(index - 1, 0))))
            self._carry = ""
        caption = self._caption_above(index)
        title = None
        if caption is not None:
            title = f"{caption.number} {caption.text}" if caption.number else caption.text
        table = build_table(tbl, index, self._cell, title)
        if not table.header and not table.rows:
            return
        if caption is not None and table.title == title:
            self.blocks.pop()  # the caption lives on as the table's title
        # Same shape as the PDF reader's table blocks: header and rows, one per line.
        lines = [" | ".join(table.header)] if table.header else []
        lines += [" | ".join(row.cells) for row in table.rows]
        self.blocks.append(Block(
            kind=BlockKind.TABLE, text="\n".join(lines), location=Location(index=index),
            table=table,
        ))

    def _caption_above(self, index: int) -> Block | None:
        """The paragraph just above the table when it reads as the table's caption.

        A caption: Caption style, or "Table 2 ..."/"表 1 ...", or a short unnumbered
        line that does not end like a sentence ("Initial Response Times by Plan").
        """
        if not self.blocks:
            return None
        prev = self.blocks[-1]
        if prev.kind is not BlockKind.PARAGRAPH or prev.location.index != index - 1:
            return None
        if len(prev.text) > 200:
            return None
        if self._last_caption_style or _CAPTION.match(prev.text):
            return prev
        short_title = (
            prev.number is None and len(prev.text) <= 80 and len(prev.text.split()) <= 12
            and not _SENTENCE_END.search(prev.text)
        )
        return prev if short_title else None

    def _cell(self, tc: etree._Element) -> tuple[str, bool]:
        """A cell's text: its paragraphs (with list labels) and nested tables, folded."""
        parts: list[str] = []
        bolds: list[bool] = []
        self._fold(tc, parts, bolds)
        if self._carry:  # a deleted paragraph mark cannot join across a cell border
            parts.append(self._carry)
            self._carry = ""
        return " ".join(parts), bool(bolds) and all(bolds)

    def _fold(self, el: etree._Element, parts: list[str], bolds: list[bool]) -> None:
        for child in el:
            if child.tag == W + "p":
                self._tick()
                number, text, bold, _, boxes, _ = self._read_paragraph(child)
                if text:
                    parts.append(f"{number} {text}" if number else text)
                    bolds.append(bold)
                for box in boxes:
                    self._fold(box, parts, bolds)
            elif child.tag == W + "tbl":
                nested = build_table(child, 0, self._cell, None)
                rows = [nested.header, *(r.cells for r in nested.rows)]
                # " | " separates the outer table's cells, so nested cells use ", ".
                parts.append("; ".join(", ".join(c for c in r if c) for r in rows if r))
            elif child.tag in (W + "sdt", W + "customXml", W + "sdtContent"):
                self._fold(child, parts, bolds)

