"""`reviewer gui [FILE]`: open the desktop window (Qt is imported only here, lazily)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("gui", help="open the desktop app (the default with no command)")
    p.add_argument("file", nargs="?", help="a contract (.pdf, .docx) or a .review.json to open")
    p.add_argument("--screenshot", metavar="OUT.png",
                   help="open FILE, wait for the review, save a picture of the window and exit")
    p.add_argument("--lang", choices=("en", "zh"), help="user interface language")
    p.set_defaults(func=run)


def _no_display() -> bool:
    """Linux/BSD with no X11 or Wayland display and no Qt platform chosen."""
    return (sys.platform.startswith(("linux", "freebsd")) and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"))


def run(args: argparse.Namespace) -> int:
    if _no_display():
        if not args.screenshot:
            from reviewer.errors import ReviewerError

            # Qt would abort the process with "could not connect to display".
            raise ReviewerError(
                "There is no display to open the window on. Run it on a desktop, or on a virtual "
                "screen (`xvfb-run -a reviewer gui FILE`), or save a picture of the review "
                "without a window: `reviewer gui FILE --screenshot review.png`.")
        # A screenshot needs no screen: Qt draws the window offscreen.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        from reviewer.gui.app import run as run_app
    except ImportError as exc:  # PySide6 missing: a headless install
        from reviewer.errors import ReviewerError

        raise ReviewerError(
            f"The desktop app is not available here ({exc}). Install PySide6 or use the "
            "`reviewer review` command.") from exc
    return run_app(args.file, args.screenshot, args.lang)
