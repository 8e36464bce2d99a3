"""Importing ahead of need, in small pieces, so the GUI thread never waits for an import.

An import holds the GIL while the module's code is unmarshalled (or compiled
from source) and its patterns compiled. The first comparison or batch in the
GUI imported all it needed at once in its worker thread and froze the window
for 40 to 100 ms. The tool windows call these in the background when they open
(long before the reviewer presses Run): one module at a time, leaves first, with
a short sleep between them that hands the GIL back to the GUI thread.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Iterable

# What comparing contracts imports on first use (reviews of PDF and DOCX, comparison).
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
    "difflib", "encodings.utf_16_le", "encodings.utf_8_sig",
)
# What running a batch on worker processes imports in this process.
BATCH_MODULES = (
    "csv", "runpy", "multiprocessing.util", "multiprocessing.process",
    "multiprocessing.reduction", "multiprocessing.context", "multiprocessing.connection",
    "multiprocessing.synchronize", "multiprocessing.queues", "multiprocessing.spawn",
    "multiprocessing.resource_tracker", "multiprocessing.popen_spawn_posix",
    "concurrent.futures.process", "reviewer.batch.manifest", "reviewer.batch.worker",
    "reviewer.batch.pool", "reviewer.batch.runner", "reviewer.batch",
)


def preload(modules: Iterable[str], pause: float = 0.01) -> None:
    """Import ``modules`` one at a time, sleeping ``pause`` after each. One that fails to
    import (``multiprocessing.popen_spawn_posix`` on Windows) is left to fail, or not,
    where it is really used."""
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:  # reported by the real use, with its context
            continue
        time.sleep(pause)


def preload_compare(pause: float = 0.01) -> None:
    preload(COMPARE_MODULES, pause)


def preload_batch(pause: float = 0.01) -> None:
    preload(BATCH_MODULES, pause)
