"""A binding phrase binds only where it commits: not the noun 承诺 of a label
("服务承诺：…将尽…努力"), nor a 保证 itself hedged ("原则上保证"). Wordings of the
real-world corpus."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    # The label "服务承诺：" names what follows; the effort after it is the commitment.
    """
    # 附件一 服务等级
    A1.5 服务承诺：乙方将尽商业上合理的努力，使生产集群在每个月度账单周期内的月度可用率不低于99.9%。
    """,
    # A guarantee in principle, with the floor further on.
    """
    # 五、服务可用性
    5.1 乙方原则上保证平台核心服务的月度可用性不低于99.9%。
    """,
])
def test_a_hedged_or_labelled_commitment_is_vague(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="zh").finding("availability")
    assert f.status is Status.VAGUE, f.reasons
    assert f.facts.get("percent") == 99.9


@pytest.mark.parametrize("body", [
    """
    # 五、服务可用性
    5.1 服务承诺：乙方保证平台核心服务的月度可用性不低于99.9%。
    """,
    """
    # 五、服务可用性
    5.1 乙方承诺平台核心服务的月度可用性不低于99.9%。
    """,
])
def test_a_plain_commitment_still_binds(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="zh").finding("availability")
    assert f.status is Status.MET, f.reasons
