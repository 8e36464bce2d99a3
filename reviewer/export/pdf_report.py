"""The review report as PDF (reportlab), printable on A4 or Letter, as PDF/A-2b.

Same content as the DOCX report. Every font is embedded as a subset, so the
PDF looks the same in every viewer and can be archived (`pdfa` adds the
XMP metadata, sRGB output intent and file identifier PDF/A-2b asks for):
Latin text in Liberation Sans (Helvetica's metrics; Debian's fonts-liberation2)
or else DejaVu Sans (fonts-dejavu-core), runs it cannot show (Chinese) in
WenQuanYi Micro Hei (fonts-wqy-microhei), all in dev.sh's packages, or from
resources/fonts/. Without either Latin font, Latin text falls back
to the standard Helvetica; without WenQuanYi (or for a character it lacks)
Chinese falls back to reportlab's built-in CID font STSong-Light (the Noto
CJK fonts are CFF-flavoured OpenType, which reportlab cannot embed). Those
fallbacks need no font file but the viewer has to supply them, so such a
report is not claimed to be PDF/A. Chinese paragraphs wrap between
characters (``wordWrap="CJK"``).

The document says its language (/Lang zh-CN or en), carries its real
creation date (or $SOURCE_DATE_EPOCH, for reproducible builds), the
reviewer as author and the contract as subject.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from reviewer import __version__
from reviewer.annotations import Annotations
from reviewer.atomic import write_atomic
from reviewer.checklist.model import Checklist
from reviewer.export.labels import label, status_label
from reviewer.export.paper import resolve_paper
from reviewer.export.pdfa import make_pdfa
from reviewer.export.report_content import ReportContent, build_report
from reviewer.export.rows import ItemRow, cite, status_text
from reviewer.language import Language
from reviewer.resources import resource_dir
from reviewer.review import Review, Status

PAPERS = {"a4": A4, "letter": LETTER}
CJK_FONT = "STSong-Light"  # the fallback: a CID font the viewer supplies
EMBEDDED_CJK = "WenQuanYiMicroHei"
EMBEDDED_CJK_FILE = "wqy-microhei.ttc"
EMBEDDED_CJK_DIRS = (Path("/usr/share/fonts/truetype/wqy"), Path("/usr/local/share/fonts"))
# Latin fonts to embed, in order of preference: Liberation Sans has Helvetica's
# metrics, so layouts made for Helvetica (the one-page issue list) stay as they were;
# DejaVu Sans is wider but on nearly every Linux system.
LATIN_CANDIDATES: tuple[tuple[str, str, str, str, tuple[Path, ...]], ...] = (
    ("LiberationSans", "LiberationSans-Bold", "LiberationSans-Regular.ttf",
     "LiberationSans-Bold.ttf",  # Debian's fonts-liberation2
     (Path("/usr/share/fonts/truetype/liberation2"), Path("/usr/share/fonts/truetype/liberation"))),
    ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf",  # fonts-dejavu-core
     (Path("/usr/share/fonts/truetype/dejavu"),)),
)
STATUS_HEX = {Status.MET: "#1e7b34", Status.VAGUE: "#9c6500", Status.MISSING: "#c00000"}
STATUS_FILL = {Status.MET: "#c6efce", Status.VAGUE: "#ffeb9c", Status.MISSING: "#ffc7ce"}


def _find_font(name: str, filename: str, dirs: tuple[Path, ...]) -> TTFont | None:
    for folder in (resource_dir("fonts"), *dirs):
        path = folder / filename
        if not path.is_file():
            continue
        try:
            font = TTFont(name, str(path), subfontIndex=0)
        except Exception:  # a damaged or unexpected font file: try the next, then the fallback
            continue
        pdfmetrics.registerFont(font)
        return font
    return None


@cache
def latin_fonts() -> tuple[str, str, TTFont | None]:
    """(regular, bold, font) for Latin text: Liberation Sans or DejaVu Sans, embedded,
    when installed (PDF/A wants every font in the file), else the standard Helvetica."""
    for name, bold_name, file, bold_file, dirs in LATIN_CANDIDATES:
        regular = _find_font(name, file, (*dirs, Path("/usr/local/share/fonts")))
        bold = _find_font(bold_name, bold_file, (*dirs, Path("/usr/local/share/fonts")))
        if regular is not None and bold is not None:
            registerFontFamily(name, normal=name, bold=bold_name, italic=name,
                               boldItalic=bold_name)
            return name, bold_name, regular
    return "Helvetica", "Helvetica-Bold", None


def _latin_can(ch: str) -> bool:
    """Whether the Latin font has a glyph for ``ch`` (CJK always goes to the CJK font)."""
    font = latin_fonts()[2]
    if font is not None:
        return ord(ch) < 0x2E80 and ord(ch) in font.face.charToGlyph
    try:  # the standard Helvetica is WinAnsi-encoded
        ch.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


@cache
def embedded_cjk_font() -> TTFont | None:
    """WenQuanYi Micro Hei, registered with reportlab, or None when it is not installed."""
    font = _find_font(EMBEDDED_CJK, EMBEDDED_CJK_FILE, EMBEDDED_CJK_DIRS)
    if font is not None:
        registerFontFamily(EMBEDDED_CJK, normal=EMBEDDED_CJK, bold=EMBEDDED_CJK,
                           italic=EMBEDDED_CJK, boldItalic=EMBEDDED_CJK)
    return font


def cjk_face(ch: str) -> str:
    """The font for a character the Latin font lacks: the embedded one if it has the glyph."""
    font = embedded_cjk_font()
    if font is not None and ord(ch) in font.face.charToGlyph:
        return EMBEDDED_CJK
    return CJK_FONT


def line_font(text: str) -> str:
    """One font for a whole line drawn on the canvas (the footer)."""
    faces = {cjk_face(ch) for ch in text if not _latin_can(ch)}
    if not faces:
        return latin_fonts()[0]
    return CJK_FONT if CJK_FONT in faces else EMBEDDED_CJK


def rich(text: str) -> str:
    """Paragraph markup for plain ``text``: escaped, line breaks kept, and every
    run the Latin font cannot show (Chinese) set in the CJK font.

    Mixing fonts by run keeps English in the Latin font inside a Chinese report and
    Chinese quotes readable inside an English one.
    """
    out: list[str] = []
    run: list[str] = []
    face = ""  # "" = the paragraph's own Latin font

    def flush() -> None:
        if run:
            body = escape("".join(run))
            out.append(f'<font face="{face}">{body}</font>' if face else body)
            run.clear()

    for ch in text:
        if ch == "\n":
            flush()
            out.append("<br/>")
            continue
        wanted = "" if _latin_can(ch) else cjk_face(ch)
        if wanted != face:
            flush()
            face = wanted
        run.append(ch)
    flush()
    return "".join(out)


class _Styles:
    """The paragraph styles; Chinese runs switch font inside them (see `rich`)."""

    def __init__(self) -> None:
        if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))
        # STSong-Light has no bold or italic face: <b> inside Chinese text falls
        # back to the regular face instead of failing.
        registerFontFamily(CJK_FONT, normal=CJK_FONT, bold=CJK_FONT, italic=CJK_FONT,
                           boldItalic=CJK_FONT)
        heading = colors.HexColor("#1f3864")
        base = {
            "title": dict(fontSize=18, leading=23, spaceAfter=8, textColor=heading),
            "h1": dict(fontSize=14, leading=18, spaceBefore=10, spaceAfter=6, keepWithNext=1,
                       textColor=heading),
            "h2": dict(fontSize=12, leading=15, spaceBefore=8, spaceAfter=4, keepWithNext=1,
                       textColor=heading),
            "h3": dict(fontSize=10.5, leading=13.5, spaceBefore=6, spaceAfter=2, keepWithNext=1,
                       textColor=heading),
            "body": dict(fontSize=9.5, leading=12.5, spaceAfter=2),
            "quote": dict(fontSize=9, leading=12, leftIndent=12, spaceAfter=3,
                          textColor=colors.HexColor("#333333"), borderPadding=(2, 4, 2, 4),
                          backColor=colors.HexColor("#f3f3f3")),
            "cell": dict(fontSize=9, leading=11.5),
        }
        bold = {"title", "h1", "h2", "h3"}
        regular_font, bold_font, _ = latin_fonts()
        # CJK wrapping breaks between Chinese characters but keeps English words whole.
        self.styles = {
            name: ParagraphStyle(name, fontName=bold_font if name in bold else regular_font,
                                 wordWrap="CJK", **kw)
            for name, kw in base.items()
        }

    def para(self, text: str, style: str, markup: str = "") -> Paragraph:
        """A paragraph of plain ``text`` after optional trusted ``markup``."""
        return Paragraph(markup + rich(text), self.styles[style])


def _labelled(st: _Styles, key: str, text: str, lang: Language) -> list[Any]:
    if not text:
        return []
    colon = "：" if lang == "zh" else ": "
    return [st.para(text, "body", f"<b>{rich(label(key, lang) + colon)}</b>")]


def _finding(st: _Styles, row: ItemRow, lang: Language) -> list[Any]:
    colon = "：" if lang == "zh" else ": "
    status = (f"<b>{rich(label('status', lang) + colon)}</b>"
              f"<font color='{STATUS_HEX[row.status]}'><b>{rich(status_text(row, lang))}</b>"
              "</font>")
    head = [st.para(row.title, "h3"), st.para("", "body", status)]
    flow: list[Any] = []
    flow += _labelled(st, "override_note", row.override_note, lang)
    flow += _labelled(st, "finding", row.finding, lang)
    flow += _labelled(st, "deviation", row.deviation, lang)
    if row.evidence:
        for ev in row.evidence:
            where = cite(ev, lang)
            # No-break spaces keep the citation together at a line end.
            cited = "\u00a0[" + where.replace(" ", "\u00a0") + "]" if where else ""
            flow.append(st.para(ev.text + cited, "quote"))
    else:
        flow.append(st.para(label("no_evidence", lang), "body"))
    flow += _labelled(st, "question", row.question, lang)
    flow += _labelled(st, "reviewer_note", row.reviewer_note, lang)
    flow += _labelled(st, "vendor_response", row.vendor_response, lang)
    # Keep the heading with the start of its finding, not alone at a page end.
    return [KeepTogether(head + flow[:1]), *flow[1:], Spacer(1, 4)]


def _table(data: list[list[Any]], widths: list[float], header: bool = True,
           extra: list[tuple[Any, ...]] | None = None) -> Table:
    table = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        # Cells hold Paragraphs, but the table still selects its default font (Helvetica,
        # unembedded) for each cell: name the embedded one.
        ("FONT", (0, 0), (-1, -1), latin_fonts()[0], 9),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")))
    table.setStyle(TableStyle(style + (extra or [])))
    return table


def build_story(content: ReportContent, width: float) -> list[Any]:
    st = _Styles()
    lang = content.lang
    story: list[Any] = [st.para(content.title, "title")]
    facts = [[st.para(k, "cell", ""), st.para(v, "cell")] for k, v in content.facts]
    story.append(_table(facts, [width * 0.28, width * 0.72], header=False,
                        extra=[("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))]))
    story.append(st.para(label("summary_by_section", lang), "h1"))
    head = [label("section", lang)] + [status_label(s, lang) for s in Status] + [
        label("section_score", lang)]
    rows: list[list[Any]] = [[st.para(h, "cell", "") for h in head]]
    for s in content.sections:
        score = "" if s.score is None else f"{s.score:.0f}"
        rows.append([st.para(s.title, "cell")] + [st.para(str(s.counts[x]), "cell")
                                                  for x in Status] + [st.para(score, "cell")])
    rows.append([st.para(label("total", lang), "cell")] + [
        st.para(str(content.counts[x]), "cell") for x in Status] + [st.para("", "cell")])
    fills = [("BACKGROUND", (i, 0), (i, 0), colors.HexColor(STATUS_FILL[s]))
             for i, s in enumerate(Status, start=1)]
    story.append(_table(rows, [width * 0.40] + [width * 0.15] * 4, extra=fills))
    story.append(st.para(label("findings", lang), "h1"))
    for section in content.sections:
        story.append(st.para(section.title, "h2"))
        for row in section.rows:
            story += _finding(st, row, lang)
    return story


def write_pdf_report(
    review: Review, path: str | Path, *, lang: Language = Language.EN,
    annotations: Annotations | None = None, checklist: Checklist | None = None,
    paper: str | None = None, vendor: str = "",
) -> Path:
    """Write the PDF report atomically on ``paper`` ("a4", "letter"; None: the locale's)."""
    pagesize = PAPERS[resolve_paper(paper)]
    content = build_report(review, lang=lang, annotations=annotations, checklist=checklist,
                           vendor=vendor)
    contract = Path(review.document.path).name
    reviewer = annotations.reviewer if annotations is not None else ""
    footer = f"{contract} — {label('generated_by', lang)}"

    def on_page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        font = line_font(footer + label("page_of", lang))
        canvas.setFont(font, 8)
        canvas.setFillColor(colors.HexColor("#666666"))
        canvas.drawString(doc.leftMargin, 10 * mm, footer)
        canvas.drawRightString(pagesize[0] - doc.rightMargin, 10 * mm,
                               label("page_of", lang).format(page=doc.page))
        canvas.restoreState()

    def write(tmp: Path) -> None:
        doc = SimpleDocTemplate(
            str(tmp), pagesize=pagesize, leftMargin=18 * mm, rightMargin=18 * mm,
            topMargin=18 * mm, bottomMargin=18 * mm, title=f"{content.title} — {contract}",
            author=reviewer or "Contract Reviewer", subject=contract,
            creator=f"Contract Reviewer {__version__}", lang="zh-CN" if lang == "zh" else "en",
            invariant=False,
            # The canvas starts every page in a font; Helvetica (the default) would be an
            # unembedded font in the file even though no text uses it.
            initialFontName=latin_fonts()[0],
        )
        doc.build(build_story(content, doc.width), onFirstPage=on_page, onLaterPages=on_page)
        make_pdfa(tmp, "zh-CN" if lang == "zh" else "en")

    write_atomic(path, write)
    return Path(path)
