"""Unexpected exceptions: logged to a file, shown with details, app keeps running.

PySide6 hands exceptions raised in slots to ``sys.excepthook`` and carries on,
so installing a hook is enough to keep the window alive. The dialog goes
through the `MessagePresenter`, so tests see it without blocking.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from reviewer.gui.messages import MessagePresenter

log = logging.getLogger("reviewer.gui")


def setup_logging(data_dir: Path) -> Path:
    path = data_dir / "reviewer.log"
    root = logging.getLogger("reviewer")
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path


def install_excepthook(presenter: Callable[[], MessagePresenter], log_path: Path) -> None:
    """``presenter`` is called at the time of the error (the window may have changed)."""
    showing = [False]  # an error inside the dialog must not recurse

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        details = "".join(traceback.format_exception(kind, exc, tb))
        log.error("unexpected error:\n%s", details)
        if showing[0]:
            return
        showing[0] = True
        try:
            presenter().error(
                QCoreApplication.translate("CrashHandler", "Unexpected error"),
                QCoreApplication.translate(
                    "CrashHandler",
                    "Something went wrong inside Contract Reviewer. Your work is kept and "
                    "autosaved; you can carry on. Please send the details below (also in "
                    "{log}) to support.").format(log=log_path),
                details)
        finally:
            showing[0] = False

    sys.excepthook = hook
