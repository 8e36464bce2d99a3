"""Batch review: every PDF/DOCX under a folder, in parallel processes.

`run_batch(folder, out_dir, jobs=N)` reviews each contract in a worker
process (`concurrent.futures.ProcessPoolExecutor`; with one job, in this
process), writes its review as JSON (`reviewer.review_json`) and optionally
the checklist workbook, and finally a summary CSV/XLSX of all contracts
(`reviewer.batch_manifest`). A contract that fails (corrupt, encrypted,
scanned) becomes an error row in the summary; the batch goes on.

Resumable: the manifest in OUTDIR is saved after every contract, and a
re-run skips contracts whose content hash is unchanged. Cancelling (the
token, or Ctrl+C) stops submitting work, lets the contracts in progress
finish (workers ignore SIGINT so none is killed mid-write) and keeps all
that is done.
"""

from __future__ import annotations

import hashlib
import os
import signal
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from reviewer.batch_manifest import (
    SCORECARD_PREFIX,
    SUMMARY_CSV,
    SUMMARY_XLSX,
    Entry,
    Manifest,
    summary_rows,
    write_summary_csv,
    write_summary_xlsx,
)
from reviewer.errors import ReviewerError
from reviewer.progress import CancelToken, ProgressFn, no_progress

CONTRACT_SUFFIXES = (".pdf", ".docx")


@dataclass(frozen=True)
class Task:
    path: str
    rel: str
    sha256: str
    json_out: str  # relative to out_dir
    xlsx_out: str  # "" for none
    out_dir: str
    checklist: str  # checklist file, "" for the default


@dataclass(frozen=True)
class BatchResult:
    total: int  # contracts found
    reviewed: int  # reviewed in this run (including failures)
    skipped: int  # unchanged since an earlier run
    failed: int  # errors in this run
    cancelled: bool
    summary_csv: Path
    summary_xlsx: Path | None
    errors: tuple[tuple[str, str], ...] = ()  # (file, message) of this run's failures
    failed_total: int = 0  # error rows in the summary, this run's and unchanged earlier ones


def find_contracts(folder: Path, exclude: Path | None = None) -> list[Path]:
    """PDF and DOCX files under ``folder`` (not in ``exclude``; no Word lock files)."""
    out = []
    ex = exclude.resolve() if exclude is not None else None
    for p in sorted(folder.rglob("*")):
        if p.suffix.lower() not in CONTRACT_SUFFIXES or not p.is_file():
            continue
        if p.name.startswith(("~$", ".")) or any(part.startswith(".") for part in
                                                 p.relative_to(folder).parts[:-1]):
            continue
        if ex is not None and ex in p.resolve().parents:
            continue
        out.append(p)
    return out


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def checklist_key(checklist: str | Path | None) -> str:
    """Identifies the rules used: a different checklist file means reviewing again."""
    from reviewer import __version__
    from reviewer.checklist.loader import DEFAULT_ID, checklists_dir

    path = Path(checklist) if checklist else checklists_dir() / f"{DEFAULT_ID}.yaml"
    try:
        return f"{__version__}:{_sha256(path)}"
    except OSError:
        return f"{__version__}:{path}"


# --- the worker (runs in a child process) --------------------------------------------

def _init_worker(checklist: str) -> None:
    """Workers leave Ctrl+C to the parent, which stops the batch cleanly.

    They also load the readers, the analysis and the checklist up front, so
    the first contract of each worker is not slowed by the imports.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import reviewer.analysis.judge
    import reviewer.ingest
    import reviewer.segment  # noqa: F401

    _checklist(checklist)


@lru_cache(maxsize=4)
def _checklist(path: str) -> Any:
    from reviewer.api import load_checklist_or_default

    return load_checklist_or_default(path or None)


def summary_row(review: Any, rel: str, vendor: str, checklist: Any = None) -> dict[str, Any]:
    """The summary's row for one review: score, counts, key facts and scorecards."""
    from reviewer.compare import key_fact
    from reviewer.review import Status
    from reviewer.scorecards import score_review

    counts = review.counts()
    facts = {f.item_id: f.facts for f in review.findings}

    def fact(item_id: str, number: bool = False) -> Any:
        text, value = key_fact(item_id, facts.get(item_id, {}))
        if not number:
            return text
        return int(value) if value is not None and value == int(value) else value

    row: dict[str, Any] = {
        "file": rel, "vendor": vendor, "result": "ok", "language": review.document.language,
        "score": round(review.score, 1), "met": counts[Status.MET],
        "vague": counts[Status.VAGUE], "missing": counts[Status.MISSING],
        "response": fact("response-times"), "resolution": fact("resolution-times"),
        "availability": fact("availability", True),
        "support_window_months": fact("version-support-window", True),
        "breach_notice_hours": fact("security-incident", True),
        "regions": fact("data-residency"), "credits": fact("service-credits"),
        "deviations": "; ".join(d.message.en for f in review.findings for d in f.deviations),
        "warnings": "; ".join(review.document.warnings), "error": "",
    }
    for card in score_review(review, checklist):
        row[SCORECARD_PREFIX + card.title.en] = None if card.score is None else round(card.score, 1)
    return row


