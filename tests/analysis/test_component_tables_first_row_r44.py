"""A table of components or deployment modes, one availability figure a row: the first row's.

"Deployment | Monthly Uptime Percentage committed" over "At least two instances over two
Availability Zones | 99.99%", "One Availability Set | 99.95%", "A single instance | 99.9%", or
"Service | Monthly Uptime Commitment" over "Upload API | 99.9%", "CDN | 99.99%": the labelling
guide reports the first-named component's figure (LABELLING.md), whichever row the relevance
model ranks first; before, the figure of the row the model liked best was reported. A credit
table (its rows pay credits, or bound bands) is no such table.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_deployment_modes(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # Service Levels
        "Monthly Uptime Percentage" is 100 minus Downtime as a percentage of the billing month's minutes.
        [table-title: Virtual Machines - Service Levels]
        | Deployment | Monthly Uptime Percentage committed |
        | At least two instances deployed over at least two Availability Zones of one region | 99.99% |
        | At least two instances in one Availability Set or Dedicated Host Group | 99.95% |
        | A single instance whose disks all use Premium SSD | 99.9% |
        """, fmt=fmt).finding("availability")
    assert f.status is Status.MET, f.reasons
    assert f.facts["percent"] == 99.99


def test_components(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # Service Levels
        2.1 The Monthly Uptime Percentage for each API is measured per calendar month.
        | Service | Monthly Uptime Commitment |
        | Upload API | 99.9% |
        | CDN | 99.99% |
        | REST API | 99.95% |
        """).finding("availability")
    assert f.facts["percent"] == 99.9


def test_credit_bands_are_no_components(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # Service Levels
        2.1 Provider will make the Service available at least 99.95% of the time in each calendar month.
        | Monthly Uptime Percentage | Service Credit |
        | Less than 99.95% | 10% |
        | Less than 99.0% | 25% |
        """).finding("availability")
    assert f.facts["percent"] == 99.95
