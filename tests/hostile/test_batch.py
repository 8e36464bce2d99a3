"""Hostile batch folders: bad names, pipes, --out = input, slow files, a killed parent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reviewer.batch.runner import run_batch
from reviewer.batch.worker import FileTimedOut, time_limit
from reviewer.errors import ReviewerError
from tests.hostile.docx_cases import good_docx

REPO = Path(__file__).resolve().parents[2]


def test_bad_name_and_fifo_do_not_abort_the_batch(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    good_docx(folder)
    good = folder / "good.docx"
    bad = os.fsencode(folder) + b"/bad-\xff\xfe.docx"
    with open(bad, "wb") as fh:
        fh.write(good.read_bytes())
    os.mkfifo(folder / "pipe.docx")
    result = run_batch(folder, tmp_path / "out")
    assert result.reviewed == 1 and result.failed == 0
    messages = dict(result.errors)
    assert any("not valid text" in m for m in messages.values())
    assert "not a regular file" in messages["pipe.docx"]
    assert (tmp_path / "out" / "summary.csv").read_text(encoding="utf-8")


def test_out_equal_to_input_is_refused(tmp_path):
    good_docx(tmp_path)
    with pytest.raises(ReviewerError, match="output folder is the contracts folder"):
        run_batch(tmp_path, tmp_path)


def test_the_per_file_time_limit_stops_a_slow_file():
    start = time.monotonic()
    with pytest.raises(FileTimedOut, match="BATCH_FILE_SECONDS"), time_limit(1):
        while True:
            time.sleep(0.05)
    assert time.monotonic() - start < 5


def test_killing_the_parent_stops_its_workers(tmp_path):
    """A parent running a 2-job batch is killed with SIGKILL: its workers end within seconds."""
    folder = tmp_path / "in"
    folder.mkdir()
    from tests.hostile.docx_cases import many_paragraphs

    good = good_docx(folder)
    for i in range(4):
        many_paragraphs(20_000)(good, folder / f"big-{i}.docx")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    parent = subprocess.Popen([sys.executable, "-m", "reviewer.cli", "batch", str(folder),
                               "--out", str(tmp_path / "out"), "--jobs", "2"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    children: list[int] = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(children) < 2:
        time.sleep(0.5)
        children = _children(parent.pid)
    assert children, "the batch started no workers"
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(_alive(pid) for pid in children):
        time.sleep(0.5)
    survivors = [(pid, Path(f"/proc/{pid}/cmdline").read_bytes()[:200]) for pid in children if _alive(pid)]
    assert not survivors


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
