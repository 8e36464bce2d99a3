"""`reviewer gui [FILE]`: open the desktop window (Qt is imported only here, lazily)."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("gui", help="open the desktop app (the default with no command)")
    p.add_argument("file", nargs="?", help="a contract (.pdf, .docx) or a .review.json to open")
    p.add_argument("--screenshot", metavar="OUT.png",
                   help="open FILE, wait for the review, save a picture of the window and exit")
    p.add_argument("--lang", choices=("en", "zh"), help="user interface language")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        from reviewer.gui.app import run as run_app
    except ImportError as exc:  # PySide6 missing: a headless install
        from reviewer.errors import ReviewerError

        raise ReviewerError(
            f"The desktop app is not available here ({exc}). Install PySide6 or use the "
            "`reviewer review` command.") from exc
    return run_app(args.file, args.screenshot, args.lang)
