"""service-credits: general liability wording that names no missed service level is not
the item (LABELLING.md: "a liability cap alone"): a cap in other words ("我们的赔偿责任以
您…支付的费用总额为限"), lost-profits damages refused ("不承担任何直接或间接的赔偿"). A
refusal of compensation for an outage still addresses it. Wordings of the real-world
corpus."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

CLAUSES = [
    "因乙方原因导致甲方遭受损失的，乙方的赔偿责任以甲方在损失发生前6个月内实际支付的服务费用总额为限。",
    "因下列原因造成的利润、商誉或数据等损失，乙方不承担任何直接或间接的赔偿：（一）不可抗力；（二）甲方操作不当。",
]


@pytest.mark.parametrize("clause", CLAUSES)
def test_general_liability_is_not_the_item(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 第八条 责任限制
        8.1 {clause}
        8.2 本条不影响法律另有强制性规定的责任。
        """, language="zh", title="云同步服务协议").finding("service-credits")
    assert f.status is Status.MISSING, f.reasons


def test_a_refusal_for_outages_still_addresses_it(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第八条 服务中断
        8.1 因系统维护或网络故障导致服务中断的，乙方不提供任何补偿或赔偿。
        """, language="zh", title="云同步服务协议").finding("service-credits")
    assert f.status is Status.VAGUE, f.reasons
