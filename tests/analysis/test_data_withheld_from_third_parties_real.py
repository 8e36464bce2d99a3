"""A customer's or user's data withheld from third parties addresses data-use.

"未经用户许可，……不会向第三方公开、透露用户个人信息", "不会将您的个人信息转移或披露给任何
非关联的第三方", "will not be made public or shared with any third parties": a limit on
sharing, not on use, so the item is addressed but `vague` (LABELLING.md), never missing
because the relevance model scores such privacy lines low (`addressed_by`).
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "保护用户个人信息是本公司的一项基本原则。除法律法规规定的情形外，未经用户许可，本公司不会向第三方公开、透露用户个人信息。",
    "本公司不会将您的个人信息转移或披露给任何非关联的第三方，除非获得您的明确同意。",
])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_user_data_withheld_from_third_parties_is_vague_in_chinese(reviewed: ReviewContract, clause: str, fmt: str) -> None:
    f = reviewed(f"""
        # 一、服务内容
        1.1 本公司向用户提供客户关系管理软件及相关服务。
        # 二、用户隐私
        2.1 {clause}
        """, language="zh", fmt=fmt).finding("data-use")
    assert f.status is Status.VAGUE, (clause, f.reasons)


@pytest.mark.parametrize("clause", [
    "All of the data mentioned above is considered private user data and will not be made public or shared with any third parties.",
    "We do not give any of the user's information to any third parties, except a law enforcement agency at its request.",
])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_user_data_withheld_from_third_parties_is_vague_in_english(reviewed: ReviewContract, clause: str, fmt: str) -> None:
    f = reviewed(f"""
        # 1. Services
        1.1 Acme provides website monitoring services to the user.
        # 2. Privacy
        2.1 {clause}
        """, fmt=fmt).finding("data-use")
    assert f.status is Status.VAGUE, (clause, f.reasons)
