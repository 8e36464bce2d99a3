"""response-times / resolution-times: an effort aimed at the stated times hedges them all.

Vendors put the effort in a paragraph of its own, apart from the rows or the
table that give the times: "will use reasonable efforts to meet the response
times below", "shall endeavour to respond to and resolve all support requests
within the Response Times and Resolution Targets below", "makes all reasonable
efforts to reach or beat the response times". Every time is then a target. An
effort at something else in the same sentence (a remedy after a missed time,
a second action after a binding one) changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

_TIMES = """
        3.3 Severity 1: first response within 1 hour.
        3.4 Severity 2: first response within 4 hours.
"""


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("effort", [
    "3.2 Norvale shall use reasonable efforts to meet the response times below for each request Customer reports.",
    "3.2 Norvale shall endeavour to respond to and resolve all support requests within the Response Times and "
    "Resolution Targets below.",
    "3.2 Norvale makes all commercially reasonable efforts to reach or beat the response times set out here.",
])
def test_an_effort_at_the_response_times_makes_them_targets(reviewed: ReviewContract, fmt: str, effort: str) -> None:
    f = reviewed(f"""
        # 3. Support
        {effort}
{_TIMES}
        """, fmt=fmt).finding("response-times")
    assert f.status is Status.VAGUE, f.reasons
    assert [lv["minutes"] for lv in f.facts["levels"]] == [60, 240]


@pytest.mark.parametrize("other", [
    "3.5 Should Norvale miss the response time, Norvale uses reasonable efforts to answer once Customer reports "
    "the miss; and where Norvale misses the response time five (5) times in a quarter, Customer may terminate.",
    "3.5 Norvale will respond within the response times above, and will use reasonable efforts to resolve each "
    "request.",
])
def test_an_effort_at_something_else_changes_nothing(reviewed: ReviewContract, other: str) -> None:
    f = reviewed(f"""
        # 3. Support
{_TIMES}
        {other}
        """).finding("response-times")
    assert f.status is Status.MET, f.reasons
