# ruff: noqa: E501
"""A clause about what the vendor does when it breaks a warranty is never a candidate for
resolution times (settled 7 December 2026: a warranty remedy is missing) nor, unless it names a
service level, for service credits (a pro-rata refund for a warranty the vendor cannot cure)."""

from __future__ import annotations

from collections.abc import Callable

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

WARRANTY = """
    # 6. Warranties
    6.4 Remedy under Provider's Warranty. Should Provider break its warranty in Section 6.3, Customer has to notify Provider within 45 days after discovering the issue. Provider will try to restore the general functionality of the Cloud Service within 45 days after receiving sufficient detail. Where Provider cannot resolve the issue, Customer may end the affected Order Form, and Provider will refund to Customer, pro rata, the prepaid Fees for the rest of the Subscription Period.
    """


def test_a_warranty_breach_remedy_is_no_resolution_time(reviewed: ReviewContract) -> None:
    f = reviewed(WARRANTY).finding("resolution-times")
    assert f.status is Status.MISSING, (f.status, f.reasons)


def test_a_warranty_breach_refund_is_no_service_credit(reviewed: ReviewContract) -> None:
    f = reviewed(WARRANTY).finding("service-credits")
    assert f.status is Status.MISSING, (f.status, f.reasons)


def test_the_sla_warranty_remedy_stays_service_credits(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 9. Service Levels
        9.2 If the Monthly Uptime falls below 99.9%, Customer's sole remedy for breach of this uptime warranty is a service credit of 10% of the monthly fee.
        """).finding("service-credits")
    assert f.status is Status.MET, (f.status, f.reasons)
