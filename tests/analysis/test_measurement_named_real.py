"""sla-measurement: the measurement in the item's own words addresses the item whatever
the relevance model says of the clause: the measure named by its term ("a Monthly Uptime
Percentage of at least 95%", never defined: LABELLING.md calls it vague) and a period
left out of the calculation ("维护时间不计入可用性计算"). With no method stated, vague.
Wordings of the real-world corpus."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_an_undefined_monthly_uptime_percentage_is_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # Hosting Terms
        1. Brookvale will use commercially reasonable efforts to keep the Edge Cache reachable with an Annual Uptime Percentage of at least 98% in each contract year.
        2. The Customer shall pay the fees in advance for each contract year.
        """).finding("sla-measurement")
    assert f.status is Status.VAGUE, f.reasons


def test_a_period_left_out_of_the_calculation_is_vague_zh(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第六条 服务保障
        6.1 乙方负责云会议平台的日常运维，保障付费用户正常使用。
        6.2 版本升级一般安排在周日凌晨进行，升级期间会议功能可能暂停，升级时长不计入本协议第6.1条所述的可用率统计。
        6.3 甲方应按期支付服务费用。
        """, language="zh", title="云会议服务协议").finding("sla-measurement")
    assert f.status is Status.VAGUE, f.reasons
