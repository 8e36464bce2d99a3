"""Typed key facts: one small model per kind of value a finding's `facts` hold.

`Finding.facts` is a plain mapping written by the analysis (and read back from
saved reviews, so any shape may come in). `parse(kind, facts, key)` reads one
kind from it tolerantly: a missing, unknown or ill-typed value gives None,
never an exception. Each kind knows which way is better (shorter durations,
higher percent and longer support windows) and its short display form in
English or Chinese. Which item's fact is its "key fact" is checklist data
(`key_fact` on an item: reviewer/checklist/key_facts.py), not code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

LOWER, HIGHER = "lower", "higher"


def minutes_text(minutes: float, lang: str = "en") -> str:
    """A duration in minutes, shortly: "45 min", "4 h" ("45分钟", "4小时")."""
    if minutes < 60:
        return f"{minutes:g}分钟" if lang == "zh" else f"{minutes:g} min"
    return f"{minutes / 60:g}小时" if lang == "zh" else f"{minutes / 60:g} h"


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


@dataclass(frozen=True)
class LevelDuration:
    level: str
    minutes: float | None  # None: the level is named without a usable time


@dataclass(frozen=True)
class LevelDurations:
    """Times per severity level, most severe first (``levels``: [{level, minutes}])."""

    levels: tuple[LevelDuration, ...]

    @classmethod
    def parse(cls, facts: Mapping[str, Any], key: str = "levels") -> LevelDurations | None:
        raw = facts.get(key)
        if not isinstance(raw, (list, tuple)) or not raw or not isinstance(raw[0], Mapping):
            return None
        levels = tuple(LevelDuration(str(lv.get("level", "")), _number(lv.get("minutes")))
                       for lv in raw if isinstance(lv, Mapping))
        return cls(levels)

    @property
    def timed(self) -> list[tuple[str, float]]:
        """(level, minutes) of the levels that have a time."""
        return [(lv.level, lv.minutes) for lv in self.levels if lv.minutes is not None]

    @property
    def value(self) -> float | None:
        return self.levels[0].minutes

    def display(self, lang: str = "en") -> str:
        top = self.levels[0]
        if top.minutes is None:
            return top.level
        return f"{top.level} {minutes_text(top.minutes, lang)}".strip()


@dataclass(frozen=True)
class Quantity:
    """One number with its unit: a percent, months, hours."""

    amount: float
    unit_en: str
    unit_zh: str

    @property
    def value(self) -> float:
        return self.amount

    def display(self, lang: str = "en") -> str:
        return f"{self.amount:g}{self.unit_zh if lang == 'zh' else self.unit_en}"


@dataclass(frozen=True)
class TextList:
    """Named things (regions, credit bands, channels); shown, not ranked."""

    items: tuple[str, ...]
    value: None = None

    def display(self, lang: str = "en") -> str:
        return ", ".join(self.items[:6])


KeyValue = LevelDurations | Quantity | TextList


@dataclass(frozen=True)
class FactKind:
    """What a kind reads (its default fact key), which way is better, how it is shown."""

    name: str
    fact: str  # the key in Finding.facts it reads by default
    better: str  # LOWER, HIGHER or "" (shown, not ranked)
    units: tuple[str, str] = ("", "")  # en, zh (quantities only)

    @property
    def numeric(self) -> bool:
        """A plain number (the batch summary writes the number, not the text)."""
        return self.units != ("", "")

    def parse(self, facts: Mapping[str, Any], key: str | None = None) -> KeyValue | None:
        key = key or self.fact
        if self.name == "level-durations":
            return LevelDurations.parse(facts, key)
        raw = facts.get(key)
        if self.numeric:
            amount = _number(raw)
            return None if amount is None else Quantity(amount, *self.units)
        if isinstance(raw, (list, tuple)):
            return TextList(tuple(str(v) for v in raw))
        return None if raw is None else TextList((str(raw),))


KINDS: dict[str, FactKind] = {k.name: k for k in (
    FactKind("level-durations", "levels", LOWER),
    FactKind("percent", "percent", HIGHER, ("%", "%")),
    FactKind("months", "months", HIGHER, (" months", "个月")),
    FactKind("hours", "hours", LOWER, (" h", "小时")),
    FactKind("regions", "regions", ""),
    FactKind("credit-bands", "bands", ""),
    FactKind("channels", "channels", ""),
    FactKind("text-list", "", ""),
)}
