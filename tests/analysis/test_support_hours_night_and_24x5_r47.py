"""support-hours: coverage past midnight and 24x5 in words meet the item; the service kept
available around the clock is no support coverage.

"core support hours, which run from 5am to 1am UTC, Monday to Friday" (a range whose end comes
before its start runs past midnight: `find_time_ranges`); "delivers Enterprise Support from
Monday to Friday, all day (24 hours, PT)"; not "will use commercially reasonable efforts to keep
the Subscription Services available around the clock, 7 days a week" (availability).
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

pytestmark = pytest.mark.usefixtures("unsure")


@pytest.mark.parametrize("clause", [
    "First response time is measured by us within the core support hours, which run from 5am to 1am UTC, Monday to Friday.",
    "The Northwind Support team delivers Enterprise Support from Monday to Friday, all day (24 hours, PT), except on holidays.",
])
def test_night_and_24x5_coverage_meet_support_hours(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 1. Support
        1.1 {clause}
        """).finding("support-hours")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_service_kept_available_around_the_clock_is_no_support_coverage(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 4. Availability
        4.1 Northwind will use commercially reasonable efforts to keep the Subscription Services available around the clock, 7 days a week. This does not cover planned downtime.
        """).finding("support-hours")
    assert f.status is Status.MISSING, (f.status, f.reasons)
