"""availability: round-the-clock running and its refusal, in more word forms, address the item (vague).

"使服务每周7天、每天24小时均可使用" and "证书状态查询服务7×24小时开放" (可用/可调用/提供 were
known, not 可使用/开放), "the Server Services may at times be unavailable" ('may be temporarily
unavailable' was known), and the refusal after the words it refuses, "本服务无故障、绝对安全可靠
或能够满足您的全部需求，我们均不能保证" ('我们不能保证本服务无故障' was known). No percentage:
vague, whatever the relevance model says.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "公司将尽商业上合理的努力，使服务每周7天、每天24小时均可使用，但计划内停机除外。",
    "书信CA提供在线证书状态查询服务。证书状态查询服务7×24小时开放，但因系统维护或不可抗力而暂停的情形除外。",
    "本服务按现有技术和条件能够达到的水平提供。本服务无故障、绝对安全可靠或能够满足您的全部需求，我们均不能保证。",
])
def test_addressed_zh(reviewed: ReviewContract, unsure: RelevanceModel, clause: str) -> None:
    f = reviewed(f"""
        # 第二条 服务
        2.1 {clause}
        """, language="zh").finding("availability")
    assert f.status is Status.VAGUE, f.reasons


def test_may_at_times_be_unavailable(reviewed: ReviewContract, doubting: RelevanceModel) -> None:
    f = reviewed("""
        # 4. Server Services
        4.1 The Customer accepts that the Server Services may at times be unavailable or slowed by latency for reasons outside the Supplier's reasonable control.
        """).finding("availability")
    assert f.status is Status.VAGUE, f.reasons


def test_support_hours_round_the_clock_are_not_availability(reviewed: ReviewContract, unsure: RelevanceModel) -> None:
    f = reviewed("""
        # 第三条 技术支持
        3.1 乙方7×24小时提供技术支持热线。
        """, language="zh").finding("availability")
    assert f.status is Status.MISSING, f.reasons
