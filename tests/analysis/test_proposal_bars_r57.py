"""A clause no keyword found is proposed for an item when the relevance model is sure enough
(`matching.ADD_ABOVE`), and for data residency and resolution times only when it is surer
(`matching.ADD_ABOVE_BY_ITEM`: out of fold, the clauses the model alone found for them at
0.6-0.7 / 0.6-0.8 were about something else more often than not)."""

from __future__ import annotations

import pytest

from reviewer.analysis import matching
from reviewer.review import Status
from tests.analysis.conftest import InstallModel, ReviewContract

# No keyword of either item: only the model can make a clause a candidate (4.2 names what
# resolution times are for, a repair, as a clause the model proposes for them must).
BODY = """
# Commercial terms
4.1 The Customer pays each invoice within thirty days of its date.
4.2 Our engineers keep working on a reported fault until it is repaired.
"""


@pytest.mark.parametrize("item_id", ["data-residency", "resolution-times"])
def test_below_the_items_own_bar_the_model_proposes_nothing(
        reviewed: ReviewContract, relevance_at: InstallModel, item_id: str) -> None:
    bar = matching.add_above(item_id)
    assert bar > matching.ADD_ABOVE
    relevance_at((matching.ADD_ABOVE + bar) / 2)  # above the shared bar, below the item's
    review = reviewed(BODY)
    assert review.finding(item_id).status is Status.MISSING, review.finding(item_id).reasons
    # ... where an item without a bar of its own has the clause proposed, and judged.
    assert review.finding("service-reports").status is not Status.MISSING


@pytest.mark.parametrize("item_id", ["data-residency", "resolution-times"])
def test_above_the_items_own_bar_the_model_proposes_the_clause(
        reviewed: ReviewContract, relevance_at: InstallModel, item_id: str) -> None:
    relevance_at(min(0.99, matching.add_above(item_id) + 0.05))
    finding = reviewed(BODY).finding(item_id)
    assert finding.status is not Status.MISSING, finding.reasons
    assert any("thirty days" in e.text or "repaired" in e.text for e in finding.evidence)
