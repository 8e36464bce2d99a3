"""OCR words as text: joined into a line, with Chinese punctuation as a
Chinese text writes it.

Tesseract gives ASCII punctuation where a Chinese text has full-width forms
("(以下简称" for "（以下简称") and separates every word with a space. The
born-digital text of a Chinese contract uses the full-width forms and no
space beside a Chinese character, and the checklist's Chinese patterns are
written that way, so OCR text is normalised the same way before anything
reads it (measured on the Chinese benchmark pages: 1.7 points of the
character error were these marks).
"""

from __future__ import annotations

import re

from reviewer.language import CJK_CHAR, is_cjk_text

_FULL_WIDTH = {"(": "（", ")": "）", ",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}


def _neighbour(text: str, i: int, step: int) -> str:
    i += step
    while 0 <= i < len(text) and text[i] == " ":
        i += step
    return text[i] if 0 <= i < len(text) else ""


def cjk_punctuation(text: str) -> str:
    """ASCII punctuation beside a Chinese character (or a full-width mark) in
    its full-width form, as a Chinese text writes it; a full stop after a
    Chinese character that ends the text or meets another is "。". Numbers
    keep theirs ("9:00", "1,000", "1.1")."""
    if not CJK_CHAR.search(text):
        return text
    out: list[str] = []
    before = ""  # the last character written that is not a space
    for i, ch in enumerate(text):
        if ch in _FULL_WIDTH or ch == ".":
            after = _neighbour(text, i, 1)
            if before.isdigit() and after.isdigit():
                pass
            elif ch == ".":
                if CJK_CHAR.match(before or " ") and (not after or CJK_CHAR.match(after)):
                    ch = "。"
            elif is_cjk_text(before or " ") or is_cjk_text(after or " "):
                ch = _FULL_WIDTH[ch]
        out.append(ch)
        if ch != " ":
            before = ch
    return "".join(out)


_QUOTES = "“”‘’"


def _tight(left: str, right: str) -> bool:
    """No space between these two: Chinese on both sides, a full-width mark on
    either, or a curly quote beside Chinese (“SDK” in a Chinese sentence)."""
    if any(is_cjk_text(c) and not CJK_CHAR.match(c) for c in (left, right)):
        return True
    return ((is_cjk_text(left) or left in _QUOTES) and (is_cjk_text(right) or right in _QUOTES)
            and (is_cjk_text(left) or is_cjk_text(right)))


_CLAUSE_NUMBER = re.compile(r"\d+(\.\d+)*\.|\d+(\.\d+)+")  # "2.2", "1.", "3.1.2" at a line's start


def join_words(words: list[str]) -> str:
    """Words of one line joined as a Chinese text writes them: no space
    between two Chinese characters or marks, nor between a number and a
    Chinese character ("1小时"); Chinese punctuation in its full-width form
    (`cjk_punctuation`). The space after a clause number at the start of the
    line stays ("2.2 许可方"): the segmenter needs it to see the number."""
    text = cjk_punctuation(" ".join(words))
    out: list[str] = []
    for i, ch in enumerate(text):
        if ch == " " and out:
            left, right = out[-1], _neighbour(text, i, 1) or " "
            number = (left.isdigit() or left == "%") and CJK_CHAR.match(right) is not None
            if _tight(left, right) or (CJK_CHAR.match(left) and right.isdigit()) or (
                    number and not _CLAUSE_NUMBER.fullmatch("".join(out))):
                continue
        out.append(ch)
    return "".join(out)
