"""Support hours named but not stated address support-hours: vague.

"Contact details and service hours are published on Acme's website", "Customer
Support Services shall be available during the Service Window": the coverage is
somewhere else or under a name the contract never fills in, so the item is vague
(the labels read it so), not missing. The relevance model scores such a line
low; the item's `addressed_by` wording keeps it, and the tests run with a model
that doubts every clause as well as with the shipped one.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "Acme shall give the Customer's administrative users technical support on the Services by phone, by e-mail and through the ticketing system. Contact details and service hours are published on Acme's website.",
    "Customer Support Services shall be available during the Service Window.",
], ids=["published", "window"])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_support_hours_named_but_not_stated_are_vague(reviewed: ReviewContract, model: str, clause: str, fmt: str) -> None:
    f = reviewed(f"""
        # 1. Services
        1.1 Acme provides the cloud servers and object storage described in the Order.
        # 2. Support
        2.1 {clause}
        """, fmt=fmt).finding("support-hours")
    assert f.status is Status.VAGUE, (clause, f.reasons)
