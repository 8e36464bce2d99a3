"""Render the labelled corpus sources (``src/*.txt``) into real PDF and DOCX files.

Usage::

    .venv/bin/python tests/corpus/build.py [--only NAME] [--src DIR --out DIR]

The source markup is described in ``tests/corpus/README.md``. Output is
deterministic (fixed dates, reportlab invariant mode, fixed zip timestamps) so
that rebuilding does not churn git. This script must not import ``reviewer``:
the corpus is the ground truth the product is measured against.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
FIXED_DATE = datetime(2024, 1, 1, 0, 0, 0)
ZIP_DATE = (2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------- source model


@dataclass
class Block:
    """One rendered element: a heading, a paragraph or a table."""

    kind: str  # "heading" | "para" | "table"
    text: str = ""
    level: int = 0  # heading level (1, 2)
    rows: list[list[str]] = field(default_factory=list)
    title: str = ""  # table title


@dataclass
class Source:
    name: str
    meta: dict[str, str]
    blocks: list[Block]

    @property
    def formats(self) -> list[str]:
        """"pdf", "docx" or both ("pdf, docx": one text, two files, as for the samples)."""
        return [f.strip() for f in self.meta.get("format", "").split(",") if f.strip()]

    @property
    def language(self) -> str:
        return self.meta.get("language", "en")


class SourceError(Exception):
    pass


_META = re.compile(r"^%%\s*([a-z-]+)\s*:\s*(.*?)\s*(?:\s{2,}#.*)?$")
_TABLE_TITLE = re.compile(r"^\[table-title:\s*(.*?)\]\s*$")


def parse_source(path: Path) -> Source:
    meta: dict[str, str] = {}
    blocks: list[Block] = []
    pending_title = ""
    table: Block | None = None
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if line.startswith("%%"):
            m = _META.match(line)
            if not m:
                raise SourceError(f"{path.name}:{lineno}: bad meta line {raw!r}")
            meta[m.group(1)] = m.group(2)
            continue
        if not line.startswith("|"):
            table = None
        if not line:
            continue
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if table is None:
                table = Block("table", title=pending_title)
                pending_title = ""
                blocks.append(table)
            elif len(cells) != len(table.rows[0]):
                raise SourceError(f"{path.name}:{lineno}: row has {len(cells)} cells, "
                                  f"header has {len(table.rows[0])}")
            table.rows.append(cells)
        elif m := _TABLE_TITLE.match(line):
            pending_title = m.group(1)
        elif line.startswith("#"):
            hashes = len(line) - len(line.lstrip("#"))
            blocks.append(Block("heading", line[hashes:].strip(), level=min(hashes, 2)))
        else:
            blocks.append(Block("para", line))
    formats = [f.strip() for f in meta.get("format", "").split(",")]
    if not formats or not set(formats) <= {"pdf", "docx"}:
        raise SourceError(f"{path.name}: '%% format: pdf|docx' is required")
    if meta.get("language", "en") not in ("en", "zh"):
        raise SourceError(f"{path.name}: language must be en or zh")
    return Source(path.stem, meta, blocks)


def footer_text(kind: str, page: int, total: int) -> str:
    return {
        "page-of": f"Page {page} of {total}",
        "dash": f"- {page} -",
        "zh": f"第 {page} 页 共 {total} 页",
    }[kind]


# ---------------------------------------------------------------------- PDF


def _pdf_fonts(src: Source) -> tuple[str, str]:
    """(body font, bold font) for the contract's language and its `font` setting."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if src.language == "zh":
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        return "STSong-Light", "STSong-Light"
    _check_winansi(src)
    if src.meta.get("font", "helvetica") == "times":
        return "Times-Roman", "Times-Bold"
    return "Helvetica", "Helvetica-Bold"


