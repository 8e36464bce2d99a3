"""Keep contract text from running as a spreadsheet formula (CSV/formula injection).

Contract text is untrusted: a clause that starts with ``=HYPERLINK(...`` or
``+cmd|...`` must reach the vendor's spreadsheet as text. OWASP lists the
dangerous first characters: ``=``, ``+``, ``-``, ``@``, tab and carriage
return. Spreadsheet programs with East Asian input also accept the full-width
forms, so those are treated the same.

- XLSX (openpyxl): a string starting with "=" is stored as a formula unless the
  cell's ``data_type`` is forced back to "s" (written as an inline string, never
  evaluated). The cell also gets the ``quotePrefix`` style, Excel's own
  "this is text" flag (the hidden apostrophe), so it stays text when someone
  edits it.
- CSV: OWASP's advice, a single quote in front of the value.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")

# Excel refuses cells longer than this.
MAX_CELL_CHARS = 32767


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def csv_safe(value: Any) -> str:
    """A CSV field that no spreadsheet program evaluates."""
    text = "" if value is None else str(value)
    return "'" + text if is_formula_like(text) else text


@cache
def _illegal_characters() -> re.Pattern[str]:
    # openpyxl's own pattern, imported on first use: the CSV summary of a batch
    # needs only `csv_safe`, and openpyxl costs ~80 ms (more with numpy) to import.
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    pattern: re.Pattern[str] = ILLEGAL_CHARACTERS_RE
    return pattern


def xlsx_clean(text: str) -> str:
    """Drop control characters XML cannot hold (PDF text has them) and cap length."""
    text = _illegal_characters().sub("", text)
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - 1] + "…"
    return text


def set_text(cell: Any, value: Any) -> None:
    """Write ``value`` into an openpyxl cell; strings always stay text."""
    if value is None or not isinstance(value, str):
        cell.value = value
        return
    text = xlsx_clean(value)
    cell.value = text
    if is_formula_like(text):
        cell.data_type = "s"
        cell.quotePrefix = True
