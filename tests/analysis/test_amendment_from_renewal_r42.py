"""unilateral-amendment: the vendor's right to update its terms reaches a running order only at
its renewal, or only later purchases: the customer keeps the terms it bought for the term it bought
("changes reach an Order only when it renews", "a revised version applies to an Order only from
that order's next renewal", "no update will apply to an Order during the Subscription Term then
running", "each update applies to purchases and renewals made after it has been posted"). That
answers the right to update beside it: met, as "the version in force on the Order date applies"
already was; so do the Chinese forms ("修改后的条款自下一服务期起适用", "在当前服务期内不适用"). A right to update with nothing said of when it reaches an order stays vague."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "15.2 We may update these General Terms and the policies to which they refer. Changes reach an Order only when it renews, unless you accept them sooner.",
    "12.1 Licensor may revise this Master Agreement from time to time by posting the revised version on its website. A revised version applies to an Order only from that order's next renewal; no update will apply to an Order during the Subscription Term then running, unless the Parties agree in writing.",
    "3.1 Fernhill may, at its discretion, update and modify this Agreement from time to time; each update applies to Customer's purchases and renewals of Services made after it has been posted.",
])
def test_change_from_renewal_only_is_met(reviewed: ReviewContract, clause: str) -> None:
    body = "# 12. Changes to these Terms\n" + clause + "\n"
    f = reviewed(body).finding("unilateral-amendment")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_change_from_next_term_is_met_zh(reviewed: ReviewContract) -> None:
    body = "# 十二、协议的修改\n12.1 乙方可以不时修改本协议，修改后的条款在乙方官网公布。修改后的条款自甲方下一服务期起适用，在甲方当前服务期内不适用。\n"
    f = reviewed(body, language="zh").finding("unilateral-amendment")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_change_right_alone_stays_vague(reviewed: ReviewContract) -> None:
    body = "# 12. Changes to these Terms\n12.1 Licensor may revise this Master Agreement from time to time by posting the revised version on its website.\n"
    f = reviewed(body).finding("unilateral-amendment")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
