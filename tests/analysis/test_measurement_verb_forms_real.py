"""sla-measurement: the steps of the method in other forms of their verbs ("subtracts
the scheduled downtime", "calculated by dividing ... by the total minutes", "a minute
counts as unavailable if", "we calculate availability from our records", "an outage
occurs when ... for more than 10 minutes continuously"). Wordings of the real-world
corpus, each seen at several vendors; an exclusion list with no method stays vague."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

METHODS = [
    "Brookvale measures the uptime per calendar month: it takes the total minutes in the month, subtracts any scheduled downtime and excluded events, and counts the remaining minutes in which the service was available.",
    "Monthly availability is calculated by dividing the number of minutes in which the API was reachable by the total number of minutes in the month.",
    "A minute counts as unavailable if every request the Customer sends to the endpoint within that minute fails.",
    "We calculate uptime from the service records we keep for each region.",
    "An outage occurs when the hosted content cannot be reached by end users for more than 15 minutes continuously.",
]


@pytest.mark.parametrize("method", METHODS)
def test_method_in_other_verb_forms_meets(reviewed: ReviewContract, method: str) -> None:
    f = reviewed(f"""
        # Service Level Agreement
        1. Brookvale will make the service available 99.9% of the time in each calendar month.
        2. {method}
        3. The service level does not apply to unavailability caused by scheduled maintenance, the Customer's own network or force majeure.
        """).finding("sla-measurement")
    assert f.status is Status.MET, f.reasons


def test_exclusions_without_a_method_stay_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # Service Level Agreement
        1. Brookvale will make the service available 99.9% of the time in each calendar month.
        2. The service level does not apply to unavailability caused by scheduled maintenance, the Customer's own network or force majeure.
        """).finding("sla-measurement")
    assert f.status is Status.VAGUE, f.reasons
