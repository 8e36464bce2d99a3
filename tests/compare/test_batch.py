"""Batch review: a corrupt file in the folder, re-runs, interruption and resumption."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from reviewer.batch.manifest import MANIFEST, Entry
from reviewer.batch.pool import longest_first, run_pool
from reviewer.batch.runner import find_contracts, run_batch
from reviewer.batch.worker import ContractJob, review_one
from reviewer.cli import main
from reviewer.progress import CancelToken

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
REPO = CORPUS.parents[1]
GOOD = {
    "veloxa.pdf": "veloxa-enterprise-sla-en.pdf",
    "sub/castellan.docx": "castellan-streaming-plans-en.docx",
    "=evil.docx": "pebble-chat-support-en.docx",  # a file name a spreadsheet would run
}


def make_folder(root: Path, corrupt: bool = True) -> Path:
    folder = root / "contracts"
    for rel, source in GOOD.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CORPUS / source, folder / rel)
    if corrupt:
        data = (CORPUS / "orchid-dpa-en.pdf").read_bytes()
        (folder / "broken.pdf").write_bytes(data[: len(data) // 3])  # cut off mid-download
    (folder / "notes.txt").write_text("not a contract", encoding="utf-8")
    (folder / "~$veloxa.docx").write_bytes(b"Word lock file")
    return folder


def read_summary(out: Path) -> dict[str, dict[str, str]]:
    with open(out / "summary.csv", encoding="utf-8-sig", newline="") as fh:
        return {row["File"]: row for row in csv.DictReader(fh)}


def manifest_files(out: Path) -> dict[str, dict[str, object]]:
    return json.loads((out / MANIFEST).read_text(encoding="utf-8"))["files"]


def test_finds_contracts_only(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    (folder / "out").mkdir()
    shutil.copy(CORPUS / "orchid-dpa-en.pdf", folder / "out" / "old-output.pdf")
    found = [p.relative_to(folder).as_posix() for p in find_contracts(folder, folder / "out")]
    assert found == sorted(["=evil.docx", "broken.pdf", "sub/castellan.docx", "veloxa.pdf"])


def test_corrupt_file_is_reported_and_does_not_stop_the_batch(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder, out = make_folder(tmp_path), tmp_path / "out"
    code = main(["batch", str(folder), "--out", str(out), "--jobs", "1", "--xlsx"])
    assert code == 1  # a failure is a non-zero exit, after everything else was done
    captured = capsys.readouterr()
    assert "4 contracts: 4 reviewed, 0 unchanged (skipped), 1 failed" in captured.out
    assert "failed: broken.pdf: " in captured.err
    summary = read_summary(out)
    assert set(summary) == {"'=evil.docx", "broken.pdf", "sub/castellan.docx", "veloxa.pdf"}
    broken = summary["broken.pdf"]
    assert broken["Result"] == "error" and "damaged" in broken["Error"]
    veloxa = summary["veloxa.pdf"]
    assert (veloxa["Result"], veloxa["Vendor"], veloxa["Language"]) == ("ok", "Veloxa", "en")
    assert veloxa["Top-severity response"] == "Severity 1 15 min"
    assert (veloxa["Availability %"], veloxa["Version support (months)"],
            veloxa["Breach notice (hours)"]) == ("99.95", "18", "72")
    review = json.loads((out / "veloxa.pdf.json").read_text(encoding="utf-8"))
    assert review["schema"] == "contract-review/1"
    assert float(veloxa["Terms score"]) == review["score"]
    assert int(veloxa["Met"]) == sum(i["status"] == "met" for i in review["items"])
    assert float(veloxa["Terms coverage"]) == review["score"]
    assert (out / "sub" / "castellan.docx.json").is_file()
    assert (out / "sub" / "castellan.docx.xlsx").is_file()
    assert not (out / "broken.pdf.json").exists()
    ws = load_workbook(out / "summary.xlsx").active
    files = {ws.cell(row=r, column=1).value: ws.cell(row=r, column=1) for r in range(2, 6)}
    assert files["=evil.docx"].data_type == "s"  # text, never a formula


def test_rerun_skips_unchanged_contracts(tmp_path: Path) -> None:
    folder, out = make_folder(tmp_path), tmp_path / "out"
    first = run_batch(folder, out)
    assert (first.reviewed, first.skipped, first.failed) == (4, 0, 1)
    written = (out / "veloxa.pdf.json").stat().st_mtime_ns
    again = run_batch(folder, out)
    assert (again.reviewed, again.skipped, again.failed, again.failed_total) == (0, 4, 0, 1)
    assert (out / "veloxa.pdf.json").stat().st_mtime_ns == written
    assert len(read_summary(out)) == 4  # the summary still lists every contract
    # A changed contract is reviewed again; a removed one leaves the summary.
    shutil.copy(CORPUS / "orchid-dpa-en.pdf", folder / "veloxa.pdf")
    (folder / "=evil.docx").unlink()
    third = run_batch(folder, out)
    assert (third.reviewed, third.skipped) == (1, 2)
    summary = read_summary(out)
    assert set(summary) == {"broken.pdf", "sub/castellan.docx", "veloxa.pdf"}
    assert summary["veloxa.pdf"]["Vendor"] == "Orchid"
    retried = run_batch(folder, out, retry_failed=True)
    assert (retried.reviewed, retried.failed) == (1, 1)


def test_interrupted_batch_resumes(tmp_path: Path) -> None:
    folder, out = make_folder(tmp_path, corrupt=False), tmp_path / "out"
    token = CancelToken()
    stopped = run_batch(folder, out, cancel=token, on_result=lambda rel, entry: token.cancel())
    assert stopped.cancelled and stopped.reviewed == 1
    done = manifest_files(out)
    assert len(done) == 1 and len(read_summary(out)) == 1
    resumed = run_batch(folder, out)
    assert not resumed.cancelled
    assert (resumed.reviewed, resumed.skipped, resumed.total) == (2, 1, 3)
    assert set(manifest_files(out)) == set(GOOD)
    assert manifest_files(out)[next(iter(done))] == next(iter(done.values()))


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.slow  # spawns worker processes
def test_ctrl_c_stops_a_parallel_batch_cleanly(tmp_path: Path) -> None:
    folder, out = tmp_path / "many", tmp_path / "out"
    folder.mkdir()
    sources = ["veloxa-enterprise-sla-en.pdf", "castellan-streaming-plans-en.docx",
               "yunlan-sla-good-zh.pdf", "meridian-ccaas-msa-en.docx"]
    for i in range(16):
        shutil.copy(CORPUS / sources[i % 4], folder / f"c{i:02d}-{sources[i % 4]}")
    cmd = [sys.executable, "-c", "import sys; from reviewer.cli import main; "
           f"sys.exit(main(['batch', {str(folder)!r}, '--out', {str(out)!r}, '--jobs', '2']))"]
    # The batch gets Ctrl+C's default action whatever this process inherited: a test run started
    # in the background by a non-interactive shell ("sh -c '... &'") ignores SIGINT, a child
    # inherits that, and Python then installs no KeyboardInterrupt handler, so the batch would run
    # to its end (CI, 7 December 2026).
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONPATH": str(REPO)},
                            preexec_fn=_default_sigint)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if (out / MANIFEST).is_file() and manifest_files(out):
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr
    assert "Stopped before the end" in stdout
    assert "Traceback" not in stderr
    done = manifest_files(out)
    assert 1 <= len(done) < 16
    for entry in done.values():  # everything recorded is complete on disk
        assert (out / str(entry["json"])).is_file()
        json.loads((out / str(entry["json"])).read_text(encoding="utf-8"))
    resumed = run_batch(folder, out, jobs=2)
    assert (resumed.skipped, resumed.reviewed, resumed.failed) == (len(done), 16 - len(done), 0)
    assert len(read_summary(out)) == 16


def crash_on_marked_files(task: ContractJob) -> Entry:
    """A worker whose process dies on files named crash-*, as a crashing PDF library would."""
    if Path(task.path).name.startswith("crash-"):
        os._exit(3)
    return review_one(task)


@pytest.mark.slow  # spawns worker processes
def test_a_worker_crash_fails_only_its_file(tmp_path: Path) -> None:
    folder, out = tmp_path / "c", tmp_path / "out"
    folder.mkdir()
    names = ["a-veloxa.pdf", "crash-b.docx", "c-castellan.docx", "d-yunlan.pdf", "e-pebble.docx"]
    sources = ["veloxa-enterprise-sla-en.pdf", "castellan-streaming-plans-en.docx",
               "castellan-streaming-plans-en.docx", "yunlan-sla-good-zh.pdf",
               "pebble-chat-support-en.docx"]
    for name, source in zip(names, sources, strict=True):
        shutil.copy(CORPUS / source, folder / name)
    tasks = [ContractJob(str(folder / n), n, "sha", n + ".json", "", str(out), "") for n in names]
    recorded: dict[str, Entry] = {}
    stopped = run_pool(tasks, 2, lambda task, entry: recorded.__setitem__(task.rel, entry),
                       None, "", crash_on_marked_files)
    assert not stopped
    assert set(recorded) == set(names)
    assert not recorded["crash-b.docx"].ok
    assert "stopped unexpectedly" in recorded["crash-b.docx"].error
    assert "意外停止" in recorded["crash-b.docx"].row["error_zh"]
    assert all(recorded[n].ok for n in names if n != "crash-b.docx")
    assert (out / "e-pebble.docx.json").is_file()


def pid_entry(task: ContractJob) -> Entry:
    """A worker that only says which process it ran in."""
    return Entry(task.sha256, True, {"file": task.rel, "pid": os.getpid()})


class _AtTeardown:
    def __init__(self, path: Path) -> None:
        self.path = path

    def __del__(self) -> None:
        self.path.write_text("torn down", encoding="utf-8")


def exit_hooks(folder: str) -> int:
    """In a worker: an exit handler (must run) and an object freed only by the teardown."""
    import atexit

    atexit.register(lambda: (Path(folder) / "atexit").write_text("ran", encoding="utf-8"))
    sys.modules[__name__]._kept = _AtTeardown(Path(folder) / "teardown")  # type: ignore[attr-defined]
    return os.getpid()


@pytest.mark.slow  # spawns worker processes
def test_the_pool_finishes_on_one_of_its_workers_which_exit_without_teardown(tmp_path: Path) -> None:
    tasks = [ContractJob(str(tmp_path / f"{i}.pdf"), f"{i}.pdf", "sha", "", "", str(tmp_path), "")
             for i in range(6)]
    recorded: dict[str, Entry] = {}
    finished: list[int] = []
    hooks = tmp_path / "hooks"
    hooks.mkdir()

    def finish(call: Callable[..., Any]) -> None:
        assert len(recorded) == 6  # every result is in before the last step
        finished.append(call(exit_hooks, str(hooks)))

    stopped = run_pool(tasks, 2, lambda task, entry: recorded.__setitem__(task.rel, entry), None, "",
                       pid_entry, finish=finish)
    assert not stopped and set(recorded) == {t.rel for t in tasks}
    # The summaries' step ran on a worker of the pool, not in a process of its own.
    assert finished and finished[0] in {e.row["pid"] for e in recorded.values()}
    assert finished[0] != os.getpid()
    # The worker's exit handlers ran (the pattern-code store is saved by one); the
    # interpreter's teardown, which would have freed the object, did not.
    assert (hooks / "atexit").read_text(encoding="utf-8") == "ran"
    assert not (hooks / "teardown").exists()


def test_largest_files_go_first(tmp_path: Path) -> None:
    sizes = {"a.pdf": 10, "b.pdf": 3000, "c.docx": 200, "d.pdf": 200, "gone.pdf": -1}
    tasks = []
    for name, size in sizes.items():
        if size >= 0:
            (tmp_path / name).write_bytes(b"x" * size)
        tasks.append(ContractJob(str(tmp_path / name), name, "sha", "", "", str(tmp_path), ""))
    assert [t.rel for t in longest_first(tasks)] == ["b.pdf", "c.docx", "d.pdf", "a.pdf", "gone.pdf"]


def test_another_checklist_reviews_everything_again(tmp_path: Path) -> None:
    from reviewer.checklist.loader import checklists_dir

    folder, out = make_folder(tmp_path, corrupt=False), tmp_path / "out"
    assert run_batch(folder, out).reviewed == 3
    text = (checklists_dir() / "vendor-support.yaml").read_text(encoding="utf-8")
    mine = tmp_path / "mine.yaml"
    mine.write_text(text.split("\nscorecards:")[0] + "\n", encoding="utf-8")  # no scorecards
    again = run_batch(folder, out, checklist=mine)
    assert (again.reviewed, again.skipped) == (3, 0)
    columns = next(iter(read_summary(out).values())).keys()
    assert "Terms coverage" not in columns and "Terms score" in columns
    assert run_batch(folder, out, checklist=mine).skipped == 3


def test_broken_checklist_stops_before_any_review(tmp_path: Path) -> None:
    from reviewer.errors import ChecklistError

    bad = tmp_path / "bad.yaml"
    bad.write_text("schema: contract-reviewer/checklist-1\nid: x\n", encoding="utf-8")
    with pytest.raises(ChecklistError, match=r"bad\.yaml"):
        run_batch(make_folder(tmp_path), tmp_path / "out", checklist=bad)
    assert not (tmp_path / "out" / MANIFEST).exists()


def test_errors_and_deviations_in_both_languages(tmp_path: Path) -> None:
    """The summary rows carry the core's texts in Chinese too (the Portfolio's zh UI)."""
    from reviewer.batch.worker import FileTimedOut, error_zh

    folder, out = make_folder(tmp_path), tmp_path / "out"
    result = run_batch(folder, out, jobs=1)
    rows = {row["file"]: row for row in result.rows}
    broken = rows["broken.pdf"]
    assert "damaged" in broken["error"]
    assert broken["error_zh"] == "无法审阅此合同：" + broken["error"]
    with_deviations = [r for r in rows.values() if r.get("deviations")]
    for row in with_deviations:
        assert row["deviations"].count("; ") == row["deviations_zh"].count("；")
        assert any("\u4e00" <= c <= "\u9fff" for c in row["deviations_zh"])
    assert "BATCH_FILE_SECONDS" in error_zh(FileTimedOut("slow"), "slow")
    assert error_zh(MemoryError(), "").startswith("审阅此合同超出了安全限制")
    assert error_zh(KeyError("x"), "").startswith("内部错误")
