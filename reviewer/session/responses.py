"""Importing the vendor's answers from the checklist workbook they send back.

The workbook written by `reviewer.export.xlsx` carries a hidden item-id column
and a hidden sheet naming the contract (SHA-256) and the checklist (id,
version). Vendors re-sort rows, add columns, rename sheets and translate
headers; none of that matters here: rows are matched by item id, the sheets
are found by their content, and the response column by its header in either
language. A workbook made for another contract or checklist is refused, and so
is one whose contract fingerprint was blanked. The file is read by
`reviewer.session.vendor_xlsx` within the limits of `reviewer.limits`; each
answer is bounded (Excel's own cell limit) and cleaned of control characters.

Only ``vendor_response`` is ever written: the reviewer's notes, overrides and
everything else in `Annotations` stay as they are, and an empty answer in the
workbook never erases one imported earlier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reviewer import limits
from reviewer.annotations import Annotations
from reviewer.export.labels import all_labels
from reviewer.export.xlsx import ID_HEADER, META_MARKER
from reviewer.language import Language
from reviewer.review import Review
from reviewer.session.vendor_xlsx import ResponseImportError, Sheet, XlsxReader

HEADER_SCAN_ROWS = 10  # the vendor may insert a few rows above the header
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class VendorWorkbook:
    meta: dict[str, str]
    responses: dict[str, str]  # item id -> answer (may be empty)
    sheet: str
    # The checklist table as read (content cells only), for the import preview's
    # status and position columns: read once, within the limits, never re-parsed.
    rows: tuple[tuple[int, dict[int, str]], ...] = ()
    header_row: int = 0
    id_col: int = 0


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


def cell_text(value: Any) -> str:
    """A workbook cell as text: "" for empty, 3.0 as "3", stripped."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def norm_cell(value: Any) -> str:
    """A cell's text for comparing: whitespace folded, case folded."""
    return " ".join(cell_text(value).split()).casefold()


# C0 controls other than tab and newline (and DEL): they cannot be written to an
# .xlsx or .docx export, so an answer carrying one would break every later export.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_answer(text: str) -> str:
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def _sheets(path: Path) -> list[Sheet]:
    if not path.exists():
        raise ResponseImportError(f"Cannot find {path}. Check the file name and folder.")
    if path.suffix.lower() in (".xls", ".csv", ".ods", ".numbers"):
        raise ResponseImportError(
            f"{path.name} is not an .xlsx workbook. Ask the vendor to return the checklist "
            "as .xlsx, or open it in a spreadsheet program and save it as Excel Workbook "
            "(.xlsx).")
    if not path.is_file():
        raise ResponseImportError(
            f"{path} is not a regular file. Choose the .xlsx workbook the vendor returned.")
    with XlsxReader(path) as reader:
        return list(reader.sheets())


def _find_meta(sheets: list[Sheet]) -> dict[str, str] | None:
    for sheet in sheets:
        first = dict(sheet.rows[:1])
        if sheet.rows and sheet.rows[0][0] == 1 and cell_text(first[1].get(2)) == META_MARKER:
            return {cell_text(cells.get(1)): cell_text(cells.get(2)) for _, cells in sheet.rows
                    if cells.get(1)}
    return None


def _find_table(sheets: list[Sheet]) -> tuple[Sheet, int, int, int] | None:
    """(sheet, header row, id column, response column) of the checklist table."""
    response_headers = {norm_cell(h) for h in all_labels("vendor_response")}
    for sheet in sheets:
        for number, cells in sheet.rows:
            if number > HEADER_SCAN_ROWS:
                break
            normed = {col: norm_cell(v) for col, v in cells.items()}
            id_cols = sorted(c for c, v in normed.items() if v == ID_HEADER)
            if id_cols:
                resp = sorted(c for c, v in normed.items() if v in response_headers)
                if not resp:
                    raise ResponseImportError(
                        f"The sheet '{sheet.title}' has no "
                        f"'{all_labels('vendor_response')[0]}' column. Ask the vendor to keep "
                        "that column's header as exported.")
                return sheet, number, id_cols[0], resp[0]
    return None


