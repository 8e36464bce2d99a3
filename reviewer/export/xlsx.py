"""The XLSX review checklist: the file the vendor fills in and sends back.

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


def _row_values(row: ItemRow, lang: Language) -> list[str]:
    return [
        row.item_id,
        row.section_title,
        row.title,
        status_label(row.status, lang),
        status_label(row.tool_status, lang),
        "\n".join(p for p in (row.finding, row.override_note) if p),
        row.evidence_quote,
        row.clause_page,
        row.deviation,
        row.question,
        row.vendor_response,
        row.reviewer_note,
    ]


def _checklist_sheet(ws: Worksheet, rows: list[ItemRow], lang: Language) -> None:
    headers = [ID_HEADER] + [label(key, lang) for key, _ in COLUMNS]
    for col, text in enumerate(headers, start=1):
        cell = ws.cell(row=1, column=col)
        set_text(cell, text)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = WRAP
        cell.border = BORDER
    response_col = 2 + [k for k, _ in COLUMNS].index("vendor_response")
    status_col = 2 + [k for k, _ in COLUMNS].index("status")
    for r, row in enumerate(rows, start=2):
        for col, value in enumerate(_row_values(row, lang), start=1):
            cell = ws.cell(row=r, column=col)
            set_text(cell, value)
            cell.alignment = WRAP
            cell.border = BORDER
        ws.cell(row=r, column=status_col).fill = STATUS_FILLS[row.status]
        ws.cell(row=r, column=status_col + 1).fill = STATUS_FILLS[row.tool_status]
        ws.cell(row=r, column=response_col).fill = RESPONSE_FILL
        values = _row_values(row, lang)[1:]
        ws.row_dimensions[r].height = row_height(values, [w for _, w in COLUMNS])
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["A"].hidden = True
    for i, (_, width) in enumerate(COLUMNS, start=2):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "D2"  # header row and the section/item columns stay visible
    last = get_column_letter(len(headers))
    ws.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
    ws.row_dimensions[1].height = row_height([label(k, lang) for k, _ in COLUMNS],
                                             [w for _, w in COLUMNS])
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


def build_checklist_workbook(
    review: Review, *, lang: Language = Language.EN, annotations: Annotations | None = None,
    checklist: Checklist | None = None,
) -> Workbook:
    """The workbook in memory (for tests and the GUI's preview)."""
    annotations = annotations or Annotations()
    checklist = resolve_checklist(checklist, review.checklist_id)
    rows = item_rows(review, annotations, checklist, lang)
    wb = Workbook()
    ws = wb.active
    ws.title = label("checklist_sheet", lang)
    _checklist_sheet(ws, rows, lang)
    _summary_sheet(wb.create_sheet(label("summary_sheet", lang)), review, rows, annotations,
                   checklist, lang)
    _meta_sheet(wb.create_sheet(META_SHEET), review, lang)
    return wb


def write_checklist_xlsx(
    review: Review, path: str | Path, *, lang: Language = Language.EN,
    annotations: Annotations | None = None, checklist: Checklist | None = None,
) -> Path:
    """Write the vendor checklist workbook atomically; returns the path written."""
    wb = build_checklist_workbook(review, lang=lang, annotations=annotations,
                                  checklist=checklist)
    write_atomic(path, lambda tmp: wb.save(tmp))
    return Path(path)


__all__ = ["ID_HEADER", "META_MARKER", "META_SHEET", "build_checklist_workbook",
           "write_checklist_xlsx"]
