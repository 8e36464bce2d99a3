"""escalation-path: the customer's right to have a case taken higher, in more words, meets the item.

The ask after another verb ("Client may telephone to ask that a ticket be escalated to a support
duty manager", "may use the shared Slack channel to ask for escalation of the request"), in the
passive ("Any open issue ... can be escalated to its Customer Success Manager"), and without the
word ("a support manager can review it at your request", "may ask a support specialist to move a
case up to a support manager", "can raise it with its customer success manager"): the spec's
customer's right to request escalation, as the labels read it (met).
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "At any time, Client may telephone to ask that a ticket be escalated to a support duty manager.",
    "A Customer dissatisfied with how an Urgent or High request is progressing may use the shared Slack channel to ask for escalation of the request, first to the support engineering lead and after that to the Head of Customer Engineering.",
    "Any open issue of an Enterprise customer can be escalated to its Customer Success Manager, who will coordinate the escalation inside the vendor.",
    "If the way a support request was handled does not satisfy you, a support manager can review it at your request.",
    "Customers on the Business and Enterprise plans may ask a support specialist to move a case up to a support manager.",
    "Where an Urgent or High ticket is still open, Customer can raise it with its customer success manager, who will bring in the vendor's engineering team.",
])
def test_the_customers_ask_to_go_higher_meets_the_item(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 7. Support
        7.4 {clause}
        """).finding("escalation-path")
    assert f.status is Status.MET, (f.status, f.reasons)
