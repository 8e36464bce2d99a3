"""quality-metrics: latency named as the purpose of where media travel is no quality metric.

"To keep latency low, each participant connects to its nearest media server, and media may be
relayed among the vendor's data centres", "To cut latency, calls travel over the global edge
network", "keeping the latency and transmission loss ... as low as possible": a routing or
data-location clause, labelled missing for the item; the keyword 'latency' (and a model unsure
of such clauses) made it addressed. A latency with its figure stays the item's.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "To keep latency low, each participant connects to its nearest media server, and media may be relayed among Acme's data centres in any region.",
    "To cut latency, calls travel over the global edge network of Acme, so media may cross edge servers outside the Application's region.",
])
def test_latency_as_purpose_is_not_the_item(reviewed: ReviewContract, unsure: RelevanceModel, clause: str) -> None:
    f = reviewed(f"""
        # 5. Data Location
        5.1 {clause}
        """).finding("quality-metrics")
    assert f.status is Status.MISSING, f.reasons


def test_latency_figure_still_meets(reviewed: ReviewContract, unsure: RelevanceModel) -> None:
    f = reviewed("""
        # 5. Media quality
        5.1 The average end-to-end latency of calls does not exceed 400 ms in any calendar month.
        """).finding("quality-metrics")
    assert f.status is Status.MET, f.reasons
