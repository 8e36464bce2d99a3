"""support-hours: hours named but not stated, in more words, address the item (vague).

"Customer Support Services are available within the Service Window" (within/in as well as
during), "Bellwire's business hours are those published at https://..." (business hours as well
as support or service hours, published elsewhere): the hours are somewhere else, so the item
is addressed without a measurable commitment, however low the relevance model scores the line
(also with a model that doubts every clause).
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "Customer Support Services are available within the Service Window.",
    "Where a Target Initial Response Time is stated in business hours, the vendor's business hours are those published at https://help.vendor.example/business-hours.",
])
def test_hours_named_elsewhere_are_addressed(reviewed: ReviewContract, clause: str, model: str) -> None:
    f = reviewed(f"""
        # 2. Support
        2.5 {clause}
        """).finding("support-hours")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
