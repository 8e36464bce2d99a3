"""service-credits: a remedy other than a credit for a missed level addresses the item (vague).

A right to end the subscription after missed months ("If we miss the Uptime Commitment in
two (2) calendar months in a row, you may end your subscription"), liability for missed
times with no amount ("乙方未按本合同约定时限响应或处理故障的，应承担相应的违约责任"), and the
unused fees refunded after a long outage ("产品长时间不能使用且无法恢复的，用户可…申请把剩余天数
对应的费用退还"): the service level missed has a remedy, but no credit schedule (vague),
however low the relevance model scores such lines (so also with a model that doubts every clause).
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_termination_for_missed_commitment_en(reviewed: ReviewContract, model: str) -> None:
    f = reviewed("""
        # 4. Service Levels
        4.3 If Acme misses the Availability Commitment in three (3) consecutive calendar months, Customer may terminate the affected Order Form on written notice.
        """).finding("service-credits")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("clause", [
    "乙方未按本合同约定的时限响应或处理甲方报修的故障的，应承担相应的违约责任。",
    "因本公司原因导致云主机长时间不能使用且无法恢复的，用户可提交工单，申请将剩余天数对应的费用退还至账户余额。",
])
def test_other_remedy_zh(reviewed: ReviewContract, clause: str, model: str) -> None:
    f = reviewed(f"""
        # 第七条 违约责任
        7.1 {clause}
        """, language="zh").finding("service-credits")
    assert f.status is Status.VAGUE, f.reasons
