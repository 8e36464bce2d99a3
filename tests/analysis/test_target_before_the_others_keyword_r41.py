"""A target word right before the other item's keyword is the other item's.

A table titled "Priorities, response times and target restoration times"
hedges the restoration times only: the response times, named first with a
time noun of their own, are not targets. "Target response and resolution
times" still hedges both.
"""


from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

ROWS = """
        | Priority | Definition | Response | Target Restoration |
        | P1 - Critical | An API is down for all customers | 30 minutes | 4 hours |
        | P2 - Major | Over 10% of traffic fails | 2 hours | 1 business day |
        """


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("title", [
    "Table 1 - Priorities, response times and target restoration times",
    "Table 1 - Response times and target resolution times",
])
def test_the_target_is_the_restorations(reviewed: ReviewContract, fmt: str, title: str) -> None:
    review = reviewed(f"""
        # Schedule 1 Support
        [table-title: {title}]
        """ + ROWS, fmt=fmt)
    f = review.finding("response-times")
    assert f.status is Status.MET, f.reasons
    assert [lv["minutes"] for lv in f.facts["levels"]] == [30, 120]
    assert review.finding("resolution-times").status is Status.VAGUE


def test_a_target_before_both_hedges_both(reviewed: ReviewContract) -> None:
    review = reviewed("""
        # Schedule 1 Support
        [table-title: Table 1 - Target response and restoration times]
        """ + ROWS)
    assert review.finding("response-times").status is Status.VAGUE
