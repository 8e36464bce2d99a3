"""Which percentage a vague availability finding reports.

Each plan states its own figure in a section of its own ("Enterprise - 99.999%
uptime SLA" / "- Uptime: a 99.999% uptime SLA ..."): the plans rule applies as
it does to a table of plans, the customer's plan's figure, else the highest
(LABELLING.md), not the first section's. And a credit table's bands, under an
effort to reach them, imply the highest band's bound as they do for a met
finding ("less than 99.99% but equal to or greater than 99.9%" ... "less than
95.0%": 99.99), whichever row the relevance model ranks first. (An unsure relevance model, as
out of fold: the candidates keep document order, lowest band and plan first.)
"""

# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

PLANS = """
    # Support plans and SLAs
    Our infrastructure is built for high availability. Below are the plans we offer.
    # Standard - 99.9% uptime SLA
    - Support: e-mail support.
    - Uptime: a 99.9% uptime SLA, with each minute of downtime credited as one minute (capped at 10% of your monthly bill).
    # Business - 99.95% uptime SLA
    - Support: a shared Slack channel.
    - Uptime: a 99.95% uptime SLA with 25X acceleration (capped at 20% of your monthly bill).
    # Enterprise - 99.999% uptime SLA
    - Support: 24/7 phone support.
    - Uptime: a 99.999% uptime SLA with 100X acceleration (capped at 30% of your monthly bill).
    """


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_each_plan_in_its_own_section(reviewed: ReviewContract, fmt: str, unsure: RelevanceModel) -> None:
    f = reviewed(PLANS, fmt=fmt).finding("availability")
    assert f.facts.get("percent") == 99.999, (f.status, f.facts, f.reasons)


def test_the_customers_plan_decides(reviewed: ReviewContract, unsure: RelevanceModel) -> None:
    f = reviewed(PLANS + """
    # Order
    The Customer has purchased the Business plan.
    """).finding("availability")
    assert f.facts.get("percent") == 99.95, (f.status, f.facts, f.reasons)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_bands_under_an_effort(reviewed: ReviewContract, fmt: str, unsure: RelevanceModel) -> None:
    f = reviewed("""
        # 2. Service commitment
        2.1 In every monthly billing cycle, Acme will use commercially reasonable efforts to make the Service available at the Monthly Uptime Percentages set out in the table below.
        | Monthly Uptime Percentage | Service Credit Percentage |
        | Less than 95.0% | 100% |
        | Less than 99.0% but equal to or greater than 95.0% | 25% |
        | Less than 99.99% but equal to or greater than 99.0% | 10% |
        """, fmt=fmt).finding("availability")
    assert f.status is Status.VAGUE, f.reasons
    assert f.facts.get("percent") == 99.99, f.facts
