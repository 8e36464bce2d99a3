"""availability: the uptime disclaimer in its other forms addresses the item: the long
warranty list ("DO NOT REPRESENT OR WARRANT THAT THE PRODUCTS: (A) ...; (C) WILL BE
AVAILABLE AT ANY PARTICULAR TIME OR PLACE") and the customer told the service may be
down ("the Hosted Services may be unavailable ... from time to time"): vague. Wordings
of the real-world corpus."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

CLAUSES = [
    "TO THE EXTENT PERMITTED BY LAW, BROOKVALE DOES NOT REPRESENT OR WARRANT THAT THE SOFTWARE: (A) IS FREE OF ERRORS; (B) WILL MEET THE CUSTOMER'S NEEDS; (C) WILL BE AVAILABLE AT ANY PARTICULAR TIME OR LOCATION; OR (D) IS FREE OF HARMFUL CODE.",
    "The Customer acknowledges that the hosted relay services may be unavailable or slow from time to time for reasons outside Brookvale's control.",
]


@pytest.mark.parametrize("clause", CLAUSES)
def test_uptime_disclaimer_in_other_forms_is_vague(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 11. Warranties
        11.1 Each party warrants that it has the authority to enter into this Agreement.
        11.2 {clause}
        11.3 The Customer shall keep its login details confidential.
        """).finding("availability")
    assert f.status is Status.VAGUE, f.reasons
