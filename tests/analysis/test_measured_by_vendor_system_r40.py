# ruff: noqa: E501
"""independent-measurement: the figure taken "依/按" the vendor's own system's records, in
whatever verb (认定, 确定, 为准), is the vendor's records alone: vague ("服务不可用的分钟数，按
途瑞监控系统的记录认定", "响应时间按乙方工单系统中的记录认定", "首次响应时间依乙方支持门户所记载的…确定");
the customer's own monitoring system as the basis is not ("不可用时间依据甲方运维监控系统的记录认定")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 八、服务可用性
    8.1 月度服务可用性 =（当月总分钟数 − 当月服务不可用分钟数）÷ 当月总分钟数 × 100%。服务不可用的分钟数，按途瑞监控系统的记录认定。
    """,
    """
    # 五、响应时限
    5.2 甲方须自超时发生之日起30日内通过工单提出补偿申请。响应时间按乙方工单系统中的记录认定。
    """,
    """
    # 六、服务可用性
    6.2 可用性＝（服务周期总分钟数－不可用分钟数）÷服务周期总分钟数×100%。不可用时间依望筑监控系统的记录为准。
    """,
    """
    # 四、技术支持
    4.3 首次响应时间依乙方支持门户所记载的工单提交时间和工程师首次回复时间确定。
    """,
])
def test_the_vendors_system_records_as_the_basis_are_vague(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="zh").finding("independent-measurement")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


def test_the_customers_own_monitoring_as_the_basis_is_not_the_vendors(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 七、服务可用性
        7.3 不可用时间依据甲方运维监控系统的记录认定；乙方不同意的，双方须在5个工作日之内一同核实并确认。
        """, language="zh").finding("independent-measurement")
    assert f.status is not Status.VAGUE, (f.status, f.reasons)
