"""The one background-work pattern: a QRunnable with a signals object.

Core functions run in a QThreadPool thread and report through signals; the
slots connected to them run on the GUI thread (Qt queues signals across
threads), so no widget is ever touched off the GUI thread. Progress is
throttled so a chatty core function cannot flood the event loop.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reviewer.progress import CancelToken

# fn(progress, cancel, partial) -> result; ``partial(value)`` hands an
# intermediate result (e.g. the read Document) to the GUI before the end.
TaskFn = Callable[[Callable[[float, str], None], CancelToken, Callable[[object], None]], object]


class TaskSignals(QObject):
    progress = Signal(float, str)
    partial = Signal(object)
    finished = Signal(object)
    failed = Signal(object)  # the exception


class BackgroundTask(QRunnable):
    MIN_INTERVAL = 0.05  # seconds between progress signals

    def __init__(self, fn: TaskFn) -> None:
        super().__init__()
        self.fn = fn
        self.signals = TaskSignals()
        self.cancel = CancelToken()
        self._last = 0.0
        self.setAutoDelete(False)  # the owner keeps it until finished/failed

    def _progress(self, fraction: float, message: str) -> None:
        now = time.monotonic()
        if now - self._last >= self.MIN_INTERVAL or fraction >= 1.0:
            self._last = now
            self.signals.progress.emit(float(fraction), message)

    def run(self) -> None:
        try:
            result = self.fn(self._progress, self.cancel, self.signals.partial.emit)
        except BaseException as exc:  # handed to the GUI thread, shown there
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def start_task(
    pool: QThreadPool,
    fn: TaskFn,
    *,
    on_finished: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    on_progress: Callable[[float, str], None] | None = None,
    on_partial: Callable[[Any], None] | None = None,
) -> BackgroundTask:
    task = BackgroundTask(fn)
    task.signals.finished.connect(on_finished)
    task.signals.failed.connect(on_failed)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    if on_partial is not None:
        task.signals.partial.connect(on_partial)
    pool.start(task)
    return task