def read_vendor_workbook(path: str | Path) -> VendorWorkbook:
    """Read the returned workbook's record and answers, without judging them."""
    path = Path(path)
    sheets = _sheets(path)
    meta = _find_meta(sheets)
    if meta is None:
        raise ResponseImportError(
            f"{path.name} was not exported by Contract Reviewer, or its hidden "
            "'reviewer-meta' sheet was deleted, so it cannot be matched to this review. "
            "Send the vendor a fresh checklist (File > Export) and ask them to fill in that "
            "file.")
    table = _find_table(sheets)
    if table is None:
        raise ResponseImportError(
            f"{path.name} has no checklist sheet with the hidden '{ID_HEADER}' column. Ask "
            "the vendor to fill in the exported sheet rather than copy it to a new file.")
    sheet, header_row, id_col, resp_col = table
    cap = limits.ANSWER_CHARS
    responses: dict[str, str] = {}
    for number, cells in sheet.rows:
        if number <= header_row:
            continue
        item_id = cell_text(cells.get(id_col))
        if not item_id:
            continue
        if len(item_id) > 200:
            continue  # not an item id we ever wrote; reported as unknown below if short
        answer = clean_answer(cells.get(resp_col, ""))
        previous = responses.get(item_id, "")
        # A row the vendor duplicated to answer twice: keep both answers.
        if previous and answer and answer != previous:
            answer = previous + "\n" + answer
        if len(answer) > cap.value:
            raise ResponseImportError(cap.message(
                f"The answer to '{item_id}' in {path.name}", len(answer),
                advice="Excel cannot hold a longer answer in one cell; ask the vendor to "
                "shorten it or attach a document instead."))
        responses[item_id] = answer or previous
    return VendorWorkbook(meta=meta, responses=responses, sheet=sheet.title, rows=sheet.rows,
                          header_row=header_row, id_col=id_col)


def check_same_review(review: Review, meta: dict[str, str], name: str,
                      contract_sha256: str = "") -> None:
    """Refuse a workbook exported for another contract or checklist.

    The workbook must name the contract's SHA-256: a blanked or edited record is
    refused rather than trusted, so answers are never attached to another contract.
    """
    if meta.get("format", META_MARKER) != META_MARKER:
        raise ResponseImportError(
            f"{name} was made by another version of the workbook format "
            f"('{meta.get('format', '')[:40]}'). Export the checklist again from this review "
            "and send that to the vendor.")
    sha = meta.get("contract_sha256", "").strip().lower()
    ours = (review.document.sha256 or contract_sha256).lower()
    if not sha or not _SHA256.fullmatch(sha):
        raise ResponseImportError(
            f"{name} does not say which contract it belongs to: the contract fingerprint in "
            "its hidden 'reviewer-meta' sheet is missing or was edited. It cannot be matched "
            "to this review safely. Export the checklist again from this review and ask the "
            "vendor to fill in that file without changing the hidden sheet.")
    if ours and sha != ours:
        raise ResponseImportError(
            f"{name} belongs to another contract ({meta.get('contract_name') or 'unknown'}), "
            f"not to {Path(review.document.path).name}. Open the review of that contract, "
            "or import the workbook the vendor returned for this one.")
    cl_id, cl_version = meta.get("checklist_id", ""), meta.get("checklist_version", "")
    if (cl_id, cl_version) != (review.checklist_id, review.checklist_version):
        raise ResponseImportError(
            f"{name} was made for checklist '{cl_id[:80]}' version {cl_version[:40]}, but this "
            f"review uses '{review.checklist_id}' version {review.checklist_version}. Export "
            "the checklist again from this review and send that to the vendor.")


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
