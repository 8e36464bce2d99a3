"""Progress reporting and cancellation for long work, without Qt.

Core functions accept ``progress(fraction, message)`` and a ``CancelToken``;
the GUI wraps them in its worker, the CLI ignores or prints them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from reviewer.errors import Cancelled

ProgressFn = Callable[[float, str], None]


def no_progress(fraction: float, message: str) -> None:
    """A progress callback that does nothing."""


class CancelToken:
    """Thread-safe flag checked between pages, clauses and items."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise `Cancelled` if cancel() was called."""
        if self._event.is_set():
            raise Cancelled("Cancelled.")


def check_cancel(cancel: CancelToken | None) -> None:
    """Raise `Cancelled` if the (optional) token was cancelled."""
    if cancel is not None:
        cancel.check()
