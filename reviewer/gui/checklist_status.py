"""The main window's status-bar label: which checklist file the review uses.

A reviewer's own playbook and the bundled checklist can share a title (and,
in files written before the editor refused it, an id), never a file: the
label names the open review's checklist (else the one new reviews will use)
as "(built-in)" or by its file name, with the full path in the tooltip.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from reviewer.checklist.model import Checklist
from reviewer.gui.plain_text import plain_tooltip


class ChecklistStatus(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._bundled: list[Any] | None = None  # the installed checklists, read once

    def bundled(self) -> list[Any]:
        if self._bundled is None:  # ~30 ms a call; the installed files do not change
            from reviewer.api import bundled_checklists

            self._bundled = list(bundled_checklists())
        return self._bundled

    def show_checklist(self, checklist: Checklist | None, review_checklist_id: str | None,
                       spec: str, lang: str) -> None:
        """``checklist``: the open review's (None with ``review_checklist_id``: not found);
        with no review, ``spec`` is the window's setting (a bundled id or a path)."""
        bundled = self.bundled()
        if checklist is not None:
            path, name = Path(checklist.path), checklist.title.get(lang)
        elif review_checklist_id is not None:
            self.setText(self.tr("Checklist: {id} (not found)").format(id=review_checklist_id))
            self.setToolTip("")
            return
        else:
            found = [b for b in bundled if b.id == (spec or "vendor-support")]
            path = found[0].path if found else Path(spec)
            name = found[0].title.get(lang) if found else ""
        built_in = any(b.path.resolve() == path.resolve() for b in bundled)
        self.setText(self.tr("Checklist: {name} (built-in)").format(name=name) if built_in
                     else self.tr("Checklist: {file}").format(file=path.name))
        self.setToolTip(plain_tooltip(str(path)) or "")
