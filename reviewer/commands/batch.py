"""`reviewer batch DIR --out OUTDIR`: review every contract in a folder, in parallel."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from typing import Any, TextIO


def register(sub: Any) -> None:
    p = sub.add_parser(
        "batch", help="review every PDF/DOCX under a folder",
        description="Review every PDF and DOCX under DIR in parallel, writing one JSON review "
                    "per contract (and optionally its checklist workbook) plus summary.csv "
                    "into OUTDIR. A re-run skips contracts that have not changed; Ctrl+C "
                    "stops and keeps what is done.")
    p.add_argument("folder", metavar="DIR", help="the folder of contracts (searched recursively)")
    p.add_argument("--out", required=True, metavar="OUTDIR", help="where to write the results")
    p.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="contracts reviewed at the same time (default: number of CPU cores)")
    p.add_argument("--checklist", metavar="PATH", help="a checklist YAML (default: vendor-support)")
    p.add_argument("--xlsx", action="store_true",
                   help="also write each checklist workbook and summary.xlsx")
    p.add_argument("--retry-failed", action="store_true",
                   help="review again the contracts that failed last time, even if unchanged")
    p.set_defaults(func=run)


class ProgressBar:
    """``[#########-----------]  45%  90/200 vendor.pdf`` on one line of a terminal.

    When the output is not a terminal (a log file), one line per contract.
    """

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.tty = out.isatty()
        self.width = shutil.get_terminal_size((100, 20)).columns

    def __call__(self, fraction: float, message: str) -> None:
        if not self.tty:
            print(message, file=self.out, flush=True)
            return
        bar_len = 30
        filled = round(bar_len * fraction)
        text = f"[{'#' * filled}{'-' * (bar_len - filled)}] {fraction * 100:3.0f}%  {message}"
        print("\r" + text[: self.width - 1].ljust(self.width - 1), end="", file=self.out,
              flush=True)

    def close(self) -> None:
        if self.tty:
            print(file=self.out)


def run(args: argparse.Namespace) -> int:
    from reviewer.api import run_batch
    from reviewer.errors import ReviewerError

    jobs = args.jobs if args.jobs is not None else (os.cpu_count() or 1)
    if jobs < 1:
        raise ReviewerError("--jobs must be 1 or more.")
    bar = ProgressBar(sys.stderr)
    try:
        result = run_batch(args.folder, args.out, jobs=jobs, checklist=args.checklist,
                           xlsx=args.xlsx, retry_failed=args.retry_failed, progress=bar)
    finally:
        bar.close()
    for rel, message in result.errors:
        print(f"failed: {rel}: {message}", file=sys.stderr)
    earlier = result.failed_total - result.failed
    print(f"{result.total} contracts: {result.reviewed} reviewed, {result.skipped} unchanged "
          f"(skipped), {result.failed} failed" + (f" ({earlier} more failed in an earlier run: "
                                                  "see the summary)" if earlier else "") + ".")
    print(f"Summary: {result.summary_csv}" + (f" and {result.summary_xlsx}"
                                              if result.summary_xlsx else ""))
    if result.cancelled:
        print("Stopped before the end: run the same command again to continue.")
        return 130
    return 1 if result.failed_total else 0
