"""Word automatic numbering: the labels ("5.2", "(b)", "第五条") a reader sees.

python-docx does not compute list numbers, so this module replays what Word
does with ``word/numbering.xml`` while the body is read in document order:

- a paragraph's ``w:numPr`` (numId + ilvl) or, failing that, the one its
  paragraph style carries (through ``w:basedOn``); a style's numbering without
  ``w:ilvl`` takes the level whose ``w:pStyle`` names that style;
- ``w:num`` -> ``w:abstractNum`` (following ``w:numStyleLink`` to the style's
  list), with ``w:lvlOverride`` replacing a level and ``w:startOverride``
  restarting it the first time that num uses the level;
- one set of counters per abstractNum, shared by all nums pointing to it (so
  a list continues across nums, as in Word); a level restarts when a higher
  level is used, or as ``w:lvlRestart`` says;
- ``w:lvlText`` templates (``%1.%2``, ``第%1条``) with each level's format, or
  all decimal when the level is ``w:isLgl``; bullets yield no label.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree  # type: ignore[import-untyped]  # no stubs installed

from reviewer.ingest.docx_number_formats import format_number
from reviewer.ingest.docx_styles import NumRef, Styles, num_ref, on_off, w_val

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LEVELS = 9
_PLACEHOLDER = re.compile(r"%([1-9])")


@dataclass(frozen=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str | None = None  # the lvlText template; None: no label
    restart: int | None = None  # w:lvlRestart (1-based level; 0 = never)
    is_lgl: bool = False
    pstyle: str | None = None


def _int(value: str | None, default: int | None = None) -> int | None:
    """A whole number from the XML; one of a billion or more is ignored.

    Word itself keeps list numbers below 32,768; a start of 4,000 digits is
    hostile. (Letters and roman numerals are capped in `format_number`.)
    """
    if value is None or len(value) > 12:
        return default
    try:
        number = int(value)
    except ValueError:
        return default
    return number if abs(number) < 10**9 else default


def _parse_level(lvl: etree._Element, base: Level | None = None) -> Level:
    base = base or Level()
    fmt_el = lvl.find(W + "numFmt")
    text_el = lvl.find(W + "lvlText")
    fmt = w_val(fmt_el, base.fmt) or "decimal"
    if lvl.find(W + "lvlPicBulletId") is not None:
        fmt = "bullet"
    return Level(
        start=_int(w_val(lvl.find(W + "start")), base.start) or 0,
        fmt=fmt,
        text=w_val(text_el) if text_el is not None else base.text,
        restart=_int(w_val(lvl.find(W + "lvlRestart")), base.restart),
        is_lgl=bool(on_off(lvl.find(W + "isLgl"))) if lvl.find(W + "isLgl") is not None
        else base.is_lgl,
        pstyle=w_val(lvl.find(W + "pStyle"), base.pstyle),
    )


@dataclass
class _Abstract:
    levels: dict[int, Level]
    num_style_link: str | None


@dataclass
class _Num:
    abstract_id: str
    start_overrides: dict[int, int]
    level_overrides: dict[int, etree._Element]


@dataclass
class _Counters:
    values: list[int | None] = field(default_factory=lambda: [None] * LEVELS)
    levels_seen: set[tuple[str, int]] = field(default_factory=set)


def _start_of(num: _Num, levels: dict[int, Level], ilvl: int) -> int:
    """Where a level's counter starts: the num's override, else the level's start."""
    if ilvl in num.start_overrides:
        return num.start_overrides[ilvl]
    lvl = levels.get(ilvl)
    return lvl.start if lvl is not None else 1


def _render_placeholder(m: re.Match[str], level: Level, levels: dict[int, Level],
                        values: list[int | None], start_of: Callable[[int], int]) -> str:
    """One "%N" of a level's text: level N's counter in level N's format."""
    k = int(m.group(1)) - 1
    lvl = levels.get(k)
    if lvl is None:
        return ""
    value = values[k] if values[k] is not None else start_of(k)
    assert value is not None
    fmt = lvl.fmt
    if level.is_lgl and fmt not in ("none", "bullet"):
        fmt = "decimal"
    return format_number(value, fmt)


