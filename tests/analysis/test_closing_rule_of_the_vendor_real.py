"""ticket-closure: the vendor's own rule for when a case counts as resolved ("A Case is
considered resolved when one of the following has occurred: (a) the question has been
answered; ...") addresses the item, and is vague: neither the customer's confirmation nor a
period to reopen."""

from __future__ import annotations

from collections.abc import Callable

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_a_case_considered_resolved_by_the_vendor_is_vague(reviewed: ReviewContract, unsure: RelevanceModel) -> None:
    body = ("# 6. Case handling\n"
            "6.4 A Case is considered resolved when one of the following has occurred: the question originally"
            " asked has been answered, or a solution has been delivered for the problem.\n")
    f = reviewed(body).finding("ticket-closure")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


def test_closed_on_the_customers_confirmation_stays_met(reviewed: ReviewContract, unsure: RelevanceModel) -> None:
    f = reviewed("""
        # 6. Case handling
        6.4 A case is considered closed only when Customer confirms the resolution in writing.
        """).finding("ticket-closure")
    assert f.status is Status.MET, (f.status, f.reasons)
