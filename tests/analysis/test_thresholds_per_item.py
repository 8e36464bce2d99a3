"""Thresholds of the relevance model per item (`judge.VETO_BELOW_BY_ITEM`,
`matching.DROP_BELOW_BY_ITEM`): an item with its own threshold is vetoed or loses its keyword
clauses where the shared threshold would keep them, and the others are unchanged.

With a model that scores every clause 0.25 (at or above the shared 0.2, below
security-incident's 0.3), a hedged breach notice is no longer "addressed but vague": the item
is vetoed to missing, while a hedged uptime commitment stays vague. A veto turns only "vague"
into "missing": a binding notice the model scores as low stays met.
"""

from __future__ import annotations

from reviewer.analysis import judge, matching
from reviewer.review import Status
from tests.analysis.conftest import InstallModel, ReviewContract

BODY = """
    # Security and Availability
    4.1 Provider will notify Customer of a Security Incident promptly after becoming aware of it.
    4.2 Provider will use commercially reasonable efforts to make the Service available 99.9% of each month.
    """


def test_thresholds_are_the_items_own() -> None:
    assert judge.veto_below("security-incident") == 0.3 > judge.VETO_BELOW
    assert judge.veto_below("availability") == judge.VETO_BELOW
    assert matching.DROP_BELOW_BY_ITEM["version-support-window"] == 0.3 > matching.DROP_BELOW
    assert "security-incident" not in matching.DROP_BELOW_BY_ITEM


def test_an_item_with_its_own_threshold_drops_what_the_shared_one_keeps(
        reviewed: ReviewContract, relevance_at: InstallModel) -> None:
    relevance_at(0.25)
    review = reviewed(BODY)
    assert review.finding("security-incident").status is Status.MISSING
    assert review.finding("availability").status is Status.VAGUE


def test_a_binding_notice_is_never_vetoed(reviewed: ReviewContract, relevance_at: InstallModel) -> None:
    relevance_at(0.25)
    f = reviewed("""
        # Security
        4.1 Provider will notify Customer of a Security Incident within 24 hours after becoming aware of it.
        """).finding("security-incident")
    assert f.status is Status.MET, f.reasons


def test_above_both_thresholds_the_item_is_judged(reviewed: ReviewContract, relevance_at: InstallModel) -> None:
    relevance_at(0.35)
    review = reviewed(BODY)
    assert review.finding("security-incident").status is Status.VAGUE
    assert review.finding("availability").status is Status.VAGUE
