"""Clause numbers as printed: every style the issue lists, and what is not a number."""

from __future__ import annotations

import pytest

from reviewer.segment.clause_numbers import (
    chinese_to_int,
    leading_number,
    parse_label,
    roman_to_int,
)


@pytest.mark.parametrize(
    ("text", "printed", "style", "depth", "value", "rest"),
    [
        ("1. Definitions", "1.", "dec", 1, (1,), "Definitions"),
        ("1.1 Scope", "1.1", "dec", 2, (1, 1), "Scope"),
        ("1.1.1 Detail", "1.1.1", "dec", 3, (1, 1, 1), "Detail"),
        ("2.3. Trailing dot", "2.3.", "dec", 2, (2, 3), "Trailing dot"),
        ("(a) first", "(a)", "alpha-lower-paren", 1, (1,), "first"),
        ("(iv) fourth", "(iv)", "roman-lower-paren", 1, (4,), "fourth"),
        ("a) first", "a)", "alpha-lower-half", 1, (1,), "first"),
        ("A.1 Availability", "A.1", "alpha-dec", 2, (1, 1), "Availability"),
        ("Article 5 Support", "Article 5", "en-article", 1, (5,), "Support"),
        ("ARTICLE V - SUPPORT", "ARTICLE V", "en-article", 1, (5,), "SUPPORT"),
        ("Section 3.2 Fees", "Section 3.2", "en-section", 2, (3, 2), "Fees"),
        ("Clause 7 Term", "Clause 7", "en-clause", 1, (7,), "Term"),
        ("§ 4 Liability", "§ 4", "en-section", 1, (4,), "Liability"),
        ("Schedule 2 – Service Levels", "Schedule 2", "en-schedule", 1, (2,), "Service Levels"),
        ("Annex A Security", "Annex A", "en-annex", 1, (1,), "Security"),
        ("Appendix B", "Appendix B", "en-appendix", 1, (2,), ""),
        ("第五条 服务响应", "第五条", "zh-条", 1, (5,), "服务响应"),
        ("第5条 服务响应", "第5条", "zh-条", 1, (5,), "服务响应"),
        ("第十二条 保密", "第十二条", "zh-条", 1, (12,), "保密"),
        ("第一章 总则", "第一章", "zh-章", 1, (1,), "总则"),
        ("第一节 范围", "第一节", "zh-节", 1, (1,), "范围"),
        ("一、服务内容", "一、", "cn-enum", 1, (1,), "服务内容"),
        ("（一）技术支持", "（一）", "cn-paren", 1, (1,), "技术支持"),
        ("(二) 远程支持", "(二)", "cn-paren", 1, (2,), "远程支持"),
        ("1）第一项", "1）", "num-half", 1, (1,), "第一项"),
        ("2) second", "2)", "num-half", 1, (2,), "second"),
        ("(3) third", "(3)", "num-paren", 1, (3,), "third"),
        ("③ 第三", "③", "circled", 1, (3,), "第三"),
        ("1.乙方负责", "1.", "dec", 1, (1,), "乙方负责"),
        ("3、乙方负责", "3、", "num-dunhao", 1, (3,), "乙方负责"),
    ],
)
def test_styles(text: str, printed: str, style: str, depth: int, value: tuple[int, ...],
                rest: str) -> None:
    found = leading_number(text)
    assert found is not None
    assert found.printed == printed
    assert found.readings[0].style == style
    assert found.readings[0].depth == depth
    assert found.readings[0].value == value
    assert found.rest == rest


@pytest.mark.parametrize(
    "text",
    [
        "The Supplier shall respond.",
        "30 days after the invoice date",  # a quantity, not a number
        "3.5% of the monthly fees",
        "(the Customer) shall pay",
        "Section 3.2 of this Agreement applies to all Incidents.",  # cross-reference
        "e.g. the portal",
        "i.e. within one hour",
        "2024.01.01 is the start date",
        "",
    ],
)
def test_not_numbers(text: str) -> None:
    assert leading_number(text) is None


def test_bare_integer_only_on_headings() -> None:
    assert leading_number("3 Fees") is None
    found = leading_number("3 Fees", allow_bare=True)
    assert found is not None and found.printed == "3" and found.rest == "Fees"


def test_ambiguous_letters_offer_both_readings() -> None:
    found = leading_number("(i) ninth or first")
    assert found is not None
    assert [r.style for r in found.readings] == ["roman-lower-paren", "alpha-lower-paren"]
    found = leading_number("(v) fifth")
    assert found is not None
    # A lone "v" is a letter unless the context says roman.
    assert [r.style for r in found.readings] == ["alpha-lower-paren", "roman-lower-paren"]
    found = leading_number("(ii) second")
    assert found is not None and found.readings[0].style == "roman-lower-paren"


def test_word_labels() -> None:
    assert parse_label("5.2").readings[0].key == ("dec", 2)
    assert parse_label("第五条").readings[0].style == "zh-条"
    assert parse_label("(b)").readings[0].value == (2,)
    assert parse_label("3").readings[0].key == ("dec", 1)
    step1, step2 = parse_label("Step 1"), parse_label("Step 2")
    assert step1.printed == "Step 1"
    assert step1.readings[0].key == step2.readings[0].key


def test_numerals() -> None:
    assert chinese_to_int("五") == 5
    assert chinese_to_int("十") == 10
    assert chinese_to_int("十二") == 12
    assert chinese_to_int("二十三") == 23
    assert chinese_to_int("一百零五") == 105
    assert chinese_to_int("x") is None
    assert roman_to_int("iv") == 4
    assert roman_to_int("XIV") == 14
    assert roman_to_int("iiii") is None
    assert roman_to_int("ab") is None
