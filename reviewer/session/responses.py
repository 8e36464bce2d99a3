"""Importing the vendor's answers from the checklist workbook they send back.

The workbook written by `reviewer.export.xlsx` carries a hidden item-id column
and a hidden sheet naming the contract (SHA-256) and the checklist (id,
version). Vendors re-sort rows, add columns, rename sheets and translate
headers; none of that matters here: rows are matched by item id, the sheets
are found by their content, and the response column by its header in either
language. A workbook made for another contract or checklist is refused.

Only ``vendor_response`` is ever written: the reviewer's notes, overrides and
everything else in `Annotations` stay as they are, and an empty answer in the
workbook never erases one imported earlier.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reviewer.annotations import Annotations
from reviewer.errors import ReviewerError
from reviewer.export.labels import all_labels
from reviewer.export.xlsx import ID_HEADER, META_MARKER
from reviewer.language import Language
from reviewer.review import Review

HEADER_SCAN_ROWS = 10  # the vendor may insert a few rows above the header


class ResponseImportError(ReviewerError):
    """A returned workbook cannot be read or belongs to another review."""


@dataclass(frozen=True)
class VendorWorkbook:
    meta: dict[str, str]
    responses: dict[str, str]  # item id -> answer (may be empty)
    sheet: str


@dataclass(frozen=True)
class ImportSummary:
    updated: tuple[str, ...]  # item ids whose vendor response changed
    unchanged: tuple[str, ...]  # answered, same text as already imported
    unanswered: tuple[str, ...]  # rows the vendor left empty
    unknown: tuple[str, ...]  # ids in the workbook the review does not have
    not_in_workbook: tuple[str, ...]  # review items with no row in the workbook

    def message(self, lang: Language = Language.EN) -> str:
        """One sentence for the status bar or the terminal, in ``lang``."""
        if lang == "zh":
            text = f"已导入 {len(self.updated)} 条供应商答复"
            if self.unchanged:
                text += f"，{len(self.unchanged)} 条与之前相同"
            if self.unanswered:
                text += f"，{len(self.unanswered)} 项未答复"
            text += "。"
            if self.unknown:
                text += f"已忽略未知检查项编号的行：{'、'.join(self.unknown)}。"
            if self.not_in_workbook:
                text += f"工作簿中缺少的检查项：{'、'.join(self.not_in_workbook)}。"
            return text
        parts = [f"Imported {len(self.updated)} vendor response(s)"]
        if self.unchanged:
            parts.append(f"{len(self.unchanged)} unchanged")
        if self.unanswered:
            parts.append(f"{len(self.unanswered)} item(s) left unanswered")
        text = ", ".join(parts) + "."
        if self.unknown:
            text += f" Ignored rows with unknown item ids: {', '.join(self.unknown)}."
        if self.not_in_workbook:
            text += f" Rows missing from the workbook: {', '.join(self.not_in_workbook)}."
        return text


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _norm(value: Any) -> str:
    return " ".join(_text(value).split()).casefold()


def _open(path: Path) -> Any:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    if not path.exists():
        raise ResponseImportError(f"Cannot find {path}. Check the file name and folder.")
    if path.suffix.lower() in (".xls", ".csv", ".ods", ".numbers"):
        raise ResponseImportError(
            f"{path.name} is not an .xlsx workbook. Ask the vendor to return the checklist "
            "as .xlsx, or open it in a spreadsheet program and save it as Excel Workbook "
            "(.xlsx).")
    try:
        return load_workbook(path, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ResponseImportError(
            f"Cannot read {path.name} as an Excel workbook ({exc}). Make sure it is the "
            "checklist .xlsx the vendor returned and that it is not open in another program."
        ) from exc


def _find_meta(wb: Any) -> dict[str, str] | None:
    for ws in wb.worksheets:
        if _text(ws.cell(row=1, column=2).value) == META_MARKER:
            return {_text(r[0]): _text(r[1]) for r in ws.iter_rows(max_col=2, values_only=True)
                    if r[0] is not None}
    return None


def _find_table(wb: Any) -> tuple[Any, int, int, int] | None:
    """(sheet, header row, id column, response column) of the checklist table."""
    response_headers = {_norm(h) for h in all_labels("vendor_response")}
    for ws in wb.worksheets:
        for r, row in enumerate(ws.iter_rows(max_row=HEADER_SCAN_ROWS, values_only=True), 1):
            cells = [_norm(v) for v in row]
            if ID_HEADER in cells:
                id_col = cells.index(ID_HEADER) + 1
                resp = [i + 1 for i, c in enumerate(cells) if c in response_headers]
                if not resp:
                    raise ResponseImportError(
                        f"The sheet '{ws.title}' has no '{all_labels('vendor_response')[0]}' "
                        "column. Ask the vendor to keep that column's header as exported.")
                return ws, r, id_col, resp[0]
    return None


def read_vendor_workbook(path: str | Path) -> VendorWorkbook:
    """Read the returned workbook's record and answers, without judging them."""
    path = Path(path)
    wb = _open(path)
    meta = _find_meta(wb)
    if meta is None:
        raise ResponseImportError(
            f"{path.name} was not exported by Contract Reviewer, or its hidden "
            "'reviewer-meta' sheet was deleted, so it cannot be matched to this review. "
            "Send the vendor a fresh checklist (File > Export) and ask them to fill in that "
            "file.")
    table = _find_table(wb)
    if table is None:
        raise ResponseImportError(
            f"{path.name} has no checklist sheet with the hidden '{ID_HEADER}' column. Ask "
            "the vendor to fill in the exported sheet rather than copy it to a new file.")
    ws, header_row, id_col, resp_col = table
    responses: dict[str, str] = {}
    for row in ws.iter_rows(min_row=header_row + 1, values_only=True):
        item_id = _text(row[id_col - 1]) if len(row) >= id_col else ""
        if not item_id:
            continue
        answer = _text(row[resp_col - 1]) if len(row) >= resp_col else ""
        previous = responses.get(item_id, "")
        # A row the vendor duplicated to answer twice: keep both answers.
        if previous and answer and answer != previous:
            answer = previous + "\n" + answer
        responses[item_id] = answer or previous
    return VendorWorkbook(meta=meta, responses=responses, sheet=ws.title)


