"""no-final-interpretation: "neither party may interpret alone" is found and met, in Chinese too."""

from __future__ import annotations

from collections.abc import Callable

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_neither_party_interprets_alone_in_chinese(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第十五条 争议解决
        15.1 对本协议条款的理解发生争议的，任何一方均无权单方作出解释，应按照本条约定的争议解决方式处理。
        """, language="zh").finding("no-final-interpretation")
    assert f.status is Status.MET, f.reasons
