"""availability: a fee paid by the month is no period the percentage is measured over.

"Uptime: a 99.9% uptime SLA, with each minute of downtime credited as one minute (capped at 10%
of your monthly bill)" and, elsewhere, "(never more than 30% of the bill for that month)": the
period wording read 'month' in the bill, so the percentage was met with a period it does not
have (LABELLING.md: 99.9 % with no period is vague, the percent kept).
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_monthly_bill_is_no_period(reviewed: ReviewContract, unsure: RelevanceModel) -> None:
    f = reviewed("""
        # Support plans
        - Uptime: a 99.9% uptime SLA, with each minute of downtime credited as one minute (capped at 10% of your monthly bill).
        - On this plan, a 7-minute outage of the API earns you a credit of 7 minutes (never more than 30% of the bill for that month).
        """).finding("availability")
    assert f.status is Status.VAGUE, f.reasons
    assert f.facts.get("percent") == 99.9


def test_calendar_month_is_a_period(reviewed: ReviewContract, unsure: RelevanceModel) -> None:
    f = reviewed("""
        # Support plans
        - Uptime: a 99.9% uptime SLA in each calendar month, with each minute of downtime credited as one minute (capped at 10% of your monthly bill).
        """).finding("availability")
    assert f.status is Status.MET, f.reasons
