"""service-credits: a remedy left to the vendor's discretion or to later agreement
("视情况…延长课程有效期", "甲方可酌情扣减相应服务费用", "延长天数由双方协商确定"), or
refused in so many words ("不向接入企业提供费用减免", "亦不适用…中的服务赔偿条款"),
addresses the item whatever the relevance model (out of fold) makes of it: vague.
A general damages clause stays missing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 八、服务中断
    8.2 因平台原因导致课程无法正常进行的，平台将视情况为学员安排补课或延长课程有效期。
    """,
    """
    # 十一、考核
    11.5 考核不合格且整改后仍不合格的，甲方可酌情扣减相应服务费用。
    """,
    """
    # 附件一、支持服务
    1.6 严重问题响应超时累计超过3次的，客户可以要求延长订阅期限，延长天数由双方协商确定。
    """,
    """
    # 五、可用性
    5.1 接口月度可用性目标为99.5%，未达到上述目标的，服务方不向客户提供费用减免。
    """,
    """
    # 五、附加服务
    5.1 开放平台为附加服务，亦不适用主协议中的服务赔偿条款。
    """,
])
def test_a_remedy_at_discretion_or_refused_is_addressed(
        reviewed: ReviewContract, doubting: RelevanceModel, body: str) -> None:
    f = reviewed(body, language="zh").finding("service-credits")
    assert f.status is Status.VAGUE, f.reasons


def test_general_damages_stay_missing(reviewed: ReviewContract, doubting: RelevanceModel) -> None:
    f = reviewed("""
        # 十二、违约责任
        12.1 任何一方违反本协议给对方造成损失的，应当赔偿对方因此遭受的全部损失。
        """, language="zh").finding("service-credits")
    assert f.status is Status.MISSING, f.reasons
