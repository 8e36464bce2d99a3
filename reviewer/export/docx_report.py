"""The review report as a Word document (python-docx), for the legal team.

Title block, a summary table by section, then every finding with its status,
evidence, reason, question to the vendor, reviewer note and vendor response.
East Asian text gets an explicit CJK font (SimSun, which Word on every
Chinese system has; LibreOffice substitutes its own CJK font) and the zh-CN
language: the template's theme-font attributes are removed, since a theme
font wins over an explicit one and the template's East Asian theme font is
Japanese. The footer numbers the pages ("Page 3 of 12" as Word fields).

Document properties come from the review (title with the contract's name,
author = the reviewer, created / modified = when the review was done:
reviewer.export.report_time); the template's own (creator "python-docx",
2013 dates, "Microsoft Macintosh Word", a thumbnail of an empty page) are
replaced or dropped.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from docx import Document as new_docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

from reviewer import __version__
from reviewer.annotations import Annotations
from reviewer.atomic import write_atomic
from reviewer.checklist.model import Checklist
from reviewer.export.labels import label, status_label
from reviewer.export.paper import resolve_paper
from reviewer.export.report_content import ReportContent, build_report
from reviewer.export.report_time import review_times
from reviewer.export.rows import ItemRow, cite, status_text
from reviewer.language import Language
from reviewer.review import Review, Status

CJK_FONT = "SimSun"
THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
PAPERS = {"a4": (Mm(210), Mm(297)), "letter": (Mm(215.9), Mm(279.4))}
TEXT_WIDTH_CM = 17.0  # fits both papers with 2 cm side margins (Letter is 21.6 cm wide)
STATUS_COLORS = {
    Status.MET: RGBColor(0x1E, 0x7B, 0x34),
    Status.VAGUE: RGBColor(0x9C, 0x65, 0x00),
    Status.MISSING: RGBColor(0xC0, 0x00, 0x00),
}


def _set_cjk_font(doc: object) -> None:
    """SimSun for East Asian text everywhere, with no theme font to override it, and zh-CN."""
    styles = doc.styles.element  # type: ignore[attr-defined]
    for rfonts in styles.iter(qn("w:rFonts")):
        if rfonts.get(qn("w:eastAsiaTheme")) is None and rfonts.get(qn("w:asciiTheme")) is None:
            continue
        theme = rfonts.get(qn("w:asciiTheme")) or ""
        for attr in THEME_ATTRS:
            rfonts.attrib.pop(qn(attr), None)
        latin = "Calibri Light" if theme.startswith("major") else "Calibri"
        for attr in ("w:ascii", "w:hAnsi", "w:cs"):
            rfonts.set(qn(attr), rfonts.get(qn(attr)) or latin)
        rfonts.set(qn("w:eastAsia"), CJK_FONT)
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3"):
        style = doc.styles[name]  # type: ignore[attr-defined]
        rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        rfonts.set(qn("w:eastAsia"), CJK_FONT)
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:eastAsia"), "zh-CN")


def _field(paragraph: object, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) as begin / instruction / separate / "1" / end runs."""
    for kind, text in (("begin", None), (None, f" {instruction} "), ("separate", None),
                       (None, "1"), ("end", None)):
        run = paragraph.add_run()  # type: ignore[attr-defined]
        if kind:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)
        elif text.startswith(" "):  # type: ignore[union-attr]
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            run.text = text


def _page_numbers(doc: object, lang: Language) -> None:
    footer = doc.sections[0].footer  # type: ignore[attr-defined]
    p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if lang == "zh":
        p.add_run("第 ")
        _field(p, "PAGE")
        p.add_run(" 页，共 ")
        _field(p, "NUMPAGES")
        p.add_run(" 页")
    else:
        p.add_run("Page ")
        _field(p, "PAGE")
        p.add_run(" of ")
        _field(p, "NUMPAGES")


def _properties(doc: object, content: ReportContent, reviewer: str, times: tuple[datetime, datetime],
                contract: str) -> None:
    props = doc.core_properties  # type: ignore[attr-defined]
    props.title = f"{content.title} \u2014 {contract}" if contract else content.title
    props.subject = contract
    props.author = reviewer
    props.last_modified_by = reviewer
    props.comments = ""
    props.keywords = ""
    props.revision = 1
    props.created, props.modified = times
    props.language = "zh-CN" if content.lang == "zh" else "en"
    package = doc.part.package  # type: ignore[attr-defined]
    for rid, rel in list(package.rels.items()):
        if rel.reltype == THUMBNAIL:
            del package.rels[rid]  # the part goes with its only relationship
    for part in package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            xml = part.blob.decode("utf-8")
            xml = re.sub(r"<Application>.*?</Application>",
                         f"<Application>Contract Reviewer {__version__}</Application>", xml)
            xml = re.sub(r"<AppVersion>.*?</AppVersion>", "", xml)
            xml = re.sub(r"<Template>.*?</Template>", "", xml)
            part._blob = xml.encode("utf-8")


