"""Batch review: every PDF/DOCX under a folder, in parallel processes.

`run_batch(folder, out_dir, jobs=N)` reviews each contract in a worker
process (`concurrent.futures.ProcessPoolExecutor`; with one job, in this
process), writes its review as JSON (`reviewer.export.review_json`) and optionally
the checklist workbook, and finally a summary CSV/XLSX of all contracts
(`reviewer.batch.manifest`). A contract that fails (corrupt, encrypted,
scanned) becomes an error row in the summary; the batch goes on.

Resumable: the manifest in OUTDIR is saved as contracts finish, and a
re-run skips contracts whose content hash is unchanged. Cancelling (the
token, or Ctrl+C) stops submitting work, lets the contracts in progress
finish (workers ignore SIGINT so none is killed mid-write) and keeps all
that is done.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reviewer.batch.manifest import (
    SUMMARY_CSV,
    SUMMARY_XLSX,
    Entry,
    Manifest,
    summary_rows,
    write_summary_csv,
    write_summary_xlsx,
)
from reviewer.batch.worker import ContractJob, checklist_for_task, review_one
from reviewer.errors import ReviewerError
from reviewer.fingerprint import file_sha256
from reviewer.progress import CancelToken, ProgressFn, no_progress

CONTRACT_SUFFIXES = (".pdf", ".docx")
SAVE_EVERY = 1.0  # seconds between manifest saves while the batch runs, at least
SAVE_SHARE = 0.02  # and at most this share of the time: a save of 200 entries is ~15 ms of CPU


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
    # The summary's rows (the row keys of `manifest.COLUMNS`); "error" and "deviations"
    # also in Chinese under "error_zh" and "deviations_zh" (absent in rows of older runs).
    rows: tuple[dict[str, Any], ...] = ()


def find_contracts(folder: Path, exclude: Path | None = None,
                   skipped: list[tuple[str, str]] | None = None) -> list[Path]:
    """PDF and DOCX files under ``folder`` (not in ``exclude``; no Word lock files).

    Names that are not valid UTF-8 and entries that are not regular files (a
    FIFO would block the reader forever) are left out and, when ``skipped`` is
    given, listed there as (shown name, message).
    """
    out = []
    ex = exclude.resolve() if exclude is not None else None
    for p in sorted(folder.rglob("*")):
        if p.suffix.lower() not in CONTRACT_SUFFIXES:
            continue
        shown = _shown(p.relative_to(folder).as_posix())
        if not p.is_file():
            if skipped is not None and p.exists() and not p.is_dir():
                skipped.append((shown, "Skipped: not a regular file (a pipe, socket or "
                                "device), which cannot be reviewed. Copy the contract as a "
                                "normal file into the folder."))
            continue
        if shown != p.relative_to(folder).as_posix():
            if skipped is not None:
                skipped.append((shown, "Skipped: the file name is not valid text (UTF-8). "
                                "Rename the file and run the batch again."))
            continue
        if p.name.startswith(("~$", ".")) or any(part.startswith(".") for part in
                                                 p.relative_to(folder).parts[:-1]):
            continue
        if ex is not None and ex in p.resolve().parents:
            continue
        out.append(p)
    return out


def _shown(name: str) -> str:
    """``name`` as valid text: undecodable bytes (surrogate escapes) become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def checklist_key(checklist: str | Path | None) -> str:
    """Identifies the rules used: a different checklist file means reviewing again."""
    from reviewer import __version__
    from reviewer.checklist.loader import DEFAULT_ID, checklists_dir

    path = Path(checklist) if checklist else checklists_dir() / f"{DEFAULT_ID}.yaml"
    try:
        return f"{__version__}:{file_sha256(path)}"
    except OSError:
        return f"{__version__}:{path}"


# --- the worker (runs in a child process) --------------------------------------------

# --- the runner -----------------------------------------------------------------------

def _tasks(folder: Path, out_dir: Path, manifest: Manifest, checklist: str, xlsx: bool,
           retry_failed: bool, skipped_files: list[tuple[str, str]]
           ) -> tuple[list[ContractJob], int, int]:
    files = find_contracts(folder, exclude=out_dir, skipped=skipped_files)
    rels = {p.relative_to(folder).as_posix(): p for p in files}
    manifest.keep_only(set(rels))
    tasks, skipped = [], 0
    for rel, p in rels.items():
        sha = file_sha256(p)
        if manifest.is_current(rel, sha, retry_failed):
            skipped += 1
            continue
        tasks.append(ContractJob(str(p), rel, sha, rel + ".json", rel + ".xlsx" if xlsx else "",
                          str(out_dir), checklist))
    return tasks, skipped, len(files)


