"""support-hours: a target beside the hours is the response time's, not a hedge on the hours.

"Support staff work Monday to Friday, 9:00 a.m. to 6:00 p.m. US Eastern Time, and X aims to
respond to requests within one business day", "Business Hours run Monday to Friday, except
public holidays. The Premium response targets apply 24x7x365": the target words name the
response times; the hours themselves are stated, so the item is met (ignore_vague: target).
An effort or a hedge on the hours ("usually", "reasonable efforts") still makes them vague.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_hours_beside_a_response_aim_meet_the_item(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # D. Support
        3. Support is provided by email and through the in-app chat. Support staff work Monday to Friday, 9:00 a.m. to 6:00 p.m. US Eastern Time, and the vendor aims to respond to requests within one business day.
        """).finding("support-hours")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_hours_usually_kept_stay_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # D. Support
        3. Support is provided by email. Support staff are usually available Monday to Friday, 9:00 a.m. to 6:00 p.m. US Eastern Time.
        """).finding("support-hours")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
