"""Clause numbers: recognising "5.2", "(a)", "Article V", "第五条", "（一）" ...

`leading_number(text)` finds the number printed at the start of a paragraph
and says which numbering *style* it belongs to; `parse_label(label)` does the
same for a Word automatic number ("5.2", "第五条") that ingest kept apart from
the text. The style is what the outline (`reviewer.segment.outline`) nests
by: two numbers of the same style are siblings, a new style opens a level.

Some numbers read two ways: "(i)" is the roman one or the ninth letter. Those
come back with several `Reading`s, the likelier one first, and the outline
picks by context (what came before).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from reviewer.language import CJK_IDEOGRAPHS

# Styles with an intrinsic order among themselves: "1" > "1.1" > "1.1.1",
# 第一章 > 第一节 > 第一条, Part > Article > Section > Clause. A number of such a
# family closes any deeper open number of the same family.
FAMILY_DEC = "dec"
FAMILY_ALPHA_DEC = "alpha-dec"
FAMILY_EN = "en-struct"
FAMILY_ZH = "zh-struct"

_EN_KEYWORDS = {
    "part": 1.0, "chapter": 2.0, "article": 3.0, "section": 4.0, "clause": 5.0,
}
# Attachments start a new top-level part of the contract: they close everything.
_TOP_KEYWORDS = {"schedule", "annex", "appendix", "exhibit", "attachment"}
_ZH_UNITS = {"部分": 1.0, "章": 2.0, "节": 3.0, "条": 4.0, "款": 5.0, "项": 6.0}
# Contracts in traditional characters number "第五條", "第二節", "第三項": the same units.
_TRADITIONAL_UNITS = {"節": "节", "條": "条", "項": "项"}

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_NUM = "零〇一二两兩三四五六七八九十百千"
_CJK = CJK_IDEOGRAPHS
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_BULLETS = "•●▪■◦○·◆◇►▸-–—*"


@dataclass(frozen=True)
class Reading:
    """One interpretation of a printed number.

    ``style`` names the pattern ("dec", "alpha-paren", "zh-article"...) and
    with ``depth`` (components of a dotted number) forms the outline `key`.
    ``value`` is the ordinal of each component (used to tell a continuing
    list from a restarted one). ``family``/``rank`` order styles that have an
    intrinsic hierarchy; ``top_level`` marks numbers that start an attachment.
    """

    style: str
    value: tuple[int, ...]
    depth: int = 1
    family: str | None = None
    rank: float = 0.0
    top_level: bool = False

    @property
    def key(self) -> tuple[str, int]:
        return (self.style, self.depth)


@dataclass(frozen=True)
class LeadingNumber:
    """A number found at the start of a text: as printed, and what follows it."""

    printed: str
    rest: str
    readings: tuple[Reading, ...]


def chinese_to_int(text: str) -> int | None:
    """"五" -> 5, "十二" -> 12, "二十" -> 20, "一百零五" -> 105, "12" -> 12."""
    if text.isdigit():
        return int(text)
    total, digit = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (digit or 1) * _CN_UNITS[ch]
            digit = 0
        else:
            return None
    return total + digit


def roman_to_int(text: str) -> int | None:
    """"iv" -> 4 (either case); None when it is not a well-formed roman numeral."""
    low = text.lower()
    if not low or any(ch not in _ROMAN for ch in low):
        return None
    total = 0
    for i, ch in enumerate(low):
        v = _ROMAN[ch]
        total += -v if i + 1 < len(low) and _ROMAN[low[i + 1]] > v else v
    if _int_to_roman(total) != low:  # reject "iiii", "vx", "il"...
        return None
    return total


def _int_to_roman(n: int) -> str:
    out = []
    for value, sym in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                       (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                       (4, "iv"), (1, "i")):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def _letter_value(text: str) -> int | None:
    """"a" -> 1, "z" -> 26, "aa" -> 27 (the way legal drafts run past z)."""
    low = text.lower()
    if len(low) == 1 and low.isascii() and low.isalpha():
        return ord(low) - 96
    if len(low) == 2 and low[0] == low[1] and low.isascii() and low.isalpha():
        return ord(low[0]) - 96 + 26
    return None


@functools.lru_cache(maxsize=1024)  # the same few tokens recur thousands of times
def _token_readings(token: str, suffix: str) -> tuple[Reading, ...]:
    """Readings of a list token ("a", "iv", "3", "三") wrapped as ``suffix``.

    ``suffix`` names the wrapping: "paren" for (x), "half" for x), "dot" for x.
    A single letter that is also a roman numeral gets both readings; "i"
    reads roman first (a list that starts at "(i)" is roman), the others
    letter first.
    """
    if token.isdigit():
        return (Reading(f"num-{suffix}", (int(token),)),)
    cn = chinese_to_int(token) if all(ch in _CN_NUM for ch in token) else None
    if cn is not None:
        return (Reading(f"cn-{suffix}", (cn,)),)
    case = "upper" if token.isupper() else "lower"
    roman = roman_to_int(token) if token.isupper() or token.islower() else None
    letter = _letter_value(token)
    readings: list[Reading] = []
    if roman is not None:
        readings.append(Reading(f"roman-{case}-{suffix}", (roman,)))
    if letter is not None:
        readings.append(Reading(f"alpha-{case}-{suffix}", (letter,)))
    if len(readings) == 2 and len(token) == 1 and token.lower() != "i":
        readings.reverse()
    return tuple(readings)


def _dotted_value(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split(".") if p)


_SEP = r"(?=\s|$|[" + _CJK + r"“\"「【(（])"

_ZH_STRUCT = re.compile(
    r"第\s*([" + _CN_NUM + r"\d]{1,6})\s*(部分|章|节|条|款|项|節|條|項)"
)
# "附件一 服务等级协议" starts an attachment; "附件一所列..." is a cross-reference.
_ZH_ATTACHMENT = re.compile(
    r"(附件|附录|附錄|附表)\s*([" + _CN_NUM + r"\d]{1,4}|[A-Za-z])(?=\s|$|[：:《【—\-])"
)
_EN_STRUCT = re.compile(
    r"(part|chapter|article|section|clause|schedule|annex|appendix|exhibit|attachment)"
    r"\s+(\d{1,3}(?:\.\d{1,3})*|[IVXLCivxlc]{1,6}|[A-Z])\b\.?",
    re.IGNORECASE,
)
_SECTION_SIGN = re.compile(r"§\s*(\d{1,3}(?:\.\d{1,3})*)\.?")
_ALPHA_DEC = re.compile(r"([A-Z])\.(\d{1,3}(?:\.\d{1,3})*)\.?" + _SEP)
_DEC_MULTI = re.compile(r"(\d{1,3}(?:[.．]\d{1,3})+)[.．]?" + _SEP)
_DEC_ONE = re.compile(r"(\d{1,3})[.．]" + _SEP)
_DEC_BARE = re.compile(r"(\d{1,3})(?=\s+\S|$)")
_PAREN = re.compile(r"[(（]\s*([0-9]{1,3}|[a-zA-Z]{1,6}|[" + _CN_NUM + r"]{1,4})\s*[)）]")
_HALF = re.compile(r"([0-9]{1,3}|[a-zA-Z]{1,6})[)）]" + _SEP)
_CN_ENUM = re.compile(r"([" + _CN_NUM + r"]{1,4})[、．.]")
_NUM_DUNHAO = re.compile(r"(\d{1,3})、")
_LETTER_DOT = re.compile(r"([A-Za-z]|[IVXivx]{2,5})\.(?=\s)")


def leading_number(text: str, *, allow_bare: bool = False) -> LeadingNumber | None:
    """The clause number at the start of ``text``, or None.

    ``allow_bare`` also accepts an integer with no dot ("3 Fees"), which only
    reads as a number on a heading line; in body text it is usually a
    quantity ("30 days after ...").
    """
    stripped = text.lstrip()
    for parse in _parsers_for(stripped[:1]):
        found = parse(stripped)
        if found is not None:
            return found
    if allow_bare:
        m = _DEC_BARE.match(stripped)
        if m:
            value = int(m.group(1))
            reading = Reading("dec", (value,), 1, FAMILY_DEC, 1.0)
            return LeadingNumber(m.group(0), _rest(stripped, m.end()), (reading,))
    return None


def parse_label(label: str) -> LeadingNumber:
    """Readings of a Word automatic number shown apart from its paragraph.

    A label nothing here recognises ("Step 1", "A-") still nests by its
    shape: digits and letters generalised, so "Step 1" and "Step 2" are
    siblings.
    """
    found = leading_number(label, allow_bare=True)
    if found is not None and not found.rest.strip():
        return LeadingNumber(label.strip(), "", found.readings)
    shape = re.sub(r"[a-z]+", "a", re.sub(r"\d+", "9", label.strip().lower()))
    return LeadingNumber(label.strip(), "", (Reading(f"label:{shape}", (0,)),))


def _rest(text: str, end: int) -> str:
    """The text after a number, without the dash or colon that set it off."""
    rest = text[end:].lstrip()
    # A hyphen or colon only sets a number off when a space follows ("5 - Fees");
    # dashes and the full-width colon always do.
    spaced = rest[:1] in ("-", ":") and rest[1:2] in (" ", "")
    if spaced or rest[:1] in ("–", "—", "："):
        rest = rest[1:].lstrip()
    return rest


def _zh_struct(text: str) -> LeadingNumber | None:
    m = _ZH_STRUCT.match(text)
    if not m:
        return None
    value = chinese_to_int(m.group(1))
    if value is None:
        return None
    unit = _TRADITIONAL_UNITS.get(m.group(2), m.group(2))
    reading = Reading(f"zh-{unit}", (value,), 1, FAMILY_ZH, _ZH_UNITS[unit])
    return LeadingNumber(m.group(0), _rest(text, m.end()), (reading,))


def _zh_attachment(text: str) -> LeadingNumber | None:
    m = _ZH_ATTACHMENT.match(text)
    if not m:
        return None
    token = m.group(2)
    value = chinese_to_int(token) if token[0] in _CN_NUM or token.isdigit() else (
        ord(token.upper()) - 64)
    if value is None:
        return None
    reading = Reading(f"zh-{m.group(1)}", (value,), 1, FAMILY_ZH, 0.0, top_level=True)
    return LeadingNumber(m.group(0), _rest(text, m.end()), (reading,))


def _en_struct(text: str) -> LeadingNumber | None:
    m = _EN_STRUCT.match(text)
    if m:
        word, token = m.group(1).lower(), m.group(2)
    else:
        m = _SECTION_SIGN.match(text)
        if not m:
            return None
        word, token = "section", m.group(1)
    rest = _rest(text, m.end())
    # "Section 3.2 of this Agreement applies ..." is a cross-reference that
    # happens to open a sentence, not a clause number.
    if rest[:1].islower():
        return None
    if token[0].isdigit():
        value = _dotted_value(token)
    else:
        # Attachments are lettered ("Annex C"), articles and parts roman
        # ("ARTICLE V"); only the value's continuity depends on the choice.
        roman = roman_to_int(token)
        letter = _letter_value(token)
        prefer_letter = word in _TOP_KEYWORDS and len(token) == 1
        if roman is not None and not (prefer_letter and letter is not None):
            value = (roman,)
        elif letter is not None:
            value = (letter,)
        else:
            return None
    depth = len(value)
    if word in _TOP_KEYWORDS:
        reading = Reading(f"en-{word}", value, depth, FAMILY_EN, (depth - 1) * 0.1,
                          top_level=True)
    else:
        rank = _EN_KEYWORDS[word] + (depth - 1) * 0.1
        reading = Reading(f"en-{word}", value, depth, FAMILY_EN, rank)
    return LeadingNumber(m.group(0), rest, (reading,))


def _alpha_dec(text: str) -> LeadingNumber | None:
    m = _ALPHA_DEC.match(text)
    if not m:
        return None
    value = (ord(m.group(1)) - 64, *_dotted_value(m.group(2)))
    depth = len(value)
    reading = Reading("alpha-dec", value, depth, FAMILY_ALPHA_DEC, float(depth))
    return LeadingNumber(m.group(0), _rest(text, m.end()), (reading,))


def _dec(text: str) -> LeadingNumber | None:
    m = _DEC_MULTI.match(text) or _DEC_ONE.match(text)
    if not m:
        return None
    value = _dotted_value(m.group(1).replace("．", "."))
    depth = len(value)
    reading = Reading("dec", value, depth, FAMILY_DEC, float(depth))
    return LeadingNumber(m.group(0), _rest(text, m.end()), (reading,))


def _paren(text: str) -> LeadingNumber | None:
    m = _PAREN.match(text)
    if not m:
        return None
    readings = _token_readings(m.group(1), "paren")
    if not readings:
        return None  # "(the Customer)" and the like
    return LeadingNumber(m.group(0), _rest(text, m.end()), readings)


def _half(text: str) -> LeadingNumber | None:
    m = _HALF.match(text)
    if not m:
        return None
    readings = _token_readings(m.group(1), "half")
    if not readings:
        return None
    return LeadingNumber(m.group(0), _rest(text, m.end()), readings)


def _cn_enum(text: str) -> LeadingNumber | None:
    m = _CN_ENUM.match(text) or _NUM_DUNHAO.match(text)
    if not m:
        return None
    value = chinese_to_int(m.group(1))
    if value is None:
        return None
    style = "num-dunhao" if m.group(1).isdigit() else "cn-enum"
    return LeadingNumber(m.group(0), _rest(text, m.end()), (Reading(style, (value,)),))


def _circled(text: str) -> LeadingNumber | None:
    if text and text[0] in _CIRCLED:
        value = _CIRCLED.index(text[0]) + 1
        return LeadingNumber(text[0], _rest(text, 1), (Reading("circled", (value,)),))
    return None


def _letter_dot(text: str) -> LeadingNumber | None:
    m = _LETTER_DOT.match(text)
    if not m:
        return None
    readings = _token_readings(m.group(1), "dot")
    if not readings:
        return None
    return LeadingNumber(m.group(0), _rest(text, m.end()), readings)


def _bullet(text: str) -> LeadingNumber | None:
    if len(text) > 1 and text[0] in _BULLETS and text[1].isspace():
        return LeadingNumber(text[0], _rest(text, 1), (Reading(f"bullet:{text[0]}", (0,)),))
    return None


_PARSERS = (_zh_struct, _zh_attachment, _en_struct, _alpha_dec, _dec, _paren, _half, _cn_enum,
            _circled, _letter_dot, _bullet)
_Parser = Callable[[str], "LeadingNumber | None"]


@functools.lru_cache(maxsize=4096)
def _parsers_for(first: str) -> tuple[_Parser, ...]:
    """The parsers that can match a text opening with ``first``.

    Most paragraphs are tried against one or two patterns instead of all
    eleven: segmentation runs on every block of a 300-page contract.
    """
    if not first:
        return ()
    if first.isdigit() and first.isascii():
        return (_dec, _half, _cn_enum)
    if first in "(（":
        return (_paren,)
    if first == "第":
        return (_zh_struct,)
    if first == "附":
        return (_zh_attachment,)
    if first == "§":
        return (_en_struct,)
    if first in _CIRCLED:
        return (_circled,)
    if first in _CN_NUM:
        return (_cn_enum,)
    if first in _BULLETS:
        return (_bullet,)
    if first.isascii() and first.isalpha():
        return (_en_struct, _alpha_dec, _half, _letter_dot)
    return ()
