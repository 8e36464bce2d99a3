"""Lines of text: merging fragments on one baseline, and joining lines.

Joining follows the reader's rules: English words broken with a hyphen at a
line end are rejoined, Chinese lines are joined without a space, and a line
that starts with a clause number ("5.3", "(b)", "第六条", "一、", "（二）")
starts a new block.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from reviewer.ingest.pdf_chars import Fragment
from reviewer.language import is_cjk_text


@dataclass(slots=True)
class Line:
    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    text: str
    size: float
    bold: bool
    col_x0: float = 0.0  # the column this line sits in (for "short line" tests)
    col_x1: float = 0.0


def merge_fragments(frags: list[Fragment], page: int) -> list[Line]:
    """Group fragments of one column into lines, top to bottom, left to right."""
    lines: list[Line] = []
    group: list[Fragment] = []
    for f in sorted(frags, key=lambda f: (f.top, f.x0)):
        if group:
            g_top = min(g.top for g in group)
            g_bottom = max(g.bottom for g in group)
            overlap = min(g_bottom, f.bottom) - max(g_top, f.top)
            if overlap >= 0.5 * min(g_bottom - g_top, f.bottom - f.top):
                group.append(f)
                continue
            lines.append(_line_of(group, page))
        group = [f]
    if group:
        lines.append(_line_of(group, page))
    return lines


def _line_of(group: list[Fragment], page: int) -> Line:
    if all(f.rtl for f in group):  # mirrored text runs right to left
        group.sort(key=lambda f: -f.x1)
    else:
        group.sort(key=lambda f: f.x0)
    text = group[0].text
    for f in group[1:]:
        text = join_words(text, f.text)
    sizes = sorted(f.size for f in group)
    return Line(page, min(f.x0 for f in group), min(f.top for f in group),
                max(f.x1 for f in group), max(f.bottom for f in group), text,
                sizes[len(sizes) // 2], all(f.bold for f in group))




def join_words(left: str, right: str) -> str:
    """Join two pieces of one line: a space, except between CJK characters."""
    if not left or not right:
        return left + right
    if is_cjk_text(left[-1]) or is_cjk_text(right[0]) or left[-1] == " ":
        return left + right
    return f"{left} {right}"


# Words that keep their hyphen when a line breaks after it ("self-service").
_KEEP_HYPHEN = frozenset(
    ["self", "non", "third", "cross", "well", "ex", "all", "half", "quasi", "anti", "multi", "co"]
)
_HYPHEN_END = re.compile(r"([A-Za-z]+)-$")


def joint(left: str, right: str) -> tuple[bool, str]:
    """How a line joins the text before it: (drop the last character of
    ``left``, separator). Only the end of ``left`` is looked at, so joining
    many lines one by one stays linear."""
    # Most lines do not end in a hyphen: the regex, which tries every start in
    # the tail, is run only for those that do.
    m = _HYPHEN_END.search(left[-64:]) if left.endswith("-") else None
    if m and right[0].islower():
        return m.group(1).lower() not in _KEEP_HYPHEN, ""
    if is_cjk_text(left[-1]) or is_cjk_text(right[0]) or left.endswith("/"):
        return False, ""
    return False, " "


def join_lines(left: str, right: str) -> str:
    """Join a line to the text before it, as a reader would read it."""
    if not left:
        return right
    if not right:
        return left
    drop, sep = joint(left, right)
    return (left[:-1] if drop else left) + sep + right


def join_all(texts: Iterable[str]) -> str:
    """`join_lines` over many lines, in linear time."""
    parts: list[str] = []
    for text in texts:
        if not text:
            continue
        if parts:
            drop, sep = joint(parts[-1], text)
            if drop:
                parts[-1] = parts[-1][:-1]
            if sep:
                parts.append(sep)
        parts.append(text)
    return "".join(parts)


_CN_NUM = "一二三四五六七八九十百零〇两"
# A clause number at the start of a line. Listed strongest first.
_STRONG_NUMBER = re.compile(
    rf"^(第[{_CN_NUM}\d]+[条章节款部分]|[{_CN_NUM}]+[、．]|[（(][{_CN_NUM}]+[）)]"
    # "（1）应急热线": full-width parentheses around a digit open a Chinese list
    # item; "（12）个月" after a wrap is a restated number (see restates_number).
    r"|（\d{1,3}）(?![个日天月年周小分秒工次%％])"
    r"|\d+(\.\d+)*[、．]|(Article|Section|Clause|Schedule|Annex|Appendix|ARTICLE|SECTION)"
    r"\s+\d+)"
)
_WEAK_NUMBER = re.compile(
    r"^(\d+(\.\d+)*\.?|\(?[a-z]{1,2}\)|\(?[ivxlc]{1,5}\)|\(\d+\)|\d+\)|[A-Z]\.)\s+(\S)"
)


def starts_numbered(text: str) -> bool:
    """True when ``text`` opens with a clause number (and not mid-sentence).

    "5.3 Response" is a number; "5.3 of this Agreement" (a wrapped reference)
    is not: after a weak number the next word must start with a capital
    letter, a CJK character, a quote or another number.
    """
    if _STRONG_NUMBER.match(text):
        return True
    m = _WEAK_NUMBER.match(text)
    if not m:
        return False
    nxt = m.group(3)
    return nxt.isupper() or is_cjk_text(nxt) or nxt in "\u201c\"'(“" or nxt.isdigit() or (
        text.startswith("(") and nxt.isalpha())


_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
          "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_WORD_VALUE = {w: i for i, w in enumerate(_UNITS)} | {
    w: 20 + 10 * i for i, w in enumerate(_TENS)} | {"hundred": 100}
_CN_VALUE = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"〇": 0, "两": 2}
_PAREN_NUMBER = re.compile(r"^[（(]\s*(\d{1,4})\s*[)）]")
_LAST_WORDS = re.compile(r"([A-Za-z]+)(?:[\s-]+([A-Za-z]+))?\s*$")


def _spelled_value(text: str) -> int | None:
    """The number spelled by the last words of ``text`` ("twelve", "twenty-four",
    "thirty six", "十二"), or None."""
    if text and text[-1] in _CN_VALUE:
        tail = ""
        for ch in reversed(text):
            if ch not in _CN_VALUE:
                break
            tail = ch + tail
        if tail == "十":
            return 10
        if "十" in tail:
            tens, _, units = tail.partition("十")
            return _CN_VALUE.get(tens[-1:], 1) * 10 + (_CN_VALUE[units[0]] if units else 0)
        return _CN_VALUE[tail[-1]]
    m = _LAST_WORDS.search(text)
    if not m:
        return None
    first, second = m.group(1).lower(), (m.group(2) or "").lower()
    if second:
        if first in _TENS and second in _UNITS[1:10]:
            return _WORD_VALUE[first] + _WORD_VALUE[second]
        return _WORD_VALUE.get(second)
    return _WORD_VALUE.get(first)


def restates_number(prev: str, text: str) -> bool:
    """Whether ``text`` opens with a number in parentheses that restates the
    number spelled at the end of ``prev``: "... for a period of twelve" +
    "(12) months." is one sentence wrapped, not a list item "(12)"."""
    m = _PAREN_NUMBER.match(text)
    if not m:
        return False
    value = _spelled_value(prev.rstrip())
    return value is not None and value == int(m.group(1))


_TERMINAL = tuple(".:;!?。：；！？)）\u201d\"")


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_TERMINAL)
