# ruff: noqa: E501
"""Round 63's development errors: a time given and then taken back ("may vary", 可能因…而有所不同)
is hedged, vague; notice that is only the condition of an SLA exclusion is vague (settled 7
December 2026), also where the exclusion comes first and its condition after ("left out if
they were announced"), and where a list's colon-ended lead-in says what is excluded and the
item names the notice ("下列情形不视为停机时间：" over "计划维护窗口（提前24小时通知）")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 3. Support
    3.1 Issues are classified by severity. Severity 1: the service is down for all users. Severity 2: a core function is impaired.
    3.2 The response time for every severity is 3 business days, but response times may vary with the volume of tickets.
    """,
    """
    # 二、响应与解决
    1. 问题分为两个严重级别：严重级别1指服务全部中断；严重级别2指核心功能受损。
    2. 各严重级别的响应时间应为3个工作日，但该时间可能因工单数量而有所不同。
    """,
])
def test_a_response_time_that_may_vary_is_vague(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body).finding("response-times")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


def test_a_response_time_without_the_rider_is_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 3. Support
        3.1 Issues are classified by severity. Severity 1: the service is down for all users. Severity 2: a core function is impaired.
        3.2 The response time for every severity is 3 business days.
        """).finding("response-times")
    assert f.status is Status.MET, (f.status, f.reasons)


@pytest.mark.parametrize("body", [
    """
    # 4. Availability
    4.1 The service is available 99% of each calendar month. Periods in which the service is unavailable because of planned maintenance work are left out if they were announced by e-mail at least 48 hours beforehand.
    """,
    """
    # 三、可用性
    1. 每月可用性不低于99.9%。
    2. 下列情形不视为停机时间：
    (1) 计划维护窗口（提前24小时通知）；
    (2) 客户自身设备故障。
    """,
])
def test_notice_as_the_condition_of_an_exclusion_is_vague(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body).finding("proactive-notice")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


def test_a_promised_notice_in_a_list_is_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 三、维护
        1. 乙方的维护安排如下：
        (1) 乙方将在计划维护前提前24小时以邮件通知甲方；
        (2) 紧急维护完成后24小时内说明原因。
        """).finding("proactive-notice")
    assert f.status is Status.MET, (f.status, f.reasons)
