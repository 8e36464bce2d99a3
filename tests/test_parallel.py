"""A long contract's pages and items shared with a forked child (`reviewer.parallel`).

The results must be those of one process, whatever the child does: these
tests fork real children (slow: processes), make one die, make a task fail,
and review real corpus contracts both ways with the thresholds lowered so
that short files take the shared path too.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from reviewer import parallel
from reviewer.analysis import judge
from reviewer.api import review
from reviewer.errors import ReviewerError
from reviewer.ingest import pdf

pytestmark = pytest.mark.slow

REAL = Path(__file__).resolve().parent / "corpus_real"
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


@pytest.fixture
def shared(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every PDF of two pages or more and every contract shares its work."""
    if not parallel.available():
        pytest.skip("no second CPU, or not Linux: everything runs in one process")
    monkeypatch.setattr(pdf, "PARALLEL_PAGES", 2)
    monkeypatch.setattr(judge, "PARALLEL_CLAUSES", 1)


def _no_child_left() -> bool:
    """No child of this process, running or unreaped."""
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


@pytest.mark.parametrize("name", CONTRACTS)
def test_a_shared_review_is_the_review_of_one_process(
        name: str, shared: None, monkeypatch: pytest.MonkeyPatch) -> None:
    path = REAL / name
    if not path.exists():
        pytest.skip(f"{name} is not in the corpus")
    both = review(path)
    monkeypatch.setenv(parallel.WORKERS_ENV, "1")
    one = review(path)
    assert both.findings == one.findings  # statuses, reasons, evidence, facts
    assert both.clauses == one.clauses
    assert both.document == one.document
    assert _no_child_left()


def _slow_pid(i: int) -> tuple[int, int]:
    time.sleep(0.05)
    return i * i, os.getpid()


def test_tasks_are_shared_with_a_second_process_and_come_back_in_order() -> None:
    if not parallel.available():
        pytest.skip("no second CPU, or not Linux")
    results = parallel.map_shared(_slow_pid, 12)
    assert [r for r, _ in results] == [i * i for i in range(12)]
    pids = {pid for _, pid in results}
    assert os.getpid() in pids and len(pids) == 2  # both took tickets
    assert _no_child_left()


def test_the_work_of_a_child_that_dies_is_done_here() -> None:
    if not parallel.available():
        pytest.skip("no second CPU, or not Linux")
    parent = os.getpid()

    def task(i: int) -> int:
        time.sleep(0.02)
        if os.getpid() != parent:
            os._exit(9)  # as if killed, out of memory, after taking a ticket
        return i + 1

    assert parallel.map_shared(task, 10) == list(range(1, 11))
    assert _no_child_left()


def test_an_error_in_a_task_here_goes_up_and_the_child_is_ended() -> None:
    if not parallel.available():
        pytest.skip("no second CPU, or not Linux")
    parent = os.getpid()

    def task(i: int) -> int:
        if os.getpid() == parent and i >= 2:
            raise ReviewerError("page 3 cannot be read")
        time.sleep(0.5)  # the child is still at work when the error comes
        return i

    with pytest.raises(ReviewerError, match="page 3"):
        parallel.map_shared(task, 40)
    assert _no_child_left()


def test_an_error_in_the_childs_task_is_raised_here_as_without_a_child() -> None:
    if not parallel.available():
        pytest.skip("no second CPU, or not Linux")

    def task(i: int) -> int:
        time.sleep(0.02)
        if i == 7:
            raise ReviewerError("task 7 fails wherever it runs")
        return i

    with pytest.raises(ReviewerError, match="task 7"):
        parallel.map_shared(task, 12)
    assert _no_child_left()


def test_no_fork_when_switched_off_or_when_another_thread_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(parallel.WORKERS_ENV, "1")
    assert not parallel.available()
    assert {pid for _, pid in parallel.map_shared(_slow_pid, 4)} == {os.getpid()}
    monkeypatch.delenv(parallel.WORKERS_ENV)
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


def test_meanwhile_runs_here_while_the_child_starts_and_is_dropped_without_a_fork(
        monkeypatch: pytest.MonkeyPatch) -> None:
    if not parallel.available():
        pytest.skip("no second CPU, or not Linux")
    ran: list[int] = []
    parallel.meanwhile(lambda: ran.append(os.getpid()))
    parallel.map_shared(_slow_pid, 4)
    assert ran == [os.getpid()]
    parallel.meanwhile(lambda: ran.append(-1))
    monkeypatch.setenv(parallel.WORKERS_ENV, "1")
    parallel.map_shared(_slow_pid, 2)
    parallel.forget_meanwhile()
    assert ran == [os.getpid()]
