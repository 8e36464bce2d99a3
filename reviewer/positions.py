"""Where each finding lands against the playbook, applied after judging.

`band_of(item, finding)` says which band of the item's positions the
contract is in: ``preferred``, ``fallback``, ``below-fallback`` (worse than
the fallback, not yet unacceptable) or ``unacceptable``. With a numeric band
and a value in the finding it is the value's place; otherwise the status
decides (met: preferred; vague: below-fallback; missing: unacceptable; for a
red flag a silent contract is only ``fallback``). Judging itself
(reviewer/analysis) is untouched: this reads its results.

`risk_of` ranks an issue high / medium / low from the item's weight (its
importance), the status, the band and whether it is a red flag; the issue
list and the redline both use it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from reviewer.checklist.model import ChecklistItem
from reviewer.checklist.positions import RED_FLAG_SECTION, Band, fill
from reviewer.review import Finding, Status, Text


class BandName(StrEnum):
    PREFERRED = "preferred"
    FALLBACK = "fallback"
    BELOW_FALLBACK = "below-fallback"
    UNACCEPTABLE = "unacceptable"

    @property
    def label(self) -> Text:
        return _LABELS[self]


_LABELS = {
    BandName.PREFERRED: Text("preferred", "首选"),
    BandName.FALLBACK: Text("fallback", "可接受"),
    BandName.BELOW_FALLBACK: Text("below fallback", "低于底线"),
    BandName.UNACCEPTABLE: Text("unacceptable", "不可接受"),
}


class Risk(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        return {Risk.HIGH: 0, Risk.MEDIUM: 1, Risk.LOW: 2}[self]

    @property
    def label(self) -> Text:
        return {Risk.HIGH: Text("High", "高"), Risk.MEDIUM: Text("Medium", "中"),
                Risk.LOW: Text("Low", "低")}[self]


DEFAULT_PARTIES = {"en": ("the Vendor", "the Customer"), "zh": ("乙方", "甲方")}


def is_red_flag(item: ChecklistItem) -> bool:
    return item.section == RED_FLAG_SECTION


def band_value(band: Band, facts: Mapping[str, Any]) -> float | None:
    """The finding's number for the band's fact (top-minutes: the first level's)."""
    if band.fact == "top-minutes":
        levels = facts.get("levels") or []
        first = levels[0] if levels else None
        minutes = first.get("minutes") if isinstance(first, dict) else None
        return float(minutes) if isinstance(minutes, int | float) else None
    value = facts.get(band.fact)
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def place_in_band(band: Band, value: float) -> BandName:
    sign = 1.0 if band.lower_is_better else -1.0
    v = sign * value
    if v <= sign * band.preferred:
        return BandName.PREFERRED
    if v <= sign * band.fallback:
        return BandName.FALLBACK
    if v < sign * band.unacceptable:
        return BandName.BELOW_FALLBACK
    return BandName.UNACCEPTABLE


def band_of(item: ChecklistItem, finding: Finding, status: Status | None = None) -> BandName:
    """The band the contract lands in for this item (see the module docstring)."""
    status = status or finding.status
    band = item.positions.band if item.positions else None
    if band is not None and status is not Status.MISSING:
        value = band_value(band, finding.facts)
        if value is not None:
            placed = place_in_band(band, value)
            # A number inside a hedged clause is not the commitment it looks like.
            if status is Status.VAGUE and placed in (BandName.PREFERRED, BandName.FALLBACK):
                return BandName.BELOW_FALLBACK
            return placed
    if status is Status.MET:
        return BandName.PREFERRED
    if status is Status.VAGUE:
        return BandName.UNACCEPTABLE if is_red_flag(item) else BandName.BELOW_FALLBACK
    return BandName.FALLBACK if is_red_flag(item) else BandName.UNACCEPTABLE


def risk_of(item: ChecklistItem, band: BandName, weight_share: float) -> Risk | None:
    """High / medium / low, or None when the contract already gives the preferred position.

    ``weight_share``: the item's weight over the mean item weight of the checklist,
    with the section's weight folded in (1.0 is an average item).
    """
    if band is BandName.PREFERRED:
        return None
    if is_red_flag(item):
        return Risk.HIGH if band is BandName.UNACCEPTABLE else Risk.LOW
    if band is BandName.UNACCEPTABLE:
        return Risk.HIGH if weight_share >= 1.2 else Risk.MEDIUM
    if band is BandName.BELOW_FALLBACK:
        return Risk.MEDIUM if weight_share >= 0.5 else Risk.LOW
    return Risk.LOW


# What the redline can ask for per item; "skip" leaves the item out.
POSITION_CHOICES = ("preferred", "fallback", "skip")


def default_position(item: ChecklistItem, band: BandName) -> str:
    """The redline's choice when the reviewer made none: the preferred position,
    unless the contract already gives it (or is silent on a red flag): "skip"."""
    if band is BandName.PREFERRED or (is_red_flag(item) and band is BandName.FALLBACK):
        return "skip"
    return "preferred"


def chosen_position(item: ChecklistItem, band: BandName, chosen: str = "") -> str:
    """The reviewer's ``chosen`` position when it is one of POSITION_CHOICES, else the default."""
    return chosen if chosen in POSITION_CHOICES else default_position(item, band)


@dataclass(frozen=True)
class PositionText:
    """A position's clause, filled in for one contract."""

    position: str  # "preferred" | "fallback"
    clause: str
    substitute: str  # replaces the hedges; "" when the item has none
    hedges: tuple[str, ...]


def position_text(item: ChecklistItem, position: str, lang: str, *,
                  vendor: str = "", customer: str = "") -> PositionText | None:
    """The item's clause for ``position`` in ``lang``, placeholders filled; None without positions."""
    pos = item.positions
    if pos is None:
        return None
    default_vendor, default_customer = DEFAULT_PARTIES["zh" if lang == "zh" else "en"]
    value = pos.band.value_for(position) if pos.band else None
    args = {"vendor": vendor or default_vendor, "customer": customer or default_customer,
            "value": value}
    clause = fill(pos.text(position).get(lang), **args)  # type: ignore[arg-type]
    clause = clause[:1].upper() + clause[1:]
    substitute = fill(pos.substitute.get(lang), **args) if pos.substitute else ""  # type: ignore[arg-type]
    return PositionText(position=position, clause=clause, substitute=substitute,
                        hedges=pos.hedges(lang))


def unacceptable_text(item: ChecklistItem, lang: str) -> str:
    pos = item.positions
    if pos is None or pos.unacceptable is None:
        return ""
    parties = DEFAULT_PARTIES["zh" if lang == "zh" else "en"]
    value = pos.band.unacceptable if pos.band else None
    return fill(pos.unacceptable.get(lang), vendor=parties[0], customer=parties[1], value=value)
