"""A PDF whose page PDFium cannot finish is read in a child process under a
time and memory budget (`reviewer/ingest/budget.py`) and ends in a message.

The hostile file is a form XObject fan-out (`tests/hostile/pdf_cases.py`): ten
forms that each draw the next ten times, 10^9 text draws from 4 KB, one PDFium
call that never returns in-process.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from reviewer.errors import Cancelled, PasswordRequired
from reviewer.ingest import read_document
from reviewer.ingest.budget import CHILD_ENV, PdfBudgetExceeded, use_child
from reviewer.ingest.pdf_guard import check_pdf
from reviewer.progress import CancelToken
from tests.fixtures.pdf_factory import contract_pdf
from tests.hostile import pdf_cases

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def fanout(tmp_path: Path) -> Path:
    path = tmp_path / "fanout.pdf"
    pdf_cases.xobject_fanout(path, small=True)
    return path


def test_a_form_fanout_is_suspicious_and_nested_forms_of_a_real_file_are_not(
        tmp_path: Path, fanout: Path) -> None:
    assert check_pdf(fanout)
    # A page wrapped in a form that draws two forms, as PDF printers write it.
    plain = tmp_path / "nested.pdf"
    pdf_cases.xobject_fanout(plain, small=True, levels=2, width=2)
    assert not check_pdf(plain)


def test_only_suspicious_files_go_to_a_child_unless_told(tmp_path: Path, fanout: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    plain = contract_pdf(tmp_path / "plain.pdf", 2)
    monkeypatch.delenv(CHILD_ENV, raising=False)
    assert use_child(fanout) and not use_child(plain)
    monkeypatch.setenv(CHILD_ENV, "always")
    assert use_child(plain)
    monkeypatch.setenv(CHILD_ENV, "never")
    assert not use_child(fanout)


@pytest.mark.slow
def test_a_child_reads_the_same_document_from_the_main_or_a_worker_thread(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = contract_pdf(tmp_path / "plain.pdf", 4)
    monkeypatch.setenv(CHILD_ENV, "never")
    expected = read_document(path)
    monkeypatch.setenv(CHILD_ENV, "always")
    steps: list[str] = []
    assert read_document(path, progress=lambda f, m: steps.append(m)) == expected  # fork
    assert "Read page 4 of 4" in steps
    # From a second thread (as the GUI's worker): a forkserver, not a fork.
    out: dict[str, object] = {}
    worker = threading.Thread(target=lambda: out.setdefault("doc", read_document(path)))
    worker.start()
    worker.join(120)
    assert out["doc"] == expected


@pytest.mark.slow
def test_the_readers_own_error_comes_back_unchanged(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.pdf"
    pdf_cases.encrypted(path, small=True)
    monkeypatch.setenv(CHILD_ENV, "always")
    with pytest.raises(PasswordRequired, match="not correct") as info:
        read_document(path, password="wrong")
    assert info.value.wrong_password


@pytest.mark.slow
def test_cancel_ends_the_child_inside_a_page(fanout: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    monkeypatch.setenv("REVIEWER_LIMIT_PDF_MEMORY_BYTES", str(4096 * 1024 * 1024))
    cancel = CancelToken()
    threading.Timer(1.0, cancel.cancel).start()
    with pytest.raises(Cancelled):
        read_document(fanout, cancel=cancel)
    assert not [p for p in multiprocessing.active_children() if p.name == "reviewer-pdf"]


def _review(path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "PYTHONPATH": str(REPO), **env}
    full.pop(CHILD_ENV, None)
    # The timeout only turns a hang into a failure; the budget ends it long before.
    return subprocess.run([sys.executable, "-m", "reviewer", "review", str(path)], env=full,
                          capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_a_page_past_the_memory_budget_is_a_message(fanout: Path) -> None:
    done = _review(fanout, REVIEWER_LIMIT_PDF_MEMORY_BYTES=str(96 * 1024 * 1024))
    assert done.returncode == 2, done.stderr
    assert "PDF_MEMORY_BYTES" in done.stderr and "PDF printer" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.slow
def test_a_page_past_the_time_budget_is_a_message(fanout: Path) -> None:
    done = _review(fanout, REVIEWER_LIMIT_PDF_PAGE_SECONDS="1",
                   REVIEWER_LIMIT_PDF_MEMORY_BYTES=str(8192 * 1024 * 1024))
    assert done.returncode == 2, done.stderr
    assert "PDF_PAGE_SECONDS" in done.stderr and "REVIEWER_LIMIT_PDF_PAGE_SECONDS" in done.stderr
    assert "Traceback" not in done.stderr


def test_budget_error_is_an_input_error() -> None:
    from reviewer.errors import InputError

    assert issubclass(PdfBudgetExceeded, InputError)
