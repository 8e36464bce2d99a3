"""Whose certificate is it? security-certifications.

A certificate held by someone the contract names by role (a payment processor, a hosting
or sub-processor) is not the vendor's: `vague`, also where the contract defines that role
("Payment Processor" means ...), which otherwise makes an item's own wording a defined
term. Data centres "operated by <the vendor> itself" are the vendor's own: their
certificate meets the item.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_defined_payment_processors_certificate_is_vague(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 1. Definitions
        1.1 "Payment Processor" means the third-party payment service you connect to your account to take card payments.
        # 10. Security
        10.1 Card data is handled by your Payment Processor, which is certified to PCI DSS Level 1; card numbers are never stored on our systems.
        """, fmt=fmt).finding("security-certifications")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_data_centres_operated_by_the_vendor_itself_are_met(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 4. Security
        4.1 The data centre parks in Nuremberg and Falkenstein are operated by Kesselbach itself and are certified under ISO/IEC 27001.
        """, fmt=fmt).finding("security-certifications")
    assert f.status is Status.MET, f.reasons


def test_data_centres_operated_by_another_stay_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 4. Security
        4.1 The data centres we use are operated by Amazon Web Services and are certified under ISO/IEC 27001.
        """).finding("security-certifications")
    assert f.status is Status.VAGUE, f.reasons
