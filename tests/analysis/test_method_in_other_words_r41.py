"""sla-measurement: the method in still other words (en) meets the item.

Availability as a share of the period ("the share of all the time in a calendar month, as
a percentage, in which ..."), what counts as available or down ("The network counts as
available as long as ...", "any minute in which most probes cannot reach the Service
counts as unavailable"), the check's frequency without a number ("measured every minute
by third-party probes"), "100% less the percentage of ...", "calculated by us from the
service records we keep", "we count the whole minutes in which a service cannot be used".
The met wording knew "percentage of minutes", "A minute counts as unavailable if",
"every 5 minutes" and "100 minus" only, so such methods were vague.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    '"Service Availability" means the share of all the time in a calendar month, as a percentage, in which Customer can reach the Services with a web browser.',
    "Acme's internal monitoring measures Availability as the share of minutes in a calendar month during which the web application and API answer requests.",
    "The Platform counts as available when Customer can log in to its account and start a search.",
    "Availability is measured every minute by third-party synthetic monitoring probes in three (3) regions; any minute in which most probes cannot reach the Service counts as unavailable.",
    '"Monthly Uptime Percentage" is 100% less the percentage of the monthly billing cycle\'s minutes during which the Service was Unavailable.',
    "Availability is calculated by us from the service records we keep.",
    "For the SLA we count the whole minutes in which the service cannot be used and set that count against the minutes in the calendar month.",
])
def test_method_in_other_words_meets(reviewed: ReviewContract, unsure: RelevanceModel, clause: str) -> None:
    f = reviewed(f"""
        # 4. Service Level
        4.1 Acme will make the Service available 99.9% of the time in each calendar month, scheduled maintenance excluded.
        4.2 {clause}
        """).finding("sla-measurement")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("clause", [
    # A share of the fees is a credit, not the measure; an exclusion is no method.
    "If the commitment is missed, Acme will credit Customer with the share of that month's subscription Fees set out below.",
    "Nor do the services count as unavailable during an outage caused by anything Customer supplies.",
])
def test_not_a_method(reviewed: ReviewContract, unsure: RelevanceModel, clause: str) -> None:
    f = reviewed(f"""
        # 4. Service Level
        4.1 Acme will make the Service available 99.9% of the time in each calendar month.
        4.2 {clause}
        """).finding("sla-measurement")
    assert f.status is not Status.MET, f.reasons
