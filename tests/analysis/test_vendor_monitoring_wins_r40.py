# ruff: noqa: E501
"""independent-measurement: a level measured by the vendor's own monitoring outweighs the
customer's own logs named for a claim elsewhere (LABELLING.md: the red flag wins), unless the
same clause lets the customer answer it with its own records ("Customer may submit those
records with its credit request")."""

from __future__ import annotations

from collections.abc import Callable

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_the_vendors_monitoring_outweighs_the_customers_logs_elsewhere(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 2. Definitions
        2.4 "Error Rate" means, for any one-minute interval, the valid requests to a Covered Service that return a 5xx Server Error divided by all valid requests, as recorded by Acme's monitoring systems.
        # 3. Claims
        3.2 A Service Credit is claimed by opening a support ticket no later than thirty (30) days after the affected month ends, attaching Customer's request logs that show the errors.
        """, language="en").finding("independent-measurement")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


def test_the_customer_may_answer_it_with_its_own_records(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 11. Measurement
        11.2 Downtime is measured by Acme's monitoring system, which starts test sessions from at least three (3) locations every minute. If Customer's own monitoring records show Downtime that Acme's records do not show, Customer may submit those records with its credit request.
        """, language="en").finding("independent-measurement")
    assert f.status is Status.MET, (f.status, f.reasons)
