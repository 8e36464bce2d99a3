"""independent-measurement: the vendor's right to dispute the customer's records ("以甲方监控平台的告
警记录为准，乙方可以提出异议并提供证据，由双方共同核定") is no discretion over the measurement (met); and
the billing cycle in which a credit is paid ("补偿在下一账单周期发放") does not make the vendor's
monitoring records a billing matter (vague, not missing)."""

from __future__ import annotations

from collections.abc import Callable

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_the_customers_records_with_a_vendor_dispute_right_are_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 五、服务水平
        5.1 故障停机分钟数以甲方监控平台的告警记录为准，乙方可以提出异议并提供证据，由双方共同核定。
        """, language="zh").finding("independent-measurement")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_the_vendors_monitoring_beside_a_billing_cycle_is_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 附件一 服务等级
        A1.7 补偿申请：天池根据其监控系统记录审核补偿申请，审核通过的，补偿在下一账单周期发放。
        """, language="zh").finding("independent-measurement")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
