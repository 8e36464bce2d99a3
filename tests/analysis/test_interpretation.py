"""no-final-interpretation: "neither party may interpret alone" is found and met, in Chinese too."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_neither_party_interprets_alone_in_chinese(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第十五条 争议解决
        15.1 对本协议条款的理解发生争议的，任何一方均无权单方作出解释，应按照本条约定的争议解决方式处理。
        """, language="zh").finding("no-final-interpretation")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("clause", [
    "15.1 本协议条款的含义，任何一方均不得单方作出解释。",
    "15.1 甲、乙双方如对协议条款规定的理解有异议，应友好协商解决。",
], ids=["may-not-interpret-alone", "disagreement-on-understanding"])
def test_interpretation_left_to_both_parties_in_chinese(reviewed: ReviewContract, clause: str) -> None:
    """"不得单方作出解释" forbids it outright; a disagreement on what the terms mean,
    settled between the two parties, leaves neither with the last word."""
    f = reviewed(f"""
        # 第十五条 其他
        {clause}
        """, language="zh").finding("no-final-interpretation")
    assert f.status is Status.MET, f.reasons
