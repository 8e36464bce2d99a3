# ruff: noqa: E501
"""service-credits, as settled on 7 December 2026 (LABELLING.md): fees that are not refunded
in general, or no refund or credit when the customer cancels or terminates, are no service
credits (missing); no credit or refund for outages stays a refusal of them (vague)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 4. Fees
    4.3 Invoices are payable within thirty (30) days. Fees charged to your account are not refundable.
    """,
    """
    # 4. Termination
    4.3 If Customer cancels its account before its current subscription term ends, Company will give Customer no refund or credit of subscription charges.
    """,
])
def test_fees_not_refunded_are_no_service_credits(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body).finding("service-credits")
    assert f.status is Status.MISSING, (f.status, f.reasons)


def test_no_credit_for_outages_is_a_refusal(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 6. Service Levels
        6.1 The Service is provided without a service level commitment. No refund or credit is given for outages or downtime of any length.
        """).finding("service-credits")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
