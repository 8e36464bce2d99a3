"""The selected item in full, and where the reviewer corrects and annotates it.

Top: what the tool decided and why (status, reasons, facts, deviations,
evidence as links that scroll the document). Bottom: the reviewer's override
with its note, a free note, "asked the vendor" and the vendor's answer. Every
change goes to `ReviewState.edit` (undoable); typing into one field merges
into one undo step.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reviewer.document import Location
from reviewer.gui.position_choice import PositionChoice
from reviewer.gui.review_state import ReviewState
from reviewer.gui.status_style import COLOURS, OVERRIDE_COLOUR, status_word
from reviewer.review import Evidence, Finding, Status


def format_fact(value: Any) -> str:
    if isinstance(value, Mapping):
        return ", ".join(f"{k}: {format_fact(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        if value and all(isinstance(v, Mapping) for v in value):
            return "; ".join(" ".join(str(x) for x in v.values()) for v in value)
        return ", ".join(format_fact(v) for v in value)
    return str(value)


def evidence_place(ev: Evidence) -> str:
    parts = []
    if ev.clause_number:
        parts.append(ev.clause_number)
    if ev.location.page is not None:
        parts.append(QCoreApplication.translate("FindingPanel", "p. {page}").format(
            page=ev.location.page))
    elif ev.location.index is not None:
        parts.append(QCoreApplication.translate("FindingPanel", "paragraph {n}").format(
            n=ev.location.index + 1))
    return ", ".join(parts)


class FindingPanel(QWidget):
    evidenceRequested = Signal(object)  # list[Location]

    def __init__(self, state: ReviewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.finding: Finding | None = None
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self._on_link)

        self.override = QComboBox()
        self.override_note = QLineEdit()
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(56)
        self.asked = QCheckBox()
        self.vendor_response = QLineEdit()
        self.position = PositionChoice(state)
        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(5)]
        self.form.addRow(self.form_labels[0], self.override)
        self.form.addRow(self.form_labels[1], self.override_note)
        self.form.addRow(self.form_labels[2], self.note)
        self.form.addRow("", self.asked)
        self.form.addRow(self.form_labels[3], self.vendor_response)
        self.form.addRow(self.form_labels[4], self.position)
        self.editor = QWidget()
        self.editor.setLayout(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.editor)
        self.retranslate()

        self.override.currentIndexChanged.connect(self._on_override)
        self.override_note.textEdited.connect(
            lambda t: self._edit("override_note", t, self.tr("Edit override note")))
        self.note.textChanged.connect(
            lambda: self._edit("note", self.note.toPlainText(), self.tr("Edit note")))
        self.asked.toggled.connect(self._on_asked)
        self.vendor_response.textEdited.connect(
            lambda t: self._edit("vendor_response", t, self.tr("Edit vendor response")))
        state.currentItemChanged.connect(self.show_item)
        state.annotationsChanged.connect(self.refresh)
        state.reviewChanged.connect(lambda: self.show_item(state.current_item))
        self.show_item("")

    def retranslate(self) -> None:
        for label, text in zip(self.form_labels, (
                self.tr("Your status:"), self.tr("Why:"), self.tr("Note:"),
                self.tr("Vendor's answer:"), self.tr("Redline asks for:")), strict=True):
            label.setText(text)
        self.asked.setText(self.tr("Asked the vendor"))
        self.override_note.setPlaceholderText(self.tr("Why you changed the status"))
        self.vendor_response.setPlaceholderText(self.tr("What the vendor replied"))
        self.override.blockSignals(True)
        self.override.clear()
        self.override.addItem(self.tr("Keep the tool's decision"), None)
        for s in Status:
            self.override.addItem(status_word(s), s.value)
        self.override.blockSignals(False)
        self.position.retranslate()
        self.refresh()

    # --- showing ---------------------------------------------------------------------
    def show_item(self, item_id: str) -> None:
        self.finding = self.state.finding(item_id) if item_id else None
        self.editor.setEnabled(self.finding is not None)
        self.refresh()

    def refresh(self) -> None:
        f = self.finding
        if f is None:
            self.details.setHtml("<p style='color:#666'>" + html.escape(self.tr(
                "Select an item in the checklist to see the tool's decision and evidence."))
                + "</p>")
            self._set_form("", "", "", False, "")
            self._show_position(None)
            return
        self._show_position(f)  # before the details, which show its redline paragraph
        self.details.setHtml(self._details_html(f))
        ann = self.state.annotations.item(f.item_id)
        self._set_form(ann.status_override.value if ann.status_override else None,
                       ann.override_note, ann.note, ann.asked_vendor, ann.vendor_response)

    def _show_position(self, f: Finding | None) -> None:
        self.position.show_finding(f)
        # The row's label hides with the control (items without positions).
        self.form_labels[4].setVisible(not self.position.isHidden())

    def _set_form(self, override: str | None, override_note: str, note: str, asked: bool,
                  response: str) -> None:
        widgets = (self.override, self.override_note, self.note, self.asked,
                   self.vendor_response)
        for w in widgets:
            w.blockSignals(True)
        self.override.setCurrentIndex(max(0, self.override.findData(override)))
        if self.override_note.text() != override_note:
            self.override_note.setText(override_note)
        if self.note.toPlainText() != note:
            self.note.setPlainText(note)
        self.asked.setChecked(asked)
        if self.vendor_response.text() != response:
            self.vendor_response.setText(response)
        for w in widgets:
            w.blockSignals(False)

    def _details_html(self, f: Finding) -> str:
        lang = self.state.ui_lang
        ann = self.state.annotations.item(f.item_id)
        esc = html.escape
        title = self.state.item_title(f.item_id, lang)
        tool = f"<b style='color:{COLOURS[f.status].name()}'>{esc(status_word(f.status))}</b>"
        out = [f"<h3>{esc(title)}</h3>"]
        item = self.state.checklist_item(f.item_id)
        if item is not None:
            out.append(f"<p style='color:#555'><i>{esc(item.question.get(lang))}</i></p>")
        if ann.status_override is not None and ann.status_override != f.status:
            mine = (f"<b style='color:{OVERRIDE_COLOUR.name()}'>"
                    f"{esc(status_word(ann.status_override))}</b>")
            out.append("<p>" + self.tr("Your decision: {mine} &nbsp; (the tool said {tool})")
                       .format(mine=mine, tool=tool) + "</p>")
        else:
            out.append("<p>" + self.tr("Tool's decision: {tool}").format(tool=tool) + "</p>")
        if f.confidence is not None:
            sure = self.tr("The tool is {pct} % sure of its status.").format(pct=round(f.confidence * 100))
            out.append(f"<p style='color:#555'>{esc(sure)}</p>")
        if f.reasons:
            out.append("<p><b>" + esc(self.tr("Why")) + "</b></p><ul>")
            out.extend(f"<li>{esc(r.get(lang))}</li>" for r in f.reasons)
            out.append("</ul>")
        if f.facts:
            out.append("<p><b>" + esc(self.tr("Key facts")) + "</b></p><ul>")
            out.extend(f"<li>{esc(str(k))}: {esc(format_fact(v))}</li>" for k, v in f.facts.items())
            out.append("</ul>")
        if f.deviations:
            out.append("<p><b style='color:#c62828'>" + esc(self.tr("Deviations from policy"))
                       + "</b></p><ul>")
            out.extend(f"<li>{esc(d.message.get(lang))}</li>" for d in f.deviations)
            out.append("</ul>")
        redline = self.position.details_html()
        if redline:
            out.append(f"<p>{redline}</p>")
        out.append("<p><b>" + esc(self.tr("Evidence")) + "</b></p>")
        if not f.evidence and not ann.extra_evidence:
            out.append("<p style='color:#666'>" + esc(self.tr(
                "No clause addresses this item.")) + "</p>")
        for i, ev in enumerate(f.evidence):
            out.append(self._evidence_html(ev, f"ev:{i}", ""))
        for i, ev in enumerate(ann.extra_evidence):
            out.append(self._evidence_html(ev, f"extra:{i}", self.tr("added by you")))
        return "".join(out)

    def _evidence_html(self, ev: Evidence, href: str, tag: str) -> str:
        place = evidence_place(ev) or self.tr("show")
        text = ev.text if len(ev.text) < 400 else ev.text[:400] + "\u2026"
        colour = OVERRIDE_COLOUR.name()
        extra = f" <i style='color:{colour}'>({html.escape(tag)})</i>" if tag else ""
        return (f"<p><a href='{href}'>{html.escape(place)}</a>{extra}<br>"
                f"<span style='color:#333'>{html.escape(text)}</span></p>")

    def _on_link(self, url: QUrl) -> None:
        f = self.finding
        if f is None:
            return
        kind, _, num = url.toString().partition(":")
        ann = self.state.annotations.item(f.item_id)
        pool = f.evidence if kind == "ev" else ann.extra_evidence
        i = int(num)
        if 0 <= i < len(pool):
            self.evidenceRequested.emit([pool[i].location])

    def evidence_locations(self) -> list[Location]:
        f = self.finding
        if f is None:
            return []
        ann = self.state.annotations.item(f.item_id)
        return [e.location for e in (*f.evidence, *ann.extra_evidence)]

    # --- editing -----------------------------------------------------------------------
    def _edit(self, field: str, value: Any, text: str, merge: bool = True) -> None:
        f = self.finding
        if f is None:
            return
        after = self.state.annotations.with_item(f.item_id, **{field: value})
        self.state.edit(after, text, merge_key=f"{f.item_id}/{field}" if merge else "")

    def _on_override(self, _index: int) -> None:
        value = self.override.currentData()
        self._edit("status_override", Status(value) if value else None,
                   self.tr("Override status"), merge=False)

    def _on_asked(self, checked: bool) -> None:
        self._edit("asked_vendor", checked, self.tr("Mark asked the vendor"), merge=False)
