"""A checklist regex's word boundary beside a Chinese character.

To Python's `re` a Chinese character is a word character, so a `\\b` between it and a
Latin letter or digit does not hold: "/\\b24\\s*/\\s*7\\b/" found no "客服为24/7，" and
"/\\bISO\\s*270\\d\\d/" no "其ISO27001认证". Chinese contracts write English terms, figures and
product names straight after Chinese words; a regex term's `\\b` now also holds there (plain
phrases already looked only at ASCII letters and digits). Every boundary it found before
still holds.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.checklist.schema import compile_term, latin_boundaries
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("term", "text", "found"), [
    (r"/\bISO\s*270\d\d/", "运营方已把该承诺定为其ISO27001关键承诺之一", "ISO27001"),
    (r"/\b24\s*/\s*7\b/", "乙方的在线客服为24/7，由工程师值守", "24/7"),
    (r"/\bP[0-4]\b/", "P1级故障指服务整体不可用", "P1"),
    (r"/\bSLA\b/", "服务等级协议（SLA）", "SLA"),
])
def test_a_boundary_between_latin_and_chinese(term: str, text: str, found: str) -> None:
    m = compile_term(term, "en").search(text)
    assert m is not None and m.group() == found


@pytest.mark.parametrize(("term", "text"), [
    (r"/\bISO\b/", "the service isolates tenants"),  # no boundary inside a Latin word
    (r"/\bP[0-4]\b/", "AP1 access points"),
    (r"/\bSLA\b/", "SLAs"),
    (r"/\b24\s*/\s*7\b/", "1024/7"),
])
def test_no_boundary_inside_a_latin_word(term: str, text: str) -> None:
    assert compile_term(term, "en").search(text) is None


def test_only_boundaries_outside_a_class_change() -> None:
    # "[\b]" is a backspace in a class and "\\b" an escaped backslash before a "b".
    assert latin_boundaries(r"[\b]x\\b") == r"[\b]x\\b"
    assert latin_boundaries(r"[]\b]") == r"[]\b]"
    assert latin_boundaries(r"x[^\]]\by") != r"x[^\]]\by"
    # The rewritten pattern holds no Chinese character itself (a pattern's text that does is
    # taken to need one and is not run on English text).
    assert all(ord(c) < 128 for c in latin_boundaries(r"\bSLA\b"))


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_coverage_written_after_a_chinese_word_meets(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 一、技术支持
        1. 甲方可通过工单系统或热线电话400-800-1234联系乙方。
        2. 乙方的在线客服为24/7，由乙方工程师值守。
        """, fmt=fmt, language="zh").finding("support-hours")
    assert f.status is Status.MET, f.reasons
    assert any("24/7" in e.text for e in f.evidence)
