"""Workbooks for decisions: the vendor comparison and the version diff.

Comparison: sheet "Comparison" is the matrix (items x vendors, the status and
key fact per cell, the best cell of a row in bold with a star, policy
deviations below the fact, then the section scores, the total and the
scorecards); then one sheet per vendor with the full checklist of that
review (status, fact, reason, evidence, clause). Version diff: one row per
item with the old and new status, the fact changes, the evidence before and
after and what the vendor promised but the revision lacks.

Every string goes through `formula_guard.set_text`: contract text never runs
as a formula. Files are written atomically.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from reviewer.atomic import write_atomic
from reviewer.compare.vendors import Comparison
from reviewer.export.formula_guard import set_text
from reviewer.export.labels import label, status_label
from reviewer.export.rows import item_rows
from reviewer.export.xlsx import row_height
from reviewer.language import Language
from reviewer.review import Status

if TYPE_CHECKING:
    from reviewer.compare.versions import VersionDiff

FILLS = {
    Status.MET: PatternFill("solid", fgColor="C6EFCE"),
    Status.VAGUE: PatternFill("solid", fgColor="FFEB9C"),
    Status.MISSING: PatternFill("solid", fgColor="FFC7CE"),
}
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

WORDS = {
    "en": {"comparison": "Comparison", "key_fact": "Key fact", "total": "Total score",
           "best": "★ best in row", "not_reviewed": "(not in this review)", "diff": "Changes",
           "old": "Before", "new": "After", "change": "Change", "facts": "Fact changes",
           "old_evidence": "Evidence before", "new_evidence": "Evidence after",
           "text_diff": "Wording changes", "promised": "Promised by the vendor, not in the revision",
           "vendor_response": "Vendor's answer", "carried": "Reviewer's override (carried over)",
           "improved": "Improved", "worse": "Worse", "changed": "Changed", "same": "Unchanged"},
    "zh": {"comparison": "对比", "key_fact": "关键数据", "total": "总分",
           "best": "★ 本行最佳", "not_reviewed": "（本审核无此项）", "diff": "变更",
           "old": "修订前", "new": "修订后", "change": "变化", "facts": "数据变化",
           "old_evidence": "修订前原文", "new_evidence": "修订后原文",
           "text_diff": "文字改动", "promised": "供应商已答复但修订稿未体现",
           "vendor_response": "供应商答复", "carried": "审核人改判（沿用）",
           "improved": "改善", "worse": "变差", "changed": "有改动", "same": "未变"},
}


def _w(key: str, lang: Language) -> str:
    return WORDS["zh" if lang == "zh" else "en"][key]


def _sheet_title(name: str, taken: set[str]) -> str:
    """A valid, unique sheet title: no []:*?/\\, at most 31 characters."""
    base = re.sub(r"[\[\]:*?/\\]", "_", name).strip("' ") or "Vendor"
    title = base[:31]
    n = 2
    while title.lower() in taken:
        suffix = f" ({n})"
        title = base[: 31 - len(suffix)] + suffix
        n += 1
    taken.add(title.lower())
    return title


def _header(ws: Worksheet, values: Sequence[str], widths: Sequence[float]) -> None:
    for col, (value, width) in enumerate(zip(values, widths, strict=True), start=1):
        cell = ws.cell(row=1, column=col)
        set_text(cell, value)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = WRAP
        ws.column_dimensions[get_column_letter(col)].width = width
    _fit_row(ws, 1)
    ws.freeze_panes = "C2"


def _fit_row(ws: Worksheet, row: int) -> None:
    """Give a filled row the height its wrapped text needs (LibreOffice and Excel
    do not re-measure the rows of a file they open: the lines overlap)."""
    columns = range(1, ws.max_column + 1)
    widths = [ws.column_dimensions[get_column_letter(c)].width or 13 for c in columns]
    values = ["" if ws.cell(row=row, column=c).value is None else str(ws.cell(row=row, column=c).value)
              for c in columns]
    ws.row_dimensions[row].height = row_height(values, widths)


def _put(ws: Worksheet, row: int, col: int, value: Any) -> Any:
    cell = ws.cell(row=row, column=col)
    set_text(cell, value)
    cell.alignment = WRAP
    return cell


def _matrix_sheet(ws: Worksheet, cmp: Comparison, lang: Language) -> None:
    cl = cmp.checklist
    _header(ws, [label("section", lang), label("item", lang), *(v.name for v in cmp.vendors)],
            [18, 30, *([34] * len(cmp.vendors))])
    r = 2
    for row in cmp.rows:
        _put(ws, r, 1, cl.section(row.section).title.get(lang))
        _put(ws, r, 2, row.title.get(lang))
        for col, c in enumerate(row.cells, start=3):
            if not c.in_review:
                _put(ws, r, col, _w("not_reviewed", lang))
                continue
            lines = [status_label(c.status, lang) + (" ★" if c.best else "")]
            if c.fact:
                lines.append(c.fact)
            lines += [f"! {d.message.get(lang)}" for d in c.deviations]
            cell = _put(ws, r, col, "\n".join(lines))
            cell.fill = FILLS[c.status]
            if c.best:
                cell.font = BOLD
        _fit_row(ws, r)
        r += 1
    r += 1
    for section in cl.sections:
        _put(ws, r, 1, label("section_score", lang)).font = BOLD
        _put(ws, r, 2, section.title.get(lang))
        for col, scores in enumerate(cmp.section_scores, start=3):
            ws.cell(row=r, column=col, value=round(scores.get(section.id, 0.0), 1))
        r += 1
    _put(ws, r, 1, _w("total", lang)).font = BOLD
    for col, total in enumerate(cmp.totals, start=3):
        ws.cell(row=r, column=col, value=round(total, 1)).font = BOLD
    r += 1
    for k, card in enumerate(cmp.scorecards[0] if cmp.scorecards else ()):
        _put(ws, r, 1, card.title.get(lang)).font = BOLD
        for col, cards in enumerate(cmp.scorecards, start=3):
            score = cards[k].score
            ws.cell(row=r, column=col, value=None if score is None else round(score, 1))
        r += 1
    _put(ws, r + 1, 1, _w("best", lang))


def _vendor_sheet(ws: Worksheet, cmp: Comparison, index: int, lang: Language) -> None:
    vendor = cmp.vendors[index]
    rows = item_rows(vendor.review, vendor.annotations, cmp.checklist, lang)
    facts = {row.item_id: row.cells[index].fact for row in cmp.rows}
    _header(ws, [label(k, lang) for k in ("section", "item", "status", "tool_status")]
            + [_w("key_fact", lang)]
            + [label(k, lang) for k in ("deviation", "finding", "evidence", "clause_page",
                                        "vendor_response", "reviewer_note")],
            [18, 30, 11, 11, 24, 30, 45, 60, 14, 40, 30])
    for r, row in enumerate(rows, start=2):
        values = [row.section_title, row.title, status_label(row.status, lang),
                  status_label(row.tool_status, lang), facts.get(row.item_id, ""), row.deviation,
                  row.finding, row.evidence_quote, row.clause_page, row.vendor_response,
                  row.reviewer_note]
        for col, value in enumerate(values, start=1):
            _put(ws, r, col, value)
        _fit_row(ws, r)
        ws.cell(row=r, column=3).fill = FILLS[row.status]


def build_comparison_workbook(comparison: Comparison, *, lang: Language = Language.EN) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = _w("comparison", lang)
    taken = {ws.title.lower()}
    _matrix_sheet(ws, comparison, lang)
    for i, vendor in enumerate(comparison.vendors):
        _vendor_sheet(wb.create_sheet(_sheet_title(vendor.name, taken)), comparison, i, lang)
    return wb


def write_comparison_xlsx(comparison: Comparison, path: str | Path, *, lang: Language = Language.EN) -> Path:
    """Write the comparison workbook atomically; returns the path written."""
    wb = build_comparison_workbook(comparison, lang=lang)
    write_atomic(path, lambda tmp: wb.save(tmp))
    return Path(path)


# --- version diff -------------------------------------------------------------------

def build_diff_workbook(diff: VersionDiff, *, lang: Language = Language.EN) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = _w("diff", lang)
    _header(ws, [label("section", lang), label("item", lang), _w("old", lang), _w("new", lang),
                 _w("change", lang), _w("facts", lang), _w("text_diff", lang),
                 _w("old_evidence", lang), _w("new_evidence", lang), _w("promised", lang),
                 _w("vendor_response", lang), _w("carried", lang), label("reviewer_note", lang)],
            [16, 28, 11, 11, 12, 34, 50, 45, 45, 14, 36, 16, 30])
    for r, item in enumerate(diff.items, start=2):
        values = [
            diff.section_title(item.section, lang), item.title.get(lang),
            status_label(item.old_status, lang), status_label(item.new_status, lang),
            _w(item.change, lang), "\n".join(f.get(lang) for f in item.fact_changes), item.evidence_diff_text(),
            item.old_evidence, item.new_evidence, "✔" if item.promised_not_delivered else "",
            item.vendor_response,
            status_label(item.carried_override, lang) if item.carried_override else "",
            item.note,
        ]
        for col, value in enumerate(values, start=1):
            _put(ws, r, col, value)
        _fit_row(ws, r)
        ws.cell(row=r, column=3).fill = FILLS[item.old_status]
        ws.cell(row=r, column=4).fill = FILLS[item.new_status]
    return wb


def write_diff_xlsx(diff: VersionDiff, path: str | Path, *, lang: Language = Language.EN) -> Path:
    """Write the version-diff workbook atomically; returns the path written."""
    wb = build_diff_workbook(diff, lang=lang)
    write_atomic(path, lambda tmp: wb.save(tmp))
    return Path(path)
