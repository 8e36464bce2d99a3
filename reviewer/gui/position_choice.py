"""The finding panel's "Redline asks for" row: which position the redline uses per item.

A combo (preferred / fallback / leave out) over `ItemAnnotation.position`,
preselected with what the redline would do without a choice
(`api.chosen_position`), with the band the contract lands in beside it;
`details_html()` gives the finding panel's "Redline" paragraph: the band's
limits and the clause the redline will insert, placeholders filled the way
the redline fills them, in the contract's language. A change is an undoable edit of the
annotations like every other correction, so it is saved in the review file
and autosaved for crash recovery.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from reviewer import api
from reviewer.checklist.model import ChecklistItem
from reviewer.gui.review_state import ReviewState
from reviewer.review import Finding, Review

CHOICES = ("preferred", "fallback", "skip")


class PositionChoice(QWidget):
    def __init__(self, state: ReviewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._wording_of: Review | None = None
        self._written: Callable[[str], str] = str
        self.finding: Finding | None = None
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.band = QLabel()
        self.band.setTextFormat(Qt.TextFormat.RichText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.band, 1)
        self.combo.currentIndexChanged.connect(self._on_choice)
        self.retranslate()

    def retranslate(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("Preferred position"), "preferred")
        self.combo.addItem(self.tr("Fallback position"), "fallback")
        self.combo.addItem(self.tr("Leave out of the redline"), "skip")
        self.combo.blockSignals(False)
        self.refresh()

    # --- showing -------------------------------------------------------------------
    def show_finding(self, finding: Finding | None) -> None:
        self.finding = finding
        self.refresh()

    def _item(self) -> ChecklistItem | None:
        f = self.finding
        return self.state.checklist_item(f.item_id) if f is not None else None

    def current_choice(self) -> str:
        """What the redline will ask for: the reviewer's choice, else the default."""
        f, item = self.finding, self._item()
        if f is None or item is None:
            return ""
        band = api.band_of(item, f, self.state.effective_status(f))
        return str(api.chosen_position(item, band, self.state.annotations.item(f.item_id).position))

    def refresh(self) -> None:
        f, item = self.finding, self._item()
        usable = f is not None and item is not None and item.positions is not None
        self.setVisible(usable)
        if not usable or f is None or item is None or item.positions is None:
            return
        choice = self.current_choice()
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(0, self.combo.findData(choice)))
        has_fallback = item.positions.fallback is not None
        model_item = self.combo.model().item(1)  # type: ignore[attr-defined]
        model_item.setEnabled(has_fallback)
        self.combo.blockSignals(False)
        band = api.band_of(item, f, self.state.effective_status(f))
        self.band.setText(self.tr("The contract is in the {band} band.").format(
            band=f"<b>{html.escape(band.label.get(self.state.ui_lang))}</b>"))

    def details_html(self) -> str:
        """The band's limits and what the redline inserts, for the details pane; "" without positions."""
        f, item = self.finding, self._item()
        if f is None or item is None or item.positions is None:
            return ""
        return self._describe(item, f, self.current_choice())

    def _wording(self) -> Callable[[str], str]:
        """`api.contract_wording` of the review shown, made once per review."""
        review = self.state.review
        if review is None or self.contract_lang() != "zh":
            return str
        if self._wording_of is not review:
            self._wording_of, self._written = review, api.contract_wording(review)
        return self._written

    def contract_lang(self) -> str:
        review = self.state.review
        lang = review.document.language if review is not None else "en"
        return lang if lang in ("en", "zh") else "en"

    def _describe(self, item: ChecklistItem, f: Finding, choice: str) -> str:
        esc = html.escape
        band = api.band_of(item, f, self.state.effective_status(f))
        lang = self.state.ui_lang
        where = self.tr("The contract is in the {band} band.").format(
            band=f"<b>{esc(band.label.get(lang))}</b>")
        limits = self._limits(item, f, lang)
        parts = ["<a name='redline'></a><b>" + esc(self.tr("Redline")) + "</b>",
                 where + (" " + esc(limits) if limits else "")]
        if choice == "skip":
            parts.append("<span style='color:#666'>" + esc(self.tr(
                "The redline makes no change for this item.")) + "</span>")
        else:
            text = api.position_text(item, choice, self.contract_lang())
            if text is not None:
                written = self._wording()  # as the redline writes it: a traditional contract's characters
                parts.append(esc(self.tr("The redline inserts:")) + "<br><i>"
                             + esc(written(text.clause)) + "</i>")
                if text.substitute:
                    parts.append(esc(self.tr("or, where the clause hedges, replaces the hedge with "
                                             "\u201c{text}\u201d.").format(text=written(text.substitute))))
        return "<br>".join(parts)

    def _limits(self, item: ChecklistItem, f: Finding, lang: str) -> str:
        band = item.positions.band if item.positions else None
        if band is None:
            return ""
        unit = band.unit.get(lang) if band.unit else ""
        value = api.band_value(band, f.facts)
        better, worse = ("\u2264", "\u2265") if band.lower_is_better else ("\u2265", "\u2264")
        text = self.tr("Preferred {b} {p}, fallback {b} {f}, unacceptable {w} {u} {unit}.").format(
            b=better, w=worse, p=f"{band.preferred:g}", f=f"{band.fallback:g}",
            u=f"{band.unacceptable:g}", unit=unit).replace(" .", ".")
        if value is not None:
            text = self.tr("Found {value} {unit}.").format(value=f"{value:g}", unit=unit) + " " + text
        return text

    # --- editing -------------------------------------------------------------------
    def _on_choice(self, _index: int) -> None:
        f = self.finding
        value = self.combo.currentData()
        if f is None or value not in CHOICES:
            return
        if self.state.annotations.item(f.item_id).position == value:
            return
        after = self.state.annotations.with_item(f.item_id, position=value)
        self.state.edit(after, self.tr("Choose the redline position"))
