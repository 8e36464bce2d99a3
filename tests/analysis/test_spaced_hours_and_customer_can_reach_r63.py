# ruff: noqa: E501
"""Round 63's development errors: Chinese written from English sets the hour apart from 点
("上午 8 点至晚上 8 点"), which is still a time range; and "the Company can reach support 24
hours a day" is what the customer (called "Company") can do, no discretion of the vendor's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.quantities import find_time_ranges
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("text", "minutes"), [
    ("支持时间为周一至周五，英国时间上午 8 点至晚上 8 点。", 720),
    ("工作时间为太平洋时间上午 9 点至下午 5 点", 480),
    ("工作时间为上午9点至下午5点", 480),
])
def test_hours_set_apart_from_dian_are_a_range(text: str, minutes: int) -> None:
    assert [r[0] for r in find_time_ranges(text)] == [minutes]


def test_spaced_support_hours_are_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 四、支持时间
        支持时间为周一至周五，英国时间上午 8 点至晚上 8 点，英国公共假日除外。
        """).finding("support-hours")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_the_customer_reaching_support_is_no_vendor_discretion(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # B. Support
        B6. Support channels. The Company can reach Vantora support 24 hours a day, 7 days a week, via the support portal and by email.
        """).finding("support-hours")
    assert f.status is Status.MET, (f.status, f.reasons)
