# ruff: noqa: E501
"""resolution-times, as settled on 7 December 2026 (LABELLING.md): a warranty's remedy alone
(the vendor will fix, repair or correct a non-conformity with the documentation, as the
customer's exclusive remedy) is no support resolution time: missing. A support promise to
remedy reported defects within a reasonable time still addresses the item: vague."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 9. Warranties
    9.1 Stackwise warrants that throughout the subscription term the Services will perform materially as the documentation describes. If they do not, Customer must notify Stackwise in writing within thirty (30) days, and Stackwise will use commercially reasonable efforts to fix the non-conformity.
    """,
    """
    # 7. Warranty
    7.1 Meshgate warrants that the Hosted Software will perform materially as the Documentation describes. If this warranty is breached, the Customer's exclusive remedy is that Meshgate will use commercially reasonable efforts to correct the non-conformity.
    """,
])
def test_a_warranty_remedy_is_no_resolution_time(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body).finding("resolution-times")
    assert f.status is Status.MISSING, (f.status, f.reasons)


def test_remedying_reported_defects_in_support_still_addresses_it(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 4. Support
        4.2 Customer reports defects through the support portal. The Supplier will remedy a reported Defect within a reasonable time.
        """).finding("resolution-times")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
