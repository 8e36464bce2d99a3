"""sla-measurement: the availability formula written out in words is a method (met).

Vendors spell the calculation out rather than print it with symbols: "用当月总分钟数减去当月
故障中断分钟数，再除以当月总分钟数，乘以100%", "等于100%减去…不可用的时长除以每月总时长",
a unit of time counted as down ("以每5分钟作为一个单位时间；…始终不能申请服务的，该单位时间即
算作服务不可用"; not "不算作本服务不可用", an exclusion), and "by dividing (Measurement
Period - Unavailability) by the Measurement Period". The met wording knew ÷, ×100% and
"divided by the total minutes" only, so such clauses were vague (or not found).
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "月度可用率的计算方法：用当月总分钟数减去当月因故障中断的分钟数，再除以当月总分钟数，乘以100%。",
    "服务不可用：以每5分钟为一个统计单位；因乙方原因，在一个统计单位内客户始终无法登录平台的，该统计单位即算作服务不可用。",
])
def test_formula_in_words_meets_zh(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 第六条 服务等级
        6.1 乙方承诺平台的月度可用率不低于99.9%。
        6.2 {clause}
        """, language="zh").finding("sla-measurement")
    assert f.status is Status.MET, f.reasons


def test_not_counted_as_down_is_no_method(reviewed: ReviewContract) -> None:
    # An exclusion ("不算作本服务不可用") is not the unit of time counted as down.
    f = reviewed("""
        # 第六条 服务等级
        6.1 全熙力争达到99.9%的月度可用性。会议质量因您的网络环境或终端设备而下降或中断的，不算作本服务不可用。
        """, language="zh").finding("sla-measurement")
    assert f.status is not Status.MET, f.reasons


def test_dividing_by_the_measurement_period_meets_en(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 3. Service Level
        3.1 Acme will make the Messaging API available 99.9% of the time in each calendar month.
        3.2 Availability is worked out monthly as a percentage, by dividing (Measurement Period - Unavailability) by the Measurement Period.
        """).finding("sla-measurement")
    assert f.status is Status.MET, f.reasons
