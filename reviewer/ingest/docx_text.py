"""The visible text of Word paragraphs, read the way Word displays it.

Rules, each one a way other readers lose or invent text:
- runs inside hyperlinks, content controls (``w:sdt``), smart tags, custom XML
  and simple fields are kept; an unfilled content control's prompt is not;
- complex fields show their result, never their code (``w:instrText``);
  the state spans paragraphs because a field (a TOC) can;
- tracked changes read as accepted: ``w:ins``/``w:moveTo`` in, ``w:del``/
  ``w:moveFrom`` out; a deleted paragraph mark joins the paragraph to the next;
- ``w:tab`` and line breaks become spaces; ``mc:AlternateContent`` is read
  once (the Choice, else the Fallback), so text boxes are not doubled;
- text boxes are returned separately: they are paragraphs of their own.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree  # type: ignore[import-untyped]  # no stubs installed

from reviewer.ingest.docx_styles import Styles, on_off

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"

_WRAPPERS = {W + "hyperlink", W + "smartTag", W + "customXml", W + "fldSimple", W + "bdo",
             W + "dir", W + "sdtContent", W + "ins", W + "moveTo"}
_DROPPED = {W + "del", W + "moveFrom", W + "pPr", W + "rPr", W + "sdtPr", W + "sdtEndPr",
            W + "proofErr", W + "bookmarkStart", W + "bookmarkEnd", W + "commentRangeStart",
            W + "commentRangeEnd", W + "permStart", W + "permEnd"}
_TRACKED = {W + "ins", W + "del", W + "moveTo", W + "moveFrom"}


@dataclass
class ParagraphText:
    text: str
    bold: bool  # every run that carries text is bold
    deleted_mark: bool  # tracked deletion of the paragraph mark: joins the next
    in_toc: bool  # part of a table-of-contents field result
    text_boxes: list[etree._Element] = field(default_factory=list)


@dataclass
class _Field:
    code: list[str]
    in_result: bool = False


def choose_alternate(el: etree._Element) -> etree._Element | None:
    """The branch of an mc:AlternateContent to read: the first Choice, else Fallback."""
    choice = el.find(MC + "Choice")
    return choice if choice is not None else el.find(MC + "Fallback")


def outer_text_boxes(el: etree._Element) -> Iterator[etree._Element]:
    """w:txbxContent under el, not descending into a box (nested boxes are its own)."""
    for child in el:
        if not isinstance(child.tag, str):
            continue
        if child.tag == W + "txbxContent":
            yield child
        elif child.tag == MC + "AlternateContent":
            branch = choose_alternate(child)
            if branch is not None:
                yield from outer_text_boxes(branch)
        else:
            yield from outer_text_boxes(child)


def is_placeholder(sdt: etree._Element) -> bool:
    """A content control still showing its prompt ("Click or tap here to enter text.")."""
    return on_off(sdt.find(f"{W}sdtPr/{W}showingPlcHdr")) is True


def fields_balanced(root: etree._Element) -> bool:
    """Whether every complex field that begins also ends (a sound document)."""
    depth = 0
    for mark in root.iter(W + "fldChar"):
        kind = mark.get(W + "fldCharType")
        depth += 1 if kind == "begin" else -1 if kind == "end" else 0
        if depth < 0:
            return False
    return depth == 0


class TextReader:
    """Reads paragraphs in document order; remembers what it saw for warnings."""

    def __init__(self, styles: Styles, fields_balanced: bool = True) -> None:
        self._styles = styles
        # A damaged file whose field begin/end marks do not pair up could hide
        # everything after an unclosed field; then fields end with their paragraph.
        self._fields_span_paragraphs = fields_balanced
        self._fields: list[_Field] = []
        self.tracked_changes = False
        self.hidden_text = False
        self._in_toc = False

    def paragraph(self, p: etree._Element, style_id: str | None) -> ParagraphText:
        parts: list[str] = []
        bold_flags: list[bool] = []
        boxes: list[etree._Element] = []
        if not self._fields_span_paragraphs:
            self._fields.clear()
        self._in_toc = self._toc_active()
        self._walk(p, parts, bold_flags, boxes, style_id)
        mark = p.find(f"{W}pPr/{W}rPr")
        deleted_mark = False
        if mark is not None:
            if mark.find(W + "del") is not None or mark.find(W + "moveFrom") is not None:
                deleted_mark = True
                self.tracked_changes = True
            if mark.find(W + "ins") is not None or mark.find(W + "moveTo") is not None:
                self.tracked_changes = True
        text = " ".join("".join(parts).split())
        return ParagraphText(
            text=text,
            bold=bool(bold_flags) and all(bold_flags),
            deleted_mark=deleted_mark,
            in_toc=self._in_toc or self._toc_active(),
            text_boxes=boxes,
        )

    def _visible(self) -> bool:
        return all(f.in_result for f in self._fields)

    def _toc_active(self) -> bool:
        return any(f.in_result and "".join(f.code).strip().upper().startswith("TOC")
                   for f in self._fields)

    def _walk(self, el: etree._Element, parts: list[str], bold: list[bool],
              boxes: list[etree._Element], style_id: str | None) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _DROPPED:
                if tag in _TRACKED:
                    self.tracked_changes = True
                continue
            if tag == W + "r":
                self._run(child, parts, bold, boxes, style_id)
            elif tag in _WRAPPERS:
                if tag in _TRACKED:
                    self.tracked_changes = True
                self._walk(child, parts, bold, boxes, style_id)
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None and not is_placeholder(child):
                    self._walk(content, parts, bold, boxes, style_id)
            elif tag == MC + "AlternateContent":
                branch = choose_alternate(child)
                if branch is not None:
                    self._walk(branch, parts, bold, boxes, style_id)
            elif tag.startswith(M):
                if self._visible():
                    parts.append("".join(t.text or "" for t in child.iter(M + "t")))
            else:
                self._walk(child, parts, bold, boxes, style_id)

    def _field_part(self, c: etree._Element) -> None:
        """A field's begin / separate / end mark or a piece of its code."""
        if c.tag == W + "instrText":
            if self._fields and not self._fields[-1].in_result:
                self._fields[-1].code.append(c.text or "")
            return
        kind = c.get(W + "fldCharType")
        if kind == "begin":
            self._fields.append(_Field([]))
        elif kind == "separate" and self._fields:
            self._fields[-1].in_result = True
            self._in_toc = self._in_toc or self._toc_active()
        elif kind == "end" and self._fields:
            self._fields.pop()

    def _run(self, r: etree._Element, parts: list[str], bold: list[bool],
             boxes: list[etree._Element], style_id: str | None) -> None:
        rpr = r.find(W + "rPr")
        if rpr is not None and on_off(rpr.find(W + "vanish")):
            self.hidden_text = True
        start = len(parts)
        for c in r:
            tag = c.tag
            if tag in (W + "fldChar", W + "instrText"):
                self._field_part(c)
                continue
            if not self._visible():
                continue
            if tag == W + "t":
                parts.append(c.text or "")
            elif tag in (W + "tab", W + "ptab", W + "br", W + "cr"):
                parts.append(" ")
            elif tag == W + "noBreakHyphen":
                parts.append("-")
            elif tag == W + "ruby":
                base = c.find(W + "rubyBase")
                if base is not None:
                    self._walk(base, parts, bold, boxes, style_id)
            elif tag in (W + "drawing", W + "pict", W + "object"):
                boxes.extend(outer_text_boxes(c))
            elif tag == MC + "AlternateContent":
                branch = choose_alternate(c)
                if branch is not None:
                    boxes.extend(outer_text_boxes(branch))
        if "".join(parts[start:]).strip():
            bold.append(self._styles.bold(rpr, style_id))
