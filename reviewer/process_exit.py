"""Ending a process without the interpreter's teardown, once its work is done.

Python's teardown after a review (freeing hundreds of modules, the analysis'
tables, PDFium's state) takes 70-150 ms of CPU: a fifth of a 4-page
`reviewer review`, and the end of every batch (the pool waits for each
worker). `end_without_teardown` registers an exit handler that ends the
process with ``os._exit`` once the other exit handlers have run: registered
first, it runs last (`atexit` calls handlers in reverse order), so the ones
registered later (the pattern-code store's save, logging's flush,
multiprocessing's clean-up, temporary folders) still run; non-daemon threads
were joined before any of them. Standard streams are flushed first. Nothing
else waits for a finaliser: every file is written and closed as its work
finishes (`reviewer.atomic`).

Only entry points call it (the CLI's `console_main` and batch workers), never
library code, and not for the window: Qt tears its objects down in C++ (the
settings are synced there).
"""

from __future__ import annotations

import atexit
import os
import sys
from collections.abc import Callable
from contextlib import suppress


def end_without_teardown(status: Callable[[], int]) -> None:
    """At exit, after the exit handlers registered from now on, end with ``status()``."""

    def leave() -> None:
        for stream in (sys.stdout, sys.stderr):
            with suppress(AttributeError, OSError, ValueError):  # closed, or None in a windowed app
                stream.flush()
        os._exit(status())

    atexit.register(leave)
