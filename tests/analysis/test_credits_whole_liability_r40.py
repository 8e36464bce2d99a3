# ruff: noqa: E501
"""credits-not-sole-remedy: the vendor's whole liability said to be the credit, in whatever
words, is the sole-remedy red flag (vague): "承担的全部责任即为本条约定的代金券补偿",
"唯一补偿就是上述服务费减免", "所负的责任仅限于本条规定的补偿", "责任以本条所述补偿为全部",
"甲方能得到的补偿仅限于本条约定的服务扣减", and "the credits under Section 4.5 are Customer's
sole and exclusive remedy" (a section number no longer ends the sentence)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("zh", """
        # 八、服务赔偿
        8.3 对于服务不可用，乙方对甲方承担的全部责任即为本条约定的代金券补偿。
        """),
    ("zh", """
        # 八、服务赔偿
        8.3 对于平台不可用，甲方所能获得的唯一补偿就是上述服务费减免。
        """),
    ("zh", """
        # 八、服务赔偿
        8.3 对于系统不可用，乙方向甲方所负的责任仅限于本条规定的补偿。
        """),
    ("zh", """
        # 八、服务赔偿
        8.3 对于服务不可用，乙方向用户承担的责任以本条所述补偿为全部。
        """),
    ("zh", """
        # 八、服务赔偿
        8.3 对于响应超时，甲方能得到的补偿仅限于本条约定的服务扣减。
        """),
    ("en", """
        # 4. Service Credits
        4.6 For any failure to achieve the Monthly Uptime, the credits under Section 4.5 are Customer's sole and exclusive remedy.
        """),
])
def test_the_whole_liability_said_to_be_the_credit_is_vague(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("credits-not-sole-remedy")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
