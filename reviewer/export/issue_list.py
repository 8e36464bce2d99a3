"""The issue list for the general counsel: one page, risk-ranked, DOCX or PDF.

One row per item that is not at the buyer's preferred position, ranked high /
medium / low (`reviewer.positions.risk_of`: the item's importance, status,
band, red flag), then by importance. Each row: the issue, the clause cited,
the band, the position asked for and the vendor's answer when there is one.
Low-risk rows beyond what fits one page are summarised in one closing line.
The format follows the file name (.docx or .pdf); both languages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reviewer.annotations import Annotations
from reviewer.atomic import WriteError, write_atomic
from reviewer.checklist.model import Checklist
from reviewer.export.paper import resolve_paper
from reviewer.export.rows import cite, resolve_checklist
from reviewer.language import Language
from reviewer.positions import Risk, band_of, is_red_flag, position_text, risk_of
from reviewer.review import Review

MAX_ROWS = 10  # what fits one landscape page
MARGIN_CM = 1.5
# Landscape (width, height) in cm; the columns are laid out for A4 and scaled
# down to Letter's narrower text width (24.9 cm against 26.7 cm).
LANDSCAPE_CM = {"a4": (29.7, 21.0), "letter": (27.94, 21.59)}
A4_WIDTHS_CM = (1.6, 4.5, 7.5, 8.6, 4.4)


def _widths_cm(paper: str) -> list[float]:
    """The columns for ``paper``: the risk column keeps its width (a narrower one
    breaks "Medium" over two lines), the text columns share what is left."""
    risk, *rest = A4_WIDTHS_CM
    text_width = LANDSCAPE_CM[paper][0] - 2 * MARGIN_CM
    scale = min(1.0, (text_width - risk) / sum(rest))
    return [risk, *(round(w * scale, 2) for w in rest)]

TEXT = {
    "title": {"en": "Issue list", "zh": "问题清单"},
    "risk": {"en": "Risk", "zh": "风险"},
    "issue": {"en": "Issue", "zh": "问题"},
    "clause": {"en": "Clause", "zh": "条款"},
    "ask": {"en": "We ask for", "zh": "我方要求"},
    "answer": {"en": "Vendor's answer", "zh": "供应商答复"},
    "none": {"en": "not addressed", "zh": "未约定"},
    "more": {"en": "{n} more: {names}.", "zh": "另有{n}项：{names}。"},
    "counts": {"en": "{h} high, {m} medium, {l} low risk", "zh": "高风险{h}项，中风险{m}项，低风险{l}项"},
    "flag": {"en": "red flag", "zh": "风险条款"},
}


@dataclass(frozen=True)
class Issue:
    item_id: str
    risk: Risk
    title: str
    band: str
    status: str
    clause: str  # the cited clause, "" when none
    ask: str
    answer: str
    red_flag: bool


def _t(key: str, lang: Language) -> str:
    return TEXT[key][lang.value]


def issues(review: Review, checklist: Checklist | None = None,
           annotations: Annotations | None = None, lang: Language = Language.EN) -> list[Issue]:
    """The ranked issues, highest risk first."""
    checklist = resolve_checklist(checklist, review.checklist_id)
    annotations = annotations or Annotations()
    weights = {i.id: i.weight * s.weight / max(len(s.items), 1)
               for s in checklist.sections for i in s.items}
    mean = sum(weights.values()) / max(len(weights), 1)
    # The wording asked for, in a traditional contract's own characters (as the redline writes it).
    written: Callable[[str], str] = str
    if lang is Language.ZH:
        from reviewer.analysis.traditional import contract_wording

        written = contract_wording(review)
    out: list[tuple[tuple[int, bool, float, int], Issue]] = []
    for order, item in enumerate(checklist.items):
        try:
            finding = review.finding(item.id)
        except KeyError:
            continue
        ann = annotations.item(item.id)
        status = annotations.effective_status(finding)
        band = band_of(item, finding, status)
        risk = risk_of(item, band, weights[item.id] / mean if mean else 1.0)
        if risk is None:
            continue
        position = ann.position if ann.position in ("preferred", "fallback") else "preferred"
        text = position_text(item, position, lang.value)
        ask = written(text.clause if text else item.question.get(lang.value))
        clause = ""
        if finding.evidence:
            ev = finding.evidence[0]
            where = cite(ev, lang)
            numbered = bool(ev.clause_number) and ev.text.startswith(str(ev.clause_number))
            if numbered and ev.location.page is None:
                where = ""
            clause = f"{where}: {ev.text}" if where else ev.text
        issue = Issue(item.id, risk, item.title.get(lang.value), band.label.get(lang.value),
                      status.value, clause, ask, ann.vendor_response, is_red_flag(item))
        out.append(((risk.rank, not is_red_flag(item), -weights[item.id], order), issue))
    return [i for _, i in sorted(out, key=lambda x: x[0])]


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def write_issue_list(
    review: Review, path: str | Path, *, lang: Language = Language.EN,
    annotations: Annotations | None = None, checklist: Checklist | None = None,
    vendor: str = "", paper: str | None = None,
) -> Path:
    """Write the issue list (.docx or .pdf by the name) on landscape ``paper``
    ("a4", "letter"; None: the locale's)."""
    paper = resolve_paper(paper)
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        raise WriteError(f"The issue list is written as .docx or .pdf, not {target.name}.")
    found = issues(review, checklist, annotations, lang)
    title = _t("title", lang) + (f" — {vendor}" if vendor else "") + f" — {Path(review.document.path).name}"
    if suffix == ".docx":
        write_atomic(target, lambda tmp: _docx(tmp, title, found, lang, paper))
    else:
        write_atomic(target, lambda tmp: _pdf(tmp, title, found, lang, paper))
    return target


def _split(found: list[Issue], lang: Language) -> tuple[list[Issue], str, str]:
    shown = found[:MAX_ROWS]
    rest = found[MAX_ROWS:]
    counts = {r: sum(1 for i in found if i.risk is r) for r in Risk}
    summary = _t("counts", lang).format(h=counts[Risk.HIGH], m=counts[Risk.MEDIUM],
                                        l=counts[Risk.LOW])
    more = ""
    if rest:
        sep = "、" if lang is Language.ZH else ", "
        names = sep.join(i.title for i in rest[:6]) + (sep + "…" if len(rest) > 6 else "")
        more = _t("more", lang).format(n=len(rest), names=names)
    return shown, summary, more


def _cells(issue: Issue, lang: Language) -> list[str]:
    name = issue.title + (f" ({_t('flag', lang)})" if issue.red_flag else "")
    issue_text = f"{name}\n{issue.band}"
    clause = _short(issue.clause, 110) if issue.clause else _t("none", lang)
    return [issue.risk.label.get(lang.value), issue_text, clause, _short(issue.ask, 130),
            _short(issue.answer, 90)]


RISK_RGB = {Risk.HIGH: "C0392B", Risk.MEDIUM: "D68910", Risk.LOW: "7F8C8D"}


def _docx(tmp: Path, title: str, found: list[Issue], lang: Language, paper: str) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    width, height = LANDSCAPE_CM[paper]
    section.page_width, section.page_height = Cm(width), Cm(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(MARGIN_CM))
    style = doc.styles["Normal"]
    style.font.size = Pt(8.5)
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "SimSun")
    doc.add_heading(title, level=1)
    shown, summary, more = _split(found, lang)
    doc.add_paragraph(summary)
    headers = [_t(k, lang) for k in ("risk", "issue", "clause", "ask", "answer")]
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    widths = [Cm(w) for w in _widths_cm(paper)]
    for cell, text, width in zip(table.rows[0].cells, headers, widths, strict=True):
        cell.width = width
        cell.paragraphs[0].add_run(text).bold = True
        shade = OxmlElement("w:shd")
        shade.set(qn("w:fill"), "D6DCE4")
        cell._tc.get_or_add_tcPr().append(shade)
    for issue in shown:
        row = table.add_row().cells
        for i, (cell, text) in enumerate(zip(row, _cells(issue, lang), strict=True)):
            cell.width = widths[i]
            run = cell.paragraphs[0].add_run(text)
            if i == 0:
                run.bold = True
                run.font.color.rgb = RGBColor.from_string(RISK_RGB[issue.risk])
    if more:
        doc.add_paragraph(more)
    doc.save(str(tmp))


