"""A long contract's pages and items shared with a forked child (`reviewer.parallel`).

The results must be those of one process, whatever the child does: these
tests fork real children, make one die, make a task fail, and review real
corpus contracts both ways with the thresholds lowered so that short files
take the shared path too.

Each case runs in a fresh interpreter (slow: processes). A fork is only
allowed from a process of one thread, and the test process is not one once
the window tests have started Qt's threads: here the cases would be skipped.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "corpus_real"
# Two-column and one-column PDFs, Word numbering, English and Chinese, tables of levels.
CONTRACTS = [
    "21vianet-online-services-customer-agreement-zh.pdf",
    "ahosting-service-level-agreement-en.pdf",
    "aisino-e-invoice-cloud-platform-service-agreement-zh.pdf",
    "cloudtemple-secnumcloud-iaas-service-agreement-en.pdf",
    "jingqiong-cloud-user-service-agreement-zh.pdf",
    "lumenline-engage-msa-en.docx",
    "yuansheng-erp-license-and-maintenance-contract-zh.docx",
]
NO_FORK = 3  # a fresh interpreter's exit code: this machine cannot fork here (one CPU, not Linux)


def _fresh(call: str) -> None:
    """Run ``tests.test_parallel.<call>`` in a fresh interpreter: it must pass there."""
    code = ("import sys; from reviewer import parallel; "
            f"sys.exit({NO_FORK}) if not parallel.available() else None; "
            f"import tests.test_parallel as t; t.{call}")
    env = {k: v for k, v in os.environ.items() if k != "REVIEWER_WORKERS"}
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=600)
    if proc.returncode == NO_FORK:
        pytest.skip("no second CPU, or not Linux: everything runs in one process")
    assert proc.returncode == 0, proc.stderr[-4000:]


def _no_child_left() -> bool:
    """No child of this process, running or unreaped."""
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


# -- the cases, each run in a fresh interpreter ---------------------------------

def review_both_ways(name: str) -> None:
    from reviewer import parallel
    from reviewer.analysis import judge
    from reviewer.api import review
    from reviewer.ingest import pdf

    pdf.PARALLEL_PAGES = 2  # every PDF of two pages or more shares its pages
    judge.PARALLEL_CLAUSES = 1  # and every contract its items
    both = review(REAL / name)
    os.environ[parallel.WORKERS_ENV] = "1"
    one = review(REAL / name)
    assert both.findings == one.findings  # statuses, reasons, evidence, facts
    assert both.clauses == one.clauses
    assert both.document == one.document
    assert _no_child_left()


def _slow_pid(i: int) -> tuple[int, int]:
    time.sleep(0.05)
    return i * i, os.getpid()


def shared_in_order() -> None:
    from reviewer import parallel

    results = parallel.map_shared(_slow_pid, 12)
    assert [r for r, _ in results] == [i * i for i in range(12)]
    pids = {pid for _, pid in results}
    assert os.getpid() in pids and len(pids) == 2  # both took tickets
    assert _no_child_left()


def child_dies() -> None:
    from reviewer import parallel

    parent = os.getpid()

    def task(i: int) -> int:
        time.sleep(0.02)
        if os.getpid() != parent:
            os._exit(9)  # as if killed, out of memory, after taking a ticket
        return i + 1

    assert parallel.map_shared(task, 10) == list(range(1, 11))
    assert _no_child_left()


def error_here() -> None:
    from reviewer import parallel
    from reviewer.errors import ReviewerError

    parent = os.getpid()

    def task(i: int) -> int:
        if os.getpid() == parent and i >= 2:
            raise ReviewerError("page 3 cannot be read")
        time.sleep(0.5)  # the child is still at work when the error comes
        return i

    with pytest.raises(ReviewerError, match="page 3"):
        parallel.map_shared(task, 40)
    assert _no_child_left()


def error_in_child() -> None:
    from reviewer import parallel
    from reviewer.errors import ReviewerError

    def task(i: int) -> int:
        time.sleep(0.02)
        if i == 7:
            raise ReviewerError("task 7 fails wherever it runs")
        return i

    with pytest.raises(ReviewerError, match="task 7"):
        parallel.map_shared(task, 12)
    assert _no_child_left()


def no_fork_when_off_or_threaded() -> None:
    from reviewer import parallel

    os.environ[parallel.WORKERS_ENV] = "1"
    assert not parallel.available()
    assert {pid for _, pid in parallel.map_shared(_slow_pid, 4)} == {os.getpid()}
    del os.environ[parallel.WORKERS_ENV]
    assert parallel.available()
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        # A fork copies only the calling thread: a lock the other one held would stay locked.
        assert not parallel.available()
        assert {pid for _, pid in parallel.map_shared(_slow_pid, 4)} == {os.getpid()}
    finally:
        stop.set()
        other.join()


def meanwhile_only_with_a_fork() -> None:
    from reviewer import parallel

    ran: list[int] = []
    parallel.meanwhile(lambda: ran.append(os.getpid()))
    parallel.map_shared(_slow_pid, 4)
    assert ran == [os.getpid()]
    parallel.meanwhile(lambda: ran.append(-1))
    os.environ[parallel.WORKERS_ENV] = "1"
    parallel.map_shared(_slow_pid, 2)
    parallel.forget_meanwhile()
    assert ran == [os.getpid()]


def _big(i: int) -> tuple[int, bytes, int]:
    time.sleep(0.01)
    return i, bytes([i % 256]) * 300_000, os.getpid()


def big_results_come_back_whole() -> None:
    """Results far larger than a pipe holds (12 MB in all), written in pieces as the pipe
    takes them and read between the parent's own tasks: each comes back whole, in order."""
    from reviewer import parallel

    results = parallel.map_shared(_big, 40)
    assert [(i, data) for i, data, _ in results] == [(i, bytes([i % 256]) * 300_000) for i in range(40)]
    assert len({pid for *_, pid in results}) == 2
    assert _no_child_left()


