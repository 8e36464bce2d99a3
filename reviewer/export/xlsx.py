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
from reviewer.export.report_content import effective_scores
from reviewer.export.rows import ItemRow, item_rows, resolve_checklist
from reviewer.language import Language
from reviewer.review import Review, Status

META_SHEET = "reviewer-meta"
META_MARKER = "contract-reviewer-workbook/1"
ID_HEADER = "item-id"  # machine header of the hidden id column, never translated

# (label key, width); the id column comes first and is hidden.
COLUMNS: tuple[tuple[str, float], ...] = (
    ("section", 18),
    ("item", 28),
    ("status", 13),
    ("tool_status", 13),
    ("finding", 45),
    ("evidence", 60),
    ("clause_page", 14),
    ("deviation", 30),
    ("question", 45),
    ("vendor_response", 45),
    ("reviewer_note", 32),
)

# The vendor workbook's own wording: neutral status words (no "Missing" verdict
# on the vendor's contract) and the drop-down of positions.
VENDOR_WORDS: dict[str, dict[str, str]] = {
    "en": {"met": "Addressed", "vague": "Needs clarification",
           "missing": "Not found in the contract", "cited": "Cited clause",
           "position": "Your position", "notes": "Notes from the reviewer",
           "confidence": "Tool's confidence", "override_note": "Override reason",
           "summary_intro": "Please answer each item in the blue column and return this file.",
           "to_answer": "Items to answer"},
    "zh": {"met": "已涵盖", "vague": "需澄清", "missing": "合同中未找到", "cited": "引用条款",
           "position": "贵方立场", "notes": "审核人的说明", "confidence": "工具置信度",
           "override_note": "修改理由",
           "summary_intro": "请在蓝色列中逐项答复，并将此文件发回。", "to_answer": "待答复项数"},
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
MAX_ROW_POINTS = 409.0  # Excel's limit


def _display_width(text: str) -> int:
    """Column-width units a line needs: CJK and full-width characters count double."""
    return sum(2 if ord(ch) >= 0x2E80 else 1 for ch in text)


def row_height(values: list[str], widths: list[float]) -> float:
    """Points a row needs so wrapped text shows whole.

    Spreadsheet programs do not re-measure rows of a file they open (LibreOffice
    draws the lines over each other), so the height is estimated here.
    """
    lines = 1
    for value, width in zip(values, widths, strict=True):
        per_line = max(1, int(width) - 1)
        n = sum(max(1, -(-_display_width(part) // per_line)) for part in value.split("\n"))
        lines = max(lines, n if value else 1)
    return min(MAX_ROW_POINTS, LINE_POINTS * lines + 3)


INTERNAL_EXTRA: tuple[tuple[str, float], ...] = (("override_note", 30), ("confidence", 12))


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


def _internal_sheet(ws: Worksheet, rows: list[ItemRow], lang: Language) -> None:
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
                  include_notes: bool) -> None:
    """Item, question, neutral status, cited clause, position (drop-down), answer."""
    from openpyxl.worksheet.datavalidation import DataValidation

    columns: list[tuple[str, float]] = [("section", 18), ("item", 28), ("question", 45),
                                        ("status", 16), ("cited", 60), ("position", 20),
                                        ("vendor_response", 50)]
    if include_notes:
        columns += [("notes", 36)]
    headers = [ID_HEADER] + [_header(key, lang) for key, _ in columns]
    _write_header(ws, headers)
    position_col = 1 + [k for k, _ in columns].index("position") + 1
    for r, row in enumerate(rows, start=2):
        cited = "\n".join(p for p in (row.clause_page, row.evidence_quote) if p)
        values = [row.item_id, row.section_title, row.title, row.question,
                  neutral_status(row.status, lang), cited, "", row.vendor_response]
        if include_notes:
            values.append("\n".join(p for p in (row.reviewer_note, row.override_note) if p))
        _write_row(ws, r, values, [w for _, w in columns])
        ws.cell(row=r, column=5).fill = STATUS_FILLS[row.status]
        ws.cell(row=r, column=position_col).fill = RESPONSE_FILL
        ws.cell(row=r, column=position_col + 1).fill = RESPONSE_FILL
    if rows:
        choices = ",".join(POSITIONS["zh" if lang == "zh" else "en"])
        dv = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
        letter = get_column_letter(position_col)
        dv.add(f"{letter}2:{letter}{len(rows) + 1}")
        ws.add_data_validation(dv)
    _layout(ws, headers, columns, len(rows), "D2")


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
    # Printing: landscape, all columns on one page width, header on every page.
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"


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
) -> Workbook:
    """The workbook in memory (for tests and the GUI's preview). ``audience``:
    "vendor" (what the vendor may see) or "internal" (everything)."""
    if audience not in AUDIENCES:
        raise ValueError(f"audience must be one of {AUDIENCES}, not {audience!r}")
    annotations = annotations or Annotations()
    checklist = resolve_checklist(checklist, review.checklist_id)
    rows = item_rows(review, annotations, checklist, lang)
    wb = Workbook()
    ws = wb.active
    ws.title = label("checklist_sheet", lang)
    summary = wb.create_sheet(label("summary_sheet", lang))
    if audience == "vendor":
        _vendor_sheet(ws, rows, lang, include_notes)
        _vendor_summary(summary, review, rows, checklist, lang)
    else:
        _internal_sheet(ws, rows, lang)
        _summary_sheet(summary, review, rows, annotations, checklist, lang)
    _meta_sheet(wb.create_sheet(META_SHEET), review, lang)
    return wb


def write_internal_xlsx(
    review: Review, path: str | Path, *, lang: Language = Language.EN,
    annotations: Annotations | None = None, checklist: Checklist | None = None,
) -> Path:
    """The internal workbook: both statuses, findings, override reasons, notes."""
    return write_checklist_xlsx(review, path, lang=lang, annotations=annotations,
                                checklist=checklist, audience="internal")


def write_checklist_xlsx(
    review: Review, path: str | Path, *, lang: Language = Language.EN,
    annotations: Annotations | None = None, checklist: Checklist | None = None,
    audience: str = "vendor", include_notes: bool = False,
) -> Path:
    """Write the checklist workbook atomically (the vendor's unless ``audience`` is
    "internal"); returns the path written."""
    wb = build_checklist_workbook(review, lang=lang, annotations=annotations,
                                  checklist=checklist, audience=audience,
                                  include_notes=include_notes)
    write_atomic(path, lambda tmp: wb.save(tmp))
    return Path(path)


__all__ = ["ID_HEADER", "META_MARKER", "META_SHEET", "POSITIONS", "build_checklist_workbook",
           "neutral_status", "write_checklist_xlsx", "write_internal_xlsx"]
