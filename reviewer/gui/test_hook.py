"""A scripted session for tests that run the real app as a separate process.

``REVIEWER_TEST_SCRIPT=script.json`` makes the app answer its questions from
the script instead of showing dialogs, make the script's edits once the first
review is ready, and write what it showed and holds to the script's report
file after every change. The script::

    {"answers": [true, false], "report": "/tmp/report.json",
     "edits": [{"item": "", "note": "text", "override": "met"}]}

``item`` "" means the first item of the review. Nothing here runs unless the
variable is set.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from reviewer.annotations import Annotations
from reviewer.atomic import write_text_atomic
from reviewer.gui.messages import SaveChoice
from reviewer.review import Status

ENV = "REVIEWER_TEST_SCRIPT"


def load_script() -> dict[str, Any] | None:
    path = os.environ.get(ENV)
    if not path:
        return None
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else None


class ScriptedPresenter:
    """Answers from the script; every question and message is reported."""

    def __init__(self, script: dict[str, Any], report: Any) -> None:
        self.answers = list(script.get("answers", []))
        self.report = report
        self.shown: list[list[str]] = []

    def _show(self, kind: str, title: str, text: str) -> None:
        self.shown.append([kind, title, text])
        self.report()

    def error(self, title: str, text: str, details: str = "") -> None:
        self._show("error", title, text)

    def info(self, title: str, text: str) -> None:
        self._show("info", title, text)

    def confirm(self, title: str, text: str) -> bool:
        answer = bool(self.answers.pop(0)) if self.answers else False
        self._show("confirm", title, text)
        return answer

    def ask_password(self, file_name: str, wrong: bool) -> str | None:
        self._show("password", file_name, "")
        return None

    def ask_save_changes(self, name: str) -> SaveChoice:
        self._show("save-changes", name, "")
        return SaveChoice.CANCEL

    def ask_save_playbook(self, name: str) -> SaveChoice:
        self._show("save-playbook", name, "")
        return SaveChoice.CANCEL


def _annotations_dict(annotations: Annotations) -> dict[str, Any]:
    return {item: {"note": a.note, "override": a.status_override.value
                   if a.status_override else ""} for item, a in annotations.items.items()}


class TestHook:
    """Wires a window to a script (see the module docstring)."""

    def __init__(self, script: dict[str, Any]) -> None:
        self.script = script
        self.presenter = ScriptedPresenter(script, self.write_report)
        self.window: Any = None
        self._edited = False

    def attach(self, window: Any) -> None:
        self.window = window
        window.controller.reviewReady.connect(self._on_ready)
        window.state.annotationsChanged.connect(self.write_report)
        window.controller.recentChanged.connect(lambda _files: self.write_report())
        window.state.dirtyChanged.connect(lambda _dirty: self.write_report())
        self.write_report()

    def _on_ready(self) -> None:
        if not self._edited and self.script.get("edits"):
            self._edited = True
            self._apply_edits()
        self.write_report()

    def _apply_edits(self) -> None:
        state = self.window.state
        for edit in self.script.get("edits", []):
            item = edit.get("item") or state.review.findings[0].item_id
            override = Status(edit["override"]) if edit.get("override") else None
            after = state.annotations.with_item(item, note=edit.get("note", ""),
                                                status_override=override)
            state.edit(after, "scripted edit")

    def write_report(self) -> None:
        target = self.script.get("report")
        if not target or self.window is None:
            return
        state = self.window.state
        report = {
            "shown": self.presenter.shown,
            "contract": str(state.contract_path or ""),
            "review_file": str(state.review_file or ""),
            "has_review": state.review is not None,
            "dirty": state.is_dirty,
            "annotations": _annotations_dict(state.annotations),
            "recent": self.window.settings.recent_files(),
        }
        write_text_atomic(Path(target), json.dumps(report, ensure_ascii=False))
