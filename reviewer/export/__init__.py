"""Exports: the files that leave the reviewer's machine.

Every function takes the Review, an output path and keyword options
``lang`` ("en" | "zh", independent of the UI and the contract),
``annotations`` (the reviewer's overrides, notes and vendor responses) and
``checklist`` (titles and questions; default: the bundled checklist the review
used). Every file is written atomically through `reviewer.atomic`; a target
that cannot be written raises `WriteError` and leaves any previous file as it
was. The GUI's File > Export menu and the CLI call these same functions.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reviewer.export.annotated import AnnotatedCopy, default_annotated_path, write_annotated_copy
    from reviewer.export.csv_table import write_checklist_csv
    from reviewer.export.docx_report import write_docx_report
    from reviewer.export.json_export import write_json
    from reviewer.export.pdf_report import write_pdf_report
    from reviewer.export.xlsx import write_checklist_xlsx, write_internal_xlsx

# Imported on first use: openpyxl, reportlab and python-docx cost ~0.4 s of
# start-up, and a plain review (or the JSON export) needs none of them.
_WHERE = {
    "AnnotatedCopy": "annotated", "default_annotated_path": "annotated", "write_annotated_copy": "annotated",
    "write_checklist_csv": "csv_table", "write_docx_report": "docx_report", "write_json": "json_export",
    "write_pdf_report": "pdf_report", "write_checklist_xlsx": "xlsx",
    "write_internal_xlsx": "xlsx",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"reviewer.export.{module}"), name)


__all__ = [
    "AnnotatedCopy",
    "default_annotated_path",
    "write_annotated_copy",
    "write_checklist_csv",
    "write_checklist_xlsx",
    "write_docx_report",
    "write_internal_xlsx",
    "write_json",
    "write_pdf_report",
]
