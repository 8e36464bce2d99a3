"""`reviewer responses import REVIEWFILE VENDOR.xlsx`: attach the vendor's answers."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "responses",
        help="import the vendor's answers from the returned checklist workbook",
        description="Work with vendor responses to the exported checklist.",
    )
    sub = parser.add_subparsers(dest="responses_command", metavar="ACTION", required=True)
    imp = sub.add_parser(
        "import",
        help="read VENDOR.xlsx and attach each answer to its item in REVIEWFILE",
        description="Match the returned workbook's rows to the review by item id (rows may "
                    "be re-sorted, columns added, sheets renamed) and save each answer as "
                    "the item's vendor response. Reviewer notes are never changed.",
    )
    imp.add_argument("review_file", metavar="REVIEWFILE", help="the saved .review.json file")
    imp.add_argument("workbook", metavar="VENDOR.xlsx", help="the workbook the vendor returned")
    imp.add_argument("--dry-run", action="store_true",
                     help="show what would be imported without saving the review file")
    imp.set_defaults(func=run_import)


def run_import(args: argparse.Namespace) -> int:
    from reviewer.api import checklist_for_review, load_review_file, preview_vendor_responses
    from reviewer.session.review_file import review_file_lock

    # Read, preview, import and save under the file's lock: two imports at once
    # take turns, and each sees the other's answers (none is lost).
    with review_file_lock(args.review_file):
        saved = load_review_file(args.review_file)
        checklist = checklist_for_review(saved.review)
        titles = {i.id: i.title.get("en") for i in checklist.items} if checklist else {}
        preview = preview_vendor_responses(saved.review, saved.annotations, args.workbook,
                                           contract_sha256=saved.contract_sha256, titles=titles)
        if preview.refused:
            from reviewer.errors import ReviewerError

            raise ReviewerError(preview.refused)
        for line in preview.lines():
            print(line)
        if args.dry_run:
            print("Dry run: the review file was not changed.")
        elif preview.applicable and preview.annotations is not None:
            _save_locked(args.review_file, replace(saved, annotations=preview.annotations))
            print(f"Imported {len(preview.new) + len(preview.changed)} vendor response(s). "
                  f"Saved {args.review_file}")
    return 0


def _save_locked(path: str, saved: Any) -> None:
    """Save while this process already holds the file's lock (checks content, then replaces)."""
    from reviewer.session.review_file import save_review_file

    save_review_file(path, saved, locked=True)
