"""independent-measurement: both parties confirming meets the item only where the sentence is
about a measured figure (downtime, records, statistics, a credit), not a project plan, a fee
dispute or a severity level ("双方共同确认《实施方案》", "甲方对应付费用提出异议，经双方核对确认",
"以双方确认的级别为准")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 五、实施
    5.2 需求调研结束后，双方共同确认《实施方案》，写明各阶段的工作内容、时间安排和各自责任。
    """,
    """
    # 三、费用
    3.4 甲方对应付费用提出异议，经双方核对确认确有错误的，乙方应作出调整。
    """,
    """
    # 二、故障级别
    2.3 您在提交工单时参照下表提出建议级别，再由双方根据下表定义协商确定；对级别有分歧的，以双方确认的级别为准。
    """,
])
def test_both_parties_confirming_something_else_is_not_met(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="zh").finding("independent-measurement")
    assert f.status is not Status.MET, (f.status, f.reasons)


@pytest.mark.parametrize("body", [
    """
    # 七、服务可用性
    7.3 每月的故障中断时长由双方共同核对确认后，作为计算可用率的依据。
    """,
    """
    # 五、监测
    5.6 拨测数据由双方共同保存，每月由双方共同确认。
    """,
])
def test_both_parties_confirming_the_figures_is_met(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="zh").finding("independent-measurement")
    assert f.status is Status.MET, (f.status, f.reasons)
