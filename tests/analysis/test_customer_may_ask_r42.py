"""The customer's right to ask is no discretion of the vendor's.

The shared discretion words read "company may" as the vendor reserving a choice, but a
contract that calls the customer "Company" grants it rights with the same words: "Company
may ask that any ticket be escalated to its Customer Success Manager" (escalation-path: the
customer's right to request escalation, met) and "Company may reopen a closed ticket by
replying within fourteen (14) days" (ticket-closure: a stated reopening period, met). Asking,
requesting, reopening, submitting, raising or contacting is no hedge on a commitment, whoever
does it; "we may close the ticket" still is.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

BODY = """
    # 1. Definitions
    1.1 "Company" means the customer that has ordered a Brightwell support package.
    # 3. Tickets
    3.1 Company submits tickets through the Brightwell support portal.
    3.2 {clause}
    """


@pytest.mark.parametrize(("item", "clause"), [
    ("escalation-path", "Company may ask that any open ticket be escalated to its Customer Success Manager, who then coordinates the Brightwell engineering team's response."),
    ("escalation-path", "Company may request that any ticket be escalated to the Brightwell duty manager, who then takes charge of the ticket."),
    ("ticket-closure", "Where Brightwell has proposed a fix and Company has not answered within ten (10) calendar days, the ticket is closed. Company may reopen a closed ticket by replying to it within fourteen (14) days."),
])
def test_the_customers_right_to_ask_meets_the_item(reviewed: ReviewContract, item: str, clause: str) -> None:
    f = reviewed(BODY.format(clause=clause)).finding(item)
    assert f.status is Status.MET, (f.status, f.reasons)


def test_the_vendors_choice_is_still_a_hedge(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 3. Tickets
        3.1 Where the customer has not replied to a proposed fix within ten (10) calendar days, we may close the ticket.
        """).finding("ticket-closure")
    assert f.status is not Status.MET, (f.status, f.reasons)
