"""The batch's memory and its summary: what was reviewed, from which content, with what result.

``OUTDIR/batch-manifest.json`` maps each contract (by path relative to the
batch folder) to the SHA-256 of the content reviewed, the outputs written and
its summary row (or error). It is rewritten atomically as the batch runs (at
most once a second, and when it stops), so an interrupted batch (Ctrl+C, a
crash, a closed laptop) keeps what was finished, and the next run skips
contracts whose content is unchanged. A
different checklist (its file's hash) invalidates the whole manifest: every
contract is reviewed again.

The summary (CSV, optionally XLSX) is written from the manifest, so it always
lists every contract of the folder, including those done in earlier runs.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from reviewer.atomic import write_atomic, write_text_atomic

MANIFEST = "batch-manifest.json"
FORMAT = "contract-reviewer/batch-manifest-1"
SUMMARY_CSV = "summary.csv"
SUMMARY_XLSX = "summary.xlsx"
SCORECARD_PREFIX = "scorecard:"

# Summary columns: (row key, header). Scorecard columns are added after these.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("file", "File"),
    ("vendor", "Vendor"),
    ("result", "Result"),
    ("language", "Language"),
    ("score", "Terms score"),
    ("met", "Met"),
    ("vague", "Vague"),
    ("missing", "Missing"),
    ("response", "Top-severity response"),
    ("resolution", "Top-severity resolution"),
    ("availability", "Availability %"),
    ("support_window_months", "Version support (months)"),
    ("breach_notice_hours", "Breach notice (hours)"),
    ("regions", "Data regions"),
    ("credits", "Service credits"),
    ("deviations", "Policy deviations"),
    ("warnings", "Warnings"),
    ("error", "Error"),
)


@dataclass
class Entry:
    sha256: str
    ok: bool
    row: dict[str, Any]
    json: str = ""  # output paths relative to OUTDIR
    xlsx: str = ""
    error: str = ""
    seconds: float = 0.0


@dataclass
class Manifest:
    out_dir: Path
    checklist_key: str
    entries: dict[str, Entry] = field(default_factory=dict)

    @property
    def path(self) -> Path:
        return self.out_dir / MANIFEST

    @classmethod
    def load(cls, out_dir: Path, checklist_key: str) -> Manifest:
        """The manifest in OUTDIR; empty if absent, unreadable or made with another checklist."""
        manifest = cls(out_dir, checklist_key)
        try:
            data = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return manifest
        if (not isinstance(data, dict) or data.get("format") != FORMAT
                or data.get("checklist") != checklist_key):
            return manifest
        for rel, raw in (data.get("files") or {}).items():
            try:
                manifest.entries[rel] = Entry(**raw)
            except TypeError:
                continue  # a damaged entry is simply reviewed again
        return manifest

    def save(self) -> None:
        data = {"format": FORMAT, "checklist": self.checklist_key,
                "files": {rel: asdict(e) for rel, e in sorted(self.entries.items())}}
        write_text_atomic(self.path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")

    def is_current(self, rel: str, sha256: str, retry_failed: bool = False) -> bool:
        """True when this content was already reviewed (and its output is still there)."""
        entry = self.entries.get(rel)
        if entry is None or entry.sha256 != sha256:
            return False
        if not entry.ok:
            return not retry_failed
        return bool(entry.json) and (self.out_dir / entry.json).is_file()

    def keep_only(self, rels: set[str]) -> None:
        """Forget contracts no longer in the folder (their output files stay)."""
        for rel in [r for r in self.entries if r not in rels]:
            del self.entries[rel]


def summary_columns(rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """The fixed columns, with one column per scorecard ("scorecard:<title>") before the
    warnings and errors, and one per key fact a checklist puts in a column of its own
    (its ``key_fact.column``) before the deviations."""
    columns = list(COLUMNS)
    known = {key for key, _ in columns}
    for row in rows:
        for key in row:
            if key in known:
                continue
            if key.startswith(SCORECARD_PREFIX):
                columns.insert(len(columns) - 2, (key, key[len(SCORECARD_PREFIX):]))
            else:
                columns.insert(columns.index(("deviations", "Policy deviations")), (key, key))
            known.add(key)
    return columns


def summary_rows(manifest: Manifest) -> list[dict[str, Any]]:
    return [manifest.entries[rel].row for rel in sorted(manifest.entries)]


def write_summary_csv(path: Path, rows: list[dict[str, Any]]) -> Path:
    """UTF-8 with a BOM, so Excel shows Chinese vendor names correctly."""
    # Imported here: worker processes import this module for `Entry` only, and
    # the export package loads every exporter (reportlab, pypdf...).
    from reviewer.export.formula_guard import csv_safe

    columns = summary_columns(rows)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow([h for _, h in columns])
    for row in rows:
        writer.writerow([csv_safe(row.get(k, "")) for k, _ in columns])
    write_text_atomic(path, "\ufeff" + buf.getvalue())
    return path


def write_summary_xlsx(path: Path, rows: list[dict[str, Any]]) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from reviewer.export.formula_guard import set_text

    columns = summary_columns(rows)
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    for col, (_, header) in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=col)
        set_text(cell, header)
        cell.font = Font(bold=True)
        ws.column_dimensions[get_column_letter(col)].width = 40 if col == 1 else 16
    for r, row in enumerate(rows, start=2):
        for col, (key, _) in enumerate(columns, start=1):
            value = row.get(key, "")
            set_text(ws.cell(row=r, column=col), "" if value is None else value)
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = ws.dimensions
    write_atomic(path, lambda tmp: wb.save(tmp))
    return path
