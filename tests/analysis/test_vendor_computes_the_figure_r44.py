# ruff: noqa: E501
"""independent-measurement: the vendor computing the figure itself is the vendor's
records alone (vague), whatever the verb and however long its name: "Northwind Data Systems
calculates all outage periods", a defined figure "which Acme calculates by deducting ...", "according to the monitoring systems
that Acme operates", a dispute "settled by Acme relying on its system logs". The verb is a
verb in lower case: "This Acme Compute Service Level Agreement" names no one computing
anything. (Not "once we confirm the Monthly Uptime Percentage for the request": the labels
split on that credit-claim wording.) The customer's logs showing its unsuccessful requests are the protection (met)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 4. Outages
    4.1 If an outage affects the Service, each affected user receives usage credits equal to ten times the length of the outage.
    4.2 Northwind Data Systems calculates all outage periods and all credits.
    """,
    """
    # 2. Definitions
    2.1 "Annual Uptime Percentage" means the share of a year in which the API answers requests, which Acme calculates by deducting from 100% the share of five-minute periods that were Downtime.
    """,
    """
    # 3. Downtime
    3.1 "Downtime" is any full minute during which more than five percent of requests to the Service fail, according to the monitoring systems that Acme operates.
    """,
    """
    # 6. Claims
    6.1 A Customer must report an outage within five days. Any dispute about an outage is settled by Acme in good faith, relying on its system logs and monitoring reports.
    """,
])
def test_the_vendor_computing_the_figure_is_vague(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="en").finding("independent-measurement")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


def test_the_customers_logs_of_unsuccessful_requests_are_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 3. Claims
        3.1 A credit request names the affected accounts and the times of the Downtime, and attaches Customer's request logs or other records that show the unsuccessful attempts to reach the Service.
        """, language="en").finding("independent-measurement")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_the_customer_computing_the_figure_is_not_the_vendor(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 3. Availability
        3.1 The Customer calculates the monthly downtime from its own monitoring and may dispute any credit decision.
        """, language="en").finding("independent-measurement")
    assert f.status is not Status.VAGUE, (f.status, f.reasons)


def test_a_product_name_in_capitals_computes_nothing(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 1. Scope
        1.1 This Acme Compute Service Level Agreement applies to every account using the Included Services. Where it conflicts with the Acme Customer Agreement, this agreement prevails.
        """, language="en").finding("independent-measurement")
    assert f.status is Status.MISSING, (f.status, f.reasons)
