"""Word number formats rendered as a reader sees them."""

from __future__ import annotations

import cn2an
import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.ingest.docx_number_formats import format_number


@pytest.mark.parametrize(("n", "fmt", "expected"), [
    (1, "decimal", "1"),
    (7, "decimalZero", "07"),
    (12, "decimalZero", "12"),
    (1, "lowerLetter", "a"),
    (26, "lowerLetter", "z"),
    (27, "lowerLetter", "aa"),  # Word repeats the letter; it does not count base 26
    (53, "upperLetter", "AAA"),
    (4, "upperRoman", "IV"),
    (14, "lowerRoman", "xiv"),
    (1999, "upperRoman", "MCMXCIX"),
    (1, "chineseCounting", "一"),
    (10, "chineseCounting", "十"),
    (11, "chineseCounting", "十一"),
    (20, "chineseCounting", "二十"),
    (35, "chineseCounting", "三十五"),
    (100, "chineseCounting", "一〇〇"),
    (10, "chineseCountingThousand", "十"),
    (15, "chineseCountingThousand", "十五"),
    (21, "chineseCountingThousand", "二十一"),
    (101, "chineseCountingThousand", "一百零一"),
    (110, "chineseCountingThousand", "一百一十"),
    (1005, "chineseCountingThousand", "一千零五"),
    (12, "chineseLegalSimplified", "壹拾贰"),
    (3, "ideographTraditional", "丙"),
    (1, "decimalEnclosedCircle", "①"),
    (20, "decimalEnclosedCircle", "⑳"),
    (21, "decimalEnclosedCircle", "21"),
    (3, "decimalEnclosedParen", "⑶"),
    (2, "decimalFullWidth", "２"),
    (3, "ordinal", "3rd"),
    (11, "ordinal", "11th"),
    (21, "cardinalText", "Twenty-one"),
    (3, "ordinalText", "Third"),
    (20, "ordinalText", "Twentieth"),
    (5, "bullet", ""),
    (5, "none", ""),
    (5, "someFutureFormat", "5"),
])
def test_format_number(n: int, fmt: str, expected: str) -> None:
    assert format_number(n, fmt) == expected


@given(st.integers(min_value=1, max_value=99_999_999))
def test_chinese_counting_thousand_reads_back_as_the_number(n: int) -> None:
    # cn2an is an independent parser of Chinese numerals.
    assert cn2an.cn2an(format_number(n, "chineseCountingThousand"), "strict") == n


@given(st.integers(min_value=1, max_value=99))
def test_chinese_counting_reads_back_as_the_number(n: int) -> None:
    assert cn2an.cn2an(format_number(n, "chineseCounting"), "strict") == n


@given(st.integers(min_value=1, max_value=3999))
def test_roman_numerals_read_back(n: int) -> None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    text = format_number(n, "upperRoman")
    total = sum(-values[a] if values[a] < values[b] else values[a]
                for a, b in zip(text, text[1:] + "I", strict=True))
    assert total == n and format_number(n, "lowerRoman") == text.lower()
