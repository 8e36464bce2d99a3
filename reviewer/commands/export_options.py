"""Export options shared by `reviewer review FILE` and `reviewer export REVIEWFILE`.

``add_export_arguments(parser)`` adds ``--xlsx --docx-report --pdf-report
--annotated --csv --json --lang --paper --vendor``; ``run_exports(args, review,
annotations)`` writes whichever were given. An option the host command
already defines (``review`` has its own ``--json``) is left to that command,
so nothing is written twice.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reviewer.errors import ReviewerError
from reviewer.language import Language
from reviewer.review import Review

if TYPE_CHECKING:  # only named in signatures: `review` does not import them before reading
    from reviewer.annotations import Annotations  # (nor datetime)
    from reviewer.checklist.model import Checklist

# dest -> (flag, help)
OPTIONS: dict[str, tuple[str, str]] = {
    "xlsx": ("--xlsx", "write the checklist workbook for the vendor (.xlsx): item, question, "
                       "neutral status, cited clause, answer columns; no internal notes "
                       "unless --include-notes"),
    "internal_xlsx": ("--internal-xlsx", "write the internal workbook (.xlsx): both statuses, "
                                         "findings, override reasons, notes, confidence"),
    "docx_report": ("--docx-report", "write the review report as Word (.docx)"),
    "pdf_report": ("--pdf-report", "write the review report as PDF"),
    "annotated": ("--annotated", "write a copy of the contract with the findings as Word "
                                 "comments or PDF highlights (default name: "
                                 "<contract>-reviewed.docx/.pdf)"),
    "csv": ("--csv", "write the checklist as CSV"),
    "json": ("--json", "write the review as JSON (with overrides, notes and responses)"),
    "redline": ("--redline", "write the redline: a DOCX contract's copy with the buyer's positions as "
                             "tracked changes (a PDF contract: a DOCX 'Requested amendments' "
                             "schedule), honouring the positions chosen in the review"),
    "issue_list": ("--issue-list", "write the one-page risk-ranked issue list (.docx or .pdf)"),
}
ADDED = "_export_options"  # the dests this module added to the parser


def _try_add(parser: argparse.ArgumentParser, *flags: str, **kwargs: Any) -> bool:
    try:
        parser.add_argument(*flags, **kwargs)
    except argparse.ArgumentError:  # the host command already has this option
        return False
    return True


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    added: list[str] = []
    group = parser.add_argument_group("exports")
    for dest, (flag, help_text) in OPTIONS.items():
        extra: dict[str, Any] = {"metavar": "OUT"}
        if dest == "annotated":
            extra = {"metavar": "OUT", "nargs": "?", "const": ""}
        if _try_add(group, flag, dest=dest, help=help_text, **extra):  # type: ignore[arg-type]
            added.append(dest)
    _try_add(group, "--lang", choices=("en", "zh"),  # type: ignore[arg-type]
             help="language of the exports (default: the contract's)")
    _try_add(group, "--paper", choices=("a4", "letter"),  # type: ignore[arg-type]
             help="paper size of the reports, workbooks, issue list and a PDF contract's "
                  "amendment schedule (default: the locale's: letter "
                  "for en_US, en_CA and other Letter countries, else a4)")
    _try_add(group, "--include-notes", action="store_true",  # type: ignore[arg-type]
             help="put the reviewer's notes and override reasons in the vendor workbook too")
    _try_add(group, "--vendor", metavar="NAME",  # type: ignore[arg-type]
             help="the vendor's name, shown in the reports' title block")
    parser.set_defaults(**{ADDED: tuple(added)})


def wanted_exports(args: argparse.Namespace) -> list[str]:
    """The export dests given on the command line, in OPTIONS order."""
    added = getattr(args, ADDED, ())
    return [d for d in OPTIONS if d in added and getattr(args, d, None) is not None]


def run_exports(
    args: argparse.Namespace, review: Review, annotations: Annotations | None = None, *,
    checklist: Checklist | None = None, source: str | Path | None = None,
    password: str | None = None,
) -> list[Path]:
    """Write every export asked for; returns the paths written (also printed to stderr).

    ``source`` is the contract file for ``--annotated`` (default: the path
    the review was made from).
    """
    from reviewer import api

    lang = Language.or_english(getattr(args, "lang", None) or review.document.language)
    common: dict[str, Any] = {"lang": lang, "annotations": annotations, "checklist": checklist}
    vendor = getattr(args, "vendor", None) or ""
    writers: dict[str, Callable[[str], Path]] = {
        "xlsx": lambda out: api.write_checklist_xlsx(
            review, out, include_notes=bool(getattr(args, "include_notes", False)),
            paper=getattr(args, "paper", None), **common),
        "internal_xlsx": lambda out: api.write_internal_xlsx(
            review, out, paper=getattr(args, "paper", None), **common),
        "csv": lambda out: api.write_checklist_csv(review, out, **common),
        "json": lambda out: api.write_json(review, out, **common),
        "docx_report": lambda out: api.write_docx_report(
            review, out, paper=getattr(args, "paper", None), vendor=vendor, **common),
        "pdf_report": lambda out: api.write_pdf_report(
            review, out, paper=getattr(args, "paper", None), vendor=vendor, **common),
        "annotated": lambda out: _annotated(api.write_annotated_copy(
            review, out or None, source=source, password=password, **common)),
        "redline": lambda out: api.write_redline(
            review, out, source=source, vendor=vendor, paper=getattr(args, "paper", None),
            **common).path,
        "issue_list": lambda out: api.write_issue_list(
            review, out, vendor=vendor, paper=getattr(args, "paper", None), **common),
    }
    written: list[Path] = []
    failures: list[str] = []
    for dest in wanted_exports(args):
        try:
            path = writers[dest](getattr(args, dest))
        except ReviewerError as exc:
            # One unwritable target must not cost the others: report all at the end.
            failures.append(str(exc))
            continue
        written.append(path)
        print(f"Wrote {path}", file=sys.stderr)
    if failures:
        raise ReviewerError("\n".join(failures))
    return written


def _annotated(copy: Any) -> Path:
    """The commented copy's path; says what active content was left out of it."""
    if copy.removed:
        print(copy.removed_message(), file=sys.stderr)
    return Path(copy.path)
