"""Negotiation positions per checklist item: the optional ``positions`` key.

A playbook says, per item, what the buyer asks for (``preferred``), what it
can live with (``fallback``) and what it refuses (``unacceptable``), each in
both languages. Texts may use the placeholders ``{vendor}``, ``{customer}``
and, when the item has a ``band``, ``{value}`` (the band's number for that
position). A ``band`` turns a policy threshold into three limits on one fact
(lower is better when ``preferred`` < ``unacceptable``)::

    positions:
      preferred: {en: "{vendor} shall respond ... within {value} minutes", zh: ...}
      fallback: {en: ..., zh: ...}
      unacceptable: {en: "No binding time, or more than 240 minutes", zh: ...}
      band: {fact: top-minutes, preferred: 30, fallback: 60, unacceptable: 240}
      replace: {en: [promptly, as soon as possible], zh: [尽快, 及时]}
      with: {en: "within {value} minutes", zh: "{value}分钟内"}

``replace``/``with``: hedged wording in the cited clause that a redline may
swap for a precise substitute. Checked on load like the rest of the file;
`parse_positions` is called by the loader for an item that has the key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reviewer.bilingual import Text

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~1.5 ms of a cached checklist load)

if TYPE_CHECKING:
    from collections.abc import Callable

    import yaml

    from reviewer.checklist.schema import Reader

    TextReader = Callable[[yaml.Node, str], Text]

POSITIONS_KEYS = ("preferred", "fallback", "unacceptable", "band", "replace", "with")
BAND_KEYS = ("fact", "preferred", "fallback", "unacceptable", "unit")
PLACEHOLDERS = ("vendor", "customer", "value")
# The checklist section whose items are red flags: terms that undo commitments.
RED_FLAG_SECTION = "red-flags"


@dataclass(frozen=True)
class Band:
    """Three limits on one numeric fact; which way is better follows their order."""

    fact: str
    preferred: float
    fallback: float
    unacceptable: float
    unit: Text | None = None

    @property
    def lower_is_better(self) -> bool:
        return self.preferred <= self.unacceptable

    def value_for(self, position: str) -> float:
        """The band's number for 'preferred', 'fallback' or 'unacceptable'."""
        return {"fallback": self.fallback, "unacceptable": self.unacceptable}.get(
            position, self.preferred)


@dataclass(frozen=True)
class Positions:
    """What the buyer asks for, can live with and refuses on one item (see the module)."""

    preferred: Text
    fallback: Text | None = None
    unacceptable: Text | None = None
    band: Band | None = None
    replace_en: tuple[str, ...] = ()  # hedges a redline may replace
    replace_zh: tuple[str, ...] = ()
    substitute: Text | None = None  # what replaces them ({value} from the band)

    def text(self, position: str) -> Text:
        """The clause for 'preferred' or 'fallback' (preferred when no fallback is given)."""
        if position == "fallback" and self.fallback is not None:
            return self.fallback
        return self.preferred

    def hedges(self, lang: str) -> tuple[str, ...]:
        return self.replace_zh if lang == "zh" else self.replace_en


def fill(template: str, *, vendor: str, customer: str, value: float | None) -> str:
    """A position's text with its placeholders filled in."""
    shown = "" if value is None else f"{value:g}"
    return template.format(vendor=vendor, customer=customer, value=shown)


def _placeholders(text: str) -> list[str]:
    import string  # only when a checklist is parsed, not when a cached one loads

    try:
        return [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError:
        return ["{"]


def parse_positions(read: Reader, text_of: TextReader, node: yaml.Node, key: str) -> Positions:
    """The model of one item's ``positions`` mapping, or a ChecklistError naming the line."""
    m = read.mapping(node, key, POSITIONS_KEYS, required=("preferred",))
    texts = {name: text_of(m[name][1], f"{key}.{name}") if name in m else None
             for name in ("preferred", "fallback", "unacceptable", "with")}
    band = _band(read, text_of, m["band"][1], f"{key}.band") if "band" in m else None
    for name, value in texts.items():
        if value is not None:
            _check_placeholders(read, value, band, m[name][1], f"{key}.{name}")
    replace_en: tuple[str, ...] = ()
    replace_zh: tuple[str, ...] = ()
    if "replace" in m:
        rm = read.mapping(m["replace"][1], f"{key}.replace", ("en", "zh"))
        replace_en = read.strings(rm["en"][1], f"{key}.replace.en") if "en" in rm else ()
        replace_zh = read.strings(rm["zh"][1], f"{key}.replace.zh") if "zh" in rm else ()
    if bool(replace_en or replace_zh) != (texts["with"] is not None):
        raise read.error("'replace' and 'with' go together: the hedged words and the precise "
                         "wording that replaces them.", node, key)
    preferred = texts["preferred"]
    assert preferred is not None  # required above
    return Positions(preferred=preferred, fallback=texts["fallback"],
                     unacceptable=texts["unacceptable"], band=band,
                     replace_en=replace_en, replace_zh=replace_zh, substitute=texts["with"])


def _check_placeholders(read: Reader, text: Text, band: Band | None, node: yaml.Node,
                        key: str) -> None:
    for lang_text in (text.en, text.zh):
        for name in _placeholders(lang_text):
            if name == "{" or not re.fullmatch(r"[a-z]+", name) or name not in PLACEHOLDERS:
                raise read.error(
                    f"'{{{name}}}' is not a placeholder a position may use (allowed: "
                    f"{', '.join('{' + p + '}' for p in PLACEHOLDERS)}). Write '{{{{' for a "
                    "literal brace.", node, key)
            if name == "value" and band is None:
                raise read.error("'{value}' needs a 'band' on the item: the number it stands "
                                 "for.", node, key)


def _band(read: Reader, text_of: TextReader, node: yaml.Node, key: str) -> Band:
    m = read.mapping(node, key, BAND_KEYS, required=("fact", "preferred", "fallback",
                                                       "unacceptable"))
    fact = read.string(m["fact"][1], f"{key}.fact")
    pref = read.number(m["preferred"][1], f"{key}.preferred")
    fall = read.number(m["fallback"][1], f"{key}.fallback")
    worst = read.number(m["unacceptable"][1], f"{key}.unacceptable")
    if not (pref <= fall <= worst or pref >= fall >= worst) or pref == worst:
        raise read.error(
            f"the band's limits must run one way: preferred ({pref:g}), then fallback "
            f"({fall:g}), then unacceptable ({worst:g}), all rising or all falling.",
            node, key)
    unit = text_of(m["unit"][1], f"{key}.unit") if "unit" in m else None
    return Band(fact=fact, preferred=pref, fallback=fall, unacceptable=worst, unit=unit)
