"""`reviewer export REVIEWFILE ...`: exports of a saved review, with its overrides."""

from __future__ import annotations

import argparse
from typing import Any

from reviewer.commands.export_options import OPTIONS, add_export_arguments, run_exports, wanted_exports
from reviewer.errors import ReviewerError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export a saved review (.review.json) with the reviewer's changes",
        description="Write the vendor checklist, reports, JSON or the commented contract "
                    "from a saved review, including overrides, notes and vendor responses.",
    )
    parser.add_argument("review_file", metavar="REVIEWFILE", help="a saved .review.json file")
    parser.add_argument("--contract", metavar="PATH",
                        help="the contract file, for --annotated when it is no longer next "
                             "to the review file")
    parser.add_argument("--password", help="password of an encrypted PDF contract")
    add_export_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from reviewer.api import find_contract, load_review_file

    if not wanted_exports(args):
        flags = ", ".join(flag for flag, _ in OPTIONS.values())
        raise ReviewerError(f"Nothing to export: give at least one of {flags}.")
    saved = load_review_file(args.review_file)
    source = args.contract or find_contract(saved, args.review_file)
    if args.annotated is not None and source is None:
        raise ReviewerError(
            f"Cannot find the contract {saved.contract_name} next to {args.review_file} "
            "or where it was reviewed. Give its location with --contract PATH.")
    run_exports(args, saved.review, saved.annotations, source=source, password=args.password)
    return 0
