"""resolution-times: a workaround named as a level's criterion is no resolution commitment.

"(c) Level 3 Normal: a non-critical function does not behave as documented, or a Level 1 or
Level 2 Issue has a workaround", "(c) Priority 3 (P3) The impact is on a small group of end
users, and an effective workaround": the workaround describes the issue, as "no workaround
available" and "a workaround exists" already did (exclude); nothing is promised about
resolving it, so the item stays missing.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("criterion", [
    "(c) Level 3 Normal: a non-critical function does not behave as documented, or a Level 1 or Level 2 Issue has a workaround.",
    "(c) Priority 3 (P3) The impact is on a small group of end users, and an effective workaround",
])
def test_a_workaround_as_a_criterion_is_no_resolution_time(reviewed: ReviewContract, criterion: str) -> None:
    f = reviewed(f"""
        # 4. Issue Levels
        4.1 Customer assigns each Issue one of the levels below when it reports it.
        (a) Level 1 Critical: the Service is down for all users.
        (b) Level 2 High: a critical function is impaired for many users.
        {criterion}
        """).finding("resolution-times")
    assert f.status is Status.MISSING, (f.status, f.reasons)
