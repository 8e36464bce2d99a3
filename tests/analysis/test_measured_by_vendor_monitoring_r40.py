# ruff: noqa: E501
"""independent-measurement: the vendor's own monitoring or logs named beside the figure, in
whatever verb, are the vendor's records alone (vague): "Ledgerpipe's internal monitoring
measures Availability", "works out System Uptime with its own monitoring tools",
"Unavailable when, according to Acme's monitoring systems", "the system monitoring records
Acme keeps"; the customer's own logs are not the vendor's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 3. Availability
    3.1 Acme will make the Service available 99.9% of each calendar month.
    3.2 Measurement. Acme's internal monitoring measures Availability as the share of minutes in a calendar month during which the Service answers requests.
    """,
    """
    # 3. Availability
    3.1 The Service Provider will make the Service available 99.9% of each calendar month.
    3.2 The Service Provider works out System Uptime with its own monitoring tools, which check the SMTP relay and the web application.
    """,
    """
    # 3. Availability
    3.1 The Services are "Unavailable" when, according to Acme's monitoring systems, the media servers in a region do not accept connections.
    """,
    """
    # 3. Availability
    3.1 Acme will make the Service available 99.9% of each calendar month. Uptime is worked out from the system monitoring records Acme keeps for the Service affected.
    """,
])
def test_the_vendors_own_monitoring_as_the_basis_is_vague(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="en").finding("independent-measurement")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


def test_the_customers_own_logs_are_not_the_vendors(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 3. Availability
        3.1 Acme will make the Service available 99.9% of each calendar month.
        3.2 Customer may dispute the Availability figure with Customer's own monitoring logs showing the downtime, and the parties will reconcile the figures.
        """, language="en").finding("independent-measurement")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_the_customers_own_monitoring_called_its_is_not_the_vendors(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 3. Availability
        3.2 The Customer may dispute any availability measurement with its own monitoring records.
        """, language="en").finding("independent-measurement")
    assert f.status is Status.MET, (f.status, f.reasons)
