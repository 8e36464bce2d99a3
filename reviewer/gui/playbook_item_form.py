"""The playbook editor's right side: one item's importance, limits and position texts.

It shows values and reports each change as ``changed(item_id, field, value)``
with the field names of `reviewer.checklist.playbook.FIELDS` and, for the
item's `policy` limits, ``policy.<fact>.<max|min>`` (`policy_fields`); the
editor keeps the edits and validates them. Rows the item has no data for
are hidden. The policy rows are rebuilt per item (items have zero to a few).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reviewer.checklist.model import ChecklistItem
from reviewer.checklist.playbook import (
    BAND_LIMITS,
    LANGS,
    TEXT_POSITIONS,
    policy_fields,
    policy_unit,
    split_policy_field,
)

Values = dict[str, str]  # field -> current value as text


def _spin(maximum: float, decimals: int) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, maximum)
    box.setDecimals(decimals)
    box.setKeyboardTracking(False)  # one edit per finished number, not per key
    return box


class PlaybookItemForm(QWidget):
    changed = Signal(str, str, object)  # item id, field, value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: ChecklistItem | None = None
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.weight = _spin(1000.0, 2)
        self.weight.setSingleStep(0.5)
        self.limits = {name: _spin(1_000_000.0, 2) for name in BAND_LIMITS}
        self.unit = QLabel()
        self.band_box = QGroupBox()
        band_row = QHBoxLayout(self.band_box)
        self.limit_labels = {name: QLabel() for name in BAND_LIMITS}
        for name in BAND_LIMITS:
            band_row.addWidget(self.limit_labels[name])
            band_row.addWidget(self.limits[name])
        band_row.addWidget(self.unit)
        band_row.addStretch(1)
        # Policy limits: a value past one is flagged as a deviation beside the finding.
        self.policy_box = QGroupBox()
        self.policy_grid = QGridLayout(self.policy_box)
        self.policy_grid.setColumnStretch(3, 1)
        self.policy_limits: dict[str, QDoubleSpinBox] = {}  # field -> its box, this item's
        self.policy_labels: dict[str, QLabel] = {}
        self.policy_units: dict[str, QLabel] = {}
        self.lang = "en"
        self.texts = {(p, lang): QPlainTextEdit() for p in TEXT_POSITIONS for lang in LANGS}
        self.text_labels = {key: QLabel() for key in self.texts}
        self.texts_box = QGroupBox()
        texts_form = QFormLayout(self.texts_box)
        for key, edit in self.texts.items():
            edit.setMinimumHeight(60)
            edit.setTabChangesFocus(True)
            texts_form.addRow(self.text_labels[key], edit)
        self.weight_label = QLabel()
        top = QFormLayout()
        top.addRow(self.weight_label, self.weight)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#555")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.band_box)
        layout.addWidget(self.policy_box)
        layout.addWidget(self.texts_box, 1)
        layout.addWidget(self.hint)
        self.weight.valueChanged.connect(lambda v: self._emit("weight", v))
        for name, box in self.limits.items():
            box.valueChanged.connect(lambda v, n=name: self._emit(f"band.{n}", v))
        for (p, lang), edit in self.texts.items():
            edit.textChanged.connect(lambda p=p, lang=lang, e=edit: self._emit(
                f"{p}.{lang}", e.toPlainText()))
        self.retranslate()
        self.show_item(None, {}, "en")

    def retranslate(self) -> None:
        self.weight_label.setText(self.tr("Importance (weight):"))
        self.band_box.setTitle(self.tr("Limits of the band"))
        words = {"preferred": self.tr("Preferred"), "fallback": self.tr("Fallback"),
                 "unacceptable": self.tr("Unacceptable")}
        for name, label in self.limit_labels.items():
            label.setText(words[name] + ":")
        self.policy_box.setTitle(self.tr("Policy limits (a value past one is flagged beside "
                                         "the finding)"))
        self.policy_box.setToolTip(self.tr("A contract value past a policy limit is reported as "
                                           "a deviation; it does not change met / vague / "
                                           "missing."))
        self._label_policies()
        self.texts_box.setTitle(self.tr("Position texts (the redline inserts these)"))
        langs = {"en": self.tr("English"), "zh": self.tr("Chinese")}
        for (p, lang), label in self.text_labels.items():
            label.setText(self.tr("{position} ({language}):").format(position=words[p],
                                                                   language=langs[lang]))
        self.hint.setText(self.tr(
            "Placeholders: {vendor}, {customer} and, with a band, {value} (the band's "
            "number for that position). Write {{ for a literal brace."))

    def show_item(self, item: ChecklistItem | None, values: Values, lang: str,
                  red_flag: bool = False) -> None:
        self.item = item
        self.lang = lang
        self._build_policies(item, values)
        widgets = [self.weight, *self.limits.values(), *self.texts.values()]
        for w in widgets:
            w.blockSignals(True)
        self.setEnabled(item is not None)
        if item is None:
            self.title.setText("<i>" + html.escape(self.tr("Choose an item on the left.")) + "</i>")
        else:
            flag = (" <span style='color:#c62828'>" + html.escape(self.tr("(red flag)")) + "</span>"
                    if red_flag else "")
            self.title.setText(f"<h3>{html.escape(item.title.get(lang))}{flag}</h3>"
                               f"<p style='color:#555'>{html.escape(item.description.get(lang))}</p>")
            self.weight.setValue(float(values.get("weight") or item.weight))
        pos = item.positions if item is not None else None
        band = pos.band if pos is not None else None
        self.band_box.setVisible(band is not None)
        if band is not None:
            for name, box in self.limits.items():
                box.setValue(float(values.get(f"band.{name}") or getattr(band, name)))
            self.unit.setText(band.unit.get(lang) if band.unit else "")
        self.texts_box.setVisible(pos is not None)
        self.hint.setVisible(pos is not None)
        for (p, code), edit in self.texts.items():
            text = values.get(f"{p}.{code}", "")
            if edit.toPlainText() != text:
                edit.setPlainText(text)
        for w in widgets:
            w.blockSignals(False)

    # --- policy limits --------------------------------------------------------------------
    def fact_name(self, fact: str) -> str:
        names = {"top-minutes": self.tr("Top-severity response"),
                 "percent": self.tr("Percentage"), "months": self.tr("Months"),
                 "hours": self.tr("Hours")}
        return names.get(fact, fact)

    def _build_policies(self, item: ChecklistItem | None, values: Values) -> None:
        """One row per limit the item's policies set: what, at most / at least, box, unit."""
        for widget in (*self.policy_limits.values(), *self.policy_labels.values(),
                       *self.policy_units.values()):
            self.policy_grid.removeWidget(widget)
            widget.deleteLater()
        self.policy_limits, self.policy_labels, self.policy_units = {}, {}, {}
        fields = policy_fields(item) if item is not None else ()
        self.policy_box.setVisible(bool(fields))
        for row, field in enumerate(fields):
            assert item is not None
            fact, _bound = split_policy_field(field) or ("", "")
            box = _spin(1_000_000.0, 2)
            box.setValue(float(values.get(field) or 0))
            box.valueChanged.connect(lambda v, f=field: self._emit(f, v))
            unit = policy_unit(item, fact)
            self.policy_labels[field] = QLabel()
            self.policy_units[field] = QLabel(unit.get(self.lang) if unit else "")
            self.policy_limits[field] = box
            self.policy_grid.addWidget(self.policy_labels[field], row, 0)
            self.policy_grid.addWidget(box, row, 1)
            self.policy_grid.addWidget(self.policy_units[field], row, 2)
        self._label_policies()

    def _label_policies(self) -> None:
        for field, label in self.policy_labels.items():
            fact, bound = split_policy_field(field) or ("", "")
            words = self.tr("{fact}, at most:") if bound == "max" else self.tr(
                "{fact}, at least:")
            label.setText(words.format(fact=self.fact_name(fact)))
            label.setToolTip(self.tr("policy on the fact '{fact}'").format(fact=fact))

    def _emit(self, field: str, value: object) -> None:
        if self.item is not None:
            self.changed.emit(self.item.id, field, value)
