"""A denial of something the item excludes is no refusal of the item.

A refusal ("不承诺修复时限", "does not guarantee a resolution time") addresses
resolution-times even where the relevance model scores it low, and it lifts the
item's exclusions. A denial whose only resolution word is part of an excluded
phrase denies that other thing: a data restore's outcome ("不保证恢复结果"), the
configuration before a lapse ("不保证恢复此前的配置"), a dispute settled by
arbitration ("does not provide otherwise, it will be resolved by binding
arbitration"). Nothing else in these contracts speaks of fixing faults, so the
item is missing.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "客户应定期自行备份业务数据。因客户未备份造成数据丢失的，乙方可以协助恢复，但不保证恢复结果。",
    "订阅到期后未续订的，乙方停止提供服务；客户此后重新订阅的，乙方不保证恢复此前的配置与数据。",
])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_denial_of_a_data_restore_is_no_resolution_clause(reviewed: ReviewContract, clause: str, fmt: str) -> None:
    f = reviewed(f"""
        # 一、服务内容
        1.1 乙方向客户提供在线记账软件的使用许可及电话咨询服务。
        # 二、数据
        2.1 {clause}
        """, language="zh", fmt=fmt).finding("resolution-times")
    assert f.status is Status.MISSING, (clause, f.reasons)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_dispute_resolved_by_arbitration_is_no_resolution_clause(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 1. Services
        1.1 Acme provides the video platform and access to its documentation.
        # 2. Disputes
        2.1 If a disagreement is not settled through negotiation within 30 days and the Order Form does not provide otherwise, it will be resolved by binding arbitration under the rules of the American Arbitration Association.
        """, fmt=fmt).finding("resolution-times")
    assert f.status is Status.MISSING, f.reasons


def test_a_refusal_of_a_fix_time_still_addresses_the_item(reviewed: ReviewContract) -> None:
    # The rule leaves a refusal in the item's own words alone.
    f = reviewed("""
        # 一、技术支持
        1.1 乙方通过工单系统受理客户提交的问题。
        1.2 乙方不保证问题的修复时限。
        """, language="zh").finding("resolution-times")
    assert f.status is Status.VAGUE, f.reasons