class Numbering:
    """Counters for one document, advanced paragraph by paragraph in order."""

    def __init__(self, root: etree._Element | None, styles: Styles) -> None:
        self._styles = styles
        self._abstracts: dict[str, _Abstract] = {}
        self._nums: dict[str, _Num] = {}
        self._state: dict[str, _Counters] = {}
        if root is None:
            return
        for ab in root.findall(W + "abstractNum"):
            aid = ab.get(W + "abstractNumId")
            if aid is None:
                continue
            levels = {}
            for lvl in ab.findall(W + "lvl"):
                ilvl = _int(lvl.get(W + "ilvl"))
                if ilvl is not None and 0 <= ilvl < LEVELS:
                    levels[ilvl] = _parse_level(lvl)
            self._abstracts[aid] = _Abstract(levels, w_val(ab.find(W + "numStyleLink")))
        for num in root.findall(W + "num"):
            nid = num.get(W + "numId")
            aid = w_val(num.find(W + "abstractNumId"))
            if nid is None or aid is None:
                continue
            starts: dict[int, int] = {}
            lvls: dict[int, etree._Element] = {}
            for ov in num.findall(W + "lvlOverride"):
                ilvl = _int(ov.get(W + "ilvl"))
                if ilvl is None or not 0 <= ilvl < LEVELS:
                    continue
                so = _int(w_val(ov.find(W + "startOverride")))
                if so is not None:
                    starts[ilvl] = so
                lvl = ov.find(W + "lvl")
                if lvl is not None:
                    lvls[ilvl] = lvl
            self._nums[nid] = _Num(aid, starts, lvls)

    @property
    def empty(self) -> bool:
        return not self._nums

    def _abstract_for(self, num_id: str) -> tuple[str, _Abstract] | None:
        """Resolve num -> abstractNum, following numStyleLink (at most a few hops)."""
        num = self._nums.get(num_id)
        if num is None:
            return None
        aid = num.abstract_id
        for _ in range(4):
            ab = self._abstracts.get(aid)
            if ab is None:
                return None
            if not ab.num_style_link:
                return aid, ab
            linked = self._styles.style_num_id(ab.num_style_link)
            target = self._nums.get(linked or "")
            if target is None or target.abstract_id == aid:
                return aid, ab
            aid = target.abstract_id
        return None

    def resolve(self, ppr: etree._Element | None, style_id: str | None) -> NumRef | None:
        """Which numId/level a paragraph uses, None when it is not numbered."""
        direct = num_ref(ppr)
        from_style = self._styles.num_ref(style_id)
        num_id = direct.num_id if direct and direct.num_id else None
        ilvl = direct.ilvl if direct else None
        if num_id is None and from_style is not None:
            num_id = from_style[0].num_id
        if num_id is None or num_id == "0" or num_id not in self._nums:
            return None  # numId 0 explicitly removes numbering the style gives
        if ilvl is None and from_style is not None:
            ilvl = from_style[0].ilvl
            if ilvl is None:
                ilvl = self._level_of_style(num_id, from_style[1])
        return NumRef(num_id, min(max(ilvl or 0, 0), LEVELS - 1))

    def _level_of_style(self, num_id: str, style_id: str) -> int:
        found = self._abstract_for(num_id)
        if found is not None:
            for ilvl, lvl in found[1].levels.items():
                if lvl.pstyle == style_id:
                    return ilvl
        return 0

    def _levels(self, num_id: str, ab: _Abstract) -> dict[int, Level]:
        num = self._nums[num_id]
        if not num.level_overrides:
            return ab.levels
        levels = dict(ab.levels)
        for ilvl, el in num.level_overrides.items():
            levels[ilvl] = _parse_level(el, ab.levels.get(ilvl))
        return levels

    def next_label(self, ref: NumRef) -> str | None:
        """Advance the counters for one numbered paragraph; its label or None.

        Call for every numbered paragraph in document order, empty ones too:
        Word counts an empty numbered paragraph.
        """
        assert ref.num_id is not None and ref.ilvl is not None
        found = self._abstract_for(ref.num_id)
        if found is None:
            return None
        aid, ab = found
        levels = self._levels(ref.num_id, ab)
        level = levels.get(ref.ilvl)
        if level is None:
            return None
        num = self._nums[ref.num_id]
        state = self._state.setdefault(aid, _Counters())
        key = (ref.num_id, ref.ilvl)
        if key not in state.levels_seen:
            state.levels_seen.add(key)
            # An override restarts its level the first time this num uses that
            # level; the shared counters then continue from there, for all nums.
            if ref.ilvl in num.start_overrides or ref.ilvl in num.level_overrides:
                state.values[ref.ilvl] = None

        def start_of(ilvl: int) -> int:
            return _start_of(num, levels, ilvl)

        values = state.values
        # A level used before any paragraph at a higher level: Word counts the
        # higher levels as started ("1.1"), so the next top-level item is "2"
        # (Microsoft KB Q110380).
        for k in range(ref.ilvl):
            if values[k] is None and k in levels:
                values[k] = start_of(k)
        current = values[ref.ilvl]
        values[ref.ilvl] = start_of(ref.ilvl) if current is None else current + 1
        for k in range(ref.ilvl + 1, LEVELS):
            deeper = levels.get(k)
            threshold = deeper.restart if deeper and deeper.restart is not None else k
            if threshold != 0 and ref.ilvl + 1 <= threshold:
                values[k] = None

        if level.fmt == "bullet" or level.text is None:
            return None

        label = _PLACEHOLDER.sub(lambda m: _render_placeholder(m, level, levels, values, start_of),
                                 level.text).strip()
        # A level drawn as a symbol ("•", "➢", a Symbol-font glyph) is a bullet
        # whatever its numFmt says: keep it out of the number.
        if not any(ch.isalnum() for ch in label):
            return None
        return label
