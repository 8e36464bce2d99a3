"""data-use (en): 'for any purpose' outweighs a limit on use only where it grants it.

"may use it only insofar as needed to provide the Solution, and for any purpose other
than that it may not" refuses every other purpose; "may create aggregated and
de-identified data, which it may use for any lawful purpose" grants a use of aggregates,
which reviewers accept beside a limit on the customer's data (as the improvement grants
already leave aggregates out). Neither outweighs the limit any more; the customer's data
itself granted 'for any purpose' still does.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

LIMIT = "7.1 Acme processes Customer Data solely to provide the Services and in line with Customer's instructions."


@pytest.mark.parametrize("other", [
    "7.2 Acme may use Customer Data only as far as needed to provide the Services, and for any purpose other than that it may not.",
    "7.2 From the use of the Services Acme may create aggregated and de-identified data, which it may use for any lawful purpose.",
])
def test_any_purpose_refused_or_of_aggregates_keeps_met(reviewed: ReviewContract, other: str) -> None:
    f = reviewed(f"""
        # 7. Customer Data
        {LIMIT}
        {other}
        """).finding("data-use")
    assert f.status is Status.MET, f.reasons


def test_customer_data_for_any_purpose_outweighs(reviewed: ReviewContract) -> None:
    f = reviewed(f"""
        # 7. Customer Data
        {LIMIT}
        7.2 Acme may also use Customer Data for any lawful purpose, including benchmarking.
        """).finding("data-use")
    assert f.status is Status.VAGUE, f.reasons
