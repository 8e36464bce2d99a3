# ruff: noqa: E501
"""service-reports (LABELLING.md, settled 7 December 2026, second audit): a public status page's
current and past uptime is no report to the customer (missing); a monthly report or a dashboard
of the customer's own still addresses the item."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 7. Monitoring
    Current and past uptime for the Platform is published by the Provider on its public status page.
    """,
    """
    # 七、监测
    平台当前及历史的可用性数据均公布在公开的状态页上。
    """,
])
def test_a_public_status_page_is_no_service_report(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body).finding("service-reports")
    assert f.status is Status.MISSING, (f.status, f.reasons)


def test_a_monthly_report_is_still_a_report(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 7. Reporting
        The Provider sends the Customer a monthly service report with the availability, the number of tickets and the response times achieved, and also shows them on the status page.
        """).finding("service-reports")
    assert f.status is Status.MET, (f.status, f.reasons)
