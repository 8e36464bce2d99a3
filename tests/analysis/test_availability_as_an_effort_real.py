"""Making the service available only as an effort leaves the percentage a credit trigger.

"Will use commercially reasonable best efforts to make the Service available 24
hours a day ... If the vendor does not maintain 99.999% ... a Service Credit": the
commitment is hedged in a sentence of its own and the percentage only triggers
the remedy (LABELLING.md: vague), as "efforts to make the Service available
99.9%" in one sentence already is. A percentage the vendor commits to, with no
effort anywhere, stays met.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_an_effort_to_make_available_beside_a_credit_trigger_is_vague(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 1. Service Availability
        1.1 Supplier will use commercially reasonable best efforts to make the Service available 24 hours a day, 7 days a week. If Supplier does not maintain 99.95% Service Availability in a given calendar month, Customer will be eligible to receive a Service Credit.
        """, fmt=fmt).finding("availability")
    assert f.status is Status.VAGUE, f.reasons
    assert "commercially reasonable" in " ".join(r.en for r in f.reasons)
    assert f.facts.get("percent") == 99.95


def test_an_effort_in_another_clause_counts_too(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 1. Availability
        1.1 Supplier will use commercially reasonable efforts to maximise the availability of the Service.
        1.2 If the Monthly Uptime Percentage of the Service falls below 99.9% in a calendar month, Customer is eligible for a Service Credit.
        """).finding("availability")
    assert f.status is Status.VAGUE, f.reasons


def test_a_committed_percentage_stays_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 1. Service Availability
        1.1 Supplier will make the Service available 99.95% of the time in each calendar month. If Supplier does not meet it, Customer will be eligible to receive a Service Credit.
        """).finding("availability")
    assert f.status is Status.MET, f.reasons
