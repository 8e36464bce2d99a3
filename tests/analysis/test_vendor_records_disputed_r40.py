# ruff: noqa: E501
"""independent-measurement: the vendor's records as the default basis, answered in the same
sentence by the customer's right to disagree in other words ("甲方对计算结果有不同意见的，可以提交
自己的监测记录，由双方共同核定", "甲方对记录有不同意见的，双方…核对确认"), are a default, not the
last word: met."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 七、服务可用性
    7.2 可用性以乙方监控系统记录的数据为依据计算；甲方对计算结果有不同意见的，可以提交自己的监测记录，由双方共同核定。
    """,
    """
    # 五、服务响应
    5.3 响应时间和恢复时间以乙方工单系统的记录为依据；甲方对记录有不同意见的，双方依据电话记录、服务群消息等进行核对确认。
    """,
])
def test_records_the_customer_may_disagree_with_are_met(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="zh").finding("independent-measurement")
    assert f.status is Status.MET, (f.status, f.reasons)
