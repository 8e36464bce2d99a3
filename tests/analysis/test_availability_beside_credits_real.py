"""availability: a clause that names the SLA's credits is still about the SLA ("99.999%
monthly uptime SLA for the Chat API, with service credits as described in ..."), and an
SLA published elsewhere addresses the item by reference (vague). Wordings of the
real-world corpus."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reviewer.analysis import matching
from reviewer.api import clauses, load_checklist_or_default, read
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]
MakeContract = Callable[..., Path]


def _scored(path: Path, item_id: str, words: str) -> matching.Candidate | None:
    """The clause holding `words` scored for the item with its exclude terms
    applied, as where the relevance model is unsure of the clause."""
    item = load_checklist_or_default(None).item(item_id)
    (view,) = [v for v in matching.build_views(clauses(read(path))) if words in v.text]
    return matching.score_clause(item, view, excluding=True)


def test_the_credits_do_not_exclude_the_sla_clause(contract: MakeContract) -> None:
    path = contract("""
        # 2. Included Enterprise Features
        2.1 99.999% monthly uptime SLA for the Chat API, with service credits as described in the Harbourline Support Plans and SLA policy.
        # 7. Service Levels
        7.1 Service levels for a hosted Harbourline Product, where offered, are those in the service level agreement for that product published on the Harbourline website at the start of the Subscription Term. The service credits described in that service level agreement are the Customer's sole and exclusive remedy for any failure to meet the service levels.
        """, title="Master Subscription Agreement")
    assert _scored(path, "availability", "99.999% monthly uptime") is not None
    assert _scored(path, "availability", "published on the Harbourline website") is not None


def test_an_uptime_sla_with_its_credits_is_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 2. Included Enterprise Features
        2.1 Dedicated account manager and quarterly business reviews.
        2.2 99.999% monthly uptime SLA for the Chat API, with service credits as described in the Harbourline Support Plans and SLA policy.
        """, title="Enterprise Order Form").finding("availability")
    assert f.status is Status.MET, f.reasons
    assert f.facts.get("percent") == 99.999


def test_an_sla_published_elsewhere_is_addressed_by_reference(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 7. Service Levels
        7.1 Service levels for a hosted Harbourline Product, where offered, are those in the service level agreement for that product published on the Harbourline website at the start of the Subscription Term. The service credits described in that service level agreement are the Customer's sole and exclusive remedy for any failure to meet the service levels.
        """, title="Master Subscription Agreement").finding("availability")
    assert f.status is Status.VAGUE, f.reasons
