"""service-credits: a longer term as the remedy for a missed level, in other word orders, meets the item.

"the Customer's Subscription is extended by one day for each one-half hour of Unavailability"
('an extension of its Subscription' and 'a one-day extension' were known), "恢复时间每超过约定时限
24小时，甲方即将乙方受影响域名的服务期免费延长1个月" (the term before 延长; '延长…服务期' was
known; not "服务期不因暂停而顺延"), and "没有依第8.5条在2小时内受理回复…的，甲方可以要求乙方
延长维护期，每发生一次延长十五（15）日" (没有依 beside 未按 as what was missed).
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_subscription_extended_by_days_en(reviewed: ReviewContract, unsure: RelevanceModel) -> None:
    f = reviewed("""
        # 3. Service Level
        3.1 Acme will make the platform available for 99.95% of every calendar month.
        3.2 Where Acme misses the Service Level Commitment in a calendar month, the Customer's Subscription is extended by one day for each one-half hour of Unavailability, if the Customer asks for it in writing within fifteen days.
        """).finding("service-credits")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("clause", [
    "经甲方核实确系甲方责任的，恢复时间每超过约定时限24小时，甲方即将乙方受影响域名的服务期免费延长1个月。",
    "在维护期内，乙方没有依第8.5条在2小时内受理回复、经甲方书面催告后仍不处理的，甲方可以要求乙方延长维护期，每发生一次延长十五（15）日。",
])
def test_longer_term_meets_zh(reviewed: ReviewContract, doubting: RelevanceModel, clause: str) -> None:
    f = reviewed(f"""
        # 第三条 服务保障
        3.1 {clause}
        """, language="zh").finding("service-credits")
    assert f.status is Status.MET, f.reasons


def test_term_not_extended_for_a_suspension(reviewed: ReviewContract, unsure: RelevanceModel) -> None:
    f = reviewed("""
        # 第四条 付款
        4.1 甲方逾期付款的，乙方可以暂停提供服务，服务期不因暂停而顺延。
        """, language="zh").finding("service-credits")
    assert f.status is Status.MISSING, f.reasons
