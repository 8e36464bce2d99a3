"""service-credits paid in the service itself ("赠送短信条数"), in a sentence or a
credit table's cells. Wordings of the real-world corpus."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 七、服务补偿
    7.1 乙方保证短信接口月度可用性不低于99.9%。
    7.4 接口可用性低于99.9%但不低于99%的，乙方向甲方赠送相当于当月短信消费额5%的短信条数；低于99%的，赠送相当于当月短信消费额10%的短信条数。
    """,
    """
    # 八、可用性补偿
    8.1 当月可用性低于99.9%的，乙方按下列标准向甲方赠送短信条数：
    [table-title: 表3 补偿标准]
    | 当月可用性 | 赠送条数 |
    | 99.0%（含）至99.9% | 当月成功条数的5% |
    | 低于99.0% | 当月成功条数的10% |
    8.2 乙方在下月对账单中计入赠送条数。
    """,
])
def test_a_credit_in_messages_is_a_credit(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="zh").finding("service-credits")
    assert f.status is Status.MET, f.reasons


def test_a_gift_at_the_vendors_discretion_stays_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 六、服务补偿
        6.3 开放平台接口月度可用性未达到前款目标的，乙方可酌情以赠送通话分钟数的方式对甲方进行补偿。
        """, language="zh").finding("service-credits")
    assert f.status is Status.VAGUE, f.reasons
