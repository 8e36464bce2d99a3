"""The playbook editor's verdict and diff: is the edited checklist valid, and what changed.

`PlaybookChanges.check` is the line under the editor ("Checking…", the
loader's message in red, or "Valid: …" in green); `view` lists, per item,
what differs from the bundled checklist (`reviewer.checklist.playbook.
playbook_diff`), in words of the window's language.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from reviewer.checklist.playbook import ItemChanges, policy_unit, split_policy_field


class PlaybookChanges(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = "en"
        self.diff: list[ItemChanges] = []
        self.error: str | None = None  # None: not checked yet; "": valid
        self.counts = (0, 0)  # items on, items in the file
        self.label = QLabel()
        self.view = QTextBrowser()
        self.check = QLabel()  # placed by the editor, under everything
        self.check.setWordWrap(True)
        self.check.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.view)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Changes from the bundled checklist:"))
        self._show()

    # --- results ----------------------------------------------------------------------
    def checking(self) -> None:
        self.check.setText(self.tr("Checking\u2026"))
        self.check.setStyleSheet("color:#555")

    def show_valid(self, on: int, total: int, diff: list[ItemChanges]) -> None:
        self.error, self.counts, self.diff = "", (on, total), diff
        self._show()

    def show_error(self, error: str) -> None:
        self.error = error
        self._show()

    def _show(self) -> None:
        if self.error is None:
            self.check.setText("")
        elif self.error:
            self.check.setText(self.tr("Not valid: {error}").format(error=self.error))
            self.check.setStyleSheet("color:#c62828")
        else:
            on, total = self.counts
            self.check.setText(self.tr("Valid: {on} of {total} items on, {n} changed.").format(
                on=on, total=total, n=len(self.diff)))
            self.check.setStyleSheet("color:#1b7f3b")
        lines = self.lines()
        if not lines:
            self.view.setHtml("<p style='color:#666'>" + html.escape(self.tr(
                "No changes: the same as the bundled checklist.")) + "</p>")
        else:
            self.view.setHtml("<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in lines)
                              + "</ul>")

    # --- in words ------------------------------------------------------------------------
    def field_name(self, field: str) -> str:
        policy = split_policy_field(field)
        if policy is not None:
            fact, bound = policy
            words = self.tr("policy maximum ({fact})") if bound == "max" else self.tr(
                "policy minimum ({fact})")
            return words.format(fact=fact)
        names = {"enabled": self.tr("on"), "weight": self.tr("importance"),
                 "band.preferred": self.tr("preferred limit"),
                 "band.fallback": self.tr("fallback limit"),
                 "band.unacceptable": self.tr("unacceptable limit"),
                 "preferred.en": self.tr("preferred text (English)"),
                 "preferred.zh": self.tr("preferred text (Chinese)"),
                 "fallback.en": self.tr("fallback text (English)"),
                 "fallback.zh": self.tr("fallback text (Chinese)")}
        return names.get(field, field)

    def lines(self) -> list[str]:
        """The diff as readable lines, one per item (what the pane shows)."""
        return [self._line(change) for change in self.diff]

    def _line(self, change: ItemChanges) -> str:
        title = change.item.title.get(self.lang) if change.item else change.item_id
        if change.added:
            return self.tr("{item}: new item").format(item=title)
        if change.removed:
            return self.tr("{item}: not in this playbook").format(item=change.item_id)
        parts = []
        for c in change.changes:
            if c.field == "enabled":
                parts.append(self.tr("turned off") if c.after == "false" else self.tr("turned on"))
            elif c.field.startswith(("preferred.", "fallback.")):
                parts.append(self.tr("{field} rewritten").format(field=self.field_name(c.field)))
            else:
                parts.append(f"{self.field_name(c.field)} {c.before} \u2192 {c.after}"
                             + self._unit(change, c.field))
        return f"{title}: " + "; ".join(parts)

    def _unit(self, change: ItemChanges, field: str) -> str:
        """" minutes" after a policy limit's numbers ("%" joins the number)."""
        policy = split_policy_field(field)
        unit = policy_unit(change.item, policy[0]) if policy and change.item else None
        if unit is None:
            return ""
        word = unit.get(self.lang)
        return word if word == "%" or self.lang == "zh" else f" {word}"
