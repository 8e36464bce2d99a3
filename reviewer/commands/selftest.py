"""`reviewer self-test` (also `reviewer --self-test`): check this installation works.

Reviews the bundled sample contracts, writes and re-reads every export and
opens the main window offscreen; one PASS/FAIL line per check. Exit status 0
when every check passes, 1 otherwise.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "self-test",
        help="check this installation: review the samples, write every export, open the window",
        description="Review the bundled sample contracts, write every export to a temporary "
                    "folder and read each back, then open the main window offscreen. Prints "
                    "one line per check; exit status 0 when all pass, 1 otherwise. Also "
                    "available as `reviewer --self-test`.",
    )
    p.add_argument("--samples", metavar="FOLDER", type=Path,
                   help="contracts to use instead of the bundled samples")
    p.add_argument("--keep", metavar="FOLDER", type=Path,
                   help="write the exports into FOLDER and keep them (default: a temporary "
                        "folder that is removed)")
    p.add_argument("--no-gui", action="store_true", help="skip the window checks")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from reviewer.selftest import run_selftest

    return run_selftest(samples=args.samples, gui=not args.no_gui, keep=args.keep)
