"""A level's time after a semicolon, its verb left out, is the same item's.

"Critical issues get a support response within 2 hours; non-critical issues
within 48 hours": the second part names a level and a time but no verb of
either item; it goes on with the part before it. Before, only the first
level was read. A part naming the other item's verb keeps to that item.
"""

# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body", "levels"), [
    ("en", """
        # 7. Support
        7.1 Critical issues get a support response within 2 hours; non-critical issues within 48 hours.
        """, [("Critical", 120), ("non-critical", 2880)]),
    ("en", """
        # 7. Support
        7.1 We respond to Urgent tickets within one hour; Normal tickets within one business day.
        """, [("Urgent", 60), ("Normal", 480)]),
    ("zh", """
        # 七、技术支持
        7.1 紧急故障在30分钟内响应；一般故障4小时内。
        """, [("紧急", 30), ("一般", 240)]),
])
def test_the_elided_part_keeps_the_items_levels(reviewed: ReviewContract, language: str, body: str,
                                                 levels: list[tuple[str, int]]) -> None:
    f = reviewed(body, language=language).finding("response-times")
    assert f.status is Status.MET, f.reasons
    assert [(lv["level"], lv["minutes"]) for lv in f.facts["levels"]] == levels


def test_a_part_with_the_other_items_verb_stays_the_others(reviewed: ReviewContract) -> None:
    review = reviewed("""
        # 7. Support
        7.1 Critical issues get a support response within 2 hours; non-critical issues are resolved within 5 business days.
        """)
    f = review.finding("response-times")
    assert [(lv["level"], lv["minutes"]) for lv in f.facts["levels"]] == [("Critical", 120)]