def write_summaries(out: Path, rows: list[dict[str, Any]], xlsx: bool) -> tuple[Path, Path | None]:
    """summary.csv and (with ``xlsx``) summary.xlsx in ``out``."""
    csv_path = write_summary_csv(out / SUMMARY_CSV, rows)
    return csv_path, write_summary_xlsx(out / SUMMARY_XLSX, rows) if xlsx else None


def _summaries_in_child(out: Path, rows: list[dict[str, Any]], xlsx: bool
                        ) -> tuple[Path, Path | None]:
    """`write_summaries` in a fresh worker process, like the reviews.

    The writers import the export package, openpyxl and the numpy it loads,
    which holds this process's GIL for tens of milliseconds in one piece: in
    the GUI that froze the window at the end of every batch. A batch that
    reviewed on worker processes writes its summaries on one of them (the
    pool's ``finish``); this is for one that did not get that far (cancelled,
    nothing to review, its last contracts re-run after a crash). A batch with
    one job writes them here.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=1,
                             mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(write_summaries, out, rows, xlsx).result()


def _review(tasks: list[ContractJob], jobs: int, record: Callable[[ContractJob, Entry], None],
            cancel: CancelToken | None, checklist: str, finish: Callable[[Callable[..., Any]], None]
            ) -> bool:
    """Review ``tasks`` (in this process with one job); True when cancelled."""
    if jobs <= 1 or len(tasks) <= 1:
        for task in tasks:
            if cancel is not None and cancel.cancelled:
                return True
            record(task, review_one(task))
        return False
    from reviewer.batch.pool import run_pool

    return run_pool(tasks, jobs, record, cancel, checklist, finish=finish)


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
    if out.resolve() == folder.resolve():
        raise ReviewerError(
            f"The output folder is the contracts folder ({folder}). Choose another folder for "
            "the reviews, e.g. --out reviews/, so outputs are never mistaken for contracts.")
    if checklist:
        checklist_for_task(str(checklist))  # a broken checklist fails now, not once per file
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReviewerError(f"Cannot create the output folder {out}: {exc.strerror}. "
                            "Choose another folder.") from exc
    manifest = Manifest.load(out, checklist_key(checklist))
    not_reviewable: list[tuple[str, str]] = []
    tasks, skipped, total = _tasks(folder, out, manifest, str(checklist or ""), xlsx,
                                   retry_failed, not_reviewable)
    failures: dict[str, str] = {}
    done = 0
    saved_at = float("-inf")
    unsaved = False
    summaries: list[tuple[Path, Path | None]] = []

    save_every = SAVE_EVERY

    def save() -> None:
        nonlocal saved_at, unsaved, save_every
        start = time.monotonic()
        manifest.save()
        saved_at, unsaved = time.monotonic(), False
        # This process's CPU is taken from the workers on a machine with as many
        # cores as jobs: a manifest that takes longer to save is saved less often.
        save_every = max(SAVE_EVERY, (saved_at - start) / SAVE_SHARE)

    def record(task: ContractJob, entry: Entry) -> None:
        nonlocal done, unsaved
        done += 1
        manifest.entries[task.rel] = entry
        unsaved = True
        # Saved at most once a second (and at the end): saving after each of
        # hundreds of small contracts cost more than a tenth of the batch. A
        # hard kill loses the last few seconds of results, which are redone.
        if time.monotonic() - saved_at >= save_every:
            save()
        if not entry.ok:
            failures[task.rel] = entry.error
        if on_result is not None:
            on_result(task.rel, entry)
        progress((skipped + done) / max(1, total), f"{skipped + done}/{total} {task.rel}")

    progress(skipped / max(1, total), f"{total} contracts, {skipped} unchanged since the last run")

    def finish(call: Callable[..., Any]) -> None:  # on a worker, once every contract is recorded
        save()  # every result on disk before the summaries are written from them
        summaries.append(call(write_summaries, out, summary_rows(manifest), xlsx))

    cancelled = False
    try:
        cancelled = _review(tasks, jobs, record, cancel, str(checklist or ""), finish)
    except KeyboardInterrupt:
        cancelled = True
    finally:
        if unsaved or not summaries:
            save()
    rows = summary_rows(manifest)
    if summaries:
        csv_path, xlsx_path = summaries[0]
    else:
        write = _summaries_in_child if jobs > 1 else write_summaries
        csv_path, xlsx_path = write(out, rows, xlsx)
    # This run's failures in the folder's order (the pool finishes them in its own).
    errors = list(not_reviewable) + [(t.rel, failures[t.rel]) for t in tasks if t.rel in failures]
    # Files that could not even be queued (bad names, pipes) are listed with the
    # errors but counted apart: they have no summary row to fail again next time.
    return BatchResult(total, done, skipped, len(failures), cancelled,
                       csv_path, xlsx_path,
                       tuple(errors), sum(1 for e in manifest.entries.values() if not e.ok),
                       tuple(rows))
