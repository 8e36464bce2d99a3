"""A piece that takes its period from the piece before it, across a semicolon, is read with it.

"A solved ticket is closed automatically if Customer does not reply within fourteen (14) days;
Customer may reopen a solved ticket by replying within that period": the right to reopen and
its period are one statement (ticket-closure met), though the semicolon splits the sentence
into pieces and the reopen wording and the days stood in different ones. Automatic closure
alone stays vague.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "When Globex considers a request answered it marks the ticket solved. A solved ticket is closed automatically if the Customer does not reply within ten (10) days; the Customer may reopen it by replying within that period.",
    "If the Customer does not reply to a solved ticket within seven (7) calendar days, the ticket closes automatically; by replying within that time the Customer may reopen it.",
])
def test_reopen_within_that_period_is_met(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 4. Tickets
        4.1 {clause}
        """).finding("ticket-closure")
    assert f.status is Status.MET, f.reasons


def test_automatic_closure_alone_is_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 4. Tickets
        4.1 When Globex considers a request answered it marks the ticket solved. A solved ticket is closed automatically if the Customer does not reply within ten (10) days.
        """).finding("ticket-closure")
    assert f.status is Status.VAGUE, f.reasons
