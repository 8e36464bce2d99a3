"""The checklist as CSV: same columns as the XLSX, formula-safe, UTF-8 with BOM.

The byte-order mark makes Excel read Chinese text as UTF-8 instead of the
system code page; every other CSV reader ignores it.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from reviewer.annotations import Annotations
from reviewer.atomic import write_bytes_atomic
from reviewer.checklist.model import Checklist
from reviewer.export.formula_guard import csv_safe
from reviewer.export.labels import label, status_label
from reviewer.export.rows import item_rows, resolve_checklist
from reviewer.export.xlsx import COLUMNS, ID_HEADER
from reviewer.language import Language
from reviewer.review import Review


def checklist_csv_text(
    review: Review, *, lang: Language = Language.EN, annotations: Annotations | None = None,
    checklist: Checklist | None = None,
) -> str:
    rows = item_rows(review, annotations, resolve_checklist(checklist, review.checklist_id), lang)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([ID_HEADER] + [label(key, lang) for key, _ in COLUMNS])
    for row in rows:
        values = [
            row.item_id, row.section_title, row.title, status_label(row.status, lang),
            status_label(row.tool_status, lang),
            "\n".join(p for p in (row.finding, row.override_note) if p),
            row.evidence_quote, row.clause_page, row.deviation, row.question,
            row.vendor_response, row.reviewer_note,
        ]
        writer.writerow([csv_safe(v) for v in values])
    return out.getvalue()


def write_checklist_csv(
    review: Review, path: str | Path, *, lang: Language = Language.EN,
    annotations: Annotations | None = None, checklist: Checklist | None = None,
) -> Path:
    text = checklist_csv_text(review, lang=lang, annotations=annotations, checklist=checklist)
    write_bytes_atomic(path, text.encode("utf-8-sig"))
    return Path(path)
