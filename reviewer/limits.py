"""The named limits every input channel checks before (and while) parsing.

Contracts and answer workbooks come from vendors, checklists and review files
from colleagues: any of them may be broken or hostile. Each channel checks the
limits below *before* it spends memory or time (file size, zip member sizes
and ratios, nesting depth, counts), and a refusal names the limit and how to
raise it, so a real document that exceeds one is never a dead end:

    REVIEWER_LIMIT_<NAME>=<number>   e.g. REVIEWER_LIMIT_XLSX_ROWS=50000

One table, one message format: `Limit.message()`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from reviewer.errors import ReviewerError

ENV_PREFIX = "REVIEWER_LIMIT_"
MB = 1024 * 1024


class LimitExceeded(ReviewerError):
    """An input is larger or deeper than a named limit allows."""


@dataclass(frozen=True)
class Limit:
    """One named safety limit: its default, what it counts, and its unit."""

    name: str  # upper case; the environment variable is ENV_PREFIX + name
    default: int
    what: str  # "rows with content in one sheet"
    unit: str = ""  # "bytes" shows as MB; else shown after the number

    @property
    def env(self) -> str:
        return ENV_PREFIX + self.name

    @property
    def value(self) -> int:
        """The default, or a positive whole number from the environment."""
        raw = os.environ.get(self.env, "").strip().replace("_", "")
        if raw.isdigit() and int(raw) > 0:
            return int(raw)
        return self.default

    def shown(self, n: int) -> str:
        if self.unit == "bytes":
            return f"{n / MB:.0f} MB" if n >= MB else f"{n} bytes"
        return f"{n:,}{' ' + self.unit if self.unit else ''}"

    def message(self, subject: str, actual: int | None = None, *, advice: str = "") -> str:
        """'<subject> exceeds the safety limit on <what> (NAME): N, limit L. <advice> <how>'."""
        found = f"{self.shown(actual)}, " if actual is not None else ""
        text = (f"{subject} exceeds the safety limit on {self.what} ({self.name}): "
                f"{found}limit {self.shown(self.value)}.")
        if advice:
            text += " " + advice
        text += (" If the file is genuine, raise the limit by setting the environment "
                 f"variable {self.env} and try again.")
        return text

    def check(self, actual: int, subject: str, *, advice: str = "",
              error: Callable[[str], ReviewerError] = LimitExceeded) -> None:
        if actual > self.value:
            raise error(self.message(subject, actual, advice=advice))


# -- any file -----------------------------------------------------------------
CONTRACT_BYTES = Limit("CONTRACT_BYTES", 512 * MB, "file size", "bytes")
WORKBOOK_BYTES = Limit("WORKBOOK_BYTES", 64 * MB, "file size", "bytes")
CHECKLIST_BYTES = Limit("CHECKLIST_BYTES", 4 * MB, "file size", "bytes")
REVIEW_FILE_BYTES = Limit("REVIEW_FILE_BYTES", 256 * MB, "file size", "bytes")

# -- zip packages (DOCX, XLSX) --------------------------------------------------
ZIP_MEMBERS = Limit("ZIP_MEMBERS", 10_000, "parts in the package")
ZIP_RATIO = Limit("ZIP_RATIO", 200, "compression ratio in one part", "to 1")
XLSX_PART_BYTES = Limit("XLSX_PART_BYTES", 100 * MB, "uncompressed size in one part", "bytes")
DOCX_PART_BYTES = Limit("DOCX_PART_BYTES", 100 * MB, "uncompressed size in one part", "bytes")
ZIP_TOTAL_BYTES = Limit("ZIP_TOTAL_BYTES", 1024 * MB, "uncompressed size in all", "bytes")

# -- spreadsheets -----------------------------------------------------------------
XLSX_ROWS = Limit("XLSX_ROWS", 20_000, "rows in one sheet", "rows")
XLSX_SHEETS = Limit("XLSX_SHEETS", 200, "sheets", "sheets")
XLSX_SHARED_STRINGS = Limit("XLSX_SHARED_STRINGS", 1_000_000, "shared strings", "strings")
# Excel itself stores at most 32,767 characters in a cell: a longer answer was
# not typed in Excel.
ANSWER_CHARS = Limit("ANSWER_CHARS", 32_767, "characters in one answer", "characters")

# -- text a person wrote into a review file -----------------------------------
NOTE_CHARS = Limit("NOTE_CHARS", 100_000, "characters in one note or answer", "characters")
JSON_DEPTH = Limit("JSON_DEPTH", 64, "levels of nesting", "levels")

# -- checklists -------------------------------------------------------------------
YAML_DEPTH = Limit("YAML_DEPTH", 32, "levels of nesting", "levels")
YAML_NODES = Limit("YAML_NODES", 200_000, "values (after expanding aliases)", "values")
CHECKLIST_ITEMS = Limit("CHECKLIST_ITEMS", 1_000, "items", "items")
TERM_CHARS = Limit("TERM_CHARS", 2_000, "characters in one phrase or pattern", "characters")
REGEX_REPEAT = Limit("REGEX_REPEAT", 1_000, "as a repetition count in a pattern")
REGEX_GROUPS = Limit("REGEX_GROUPS", 50, "groups in one pattern", "groups")

# -- contracts ----------------------------------------------------------------------
DOCX_PARAGRAPHS = Limit("DOCX_PARAGRAPHS", 50_000, "paragraphs", "paragraphs")
# About 800 pages of text; judging costs some seconds per MB of text, so a
# hostile 9 MB paragraph or 100,000 paragraphs is refused instead of judged.
CONTRACT_CHARS = Limit("CONTRACT_CHARS", 2_000_000, "characters of text", "characters")
# A PDF that pdf_guard calls suspicious is read in a child process
# (`ingest/budget.py`): it is stopped when one page takes longer than this
# (PDFium cannot be interrupted inside a page) or needs more memory.
PDF_PAGE_SECONDS = Limit("PDF_PAGE_SECONDS", 20, "seconds to read one page", "s")
PDF_MEMORY_BYTES = Limit("PDF_MEMORY_BYTES", 768 * MB, "memory for reading one PDF", "bytes")
NUMBERING_VALUE = Limit("NUMBERING_VALUE", 32_767, "as a list number shown as letters or roman numerals")

# -- batch ---------------------------------------------------------------------------
BATCH_FILE_SECONDS = Limit("BATCH_FILE_SECONDS", 300, "seconds for one contract", "s")
WORKER_MEMORY_BYTES = Limit("WORKER_MEMORY_BYTES", 3072 * MB, "memory for one worker", "bytes")

ALL: tuple[Limit, ...] = tuple(v for v in dict(globals()).values() if isinstance(v, Limit))


def check_file_size(path: os.PathLike[str] | str, limit: Limit, subject: str, *,
                    error: Callable[[str], ReviewerError] = LimitExceeded) -> int:
    """The file's size, refused above ``limit`` before a single byte is read.

    A sparse file of gigabytes is refused by its size here, in microseconds,
    rather than called damaged after minutes of reading.
    """
    size = os.stat(path).st_size
    limit.check(size, subject, error=error,
                advice="It is far larger than any normal file of this kind.")
    return size


def describe() -> str:
    """Every limit with its current value, for the docs and `--help` text."""
    return "\n".join(f"{lim.env:40} {lim.shown(lim.value):>16}  {lim.what}" for lim in ALL)
