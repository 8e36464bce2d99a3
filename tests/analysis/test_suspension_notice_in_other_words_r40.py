# ruff: noqa: E501
"""suspension-limits: notice with a period to pay or cure, in other words, meets the item:
"send Customer a written notice stating the cause and allow five (5) business days for a
cure", "written notice and at least fifteen (15) days to pay", "if payment has still not been
made 15 days after that notice", "书面催告后15日内仍未付款的", "书面催告之后30日以内还是没有支付的",
"书面通知…在限定期限内整改；逾期未整改的"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
        # 5. Suspension
        5.1 Acme may suspend Customer's access to the Service in two cases only: (a) undisputed fees are overdue by more than thirty (30) days, or (b) Customer's use breaches Section 3.2. In both cases Acme must first send Customer a written notice stating the cause and allow five (5) business days for a cure.
        """),
    ("en", """
        # 5. Fees
        5.4 Where an undisputed amount is overdue by more than thirty (30) days, Acme may suspend Customer's access to the affected Products until it is paid, but only after giving Customer written notice and at least fifteen (15) days to pay.
        """),
    ("en", """
        # 2. Billing
        2.6 If a payment fails, we will inform you by email and, if payment has still not arrived 15 days after that notice, may suspend your account.
        """),
    ("zh", """
        # 十二、付款
        12.5 甲方逾期付款已超过30日，且在乙方书面催告后15日内仍未付款的，乙方有权暂停现场服务，直到甲方付清欠款为止。
        """),
    ("zh", """
        # 十五、付款
        15.5 甲方逾期付款超过60日，在乙方书面催告之后30日以内还是没有支付的，乙方可以暂停维保服务，直到甲方付清款项为止。
        """),
    ("zh", """
        # 四、开发者管理
        4.4 如乙方发现第三方应用违规处理个人信息，有权以书面形式通知甲方在限定期限内整改；逾期未整改的，乙方有权暂停该应用的接口权限。
        """),
])
def test_notice_with_a_period_to_pay_or_cure_meets_the_item(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("suspension-limits")
    assert f.status is Status.MET, (f.status, f.reasons)
