"""Sharing a long contract's work with a second process, where that is safe.

A 130-page contract costs about 0.4 s of PDFium and layout and 0.5 s of
judging in one process; both are pure Python or C called from Python, so
threads cannot share them (the GIL). `map_shared(fn, n)` runs the tasks
``fn(0) .. fn(n - 1)`` in this process and a forked child at once, each
taking the next task when free, and returns the results in order, as if
they had run here one after the other: a fork copies the loaded modules, the
checklist and the read document, so the child starts at once, and it sends
back only its results (pickled: the findings of half the items are ~30 kB).

A fork is used only where it is safe and pays:

- Linux, where ``fork`` is the native start method (macOS and Windows run
  everything here);
- this process runs one thread (the kernel's count, which sees Qt's and
  PDFium's threads too): a fork copies only the calling thread, and a lock
  another thread held would stay locked in the child for ever. The GUI reviews
  on a worker thread, so it never forks here;
- more than one CPU is ours to use (``os.sched_getaffinity``);
- not switched off: ``REVIEWER_WORKERS=1`` (batch workers set it, their
  batch already fills the cores; so does a reader child under a time budget).

Whenever the child fails (killed, out of memory, an error, a result that does
not pickle), the tasks it took run here afterwards: the result is the same,
only later, and an error a task raises is raised here as it would have been
without the child. Results never depend on whether the work was shared: callers split
work whose parts do not read each other's results (a test compares both ways
on the labelled corpora).
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

WORKERS_ENV = "REVIEWER_WORKERS"
MAX_TICKETS = 16_000  # two bytes each: all fit in a pipe's 64 kB, so writing them never blocks


def available() -> bool:
    """Whether `map_shared` would use a second process now."""
    return could_fork() and only_thread()


def could_fork() -> bool:
    """`available`, but for the thread count: whether a single-threaded process
    here would share its work (Linux, two CPUs or more, not switched off)."""
    if os.environ.get(WORKERS_ENV, "").strip() == "1":
        return False
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    try:
        if len(os.sched_getaffinity(0)) < 2:
            return False
    except (AttributeError, OSError):
        if (os.cpu_count() or 1) < 2:
            return False
    return True


def only_thread() -> bool:
    """Whether this process runs one thread: the kernel's count, which also sees
    threads Python does not know (Qt's thread pool, PDFium's, OCR's)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Threads:"):
                return int(line.split()[1]) == 1
    except (OSError, ValueError, IndexError):
        pass
    return threading.active_count() == 1


_meanwhile: list[Callable[[], object]] = []


def meanwhile(fn: Callable[[], object]) -> None:
    """Have the next `map_shared` that forks run ``fn`` here first, while the child
    already takes tasks (it then takes more of them): work needed soon after anyway,
    such as loading the relevance model while the pages are read. If no fork comes
    before `forget_meanwhile`, ``fn`` is dropped (what it prepares is made when needed)."""
    _meanwhile.append(fn)


def forget_meanwhile() -> None:
    _meanwhile.clear()


def _run_meanwhile() -> None:
    while _meanwhile:
        with contextlib.suppress(Exception):  # only a head start: the work is done again where needed
            _meanwhile.pop(0)()


def switch_off() -> None:
    """No second process from here on, in this process and the ones it starts."""
    os.environ[WORKERS_ENV] = "1"


def map_shared(fn: Callable[[int], T], count: int,
               done: Callable[[int], None] | None = None) -> list[T]:
    """``[fn(0), ..., fn(count - 1)]``, shared with a forked child when `available`.

    The indexes wait in a pipe as two-byte tickets; each process takes the
    next one when it is free (a pipe hands a small read to one reader whole),
    so a slow task does not leave the other process idle. ``done(n)`` is
    called here after each task this process ran, with the number it has run.
    ``fn`` may raise here (Cancelled, a reading error): the child is then
    killed and the error goes on up.
    """
    def run(i: int) -> T:
        result = fn(i)
        mine.append(i)
        if done is not None:
            done(len(mine))
        return result

    mine: list[int] = []
    if count < 2 or count > MAX_TICKETS or not available():
        return [run(i) for i in range(count)]
    import pickle

    tickets_read, tickets_write = os.pipe()
    os.write(tickets_write, b"".join(i.to_bytes(2, "big") for i in range(count)))
    os.close(tickets_write)  # empty pipe = no work left, for both processes
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:  # no memory or process slots for a child: do it all here
        for fd in (read_end, write_end, tickets_read):
            os.close(fd)
        return [run(i) for i in range(count)]
    if pid == 0:  # the child: never returns into the caller's code
        status = 1
        try:
            os.close(read_end)
            gc.disable()  # short-lived: a collection would touch, and so copy, every shared page
            os.environ[WORKERS_ENV] = "1"
            # Each result pickled and sent as soon as it is made (as far as the pipe takes it
            # without waiting), so that the parent unpickles it while both still work.
            out = _Outbox(write_end)
            for i in _tickets(tickets_read):
                out.put(pickle.dumps((i, fn(i)), protocol=pickle.HIGHEST_PROTOCOL))
            out.close()
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    results: dict[int, T] = {}
    inbox = _Inbox(read_end)
    finished = ended_well = False
    try:
        _run_meanwhile()
        for i in _tickets(tickets_read):
            results[i] = run(i)
            inbox.take()  # the child's results so far: unpickled here between tasks, not all after
        inbox.take_all()
        finished = True
    finally:
        os.close(read_end)
        os.close(tickets_read)
        if not finished:
            _kill(pid)
        ended_well = _reap(pid)
    if ended_well:  # (a child that failed: all its tasks are done here, as before)
        results.update(inbox.results)
    # Tickets the child took but did not return (it died): done here.
    return [results[i] if i in results else run(i) for i in range(count)]


class _Outbox:
    """The child's end of the results pipe: each result framed by its length and written
    at once if the pipe has room, else kept until it has (the child never waits for the
    parent while tickets remain); `close` writes the rest."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.pending = bytearray()
        os.set_blocking(fd, False)

    def put(self, data: bytes) -> None:
        self.pending += len(data).to_bytes(4, "big")
        self.pending += data
        self._write()

    def _write(self) -> None:
        while self.pending:
            try:
                written = os.write(self.fd, self.pending)
            except BlockingIOError:
                return
            del self.pending[:written]

    def close(self) -> None:
        os.set_blocking(self.fd, True)
        self._write()
        os.close(self.fd)


class _Inbox:
    """The parent's end: the child's (index, result) pairs as they come, up to the first
    that does not unpickle whole (a truncated last one, when the child died writing)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buffer = bytearray()
        self.results: dict[int, Any] = {}
        self.broken = False
        os.set_blocking(fd, False)

    def take(self) -> None:
        """What has arrived, without waiting."""
        with contextlib.suppress(BlockingIOError):
            while chunk := os.read(self.fd, 1 << 20):
                self.buffer += chunk
        self._unpickle()

    def take_all(self) -> None:
        """Everything, waiting until the child has closed its end (ended)."""
        os.set_blocking(self.fd, True)
        while chunk := os.read(self.fd, 1 << 20):
            self.buffer += chunk
            self._unpickle()

    def _unpickle(self) -> None:
        import pickle

        pos, size = 0, len(self.buffer)
        view = memoryview(self.buffer)
        try:
            while not self.broken and size - pos >= 4:
                length = int.from_bytes(view[pos: pos + 4], "big")
                if size - pos - 4 < length:
                    break
                try:
                    index, value = pickle.loads(view[pos + 4: pos + 4 + length])
                except Exception:  # not a result of ours: this one and the rest are done here
                    self.broken = True
                    break
                self.results[index] = value
                pos += 4 + length
        finally:
            view.release()
        del self.buffer[:pos]


def _tickets(fd: int) -> Iterator[int]:
    while len(ticket := os.read(fd, 2)) == 2:
        yield int.from_bytes(ticket, "big")


def _kill(pid: int) -> None:
    import signal

    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def _reap(pid: int) -> bool:
    """Wait for the child; whether it ended well (its result is whole)."""
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        return False
    return os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
