# ruff: noqa: E501
"""credits-not-sole-remedy: credits called the sole remedy undo a "without prejudice"
clause elsewhere or a termination right kept beside them (the red flag wins, LABELLING.md);
a sole remedy for something else (a media warranty) does not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
        # 1. Service Credits
        1.9 Once Acme has verified the claim, Credits are granted as a percentage of the monthly fees. Credit is the sole and exclusive remedy for any failure to meet the Service Level.
        1.10 Where an amount Customer owes is overdue by thirty (30) days or more (or by 10 days or more for invoices paid by credit card), Acme may, without prejudice to any of its rights and remedies, bring forward all of Customer's unpaid fees so that they are due at once.
        """),
    ("zh", """
        # 六、服务补偿
        6.3 本条规定的服务补偿，是甲方因服务可用性未达标所能获得的唯一补偿，但甲方依照第十六条解除本协议的权利不受影响。
        """),
])
def test_credits_called_the_sole_remedy_make_the_item_vague(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("credits-not-sole-remedy")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


@pytest.mark.parametrize(("language", "body"), [
    ("zh", """
        # 十四、服务考核
        14.3 乙方保证，自交付之日起90日内，安装介质在正常使用下不存在缺陷；介质在此期间出现缺陷的，由乙方免费更换，这是用户就介质缺陷可以获得的唯一救济。
        14.4 扣款之后，乙方仍须继续履行本合同；甲方依本合同要求乙方赔偿损失的权利，也不因扣款而受到影响。
        """),
])
def test_a_sole_remedy_for_something_else_does_not(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("credits-not-sole-remedy")
    assert f.status is Status.MET, (f.status, f.reasons)
