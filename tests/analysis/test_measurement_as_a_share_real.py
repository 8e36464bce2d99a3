"""sla-measurement: the method written as a share of total time or of requests, as
"percentage of the total time" is in English, and "正常运行时间" among the words for
availability. Wordings of the real-world corpus."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_availability_computed_as_a_ratio_of_successful_responses(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 五、服务等级
        5.1 正式环境开放接口的月度可用性不低于99.5%。可用性按澜川监控系统统计的接口成功响应比例计算，因接入企业请求参数错误、签名错误或超出调用频率限制导致的失败不计入统计。
        """, language="zh").finding("sla-measurement")
    assert f.status is Status.MET, f.reasons


def test_uptime_as_a_share_of_the_months_minutes(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 一、定义
        1.1 “正常运行时间”是指在一个日历月内，SaaS的生产环境可供授权用户登录并使用其主要功能的时间占该月总分钟数（扣除排除事项对应时间）的百分比。
        # 二、服务等级
        2.1 正常运行时间依据澜策监控系统的记录计算。计划内维护及不可抗力导致的不可用不计入。
        """, language="zh").finding("sla-measurement")
    assert f.status is Status.MET, f.reasons
