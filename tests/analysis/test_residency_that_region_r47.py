"""data-residency: the customer picks the region and the data stays there, told with a
demonstrative ("Customer picks the cloud provider ... and the region in which its Databases will
run ... Customer Data held in a Database remains in that region") meets the item, as "remains in
the selected region" already did."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_data_remains_in_that_region(reviewed: ReviewContract, unsure: RelevanceModel, fmt: str) -> None:
    f = reviewed("""
    # 2. Service
    2.2 Regions. For every subscription, Customer picks the cloud provider (Amazon Web Services, Google Cloud or Microsoft Azure) and the region in which its Databases will run, choosing among the regions the Documentation lists. Customer Data held in a Database remains in that region, unless Customer sets up replication into other regions or backups to a storage location it designates.
    """, fmt=fmt).finding("data-residency")
    assert f.status is Status.MET, f.reasons
