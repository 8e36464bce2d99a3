"""Items whose terms vendors state inside a definition of another term (`in_definitions`)."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_vendors_own_logs_named_in_an_outage_definition(reviewed: ReviewContract, fmt: str) -> None:
    r = reviewed("""
        # 1. Definitions
        1.1 "Availability Outage" means that the Hosted Service is not available to Customer for thirty (30) or more consecutive minutes, as measured by Supplier's server logs.
        # 2. Availability
        2.1 Supplier will make the Hosted Service available 99.9% of the time in each calendar month.
        """, fmt=fmt)
    f = r.finding("independent-measurement")
    assert f.status is Status.VAGUE, f.reasons
    assert "server logs" in f.evidence[0].text


def test_a_measurement_formula_in_a_definition(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 1. Definitions
        1.1 "Actual Uptime" means Maximum Availability less Downtime, in minutes, in the calendar month.
        # 2. Uptime
        2.1 Supplier will provide Actual Uptime of at least 99.8% of Maximum Availability in each calendar month.
        """).finding("sla-measurement")
    assert f.status is Status.MET, f.reasons
