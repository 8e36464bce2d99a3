"""Running batch tasks on worker processes: parallel, interruptible, crash-tolerant.

`run_pool` submits every task to a `ProcessPoolExecutor` ("spawn": a fresh
interpreter per worker, safe even from the GUI's process with its threads)
and hands each finished `Entry` to ``record`` in the caller's thread. A
frozen app must call ``multiprocessing.freeze_support()`` first thing in its
entry point (build.spec does), since each worker re-runs the executable.

- Cancel (the token, or Ctrl+C in the terminal): contracts not started are
  dropped, those in progress finish and are recorded (workers ignore SIGINT,
  so none dies mid-write); a second Ctrl+C while waiting kills the workers.
- A worker that dies (a PDF library crashing on a hostile file, the system
  killing it for memory) breaks the whole pool. The contracts that were in
  progress are then re-run one at a time in a pool of their own: the one
  that kills its worker again is reported as failed, the others are
  reviewed normally, and the rest of the batch continues.

Throughput (benchmarks/bench_batch.py): the largest files go first, so the
batch does not end with one worker busy on a long contract while the others
are idle; a few contracts per worker are queued at a time (not all of them:
waiting on hundreds of futures cost the parent time for each result); and
``finish`` runs the last step (the summaries) on a worker of the same pool,
which has its imports done, instead of starting one more process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from reviewer.batch.manifest import Entry
from reviewer.batch.worker import ZH_SUFFIX, ContractJob, init_worker, review_one
from reviewer.progress import CancelToken

Record = Callable[[ContractJob, Entry], None]
# ``finish(call)`` once every contract is recorded: ``call(fn, *args)`` runs fn on a worker.
Finish = Callable[[Callable[..., Any]], None]
# Contracts handed to the pool per worker. The pool's own thread feeds the workers
# from these while this thread waits or saves the manifest (tens of ms on a slow
# disk): enough that no worker runs dry meanwhile, few enough that waiting on them
# costs nothing (with hundreds submitted at once, every result woke them all).
QUEUED_PER_WORKER = 4
CRASHED = ("Contract Reviewer's reader stopped unexpectedly on this file (it may be damaged or "
           "unusually large). Open it in a PDF viewer or Word and save or print it as a new "
           "file, then review that.")
CRASHED_ZH = ("Contract Reviewer 的读取程序在此文件上意外停止（文件可能已损坏或异常大）。请用 PDF "
              "阅读器或 Word 打开它，另存或打印为新文件，再审阅新文件。")


def run_pool(
    tasks: list[ContractJob], jobs: int, record: Record, cancel: CancelToken | None, checklist: str,
    worker: Callable[[ContractJob], Entry] = review_one, finish: Finish | None = None,
) -> bool:
    """Run all tasks; returns True when stopped early (cancel or Ctrl+C).

    ``finish`` is called when every task is recorded, while the last pool is
    still there (not when the batch stopped early or the last contracts were
    re-run alone after a crash: the caller then does that step itself).
    """
    queue = longest_first(tasks)
    while queue:
        stopped, suspects, rest = _run(queue, jobs, record, cancel, checklist, worker, finish)
        if stopped:
            return True
        for task in suspects:  # each alone, so a crash points at its file
            alone_stopped, crashed, _ = _run([task], 1, record, cancel, checklist, worker, None)
            if alone_stopped:
                return True
            if crashed:
                row = {"file": task.rel, "result": "error", "error": CRASHED,
                       "error" + ZH_SUFFIX: CRASHED_ZH}
                record(task, Entry(task.sha256, False, row, error=CRASHED))
        queue = rest
    return False


def longest_first(tasks: list[ContractJob]) -> list[ContractJob]:
    """The tasks by file size, largest first (ties: as given).

    The size stands in for the review time: ending with the small files keeps
    every worker busy until close to the end, where a large contract last
    would leave the others idle while it runs.
    """
    def size(task: ContractJob) -> int:
        try:
            return os.stat(task.path).st_size
        except OSError:
            return 0

    return sorted(tasks, key=size, reverse=True)


def _run(
    tasks: list[ContractJob], jobs: int, record: Record, cancel: CancelToken | None, checklist: str,
    worker: Callable[[ContractJob], Entry], finish: Finish | None,
) -> tuple[bool, list[ContractJob], list[ContractJob]]:
    """One pool over ``tasks``: (stopped, in progress when a worker died, not started then)."""
    ctx = multiprocessing.get_context("spawn")
    workers = max(1, min(jobs, os.cpu_count() or jobs, len(tasks)))
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=init_worker,
                               initargs=(checklist, os.getpid()))
    todo: Iterator[ContractJob] = iter(tasks)
    order = {id(t): i for i, t in enumerate(tasks)}
    pending: dict[Future[Entry], ContractJob] = {}
    running: list[ContractJob] = []
    stopped = broken = False

    def top_up() -> None:
        while len(pending) < workers * QUEUED_PER_WORKER:
            task = next(todo, None)
            if task is None:
                return
            pending[pool.submit(worker, task)] = task

    try:
        top_up()  # the first submissions start the workers
        while pending and not broken:
            if cancel is not None and cancel.cancelled:
                stopped = True
                break
            # Futures are marked running when handed to a worker's queue.
            running = [t for f, t in pending.items() if f.running()] or running
            finished, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in sorted(finished, key=lambda f: order[id(pending[f])]):
                try:
                    entry = future.result()
                except BrokenProcessPool:
                    broken = True
                    continue
                record(pending.pop(future), entry)
            if not broken:
                top_up()
    except KeyboardInterrupt:
        stopped = True
    if broken:
        pool.shutdown(wait=False, cancel_futures=True)
        left = list(pending.values()) + list(todo)
        suspects = [t for t in left if t in running] or left[: jobs + 1]
        return False, suspects, [t for t in left if t not in suspects]
    if stopped:
        _stop(pool, pending, record)
        return True, [], []
    try:
        if finish is not None:
            finish(lambda fn, *args: pool.submit(fn, *args).result())
    except BrokenProcessPool:
        pass  # the caller sees the step was not done and does it itself
    finally:
        pool.shutdown(wait=True)
    return False, [], []


def _stop(pool: ProcessPoolExecutor, pending: dict[Future[Entry], ContractJob], record: Record) -> None:
    """Drop what has not started, keep what finishes; a second Ctrl+C kills the workers."""
    try:
        pool.shutdown(wait=True, cancel_futures=True)
    except KeyboardInterrupt:
        for proc in list((getattr(pool, "_processes", None) or {}).values()):
            proc.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
    for future, task in pending.items():
        if future.done() and not future.cancelled() and future.exception() is None:
            record(task, future.result())
