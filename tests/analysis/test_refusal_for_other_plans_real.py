"""A refusal scoped to other plans beside the commitment for the customer's (or the most
comprehensive) plan does not undo a met item: "For Enterprise customers, X commits to
99.99%. Starter and Team plans carry no availability commitment." Wordings of the
real-world corpus."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_no_commitment_for_lower_plans_leaves_the_commitment_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # Service Level Agreement
        5.1 Commitment. For Enterprise and Guardian customers, Harbourline commits to a Monthly System Availability of 99.99%. Starter and Team plans carry no availability commitment.
        """).finding("availability")
    assert f.status is Status.MET, f.reasons
    assert f.facts.get("percent") == 99.99


def test_a_refusal_for_every_plan_still_refuses(reviewed: ReviewContract) -> None:
    # The refusal in the commitment's own sentence: nothing is left to commit.
    f = reviewed("""
        # Service Level Agreement
        5.1 Commitment. Harbourline targets a Monthly System Availability of 99.99% but offers no availability commitment.
        """).finding("availability")
    assert f.status is Status.VAGUE, f.reasons


def test_only_a_sentence_of_its_own_that_names_plans_is_scoped() -> None:
    from reviewer.analysis.outcome import _other_plans

    text = "X commits to 99.99% each month. Starter and Team plans carry no availability commitment."
    assert _other_plans(text, text.index("no availability"))
    one = "X offers no availability commitment on any plan."
    assert not _other_plans(one, one.index("no availability"))
    other = "X commits to 99.99% each month. Customers get no availability commitment."
    assert not _other_plans(other, other.index("no availability"))
