"""independent-measurement (zh): both parties checking the figure 一起/一同 (together) meets the
item as 共同 does: "不可用分钟数依据乙方监控系统的记录确定。甲方不认可统计结果的，可以…出示
本方的访问日志或截图，由双方一起核对并确认" lets the customer answer the vendor's records with its
own. Not something else confirmed together ("双方一起确认《实施方案》")."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_both_parties_check_together_is_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 五、服务可用性
        5.4 不可用分钟数依据乙方监控系统的记录确定。甲方不认可统计结果的，可以在收到月度报告之后10个工作日以内出示本方的调用日志，由双方一起核对并确认。
        """, language="zh").finding("independent-measurement")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_a_plan_confirmed_together_is_not_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 五、实施
        5.2 需求调研结束后，双方一起确认《实施方案》，写明各阶段的工作内容和时间安排。
        """, language="zh").finding("independent-measurement")
    assert f.status is not Status.MET, (f.status, f.reasons)
