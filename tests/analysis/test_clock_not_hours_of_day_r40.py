"""response-clock: business hours that "run from 8:00 to 18:00" or start "at 9:00 a.m." are
support hours, not when a response time starts: no met on their own; a clock that runs
from the time the case is logged stays met."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("hours", [
    "4.3 Business hours run from 8:00 to 18:00 in the time zone of Customer's main contact, on working days.",
    '4.3 "Business Hours" runs from 8:00 a.m. until 5:00 p.m. Pacific Time on weekdays, other than holidays.',
])
def test_hours_of_the_day_are_no_clock(reviewed: ReviewContract, hours: str) -> None:
    f = reviewed(f"""
        # 4. Support
        4.1 Norvale will respond to Severity 1 requests within 4 Business Hours.
        {hours}
        """).finding("response-clock")
    assert f.status is not Status.MET, (f.status, f.reasons)


def test_a_clock_that_runs_from_the_log_time_stays_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 4. Support
        4.1 Norvale will respond to Severity 1 requests within 4 Business Hours.
        4.2 Response times run from when the case is logged in the support portal.
        4.3 Business hours run from 8:00 to 18:00 in the time zone of Customer's main contact, on working days.
        """).finding("response-clock")
    assert f.status is Status.MET, (f.status, f.reasons)
