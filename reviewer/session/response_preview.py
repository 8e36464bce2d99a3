"""What importing the vendor's returned workbook would change, before it changes.

`preview_vendor_responses` reads the workbook (through
`reviewer.session.responses`, which matches rows by the hidden item id and
refuses a workbook made for another contract or checklist) and sorts every
row into: new answers, changed answers (old and new text), answers already
imported, items left unanswered, rows that match no item (a row the vendor
added, such as "our standard terms prevail"), and statuses the vendor edited.
A refused workbook gives a preview with the reason and nothing to apply.

The GUI's Import Vendor Answers window and ``reviewer responses import
--dry-run`` show the same preview; applying it is replacing the annotations
with `ResponsePreview.annotations` (one undoable step in the GUI).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from reviewer.annotations import Annotations
from reviewer.export.labels import all_labels, status_label
from reviewer.export.xlsx import VENDOR_WORDS, neutral_status
from reviewer.language import Language
from reviewer.review import Review, Status
from reviewer.session.responses import (
    ResponseImportError,
    VendorWorkbook,
    cell_text,
    check_same_review,
    norm_cell,
    read_vendor_workbook,
)


@dataclass(frozen=True)
class AnswerChange:
    item_id: str
    old: str
    new: str


@dataclass(frozen=True)
class StatusEdit:
    item_id: str
    ours: str  # the status the workbook was given, in its words
    vendor: str  # what the vendor wrote there


@dataclass(frozen=True)
class UnmatchedRow:
    row: int  # the spreadsheet row number
    item_id: str  # "" for a row the vendor added
    text: str


@dataclass(frozen=True)
class ResponsePreview:
    workbook: str
    refused: str = ""  # why nothing can be imported; "" when it can
    new: tuple[AnswerChange, ...] = ()
    changed: tuple[AnswerChange, ...] = ()
    unchanged: tuple[str, ...] = ()
    unanswered: tuple[str, ...] = ()
    unmatched: tuple[UnmatchedRow, ...] = ()
    status_edits: tuple[StatusEdit, ...] = ()
    still_open: tuple[str, ...] = ()  # answered, but still vague or missing
    annotations: Annotations | None = None  # the result of applying it
    titles: Mapping[str, str] = field(default_factory=dict)

    @property
    def applicable(self) -> bool:
        return not self.refused and bool(self.new or self.changed)

    def title(self, item_id: str) -> str:
        return self.titles.get(item_id, item_id)

    def lines(self) -> list[str]:
        """The per-item preview as text (what ``--dry-run`` prints)."""
        if self.refused:
            return [f"Refused: {self.refused}"]
        out = [f"{self.workbook}: {len(self.new)} new answer(s), {len(self.changed)} changed, "
               f"{len(self.unchanged)} unchanged, {len(self.unanswered)} unanswered, "
               f"{len(self.unmatched)} row(s) matching no item, "
               f"{len(self.status_edits)} status(es) edited by the vendor."]
        for c in self.new:
            out.append(f"  new      {self.title(c.item_id)}: {_one_line(c.new)}")
        for c in self.changed:
            out.append(f"  changed  {self.title(c.item_id)}: {_one_line(c.old)!r} -> "
                       f"{_one_line(c.new)!r}")
        for u in self.unmatched:
            where = f"row {u.row}" + (f", unknown item id {u.item_id}" if u.item_id else "")
            out.append(f"  no item  ({where}): {_one_line(u.text)}")
        for s in self.status_edits:
            out.append(f"  status   {self.title(s.item_id)}: the vendor changed "
                       f"{s.ours!r} to {s.vendor!r} (statuses are not imported)")
        for item in self.still_open:
            out.append(f"  recheck  {self.title(item)}: answered, still needs your review")
        return out


def _one_line(text: str, limit: int = 100) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


@dataclass
class _Scan:
    statuses: dict[str, str] = field(default_factory=dict)  # item id -> status cell
    positions: dict[str, str] = field(default_factory=dict)  # item id -> drop-down choice
    added_rows: list[UnmatchedRow] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)


def _scan(book: VendorWorkbook) -> _Scan:
    """The status and position columns, and rows without an item id, of the table.

    Works on the rows `read_vendor_workbook` already read within the limits: the
    workbook is not parsed a second time, least of all by a general spreadsheet
    loader (which reads styles.xml and expands every cell up to the largest
    reference, so one cell at XFD1048576 cost minutes and gigabytes).
    """
    scan = _Scan()
    if not book.rows:
        return scan
    status_headers = {norm_cell(h) for h in all_labels("status")}
    position_headers = {norm_cell(w["position"]) for w in VENDOR_WORDS.values()}
    header = next((cells for number, cells in book.rows if number == book.header_row), {})
    normed = {col: norm_cell(v) for col, v in header.items()}
    st = min((c for c, v in normed.items() if v in status_headers), default=None)
    pos = min((c for c, v in normed.items() if v in position_headers), default=None)
    for number, cells in book.rows:
        if number <= book.header_row:
            continue
        item_id = cell_text(cells.get(book.id_col))
        if not item_id:
            text = " | ".join(cell_text(cells[c]) for c in sorted(cells) if cell_text(cells[c]))
            if text:
                scan.added_rows.append(UnmatchedRow(number, "", text))
            continue
        scan.rows.setdefault(item_id, number)
        if st is not None:
            scan.statuses[item_id] = cell_text(cells.get(st))
        if pos is not None and cell_text(cells.get(pos)):
            scan.positions[item_id] = cell_text(cells.get(pos))
    return scan


def _status_words(status: Status) -> set[str]:
    words = {neutral_status(status, lang) for lang in Language}
    words |= {status_label(status, lang) for lang in Language}
    return {norm_cell(w) for w in words}


def _combine(position: str, answer: str) -> str:
    """The drop-down choice and the typed answer as one vendor response."""
    if position and answer:
        return f"{position}: {answer}" if not answer.startswith(position) else answer
    return position or answer


def preview_vendor_responses(
    review: Review, annotations: Annotations | None, path: str | Path,
    contract_sha256: str = "", titles: Mapping[str, str] | None = None,
) -> ResponsePreview:
    """Sort the returned workbook's rows (see the module docstring); nothing is changed."""
    path = Path(path)
    annotations = annotations or Annotations()
    titles = dict(titles or {})
    try:
        book = read_vendor_workbook(path)
        check_same_review(review, book.meta, path.name, contract_sha256)
    except ResponseImportError as exc:
        return ResponsePreview(workbook=path.name, refused=str(exc), titles=titles)
    scan = _scan(book)
    lang = Language.ZH if book.meta.get("lang") == "zh" else Language.EN
    findings = {f.item_id: f for f in review.findings}
    new: list[AnswerChange] = []
    changed: list[AnswerChange] = []
    unchanged: list[str] = []
    unanswered: list[str] = []
    status_edits: list[StatusEdit] = []
    after = annotations
    for item_id, finding in findings.items():
        if item_id not in book.responses:
            continue
        answer = _combine(scan.positions.get(item_id, ""), book.responses[item_id])
        old = annotations.item(item_id).vendor_response
        status = annotations.effective_status(finding)
        cell = scan.statuses.get(item_id, "")
        if cell and norm_cell(cell) not in _status_words(status):
            status_edits.append(StatusEdit(item_id, neutral_status(status, lang), cell))
        if not answer:
            unanswered.append(item_id)
        elif answer == old:
            unchanged.append(item_id)
        else:
            (changed if old else new).append(AnswerChange(item_id, old, answer))
            after = after.with_item(item_id, vendor_response=answer)
    unknown = [UnmatchedRow(scan.rows.get(i, 0), i, _one_line(a)) for i, a in
               book.responses.items() if i not in findings]
    answered = {c.item_id for c in new + changed} | set(unchanged)
    still_open = tuple(i for i in findings if i in answered
                       and after.effective_status(findings[i]) is not Status.MET)
    return ResponsePreview(
        workbook=path.name, new=tuple(new), changed=tuple(changed), unchanged=tuple(unchanged),
        unanswered=tuple(unanswered), unmatched=tuple(scan.added_rows + unknown),
        status_edits=tuple(status_edits), still_open=still_open,
        annotations=after if (new or changed) else annotations, titles=titles)