def results_stream_without_waiting() -> None:
    """The child's outbox never waits for a reader while it has work (what the pipe does not
    take stays pending until `close`); the parent's inbox takes what has come, result by result,
    up to a truncated or foreign one."""
    import pickle

    from reviewer import parallel

    read_end, write_end = os.pipe()
    told_read, told_write = os.pipe()  # child -> parent
    go_read, go_write = os.pipe()  # parent -> child
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        out = parallel._Outbox(write_end)
        for i in range(5):  # small: the pipe takes them at once
            out.put(pickle.dumps((i, b"s" * 1_000)))
        os.write(told_write, b"s")
        os.read(go_read, 1)  # the parent has taken them
        for i in range(5, 25):  # 4 MB and no reader: nothing here may wait
            out.put(pickle.dumps((i, b"r" * 200_000)))
        os.write(told_write, b"r")
        out.close()  # the rest, as the parent reads
        os._exit(0)
    os.close(write_end)
    assert os.read(told_read, 1) == b"s"
    inbox = parallel._Inbox(read_end)
    inbox.take()  # while the child still has work: what has come so far
    assert inbox.results == {i: b"s" * 1_000 for i in range(5)}
    os.write(go_write, b"t")
    assert os.read(told_read, 1) == b"r"  # all put while nobody read the results
    inbox.take_all()
    assert sorted(inbox.results) == list(range(25)) and inbox.results[24] == b"r" * 200_000
    assert os.waitpid(pid, 0)[1] == 0
    os.close(read_end)

    for tail, kept in ((len(b"x" * 50).to_bytes(4, "big") + b"x" * 10, 3),  # a result cut short
                       (len(b"junk").to_bytes(4, "big") + b"junk" + b"\0\0\0\0", 3)):  # not a pickle
        read_end, write_end = os.pipe()
        frames = b"".join(len(p).to_bytes(4, "big") + p for p in (pickle.dumps((i, i)) for i in range(3)))
        os.write(write_end, frames + tail)
        os.close(write_end)
        inbox = parallel._Inbox(read_end)
        inbox.take_all()
        assert inbox.results == {i: i for i in range(kept)}
        os.close(read_end)


# -- the tests ------------------------------------------------------------------

@pytest.mark.parametrize("name", CONTRACTS)
def test_a_shared_review_is_the_review_of_one_process(name: str) -> None:
    assert (REAL / name).exists(), f"{name} is not in the corpus"
    _fresh(f"review_both_ways({name!r})")


def test_tasks_are_shared_with_a_second_process_and_come_back_in_order() -> None:
    _fresh("shared_in_order()")


def test_results_larger_than_the_pipe_come_back_whole_and_in_order() -> None:
    _fresh("big_results_come_back_whole()")


def test_the_childs_results_are_sent_and_taken_as_they_come() -> None:
    _fresh("results_stream_without_waiting()")


def test_the_work_of_a_child_that_dies_is_done_here() -> None:
    _fresh("child_dies()")


def test_an_error_in_a_task_here_goes_up_and_the_child_is_ended() -> None:
    _fresh("error_here()")


def test_an_error_in_the_childs_task_is_raised_here_as_without_a_child() -> None:
    _fresh("error_in_child()")


def test_no_fork_when_switched_off_or_when_another_thread_runs() -> None:
    _fresh("no_fork_when_off_or_threaded()")


def test_meanwhile_runs_here_while_the_child_starts_and_is_dropped_without_a_fork() -> None:
    _fresh("meanwhile_only_with_a_fork()")


def test_this_process_does_not_fork_while_other_threads_run() -> None:
    """In the test process itself, with a thread of its own running: one process, same result."""
    from reviewer import parallel

    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not parallel.available()
        assert parallel.map_shared(lambda i: (i, os.getpid()), 3) == [(i, os.getpid()) for i in range(3)]
    finally:
        stop.set()
        other.join()