def _pdf_table(block: Block, styles: dict, frame_w: float, para: Callable) -> list:
    """A ruled table with its caption; short tables stay with their caption, long ones
    split, repeating the header."""
    from reportlab.lib import colors
    from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

    flow: list = []
    if block.title:
        flow.append(para(block.title, styles["caption"]))
    data = [[para(c, styles["head" if r == 0 else "cell"]) for c in row]
            for r, row in enumerate(block.rows)]
    table = Table(data, colWidths=_col_widths(block.rows, frame_w), repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    flow.append(table)
    return [*([KeepTogether(flow)] if len(block.rows) <= 8 else flow), Spacer(1, 6)]


def build_pdf(src: Source, out: Path) -> None:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        NextPageTemplate,
        PageTemplate,
        Paragraph,
    )

    zh = src.language == "zh"
    body_font, bold_font = _pdf_fonts(src)

    base = ParagraphStyle("body", fontName=body_font, fontSize=10, leading=13.5,
                          spaceAfter=5, wordWrap="CJK" if zh else None)
    styles: dict = {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=bold_font, fontSize=16,
                                leading=20, alignment=TA_CENTER, spaceAfter=12),
        1: ParagraphStyle("h1", parent=base, fontName=bold_font, fontSize=13, leading=16,
                          spaceBefore=10, spaceAfter=6),
        2: ParagraphStyle("h2", parent=base, fontName=bold_font, fontSize=11, leading=14,
                          spaceBefore=6, spaceAfter=4),
        "item": ParagraphStyle("item", parent=base, leftIndent=16),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5, spaceAfter=0),
        "head": ParagraphStyle("headcell", parent=base, fontName=bold_font, fontSize=9,
                               leading=11.5, spaceAfter=0),
        "caption": ParagraphStyle("caption", parent=base, fontName=bold_font, fontSize=9.5,
                                  spaceBefore=4, spaceAfter=3),
    }
    page_w, page_h = A4
    margin = 20 * mm
    columns = int(src.meta.get("columns", "1"))
    gap = 8 * mm
    frame_w = (page_w - 2 * margin - gap * (columns - 1)) / columns
    body_h = page_h - 2 * margin
    title_h = 22 * mm if columns > 1 and src.meta.get("title") else 0

    def column_frames(height: float) -> list[Frame]:
        return [Frame(margin + i * (frame_w + gap), margin, frame_w, height, id=f"col{i}",
                      leftPadding=0, rightPadding=0) for i in range(columns)]

    templates = [PageTemplate(id="body", frames=column_frames(body_h))]
    if title_h:  # a two-column contract's title spans both columns on page 1
        title_frame = Frame(margin, page_h - margin - title_h, page_w - 2 * margin, title_h,
                            id="title", leftPadding=0, rightPadding=0)
        templates.insert(0, PageTemplate(id="first",
                                         frames=[title_frame, *column_frames(body_h - title_h)]))

    def para(text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(escape(text), style)

    story: list = []
    if title := src.meta.get("title"):
        story.append(para(title, styles["title"]))
        if title_h:
            story += [NextPageTemplate("body"), FrameBreak()]
    for block in src.blocks:
        if block.kind == "heading":
            story.append(para(block.text, styles[block.level]))
        elif block.kind == "para":
            item = re.match(r"^\(([a-z]{1,3}|\d{1,2}|[一二三四五六七八九十]+)\)", block.text)
            story.append(para(block.text, styles["item" if item else "body"]))
        else:
            story.extend(_pdf_table(block, styles, frame_w, para))

    header = src.meta.get("header", "")
    footer = src.meta.get("footer", "")

    class PagedCanvas(Canvas):
        """Defers page output to know the page count ("Page N of M")."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self.setFont(body_font, 8.5)
                if header:
                    self.drawRightString(page_w - margin, page_h - 12 * mm, header)
                    self.setLineWidth(0.4)
                    self.line(margin, page_h - 13.5 * mm, page_w - margin, page_h - 13.5 * mm)
                if footer:
                    self.drawCentredString(page_w / 2, 11 * mm, footer_text(footer, number, total))
                super().showPage()
            super().save()

    doc = BaseDocTemplate(str(out), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=margin, bottomMargin=margin, invariant=1,
                          title=src.meta.get("title", src.name), author="Contract Reviewer corpus",
                          creator="tests/corpus/build.py")
    doc.addPageTemplates(templates)
    doc.build(story, canvasmaker=PagedCanvas)


def _col_widths(rows: list[list[str]], total: float) -> list[float]:
    """Share the width by the longest cell text of each column, within bounds."""
    longest = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    weights = [min(max(n, 6), 60) for n in longest]
    return [total * w / sum(weights) for w in weights]


def _check_winansi(src: Source) -> None:
    """Helvetica/Times only have WinAnsi glyphs: refuse text they would drop."""
    texts = [b.text for b in src.blocks] + [c for b in src.blocks for r in b.rows for c in r]
    texts += [src.meta.get(k, "") for k in ("title", "header")]
    for text in texts:
        try:
            text.encode("cp1252")
        except UnicodeEncodeError as exc:
            raise SourceError(f"{src.name}: character {text[exc.start]!r} is not in the "
                              f"standard PDF fonts; rephrase ({text[:40]!r})") from None


# --------------------------------------------------------------------- DOCX

# Leading numbers removed in `numbering: auto` mode: (regex, level).
_CN = "零一二三四五六七八九十百"
AUTO_PATTERNS = {
    "en": [(re.compile(r"^(\d+)\.(\d+)\.?\s+"), 1), (re.compile(r"^(\d+)\.\s+"), 0),
           (re.compile(r"^\(([a-z])\)\s+"), 2)],
    "zh": [(re.compile(rf"^第([{_CN}]+)条\s*"), 0), (re.compile(rf"^([{_CN}]+)、\s*"), 1),
           (re.compile(rf"^（([{_CN}]+)）\s*"), 2)],
}
LEVELS = {  # (numFmt, lvlText, left indent, hanging) per level, in twips
    "en": [("decimal", "%1.", 425, 425), ("decimal", "%1.%2", 851, 567),
           ("lowerLetter", "(%3)", 1276, 425)],
    "zh": [("chineseCounting", "第%1条", 0, 0), ("chineseCounting", "%2、", 420, 420),
           ("chineseCounting", "（%3）", 840, 420)],
}


def _zh_number(text: str) -> int:
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")}
    if text.startswith("十"):
        text = "一" + text
    if "十" in text:
        tens, _, units = text.partition("十")
        return digits[tens] * 10 + (digits[units] if units else 0)
    return digits[text]


def _typed_value(match: re.Match[str], level: int, language: str) -> int:
    last = match.groups()[-1]
    if language == "zh":
        return _zh_number(last)
    return ord(last) - ord("a") + 1 if level == 2 else int(last)


def _auto_number(src: Source, text: str, counters: list[int]) -> tuple[str, int | None]:
    """A typed number ("5.2", "（一）") taken off the text for Word to number: (rest, level)."""
    for pattern, lvl in AUTO_PATTERNS[src.language]:
        if m := pattern.match(text):
            counters[lvl] += 1
            counters[lvl + 1:] = [0] * (2 - lvl)
            typed = _typed_value(m, lvl, src.language)
            if typed != counters[lvl]:
                print(f"warning: {src.name}: {m.group(0).strip()!r} will render as "
                      f"number {counters[lvl]} at level {lvl}", file=sys.stderr)
            return text[m.end():], lvl
    return text, None


def build_docx(src: Source, out: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Pt

    zh = src.language == "zh"
    auto = src.meta.get("numbering", "typed") == "auto"
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Calibri" if not zh else "SimSun"
    normal.font.size = Pt(10.5)
    if zh:
        normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "SimSun")
    props = document.core_properties
    props.title = src.meta.get("title", src.name)
    props.author = props.last_modified_by = "Contract Reviewer corpus"
    props.created = props.modified = props.last_printed = FIXED_DATE
    props.revision = 1

    num_id = _add_numbering(document, src.language) if auto else 0
    counters = [0, 0, 0]
    if title := src.meta.get("title"):
        document.add_heading(title, level=0)
    for block in src.blocks:
        if block.kind == "table":
            _add_table(document, block)
            continue
        text, level = _auto_number(src, block.text, counters) if auto else (block.text, None)
        if block.kind == "heading":
            paragraph = document.add_heading(text, level=block.level)
        else:
            paragraph = document.add_paragraph(text)
        if level is not None:
            num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = level
            num_pr.get_or_add_numId().val = num_id

    section = document.sections[0]
    if header := src.meta.get("header"):
        section.header.paragraphs[0].text = header
        section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if footer := src.meta.get("footer"):
        paragraph = section.footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        # "Page {P} of {N}" with live PAGE / NUMPAGES fields between literal runs.
        template = footer_text(footer, 10**6, 2 * 10**6)
        for i, piece in enumerate(re.split(r"(1000000|2000000)", template)):
            if i % 2 == 0:
                if piece:
                    paragraph.add_run(piece)
            else:
                instr = "PAGE" if piece == "1000000" else "NUMPAGES"
                paragraph._p.append(parse_xml(
                    f'<w:fldSimple {nsdecls("w")} w:instr="{instr}">'
                    f"<w:r><w:t>1</w:t></w:r></w:fldSimple>"))
    buffer = io.BytesIO()
    document.save(buffer)
    _write_stable_zip(buffer.getvalue(), out)


def _add_numbering(document: object, language: str) -> int:
    """Add one multi-level list definition to numbering.xml; return its numId."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = document.part.numbering_part.element  # type: ignore[attr-defined]
    abstract_id, num_id = 90, 90  # far from any id the template may hold
    levels = []
    for ilvl, (fmt, text, left, hanging) in enumerate(LEVELS[language]):
        suffix = '<w:suff w:val="space"/>' if language == "zh" else ""
        levels.append(
            f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{suffix}'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr></w:lvl>')
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="multilevel"/>{"".join(levels)}</w:abstractNum>')
    existing_nums = numbering.findall(abstract.tag.replace("abstractNum", "num"))
    if existing_nums:  # schema order: every abstractNum before the first num
        existing_nums[0].addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{num_id}">'
        f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    return num_id


def _add_table(document: object, block: Block) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    if block.title:
        caption = document.add_paragraph(block.title)  # type: ignore[attr-defined]
        caption.runs[0].bold = True
    rows, cols = len(block.rows), len(block.rows[0])
    table = document.add_table(rows=rows, cols=cols)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for r, row in enumerate(block.rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.text = text
            if r == 0:
                cell.paragraphs[0].runs[0].bold = True
    # Mark the first row as a header row (repeats on each page in Word).
    table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
    document.add_paragraph()  # type: ignore[attr-defined]


def _write_stable_zip(data: bytes, out: Path) -> None:
    """Rewrite the package with fixed timestamps so identical input gives identical bytes."""
    with zipfile.ZipFile(io.BytesIO(data)) as zin, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(fixed, zin.read(info.filename))


# ---------------------------------------------------------------------- CLI


def build(path: Path, out_dir: Path) -> list[Path]:
    src = parse_source(path)
    outputs = []
    for fmt in src.formats:
        out = out_dir / f"{src.name}.{fmt}"
        if fmt == "pdf":
            build_pdf(src, out)
        else:
            build_docx(src, out)
        outputs.append(out)
    return outputs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="build only this source (name without .txt)")
    parser.add_argument("--src", type=Path, default=HERE / "src")
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args(argv)
    sources = sorted(args.src.glob("*.txt"))
    if args.only:
        sources = [p for p in sources if p.stem == Path(args.only).stem]
        if not sources:
            print(f"no source named {args.only!r} in {args.src}", file=sys.stderr)
            return 2
    args.out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for path in sources:
        try:
            for out in build(path, args.out):
                print(out)
        except SourceError as exc:
            print(f"error: {exc}", file=sys.stderr)
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
