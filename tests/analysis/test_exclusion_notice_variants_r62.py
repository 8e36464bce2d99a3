# ruff: noqa: E501
"""proactive-notice: notice that is only the condition of an SLA exclusion is no promise to
give it (LABELLING.md, settled 7 December 2026: vague), also where another branch of the list
names plans ("(f) customers on the Free or Starter plans"), where the maintenance is
"announced" after a comma, and in a defined term with its abbreviation ("Scheduled Maintenance
(SM) means planned maintenance carried out after customers have been given at least 24 hours'
notice")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # B. Service Level Agreement
    B5 Exclusions. Unavailability is outside this SLA where it results from: (a) scheduled maintenance announced on the status page at least forty-eight (48) hours beforehand; (b) force majeure; (c) customers on the Free or Starter plans, for which there is no SLA.
    """,
    """
    # 2. Availability
    2.1 The Service is available 99.9% of each month. Scheduled maintenance, announced 48h ahead on the status page, does not count towards downtime.
    """,
    """
    # 1. Definitions
    - Scheduled Maintenance (SM) means planned maintenance carried out after customers have been given at least 24 hours' notice. Scheduled Maintenance is not counted against the Availability.
    """,
])
def test_notice_only_as_an_exclusions_condition_is_vague(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body).finding("proactive-notice")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


def test_a_promise_to_give_notice_is_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 5. Maintenance
        5.1 We will notify Customer by e-mail at least forty-eight (48) hours before any scheduled maintenance.
        """).finding("proactive-notice")
    assert f.status is Status.MET, (f.status, f.reasons)
