"""Reading a PDF under a time and memory budget, in a child process.

PDFium does a page's work in C: a hostile page (a content stream built to be
slow, a font or image that makes it allocate gigabytes) cannot be interrupted
from Python, and the between-pages checks of `pdf_guard.PageBudget` only help
once the page is done. So a PDF that `pdf_guard` calls *suspicious* is read by
`read_pdf` in a child process, and the parent (the CLI, a batch worker, the
GUI's worker thread) watches it:

- memory: the child's address space is capped (RLIMIT_AS) at what it already
  maps plus PDF_MEMORY_BYTES; past it PDFium's allocations fail, the child ends
  and the user is told which limit stopped it;
- time: the child reports progress after every page (and every OCR'd page);
  when PDF_PAGE_SECONDS pass without a report, the child is killed;
- cancel: the GUI's Cancel kills the child at once, even inside a page.

The Document comes back pickled (plain frozen dataclasses), and so does a
`ReviewerError` the reader raised, unchanged. The child starts by ``fork`` when
the caller is the only thread of the process (cheap: the modules are already
imported); with other threads running (the GUI, Qt's thread pool) a fork could
copy a lock another thread holds,
so it starts from a ``forkserver`` instead, which forks from a clean
single-threaded server with the PDF reader preloaded.

Why only suspicious files: measured by `benchmarks/bench_ingest.py --budget`,
the child costs more than the ~30 ms allowed on a normal file (a forkserver's
first start is ~1 s; a fork plus sending the Document back grows with the
document), so normal files are read in-process as before. ``REVIEWER_PDF_CHILD``
set to ``always`` reads every PDF this way (``never`` none).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reviewer import limits
from reviewer.document import Document
from reviewer.errors import Cancelled, InputError, ReviewerError
from reviewer.progress import CancelToken, ProgressFn

if TYPE_CHECKING:
    import multiprocessing.connection
    from multiprocessing.context import BaseContext

# multiprocessing and pickle (~10 ms of imports) are imported only when a child
# is started: most PDFs are read in-process.

CHILD_ENV = "REVIEWER_PDF_CHILD"  # "always", "never", or unset (suspicious files only)
_POLL = 0.05  # seconds between the parent's looks at the child


class PdfBudgetExceeded(InputError):
    """Reading a PDF took longer, or more memory, than its budget allows."""


_ADVICE = ("The PDF is too complex to read safely; it may be built to stall this program. "
           "Open it in a PDF viewer and save it again with a PDF printer (File > Print > "
           "Save as PDF / Microsoft Print to PDF), then open the new file, or ask the vendor "
           "for a DOCX.")


def use_child(path: Path) -> bool:
    """Whether ``path`` is read in a child: suspicious files, or as REVIEWER_PDF_CHILD says."""
    mode = os.environ.get(CHILD_ENV, "").strip().lower()
    if mode in ("always", "never"):
        return mode == "always"
    from reviewer.ingest.pdf_guard import check_pdf

    try:
        return check_pdf(path)
    except (OSError, ValueError):
        return False  # read_pdf says what is wrong with the file


def read_pdf_within_budget(path: str | os.PathLike[str], password: str | None = None,
                           progress: ProgressFn | None = None,
                           cancel: CancelToken | None = None) -> Document:
    """`read_pdf`, in a child process for suspicious files (see the module docstring)."""
    from reviewer.ingest.pdf import read_pdf

    p = Path(path)
    # A daemonic process (a multiprocessing.Pool worker) may not start children.
    # Such a process has imported multiprocessing; one that has not cannot be one.
    mp = sys.modules.get("multiprocessing")
    if (mp is not None and mp.current_process().daemon) or not use_child(p):
        return read_pdf(p, password=password, progress=progress, cancel=cancel)
    return run_in_child(_read_in_child, (str(p), password), p.name, progress, cancel)


def _read_in_child(path: str, password: str | None, progress: ProgressFn) -> Document:
    from reviewer.ingest.pdf import read_pdf

    return read_pdf(path, password=password, progress=progress)


# What a forkserver imports once, before it forks any child: the reader, and the
# pipeline and judging of a review child (`reviewer.pipeline.review_contract_apart`;
# ~0.1 s of imports that each review child would otherwise make again).
_PRELOAD = ["reviewer.ingest.pdf", "reviewer.ingest.budget", "reviewer.pipeline",
            "reviewer.segment", "reviewer.analysis.judge"]


def _context() -> BaseContext:
    import multiprocessing

    from reviewer.parallel import only_thread

    if only_thread() and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(_PRELOAD)
    return ctx


def run_in_child(fn: Callable[..., Any], args: tuple[Any, ...], name: str,
                 progress: ProgressFn | None, cancel: CancelToken | None, *,
                 budgeted: bool = True, on_partial: Callable[[Any], None] | None = None) -> Any:
    """``fn(*args, progress)`` in a child process under PDF_PAGE_SECONDS and PDF_MEMORY_BYTES.

    ``fn`` must be a module-level function (a forkserver child imports it by name).
    ``budgeted=False``: no time or memory budget, and the child may share its work
    with a forked child of its own (`reviewer.parallel`): a long review run apart
    from a process that has threads (the GUI). With ``on_partial``, ``fn`` gets a
    second callback, ``partial(value)``, that hands ``value`` to ``on_partial`` here
    before the end (the GUI shows the read Document while the judging runs).
    """
    page_seconds = limits.PDF_PAGE_SECONDS.value if budgeted else None
    memory = limits.PDF_MEMORY_BYTES.value if budgeted else None
    ctx = _context()
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child_main,  # type: ignore[attr-defined]
                        args=(send, fn, args, memory, on_partial is not None),
                        name="reviewer-pdf" if budgeted else "reviewer-review")
    child.start()
    send.close()
    try:
        return _watch(child, receive, name, page_seconds, progress, cancel, on_partial,
                      budgeted=budgeted)
    finally:
        if child.is_alive():
            child.kill()
        child.join(5)
        receive.close()


def _watch(child: Any, receive: multiprocessing.connection.Connection, name: str,
           page_seconds: int | None, progress: ProgressFn | None, cancel: CancelToken | None,
           on_partial: Callable[[Any], None] | None = None, *, budgeted: bool = True) -> Any:
    last = time.monotonic()
    while True:
        if cancel is not None and cancel.cancelled:
            child.kill()
            raise Cancelled("Cancelled.")
        if receive.poll(_POLL):
            try:
                kind, *payload = receive.recv()
            except (EOFError, OSError):
                child.join(5)
                raise _died(name, child.exitcode, budgeted) from None
            if kind == "progress":
                last = time.monotonic()
                if progress is not None:
                    progress(*payload)
                continue
            if kind == "partial":
                last = time.monotonic()
                if on_partial is not None:
                    on_partial(payload[0])
                continue
            if kind == "done":
                return payload[0]
            if kind == "memory":
                raise _too_much_memory(name) if budgeted else _review_ran_out(name)
            import pickle

            raise pickle.loads(payload[0])  # the reader's own exception, unchanged
        if page_seconds is not None and time.monotonic() - last > page_seconds:
            child.kill()
            raise PdfBudgetExceeded(limits.PDF_PAGE_SECONDS.message(
                f"Reading {name}", advice=f"One of its pages took longer than that. {_ADVICE}"))
        if not child.is_alive() and not receive.poll(0):
            raise _died(name, child.exitcode, budgeted)


def _too_much_memory(name: str) -> PdfBudgetExceeded:
    return PdfBudgetExceeded(limits.PDF_MEMORY_BYTES.message(
        f"Reading {name}", advice=f"Its pages need more memory than that. {_ADVICE}"))


# A review child (``budgeted=False``, `reviewer.pipeline.review_contract_apart`) has
# no cap of its own: naming the reading's memory limit, or blaming the PDF's
# complexity, would send the user after a setting that played no part.
_REVIEW_ADVICE = ("Close other programs and open the contract "
                  "again; if it happens again, save the PDF again with a PDF printer "
                  "(File > Print > Save as PDF) or ask the vendor for a DOCX.")


def _review_ran_out(name: str) -> PdfBudgetExceeded:
    return PdfBudgetExceeded(
        f"Reviewing {name} stopped: this computer ran out of memory. {_REVIEW_ADVICE}")


def _died(name: str, exitcode: int | None, budgeted: bool = True) -> PdfBudgetExceeded:
    # PDFium aborts (SIGABRT) when an allocation fails under the memory cap; the
    # kernel's OOM killer sends SIGKILL. Either way it was memory, most likely.
    if not budgeted:
        cause = (" (it was stopped from outside, most likely because this computer ran "
                 "short of memory)" if exitcode is not None and exitcode < 0 else
                 f" (the review process ended with code {exitcode})")
        return PdfBudgetExceeded(f"Reviewing {name} stopped unexpectedly{cause}. {_REVIEW_ADVICE}")
    if exitcode is not None and exitcode < 0:
        return _too_much_memory(name)
    return PdfBudgetExceeded(
        f"Reading {name} stopped unexpectedly (the reading process ended with code "
        f"{exitcode}). {_ADVICE}")


def _child_main(send: multiprocessing.connection.Connection, fn: Callable[..., Any],
                args: tuple[Any, ...], memory: int | None, partial: bool = False) -> None:
    """The child: cap memory, run ``fn``, send back ("done", result) or what went wrong.
    ``memory`` None: no budget (see `run_in_child`)."""
    import gc

    from reviewer.parallel import switch_off

    if memory is not None:
        gc.enable()  # a forked child of `reviewer review` (which turns it off) reads under a memory cap
        switch_off()  # its pages are timed one by one: read them all here
    else:
        gc.disable()  # one review, then the process ends: as `reviewer review` runs
    _die_with_parent()
    if memory is not None:
        _cap_memory(memory)

    def report(fraction: float, message: str) -> None:
        send.send(("progress", fraction, message))

    def hand_back(value: Any) -> None:
        send.send(("partial", value))

    try:
        result = fn(*args, report, hand_back) if partial else fn(*args, report)
    except MemoryError:
        send.send(("memory",))
        return
    except BaseException as exc:  # sent to the parent, raised there
        send.send(("error", _pickled(exc)))
        return
    try:
        send.send(("done", result))
    except MemoryError:
        send.send(("memory",))
    finally:
        send.close()


def _pickled(exc: BaseException) -> bytes:
    import pickle

    try:
        data = pickle.dumps(exc)
        pickle.loads(data)
        return data
    except Exception:  # an exception that does not survive pickling: keep its text
        kind = ReviewerError if isinstance(exc, ReviewerError) else RuntimeError
        return pickle.dumps(kind(f"{type(exc).__name__}: {exc}"))


def _die_with_parent() -> None:
    """SIGKILL this child when its parent ends, even by SIGKILL (Linux), so a
    hostile page never outlives the program reading it. A forkserver child's
    parent is the server, which ends when the program does."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _cap_memory(extra: int) -> None:
    """Address space capped at what the child maps now plus ``extra`` bytes.

    Relative, not absolute: a child forked from the GUI already maps Qt's
    libraries (over a gigabyte of address space, mostly never touched).
    """
    try:
        import resource
    except ImportError:  # Windows: no cap
        return
    now = _mapped_bytes()
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = now + extra
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    if soft != resource.RLIM_INFINITY:
        cap = min(cap, soft)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def _mapped_bytes() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


__all__ = ["CHILD_ENV", "PdfBudgetExceeded", "read_pdf_within_budget", "run_in_child",
           "use_child"]
