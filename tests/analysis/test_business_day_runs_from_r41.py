"""A business day defined by its hours with "runs from": "a business day runs
from 8:00 a.m. to 5:00 p.m." is 540 minutes, as "a business day means 8:00
a.m. to 5:00 p.m." already was; "runs from the moment the request is
received" gives no length (480)."""

# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("definition", "minutes"), [
    ("For Severity 3, a business day runs from 8:00 a.m. to 5:00 p.m. Pacific Time, Monday to Friday.", 540),
    ("A business day runs from the moment the request is received in Business Hours.", 480),
])
def test_the_business_days_length(reviewed: ReviewContract, definition: str, minutes: int) -> None:
    f = reviewed(f"""
        # 3. Initial Response
        3.1 We respond to Severity 1 cases within 1 hour, to Severity 2 cases within 4 hours and to Severity 3 cases within 1 business day.
        3.2 {definition}
        """).finding("response-times")
    assert [lv["minutes"] for lv in f.facts["levels"]] == [60, 240, minutes]
