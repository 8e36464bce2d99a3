"""service-credits: a longer term as the remedy for an outage or a missed time, in so
many words ("连续1小时不能正常提供服务的，延长1小时的服务期", "未按约定时限受理回复的，甲方可
要求乙方顺延维护期，每发生一次顺延十五（15）日"), addresses the item whatever the relevance
model says of the clause, and with its length stated first is met. Left to agreement
("延长天数由双方协商确定") it stays vague. Wordings of the real-world corpus."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

CLAUSES = [
    "因乙方原因致使甲方连续2小时无法正常登录备份控制台的，乙方按每2小时延长1天的服务期向甲方补足（依此类推）。",
    "乙方未按第五条约定在4小时内到达现场且经甲方催告仍未处理的，甲方可要求乙方顺延维保期，每发生一次顺延十（10）日。",
]


@pytest.mark.parametrize("clause", CLAUSES)
def test_a_longer_term_of_stated_length_meets(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 第九条 违约责任
        9.1 甲方逾期支付服务费用的，应按日支付万分之五的滞纳金。
        9.2 {clause}
        9.3 任何一方违反本合同约定的，应赔偿对方因此遭受的直接损失。
        """, language="zh", title="运维服务合同").finding("service-credits")
    assert f.status is Status.MET, f.reasons


def test_a_longer_term_left_to_agreement_is_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第九条 违约责任
        9.1 因乙方原因在连续两个季度内响应超时累计超过3次的，甲方可以要求延长订阅期限，延长天数由双方协商确定。
        """, language="zh", title="运维服务合同").finding("service-credits")
    assert f.status is Status.VAGUE, f.reasons
