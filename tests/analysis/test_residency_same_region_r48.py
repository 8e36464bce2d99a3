"""data-residency (en): data said to stay in the region pointed back to ("Customer picks ... the
region ...; Customer Data held in a Database remains in that region", "Every log stays in the same
geographic region as the application that produced it") is the customer's chosen region kept:
met, and found although the relevance model doubts the clause (a keyword and addressed_by)."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 2. Deployments
    2.2 Regions. For each subscription, Customer picks the hosting provider and the region in which its clusters will run, from the list in the Documentation. Customer Data held in a cluster remains in that region unless Customer configures replication to another region.
    """,
    """
    # 7. Logs
    7.1 Logs are written on the nodes that produce them and archived to object storage for thirty days. Every log stays in the same geographic region as the application that produced it.
    """,
])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_data_kept_in_the_region_pointed_back_to_is_met(reviewed: ReviewContract, doubting: RelevanceModel,
                                                        body: str, fmt: str) -> None:
    f = reviewed(body, fmt=fmt).finding("data-residency")
    assert f.status is Status.MET, (f.status, f.reasons)
