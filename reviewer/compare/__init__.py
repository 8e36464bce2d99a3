"""Reviews set side by side: several vendors, or two versions of one contract.

    vendors.py     the vendor comparison matrix (one column per vendor)
    versions.py    original vs revision, item by item
    scorecards.py  a checklist's scorecards (subscores) for one review
    xlsx.py        both comparisons as workbooks
"""

from __future__ import annotations

import importlib
import time

# What comparing contracts imports on first use, leaves first, so each import
# is a small piece. A module's import holds the GIL while its code is
# unmarshalled (or compiled) and its patterns compiled; imported all at once
# by the first comparison in the GUI's worker thread, that froze the window
# for up to 60 ms.
COMPARE_MODULES = (
    "reviewer.segment.clause_numbers", "reviewer.segment.headings", "reviewer.segment.outline",
    "reviewer.segment.clauses", "reviewer.ingest.docx_package",
    "reviewer.ingest.docx_number_formats", "reviewer.ingest.docx_numbering",
    "reviewer.ingest.docx_styles", "reviewer.ingest.docx_text", "reviewer.ingest.docx_tables",
    "reviewer.ingest.docx", "reviewer.checklist.literals", "reviewer.checklist.compiled",
    "reviewer.analysis.sentences", "reviewer.analysis.levels", "reviewer.analysis.relevance",
    "reviewer.analysis.prefilter", "reviewer.analysis.quantities",
    "reviewer.analysis.level_times", "reviewer.analysis.facts", "reviewer.analysis.vagueness",
    "reviewer.analysis.outcome", "reviewer.analysis.context", "reviewer.analysis.matching",
    "reviewer.analysis.judge_levels", "reviewer.analysis.reasons", "reviewer.analysis.judge",
    "reviewer.ocr_evidence", "reviewer.pipeline", "reviewer.export.review_json",
    "reviewer.compare.scorecards", "reviewer.compare.vendors", "reviewer.compare.versions",
)


def preload_compare(pause: float = 0.01) -> None:
    """Import what a comparison needs, one module at a time, sleeping ``pause`` between
    them (the sleep hands the GIL back). For a background thread, ahead of the first
    comparison; a module that fails to import is left to fail where it is used."""
    for name in COMPARE_MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # reported by the real use, with its context
            continue
        time.sleep(pause)
