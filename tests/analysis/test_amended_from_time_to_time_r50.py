"""unilateral-amendment: a document that applies "as amended from time to time" or
"as they stand from time to time" changes without the customer's agreement: the
item is addressed, vague (36 labels of the real corpus read it so, 2 met, 1
missing). Development run, red flags being rule-decided: study half +2, check
half +0, nothing broken."""

from __future__ import annotations

import pytest

from reviewer.review import Status
from tests.analysis.conftest import ReviewContract


@pytest.mark.parametrize(("body", "quote"), [
    ("""
    # 4. Response Time Objectives
    4.1 We respond in line with our Response Time Objectives as they stand from time to time.
    """, "as they stand from time to time"),
    ("""
    # 2. Support
    2.1 Support is provided under the Support Policy as amended from time to time.
    """, "as amended from time to time"),
], ids=["as-they-stand", "as-amended"])
def test_as_amended_from_time_to_time_is_vague(reviewed: ReviewContract, body: str, quote: str) -> None:
    f = reviewed(body).finding("unilateral-amendment")
    assert f.status is Status.VAGUE, f.reasons
    assert any(quote in e.text for e in f.evidence), [e.text for e in f.evidence]


def test_time_to_time_alone_is_not_an_amendment(reviewed: ReviewContract) -> None:
    f = reviewed("""
    # 3. Reports
    3.1 The Vendor sends usage reports from time to time, as requested by the Customer.
    """).finding("unilateral-amendment")
    assert f.status is Status.MISSING, f.reasons
