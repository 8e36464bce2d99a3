"""Rendering one list counter in a Word number format (ST_NumberFormat).

Covers the formats contracts use (decimal, letters, roman, the Chinese
counting systems, enclosed numbers, ordinals); unknown formats fall back to
decimal, as Word does for formats it cannot draw.
"""

from __future__ import annotations

from collections.abc import Callable

from reviewer import limits

_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)
_CN_DIGITS = "〇一二三四五六七八九"
_CN_ZERO_UNITS = "零一二三四五六七八九"
_CN_LEGAL_SIMPLIFIED = "零壹贰叁肆伍陆柒捌玖"
_CN_LEGAL_TRADITIONAL = "零壹貳參肆伍陸柒捌玖"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDINAL_ONES = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                 "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
                 "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                 "nineteenth")


def roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out = []
    for value, glyph in _ROMAN:
        while n >= value:
            out.append(glyph)
            n -= value
    return "".join(out)


def letters(n: int) -> str:
    """A..Z, then AA..ZZ, AAA..: Word repeats the letter, it does not count base 26."""
    if n <= 0:
        return str(n)
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def chinese_counting(n: int) -> str:
    """chineseCounting: 一..九, 十, 十一, 二十一; digit by digit from 100 (一〇〇)."""
    if n < 0:
        return str(n)
    if n < 10:
        return _CN_DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        head = "十" if tens == 1 else _CN_DIGITS[tens] + "十"
        return head + (_CN_DIGITS[ones] if ones else "")
    return "".join(_CN_DIGITS[int(d)] for d in str(n))


def _group(n: int, digits: str, units: str) -> str:
    """0 < n < 10000 written with place units and interior zeros (一百零一)."""
    out: list[str] = []
    pending_zero = False
    started = False
    for place in range(3, -1, -1):
        d = n // 10**place % 10
        if d == 0:
            pending_zero = started
            continue
        if pending_zero:
            out.append(digits[0])
            pending_zero = False
        out.append(digits[d] + (units[place - 1] if place else ""))
        started = True
    return "".join(out)


def chinese_units(n: int, digits: str = _CN_ZERO_UNITS, units: str = "十百千",
                  myriad: str = "万", elide_ten: bool = True) -> str:
    """chineseCountingThousand and the legal forms: 十一, 一百零一, 一万零五."""
    if n <= 0 or n >= 100_000_000:
        return str(n)
    high, low = divmod(n, 10000)
    out = ""
    if high:
        out = _group(high, digits, units) + myriad
        if low and low < 1000:
            out += digits[0]
    if low:
        out += _group(low, digits, units)
    if elide_ten and 10 <= n < 20:
        out = out[1:]  # 十一, not 一十一: how Word and readers write 11..19
    return out


def english_words(n: int, ordinal: bool = False) -> str:
    """cardinalText / ordinalText for 1..99 ("Twenty-One", "First")."""
    if not 0 < n < 100:
        return str(n)
    if n < 20:
        word = (_ORDINAL_ONES if ordinal else _ONES)[n]
    else:
        tens, ones = divmod(n, 10)
        if ones == 0:
            word = _TENS[tens][:-1] + "ieth" if ordinal else _TENS[tens]
        else:
            word = _TENS[tens] + "-" + (_ORDINAL_ONES if ordinal else _ONES)[ones]
    return word[0].upper() + word[1:]


def ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _enclosed(n: int, first: int, count: int = 20) -> str:
    return chr(first + n - 1) if 1 <= n <= count else str(n)


def _digit_by_digit(n: int, digits: str) -> str:
    return "".join(digits[int(d)] for d in str(n)) if n >= 0 else str(n)


def _formats() -> dict[str, Callable[[int], str]]:
    """Word's number format name -> how a counter is shown in it."""
    table: dict[str, Callable[[int], str]] = {}

    def add(names: str, show: Callable[[int], str]) -> None:
        for name in names.split():
            table[name] = show

    add("decimal decimalHalfWidth", str)
    add("decimalZero", lambda n: f"{n:02d}" if 0 <= n < 10 else str(n))
    add("upperLetter", lambda n: letters(n))
    add("lowerLetter", lambda n: letters(n).lower())
    add("upperRoman", lambda n: roman(n))
    add("lowerRoman", lambda n: roman(n).lower())
    add("chineseCounting taiwaneseCounting", lambda n: chinese_counting(n))
    add("chineseCountingThousand taiwaneseCountingThousand japaneseCounting", lambda n: chinese_units(n))
    add("chineseLegalSimplified",
        lambda n: chinese_units(n, _CN_LEGAL_SIMPLIFIED, "拾佰仟", "万", elide_ten=False))
    add("ideographLegalTraditional",
        lambda n: chinese_units(n, _CN_LEGAL_TRADITIONAL, "拾佰仟", "萬", elide_ten=False))
    add("ideographDigital taiwaneseDigital japaneseDigitalTenThousand",
        lambda n: _digit_by_digit(n, _CN_DIGITS))
    add("ideographTraditional", lambda n: _STEMS[n - 1] if 1 <= n <= 10 else str(n))
    add("ideographZodiac", lambda n: _BRANCHES[n - 1] if 1 <= n <= 12 else str(n))
    add("decimalEnclosedCircle decimalEnclosedCircleChinese ideographEnclosedCircle",
        lambda n: _enclosed(n, 0x2460))
    add("decimalEnclosedParen", lambda n: _enclosed(n, 0x2474))
    add("decimalEnclosedFullstop", lambda n: _enclosed(n, 0x2488))
    add("decimalFullWidth decimalFullWidth2", lambda n: _digit_by_digit(n, "０１２３４５６７８９"))
    add("ordinal", lambda n: ordinal_suffix(n))
    add("cardinalText", lambda n: english_words(n))
    add("ordinalText", lambda n: english_words(n, ordinal=True))
    add("numberInDash", lambda n: f"- {n} -")
    add("none bullet", lambda n: "")
    return table


_FORMATS = _formats()


def format_number(n: int, fmt: str) -> str:
    """The counter ``n`` as Word shows it in format ``fmt`` ("" for none/bullet)."""
    if abs(n) > limits.NUMBERING_VALUE.value and fmt.endswith(("Letter", "Roman")):
        return str(n)  # as letters or roman numerals it would be millions of characters long
    return _FORMATS.get(fmt, str)(n)