def _pdf(tmp: Path, title: str, found: list[Issue], lang: Language, paper: str) -> None:
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from reviewer.export.pdf_report import _Styles, rich

    st = _Styles()
    shown, summary, more = _split(found, lang)

    def para(text: str, style: str) -> object:
        lines = text.split("\n")
        head = "".join(rich(escape(line)) + "<br/>" for line in lines[:-1])
        return st.para(lines[-1], style, head)

    headers = [_t(k, lang) for k in ("risk", "issue", "clause", "ask", "answer")]
    data = [[para(h, "cell") for h in headers]]
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AA5B1")),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D6DCE4")),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for r, issue in enumerate(shown, start=1):
        cells = _cells(issue, lang)
        data.append([para(c, "cell") for c in cells])
        style.append(("TEXTCOLOR", (0, r), (0, r), colors.HexColor("#" + RISK_RGB[issue.risk])))
    widths = [w * cm for w in _widths_cm(paper)]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(style))
    story = [para(title, "h1"), para(summary, "body"), table]
    if more:
        story.append(para(more, "body"))
    width, height = LANDSCAPE_CM[paper]
    doc = SimpleDocTemplate(str(tmp), pagesize=(width * cm, height * cm),
                            leftMargin=MARGIN_CM * cm, rightMargin=MARGIN_CM * cm,
                            topMargin=1.2 * cm, bottomMargin=1.2 * cm,
                            title=title, invariant=1)
    doc.build(story)
