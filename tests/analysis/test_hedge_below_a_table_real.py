"""A hedge written right below a table and pointing back at it covers its rows.

"The times above are targets; the vendor uses commercially reasonable efforts
to meet them", "target response times may vary from those shown above": the
paragraph after the table hedges its times as one introducing it does. Only
a sentence that points back at the table counts, and one naming only the
other item's times ("上表所列解决时限为乙方的服务目标") hedges those, not this
item's.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

TABLE = """
        # 6. Response Times
        6.1 Supplier will respond to cases within the following times.
        | Severity | Description | Response Time |
        | Severity 1 | The service is down for all users | 1 hour |
        | Severity 2 | A major feature is seriously degraded | 4 hours |
        | Severity 3 | A minor feature does not work | 1 business day |
        """


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("below", [
    "6.2 Response times run from the logging of the case. The times above are targets; Supplier uses commercially reasonable efforts to meet them.",
    "6.2 Target response times may vary from those shown above depending on staffing levels.",
])
def test_a_sentence_below_pointing_back_hedges_the_rows(reviewed: ReviewContract, fmt: str, below: str) -> None:
    f = reviewed(TABLE + "        " + below + "\n", fmt=fmt).finding("response-times")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("below", [
    # Not pointing back at the table: the preceding sentence's targets.
    "6.2 Supplier's target is to restore service for Severity 1 cases within four (4) hours. These targets are not commitments.",
    # Pointing back, but with nothing hedged.
    "6.2 The times above run from the logging of the case.",
])
def test_a_paragraph_below_that_does_not_hedge_the_table_leaves_it_met(reviewed: ReviewContract, below: str) -> None:
    f = reviewed(TABLE + "        " + below + "\n").finding("response-times")
    assert f.status is Status.MET, f.reasons


def test_the_other_items_times_below_the_table_do_not_hedge_the_response_times(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 四、故障处理
        4.1 乙方按下表处理故障。
        | 故障级别 | 判定标准 | 响应时限 | 解决时限 |
        | 一级 | 系统整体无法使用 | 30分钟 | 24小时 |
        | 二级 | 核心功能异常 | 2小时 | 3个工作日 |
        4.2 上表所列解决时限为乙方的服务目标。
        """, language="zh").finding("response-times")
    assert f.status is Status.MET, f.reasons
