"""What a batch worker process does: review one contract and write its outputs.

`review_one(task)` never raises for a bad contract: a `ReviewerError` (or a
bug in our code) becomes an error `Entry` for the summary, so one file never
stops the batch. Runs in a child process (see `reviewer.batch.pool`) or, with
one job, in the caller's process.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from reviewer import limits
from reviewer.batch.manifest import SCORECARD_PREFIX, Entry
from reviewer.errors import ReviewerError
from reviewer.language import Language
from reviewer.process_exit import end_without_teardown


@dataclass(frozen=True)
class ContractJob:
    path: str
    rel: str
    sha256: str
    json_out: str  # relative to out_dir
    xlsx_out: str  # "" for none
    out_dir: str
    checklist: str  # checklist file, "" for the default


def init_worker(checklist: str, parent: int | None = None) -> None:
    """Workers leave Ctrl+C to the parent, which stops the batch cleanly.

    They also load the readers, the analysis and the checklist up front, so
    the first contract of each worker is not slowed by the imports.
    """
    # First: its exit handler must run after every other one. The pool's shutdown
    # waits for each worker, so their teardown was the end of every batch.
    end_without_teardown(lambda: 0)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    limit_worker_memory()
    stop_with_parent(parent)
    from reviewer.parallel import switch_off

    switch_off()  # the batch's workers already fill the cores: no second process per contract
    from reviewer.checklist.regex_code import use_for_imports

    use_for_imports()  # the modules' own patterns from the stored code, as in the CLI
    import reviewer.analysis.judge
    import reviewer.ingest
    import reviewer.segment  # noqa: F401

    checklist_for_task(checklist)


def limit_worker_memory() -> None:
    """Cap this worker's address space (`limits.WORKER_MEMORY_BYTES`).

    A bomb the readers do not catch then fails this contract with MemoryError
    (a row in the summary) instead of taking the machine's memory.
    """
    try:
        import resource
    except ImportError:  # Windows
        return
    cap = limits.WORKER_MEMORY_BYTES.value
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            cap = min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ValueError, OSError):
        pass


def stop_with_parent(parent: int | None = None) -> None:
    """End this worker when the batch process is gone (killed, even with SIGKILL).

    On Linux the kernel does it (PR_SET_PDEATHSIG), even while the worker is in
    C code holding the GIL; elsewhere a thread notices the new parent.
    """
    parent = parent or os.getppid()
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the call above
        os._exit(3)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(3)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


class FileTimedOut(ReviewerError):
    """One contract took longer than `limits.BATCH_FILE_SECONDS`."""


# Chinese for the batch's own error messages (the English is the message itself).
# An error raised by the readers or the checklist is English only: in Chinese it
# is shown after a Chinese lead-in, so the row still says what happened.
ZH_SUFFIX = "_zh"  # a row's Chinese text of a column: "error_zh", "deviations_zh"


def _zh_limit(limit: limits.Limit) -> str:
    return (f"审阅此合同超出了安全限制（{limit.name}：{limit.shown(limit.value)}），已停止以便"
            f"批处理继续。请单独审阅此合同，或请发送方提供更简单的文件。如文件确实无误，可设置"
            f"环境变量 {limit.env} 提高限制后重试。")


def error_zh(exc: BaseException, message: str) -> str:
    """The Chinese text of the error row that ``exc`` (with English ``message``) makes."""
    if isinstance(exc, FileTimedOut):
        return _zh_limit(limits.BATCH_FILE_SECONDS)
    if isinstance(exc, MemoryError):
        return _zh_limit(limits.WORKER_MEMORY_BYTES)
    if isinstance(exc, ReviewerError):
        return f"无法审阅此合同：{message}"
    return f"内部错误（{type(exc).__name__}：{exc}），请报告此问题。"


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Raise `FileTimedOut` in this (main) thread after ``seconds`` (POSIX; elsewhere no limit)."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(_signum: int, _frame: Any) -> None:
        raise FileTimedOut(limits.BATCH_FILE_SECONDS.message(
            "Reviewing this contract", advice="It was stopped so the batch could go on; review "
            "it on its own, or ask the sender for a simpler file."))

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@lru_cache(maxsize=4)
def checklist_for_task(path: str) -> Any:
    """The checklist a task names ("" = the default), loaded once per process."""
    from reviewer.checklist.resolve import resolve_checklist

    return resolve_checklist(path or None)


def summary_row(review: Any, rel: str, vendor: str, checklist: Any = None) -> dict[str, Any]:
    """The summary's row for one review: score, counts, key facts and scorecards.

    One column per item with a ``key_fact`` in the checklist (its ``column``):
    the number for numeric kinds, else the text.
    """
    from reviewer.checklist.resolve import checklist_for_review
    from reviewer.compare.scorecards import score_review
    from reviewer.compare.vendors import key_fact
    from reviewer.review import Status

    counts = review.counts()
    facts = {f.item_id: f.facts for f in review.findings}
    row: dict[str, Any] = {
        "file": rel, "vendor": vendor, "result": "ok", "language": review.document.language,
        "score": round(review.score, 1), "met": counts[Status.MET],
        "vague": counts[Status.VAGUE], "missing": counts[Status.MISSING],
    }
    checklist = checklist or checklist_for_review(review)
    for item in checklist.items if checklist is not None else ():
        spec = item.key_fact
        if spec is None:
            continue
        text, value = key_fact(spec, facts.get(item.id, {}))
        if spec.fact_kind.numeric:
            row[spec.column] = int(value) if value is not None and value == int(value) else value
        else:
            row[spec.column] = text
    row.update({
        "deviations": "; ".join(d.message.en for f in review.findings for d in f.deviations),
        "deviations" + ZH_SUFFIX: "；".join(d.message.zh for f in review.findings
                                           for d in f.deviations),
        "warnings": "; ".join(review.document.warnings), "error": "",
    })
    for card in score_review(review, checklist):
        row[SCORECARD_PREFIX + card.title.en] = None if card.score is None else round(card.score, 1)
    return row


def review_one(task: ContractJob) -> Entry:
    """Review one contract and write its outputs; never raises for a bad contract."""
    from reviewer.compare.vendors import vendor_name
    from reviewer.export.review_json import write_review_json
    from reviewer.pipeline import review_contract as review

    start = time.perf_counter()
    out_dir = Path(task.out_dir)
    try:
        with time_limit(limits.BATCH_FILE_SECONDS.value):
            checklist = checklist_for_task(task.checklist)
            result = review(task.path, checklist)
        (out_dir / task.json_out).parent.mkdir(parents=True, exist_ok=True)
        write_review_json(result, out_dir / task.json_out)
        if task.xlsx_out:
            from reviewer.export import write_checklist_xlsx

            write_checklist_xlsx(result, out_dir / task.xlsx_out,
                                 lang=Language.or_english(result.document.language),
                                 checklist=checklist)
        row = summary_row(result, task.rel, vendor_name(result, task.path), checklist)
        return Entry(task.sha256, True, row, task.json_out, task.xlsx_out,
                     seconds=round(time.perf_counter() - start, 3))
    except Exception as exc:  # a bad contract, or a bug in our code: this row, the batch goes on
        message = _error_en(exc)
        zh = error_zh(exc, message)
    row = {"file": task.rel, "result": "error", "error": message, "error" + ZH_SUFFIX: zh}
    return Entry(task.sha256, False, row, error=message,
                 seconds=round(time.perf_counter() - start, 3))


def _error_en(exc: BaseException) -> str:
    if isinstance(exc, ReviewerError):
        return str(exc)
    if isinstance(exc, MemoryError):
        return limits.WORKER_MEMORY_BYTES.message(
            "Reviewing this contract", advice="It was stopped so the batch could go on.")
    return f"Internal error ({type(exc).__name__}: {exc}). Please report it."