def _set_widths(table: object, widths_cm: list[float]) -> None:
    """Fixed column widths: Word reads the cells' widths, LibreOffice the grid's."""
    table.autofit = False  # type: ignore[attr-defined]
    for i, width in enumerate(widths_cm):
        table.columns[i].width = Cm(width)  # type: ignore[attr-defined]
        for cell in table.columns[i].cells:  # type: ignore[attr-defined]
            cell.width = Cm(width)


def _labelled(doc: object, key: str, text: str, lang: Language, italic: bool = False) -> None:
    if not text:
        return
    p = doc.add_paragraph()  # type: ignore[attr-defined]
    p.add_run(label(key, lang) + ("：" if lang == "zh" else ": ")).bold = True
    for i, line in enumerate(text.split("\n")):
        run = p.add_run(line)
        run.italic = italic
        if i < len(text.split("\n")) - 1:
            run.add_break()


def _finding(doc: object, row: ItemRow, lang: Language) -> None:
    doc.add_heading(row.title, level=3)  # type: ignore[attr-defined]
    p = doc.add_paragraph()  # type: ignore[attr-defined]
    p.add_run(label("status", lang) + ("：" if lang == "zh" else ": ")).bold = True
    run = p.add_run(status_text(row, lang))
    run.bold = True
    run.font.color.rgb = STATUS_COLORS[row.status]
    _labelled(doc, "override_note", row.override_note, lang)
    _labelled(doc, "finding", row.finding, lang)
    _labelled(doc, "deviation", row.deviation, lang)
    if row.evidence:
        for ev in row.evidence:
            where = cite(ev, lang)
            quote = doc.add_paragraph(style="Quote")  # type: ignore[attr-defined]
            quote.add_run(ev.text)
            if where:
                quote.add_run(f"  [{where}]").italic = False
    else:
        doc.add_paragraph(label("no_evidence", lang)).runs[0].italic = True  # type: ignore[attr-defined]
    _labelled(doc, "question", row.question, lang)
    _labelled(doc, "reviewer_note", row.reviewer_note, lang)
    _labelled(doc, "vendor_response", row.vendor_response, lang)


def _summary_table(doc: object, content: ReportContent) -> None:
    lang = content.lang
    headers = [label("section", lang)] + [status_label(s, lang) for s in Status] + [
        label("section_score", lang)]
    table = doc.add_table(rows=1, cols=len(headers))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for s in content.sections:
        score = "" if s.score is None else f"{s.score:.0f}"
        values = [s.title] + [str(s.counts[st]) for st in Status] + [score]
        for cell, text in zip(table.add_row().cells, values, strict=True):
            cell.text = text
    total = [label("total", lang)] + [str(content.counts[st]) for st in Status] + [""]
    for cell, text in zip(table.add_row().cells, total, strict=True):
        cell.text = text
        if text:
            cell.paragraphs[0].runs[0].bold = True
    _set_widths(table, [TEXT_WIDTH_CM - 4 * 2.6] + [2.6] * 4)


def build_docx_report(content: ReportContent, paper: str = "a4", *, reviewer: str = "",
                      times: tuple[datetime, datetime] | None = None, contract: str = "") -> object:
    doc = new_docx()
    page = doc.sections[0]
    page.page_width, page.page_height = PAPERS[paper]
    page.left_margin = page.right_margin = Cm(2)
    page.top_margin = page.bottom_margin = Cm(2)
    _set_cjk_font(doc)
    doc.styles["Normal"].font.size = Pt(10)
    _properties(doc, content, reviewer, times or review_times(None), contract)
    _page_numbers(doc, content.lang)
    doc.add_heading(content.title, level=0)
    facts = doc.add_table(rows=0, cols=2)
    facts.style = "Table Grid"
    for key, value in content.facts:
        cells = facts.add_row().cells
        cells[0].text = key
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = value
    _set_widths(facts, [4.5, TEXT_WIDTH_CM - 4.5])
    doc.add_heading(label("summary_by_section", content.lang), level=1)
    _summary_table(doc, content)
    doc.add_heading(label("findings", content.lang), level=1)
    for section in content.sections:
        doc.add_heading(section.title, level=2)
        for row in section.rows:
            _finding(doc, row, content.lang)
    return doc


def write_docx_report(
    review: Review, path: str | Path, *, lang: Language = Language.EN,
    annotations: Annotations | None = None, checklist: Checklist | None = None,
    vendor: str = "", paper: str | None = None,
) -> Path:
    """Write the Word report atomically on ``paper`` ("a4", "letter"; None: the locale's)."""
    paper = resolve_paper(paper)
    content = build_report(review, lang=lang, annotations=annotations, checklist=checklist,
                           vendor=vendor)
    doc = build_docx_report(content, paper,
                            reviewer=annotations.reviewer if annotations is not None else "",
                            times=review_times(annotations), contract=Path(review.document.path).name)
    write_atomic(path, lambda tmp: doc.save(str(tmp)))  # type: ignore[attr-defined]
    return Path(path)
