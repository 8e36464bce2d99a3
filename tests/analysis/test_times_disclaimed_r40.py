"""response-times / resolution-times: a sentence that says the time just given, or every
time, is no guarantee hedges every time the contract gives, wherever the times stand:
"Our aim is to answer within one business day. This is a target, not a guarantee.", "No
time is guaranteed, either for responding to a support request or for resolving it."
A denial for one group or plan alone ("no response time is committed for Basic cases")
leaves the others' binding times met."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

_TIMES = """
        3.3 Severity 1: first response within 1 hour.
        3.4 Severity 2: first response within 4 hours.
"""


@pytest.mark.parametrize("disclaimer", [
    "3.2 Our aim is to answer support enquiries within one business day. This is a target, not a guarantee.",
    "3.2 We will reply to every ticket promptly. No time is guaranteed, either for responding to a support request"
    " or for resolving it.",
    "3.2 We respond to support requests as set out below. These times are estimates and are not guaranteed.",
])
def test_a_disclaimer_of_the_times_makes_them_vague(reviewed: ReviewContract, disclaimer: str) -> None:
    f = reviewed(f"""
        # 3. Support
        {disclaimer}
{_TIMES}
        """).finding("response-times")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


@pytest.mark.parametrize("other", [
    "3.5 Basic cases are dealt with in the order in which they arrive, and no response time is committed for them.",
    "3.5 We aim to publish release notes monthly; this is not a guarantee of any release date.",
])
def test_a_denial_for_one_group_or_of_something_else_changes_nothing(reviewed: ReviewContract, other: str) -> None:
    f = reviewed(f"""
        # 3. Support
{_TIMES}
        {other}
        """).finding("response-times")
    assert f.status is Status.MET, (f.status, f.reasons)
