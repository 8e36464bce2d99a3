# ruff: noqa: E501
"""Round 64. response-clock (LABELLING.md, settled 7 December 2026, sixth audit): a request made
out of hours only *handled* the next business day is a handling promise, no clock start (vague
beside defined business hours), while one *treated as received* then moves the clock (met).
data-use: "as long as you do not store any part of the Content" binds the user, not the vendor."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("body", "language"), [
    ("""
    # 3. Support
    3.1 Support hours are Monday to Friday, 9:00 to 17:00 CET. The Provider responds to tickets within 4 business hours. Requests received outside these hours are handled on the next business day.
    """, "en"),
    ("""
    # 三、技术支持
    （一）乙方的工作时间为周一至周五9:00至18:00（北京时间），法定节假日除外。乙方在4小时内响应工单。在工作时间以外收到的邮件将于下一个工作日处理。
    """, "zh"),
])
def test_handled_the_next_business_day_starts_no_clock(reviewed: ReviewContract, body: str, language: str) -> None:
    f = reviewed(body, language=language).finding("response-clock")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


@pytest.mark.parametrize(("body", "language"), [
    ("""
    # 3. Support
    3.1 Support hours are Monday to Friday, 9:00 to 17:00 CET. The Provider responds to tickets within 4 business hours. Requests received outside these hours are treated as received at the start of the next business day.
    """, "en"),
    ("""
    # 三、技术支持
    （一）乙方的工作时间为周一至周五9:00至18:00（北京时间），法定节假日除外。乙方在4小时内响应工单。非工作时间提交的工单视为下一个工作日受理。
    """, "zh"),
])
def test_treated_as_received_the_next_business_day_moves_the_clock(reviewed: ReviewContract, body: str, language: str) -> None:
    f = reviewed(body, language=language).finding("response-clock")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_a_users_duty_not_to_store_is_no_limit_on_the_vendor(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 2. Content
        2.1 You may download the Content for personal use, as long as you keep every notice it carries and you do not store any significant part of any Content electronically.
        """).finding("data-use")
    assert f.status is not Status.MET, (f.status, f.reasons)


def test_the_vendor_not_storing_is_still_a_limit(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 2. Customer data
        2.1 The Provider does not store the audio or video streams it relays for the Customer.
        """).finding("data-use")
    assert f.status is Status.MET, (f.status, f.reasons)
