# ruff: noqa: E501
"""Round 63's development errors: credits as a means of payment (bought, included in a plan,
a trial's, a credit memo) are no service credits (missing), while credits for an outage stay
the item; and where a service-credit claim is sent is no support channel (LABELLING.md: an
e-mail or portal given only for credit claims, missing), unless the clause names general
support beside it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # Billing
    How does billing work with the included credits? Each paid plan comes with a monthly credit allowance against which usage-based compute is charged.
    """,
    """
    # Trial limits
    While your free trial lasts, the credit consumption rate of all clusters in a region may at no time go above 4 credits per hour.
    """,
])
def test_credits_as_payment_are_no_service_credits(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body).finding("service-credits")
    assert f.status is Status.MISSING, (f.status, f.reasons)


def test_usage_credits_for_an_outage_stay_service_credits(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # Outages
        When an outage results from a fault in the software, each affected user is given free usage credits equal to 30 times the duration of the outage.
        """).finding("service-credits")
    assert f.status is not Status.MISSING, (f.status, f.reasons)


@pytest.mark.parametrize("body", [
    """
    # 4. Service Credits
    4.1 If the Monthly Uptime falls below 99.9%, Customer receives a credit of 10% of the monthly fee.
    4.2 A Customer seeking a Service Credit has to send a claim by e-mail to support@example.com within 30 days of the end of the month.
    """,
    """
    # 三、服务抵扣
    1. 月度可用性低于99.9%的，按月服务费的10%给予服务抵扣。
    2. 申请服务抵扣时，客户须于当月结束后30日内发送电子邮件至support@example.com，写明服务不可用的日期和时刻。
    """,
])
def test_where_a_credit_claim_goes_is_no_support_channel(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body).finding("support-channels")
    assert f.status is Status.MISSING, (f.status, f.reasons)


def test_a_clause_naming_general_support_beside_claims_stays_a_channel(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 五、支持
        客户可通过支持门户提交SLA抵扣申请或一般支持工单，也可发送电子邮件至support@example.com。
        """).finding("support-channels")
    assert f.status is Status.MET, (f.status, f.reasons)