def check_same_review(review: Review, meta: dict[str, str], name: str,
                      contract_sha256: str = "") -> None:
    """Refuse a workbook exported for another contract or checklist."""
    sha = meta.get("contract_sha256", "")
    ours = review.document.sha256 or contract_sha256
    if sha and ours and sha != ours:
        raise ResponseImportError(
            f"{name} belongs to another contract ({meta.get('contract_name') or 'unknown'}), "
            f"not to {Path(review.document.path).name}. Open the review of that contract, "
            "or import the workbook the vendor returned for this one.")
    cl_id, cl_version = meta.get("checklist_id", ""), meta.get("checklist_version", "")
    if (cl_id, cl_version) != (review.checklist_id, review.checklist_version):
        raise ResponseImportError(
            f"{name} was made for checklist '{cl_id}' version {cl_version}, but this review "
            f"uses '{review.checklist_id}' version {review.checklist_version}. Export the "
            "checklist again from this review and send that to the vendor.")


def import_vendor_responses(
    review: Review, annotations: Annotations | None, path: str | Path,
    contract_sha256: str = "",
) -> tuple[Annotations, ImportSummary]:
    """Attach the vendor's answers to the review's items; returns new annotations.

    ``contract_sha256`` identifies the contract when the review itself does not
    carry its hash (a review file stores it beside the review).
    """
    annotations = annotations or Annotations()
    book = read_vendor_workbook(path)
    check_same_review(review, book.meta, Path(path).name, contract_sha256)
    known = [f.item_id for f in review.findings]
    updated: list[str] = []
    unchanged: list[str] = []
    unanswered: list[str] = []
    for item_id in known:
        if item_id not in book.responses:
            continue
        answer = book.responses[item_id]
        if not answer:
            unanswered.append(item_id)
        elif answer == annotations.item(item_id).vendor_response:
            unchanged.append(item_id)
        else:
            annotations = annotations.with_item(item_id, vendor_response=answer)
            updated.append(item_id)
    summary = ImportSummary(
        updated=tuple(updated),
        unchanged=tuple(unchanged),
        unanswered=tuple(unanswered),
        unknown=tuple(i for i in book.responses if i not in known),
        not_in_workbook=tuple(i for i in known if i not in book.responses),
    )
    return annotations, summary
