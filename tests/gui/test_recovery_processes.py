"""Never losing work, checked with the real app in real processes.

Each test starts `reviewer gui FILE` as a separate process on the offscreen
platform, scripted through REVIEWER_TEST_SCRIPT (reviewer/gui/test_hook.py):
it answers the app's questions and reports what the window holds. Crashes
are real SIGKILLs, so nothing is flushed or cleaned up by the app.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from reviewer.annotations import Annotations
from reviewer.review import Status
from reviewer.session import load_review_file, new_saved_review, save_review_file
from tests.fixtures import pdf_factory as pf

pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL"), pytest.mark.slow]  # real processes
ROOT = Path(__file__).resolve().parents[2]
WAIT_S = 90.0


class App:
    def __init__(self, tmp: Path, data_dir: Path, name: str, file: Path | None,
                 script: dict[str, Any]) -> None:
        self.report_path = tmp / f"{name}.report.json"
        script = {**script, "report": str(self.report_path)}
        script_path = tmp / f"{name}.script.json"
        script_path.write_text(json.dumps(script), encoding="utf-8")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REVIEWER_DATA_DIR": str(data_dir),
               "REVIEWER_TEST_SCRIPT": str(script_path), "REVIEWER_AUTOSAVE_MS": "200",
               "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "reviewer.cli", "gui", *([str(file)] if file else []),
             "--lang", "en"],
            env=env, cwd=tmp, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def report(self) -> dict[str, Any]:
        try:
            return dict(json.loads(self.report_path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return {}

    def wait_for(self, what: Callable[[], bool], label: str) -> None:
        deadline = time.monotonic() + WAIT_S
        while not what():
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode() if self.proc.stderr else ""
                raise AssertionError(f"app exited while waiting for {label}: {err}")
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {label}: {self.report()}")
            time.sleep(0.1)

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(30)


@pytest.fixture
def apps() -> Iterator[list[App]]:
    started: list[App] = []
    yield started
    for app in started:
        if app.proc.poll() is None:
            app.kill()


def recoveries(data_dir: Path) -> list[Path]:
    return sorted(data_dir.glob("recovery-*.review.json"))


def confirms(report: dict[str, Any]) -> list[str]:
    return [text for kind, _title, text in report.get("shown", []) if kind == "confirm"]


def test_kill_then_start_with_the_file_offers_and_restores(tmp_path: Path, apps: list[App]
                                                           ) -> None:
    contract = pf.support_terms_pdf(tmp_path / "acme.pdf")
    data = tmp_path / "appdata"
    first = App(tmp_path, data, "first", contract,
                {"edits": [{"note": "call legal about clause 7", "override": "met"}]})
    apps.append(first)
    first.wait_for(lambda: bool(recoveries(data)), "the autosave")
    first.kill()
    assert len(recoveries(data)) == 1

    # started with the file argument (Open with, Recent, dev.sh app), answer No the first time
    declined = App(tmp_path, data, "declined", contract, {"answers": [False]})
    apps.append(declined)
    declined.wait_for(lambda: declined.report().get("has_review", False), "the fresh review")
    report = declined.report()
    assert "acme.pdf" in confirms(report)[0] and "Restore" in confirms(report)[0]
    assert "1 overrides, 1 notes" in confirms(report)[0]
    assert report["annotations"] == {}
    assert not recoveries(data)  # answered No: only now is it gone
    declined.kill()


def test_recovery_kept_until_answered_and_restored(tmp_path: Path, apps: list[App]) -> None:
    contract = pf.support_terms_pdf(tmp_path / "acme.pdf")
    other = pf.contract_pdf(tmp_path / "other.pdf", pages=2)
    data = tmp_path / "appdata"
    first = App(tmp_path, data, "first", contract,
                {"edits": [{"note": "call legal", "override": "met"}]})
    second = App(tmp_path, data, "second", other, {"edits": [{"note": "other note"}]})
    apps += [first, second]
    first.wait_for(lambda: len(recoveries(data)) >= 1, "the first autosave")
    second.wait_for(lambda: len(recoveries(data)) == 2, "the second autosave")
    first.kill()
    second.kill()
    assert len(recoveries(data)) == 2  # one per contract: two apps never overwrote each other

    restored = App(tmp_path, data, "restored", contract, {"answers": [True]})
    apps.append(restored)
    restored.wait_for(lambda: bool(restored.report().get("annotations")), "the restore")
    report = restored.report()
    note = next(iter(report["annotations"].values()))
    assert note == {"note": "call legal", "override": "met"}
    assert report["dirty"] is True
    assert len(recoveries(data)) == 2  # restored but not saved yet: still kept
    restored.kill()

    # the other contract's autosave is still offered when the app starts with no file
    plain = App(tmp_path, data, "plain", None, {"answers": [True]})
    apps.append(plain)
    plain.wait_for(lambda: bool(plain.report().get("annotations")), "the newest restore")
    assert confirms(plain.report())
    plain.kill()


def test_saved_review_found_on_open_and_one_recent_entry(tmp_path: Path, apps: list[App]
                                                         ) -> None:
    from reviewer import api

    contract = pf.support_terms_pdf(tmp_path / "acme.pdf")
    review = api.review(contract)
    ann = Annotations()
    for f in review.findings[:3]:
        ann = ann.with_item(f.item_id, status_override=Status.MISSING, note="from the meeting")
    target = tmp_path / "acme.review.json"
    save_review_file(target, new_saved_review(review, contract, ann))
    data = tmp_path / "appdata"
    app = App(tmp_path, data, "open", contract, {"answers": [True]})
    apps.append(app)
    app.wait_for(lambda: len(app.report().get("annotations", {})) == 3
                 and bool(app.report().get("recent")), "the saved review")
    report = app.report()
    text = confirms(report)[0]
    assert "A saved review of this contract exists" in text and "3 overrides, 3 notes" in text
    assert report["review_file"] == str(target)
    assert report["recent"] == [str(target.resolve())]  # one entry, not the PDF and its review
    assert load_review_file(target).annotations == ann  # nothing was written over it
    app.kill()
