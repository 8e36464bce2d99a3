"""`reviewer diff OLD NEW`: what the vendor's revised terms changed, item by item."""

from __future__ import annotations

import argparse
import sys
import textwrap
from typing import Any, TextIO

from reviewer.api import SAME, VersionDiff, diff_to_dict
from reviewer.language import Language
from reviewer.review import Status

_MARK = {Status.MET: "met", Status.VAGUE: "vague", Status.MISSING: "missing"}
_CHANGE = {"improved": "+", "worse": "-", "changed": "~", "same": " "}


def register(sub: Any) -> None:
    p = sub.add_parser(
        "diff", help="compare the reviewed original with the vendor's revision",
        description="Review the vendor's revised contract and show per item what changed "
                    "against the original (a contract or a saved .review.json): status, "
                    "facts, the wording of the cited clauses, and answers the vendor gave "
                    "that the revision does not contain.")
    p.add_argument("old", metavar="OLD", help="the original: a contract or its saved review "
                                              "(.review.json, with notes and vendor answers)")
    p.add_argument("new", metavar="NEW", help="the vendor's revision (PDF or DOCX)")
    p.add_argument("--responses", metavar="XLSX",
                   help="the checklist workbook the vendor sent back (its answers are used)")
    p.add_argument("--checklist", metavar="PATH", help="a checklist YAML (default: vendor-support)")
    p.add_argument("--xlsx", metavar="OUT", help="write the changes as a workbook (.xlsx)")
    p.add_argument("--json", metavar="OUT", help="write the changes as JSON")
    p.add_argument("--save", metavar="OUT",
                   help="save the revision's review with the reviewer's notes and overrides "
                        "carried over (.review.json)")
    p.add_argument("--all", action="store_true", help="list unchanged items too")
    p.add_argument("--lang", choices=("en", "zh"), default=None,
                   help="language of titles (default: the revision's)")
    p.add_argument("--password", help="password of encrypted PDFs")
    p.set_defaults(func=run)


def print_diff(diff: VersionDiff, lang: Language = Language.EN, show_all: bool = False,
               out: TextIO | None = None) -> None:
    out = out or sys.stdout
    print(f"{diff.old_name} -> {diff.new_name}", file=out)
    print(f"Score {diff.old.score:.1f} -> {diff.new.score:.1f}   improved "
          f"{len(diff.by_change('improved'))}   worse {len(diff.by_change('worse'))}   "
          f"changed {len(diff.by_change('changed'))}   unchanged {len(diff.by_change(SAME))}",
          file=out)
    print(file=out)
    for item in diff.items:
        if item.change == SAME and not show_all and not item.promised_not_delivered:
            continue
        status = (f"{_MARK[item.old_status]} -> {_MARK[item.new_status]}"
                  if item.old_status != item.new_status else _MARK[item.new_status])
        print(f"{_CHANGE[item.change]} {item.item_id:24} {status}", file=out)
        for fact in item.fact_changes:
            print(f"    fact: {fact.get(lang)}", file=out)
        words = item.evidence_diff_text()
        if words:
            for line in textwrap.wrap(words, 110, initial_indent="    text: ",
                                      subsequent_indent="          "):
                print(line, file=out)
        if item.promised_not_delivered:
            print(f"    PROMISED, NOT IN THE REVISION: the vendor answered "
                  f"\"{item.vendor_response[:120]}\"", file=out)
        if item.override_needs_check and item.carried_override is not None:
            print(f"    check: your override ({_MARK[item.carried_override]}) was carried over, "
                  "but the item changed", file=out)
    print(file=out)
    print("+ improved   - worse   ~ same status, other facts or wording", file=out)


def run(args: argparse.Namespace) -> int:
    from reviewer.api import diff_versions, saved_revision
    from reviewer.atomic import write_json_atomic

    diff = diff_versions(args.old, args.new, args.checklist, responses=args.responses,
                         password=args.password)
    lang = Language.or_english(args.lang or diff.new.document.language)
    print_diff(diff, lang, args.all)
    if args.json:
        data = diff_to_dict(diff, lang)
        write_json_atomic(args.json, data)
        print(f"Wrote {args.json}", file=sys.stderr)
    if args.xlsx:
        from reviewer.api import write_diff_xlsx

        write_diff_xlsx(diff, args.xlsx, lang=lang)
        print(f"Wrote {args.xlsx}", file=sys.stderr)
    if args.save:
        from reviewer.api import save_review_file

        save_review_file(args.save, saved_revision(diff, args.new))
        print(f"Wrote {args.save}", file=sys.stderr)
    return 0
