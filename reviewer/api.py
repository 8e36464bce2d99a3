"""The one door: every action the CLI and the GUI perform on a contract.

The front ends (`reviewer.commands`, `reviewer.gui`) call these and never the
pipeline's insides (`ingest`, `segment`, `analysis`); an import-linter
contract in pyproject.toml keeps it so.

Reading and reviewing
    read(path)                  -> Document       on_document: see review()
    clauses(document)           -> tuple[Clause]
    review(path)                -> Review         read + segment + judge
    review_apart(path)          -> Review         the same, a long PDF in a child process
                                                  (from a process with threads: the GUI)
    review_document(document)   -> Review
    rerun(saved, contract)      -> SavedReview    a changed contract, annotations kept
    effective_score(...)        the score with the reviewer's overrides
Checklists
    resolve_checklist(spec)     an id, a path, a Checklist or None (the default)
    checklist_for_review(r)     the bundled checklist a saved review used
    bundled_checklists()        the installed checklists (id, title, path)
Review files
    load_review_file, save_review_file, new_saved_review, find_contract, ...
    import_vendor_responses     the vendor's answers from the returned workbook
Exports, comparisons, batches, review files (imported on first use: they
load openpyxl, python-docx and reportlab)
    write_checklist_xlsx, write_checklist_csv, write_json, write_docx_report,
    write_pdf_report, write_annotated_copy, write_review_json
    compare_vendors, write_comparison_xlsx, diff_versions, write_diff_xlsx
    run_batch
    open_pdf_pages              PDF pages rendered for display
    locale_paper()              "a4" or "letter": the paper when none is chosen

Long work takes ``progress(fraction, message)`` and a ``CancelToken``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from reviewer.fingerprint import file_sha256
from reviewer.pipeline import read_contract as read
from reviewer.pipeline import resolve_checklist, review_document
from reviewer.pipeline import review_contract as review
from reviewer.pipeline import review_contract_apart as review_apart
from reviewer.pipeline import split_clauses as clauses
from reviewer.review import Finding, Status

if TYPE_CHECKING:
    from reviewer.analysis.traditional import contract_wording
    from reviewer.batch import BatchResult, run_batch
    from reviewer.checklist.loader import bundled_checklists
    from reviewer.checklist.model import Checklist
    from reviewer.checklist.resolve import ChecklistSpec, checklist_for_review
    from reviewer.compare.scorecards import print_scorecards, score_review
    from reviewer.compare.vendors import Comparison, compare_vendors, comparison_to_dict
    from reviewer.compare.versions import SAME, VersionDiff, diff_to_dict, diff_versions, saved_revision
    from reviewer.compare.xlsx import write_comparison_xlsx, write_diff_xlsx
    from reviewer.export import (
        default_annotated_path,
        write_annotated_copy,
        write_checklist_csv,
        write_checklist_xlsx,
        write_docx_report,
        write_internal_xlsx,
        write_json,
        write_pdf_report,
    )
    from reviewer.export.issue_list import write_issue_list
    from reviewer.export.paper import locale_paper
    from reviewer.export.redline import accept_all_text, count_revisions, plan_changes, write_redline
    from reviewer.export.review_json import write_review_json
    from reviewer.ingest.render import PdfPages, open_pdf_pages
    from reviewer.positions import band_of, band_value, chosen_position, default_position, position_text, risk_of
    from reviewer.preload import preload_batch, preload_compare
    from reviewer.session import (
        SUFFIX,
        ContractState,
        Recovery,
        SavedReview,
        clear_recovery,
        contract_state,
        find_contract,
        list_recoveries,
        load_review_file,
        new_saved_review,
        read_recovery,
        recovery_for,
        rerun,
        review_file_path_for,
        save_review_file,
        write_recovery,
    )
    from reviewer.session.merge import MergedSave, merge_and_save
    from reviewer.session.response_preview import ResponsePreview, preview_vendor_responses
    from reviewer.session.responses import import_vendor_responses
    from reviewer.session.review_file import ReviewFileChanged

# name -> module, imported on first use (see __getattr__); a review from the
# command line needs none of them (the review-file code alone is ~15 modules),
# or not before a long PDF's pages are read (the checklist's: `resolve_checklist`).
_LAZY = {
    **dict.fromkeys(("Checklist",), "reviewer.checklist.model"),
    **dict.fromkeys(("ChecklistSpec", "checklist_for_review"), "reviewer.checklist.resolve"),
    "bundled_checklists": "reviewer.checklist.loader",
    **dict.fromkeys(("SUFFIX", "ContractState", "Recovery", "SavedReview", "clear_recovery",
                     "contract_state", "find_contract", "list_recoveries", "load_review_file",
                     "new_saved_review", "read_recovery", "recovery_for", "rerun", "review_file_path_for",
                     "save_review_file", "write_recovery"), "reviewer.session"),
    **dict.fromkeys(("BatchResult", "run_batch"), "reviewer.batch"),
    **dict.fromkeys(("print_scorecards", "score_review"), "reviewer.compare.scorecards"),
    **dict.fromkeys(("preload_batch", "preload_compare"), "reviewer.preload"),
    **dict.fromkeys(("Comparison", "comparison_to_dict", "compare_vendors"), "reviewer.compare.vendors"),
    **dict.fromkeys(("SAME", "VersionDiff", "diff_to_dict", "diff_versions", "saved_revision"),
                    "reviewer.compare.versions"),
    **dict.fromkeys(("write_comparison_xlsx", "write_diff_xlsx"), "reviewer.compare.xlsx"),
    **dict.fromkeys(("default_annotated_path", "write_annotated_copy", "write_checklist_csv",
                     "write_checklist_xlsx", "write_docx_report", "write_internal_xlsx", "write_json",
                     "write_pdf_report"),
                    "reviewer.export"),
    "write_review_json": "reviewer.export.review_json",
    **dict.fromkeys(("write_redline", "plan_changes", "accept_all_text", "count_revisions"),
                    "reviewer.export.redline"),
    "write_issue_list": "reviewer.export.issue_list",
    "locale_paper": "reviewer.export.paper",
    **dict.fromkeys(("band_of", "band_value", "risk_of", "position_text", "chosen_position", "default_position"),
                    "reviewer.positions"),
    "contract_wording": "reviewer.analysis.traditional",
    **dict.fromkeys(("PdfPages", "open_pdf_pages"), "reviewer.ingest.render"),
    "import_vendor_responses": "reviewer.session.responses",
    **dict.fromkeys(("MergedSave", "merge_and_save"), "reviewer.session.merge"),
    "ReviewFileChanged": "reviewer.session.review_file",
    **dict.fromkeys(("ResponsePreview", "preview_vendor_responses"),
                    "reviewer.session.response_preview"),
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'reviewer.api' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def load_checklist_or_default(checklist: ChecklistSpec) -> Checklist:
    """The earlier name of `resolve_checklist`, kept for scripts that call it."""
    return resolve_checklist(checklist)


def effective_score(checklist: Checklist, findings: Iterable[Finding],
                    status_of: Callable[[Finding], Status] | None = None) -> float:
    """The overall score when each finding counts with ``status_of(finding)``
    (the reviewer's overrides); the tool's own score stays on the Review."""
    from reviewer.analysis.score import compute_scores

    score, _ = compute_scores(checklist, findings, status_of)
    return score


__all__ = [
    "SAME",
    "SUFFIX",
    "BatchResult",
    "Comparison",
    "ContractState",
    "MergedSave",
    "PdfPages",
    "Recovery",
    "ResponsePreview",
    "ReviewFileChanged",
    "SavedReview",
    "VersionDiff",
    "accept_all_text",
    "band_of",
    "band_value",
    "bundled_checklists",
    "checklist_for_review",
    "chosen_position",
    "clauses",
    "clear_recovery",
    "compare_vendors",
    "comparison_to_dict",
    "contract_state",
    "contract_wording",
    "count_revisions",
    "default_annotated_path",
    "default_position",
    "diff_to_dict",
    "diff_versions",
    "effective_score",
    "file_sha256",
    "find_contract",
    "import_vendor_responses",
    "list_recoveries",
    "load_checklist_or_default",
    "load_review_file",
    "locale_paper",
    "merge_and_save",
    "new_saved_review",
    "open_pdf_pages",
    "plan_changes",
    "position_text",
    "preload_batch",
    "preload_compare",
    "preview_vendor_responses",
    "print_scorecards",
    "read",
    "read_recovery",
    "recovery_for",
    "rerun",
    "resolve_checklist",
    "review",
    "review_apart",
    "review_document",
    "review_file_path_for",
    "risk_of",
    "run_batch",
    "save_review_file",
    "saved_revision",
    "score_review",
    "write_annotated_copy",
    "write_checklist_csv",
    "write_checklist_xlsx",
    "write_comparison_xlsx",
    "write_diff_xlsx",
    "write_docx_report",
    "write_internal_xlsx",
    "write_issue_list",
    "write_json",
    "write_pdf_report",
    "write_recovery",
    "write_redline",
    "write_review_json",
]
