"""support-hours: wordings of the real-world corpus."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.quantities import find_time_ranges
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_the_service_up_around_the_clock_is_no_support_hours(reviewed: ReviewContract) -> None:
    # (metabase, callvane) the service's availability, not when support is staffed.
    f = reviewed("""
        # 4. Service Availability
        4.1 Quillmark will use commercially reasonable efforts to make the Subscription Services available 24 hours a day, 7 days a week, except for planned downtime, for which Quillmark will try to give at least 24 hours' notice by e-mail and which it will try to schedule outside business hours in the instance's region.
        """).finding("support-hours")
    assert f.status is Status.MISSING, f.reasons


def test_support_between_two_clock_times_on_business_days_meets_support_hours(reviewed: ReviewContract) -> None:
    # (mollie) "between 09:00 and 18:00" is a range; the hedge of the next sentence is
    # about answering, and the hours are stated in a sentence of their own.
    f = reviewed("""
        # 3. Support
        3.1 Our support team can be reached by e-mail, by telephone and through the chat function in the Dashboard on Business Days between 09:00 and 18:00 (Amsterdam time). We try to answer questions as soon as possible.
        """).finding("support-hours")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize(("text", "minutes"), [
    ("on Business Days between 09:00 and 18:00 (Amsterdam time)", 540),
    ("Between 9 a.m. and 5 p.m. Eastern Time", 480),
])
def test_between_two_clock_times_is_a_range(text: str, minutes: int) -> None:
    assert [m for m, _s, _e in find_time_ranges(text)] == [minutes]


def test_two_clock_times_joined_by_and_without_between_are_no_range() -> None:
    assert find_time_ranges("reports are sent at 10:00 and 14:00 each day") == []


def test_a_reply_within_business_days_is_no_support_hours(reviewed: ReviewContract) -> None:
    # (fjellmark) a time counted in business days is how fast, not when, support answers.
    f = reviewed("""
        # 8. Support
        8.3 We try to answer support requests from paid Plans within one business day, but response times are not guaranteed unless an Enterprise Agreement says otherwise.
        """).finding("support-hours")
    assert f.status is Status.MISSING, f.reasons
