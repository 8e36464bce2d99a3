"""The XLSX review checklist, for two audiences.

The vendor workbook (``audience="vendor"``, the default) is what the vendor
fills in and sends back: item, question, the current status in neutral words,
the cited clause, a drop-down for the vendor's position and a column for the
answer. It never carries the reviewer's notes, the tool's own status, override
reasons or the tool's confidence, unless the reviewer asks for the notes
(``include_notes=True``). The internal workbook (``audience="internal"``) holds
everything: both statuses, findings, override reasons, notes, confidence.

Sheet "Checklist" has one row per item, with a hidden first column holding the
stable item id, so `reviewer.session.responses` can match the vendor's answers even
after rows were re-sorted or columns added. A hidden sheet ("reviewer-meta")
records which contract (SHA-256) and which checklist (id, version) the
workbook belongs to, so answers are never attached to the wrong review.
Every string cell goes through `formula_guard.set_text`.
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from reviewer.annotations import Annotations
from reviewer.atomic import write_atomic
from reviewer.checklist.model import Checklist
from reviewer.export.formula_guard import set_text
from reviewer.export.labels import label, status_label
from reviewer.export.paper import resolve_paper
from reviewer.export.report_content import effective_scores
from reviewer.export.rows import ItemRow, item_rows, resolve_checklist
from reviewer.export.xlsx_print import protect, summary_print_setup, table_print_setup, unlock
from reviewer.language import Language
from reviewer.review import Review, Status

META_SHEET = "reviewer-meta"
META_MARKER = "contract-reviewer-workbook/1"
ID_HEADER = "item-id"  # machine header of the hidden id column, never translated

# (label key, width); the id column comes first and is hidden. Widths are chosen
# for print (see xlsx_print): the internal table prints two landscape pages wide.
COLUMNS: tuple[tuple[str, float], ...] = (
    ("section", 13),
    ("item", 20),
    ("status", 11),
    ("tool_status", 11),
    ("finding", 34),
    ("evidence", 42),
    ("clause_page", 11),
    ("deviation", 22),
    ("question", 30),
    ("vendor_response", 32),
    ("reviewer_note", 24),
)
# The vendor's table: one landscape page wide at about 85 % on A4, 80 % on Letter.
VENDOR_COLUMNS: tuple[tuple[str, float], ...] = (
    ("section", 12), ("item", 19), ("question", 30), ("status", 13), ("cited", 40),
    ("position", 15), ("vendor_response", 36),
)
VENDOR_NOTES_COLUMN = ("notes", 26)

# The vendor workbook's own wording: neutral status words (no "Missing" verdict
# on the vendor's contract) and the drop-down of positions.
VENDOR_WORDS: dict[str, dict[str, str]] = {
    "en": {"met": "Addressed", "vague": "Needs clarification",
           "missing": "Not found in the contract", "cited": "Cited clause",
           "position": "Your position", "notes": "Notes from the reviewer",
           "confidence": "Tool's confidence", "override_note": "Override reason",
           "summary_intro": "Please answer each item in the blue columns and return this file.",
           "to_answer": "Items to answer",
           "position_prompt": "Choose from the list, then explain in the next column.",
           "position_error": "Please choose one of the positions in the list."},
    "zh": {"met": "已涵盖", "vague": "需澄清", "missing": "合同中未找到", "cited": "引用条款",
           "position": "贵方立场", "notes": "审核人的说明", "confidence": "工具置信度",
           "override_note": "修改理由",
           "summary_intro": "请在蓝色列中逐项答复，并将此文件发回。", "to_answer": "待答复项数",
           "position_prompt": "请从列表中选择，并在右侧一列中说明。",
           "position_error": "请从列表中选择一项立场。"},
}
POSITIONS: dict[str, tuple[str, ...]] = {
    "en": ("Agreed", "Already covered", "Will propose wording", "Cannot agree"),
    "zh": ("同意", "已涵盖", "将提出修改文本", "无法同意"),
}
AUDIENCES = ("vendor", "internal")


def vendor_words(lang: Language) -> dict[str, str]:
    return VENDOR_WORDS["zh" if lang == "zh" else "en"]


def neutral_status(status: Status, lang: Language) -> str:
    return vendor_words(lang)[status.value]


STATUS_FILLS = {
    Status.MET: PatternFill("solid", fgColor="C6EFCE"),
    Status.VAGUE: PatternFill("solid", fgColor="FFEB9C"),
    Status.MISSING: PatternFill("solid", fgColor="FFC7CE"),
}
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
RESPONSE_FILL = PatternFill("solid", fgColor="DDEBF7")  # where the vendor types
THIN = Side(style="thin", color="BFBFBF")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


LINE_POINTS = 15.0  # one line of 11 pt Calibri
CJK_LINE_POINTS = 16.5  # one line of 11 pt SimSun / DengXian / WenQuanYi
MAX_ROW_POINTS = 409.0  # Excel's limit


LATIN_UNITS = 0.9  # an average Latin character is narrower than the digit "0" a unit is


def _display_width(text: str) -> float:
    """Column-width units a line needs: a CJK or full-width character two, a Latin one
    0.9 (measured on LibreOffice's printout, where DejaVu Sans stands in for Calibri;
    Calibri itself is narrower, so Excel shows the text whole too)."""
    return sum(2.0 if ord(ch) >= 0x2E80 else LATIN_UNITS for ch in text)


def row_height(values: list[str], widths: list[float]) -> float:
    """Points a row needs so wrapped text shows whole.

    Spreadsheet programs do not re-measure rows of a file they open (LibreOffice
    draws the lines over each other), so the height is estimated here.
    """
    lines = 1
    cjk = False
    for value, width in zip(values, widths, strict=True):
        per_line = max(1, int(width) - 1)
        n = sum(max(1, math.ceil(_display_width(part) / per_line)) for part in value.split("\n"))
        lines = max(lines, n if value else 1)
        cjk = cjk or any(ord(ch) >= 0x2E80 for ch in value)
    # A CJK font's lines are taller than Calibri's (the last line was cut in print).
    return min(MAX_ROW_POINTS, (CJK_LINE_POINTS if cjk else LINE_POINTS) * lines + 3)


INTERNAL_EXTRA: tuple[tuple[str, float], ...] = (("override_note", 20), ("confidence", 10))


def _confidence(row: ItemRow) -> str:
    return "" if row.confidence is None else f"{row.confidence:.2f}"


def _row_values(row: ItemRow, lang: Language) -> list[str]:
    """The CSV's and the internal workbook's common columns (see COLUMNS)."""
    return [
        row.item_id,
        row.section_title,
        row.title,
        status_label(row.status, lang),
        status_label(row.tool_status, lang),
        row.finding,
        row.evidence_quote,
        row.clause_page,
        row.deviation,
        row.question,
        row.vendor_response,
        row.reviewer_note,
    ]


def _header(key: str, lang: Language) -> str:
    if key in ("cited", "position", "notes", "confidence"):
        return vendor_words(lang)[key]
    return label(key, lang)


def _internal_sheet(ws: Worksheet, rows: list[ItemRow], lang: Language, paper: str,
                    contract: str) -> None:
    columns = COLUMNS + INTERNAL_EXTRA
    headers = [ID_HEADER] + [_header(key, lang) for key, _ in columns]
    _write_header(ws, headers)
    response_col = 2 + [k for k, _ in COLUMNS].index("vendor_response")
    status_col = 2 + [k for k, _ in COLUMNS].index("status")
    for r, row in enumerate(rows, start=2):
        values = [*_row_values(row, lang), row.override_note if row.overridden else "",
                  _confidence(row)]
        _write_row(ws, r, values, [w for _, w in columns])
        ws.cell(row=r, column=status_col).fill = STATUS_FILLS[row.status]
        ws.cell(row=r, column=status_col + 1).fill = STATUS_FILLS[row.tool_status]
        ws.cell(row=r, column=response_col).fill = RESPONSE_FILL
    _layout(ws, headers, columns, len(rows), "D2")
    # Section and item repeat on the second page across.
    table_print_setup(ws, paper, contract, lang, pages_wide=2, title_columns="B:C")


def _write_row(ws: Worksheet, r: int, values: list[str], widths: list[float]) -> None:
    for col, value in enumerate(values, start=1):
        cell = ws.cell(row=r, column=col)
        set_text(cell, value)
        cell.alignment = WRAP
        cell.border = BORDER
    ws.row_dimensions[r].height = row_height(values[1:], widths)


def _write_header(ws: Worksheet, headers: list[str]) -> None:
    for col, text in enumerate(headers, start=1):
        cell = ws.cell(row=1, column=col)
        set_text(cell, text)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = WRAP
        cell.border = BORDER


def _vendor_sheet(ws: Worksheet, rows: list[ItemRow], lang: Language,
                  include_notes: bool, paper: str, contract: str) -> None:
    """Item, question, neutral status, cited clause, position (drop-down), answer.

    Only the position and answer cells can be edited (sheet protection, no password).
    """
    columns = list(VENDOR_COLUMNS)
    if include_notes:
        columns.append(VENDOR_NOTES_COLUMN)
    headers = [ID_HEADER] + [_header(key, lang) for key, _ in columns]
    _write_header(ws, headers)
    keys = [k for k, _ in columns]
    position_col, status_col = 2 + keys.index("position"), 2 + keys.index("status")
    for r, row in enumerate(rows, start=2):
        cited = "\n".join(p for p in (row.clause_page, row.evidence_quote) if p)
        values = [row.item_id, row.section_title, row.title, row.question,
                  neutral_status(row.status, lang), cited, "", row.vendor_response]
        if include_notes:
            values.append("\n".join(p for p in (row.reviewer_note, row.override_note) if p))
        _write_row(ws, r, values, [w for _, w in columns])
        ws.cell(row=r, column=status_col).fill = STATUS_FILLS[row.status]
        ws.cell(row=r, column=position_col).fill = RESPONSE_FILL
        ws.cell(row=r, column=position_col + 1).fill = RESPONSE_FILL
    if rows:
        _position_choices(ws, position_col, len(rows), lang)
        for col in (position_col, position_col + 1):
            unlock(ws, col, 2, len(rows) + 1)
    _layout(ws, headers, columns, len(rows), "D2")
    table_print_setup(ws, paper, contract, lang)
    protect(ws)


def _position_choices(ws: Worksheet, column: int, n_rows: int, lang: Language) -> None:
    """The drop-down of positions; another value is refused with a message."""
    from openpyxl.worksheet.datavalidation import DataValidation

    words = vendor_words(lang)
    choices = ",".join(POSITIONS["zh" if lang == "zh" else "en"])
    dv = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True,
                        showDropDown=False, showErrorMessage=True, showInputMessage=True,
                        errorTitle=words["position"], error=words["position_error"],
                        promptTitle=words["position"], prompt=words["position_prompt"])
    letter = get_column_letter(column)
    dv.add(f"{letter}2:{letter}{n_rows + 1}")
    ws.add_data_validation(dv)


def _layout(ws: Worksheet, headers: list[str], columns: tuple[tuple[str, float], ...]
            | list[tuple[str, float]], n_rows: int, freeze: str) -> None:
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["A"].hidden = True
    for i, (_, width) in enumerate(columns, start=2):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = freeze  # header row and the section/item columns stay visible
    last = get_column_letter(len(headers))
    ws.auto_filter.ref = f"A1:{last}{n_rows + 1}"
    ws.row_dimensions[1].height = row_height(headers[1:], [w for _, w in columns])


def _summary_sheet(
    ws: Worksheet, review: Review, rows: list[ItemRow], annotations: Annotations,
    checklist: Checklist | None, lang: Language,
) -> None:
    cl_title = checklist.title.get(lang) if checklist is not None else review.checklist_id
    pairs: list[tuple[str, object]] = [
        (label("contract", lang), Path(review.document.path).name),
        (label("checklist", lang),
         f"{cl_title} ({review.checklist_id}, {label('version', lang)} "
         f"{review.checklist_version})"),
        (label("date", lang), date.today().isoformat()),
        (label("reviewer", lang), annotations.reviewer),
        # After the reviewer's overrides, like the reports (the JSON keeps the tool's).
        (label("score", lang), round(effective_scores(review, rows, checklist)[0], 1)),
        ("", None),
        (label("status", lang), label("count", lang)),
    ]
    for status in Status:
        pairs.append((status_label(status, lang), sum(1 for r in rows if r.status == status)))
    pairs.append((label("total", lang), len(rows)))
    for r, (key, value) in enumerate(pairs, start=1):
        set_text(ws.cell(row=r, column=1), key)
        ws.cell(row=r, column=1).font = Font(bold=True)
        set_text(ws.cell(row=r, column=2), value)
        ws.cell(row=r, column=2).alignment = Alignment(horizontal="left", wrap_text=True)
    for status_row, status in enumerate(Status, start=8):
        ws.cell(row=status_row, column=1).fill = STATUS_FILLS[status]
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 60


def _meta_sheet(ws: Worksheet, review: Review, lang: Language) -> None:
    pairs = [
        ("format", META_MARKER),
        ("contract_name", Path(review.document.path).name),
        ("contract_sha256", review.document.sha256),
        ("checklist_id", review.checklist_id),
        ("checklist_version", review.checklist_version),
        ("lang", lang),
    ]
    for r, (key, value) in enumerate(pairs, start=1):
        set_text(ws.cell(row=r, column=1), key)
        set_text(ws.cell(row=r, column=2), value)
    ws.sheet_state = "hidden"


def _vendor_summary(ws: Worksheet, review: Review, rows: list[ItemRow],
                    checklist: Checklist | None, lang: Language) -> None:
    words = vendor_words(lang)
    cl_title = checklist.title.get(lang) if checklist is not None else review.checklist_id
    pairs: list[tuple[str, object]] = [
        ("", words["summary_intro"]),
        (label("contract", lang), Path(review.document.path).name),
        (label("checklist", lang), cl_title),
        (label("date", lang), date.today().isoformat()),
        (words["to_answer"], sum(1 for r in rows if r.question)),
    ]
    for r, (key, value) in enumerate(pairs, start=1):
        set_text(ws.cell(row=r, column=1), key)
        ws.cell(row=r, column=1).font = Font(bold=True)
        set_text(ws.cell(row=r, column=2), value)
        ws.cell(row=r, column=2).alignment = Alignment(horizontal="left", wrap_text=True)
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 60


def build_checklist_workbook(
    review: Review, *, lang: Language = Language.EN, annotations: Annotations | None = None,
    checklist: Checklist | None = None, audience: str = "vendor", include_notes: bool = False,
    paper: str | None = None,
) -> Workbook:
    """The workbook in memory (for tests and the GUI's preview). ``audience``:
    "vendor" (what the vendor may see) or "internal" (everything); ``paper``:
    "a4" or "letter" (None: the locale's)."""
    if audience not in AUDIENCES:
        raise ValueError(f"audience must be one of {AUDIENCES}, not {audience!r}")
    annotations = annotations or Annotations()
    checklist = resolve_checklist(checklist, review.checklist_id)
    rows = item_rows(review, annotations, checklist, lang)
    wb = Workbook()
    ws = wb.active
    ws.title = label("checklist_sheet", lang)
    summary = wb.create_sheet(label("summary_sheet", lang))
    paper = resolve_paper(paper)
    contract = Path(review.document.path).name
    if audience == "vendor":
        _vendor_sheet(ws, rows, lang, include_notes, paper, contract)
        _vendor_summary(summary, review, rows, checklist, lang)
        protect(summary)
    else:
        _internal_sheet(ws, rows, lang, paper, contract)
        _summary_sheet(summary, review, rows, annotations, checklist, lang)
    summary_print_setup(summary, paper, contract, lang)
    _meta_sheet(wb.create_sheet(META_SHEET), review, lang)
    return wb


def write_internal_xlsx(
    review: Review, path: str | Path, *, lang: Language = Language.EN,
    annotations: Annotations | None = None, checklist: Checklist | None = None,
    paper: str | None = None,
) -> Path:
    """The internal workbook: both statuses, findings, override reasons, notes."""
    return write_checklist_xlsx(review, path, lang=lang, annotations=annotations,
                                checklist=checklist, audience="internal", paper=paper)


def write_checklist_xlsx(
    review: Review, path: str | Path, *, lang: Language = Language.EN,
    annotations: Annotations | None = None, checklist: Checklist | None = None,
    audience: str = "vendor", include_notes: bool = False, paper: str | None = None,
) -> Path:
    """Write the checklist workbook atomically (the vendor's unless ``audience`` is
    "internal"); returns the path written."""
    wb = build_checklist_workbook(review, lang=lang, annotations=annotations,
                                  checklist=checklist, audience=audience,
                                  include_notes=include_notes, paper=paper)
    write_atomic(path, lambda tmp: wb.save(tmp))
    return Path(path)


__all__ = ["ID_HEADER", "META_MARKER", "META_SHEET", "POSITIONS", "build_checklist_workbook",
           "neutral_status", "write_checklist_xlsx", "write_internal_xlsx"]
