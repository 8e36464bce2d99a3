"""availability: two forms of a committed percentage read as committed.

- An effort at keeping downtime "to a minimum" (or reducing, limiting, avoiding it) is an effort
  at another task, not a hedge on the percentage ("shall use its best efforts to keep to a
  minimum any Downtime that Maintenance causes" beside "A Monthly Uptime Percentage of 99.5%
  shall apply").
- A percentage whose period is given by the next sentence's formula in words, pointing back with
  a pronoun ("The "Availability SLA" is 99.8%. It is the percentage of the total time in a
  calendar month during which ..."), binds with that period.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_an_effort_to_keep_downtime_to_a_minimum_does_not_hedge_the_percentage(
        reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
    # 2. Availability and Maintenance
    2.1. System Availability. A Monthly Uptime Percentage of 99.5% shall apply to the Solution and Hosting Services (the "System Availability Commitment").
    2.2. Maintenance and Scheduled Down Time. The Supplier shall use its best efforts to keep to a minimum any Availability Downtime that Maintenance causes. So far as feasible, general Maintenance will take place outside Business Hours.
    """, fmt=fmt).finding("availability")
    assert f.status is Status.MET, f.reasons
    assert f.facts.get("percent") == 99.5


def test_an_effort_to_keep_the_service_available_still_hedges(reviewed: ReviewContract) -> None:
    f = reviewed("""
    # 2. Availability
    2.1. The Supplier will use commercially reasonable efforts to keep the Service available at a Monthly Uptime Percentage of at least 99.9% in each calendar month.
    """).finding("availability")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_percentage_its_period_given_by_the_next_sentence(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
    # Exhibit 2 - Availability Service Level
    E2.1 Definitions. "Available" means that Users can reach, and log into, a production instance of the Subscription Service.
    E2.2 Availability SLA. The "Availability SLA" is ninety-nine and eight-tenths percent (99.8%). It is the percentage of the total time in a calendar month during which Customer's production instances are Available, leaving Excused Downtime out of the count.
    E2.3 Remedy. Where Customer's production instances fall below the Availability SLA in a calendar month, Customer may ask for a service credit.
    """, fmt=fmt).finding("availability")
    assert f.status is Status.MET, f.reasons
    assert f.facts.get("percent") == 99.8
