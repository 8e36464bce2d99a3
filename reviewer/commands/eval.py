"""`reviewer eval DIR`: measure the analysis on a labelled corpus.

Reviews every contract in DIR that has a ``<name>.expected.json`` label and
prints confusion matrices, accuracy, macro-F1, the false-met rate, evidence
and facts accuracy, per-language and per-format breakdowns and the time the
analysis took. Metrics are computed by `reviewer.evaluation.metrics`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from reviewer.errors import InputError, ReviewerError
from reviewer.evaluation.metrics import (
    ItemOutcome,
    compare_with_label,
    evaluate,
    find_labelled,
    unmatched_items,
)
from reviewer.evaluation.report import RunInfo, evaluation_json, format_report
from reviewer.evaluation.split import split_of


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "eval", help="measure the analysis against labelled contracts",
        description="Review every contract in DIR that has a <name>.expected.json label "
        "and report how often the tool agrees with the labels.",
    )
    parser.add_argument("dir", metavar="DIR", help="folder with contracts and their labels")
    parser.add_argument("--checklist", metavar="PATH",
                        help="checklist file to use (default: the built-in one)")
    parser.add_argument("--json", metavar="OUT", dest="json_out",
                        help="also write every metric to this JSON file")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all",
                        help="real-world corpus: only the development or the test vendors "
                        "(labels with a 'vendor'; others always count)")
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="list every miss with the tool's first reason")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: the analysis is heavy, and `reviewer --help` should not pay for it.
    from reviewer.api import resolve_checklist, review

    folder = Path(args.dir)
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder. Give the folder that holds the contracts "
                         "and their .expected.json labels.")
    labelled = [(label, contract) for label, contract in find_labelled(folder)
                if args.split == "all" or not label.vendor or split_of(label.vendor) == args.split]
    if not labelled:
        raise InputError(f"{folder}: no <name>.expected.json label files here, so there is "
                         "nothing to evaluate.")
    checklist = resolve_checklist(args.checklist)

    outcomes: list[ItemOutcome] = []
    seconds: dict[str, float] = {}
    failed: dict[str, str] = {}
    skipped: dict[str, str] = {}
    unmatched: dict[str, tuple[list[str], list[str]]] = {}
    for n, (label, contract) in enumerate(labelled, start=1):
        if contract is None:
            skipped[label.name] = f"contract file {label.file or label.name + '.pdf/.docx'} " \
                                  "not found next to the label"
            continue
        print(f"[{n}/{len(labelled)}] {contract.name}", file=sys.stderr, flush=True)
        start = time.perf_counter()
        try:
            result = review(contract, checklist=checklist)
        except ReviewerError as exc:  # one unreadable contract must not stop the run
            failed[label.name] = str(exc)
            continue
        seconds[label.name] = time.perf_counter() - start
        outcomes.extend(compare_with_label(label, result))
        unmatched[label.name] = unmatched_items(label, result)

    evaluation = evaluate(outcomes)
    info = RunInfo(seconds=seconds, failed=failed, skipped=skipped, unmatched=unmatched,
                   checklist=f"{checklist.id} v{checklist.version}")
    print(format_report(evaluation, info, verbose=args.verbose))
    if args.json_out:
        out = Path(args.json_out)
        try:
            out.write_text(json.dumps(evaluation_json(evaluation, info), ensure_ascii=False,
                                      indent=2) + "\n", encoding="utf-8")
        except OSError as exc:
            raise ReviewerError(f"{out}: cannot write the metrics ({exc.strerror}).") from None
        print(f"Metrics written to {out}")
    return 0
