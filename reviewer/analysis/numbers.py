"""Numbers as contracts write them: "30", "two (2)", "thirty", "二十四", "两".

Chinese numerals are converted by cn2an (a maintained library) rather than by
hand; English number words by a small table (contracts use few of them).
"""

from __future__ import annotations

import re

_EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_EN_WORD = "|".join(sorted(list(_EN_UNITS) + list(_EN_TENS), key=len, reverse=True))

# "two (2)", "2", "2.5", "forty-eight", "twenty four", "a", "an", "one-half".
EN_NUMBER = (
    r"(?:(?:" + _EN_WORD + r")(?:[\s-](?:" + _EN_WORD + r"))?\s*\(\s*\d+(?:\.\d+)?\s*\)"
    r"|\d+(?:\.\d+)?\s*\(\s*(?:" + _EN_WORD + r")(?:[\s-](?:" + _EN_WORD + r"))?\s*\)"
    r"|\d+(?:[.,]\d+)?"
    r"|(?:" + _EN_WORD + r")(?:[\s-](?:" + _EN_WORD + r"))?"
    r"|one[\s-]half|half\s+an?|an?)"
)

# Chinese numerals, optionally mixed with digits ("1个半", "二十四", "两").
ZH_DIGITS = "零〇一二两三四五六七八九十百千万"
ZH_NUMBER = r"(?:\d+(?:\.\d+)?|[" + ZH_DIGITS + r"]+(?:点[" + ZH_DIGITS + r"]+)?)"


def parse_en_number(text: str) -> float | None:
    """Value of an English number phrase matched by EN_NUMBER."""
    t = text.strip().lower()
    paren = re.search(r"\(\s*(\d+(?:\.\d+)?)\s*\)", t)
    if paren:  # "two (2)": the digits are what the parties signed
        return float(paren.group(1))
    lead = re.match(r"(\d+(?:\.\d+)?)\s*\(", t)
    if lead:  # "15 (fifteen)"
        return float(lead.group(1))
    if re.fullmatch(r"\d+(?:[.,]\d+)?", t):
        # "1,000" is a thousand; "2,5" (European decimal) is rare in English contracts.
        return float(t.replace(",", "")) if re.fullmatch(r"\d{1,3}(,\d{3})+", t) else float(
            t.replace(",", ".")
        )
    if t in ("a", "an"):
        return 1.0
    if t.startswith("half") or t in ("one half", "one-half"):
        return 0.5
    total = 0
    for word in re.split(r"[\s-]+", t):
        if word in _EN_UNITS:
            total += _EN_UNITS[word]
        elif word in _EN_TENS:
            total += _EN_TENS[word]
        else:
            return None
    return float(total)


def parse_zh_number(text: str) -> float | None:
    """Value of a Chinese (or digit) numeral run matched by ZH_NUMBER."""
    t = text.strip()
    if not t:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t)
    try:
        import cn2an  # ~0.15 s to import: only contracts with Chinese numerals pay it

        return float(cn2an.cn2an(t.replace("〇", "零"), "smart"))
    except (ValueError, KeyError):
        return None
