"""`reviewer review FILE`: judge a contract and print the checklist as a table."""

from __future__ import annotations

import argparse
import shutil
import sys
import textwrap
from typing import Any

from reviewer.language import Language
from reviewer.review import Review, Status

_MARK = {Status.MET: "MET", Status.VAGUE: "VAGUE", Status.MISSING: "MISSING"}


def register(sub: Any) -> None:
    p = sub.add_parser("review", help="review a contract (PDF or DOCX) against a checklist",
                       description="Review a contract and print met / vague / missing per item.")
    p.add_argument("file", help="the contract: a PDF or DOCX file")
    p.add_argument("--checklist", metavar="PATH", help="a checklist YAML (default: vendor-support)")
    p.add_argument("--json", metavar="OUT", help="write the review as JSON (contract-review/1)")
    p.add_argument("--lang", choices=("en", "zh"),
                   help="language of reasons and exports (default: the contract's)")
    p.add_argument("--password", help="password of an encrypted PDF")
    p.add_argument("--quiet", action="store_true", help="print only the summary line")
    from reviewer.commands.export_options import add_export_arguments

    add_export_arguments(p)
    p.set_defaults(func=run)


def _facts_text(facts: dict[str, Any]) -> str:
    # Imported here: the checklist's modules load while a long PDF's pages are read
    # (`pipeline.review_contract`), not before, on the path to reading them.
    from reviewer.checklist.fact_kinds import LevelDurations

    levels = LevelDurations.parse(facts)
    if levels is not None:
        return ", ".join(f"{name} {minutes:g}m" for name, minutes in levels.timed[:4])
    parts = []
    for key, value in facts.items():
        if key in ("plans",):
            continue
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value[:4])
        parts.append(f"{key}: {value}")
    return "; ".join(parts)


def print_review(review: Review, lang: Language, out: Any = None) -> None:
    out = out or sys.stdout
    width = max(80, min(shutil.get_terminal_size((120, 20)).columns, 160))
    counts = review.counts()
    doc = review.document
    print(f"{doc.path}  ({doc.format}, {doc.pages or '-'} pages, language {doc.language})", file=out)
    for w in doc.warnings:
        print(f"  warning: {w}", file=out)
    print(f"Score {review.score:.1f}/100   met {counts[Status.MET]}   vague {counts[Status.VAGUE]}"
          f"   missing {counts[Status.MISSING]}", file=out)
    print(file=out)
    head = f"{'STATUS':8} {'ITEM':24} {'CLAUSE':10} {'FACTS':28} REASON"
    print(head, file=out)
    print("-" * min(width, 160), file=out)
    reason_width = max(30, width - 74)
    for f in review.findings:
        ev = f.evidence[0] if f.evidence else None
        where = ""
        if ev is not None:
            where = ev.clause_number or ""
            if ev.page:
                where = f"{where} p{ev.page}".strip()
        reason = f.reasons[0].get(lang) if f.reasons else ""
        lines = textwrap.wrap(reason, reason_width) or [""]
        facts = _facts_text(dict(f.facts))[:28]
        print(f"{_MARK[f.status]:8} {f.item_id:24} {where[:10]:10} {facts:28} {lines[0]}", file=out)
        for extra in lines[1:]:
            print(f"{'':73} {extra}", file=out)
        for d in f.deviations:
            print(f"{'':73} policy: {d.message.get(lang)}", file=out)
    from reviewer.api import print_scorecards

    print_scorecards(review, lang, out)


def run(args: argparse.Namespace) -> int:
    from reviewer.api import resolve_checklist, review
    from reviewer.commands.export_options import run_exports

    # A checklist the user names fails before the contract is read; the bundled
    # one is loaded while a long contract's pages are read (pipeline.review_contract).
    checklist = resolve_checklist(args.checklist) if args.checklist else None
    result = review(args.file, checklist=checklist, password=args.password)
    if checklist is None:
        checklist = resolve_checklist(None)  # parsed once per process: no second load
    lang = Language.or_english(args.lang or result.document.language)
    if args.quiet:
        c = result.counts()
        print(f"{args.file}: score {result.score:.1f}; met {c[Status.MET]}, "
              f"vague {c[Status.VAGUE]}, missing {c[Status.MISSING]}")
    else:
        print_review(result, lang)
    if args.json:
        from reviewer.api import write_review_json  # (the exports' modules only when asked for)

        write_review_json(result, args.json, lang)
        print(f"Wrote {args.json}", file=sys.stderr)
    run_exports(args, result, checklist=checklist, source=args.file, password=args.password)
    return 0
