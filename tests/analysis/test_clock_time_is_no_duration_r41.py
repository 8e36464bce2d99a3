"""A time of day is no duration: "8 AM" is not "a minute".

The article "a"/"an" counts a unit written out ("an hour", "a business day");
run together with an abbreviation ("8 AM", "9 am") it read as one minute, and
support hours ("respond to tickets Monday to Friday, 8 AM to 8 PM") met
response-times with a one-minute response.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.quantities import find_durations
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("text", [
    "Monday to Friday, 8 AM to 8 PM Eastern Time",
    "from 9 am until 6 pm",
    "between 8:30 AM and 5:30 PM",
])
def test_a_time_of_day_holds_no_duration(text: str) -> None:
    assert find_durations(text) == []


@pytest.mark.parametrize(("text", "minutes"), [
    ("within an hour", 60),
    ("within a business day", 480),
    ("within 30 m", 30),
    ("within 4 h", 240),
])
def test_written_out_and_numbered_units_still_count(text: str, minutes: float) -> None:
    assert [d.minutes for d in find_durations(text)] == [minutes]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_support_hours_give_no_response_time(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 4. Support
        4.1 Support specialists respond to tickets Monday to Friday, 8 AM to 8 PM Eastern Time.
        """, fmt=fmt).finding("response-times")
    assert f.status is not Status.MET, f.reasons
    assert "levels" not in f.facts