def review_one(task: Task) -> Entry:
    """Review one contract and write its outputs; never raises for a bad contract."""
    from reviewer.api import review
    from reviewer.compare import vendor_name
    from reviewer.review_json import write_review_json

    start = time.perf_counter()
    out_dir = Path(task.out_dir)
    try:
        checklist = _checklist(task.checklist)
        result = review(task.path, checklist)
        (out_dir / task.json_out).parent.mkdir(parents=True, exist_ok=True)
        write_review_json(result, out_dir / task.json_out)
        if task.xlsx_out:
            from reviewer.export import write_checklist_xlsx

            write_checklist_xlsx(result, out_dir / task.xlsx_out, lang=result.document.language,
                                 checklist=checklist)
        row = summary_row(result, task.rel, vendor_name(result, task.path), checklist)
        return Entry(task.sha256, True, row, task.json_out, task.xlsx_out,
                     seconds=round(time.perf_counter() - start, 3))
    except ReviewerError as exc:
        message = str(exc)
    except Exception as exc:  # a bug in our code: report it on this row, keep the batch going
        message = f"Internal error ({type(exc).__name__}: {exc}). Please report it."
    row = {"file": task.rel, "result": "error", "error": message}
    return Entry(task.sha256, False, row, error=message,
                 seconds=round(time.perf_counter() - start, 3))


# --- the runner -----------------------------------------------------------------------

def _tasks(folder: Path, out_dir: Path, manifest: Manifest, checklist: str, xlsx: bool,
           retry_failed: bool) -> tuple[list[Task], int, int]:
    files = find_contracts(folder, exclude=out_dir)
    rels = {p.relative_to(folder).as_posix(): p for p in files}
    manifest.keep_only(set(rels))
    tasks, skipped = [], 0
    for rel, p in rels.items():
        sha = _sha256(p)
        if manifest.is_current(rel, sha, retry_failed):
            skipped += 1
            continue
        tasks.append(Task(str(p), rel, sha, rel + ".json", rel + ".xlsx" if xlsx else "",
                          str(out_dir), checklist))
    return tasks, skipped, len(files)


def run_batch(
    folder: str | Path, out_dir: str | Path, *, jobs: int = 1,
    checklist: str | Path | None = None, xlsx: bool = False, retry_failed: bool = False,
    progress: ProgressFn | None = None, cancel: CancelToken | None = None,
    on_result: Callable[[str, Entry], None] | None = None,
) -> BatchResult:
    """Review every contract under ``folder`` into ``out_dir``; see the module docstring."""
    folder, out = Path(folder), Path(out_dir)
    if not folder.is_dir():
        raise ReviewerError(f"The folder {folder} does not exist. Give the folder that holds "
                            "the contracts.")
    progress = progress or no_progress
    if checklist:
        _checklist(str(checklist))  # a broken checklist fails now, not once per contract
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReviewerError(f"Cannot create the output folder {out}: {exc.strerror}. "
                            "Choose another folder.") from exc
    manifest = Manifest.load(out, checklist_key(checklist))
    tasks, skipped, total = _tasks(folder, out, manifest, str(checklist or ""), xlsx,
                                   retry_failed)
    errors: list[tuple[str, str]] = []
    done = 0

    def record(task: Task, entry: Entry) -> None:
        nonlocal done
        done += 1
        manifest.entries[task.rel] = entry
        manifest.save()  # after every contract: an interruption keeps it
        if not entry.ok:
            errors.append((task.rel, entry.error))
        if on_result is not None:
            on_result(task.rel, entry)
        progress((skipped + done) / max(1, total), f"{skipped + done}/{total} {task.rel}")

    progress(skipped / max(1, total), f"{total} contracts, {skipped} unchanged since the last run")
    cancelled = False
    try:
        if jobs <= 1 or len(tasks) <= 1:
            for task in tasks:
                if cancel is not None and cancel.cancelled:
                    cancelled = True
                    break
                record(task, review_one(task))
        else:
            cancelled = _run_pool(tasks, jobs, record, cancel, str(checklist or ""))
    except KeyboardInterrupt:
        cancelled = True
    rows = summary_rows(manifest)
    csv_path = write_summary_csv(out / SUMMARY_CSV, rows)
    xlsx_path = write_summary_xlsx(out / SUMMARY_XLSX, rows) if xlsx else None
    return BatchResult(total, done, skipped, len(errors), cancelled, csv_path, xlsx_path,
                       tuple(errors), sum(1 for e in manifest.entries.values() if not e.ok))


def _run_pool(tasks: list[Task], jobs: int, record: Callable[[Task, Entry], None],
              cancel: CancelToken | None, checklist: str) -> bool:
    """Run tasks on worker processes; returns True when stopped early."""
    import multiprocessing

    # "spawn": a fresh interpreter per worker, safe from a GUI process with threads.
    ctx = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=min(jobs, os.cpu_count() or jobs, len(tasks)),
                               mp_context=ctx, initializer=_init_worker,
                               initargs=(checklist,))
    pending: dict[Future[Entry], Task] = {pool.submit(review_one, t): t for t in tasks}
    stopped = False
    try:
        while pending:
            if cancel is not None and cancel.cancelled:
                stopped = True
                break
            finished, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in finished:
                record(pending.pop(future), future.result())
    except KeyboardInterrupt:
        stopped = True
    if not stopped:
        pool.shutdown(wait=True)
        return False
    # Stop cleanly: drop what has not started, let the contracts in progress finish
    # (their results are kept), and only kill workers on a second Ctrl+C.
    try:
        pool.shutdown(wait=True, cancel_futures=True)
    except KeyboardInterrupt:
        for proc in list(getattr(pool, "_processes", {}).values()):
            proc.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
    for future, task in pending.items():
        if future.done() and not future.cancelled() and future.exception() is None:
            record(task, future.result())
    return True
