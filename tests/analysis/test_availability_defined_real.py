"""availability: a definition of what counts as available or unavailable ('"Unavailability"
means that the Services have failed ...', "“可用”或“可用性”指客户能够正常访问…服务")
addresses the item whatever the relevance model says of the clause; with no percentage
it is vague. In the development corpus no document defining it is labelled missing.
Wordings of the real-world corpus."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_unavailability_defined_without_a_percentage_is_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # Managed Backup Terms
        1. "Backup Window" means the period each night in which Brookvale copies the Customer's volumes.
        2. "Unavailability" means that the Customer's backup vault cannot be reached from the Customer's network for five minutes or more, as shown by Brookvale's monitoring.
        3. The Customer shall pay the fees in advance for each month.
        """).finding("availability")
    assert f.status is Status.VAGUE, f.reasons


def test_availability_defined_without_a_percentage_is_vague_zh(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第三条 定义
        3.1 “备份窗口”指乙方每日夜间复制甲方数据卷的时段。
        3.2 “可用”或“可用性”指甲方能够通过其网络正常登录并使用备份控制台，但计划内维护期间除外。
        3.3 甲方应于每月初支付服务费用。
        """, language="zh", title="托管备份服务协议").finding("availability")
    assert f.status is Status.VAGUE, f.reasons
