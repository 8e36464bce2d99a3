"""A bare ceiling (不超过) binds a number, not an effort or a target; a target in a
credit clause names the level that was missed. Wordings of the real-world corpus."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    # An effort with the metric's ceiling, called a target in the same sentence.
    """
    # 五、服务质量
    5.1 乙方力争音视频通话端到端时延（P95）不超过400毫秒，该指标为目标值，不纳入服务补偿。
    """,
    # A table of targets: its title and its column say what the ceilings are.
    """
    # 四、直播质量
    [table-title: 表1 直播质量目标值]
    | 指标 | 目标值 |
    | 低延迟直播端到端延时 | 不超过800毫秒 |
    | 卡顿率 | 不超过2% |
    """,
])
def test_a_ceiling_does_not_bind_an_effort_or_a_target(reviewed: ReviewContract, body: str) -> None:
    # "不超过" is a number's ceiling, as "不低于" is its floor (binding-number):
    # it binds a softly worded number, not "力争" nor "目标值".
    f = reviewed(body, language="zh").finding("quality-metrics")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("body", [
    """
    # 五、服务质量
    5.1 音视频通话端到端时延（P95）不超过400毫秒，加入频道成功率不低于99.5%。
    """,
    # Still binding where the sentence itself binds: "最长不超过", "不得超过".
    """
    # 五、服务质量
    5.1 乙方将尽力优化传输链路，音视频通话端到端时延最长不超过400毫秒。
    """,
])
def test_a_ceiling_alone_is_still_a_commitment(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="zh").finding("quality-metrics")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
        # 6. Service Credits
        6.1 If the Service fails to meet the Target Availability in a calendar month, Customer may request a service credit equal to ten percent (10%) of the monthly fees for the affected service.
        6.2 Customer must request the credit within thirty (30) days after the end of the affected month.
        """),
    ("zh", """
        # 六、服务补偿
        6.1 自然月服务可用性低于本协议4.1条目标值的，客户可申请以延长服务期的方式获得补偿：可用性每低于目标值0.1个百分点，补偿1天服务期，单个自然月累计补偿最多7天。
        6.2 客户应在次月10个工作日内通过工单提出补偿申请。
        """),
])
def test_a_target_in_a_credit_clause_names_the_level_missed(
        reviewed: ReviewContract, language: str, body: str) -> None:
    # The credit is owed when the target is missed: the target is no hedge on the credit.
    f = reviewed(body, language=language).finding("service-credits")
    assert f.status is Status.MET, f.reasons
