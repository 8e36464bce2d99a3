"""response-clock: response times said to run in the vendor's coverage under its own name.

Out-of-fold study-half errors (met labels read as vague): "Initial Response Time within Support
Coverage" (a table's header, "Support Coverage" defined by the plan's hours) and "first-response
times during the staffed hours of each plan". They say which hours a time runs in, as "response
times run during business hours" already does (the spec's "whether hours are business or calendar
hours"); a response time alone still says nothing about the clock.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

# Out of fold the model neither drops nor proposes such clauses: the item's own wording decides.
pytestmark = pytest.mark.usefixtures("unsure")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("clause", [
    "3.3 Target first response. Harbourline targets first-response times of 2 hours for urgent requests and 8 hours for other requests during the staffed hours of each plan.",
    "3.3 Harbourline shall acknowledge each support request within the response time within Support Coverage for its priority: 2 hours for Priority 1 and 8 hours for Priority 2.",
])
def test_times_in_the_coverage_hours_meet_the_clock(reviewed: ReviewContract, fmt: str, clause: str) -> None:
    f = reviewed(f"""
        # 3. Support
        3.1 "Support Coverage" means Monday to Friday, 9:00 a.m. to 6:00 p.m. Central European Time.
        3.2 Live chat and telephone support are staffed during Support Coverage.
        {clause}
        """, fmt=fmt).finding("response-clock")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_a_response_time_alone_is_not_the_clock(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 3. Support
        3.3 Harbourline shall respond to Priority 1 requests within 2 hours and to Priority 2 requests within 8 hours.
        """).finding("response-clock")
    assert f.status is not Status.MET, (f.status, f.reasons)
