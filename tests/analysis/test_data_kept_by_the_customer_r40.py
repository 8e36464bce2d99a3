"""data-use: the customer keeps its data, or the vendor processes it to provide the service.

"You keep ownership of the data your applications send to the Service. X processes
that data in order to provide the Service", "Data that the Customer stores in the
Services remains the Customer's property": the clause speaks of what happens to the
customer's data, with no limit on the vendor's use: addressed, `vague` (a limit,
"only to provide", meets it), however low the relevance model scores such lines
(so also with a model that doubts every clause).
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "You keep ownership of the data your applications send to the Service. Acme processes that data in order to provide the Service to you.",
    "Customer Data. Data that the Customer stores in the Services remains the Customer's property. Personal data is handled under Acme's privacy policy.",
])
def test_data_kept_by_the_customer_is_addressed(reviewed: ReviewContract, clause: str, model: str) -> None:
    f = reviewed(f"""
        # 4. Your Data
        4.1 {clause}
        """).finding("data-use")
    assert f.status is Status.VAGUE, f.reasons
